"""The official's institution from the rest of the article, after every title is read.

A title often names no body ("la regidora X", "la magistrada X", "el consejero X",
"la subsecretaria de Educación Básica"): the article does, elsewhere. Each rule
here reads the candidates (``discovery.Candidate``) and the institutions found in
the article, and fills in what one body of the right kind makes certain:

- municipal roles: the article's one ayuntamiento, else the dateline's town;
- state deputies: the legislature as the article names it;
- roles that sit in a kind of body (``roles.Role.sits_in``): the one such body;
- a unit's head: the secretaría whose area the unit names;
- organs of a legislature or council ("Mesa Directiva", "Comisión de Hacienda"):
  no institutions of their own; their officers sit in the chamber or the council
  (most writers list the Congress, not its organs);
- units that are bodies of their own (``roles.OWN_UNITS``: "el coordinador municipal
  de Protección Civil", "la contralora municipal"): their head works in the unit,
  named after its town (the title's, else the article's council) or its state.

Pure: no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from people.mentions import lexicon as lx
from people.mentions.gazetteer import InstOcc
from people.mentions.institutions import (
    AFTER_PARENT_KEYS,
    CHAMBER_KEYS,
    LOCAL_OFFICE_KEYS,
    lookup_institution,
    with_state,
)
from people.mentions.patterns import word_starting
from people.mentions.posts import municipal_ref
from people.mentions.records import InstitutionRef
from people.mentions.registry import Registry
from people.mentions.roles import ANY_AREA, LOCALITY_BODIES, OWN_UNITS, TITLE_OFFICES, TOWN_TITLES
from people.mentions.states import dateline_town, legislature_name, state_of
from people.mentions.text import Document, fold, fold_word, normalize_alias


def resolve(found, institutions: list[InstOcc], doc: Document, registry, jurisdiction) -> None:
    """Fill in each candidate's institution from the article, in place."""
    council = article_council(found, institutions, doc, registry, jurisdiction)
    if council is not None:
        for candidate in found:
            ref = candidate.institution
            if ref is not None and is_short_town(ref, council):
                candidate.institution = council  # "presidente municipal de Soledad"
            elif ref is not None and town_unit(ref.key, ref.id, ref.jurisdiction):
                name = f"{ref.name} de {council_town(council)}"
                candidate.institution = _named_for_town(ref, council, institutions) or (
                    InstitutionRef(name, None, normalize_alias(name), council.jurisdiction)
                )
    _own_units(found, council, registry, jurisdiction, institutions)
    _town_the_sentence_opens_with(found, institutions, doc, council, registry, jurisdiction)
    _municipality_in_context(found, council)
    _locality_heads(found, doc, council)
    _civic_judges(found, institutions, council, registry, jurisdiction)
    _legislature_in_context(found, institutions, registry, jurisdiction)
    _body_in_context(found, institutions, jurisdiction)
    _unit_in_context(found, institutions)
    _unit_named_in_full(found, institutions)
    _full_name_in_context(found, institutions)
    _services_in_context(found, institutions)
    _hospital_service_in_context(found, institutions)
    _court_in_context(found, institutions)
    _regional_unit_in_context(found, institutions)
    _body_by_its_matter(found, institutions)
    _local_office_in_context(found, institutions)
    _on_behalf_of(found, institutions, doc)
    _government_secretariat_speaking_for(found, institutions, doc)
    _office_named_alone(found, institutions, doc, council, registry, jurisdiction)
    _town_titles(found, institutions, doc, council)
    _town_unit_heads(found, institutions)
    _unit_in_context(found, institutions, titled=True)
    _implied_state_bodies(found, institutions, registry, jurisdiction)
    _body_the_title_heads(found, registry, jurisdiction)


# "procuradora [interina] de Protección de …": the title, its qualifier, the connector and
# the capitalised area (its state, "del estado" or "del Estado de X", read apart).
_TITLE_AREA = re.compile(
    r"^(?P<title>\S+)(?: (?:interin[oa]|suplente|adjunt[oa]))? "
    r"(?P<of>de la|de los|de las|del|de|para la|para el|para los|para las|para) "
    r"(?P<area>[A-ZÁÉÍÓÚÑ][^()]*)$"
)
_STATE_TAIL = re.compile(r" del [Ee]stado(?: de [A-ZÁÉÍÓÚÑ].*)?$")


def _body_the_title_heads(found, registry, jurisdiction: str) -> None:
    """A holder no rule placed whose title names its own body by its noun and an area ("la
    procuradora de Protección de Niñas, Niños y Adolescentes", ``lexicon.TITLE_OWN_BODIES``)
    heads that body of the article's state, when the title names no other level and no
    place but the state."""
    state = jurisdiction.split("/", 1)[0]
    if not state.startswith("MX-") or state == lx.FEDERAL:
        return
    state_name = lx.state_name(state)
    for candidate in found:
        if candidate.institution is not None:
            continue
        row = lx.role_row(candidate.role)
        masculine = fold(row.masculine) if row else ""
        role = re.sub(r"^(?:ex-?|entonces )", "", candidate.role.strip())
        match = _TITLE_AREA.match(role) if row else None
        if match is None or fold(match.group("title")) not in map(fold, row.forms()):
            continue
        noun = lx.TITLE_OWN_BODIES.get(masculine)
        if match.group("of").startswith("para"):
            # "la comisionada para la Protección contra Riesgos Sanitarios": its purpose
            noun = lx.TITLE_PURPOSE_BODIES.get(masculine)
        if noun is None:
            continue
        if _OTHER_LEVELS.search(fold(role)) or " en " in match.group("area"):
            continue
        area = _STATE_TAIL.sub("", match.group("area"))
        area = area.removesuffix(f" de {state_name}")
        if not area or fold(area) in lx.STATE_BY_NAME:
            continue
        opening = lx.OWN_BODY_AREAS.get(fold(area))
        bare = opening or f"{noun} {match.group('of')} {area}"
        short = with_state(bare, state)
        name = short
        if not state_name.startswith(("Estado de ", "Ciudad de ")):
            name = f"{bare} del Estado de {state_name}"
        key = normalize_alias(name)
        inst_id = lookup_institution(registry, key, state, jurisdiction)
        if inst_id is None and short != name:
            inst_id = lookup_institution(registry, normalize_alias(short), state, jurisdiction)
        jur, aliases = state, (short,) if short != name else ()
        named = {
            r.id for k in (key, normalize_alias(short)) for r in registry.institutions_named(k)
        }
        if inst_id in named:  # the registry's, by this name (not one it knows stateless)
            rec = registry.institutions[inst_id]
            name, jur, aliases = rec.name, rec.jurisdiction, ()
            key = normalize_alias(name)
        else:
            inst_id = None
        candidate.institution = InstitutionRef(name, inst_id, key, jur, "", aliases)
        candidate.institution_named = True  # the title names it: a mention of the body


# What makes a title another level's than the state's: "el fiscal federal de …".
_OTHER_LEVELS = re.compile(r"\b(?:federal|nacional|de la republica|municipal)\b")


