"""The post behind a title: canonical role and institution.

"secretario de Finanzas" -> ("Secretario de Finanzas", Secretaría de Finanzas of the
article's state, named by the title); "gobernador" -> ("Gobernador", Gobierno del
Estado de <state>); "presidente de la República" -> Presidencia de la República;
"alcalde de Fresnillo" -> Ayuntamiento de Fresnillo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from people.mentions import lexicon as lx
from people.mentions.complements import Complement
from people.mentions.gazetteer import InstOcc
from people.mentions.institutions import lookup_institution, with_state
from people.mentions.records import InstitutionRef
from people.mentions.registry import Registry
from people.mentions.states import legislature_name
from people.mentions.text import fold_word, normalize_alias


@dataclass(frozen=True)
class _Post:
    """What every rule below reads: the title as written and the article's state."""

    category: str
    masculine: str
    title: str  # the canonical title in the text's gender
    adjectives: tuple[str, ...]
    comp: Complement
    registry: Registry
    jurisdiction: str
    state_code: str
    state: str
    folded: str = ""  # the article's folded text
    text: str = ""  # the article's text
    end: int = 0  # where the title's complement ends in it

    @property
    def ranked(self) -> str:
        qualifiers = [a for a in self.adjectives if a in _ROLE_ADJECTIVES]
        return " ".join([self.title, *qualifiers])

    def derived(self, name: str, jur: str, acronym: str = "") -> InstitutionRef:
        key = normalize_alias(name)
        inst_id = lookup_institution(self.registry, key, jur, self.jurisdiction)
        if inst_id is not None:
            return _ref(self.registry, inst_id)
        return InstitutionRef(name, None, key, jur, acronym)


Result = tuple[str, InstitutionRef | None, bool]


def post_for(
    category, masculine, feminine, fem, adjectives, comp, registry, jurisdiction, doc, end
) -> Result:
    """(canonical role, institution of the post, whether the title names it).

    Rules are looked up by the role's category (``people.mentions.roles``): first a
    rule that reads the title's own words, then the institution the text names, then
    the rule for what the category heads, then the title as it stands.
    """
    state_code = comp.state or (jurisdiction if jurisdiction.startswith("MX-") else "")
    state_code = state_code.split("/", 1)[0]
    post = _Post(
        category=category,
        masculine=masculine,
        title=feminine if fem else masculine,
        adjectives=tuple(adjectives),
        comp=comp,
        registry=registry,
        jurisdiction=jurisdiction,
        state_code=state_code,
        state=lx.state_name(state_code) if state_code else "",
        folded=getattr(doc, "folded", ""),
        text=getattr(doc, "text", ""),
        end=end or 0,
    )
    for rule in (
        _organ,
        _federal_delegation,
        _regional_title,
        _prosecutors_unit,
        _state_attorney,
        _facility,
        _national_body,
        _area_body,
        _body_of_title,
        _numbered_unit,
        _TITLE_RULES.get(category),
        _named_institution,
        _named_acronym,
    ):
        result = rule(post) if rule else None
        if result is not None:
            return result
    heads = _HEADS.get(category)
    if heads is not None:
        return heads(post)
    fixed = FIXED_POSTS.get(category)
    if fixed is not None:
        name, jur, role = fixed
        return role.format(title=post.title), post.derived(name, jur), False
    role = post.ranked
    if comp.area and category in ("director", "coordinador", "delegado"):
        role = f"{role} de {comp.area}"
    return role, None, False


# Federal offices in each state a delegate's title names by their area, folded: (area,
# the office's name before "en <state>"). "La delegada de Programas para el Bienestar en
# Morelos" heads the Delegación de Programas para el Bienestar en Morelos.
FEDERAL_DELEGATIONS: dict[str, str] = {
    "programas para el bienestar": "Delegación de Programas para el Bienestar",
    "programas para el desarrollo": "Delegación de Programas para el Desarrollo",
}


def _federal_delegation(post: _Post) -> Result | None:
    comp = post.comp
    office = FEDERAL_DELEGATIONS.get(fold_word(comp.area))
    if post.category != "delegado" or office is None or comp.institution is not None:
        return None
    if not comp.state or not post.state:
        return None  # the state is the office's name: only as the title writes it
    name = f"{office} en {post.state}"
    return f"{post.ranked} de {comp.area} en {post.state}", post.derived(name, lx.FEDERAL), True