def _implied_state_bodies(found, institutions: list[InstOcc], registry, jurisdiction: str) -> None:
    """A unit's head whose title names only the unit ("la fiscal regional de Uruapan",
    "el fiscal de Investigación Metropolitana") works in the body its row heads in the
    article's state (``lexicon.IMPLIED_STATE_BODIES``), when the article names no body of
    the title's kind itself (one named is ``_body_in_context``'s; two, neither), the
    title names a unit (not "el fiscal" alone) and no other level."""
    state = jurisdiction.split("/", 1)[0]
    if not state.startswith("MX-") or state == lx.FEDERAL:
        return
    for candidate in found:
        if candidate.institution is not None:
            continue
        row = lx.role_row(candidate.role)
        name = lx.IMPLIED_STATE_BODIES.get(fold(row.masculine)) if row else None
        if name is None or any(of_kind(o.key, row.body_kinds()) for o in institutions):
            continue
        folded = fold(candidate.role)
        title = next(f for f in map(fold, row.forms()) if f in folded)
        if folded.endswith(title) or _OTHER_LEVELS.search(folded):
            continue  # "el fiscal", "la exfiscal": no unit named
        full = lx.OWN_STATE_BODY_NAMES.get((name, state)) or with_state(name, state)
        key = normalize_alias(full)
        inst_id = lookup_institution(registry, key, state, jurisdiction)
        if inst_id is not None:
            rec = registry.institutions[inst_id]
            full, state = rec.name, rec.jurisdiction
        candidate.institution = InstitutionRef(full, inst_id, key, state)


def _ref(occ) -> InstitutionRef:
    return InstitutionRef(occ.name, occ.id, occ.key, occ.jurisdiction, occ.acronym)


def _full_name_in_context(found: list, institutions: list[InstOcc]) -> None:
    """A secretaría a title names by its first area ("la titular de Energía del estado")
    is the state's one whose name lists more areas, when the article names it in full
    ("Secretaría de Energía, Recursos Naturales y Protección Ambiental de Tabasco"), or
    another title does ("el secretario de Desarrollo Rural y Agroalimentario, X; la
    exsecretaria de Desarrollo Rural Y")."""
    named = [_ref(occ) for occ in institutions]
    titled = [c.institution for c in found if c.institution is not None]
    for candidate in found:
        ref = candidate.institution
        if ref is None or ref.id is not None or not ref.key.startswith("secretaria "):
            continue
        state = ref.jurisdiction.split("/", 1)[0]
        if not state.startswith("MX-"):
            continue
        for pool in (named, titled):  # a body named in full first, else a title's
            fuller = {
                other.key: other
                for other in pool
                if other.key.startswith((f"{ref.key}, ", f"{ref.key} y ", f"{ref.key} e "))
                and other.jurisdiction.split("/", 1)[0] == state
            }
            if fuller:
                break
        if len(fuller) == 1:
            (other,) = fuller.values()
            candidate.institution = other


def _services_in_context(found: list, institutions: list[InstOcc]) -> None:
    """ "los titulares de Salud y Educación del estado": an area's titular works in the
    state body the article names for that area ("los Servicios de Salud de Yucatán")
    when it names no secretaría of it (a secretary keeps the secretaría)."""
    for candidate in found:
        ref = candidate.institution
        if ref is None or ref.id is not None or not candidate.role.startswith("titular "):
            continue
        area = _SECRETARIAT.match(ref.key)
        state = ref.jurisdiction.split("/", 1)[0]
        if (
            area is None
            or not state.startswith("MX-")
            or any(o.key == ref.key for o in institutions)
        ):
            continue
        services = f"servicios de {area.group(1)}"
        bodies = {
            o.key: o
            for o in institutions
            if o.key.startswith(services) and o.jurisdiction.split("/", 1)[0] == state
        }
        if len(bodies) == 1:
            (occ,) = bodies.values()
            candidate.institution = _ref(occ)


_OF_AN_AREA = re.compile(r" (?:de la|del|de) ")


def _hospital_service_in_context(found: list, institutions: list[InstOcc]) -> None:
    """ "el jefe de Urgencias", "la exjefa de Enfermería" with no body: the holder of a
    hospital's service (``lexicon.HOSPITAL_SERVICES``) works in the hospital the article
    named last before them."""
    hospitals = [o for o in institutions if o.key.startswith(lx.HOSPITAL_OPENINGS)]
    if not hospitals:
        return
    for candidate in found:
        if candidate.institution is not None:
            continue
        role = fold(candidate.role)
        # "jefe de Urgencias", "titular de la Jefatura de Enfermería": the last area
        if not any(role[m.end() :] in lx.HOSPITAL_SERVICES for m in _OF_AN_AREA.finditer(role)):
            continue
        before = [o for o in hospitals if o.end <= candidate.start]
        if before:
            candidate.institution = _ref(max(before, key=lambda o: o.start))


def _chamber_of(court: InstOcc, institutions: list[InstOcc]) -> InstOcc:
    """The one chamber of ``court`` the article names ("la Sala Especializada … del
    Tribunal de Justicia Administrativa del Estado de Sonora"): where its magistrates
    named with no body sit; else the court."""
    chambers = {
        o.key: o
        for o in institutions
        if o.key.startswith(CHAMBER_KEYS) and o.key.endswith(" " + court.key)
    }
    return next(iter(chambers.values())) if len(chambers) == 1 else court


# Units a title names ("la jueza primera laboral", "el fiscal de Distrito Zona Norte"),
# by the folded opening of their names.
_TITLE_UNITS = ("juzgado ", "fiscalia de distrito ", "fiscalia especializada ")


def _court_in_context(found: list, institutions: list[InstOcc]) -> None:
    """A unit a title names ("la jueza primera laboral del Primer Departamento Judicial",
    "el fiscal de Distrito Zona Norte") is the one the article names in full, when it
    names one that says as much or more ("el Juzgado Primero Laboral del Primer
    Departamento Judicial del Estado de Yucatán"), or names it shorter ("el Juzgado
    Primero Laboral", "la Fiscalía de Distrito Zona Norte" of "… de Chihuahua"). Its
    bare kind ("la Fiscalía Especializada") is that unit."""
    courts = [o for o in institutions if (o.key + " ").startswith(_TITLE_UNITS)]
    for candidate in found:
        ref = candidate.institution
        if ref is None or ref.id is not None or not ref.key.startswith(_TITLE_UNITS):
            continue
        bare = [o for o in courts if o.id is None and o.key.split() == ref.key.split()[:2]]
        for occ in bare:  # "la Fiscalía Especializada"
            occ.name, occ.key, occ.jurisdiction = ref.name, ref.key, ref.jurisdiction
        named = {
            o.key: o
            for o in courts
            if o.key != ref.key
            and (o.key.startswith(ref.key + " ") or ref.key.startswith(o.key + " "))
        }
        if len(named) == 1:  # or less: "el Juzgado Primero Laboral"
            (occ,) = named.values()
            candidate.institution = _ref(occ)


# What a body's name says before its matter: "Servicios de| Agua y Drenaje de Monterrey".
_GENERIC_OPENING = re.compile(
    r"^(?:servicios|sistema|sistemas|organismo|comision|junta"
    r"|coordinacion estatal|coordinacion general|coordinacion) de "
)
# A level after a title's area says whose it is, not what it is about: "la extitular de
# Protección Civil estatal".
_LEVEL_AFTER_AREA = re.compile(r" (?:estatal|municipal)$")


def _body_by_its_matter(found: list, institutions: list[InstOcc]) -> None:
    """A title whose area is what a body the article names is about ("la directora general
    de Agua y Drenaje de Monterrey", "el exdirector de Agua y Drenaje", after "Servicios de
    Agua y Drenaje de Monterrey"): the head works in that body, when it is the only one so
    named. Areas of two words or more only ("de Salud" says too little). A secretaría a
    "titular" title only implied ("los titulares de Agua y Drenaje": "Secretaría de Agua y
    Drenaje", named nowhere) gives way to that body too; a secretary's title names a
    secretaría itself (writers split on "el secretario de Salud del Estado" beside
    "Servicios de Salud del Estado": the secretaría is kept)."""
    matters = {}
    for occ in institutions:
        opening = _GENERIC_OPENING.match(occ.key)
        if opening is not None:
            matters.setdefault(occ.key[opening.end() :], occ)
    if not matters:
        return
    named = {occ.key for occ in institutions}
    for candidate in found:
        ref = candidate.institution
        if ref is not None and not (
            candidate.category == "titular" and _implied_secretariat(ref, named)
        ):
            continue
        role = normalize_alias(candidate.role)
        for at in [m.end() for m in re.finditer(r" de ", role)]:
            area = _LEVEL_AFTER_AREA.sub("", role[at:])
            if len([w for w in area.split() if w not in ("y", "de", "del", "la", "e")]) < 2:
                break
            bodies = {
                occ.key: occ
                for matter, occ in matters.items()
                if (matter + " ").startswith(area + " ")
            }
            # one body, maybe written longer too ("…, I.P.D."): the shortest name
            shortest = min(bodies, key=len, default="")
            if bodies and all(key.startswith(shortest) for key in bodies):
                candidate.institution = _ref(bodies[shortest])
                break


def _local_office_in_context(found: list, institutions: list[InstOcc]) -> None:
    """A national body's representative in a state ("el representante del ISSSTE en
    Durango", "la delegada del IMSS") heads the one office of that body in a state the
    article names ("la Oficina de Representación del ISSSTE en Durango"), not the whole
    body: ``lexicon.LOCAL_OFFICE_TITLES``. A title with a local adjective ("la gerente
    estatal de la Conafor") heads such an office written with that adjective
    (``lexicon.LOCAL_OFFICE_ADJECTIVES``: "la Gerencia Estatal de la Conafor en Durango")."""
    offices = [o for o in institutions if o.key.startswith(LOCAL_OFFICE_KEYS)]
    if not offices:
        return
    for candidate in found:
        ref = candidate.institution
        role = fold(candidate.role)
        local_title = role.startswith(lx.LOCAL_OFFICE_TITLES)
        adjective = "" if local_title else _local_adjective(role)
        if ref is None or candidate.past or not (local_title or adjective):
            continue
        if ref.key.startswith(LOCAL_OFFICE_KEYS):
            continue
        names = {n for n in (ref.key, normalize_alias(ref.acronym or "")) if n}
        own = {
            o.key: o
            for o in offices
            if (
                any(f" {n} " in f" {o.key} " for n in names)
                or (o.acronym and normalize_alias(o.acronym) in names)
            )
            and (local_title or o.key.split()[1:2] == [adjective])
        }
        if len(own) == 1:
            (occ,) = own.values()
            candidate.institution = _ref(occ)


def _local_adjective(role: str) -> str:
    """ "estatal" for "gerente estatal de la conafor" (folded), else ""."""
    words = role.split()
    return words[1] if len(words) > 1 and words[1] in lx.LOCAL_OFFICE_ADJECTIVES else ""


def _implied_secretariat(ref: InstitutionRef, named: set[str]) -> bool:
    """Is ``ref`` a secretaría a title implied ("titular de X" -> "Secretaría de X"), which
    neither the registry nor the text names?"""
    return ref.id is None and ref.key.startswith("secretaria de ") and ref.key not in named


# Titles of a regional unit's head and the folded opening of the unit's name: "la fiscal
# regional X, de la Fiscalía Regional de Lázaro Cárdenas".
_REGIONAL_HEADS = (("fiscal regional", "fiscalia regional "),)


def _regional_unit_in_context(found: list, institutions: list[InstOcc]) -> None:
    """A regional head whose title names no region ("la fiscal regional X") heads the
    one regional unit of that kind the article names ("la Fiscalía Regional C", "la
    Fiscalía Regional de Lázaro Cárdenas"), not the parent the title fell back on."""
    for title, opening in _REGIONAL_HEADS:
        units = {o.key: o for o in institutions if o.key.startswith(opening)}
        if len(units) != 1:
            continue
        (occ,) = units.values()
        for candidate in found:
            ref = candidate.institution
            if fold(candidate.role) != title or (ref is not None and ref.key.startswith(opening)):
                continue
            candidate.institution = _ref(occ)


# Where an organ's name ends and its body's begins: "Comisión de Hacienda| del Congreso".
_ORGAN_PARENT = re.compile(
    r" (?:del|de la) (?:Congreso|Legislatura|Cabildo|Ayuntamiento|H\. Congreso|Cámara)\b.*$"
)


def organ_of(comp) -> str:
    """The organ of a legislature or a council a title names, as written ("Mesa
    Directiva", "Comisión de Hacienda", "comisión de Salud"); "" when none."""
    if comp.institution is not None or not comp.area:
        return ""
    area = comp.area
    if comp.anaphoric and comp.description == "comision":
        area = f"comisión {comp.area_connector} {area}"
    if not lx.is_legislative_organ(fold_word(area)):
        return ""
    return _ORGAN_PARENT.sub("", area)


_SECRETARIAT = re.compile(r"secretaria (?:de la |de los |del |de |para el |para la )(.+)")


def _unit_in_context(found: list, institutions: list[InstOcc], *, titled=False) -> None:
    """A unit's head ("la subsecretaria de Educación Básica", "la subdirectora de Salud
    Pública") works in the one secretaría the article names whose area the unit's name
    contains (the Secretaría de Educación, the Secretaría de Salud). ``titled`` (a last
    pass, when no other rule placed the head): the one a state secretary's title gives
    instead ("la secretaria de Educación Guerrero, X … el subsecretario de Educación
    Básica, Y"), when the article names no secretaría of the unit's area."""
    pending = [c for c in found if c.institution is None and c.unit]
    if not pending:
        return
    areas = _secretariat_areas(_ref(occ) for occ in institutions)
    if titled:
        if areas:
            return
        areas = _secretariat_areas(
            c.institution
            for c in found
            if c.institution is not None
            and c.category == "secretario"
            and c.institution.jurisdiction.startswith("MX-")
            and "/" not in c.institution.jurisdiction  # a state's, not a town's
            and fold(c.role).split(" ", 1)[0].removeprefix("ex") in ("secretario", "secretaria")
        )
    for candidate in pending:
        unit = set(fold(candidate.unit).split())
        if unit & _TOWN_LEVELS:
            continue  # "la directora de Salud Municipal de X": a town's unit, not the state's
        owners = {ref.id or ref.key: ref for words, _, ref in areas if words <= unit}
        if not owners:
            # "la subsecretaria de Educación Media Superior" in the one "Secretaría de
            # Educación y Cultura": the secretaría's first area word names the unit's field
            owners = {ref.id or ref.key: ref for _, first, ref in areas if first in unit}
        if len(owners) == 1:
            (ref,) = owners.values()
            candidate.institution = ref


_TOWN_LEVELS = frozenset({"municipal", "municipales"})