def _body_of_title(post: _Post) -> Result | None:
    """ "el defensor de los Derechos Humanos del Pueblo de Oaxaca": the body the title's
    own words name (``lexicon.TITLE_BODIES``), with the area after it, unless the title
    names another body."""
    comp = post.comp
    noun = lx.TITLE_BODIES.get(fold_word(post.masculine))
    area = comp.area or comp.place
    if noun is None or not area or comp.institution is not None:
        return None
    connector = comp.area_connector if comp.area_connector in ("de", "del", "de la") else "del"
    name = f"{noun} {connector} {area}"
    if comp.state:  # "… del Pueblo de Oaxaca": the state read off the area is its name's
        name = f"{name} de {lx.state_name(comp.state)}"
    return post.ranked, post.derived(name, post.state_code), True


_NUMBERED_UNIT = re.compile(
    "(?:" + "|".join(lx.NUMBERED_UNITS) + r") \d{1,4}(?P<name>(?: [A-ZÁÉÍÓÚÑ][\w-]+)*)$"
)


def _numbered_unit(post: _Post) -> Result | None:
    """ "la jefa del Distrito de Riego 010 Culiacán-Humaya": the unit, a body of its own;
    "el jefe del Distrito de Riego 025": the national body it belongs to
    (``lexicon.NUMBERED_UNITS``)."""
    comp = post.comp
    unit = _NUMBERED_UNIT.match(comp.area) if comp.area and comp.institution is None else None
    if unit is None:
        return None
    if unit.group("name"):
        return post.ranked, post.derived(comp.area, lx.FEDERAL), True
    parent = next(p for kind, p in lx.NUMBERED_UNITS.items() if comp.area.startswith(kind))
    return post.ranked, post.derived(parent, lx.FEDERAL), False


def _national_body(post: _Post) -> Result | None:
    """ "el comisionado nacional de Acuacultura y Pesca": the Comisión Nacional de
    Acuacultura y Pesca, federal, unless the title names another body."""
    comp = post.comp
    if not comp.area or comp.institution is not None:
        return None
    connector = comp.area_connector if comp.area_connector in ("de", "del", "de la") else "de"
    if "estatal" in post.adjectives:
        return _state_body(post, connector)
    noun = lx.NATIONAL_BODY_TITLES.get(fold_word(post.masculine))
    levels = [lx.NATIONAL_LEVELS[a] for a in post.adjectives if a in lx.NATIONAL_LEVELS]
    if noun is None or len(levels) != 1:
        return None
    name = f"{noun} {levels[0]} {connector} {comp.area}"
    role = f"{post.ranked} {levels[0].lower()} {connector} {comp.area}"
    return role, post.derived(name, lx.FEDERAL), True


def _state_body(post: _Post, connector: str) -> Result | None:
    """ "la procuradora estatal de Protección al Medio Ambiente": the state's Procuraduría
    Estatal de Protección al Medio Ambiente (``lexicon.STATE_BODY_TITLES``), unless the
    text names a body of that opening itself (a longer name: "Procuraduría Estatal de
    Protección al Medio Ambiente y Desarrollo Urbano"), which the later rules find."""
    noun = lx.STATE_BODY_TITLES.get(fold_word(post.masculine))
    comp = post.comp
    if noun is None or not post.state or comp.federal:
        return None
    opening = f"{noun} Estatal {connector} {comp.area}"
    if fold_word(f"estatal {connector} {comp.area}") not in post.folded:
        return None  # "procuradora de Protección al Ambiente estatal": the level is no name
    if fold_word(opening) in post.folded or _named_otherwise(post.folded, noun, comp.area):
        return None
    role = f"{post.ranked} estatal {connector} {comp.area}"
    return role, post.derived(f"{opening} de {post.state}", post.state_code), True


_AREA_LEADS = frozenset({"de", "del", "la", "las", "los", "el", "a", "al", "y", "para"})


def _named_otherwise(folded: str, noun: str, area: str) -> bool:
    """Does the text name a state body of ``noun`` about ``area`` its own way ("la Comisión
    Local de Búsqueda de Personas", "la Comisión de Búsqueda del Estado de X" for "la
    comisionada estatal de Búsqueda")? A national or federal one is another body."""
    word = next((w for w in fold_word(area).split() if w not in _AREA_LEADS), "")
    if not word:
        return False
    pattern = (
        rf"\b{re.escape(fold_word(noun))}(?! (?:nacional|federal)\b)"
        rf"(?: \w+){{0,3}}? (?:(?:de|del|de la|para la|para el|a|al) )?{re.escape(word)}\b"
    )
    return re.search(pattern, folded) is not None


def _regional_title(post: _Post) -> Result | None:
    """A national body's regional unit a title names by its adjective and area ("el
    gerente divisional de Distribución Golfo Norte": the CFE's División de Distribución
    Golfo Norte, ``lexicon.REGIONAL_TITLES``), when the article names the unit as a body
    too ("la División de Distribución Golfo Norte instalará…"; named only in the title,
    the post is the parent's), and the title names no other body."""
    comp = post.comp
    written = comp.area
    if comp.state and fold_word(written) + " " in {o for _a, o in lx.REGIONAL_TITLES}:
        written = f"{written} {lx.state_name(comp.state)}"  # "de Distribución Jalisco"
    area = fold_word(written)
    for (adjective, opening), (noun, acronym, parent) in lx.REGIONAL_TITLES.items():
        if adjective not in post.adjectives or not area.startswith(opening):
            continue
        occ = comp.institution
        if occ is not None and not {fold_word(acronym), fold_word(parent)} & {
            fold_word(occ.name),
            fold_word(occ.acronym or ""),
            fold_word(occ.surface or ""),
        }:
            continue
        if fold_word(f"{noun} de {written}") not in post.folded:
            continue
        name = f"{noun} de {written} de la {acronym}"
        ref = post.derived(name, "")
        if ref.id is None:
            ref = InstitutionRef(
                ref.name, None, ref.key, "", "", (f"{noun} de {written} de la {parent}",)
            )
        return f"{post.ranked} de {written}", ref, True
    return None


def _area_body(post: _Post) -> Result | None:
    """ "el consejero de la Judicatura": the state's Consejo de la Judicatura
    (``lexicon.AREA_BODIES``), the federal one when the title says so."""
    comp = post.comp
    area = fold_word(comp.area).removesuffix(" del estado")
    federal = area.endswith(" federal") or "federal" in post.adjectives or comp.federal
    bodies = lx.AREA_BODIES.get((fold_word(post.masculine), area.removesuffix(" federal")))
    if bodies is None or comp.institution is not None:
        return None
    role = f"{post.ranked} {comp.area_connector} {comp.area}"
    if federal:
        return role, post.derived(bodies[1], lx.FEDERAL), True
    if not post.state:
        return role, None, False
    return role, post.derived(bodies[0].format(state=post.state), post.state_code), True


def _ref(registry: Registry, inst_id: int) -> InstitutionRef:
    rec = registry.institutions[inst_id]
    return InstitutionRef(
        rec.name, rec.id, normalize_alias(rec.name), rec.jurisdiction, rec.acronym
    )


# Rules that read the title's own words before any institution the text names.


def _facility(post: _Post) -> Result | None:
    """A post in a public facility or an academic unit the title names ("director del
    Hospital General de Tapachula", ``lexicon.FACILITY_UNITS``): the facility is the body."""
    comp = post.comp
    if comp.institution is not None or comp.area_connector not in ("de", "del", "de la"):
        return None
    if not fold_word(comp.area).startswith(lx.FACILITY_UNITS):
        return None
    role = f"{post.ranked} {comp.area_connector} {comp.area}"
    # "la Escuela Normal Oficial de Guanajuato": a state closing its name is part of it
    name = f"{comp.area} de {lx.state_name(comp.state)}" if comp.state else comp.area
    return role, post.derived(name, post.state_code), True