def _secretariat_areas(refs) -> list[tuple[set[str], str, InstitutionRef]]:
    """(words of its first area, the first word, the body) of each secretaría in ``refs``."""
    areas = []
    for ref in refs:
        match = _SECRETARIAT.match(fold(ref.name))
        if match:
            area = match.group(1).split(" de ", 1)[0]
            words = [w for w in area.split() if w not in lx.PARTICLES]
            if words:
                areas.append((set(words), words[0], ref))
    return areas


# A title's noun -> the noun of the unit it heads ("coordinadora" -> "coordinacion").
_UNIT_OF_TITLE = {
    fold(form): fold(role.heads)
    for role in lx.ROLES
    if role.heads and " " not in role.heads
    for form in role.forms()
}
_BODY_IN_ROLE = re.compile(r" (?:de la|del) ([A-ZÁÉÍÓÚÑ].*)$")
_EX = re.compile(r"^ex[- ]?")


def _unit_named_in_full(found: list, institutions: list[InstOcc]) -> None:
    """A unit a title names short, the article names in full with its place: "la
    coordinadora general de Ecología" or "la ex titular de la Coordinación General de
    Ecología" and "la Coordinación General de Ecología del Estado de Tlaxcala" (only its
    state or town after the short name) are one body."""
    for candidate in found:
        if candidate.institution is not None or " de" not in candidate.role:
            continue
        role = candidate.role
        body = _BODY_IN_ROLE.search(role)
        if body and fold(body.group(1)) == "estado":
            # "comisionado para la Protección … del Estado": the state, not a body; the
            # unit is the title's
            role, body = role[: body.start()], None
        if body:
            short = normalize_alias(body.group(1))  # "ex titular de la Coordinación …"
        else:
            title, _, rest = _EX.sub("", fold(role)).partition(" ")
            unit = _UNIT_OF_TITLE.get(title)
            if unit is None or not rest:
                continue
            short = normalize_alias(f"{unit} {rest}")  # "coordinadora general de Ecología"
        bodies = {o.key: o for o in institutions if _placed_after(o, short)}
        if len(bodies) == 1:
            (occ,) = bodies.values()
            candidate.institution = _ref(occ)


def _placed_after(occ, short: str) -> bool:
    """Is ``occ`` the body ``short`` names, with only its state or town after it?"""
    if not occ.key.startswith(short + " "):
        return False
    rest = occ.key[len(short) :]
    state, _, town = occ.jurisdiction.partition("/")
    places = [fold(p) for p in (lx.state_name(state) if state.startswith("MX-") else "", town) if p]
    return any(
        rest == f" {connector} {place}"
        for place in places
        for connector in ("de", "del", "del estado de", "de la")
    )


def of_kind(key: str, kinds: tuple[str, ...]) -> bool:
    """Is a body (its folded key) of one of the kinds, as whole words ("poder judicial";
    "electoral" is not "Delitos Electorales")? A unit named after its parent ("facultad
    de medicina de la universidad …", "junta local ejecutiva del instituto nacional
    electoral en …") is not of its parent's kind."""
    if key.startswith(AFTER_PARENT_KEYS) or key.startswith(LOCAL_OFFICE_KEYS):
        return False
    padded = f" {key.replace(',', ' ')} "
    return any(f" {kind} " in padded for kind in kinds)


def _body_in_context(found: list, institutions: list[InstOcc], jurisdiction: str = "") -> None:
    """A role named with no body ("la magistrada X", "el consejero X") sits in the one
    body of the kinds it sits in (``roles.Role.sits_in``) that the article names. Of
    several still left, the one of the article's state ("desde Mérida, el magistrado
    presidente del Tribunal … de Yucatán" in a Campeche story: Campeche's court)."""
    state = jurisdiction.split("/", 1)[0]
    for candidate in found:
        if candidate.institution is not None or not candidate.body_kinds:
            continue
        bodies = {}
        for occ in institutions:
            if of_kind(occ.key, candidate.body_kinds):
                # "Tribunal Electoral de Querétaro" and "… del Estado de Querétaro": one body
                bodies.setdefault(occ.key.replace(" del estado de ", " de "), occ)
        if len(bodies) > 1 and candidate.category != "judicial":
            # "los consejeros X y Y": the electoral institute's, not the electoral court's
            bodies = {k: o for k, o in bodies.items() if not k.startswith("tribunal ")}
        if len(bodies) > 1:  # the INE and the state's institute: the state's
            bodies = {k: o for k, o in bodies.items() if o.jurisdiction.startswith("MX-")} or {
                k: o for k, o in bodies.items() if o.jurisdiction != lx.FEDERAL
            }
        for kind in candidate.body_kinds if len(bodies) > 1 else ():
            # the kinds in order of preference: "poder judicial" before "tribunal superior"
            first = {k: o for k, o in bodies.items() if of_kind(k, (kind,))}
            if first:
                bodies = first
                break
        if len(bodies) > 1 and state.startswith("MX-") and state != lx.FEDERAL:
            bodies = {k: o for k, o in bodies.items() if o.jurisdiction == state} or bodies
        if len(bodies) == 1:
            (occ,) = bodies.values()
            candidate.institution = _ref(_chamber_of(occ, institutions))


# "Por el INE, la vocal ejecutiva …", "En representación de la Conafor, el gerente …":
# the body a sentence opens with speaks through the officials it then names.
_ON_BEHALF = re.compile(
    r"(?:^|[;:] )(?:Por parte de(?:l| la| los| las)|En representación de(?:l| la| los| las)"
    r"|A nombre de(?:l| la| los| las)|Por(?: el| la| los| las)?) $"
)


def _on_behalf_of(found: list, institutions: list[InstOcc], doc: Document) -> None:
    """A title with no body in a sentence that opens with "Por <body>": that body's."""
    for candidate in found:
        if candidate.institution is not None or candidate.category in ("municipal", "diputado"):
            continue
        begin, _ = doc._sentence_span(candidate.title_start, candidate.title_start)
        opening = next((o for o in institutions if begin <= o.start < candidate.title_start), None)
        if opening is None or opening.end > candidate.title_start:
            continue
        if opening.key.startswith("gobierno "):
            continue  # "Por parte del Gobierno de México, la delegada …": a level, no office
        if _ON_BEHALF.search(doc.text[begin : opening.start].lstrip()) is None:
            continue
        candidate.institution = _ref(opening)


SECRETARIAT_OF_GOVERNMENT = "secretaria general de gobierno "


def _government_secretariat_speaking_for(
    found: list, institutions: list[InstOcc], doc: Document
) -> None:
    """A state's secretary general of government heads the Secretaría General de Gobierno
    (``posts``), but the one a sentence names as standing for the state's government
    ("En representación del Gobierno del Estado acudió el secretario general de Gobierno")
    is that government's, as written."""
    for candidate in found:
        current = candidate.institution
        if current is None or current.id is not None:
            continue
        if not current.key.startswith(SECRETARIAT_OF_GOVERNMENT):
            continue
        begin, _ = doc._sentence_span(candidate.title_start, candidate.title_start)
        government = next(
            (
                o
                for o in institutions
                if begin <= o.start < candidate.title_start
                and o.key.startswith("gobierno del estado")
                and o.jurisdiction == current.jurisdiction
            ),
            None,
        )
        if government is not None:
            candidate.institution = _ref(government)


_LEGISLATURES = ("congreso ", "legislatura ")