def _organ(post: _Post) -> Result | None:
    """An organ of a legislature or a council ("presidenta de la Mesa Directiva",
    "presidente de la Comisión de Hacienda del Congreso", "de la comisión de Salud
    del Cabildo"): the post is in the body the organ belongs to."""
    comp = post.comp
    if comp.institution is not None or not comp.area:
        return None
    written = comp.area
    if comp.anaphoric and comp.description == "comision":
        written = f"comisión {comp.area_connector} {comp.area}"  # "comisión de Salud"
    area = fold_word(written)
    if not lx.is_legislative_organ(area):
        return None
    role = f"{post.ranked} {comp.area_connector} {written}"
    if any(f" {word}" in area for word in lx.MUNICIPAL_BODIES):
        return role, None, False  # the council the article names (``discovery``)
    if "camara de diputados" in area:
        return role, post.derived("Cámara de Diputados", lx.FEDERAL), False
    if "senado" in area:
        return role, post.derived("Senado de la República", lx.FEDERAL), False
    if not post.state:
        return role, None, False
    # "presidente de la Comisión de Salud de la LXII Legislatura": the title names the
    # chamber, a mention of it
    named = (
        bool(post.end)
        and _CHAMBER_NAMED.search(post.text, max(0, post.end - 60), post.end) is not None
    )
    return role, post.derived(legislature_name(post.state_code), post.state_code), named


# The chamber an organ's title names at its end: "… de la LXII Legislatura", "… del Congreso".
_CHAMBER_NAMED = re.compile(
    r" (?:de la (?:[LXVI]{2,8} )?Legislatura|del (?:H\. )?Congreso)(?: del Estado| local)?$"
)


def _secretary(post: _Post) -> Result | None:
    comp = post.comp
    if not comp.area:
        return None
    government = _government_of(comp.institution)
    if comp.institution is not None and government is None:
        return None
    area, title = comp.area, post.title
    of_state = comp.estado  # "titular de Energía del estado": the state's, never federal
    if fold_word(area).endswith(" del estado"):  # "secretario de Salud del Estado"
        area = area[: -len(" del Estado")]
        of_state = True
    if fold_word(area) in lx.MUNICIPAL_BODIES:
        # "secretario del Ayuntamiento": the town's, which the article names elsewhere
        return f"{title} {comp.area_connector} {area}", None, False
    connector = (
        comp.area_connector
        if comp.area_connector in ("de", "del", "de la", "de las", "de los", "para el", "para la")
        else "de"
    )  # "la secretaria para el Desarrollo Energético", "… de las Mujeres": as written
    role = f"{title} {connector} {area}"
    if "general" in post.adjectives and fold_word(area) == "gobierno":
        # the state's Secretaría General de Gobierno, a body of its own (``context`` gives
        # the holder to the government the sentence says they speak for)
        office = (
            post.derived(f"Secretaría General de Gobierno de {post.state}", post.state_code)
            if post.state
            else None
        )
        return f"{title} General de Gobierno", office, False
    if post.masculine == "Subsecretario":
        # "el subsecretario de Educación Superior de la SEP": the body its acronym names
        named = _named_acronym(post) if comp.acronym else None
        return role, named[1] if named else None, False
    if "municipal" in post.adjectives and comp.institution is None:
        # "secretaria de Seguridad Pública municipal": the town's (``context.town_unit``)
        return role, post.derived(f"Secretaría {connector} {area} Municipal", ""), True
    written_federal = comp.federal or comp.republic or "federal" in post.adjectives
    federal = written_federal or (fold_word(area) in lx.FEDERAL_AREAS and not of_state)
    jur = comp.state or (lx.FEDERAL if federal else post.state_code)
    if jur == lx.FEDERAL and written_federal:
        # "secretaria del Trabajo federal": the Secretaría del Trabajo y Previsión Social
        area = lx.FEDERAL_FULL_AREAS.get(fold_word(area), area)
    if government is not None:  # "secretaria de Finanzas del Gobierno de Zacatecas"
        jur = government
    return role, post.derived(f"Secretaría {connector} {_units_of_titles(area)}", jur), True


def _units_of_titles(area: str) -> str:
    """The office in an area that names a title ("Finanzas y Tesorera General" ->
    "Finanzas y Tesorería General", ``lexicon.TITLE_UNITS``)."""
    words = area.split(" ")
    return " ".join(lx.TITLE_UNITS.get(fold_word(w), w) if i else w for i, w in enumerate(words))


def _government_of(occ: InstOcc | None) -> str | None:
    """The jurisdiction of a government named after a title ("del Gobierno de Puebla",
    "del Gobierno federal"): its secretarías are that government's."""
    if occ is None or not occ.key.startswith("gobierno "):
        return None
    return occ.jurisdiction or None


def _chief(post: _Post) -> Result:
    comp, title = post.comp, post.title
    if comp.area and fold_word(comp.area).startswith("gobierno"):
        role = f"{title} de Gobierno"
        if post.state_code == "MX-CMX" or "ciudad de mexico" in fold_word(comp.area):
            return role, post.derived("Gobierno de la Ciudad de México", "MX-CMX"), True
        return role, None, False
    role = f"{title} de {comp.area}" if comp.area else title
    return role, _from_occ(comp.institution) if comp.institution is not None else None, False


def _head_of_area(post: _Post) -> Result | None:
    """ "titular de Salud" (an area with no article, no body) heads the Secretaría de
    Salud, as a secretary does; "titular de la Defensoría" names its body itself.
    "titular de Salud del Gobierno del Estado": the government only says whose."""
    comp = post.comp
    if comp.area_connector != "de" or (
        comp.institution is not None and _government_of(comp.institution) is None
    ):
        return None
    if "municipal" in post.adjectives:  # "titular de Salud municipal": the town's, not the state's
        return f"{post.ranked} de {post.comp.area}", None, False
    return _secretary(post)


_TITLE_RULES = {"secretario": _secretary, "titular": _head_of_area, "jefe": _chief}


# The institution the text names next to the title.


def _named_institution(post: _Post) -> Result | None:
    if post.comp.institution is None:
        return None
    role = post.ranked
    if post.category == "presidente" and "municipal" in post.adjectives:
        role = f"{post.title} municipal"
    return role, _from_occ(post.comp.institution), False


def _named_acronym(post: _Post) -> Result | None:
    acronym = post.comp.acronym
    if not acronym:
        return None
    key = normalize_alias(acronym)
    inst_id = lookup_institution(post.registry, key, "", post.jurisdiction)
    if inst_id is not None:
        return post.ranked, _ref(post.registry, inst_id), False
    return post.ranked, InstitutionRef(acronym, None, key, "", acronym), False


def _from_occ(occ: InstOcc) -> InstitutionRef:
    return InstitutionRef(occ.name, occ.id, occ.key, occ.jurisdiction, occ.acronym)


# What a category heads when the text names no institution.


def _governor(post: _Post) -> Result:
    if post.comp.area or not post.state:
        return post.title, None, False
    # "la gobernadora de Querétaro" / "del Estado de Querétaro" names the state's
    # government; the bare "el gobernador" only implies it
    named = bool(post.comp.state or post.comp.estado)
    government = post.derived(f"Gobierno del Estado de {post.state}", post.state_code)
    return post.title, government, named


def _president(post: _Post) -> Result:
    comp, title = post.comp, post.title
    if "municipal" in post.adjectives:
        return _municipal(post, title + " municipal")
    if comp.republic or (comp.place and fold_word(comp.place) == "mexico"):
        return (
            f"{title} de la República",
            post.derived("Presidencia de la República", lx.FEDERAL),
            False,
        )
    return title, None, False


# The federal chamber named in an article's folded text, and what names a state's
# legislature or its members there ("Congreso del Estado", "la Legislatura", "diputada
# local"); "Congreso de la Unión" is the federal one.
_FEDERAL_CHAMBER = re.compile(r"(?<![\w])camara de diputados(?! del estado| local)(?![\w])")
_STATE_LEGISLATURE = re.compile(
    r"(?<![\w])(?:congreso(?! de la union)(?![\w])|legislatura|diputad[oa]s? local(?:es)?"
    r"(?![\w])|camara de diputados del estado)"
)


def _deputy(post: _Post) -> Result:
    title = post.title
    if "federal" in post.adjectives:
        return f"{title} federal", post.derived("Cámara de Diputados", lx.FEDERAL), False
    role = f"{title} local" if "local" in post.adjectives else title
    if (
        "local" not in post.adjectives
        and _FEDERAL_CHAMBER.search(post.folded)
        and not _STATE_LEGISLATURE.search(post.folded)
    ):
        # "el diputado X" in a story that names the Cámara de Diputados and no state's
        # legislature: a federal deputy, not the article's state's
        return role, post.derived("Cámara de Diputados", lx.FEDERAL), False
    if post.state:  # the state's congress: its name comes from the article's state
        return role, post.derived(legislature_name(post.state_code), post.state_code), False
    return role, None, False