# A chamber's staff ("el oficial mayor del Congreso", "la secretaria general de la
# Legislatura"): they work in the chamber; its offices are no bodies writers list.
_LEGISLATURE_STAFF = re.compile(
    r"(?i)(?<![\w])(?:del congreso|de la legislatura)(?: del estado| local)?$"
)
_CHAMBER_ENDS = (" del congreso", " de la legislatura", " del congreso del estado")


def _legislature_in_context(
    found: list, institutions: list[InstOcc], registry, jurisdiction
) -> None:
    """A state deputy sits in the legislature the article names, as it names it
    ("la Legislatura mexiquense", "el Congreso de Nuevo León"), when it names one. The
    chamber's staff ("el oficial mayor del Congreso") in the article's state's, when it
    names none."""
    named = {
        occ.key: occ
        for occ in institutions
        if occ.key.startswith(_LEGISLATURES) and occ.jurisdiction.startswith("MX-")
    }
    if not named:
        _staff_of_the_state_legislature(found, registry, jurisdiction)
        return
    for candidate in found:
        current = candidate.institution
        staff = _LEGISLATURE_STAFF.search(candidate.role) and (
            current is None or (current.id is None and current.key.endswith(_CHAMBER_ENDS))
        )
        if staff:
            current = None  # "la oficial mayor del Congreso": the chamber's, as named
        elif (current is None and candidate.category != "diputado") or (
            current is not None and not current.key.startswith(_LEGISLATURES)
        ):
            continue
        state = current.jurisdiction if current is not None else ""
        same = {k: o for k, o in named.items() if not state or o.jurisdiction == state}
        if len(same) == 1:
            ((key, occ),) = same.items()
            if current is None or current.key != key:
                candidate.institution = _ref(occ)


def _staff_of_the_state_legislature(found: list, registry, jurisdiction: str) -> None:
    state = state_of(jurisdiction)
    name = legislature_name(state) if state else ""
    if not name:
        return
    for candidate in found:
        if candidate.institution is None and _LEGISLATURE_STAFF.search(candidate.role):
            key = normalize_alias(name)
            inst_id = lookup_institution(registry, key, state, jurisdiction)
            if inst_id is not None:
                rec = registry.institutions[inst_id]
                candidate.institution = InstitutionRef(
                    rec.name, rec.id, normalize_alias(rec.name), rec.jurisdiction, rec.acronym
                )
            else:
                candidate.institution = InstitutionRef(name, None, key, state)


def _councils_held(found, *, past: bool) -> dict[str, InstitutionRef]:
    """The ayuntamientos of the officials found, by key: those of current posts, or
    (``past``) of former ones ("la exalcaldesa de Buenavista")."""
    return {
        c.institution.key: c.institution
        for c in found
        if c.institution is not None
        and c.past == past
        and c.institution.key.startswith(lx.COUNCIL_PREFIXES)
    }


def article_council(found, institutions, doc, registry, jurisdiction) -> InstitutionRef | None:
    """The one ayuntamiento the article names, for its officials ("el alcalde de
    Cajeme") or on its own ("El Ayuntamiento de Hermosillo aprobó…"); when it names
    none, the one of the town of its dateline ("TIJUANA, B.C.— Los regidores…"); when
    it names several, the dateline's, if it is one of them."""
    councils = _councils_held(found, past=False)
    for occ in institutions:
        if occ.key.startswith(lx.COUNCIL_PREFIXES) and occ.key not in councils:
            councils[occ.key] = _ref(occ)
    if not councils:
        # Only a former official's town ("la exalcaldesa de Buenavista"): the story's
        # own town is its dateline's, if any; the former's town is a last resort.
        past = _councils_held(found, past=True)
        fallback = _dateline_council(doc, registry, jurisdiction) or _municipality_named(
            doc, registry, jurisdiction
        )
        if fallback is not None or len(past) != 1:
            return fallback
        return next(iter(past.values()))
    # "Tulancingo" and "Tulancingo de Bravo": a town's short name and its full one.
    councils = {
        key: ref
        for key, ref in councils.items()
        if not any(other.startswith((key + " de ", key + " del ")) for other in councils)
    }
    if len(councils) == 1:
        council = next(iter(councils.values()))
        if council.id is None:  # "el alcalde de San Nicolás", datelined "San Nicolás de los Garza"
            dateline = _dateline_council(doc, registry, jurisdiction)
            if dateline is not None and is_short_town(council, dateline):
                return dateline
        return council
    # Several towns: the one the story is datelined in ("VALLADOLID, Yuc.— … Tizimín").
    dateline = _dateline_council(doc, registry, jurisdiction)
    if dateline is None:
        return None
    return councils.get(dateline.key) or next(
        (ref for key, ref in councils.items() if key.startswith(dateline.key + " de")), None
    )


def town_unit(key: str, inst_id, jurisdiction: str) -> bool:
    """A town's unit named without its town: "la Secretaría de Seguridad Pública
    municipal" (``canonical_institution``'s "… Municipal", no jurisdiction)."""
    return inst_id is None and "/" not in jurisdiction and key.endswith(" municipal")


_UNPLACED_TOWN_UNIT = re.compile(r"^\w+ municipal de [\w ]+$")


def unplaced_town_unit(occ, council: InstitutionRef) -> bool:
    """A town's unit named by its level and area only ("la Dirección Municipal de Salud"):
    the article's council's ("… de Tula de Allende"), as its head's title says."""
    town = normalize_alias(council_town(council))
    return (
        occ.id is None
        and "/" not in occ.jurisdiction
        and bool(_UNPLACED_TOWN_UNIT.match(occ.key))
        and not occ.name.startswith(LOCALITY_BODIES)
        and not occ.key.endswith(" de " + town)
        and " de " not in occ.key.split(" municipal de ", 1)[1]
    )


def _named_for_town(ref, council: InstitutionRef, institutions) -> InstitutionRef | None:
    """The town's unit as the article names it ("la secretaria de Obras Públicas
    municipal" and "la Secretaría de Obras Públicas de Celaya" are one body)."""
    base = ref.name.removesuffix(" Municipal")
    key = normalize_alias(f"{base} de {council_town(council)}")
    for occ in institutions:
        if occ.key == key and occ.id is not None:
            return _ref(occ)
        if occ.id is None and occ.key in (key, _with_state_key(key, council)):
            name = f"{base} de {council_town(council)}"
            return InstitutionRef(name, None, key, council.jurisdiction, occ.acronym)
    return None


def _with_state_key(key: str, council: InstitutionRef) -> str:
    state = lx.state_name(council.jurisdiction.split("/", 1)[0])
    return normalize_alias(f"{key} de {state}") if state else key


def town_secretaria(occ, council: InstitutionRef) -> bool:
    """A secretaría named after the article's town, not its state ("Secretaría de Obras
    Públicas de Celaya"): the town's, unless the town is named as its state."""
    town = normalize_alias(council_town(council))
    return (
        occ.id is None
        and occ.key.startswith("secretaria ")
        and occ.key.endswith((" de " + town, _with_state_key(" de " + town, council)))
        and "/" not in occ.jurisdiction
        and fold(council_town(council)) not in lx.STATE_BY_NAME
    )


def council_town(council: InstitutionRef) -> str:
    if council.jurisdiction.partition("/")[2]:
        return council.jurisdiction.partition("/")[2]
    if council.name.startswith("Ayuntamiento del "):  # "Ayuntamiento del Carmen"
        return council.name.removeprefix("Ayuntamiento del ")
    return council.name.split(" de ", 1)[-1]