def _state_attorney(post: _Post) -> Result | None:
    """ "la procuradora general de Justicia del Estado de Hidalgo" heads the
    Procuraduría General de Justicia del Estado de Hidalgo (``lx.STATE_JUSTICE_TITLES``):
    the state named, or the article's when the title says "del Estado"."""
    comp = post.comp
    noun = lx.STATE_JUSTICE_TITLES.get(fold_word(post.masculine))
    if noun is None or "general" not in post.adjectives or comp.institution is not None:
        return None
    written = fold_word(comp.area)
    estado = comp.estado or bool(comp.state) or written.endswith(" del estado")
    written = written.removesuffix(" del estado")
    if written not in lx.STATE_JUSTICE_AREAS or not estado or not post.state:
        return None
    area = comp.area[: len(written)]
    name = f"{noun} General de {area} del Estado de {post.state}"
    return f"{post.ranked} de {area}", post.derived(name, post.state_code), True


def _prosecutor(post: _Post) -> Result:
    """The prosecutor's office named as the title names it: "fiscal general del Estado"
    is the Fiscalía General del Estado of the article's state, "fiscal general de
    Justicia del Estado" the Fiscalía General de Justicia del Estado."""
    comp, role = post.comp, post.ranked
    if comp.republic:
        return role, post.derived("Fiscalía General de la República", lx.FEDERAL), False
    unit = _prosecutors_unit(post)
    if unit is not None:
        return unit
    # "el fiscal michoacano": a state's prosecutor, its Fiscalía General del Estado
    general = "general" in post.adjectives or bool(comp.state and not comp.area and not comp.place)
    written = fold_word(comp.area)
    estado = comp.estado or written.endswith(" del estado")  # "de Justicia del Estado"
    written = written.removesuffix(" del estado")
    if not post.state or not (estado or (general and not comp.area and not comp.place)):
        return role, None, False
    area = " de Justicia" if written == "justicia" else ""
    name = f"Fiscalía{' General' if general else ''}{area} del Estado de {post.state}"
    return role, post.derived(name, post.state_code), False


# A body named after a unit's matter: "… de la Fiscalía General del Estado".
_BODY_AFTER = re.compile(r" (?:de la|del) (?:Fiscalía|Procuraduría|Secretaría)\b.*$")


# A prosecutor's region as written: "Zona Sur", "Región Centro" ("de la Zona Sur").
_REGION = re.compile(r"^((?:Zona|Región) [A-ZÁÉÍÓÚÑ][\w ]*)$")


# A town as a title names it: "de Carmen", "de Lázaro Cárdenas" (no body: no "de la").
_TOWN = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de |del )?[A-ZÁÉÍÓÚÑ][\w]+)*$")
# The office a prosecutor's title heads, by its first word, folded.
_PROSECUTOR_OFFICES = {"fiscal": "Fiscalía", "vicefiscal": "Vicefiscalía"}


def _named_regional_office(post: _Post) -> str:
    """ "Vicefiscalía Regional de Carmen" for "el vicefiscal regional de Carmen" when the
    article names that office; "" otherwise."""
    town = post.comp.place or post.comp.area
    if not _TOWN.match(town):
        return ""
    noun = _PROSECUTOR_OFFICES.get(fold_word(post.title.split()[0]), "Fiscalía")
    unit = f"{noun} Regional de {town}"
    return unit if unit in post.text else ""


def _prosecutors_unit(post: _Post) -> Result | None:
    """A state prosecutor's unit the title names: "la fiscal de Distrito Zona Norte" heads
    the Fiscalía de Distrito Zona Norte, "el fiscal especializado en Delitos Electorales"
    the Fiscalía Especializada en Delitos Electorales, of the article's state (named with
    it, also known without it), whatever body the title names after it."""
    comp = post.comp
    if post.category != "fiscal" or not post.state_code:
        return None
    if fold_word(comp.area).startswith("distrito ") and comp.area[:1].isupper():
        unit = f"Fiscalía de {comp.area}"
        role = f"{post.ranked} de {comp.area}"
    elif "regional" in post.adjectives and _REGION.match(comp.area):
        # "la fiscal regional de la Zona Sur": the Fiscalía Regional Zona Sur
        region = _BODY_AFTER.sub("", _REGION.match(comp.area).group(1))
        unit = f"Fiscalía Regional {region}"
        connector = comp.area_connector if comp.area_connector in ("de", "de la") else "de"
        role = f"{post.title} regional {connector} {region}"
    elif "regional" in post.adjectives and (named := _named_regional_office(post)):
        # "el vicefiscal regional de Carmen" in an article that names the Vicefiscalía
        # Regional de Carmen: that office (named only in the title: the state's Fiscalía)
        unit = named
        role = f"{post.title} regional de {comp.place or comp.area}"
    elif {"especializado", "especializada"} & set(post.adjectives) and comp.place[:1].isupper():
        # its matter as written: "en Atención a Mujeres Víctimas del Delito por Razones de
        # Género", up to a body the title names after it
        at = post.text.rfind(f" en {comp.place}", 0, post.end) if post.text else -1
        matter = post.text[at + 4 : post.end] if at >= 0 else comp.place
        matter = _BODY_AFTER.sub("", matter).strip(" ,") or comp.place
        unit = f"Fiscalía Especializada en {matter}"
        role = f"{post.title} especializad{'a' if post.title.endswith('a') else 'o'} en {matter}"
    else:
        return None
    name = with_state(unit, post.state_code)
    ref = post.derived(name, post.state_code)
    if ref.id is None and name != unit:
        ref = InstitutionRef(ref.name, None, ref.key, ref.jurisdiction, "", (unit,))
    return role, ref, True


def _municipal(post: _Post, role: str) -> Result:
    area = post.comp.area
    place = post.comp.place or ("" if lx.commission_areas(area) else area)
    if fold_word(place.removeprefix("El ")) in lx.MUNICIPAL_BODIES:
        place = ""  # "la síndica segunda del Ayuntamiento": the article's council
    if fold_word(post.masculine) in lx.LOCALITY_TITLES:
        place = ""  # "la subcomisaria de Sitpach": a locality of the article's town
    if not place:
        return role, None, False
    # "el alcalde de Zapopan" names the town's council as surely as "el Ayuntamiento de
    # Zapopan" does: the title is a mention of it
    return role, municipal_ref(place, post.state_code, post.registry, post.jurisdiction), True


def municipal_ref(place: str, state_code: str, registry: Registry, jurisdiction: str):
    """The ayuntamiento (in Mexico City, the alcaldía) of ``place`` (registered, or to
    discover) in ``state_code``."""
    jur = f"{state_code}/{lx.municipality(place)}" if state_code else ""
    name = lx.council_name(state_code, place)
    key = normalize_alias(name)
    inst_id = lookup_institution(registry, key, jur, jurisdiction)
    if inst_id is not None:
        rec = registry.institutions[inst_id]
        return InstitutionRef(rec.name, rec.id, key, rec.jurisdiction, rec.acronym)
    return InstitutionRef(name, None, key, jur)


_HEADS = {
    "gobernador": _governor,
    "presidente": _president,
    "alcalde": lambda post: _municipal(post, post.title),
    "municipal": lambda post: _municipal(post, post.title),
    "diputado": _deputy,
    "fiscal": _prosecutor,
}

# Categories whose post is always the same institution: (name, jurisdiction, role).
FIXED_POSTS = {
    "senador": ("Senado de la República", lx.FEDERAL, "{title}"),
    "canciller": ("Secretaría de Relaciones Exteriores", lx.FEDERAL, "{title}"),
    "diplomático": ("Secretaría de Relaciones Exteriores", lx.FEDERAL, "{title}"),
    "agrario": ("Procuraduría Agraria", lx.FEDERAL, "{title}"),
}


_ROLE_ADJECTIVES = (
    "general",
    "presidente",
    "presidenta",
    "adjunto",
    "adjunta",
    "ejecutivo",
    "ejecutiva",
)