def is_short_town(ref, council: InstitutionRef) -> bool:
    """A council named by its town's first words: "Soledad" for "Soledad de Graciano
    Sánchez", "Tulancingo" for "Tulancingo de Bravo"."""
    return ref.key.startswith(lx.COUNCIL_PREFIXES) and council.key.startswith(
        (ref.key + " de ", ref.key + " del ")
    )


# A sentence that opens with its town: "En Uruapan, el síndico X …", "En el vecino
# municipio de Ocampo, el presidente municipal …".
_OPENING_TOWN = re.compile(
    r"(?:^|[.\n] +|\n)(?:En (?:el (?:vecino |cercano )?municipio de |el caso de )?|De )"
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*), "
)
# What may stand between that opening and the title or the name it introduces: an aside
# and the sentence's verb ("En Tal, también afectado por la ceniza, la presidenta
# municipal", "De Tal, sede del campus, acudieron la presidenta municipal").
_RIGHT_AFTER_OPENING = re.compile(r"(?:[^.;:,\n()]{1,80}, (?:[a-záéíóúñ]+ )?)?(?:(?:el|la) )?")


def _sentence_opening(text: str, at: int):
    """The town opening the sentence that ``at`` is in ("En Uruapan, …"), and whether
    ``at`` comes right after it ("En Guachochi, la presidenta municipal"); (None, False)."""
    line_start = max(0, at - 200)
    line = text[line_start:at]
    openings = list(_OPENING_TOWN.finditer(line))
    opening = openings[-1] if openings else None
    if opening is None or "." in line[opening.end() :]:
        return None, False
    right_after = _RIGHT_AFTER_OPENING.fullmatch(line[opening.end() :]) is not None
    return (opening, line_start), right_after


def _town_the_sentence_opens_with(
    found: list, institutions: list[InstOcc], doc, council=None, registry=None, jurisdiction=""
) -> None:
    """A municipal role with no place in a sentence that opens with a town ("En Uruapan,
    el síndico X") belongs to that town's council, when the article names it, or names
    no council at all ("En Saltillo, el secretario del Ayuntamiento, X"), or names the
    town as a place before ("colonias de Coatzacoalcos y Minatitlán. … En Minatitlán, la
    presidenta municipal, X")."""
    councils = {o.key: o for o in institutions if o.key.startswith(lx.COUNCIL_PREFIXES)}
    state = state_of(jurisdiction)
    if len(councils) < 2 and (registry is None or not state):
        return  # no council to make: ``_municipality_in_context`` decides
    placed = []  # (where the opening is, the candidate it placed)
    for candidate in found:
        if candidate.institution is not None or not (
            candidate.category in ("municipal", "alcalde") or _MUNICIPAL_ROLE.search(candidate.role)
        ):
            continue
        found_at, right_after = _sentence_opening(doc.text, candidate.title_start)
        if found_at is None and candidate.start < candidate.title_start:
            # "En Canatlán, X recorrió …. La presidenta municipal dijo …": the title of a
            # later sentence is the holder's, named right after her sentence's town
            found_at, right_after = _sentence_opening(doc.text, candidate.start)
            if not right_after:
                continue
        if found_at is None:
            continue
        opening, line_start = found_at
        town = normalize_alias(opening.group(1))
        occ = next((o for k, o in councils.items() if k.endswith(" " + town)), None)
        if occ is not None:
            candidate.institution = _ref(occ)
            placed.append((line_start + opening.start(), candidate))
        elif (
            fold(opening.group(1)) not in lx.STATE_BY_NAME
            and fold(opening.group(1)) not in lx.MUNICIPAL_BODIES  # "En Cabildo, …"
            and (
                (not councils and council is None)
                or right_after  # "En Guachochi, la presidenta municipal, X"
                or _named_as_place(doc.text, opening.group(1), line_start + opening.start())
            )
        ):
            candidate.institution = municipal_ref(opening.group(1), state, registry, jurisdiction)
            placed.append((line_start + opening.start(), candidate))
    _rest_of_the_paragraph(found, placed, doc.text)


def _rest_of_the_paragraph(found: list, placed: list, text: str) -> None:
    """ "En Tal, la presidenta municipal X … El regidor de Salud, Y, dijo …": a municipal
    role with no place later in the paragraph the town opens is that town's too."""
    for opened, first in placed:
        end = text.find("\n", first.title_start)
        end = len(text) if end < 0 else end
        for candidate in found:
            if (
                candidate.institution is None
                and first.title_start < candidate.title_start < end
                and opened <= candidate.title_start
                and (
                    candidate.category in ("municipal", "alcalde")
                    or _MUNICIPAL_ROLE.search(candidate.role)
                )
            ):
                candidate.institution = first.institution


def _named_as_place(text: str, town: str, before: int) -> bool:
    """Does ``text`` name ``town`` as a place before ``before`` ("colonias de
    Coatzacoalcos y Minatitlán", "en Minatitlán")?"""
    return (
        re.search(rf"(?:\b(?:de|en|y|e) |, ){re.escape(town)}(?![\w])", text[:before]) is not None
    )


def _municipality_in_context(found: list, council: InstitutionRef | None) -> None:
    """Municipal roles with no place ("la regidora X", "los síndicos…", "el
    secretario del Ayuntamiento") belong to the article's council."""
    if council is None:
        return
    for candidate in found:
        if candidate.institution is None and (
            candidate.category in ("municipal", "alcalde") or _MUNICIPAL_ROLE.search(candidate.role)
        ):
            candidate.institution = council


def _locality_heads(found: list, doc: Document, council: InstitutionRef | None) -> None:
    """A delegate or a commissioner named by a place alone ("el exdelegado de Santa Cruz
    X") heads a locality of the article's town, and works for its council, when the article
    calls that place a locality anywhere ("el delegado municipal de Santa Cruz", "la
    delegación Santa Cruz": ``lexicon.LOCALITY_HEAD_TITLES``)."""
    if council is None:
        return
    for candidate in found:
        if candidate.institution is not None or not candidate.unit[:1].isupper():
            continue
        row = lx.role_row(candidate.role)
        nouns = lx.LOCALITY_HEAD_TITLES.get(fold(row.masculine)) if row else None
        if (
            not nouns
            or not candidate.role.endswith(f" de {candidate.unit}")
            or lx.commission_areas(candidate.unit)  # "el comisario de Seguridad Pública"
        ):
            continue
        called = re.compile(
            r"(?<![\w])(?:"
            + "|".join(map(re.escape, nouns))
            + r")(?: de| del)? "
            + re.escape(fold(candidate.unit))
            + r"(?![\w])"
        )
        own = range(candidate.title_start, candidate.title_start + len(candidate.role) + 4)
        if any(
            # in lower case ("la Comisaría de X" is a body's name) and not the title itself
            doc.text[m.start()].islower() and m.start() not in own
            for m in called.finditer(doc.folded)
        ):
            candidate.institution = council


# "jueza cívica", "exjuez calificador municipal de Lerdo": the judge's word, then the town.
_CIVIC_JUDGE = re.compile(
    r"^(?:ex-?|entonces )?jue(?:z|za) (?P<word>\w+)(?: municipal)?(?: de (?P<town>.+))?$"
)


def _civic_judges(found, institutions, council, registry, jurisdiction: str) -> None:
    """A civic judge ("la jueza cívica de Tlaxiaco", "el juez calificador X",
    ``lexicon.MUNICIPAL_JUDGE_WORDS``) is an officer of a town, never of the state's
    judiciary: the one civic court the article names, else the council of the town the
    title names, else the article's council."""
    courts = {
        occ.key: occ
        for occ in institutions
        if occ.key.startswith(("juzgado civico", "juzgado calificador"))
    }
    state = jurisdiction.split("/", 1)[0] if jurisdiction.startswith("MX-") else ""
    for candidate in found:
        if candidate.institution is not None:
            continue
        match = _CIVIC_JUDGE.match(fold(candidate.role.strip()))
        if match is None or match.group("word") not in lx.MUNICIPAL_JUDGE_WORDS:
            continue
        town = candidate.role.strip()[match.start("town") :] if match.group("town") else ""
        if len(courts) == 1:
            candidate.institution = _ref(next(iter(courts.values())))
        elif town[:1].isupper() and state:
            candidate.institution = municipal_ref(town, state, registry, jurisdiction)
        elif council is not None:
            candidate.institution = council


def _dateline_council(doc: Document, registry: Registry, jurisdiction: str):
    """The ayuntamiento of the town a story is datelined in, in the article's state."""
    town = doc.dateline or dateline_town(doc.text[doc.body_start() :])
    if not town or not jurisdiction.startswith("MX-"):
        return None
    return municipal_ref(town, jurisdiction.split("/", 1)[0], registry, jurisdiction)


# A town the text names as a municipality: "en el municipio de Álamos".
_MUNICIPALITY = re.compile(
    word_starting("municipio de ") + r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
    r"(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*)"
)


def _municipality_named(doc: Document, registry: Registry, jurisdiction: str):
    """The council of the one town the article calls "el municipio de X", when it names
    no council and has no dateline ("la presidenta municipal" is that town's)."""
    if not jurisdiction.startswith("MX-") or "municipio de " not in doc.text:
        return None
    towns = {m.group(1) for m in _MUNICIPALITY.finditer(doc.text)}
    if len(towns) != 1:
        return None
    town = towns.pop()
    if fold(town) in lx.STATE_BY_NAME:
        return None
    return municipal_ref(town, jurisdiction.split("/", 1)[0], registry, jurisdiction)


# A role that says it is the town's: "tesorera municipal", "secretario del Ayuntamiento",
# "oficial mayor del municipio", "presidenta municipal interina" (how the post is held,
# ``lx.TENURE_QUALIFIERS``), "directora municipal de Pesca" (an area no unit of its own
# covers, ``roles.OWN_UNITS``: the town's).
_MUNICIPAL_ROLE = re.compile(
    r"(?i)(?<![\w])(?:(?:municipal|del ayuntamiento|del cabildo|del municipio)"
    r"(?: (?:" + "|".join(lx.TENURE_QUALIFIERS) + r"))?$"
    r"|municipal de (?-i:[A-ZÁÉÍÓÚÑ])[\w ]+$)"
)


# Units that are bodies of their own ------------------------------------------------


@dataclass(frozen=True)
class UnitTitle:
    """A unit of its own a title names: "coordinador municipal de Protección Civil de
    Altamira" -> noun "Coordinación", level "municipal" (written before the area, so
    part of the name), area "Protección Civil", place "Altamira"."""

    noun: str
    level: str  # "municipal", "estatal", "general" or ""
    level_in_name: bool  # "coordinador municipal de …": "Coordinación Municipal de …"
    area: str  # as written ("Protección Civil", "Seguridad Pública Municipal"); "" if none
    place: str = ""  # the town the title names
    state: str = ""  # the state the title names (ISO code)
    of_state: bool = False  # "… del Estado de México": named with "del Estado de"
    mentioned: bool = True  # the title is a mention of the unit (``OwnUnit.mentioned``)
    of_town: bool = False  # a town's unit whatever its level (``OwnUnit.of_town``)


_LEVELS = ("municipal", "estatal", "general")


def unit_title(heads: str, adjectives, comp, written: str) -> UnitTitle | None:
    """The unit of its own (``roles.OWN_UNITS``) a title names, if any."""
    rows = [row for row in OWN_UNITS if row.heads == heads]
    if not rows or comp.institution is not None or comp.anaphoric or comp.acronym:
        return None
    level = next((a for a in adjectives if a in _LEVELS), "") or ("estatal" if comp.estado else "")
    folded_written = fold(written)
    head_end = folded_written.find(" de ")
    level_in_name = bool(level) and f" {level}" in folded_written[: max(head_end, 0)]
    area, place = comp.area, comp.place
    folded = fold(area)
    for row in rows:
        if level not in row.levels:
            continue
        noun = row.name or heads.capitalize()
        if row.areas == ("",):
            if area and (row.of_town or level == "municipal") and not place and area[:1].isupper():
                # "capitán de puerto de Ensenada", "tesorero municipal de Tepic": the town
                place, area = area, ""
            if not area:
                return UnitTitle(
                    noun, level, True, "", place, comp.state, False, row.mentioned, row.of_town
                )
            continue
        if row.areas == ANY_AREA:
            if not area[:1].isupper() or " de " in folded:
                continue  # an area of its own only: "Salud", "Bienestar Familiar"
            matched = folded
        else:
            matched = next((a for a in row.areas if folded.startswith(a)), None)
        if matched is None:
            continue
        rest = area[len(matched) :]
        if rest.startswith(" de ") and rest[4:5].isupper():  # "Protección Civil de Altamira"
            place, area = place or rest[4:], area[: len(matched)]
        elif fold(rest) == " del estado":
            area, rest = area[: len(matched)], ""
            level = level or "estatal"  # "de Protección al Ambiente del estado"
        elif fold(rest) in (" del ayuntamiento", " del municipio"):
            area, level = area[: len(matched)], "municipal"  # "de Ecología del Ayuntamiento"
        elif fold(rest) == " municipal":  # "Seguridad Pública Municipal": named so
            level = "municipal"
        state = comp.state or lx.STATE_BY_NAME.get(fold(place), "")
        if state and fold(place) in lx.STATE_BY_NAME:
            place = ""
        return UnitTitle(
            noun,
            level,
            level_in_name,
            area,
            place,
            state,
            of_state=" del estado de " in folded_written,
            mentioned=row.mentioned,
            of_town=row.of_town,
        )
    return None


def _own_units(
    found: list, council: InstitutionRef | None, registry, jurisdiction, institutions=()
) -> None:
    """The head of a unit of its own works in it, and the article mentions it; as the
    article names it, when it names it with no level ("el tesorero municipal … la
    Tesorería del Carmen")."""
    state_code = state_of(jurisdiction)
    for candidate in found:
        unit = candidate.own_unit
        if unit is None or candidate.institution is not None:
            continue
        if unit.place:
            place = lx.municipality(unit.place)
            jur = f"{state_code}/{place}" if state_code else ""
        elif unit.state:
            place, jur = lx.state_name(unit.state), unit.state
        elif (unit.level == "municipal" or unit.of_town) and council is not None:
            place = council_town(council)
            jur = council.jurisdiction
            if "/" not in jur and state_code:  # a council registered with no town
                jur = f"{state_code}/{place}"
        elif unit.level in ("estatal", "general") and state_code:
            place, jur = lx.state_name(state_code), state_code
        else:
            continue
        if not place:
            continue
        words = [unit.noun]
        if unit.level_in_name and unit.level:
            words.append(unit.level.capitalize())
        # "directora de Ecología de Uruapan": the town closes the area once, not twice
        area = unit.area
        town_suffix = f" de {fold_word(place)}"
        if fold_word(area).endswith(town_suffix) and len(area) > len(town_suffix):
            area = area[: -len(town_suffix)]
        if area:
            words.append(f"de {area}")
        words.append(f"del Estado de {place}" if unit.of_state else f"de {place}")
        name = " ".join(words)
        key = normalize_alias(name)
        # The press also names it by its area and place: "Protección Civil de Guerrero".
        short = (f"{area} {words[-1]}",) if area else ()
        inst_id = lookup_institution(registry, key, jur, jurisdiction)
        written = _unit_as_named(unit, place, institutions)
        if inst_id is not None:
            rec = registry.institutions[inst_id]
            ref = InstitutionRef(rec.name, rec.id, key, rec.jurisdiction, rec.acronym, short)
        elif written is not None:
            ref = _ref(written)
        else:
            ref = InstitutionRef(name, None, key, jur, "", short)
        candidate.institution = ref
        candidate.institution_named = unit.mentioned or written is not None


def _unit_as_named(unit: UnitTitle, place: str, institutions) -> InstOcc | None:
    """The unit as the article names it without its level: "la Tesorería del Carmen",
    "la Dirección de Protección Civil de Carmen" for a title's "… municipal …"."""
    area = f" de {unit.area}" if unit.area else ""
    keys = {
        normalize_alias(f"{unit.noun}{area} {connector} {place}") for connector in ("de", "del")
    }
    named = {occ.key: occ for occ in institutions if occ.key in keys}
    return next(iter(named.values())) if len(named) == 1 else None


# Offices named alone ------------------------------------------------------------------

# What a title says after its words when it is the town's ("", "del Ayuntamiento").
_TOWN_RESTS = ("", " municipal", " del ayuntamiento", " del municipio", " del cabildo")
_CONNECTORS = (" de la ", " del ", " de ")


def _office_named_alone(found, institutions, doc, council, registry, jurisdiction) -> None:
    """An office its head's title names, written alone in the article ("El oficial mayor
    … la Oficialía Mayor revisará …", ``roles.TITLE_OFFICES``): the head works in it,
    the town's when the title names no body other than the council, else the body's
    ("el oficial mayor del Poder Judicial" -> Oficialía Mayor del Poder Judicial …)."""
    if not found:
        return  # no title to give the office to
    for title, office in TITLE_OFFICES:
        if office not in doc.text:
            continue  # the office's name, as written (a plain name), is what is searched
        alone = re.compile(rf"(?<![\w]){office}(?![\w])(?! (?:de|del) [A-ZÁÉÍÓÚÑ])")
        if alone.search(doc.text) is None:
            continue
        for candidate in found:
            role = fold(candidate.role)
            if candidate.past or not (role == title or role.startswith(title + " ")):
                continue
            rest, ref = candidate.role[len(title) :], candidate.institution
            town = ref if ref is not None and ref.key.startswith(lx.COUNCIL_PREFIXES) else None
            if fold(rest) in _TOWN_RESTS or town is not None:
                town = town or (council if ref is None else None)
                if town is None:
                    continue
                name, jur = f"{office} de {council_town(town)}", town.jurisdiction
            else:
                connector = next((c for c in _CONNECTORS if fold(rest).startswith(c)), "")
                body = _body_the_title_names(rest[len(connector) :], ref, institutions)
                if not connector or body is None:
                    continue
                name, jur = f"{office}{connector}{body.name}", body.jurisdiction
            key = normalize_alias(name)
            inst_id = lookup_institution(registry, key, jur, jurisdiction)
            if inst_id is not None:
                rec = registry.institutions[inst_id]
                ref = InstitutionRef(rec.name, rec.id, key, rec.jurisdiction, rec.acronym)
            else:
                ref = InstitutionRef(name, None, key, jur)
            candidate.institution = ref
            candidate.institution_named = True


def _body_the_title_names(written: str, ref, institutions: list[InstOcc]):
    """The body after a title ("Poder Judicial"): its own institution, or the one body
    the article names whose name starts so ("Poder Judicial del Estado de Yucatán")."""
    key = normalize_alias(written)
    if not key or key.startswith(lx.COUNCIL_PREFIXES):
        return None
    if ref is not None:
        return ref if ref.key.startswith(key) else None
    bodies = {occ.key: occ for occ in institutions if (occ.key + " ").startswith(key + " ")}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _town_titles(found, institutions: list[InstOcc], doc, council) -> None:
    """A title that is a town's post when written with no body (``roles.TOWN_TITLES``):
    "el oficial mayor, X", "el tesorero X" work for the article's council, when the
    article names no such office anywhere (then the office decides); "la tesorera de
    Juchitán de Zaragoza" for the council of the town the title names, when the article
    names that council."""
    councils = {o.key: o for o in institutions if o.key.startswith(lx.COUNCIL_PREFIXES)}
    for forms, office in TOWN_TITLES:
        titles = [fold(form) for form in forms.split("|")]
        for candidate in found:
            if candidate.institution is not None:
                continue
            role = fold(candidate.role)
            title = next((t for t in titles if role == t or role.startswith(t + " de ")), None)
            if title is None:
                continue
            place = candidate.role[len(title) + 4 :]
            if place:
                town = normalize_alias(place)
                occ = next((o for k, o in councils.items() if k.endswith(" " + town)), None)
                if occ is not None and place[:1].isupper():
                    candidate.institution = _ref(occ)
            elif not candidate.past and council is not None and office not in doc.text:
                candidate.institution = council


# Categories of titles that head a unit of a government ("la directora de Vialidad de
# Tecomán", "el excoordinador de Imagen Urbana de Armería").
_UNIT_HEAD_CATEGORIES = ("director", "coordinador", "titular", "jefe")
_AREA_IN_ROLE = re.compile(r" de [A-ZÁÉÍÓÚÑ]")


def _town_unit_heads(found, institutions: list[InstOcc]) -> None:
    """The head of a unit named with an area and a town and no body ("el director de
    Movilidad y Transporte de Zapopan") works for the town's council, when the article
    names that council (a town that is also its state's name could be the state's)."""
    councils = _councils_held(found, past=False)
    for occ in institutions:
        if occ.key.startswith(lx.COUNCIL_PREFIXES):
            councils.setdefault(occ.key, _ref(occ))
    if not councils:
        return
    towns = {normalize_alias(council_town(ref)): ref for ref in councils.values()}
    for candidate in found:
        if candidate.institution is not None or candidate.category not in _UNIT_HEAD_CATEGORIES:
            continue
        ref = _council_closing(candidate.role, towns)
        if ref is not None:
            candidate.institution = ref


def _council_closing(role: str, towns: dict) -> InstitutionRef | None:
    """The council of the town that closes a title after an area ("… de Imagen Urbana de
    Armería"), by the town's name or its first words ("de Soledad")."""
    for joint in re.finditer(r" de (?=[A-ZÁÉÍÓÚÑ])", role):
        place = role[joint.end() :]
        if fold(place) in lx.STATE_BY_NAME:
            return None
        if _AREA_IN_ROLE.search(role, 0, joint.start() + 1) is None:
            continue  # "la directora de Tecomán": no unit named
        town = normalize_alias(place)
        ref = towns.get(town) or next(
            (r for t, r in towns.items() if t.startswith((town + " de ", town + " del "))), None
        )
        if ref is not None:
            return ref
    return None
