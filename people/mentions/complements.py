"""What follows an office title: the institution, area and place of the post.

"delegado **del IMSS en Zacatecas**", "secretario **de Finanzas**", "presidenta
municipal **de Guadalupe**", "senadora **por Zacatecas**", "gobernador **del Banco
de México**". ``read_complement`` walks it left to right on the masked text
(institution names blanked out, their occurrences in ``inst_at``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from people.mentions import lexicon as lx
from people.mentions.gazetteer import InstOcc
from people.mentions.institutions import (
    LISTED_AREAS_BEFORE_LAST,
    lists_areas,
    named_after_person,
    opens_with_head,
    union_short_name,
)
from people.mentions.patterns import (
    ACRONYM,
    CAP,
    LO,
    NON_PUBLIC,
    NON_PUBLIC_HEADS,
    PAREN_ACRONYM,
    PRIVATE_UNIT_NOUNS,
    STATE_COMPANIES,
    UNION_SECTION,
    WORD,
    called_private,
    described_as_company,
    private_opening,
    public_opening,
)
from people.mentions.states import known_place
from people.mentions.text import fold_word

ADJECTIVE_RE = re.compile(
    r" (" + "|".join(sorted(lx.TITLE_ADJECTIVES, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)
COURT_ADJECTIVE_RE = re.compile(
    r" (" + "|".join(sorted(lx.COURT_ADJECTIVES, key=len, reverse=True)) + r")(?![\w])"
)
_CONNECTOR = re.compile(
    r" (de los|de las|de la|del|de|en el|en la|en|por el|por la|por|para el|para la|para) ",
    re.IGNORECASE,
)
# How a post is held, written after its area ("secretario de Turismo interino, X").
_TENURE_AFTER = re.compile(
    r" (?:" + "|".join(lx.TENURE_QUALIFIERS) + r")(?=,| \(| [—–]| [A-ZÁÉÍÓÚÑ])"
)
_PROGRAMME = re.compile(r"(?:programa|proyecto|organismo|órgano|sistema) ", re.IGNORECASE)
# A body's description in lower case ("del organismo"), never a programme's noun: a
# person's name right after it is the title's holder ("el exgerente del organismo Luis
# Pérez Gil recordó"), not the body's name ("del organismo Agua de Hermosillo").
_DESCRIPTION_NOUNS = frozenset({"organismo", "órgano", "sistema"})
_PERSON_AFTER = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w.]+(?: (?:de la |de los |del |de )?[A-ZÁÉÍÓÚÑ][\w]+){2,}"
)


def _holder_after_description(masked: str, noun: re.Match) -> bool:
    """A description in lower case ("organismo ") followed by a person's name: a known
    given name opening three capitalised words or more."""
    if noun.group().strip() not in _DESCRIPTION_NOUNS:
        return False
    name = _PERSON_AFTER.match(masked, noun.end())
    return bool(name) and fold_word(name.group().split()[0]) in lx.GIVEN_NAMES


_ANAPHORA = re.compile(
    r"(?:este|esta|dicho|dicha|ese|esa|su|la misma|el mismo) [A-Za-zÁÉÍÓÚÑáéíóúñ]+",
    re.IGNORECASE,
)
_REPUBLICA = re.compile(r"(?:la )?Rep[úu]blica(?![\w])", re.IGNORECASE)
_ESTADO = re.compile(r"(?:Estado|estado)(?![\w]| Mayor)")  # not "del Estado Mayor"
# A middle initial inside a place's name ("Gustavo A. Madero"), before its next word.
# An abbreviated rank before a person's name inside a facility's name ("Hospital Regional
# de Alta Especialidad Dr. Juan Graham Casasús", "Escuela Gral. Lázaro Cárdenas").
_INITIAL_WORD = (
    r"(?:[A-ZÁÉÍÓÚÑ]|Dr|Dra|Gral|Ing|Lic|Prof|Profr|Profra)\.(?= [A-ZÁÉÍÓÚÑ][a-záéíóúñ])"
)
_REGION_OF_BODY = re.compile(rf" en la (?:Región|Zona|Subregión)(?: {CAP}){{1,3}}")
_AREA = re.compile(
    rf"{CAP}(?: (?:(?:y de la|y del|y de|y la|y el|y|e|de|del|de la|de los|de las|"
    rf"para el|para la|para|al|a la|a los|a las|a|contra la|contra las|contra los|contra el|"
    rf"contra|en materia de) )?"
    rf"(?:{_INITIAL_WORD}|{CAP}))*"
)
# An area closed by its number: "la jefatura del Distrito de Riego 025, …" (not "la Sección
# 22 del SNTE": a number inside a longer name says nothing here); the number may carry the
# unit's own name ("del Distrito de Riego 010 Culiacán-Humaya, …").
_NUMBERED_AREA = re.compile(
    _AREA.pattern + rf"(?: \d{{1,4}}(?: {CAP}){{0,3}}(?=[,;)—–]|\.(?!\d)|$))?"
)
_LAST_AREA = re.compile(rf"{CAP}(?: {CAP})*")
_ACRONYM_RE = re.compile(ACRONYM + r"(?![\w])")
# A place right after a body's acronym, with no "de": "la CDH Puebla", "el SIMAS Torreón",
# "la CEDH Baja California," (a state, or one word that is no given name, then a stop).
_BARE_PLACE = re.compile(rf" ({CAP}(?: (?:de |del )?{CAP}){{0,2}})(?=[,;:.)—–]| y | e )")
# One word before a person's name, no stop between: "la API Manzanillo Juan Pérez".
_KNOWN_PLACE_BEFORE_NAME = re.compile(rf" ({CAP})(?= {CAP} {CAP})")
_PAREN_OPEN = re.compile(r" ?\(")
# A body's acronym with its place, after its name: "(ASIPONA Dos Bocas)", "(DIF Chiapas)".
_PAREN_ACRONYM_PLACE = re.compile(
    r" ?\((?P<acr>[A-ZÁÉÍÓÚÑ]{2,15})(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){1,3}\)"
)
# The rest of a parenthesis after an acronym: ")" or its place, " Dos Bocas)".
_PAREN_CLOSE = re.compile(r"(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){0,3}\)")
_LOWER_WORD = re.compile(rf"[{LO}]+")
_LEVEL_WORD = re.compile(r" (?:municipal|estatal|federal)(?![\w])")
_PLURAL_LEVEL = re.compile(r" (municipales|estatales|federales)(?![\w])")
# (a unit in lower case may name its matter: "de la oficina de control de explosivos de la …")
_FILLER = re.compile(
    rf"[{LO}]+(?: [{LO}]+)?(?: de [{LO}]{{3,}}(?: [{LO}]+)?){{0,2}}(?: {CAP})*"
    r"(?= (?:de la|del|de los|de las|de) )"
)
# "en la entidad", "en el estado": a place that closes the title like "en Zacatecas".
_DISTRICT = re.compile(
    rf"(?:distrito|estado|municipio|circunscripción)(?: (?:local|federal|electoral))?"
    rf"(?: (?:(?:número|no\.) )?(?:\d+|[IVXL]+))?(?: de (?-i:(?P<place>{CAP}(?: {CAP})*)))?",
    re.IGNORECASE,
)
# A body's head noun written alone with its capital ("de la Universidad", "del Instituto"):
# the body of that noun named before, as its description in lower case would be.
_CAPITALISED_DESCRIPTION = re.compile(
    r"(?:" + "|".join(lx.CAPITALISED_DESCRIPTIONS) + r")(?![\w]| (?:de |del |y )?[A-ZÁÉÍÓÚÑ])"
)
# A public body named by a description, or a unit of one, in lower case.
_DESCRIPTION = re.compile(
    r"(?:m[áa]xima casa de estudios|casa de estudios|"
    r"dependencia|instituci[oó]n|instituto|organismo de cuenca|organismo|paraestatal|"
    r"paramunicipal|petrolera|empresa el[ée]ctrica|"
    r"universidad|corporaci[oó]n|comuna|entidad|zona|regi[oó]n|secretar[ií]a|fiscal[ií]a|"
    r"comisi[oó]n|junta|delegaci[oó]n|direcci[oó]n|coordinaci[oó]n|tesorer[ií]a|"
    r"contralor[ií]a|sindicatura|oficina|unidad|subsecretar[ií]a|hospital|facultad|"
    r"jurisdicci[oó]n|escuela normal|cl[ií]nica|planta|refiner[ií]a|"
    r"capitan[ií]a|zona naval|base|normal|tribunal|preparatoria|aduana|juzgado|"
    r"defensor[ií]a|procuradur[ií]a|auditor[ií]a|agencia|"
    # descriptions whose noun is not the body's first word ("el penal" for the Cereso,
    # "el nosocomio" for a hospital): lexicon.DESCRIBED_BODIES says what they stand for
    r"penal|nosocomio|plantel|[áa]rea|divisi[óo]n|[óo]rgano|demarcaci[óo]n)"
    rf"(?: (?!(?:de|del|en|y|e|que|quien|a|al|para|por|con)(?![\w]))[{LO}]+){{0,2}}(?![\w])",
)
_GENERIC_PLACE = re.compile(
    r"(?i) en (?:la entidad|el estado|el país|el municipio|la región|la capital|la zona|"
    r"la frontera|la plaza|la ciudad|el puerto|"
    r"el (?:norte|sur|oriente|poniente|centro|noroeste|noreste|sureste|suroeste)|"
    r"la (?:costa|sierra|huasteca|montaña))(?![\w])"
)
_OF_THE_TOWN = re.compile(r"(?i) del (?:municipio|ayuntamiento|gobierno municipal)(?![\w])")
_TOWN_ARTICLES = {"de la": "La ", "de los": "Los ", "de las": "Las ", "del": "El "}
_PARENT_BETWEEN_COMMAS = re.compile(r", (?:de la|del) ")
_PAREN_ACRONYM_ONLY = re.compile(r" \([^()]{1,16}\)")  # its acronym, masked or not
_NAME_AFTER_COMMA = re.compile(r", [A-ZÁÉÍÓÚÑ][a-záéíóúñü]+ ")
_AND_BODY = re.compile(r" (?:y|e) (?:del |de la |de los |de las )")
_ORGANS = frozenset({"consejo", "comite", "junta", "comision", "sistema", "pleno"})
_FEDERAL_MARKERS = re.compile(r" (?:federal|del Gobierno federal|del gobierno federal)(?![\w])")


# The second character of every step of ``read_complement`` after a space: " en la
# Región", " (", " en la entidad", " del municipio", " federal", " y del", " de", " por",
# " para" (the case-insensitive ones in either case; none of these letters has another
# case-insensitive match in Python's ``re``). "" is the end of the text.
_STEP_SECOND = frozenset({"", "(", "d", "D", "e", "E", "f", "p", "P", "y"})


@dataclass
class Complement:
    end: int
    institution: InstOcc | None = None
    area: str = ""  # a capitalised non-institution phrase ("Finanzas", "Catastro")
    area_connector: str = "de"  # as written: "secretario del Agua y Medio Ambiente"
    place: str = ""  # "Zacatecas" in "en Zacatecas", or the municipality
    state: str = ""  # an ISO code named in the complement
    republic: bool = False
    estado: bool = False  # "del Estado"
    acronym: str = ""
    generic: bool = False  # "de la escuela": not a public post
    anaphoric: bool = False  # "de este Instituto"
    description: str = ""  # the noun of an anaphoric body ("dependencia", "instituto")
    non_public: bool = False
    federal: bool = False
    adjectives: tuple[str, ...] = ()
    written_end: int = 0  # where the role as written ends, when another name of its body follows


def read_complement(doc, masked, pos, inst_at, category, municipal) -> Complement:
    comp = Complement(end=pos)
    while True:
        parent = _PARENT_BETWEEN_COMMAS.match(masked, comp.end) if comp.institution else None
        occ = inst_at.get(parent.end()) if parent else None
        if occ is not None:
            # "la administradora de la Aduana de X, de la Agencia Nacional de Aduanas
            # (ANAM), Ana Ruiz": the unit's parent between commas, then the holder
            after = _PAREN_ACRONYM_ONLY.match(masked, occ.end)
            end = after.end() if after else occ.end
            if _NAME_AFTER_COMMA.match(masked, end):
                comp.written_end = comp.written_end or comp.end
                comp.end = end
                continue
        # Every step below opens with a space or a parenthesis, and the parenthesis
        # steps (`` ?\(``) need one in the next two characters: most positions fail
        # them all, so look before trying a dozen patterns.
        ahead = masked[comp.end : comp.end + 2]
        if ahead[:1] != " " and ahead[:1] != "(":
            break
        second = ahead[1:]
        if ahead[:1] == " " and second not in _STEP_SECOND:
            other = inst_at.get(comp.end + 1) if comp.institution is not None else None
            if other is not None and other.key == comp.institution.key:
                # "del Sistema … (STC) Metro": another name of the body, not of the role
                comp.written_end = comp.written_end or comp.end
                comp.end = other.end
                continue
            break  # " Juan", " que": no step opens so
        in_paren = "(" in ahead
        named = comp.institution or comp.area or comp.place or comp.state
        region = _REGION_OF_BODY.match(masked, comp.end) if named else None
        if region:
            # "de Pemex Exploración y Producción en la Región Marina Suroeste": the body's
            # region, part of the post (never a person's name); so after an area or a
            # place ("la subsecretaria de Salud de Durango en la Región Laguna, X")
            comp.end = region.end()
            continue
        opening = _PAREN_OPEN.match(masked, comp.end) if in_paren else None
        if opening and opening.end() in inst_at:
            occ = inst_at[opening.end()]
            # "(IMSS)" after the name, "(ASIPONA Dos Bocas)" with its place
            closing = _PAREN_CLOSE.match(masked, occ.end)
            if closing:
                comp.institution = comp.institution or occ
                comp.end = closing.end()
                continue
        paren = PAREN_ACRONYM.match(masked, comp.end) if in_paren else None
        if paren is None and comp.institution is not None and in_paren:
            paren = _PAREN_ACRONYM_PLACE.match(masked, comp.end)  # "(ASIPONA Dos Bocas)"
        if paren:
            if fold_word(paren.group("acr")) in lx.PARTIES:
                comp.end = paren.end()  # "(Morena)": a party, not an institution
                continue
            if fold_word(paren.group("acr")) in NON_PUBLIC or fold_word(
                paren.group("acr")
            ) in private_short_names(doc.text):
                comp.non_public = True  # "(Coparmex)": a private body
                comp.end = paren.end()
                return comp
            if comp.institution is not None or comp.area:
                comp.acronym = comp.acronym or paren.group("acr")
                comp.end = paren.end()
                continue
            break
        # (each pattern below is tried only where its second character is)
        generic_place = _GENERIC_PLACE.match(masked, comp.end) if second in "eE" else None
        of_the_town = (
            _OF_THE_TOWN.match(masked, comp.end) if not generic_place and second in "dD" else None
        )
        if of_the_town and "municipal" not in comp.adjectives:
            comp.adjectives += ("municipal",)
        generic_place = generic_place or of_the_town
        if generic_place:
            # "la síndica procuradora del municipio", "el oficial mayor del municipio", "los
            # titulares de Servicios Públicos y de Ecología del municipio": the article's
            # council
            comp.end = generic_place.end()
            continue
        federal = _FEDERAL_MARKERS.match(masked, comp.end) if second in "fd" else None
        if federal:
            comp.federal = True
            comp.end = federal.end()
            continue
        both = (
            _AND_BODY.match(masked, comp.end)
            if comp.institution is not None and second in "ye"
            else None
        )
        if both:
            # "del Tribunal Superior de Justicia y del Consejo de la Judicatura": one post
            # in two bodies (or organs); the first is the post's.
            other = inst_at.get(both.end())
            organ = None if other else _AREA.match(masked, both.end())
            if other is not None or (organ and fold_word(organ.group()).split()[0] in _ORGANS):
                comp.end = other.end if other is not None else organ.end()
                continue
        conn = _CONNECTOR.match(masked, comp.end)
        if not conn:
            # An institution right after the title: "el delegado IMSS" is rare; a known one
            # after an adjective ("coordinador estatal IMSS-Bienestar") is not.
            break
        connector = conn.group(1).lower()
        q = conn.end()
        if connector.startswith(("de", "para")):
            programme = _PROGRAMME.match(masked, q)
            if (
                programme
                and (
                    masked[programme.end() : programme.end() + 1].isupper()
                    or programme.end() in inst_at  # a body found there, masked
                )
                and not _holder_after_description(masked, programme)
            ):
                # "del organismo Agua de Hermosillo", "del programa IMSS-Bienestar" (but
                # "del organismo público descentralizado": a description)
                q = programme.end()
            occ = inst_at.get(q)
            if occ is not None:
                if is_private(occ.name) or called_private(doc.text, occ.surface or occ.name):
                    # "presidenta del Colegio de Contadores", "director de X" where the
                    # text said "la empresa X"
                    comp.non_public = True
                    comp.end = occ.end
                    return comp
                if comp.institution is None:
                    comp.institution = occ
                comp.end = occ.end
                level = _LEVEL_WORD.match(masked, comp.end)
                if level:  # "la Secretaría de Seguridad Pública municipal"
                    comp.end = level.end()
                elif occ.surface.isupper():  # "la CDH Puebla": its acronym, then its place
                    _bare_place(masked, comp)
                continue
            rep = _REPUBLICA.match(masked, q)
            if rep and connector in ("de la", "de"):
                comp.republic = True
                comp.end = rep.end()
                continue
            est = _ESTADO.match(masked, q)
            if est and connector == "del":
                comp.estado = True
                comp.end = est.end()
                continue
            ana = _ANAPHORA.match(masked, q)
            if ana and connector in ("de", "del"):
                comp.anaphoric = True
                comp.description = fold_word(ana.group()).split()[-1]
                comp.end = ana.end()
                continue
            acr = _ACRONYM_RE.match(masked, q)
            if acr:
                word = acr.group()
                if (
                    fold_word(word) in lx.PARTIES
                    or fold_word(word) in NON_PUBLIC
                    or union_short_name(fold_word(word))
                    or fold_word(word) in private_short_names(doc.text)
                ):
                    # "de Morena", "de la FIFA", "de la Canacintra": a party or a private body
                    comp.non_public = True
                    comp.end = acr.end()
                    return comp
                comp.acronym = comp.acronym or word
                comp.end = acr.end()
                _bare_place(masked, comp)
                continue
            alone = _CAPITALISED_DESCRIPTION.match(masked, q)
            if alone and connector in ("del", "de la") and comp.institution is None:
                # "el secretario general de la Universidad, X": the university named
                # before, as "de la universidad" (no "Secretaría de la Universidad")
                if not comp.area:
                    comp.anaphoric = True
                    comp.description = _description_noun(fold_word(alone.group()))
                comp.end = alone.end()
                continue
            area = _NUMBERED_AREA.match(masked, q)
            if area:
                area_end = area.end() if municipal else _listed_end(masked, area)
                end, text, state, non_public = _split_area(masked, q, area_end)
                # "la empresa Agua de …" earlier in the text (masked there as a body)
                if (
                    non_public
                    or called_private(doc.text, masked[q:end].strip(" ,"))
                    or unit_of_a_company(doc.text, masked[q:end].strip(" ,"))
                ):
                    comp.non_public = True
                    comp.end = end
                    return comp
                article = conn.group(1).split()[-1]
                if text and not municipal and article in ("La", "Las", "Los"):
                    text = f"{article} {text}"  # "capitán de puerto de La Paz": the town's name
                if text:
                    commission, town = _commission_then_town(text) if municipal else ("", "")
                    if municipal and lx.commission_areas(text) and not comp.area:
                        # "la regidora de Salud": her commission; "las regidoras de Turismo
                        # y de Ecología": one each
                        comp.area = text
                        comp.area_connector = connector
                    elif commission and not comp.area:
                        # "la regidora de Educación de Mérida": her commission, her town's
                        comp.area, comp.area_connector = commission, connector
                        comp.place = comp.place or town
                    elif municipal or (
                        comp.institution is None and not comp.area and _is_place(text)
                    ):
                        # "alcaldesa de La Paz", "presidente municipal de El Marqués"
                        article = _TOWN_ARTICLES.get(connector, "") if municipal else ""
                        comp.place = comp.place or f"{article}{text}"
                    elif comp.institution is None and not comp.area:
                        comp.area = text
                        comp.area_connector = connector
                    else:
                        comp.place = comp.place or text
                if state:
                    comp.state = comp.state or state
                comp.end = end
                adj = ADJECTIVE_RE.match(masked, comp.end)
                if adj and fold_word(adj.group(1)) in (
                    "municipal",
                    "estatal",
                    "federal",
                    "general",
                ):
                    comp.adjectives += (fold_word(adj.group(1)),)
                    comp.end = adj.end()
                tenure = _TENURE_AFTER.match(masked, comp.end)
                if tenure:  # "el secretario de Seguridad Pública interino, X": how it is held
                    comp.end = tenure.end()
                plural = _PLURAL_LEVEL.match(masked, comp.end)
                if plural:  # "los titulares de Salud y de Obras Públicas municipales"
                    comp.adjectives += (plural.group(1)[:-2],)
                    comp.end = plural.end()
                continue
            filler = _FILLER.match(masked, q)
            if filler and comp.institution is None and not comp.area:
                after = _CONNECTOR.match(masked, filler.end())
                target = after.end() if after else -1
                if _private_filler(masked, fold_word(filler.group()).split(), target, inst_at):
                    # "de la sección sindical de la Secretaría de Salud", "de la planta de
                    # Nemak": a union's or a company's unit
                    comp.non_public = True
                    comp.end = filler.end()
                    return comp
                if after and (
                    target in inst_at
                    or _ACRONYM_RE.match(masked, target)
                    or _body_description(masked, target)
                ):
                    # "superintendente de zona de la CFE": the unit, then the institution;
                    # "el subdirector de operación del organismo": then the body's
                    # description
                    comp.end = filler.end()
                    continue
            description = _DESCRIPTION.match(masked, q)
            if (
                description
                and comp.institution is None
                and (not comp.area or connector in ("del", "de la"))
            ):
                # "titular de la dependencia", "comandante de la zona militar"; after an
                # area, its body: "la gerente de Protección Ambiental de la petrolera"
                comp.anaphoric = True
                comp.description = _description_noun(fold_word(description.group()))
                comp.end = description.end()
                continue
            lower = _LOWER_WORD.match(masked, q)
            if lower and comp.institution is None and not comp.area:
                comp.generic = True
            break
        if connector in ("por el", "por la"):
            # "diputado local por el distrito de Jerez", "senadora por el estado de Sonora"
            district = _DISTRICT.match(masked, q)
            if district:
                end = district.end()
                if district.group("place"):
                    # "… por el distrito de Minatitlán Ana Ruiz Gil solicitó": the place
                    # ends where a person's name starts
                    end, place, _state, _private = _split_area(masked, district.start("place"), end)
                    comp.place = comp.place or place
                comp.end = end
                continue
            break
        if connector in ("en el", "en la") and q in inst_at and comp.institution is None:
            # "diputada local por Tultepec en la Legislatura mexiquense": (her district,)
            # then the body she sits in
            occ = inst_at[q]
            if is_private(occ.name):
                comp.non_public = True
                comp.end = occ.end
                return comp
            comp.written_end = comp.written_end or comp.end  # the role: up to the body
            comp.institution = occ
            comp.end = occ.end
            continue
        if connector in ("en", "en el", "en la", "por"):
            est = _ESTADO.match(masked, q)
            if est and connector in ("en el",):
                comp.end = est.end()
                continue
            area = _AREA.match(masked, q)
            if area:
                end, text, state, non_public = _split_area(masked, q, area.end())
                if text:
                    comp.place = comp.place or text
                    code = lx.STATE_BY_NAME.get(fold_word(text))
                    if code:
                        comp.state = comp.state or code
                if state:
                    comp.state = comp.state or state
                comp.end = end
                continue
            break
        break
    return comp


# Descriptions that name where a body is, not which body ("de la zona", "de la región").
PLACE_DESCRIPTIONS = frozenset({"zona", "region", "base", "planta"})


def _body_description(masked: str, pos: int) -> bool:
    """Does a description of a body ("del organismo", "de la petrolera") start at
    ``pos``?"""
    match = _DESCRIPTION.match(masked, pos)
    return bool(match) and _description_noun(fold_word(match.group())) not in PLACE_DESCRIPTIONS


# A description the possessive after it refers to, in the same clause: "Por el organismo
# operador habló su director general, X"; "la dependencia, su titular".
_DESCRIBED_THEN_POSSESSIVE = re.compile(
    rf"(?<![\w])(?:el|la) (?P<described>{_DESCRIPTION.pattern}),? (?:su|sus) $"
)


def description_before_possessive(masked: str, start: int) -> str:
    """The noun of the body described just before the "su" that opens a title at
    ``start`` ("organismo operador"), else ""."""
    match = _DESCRIBED_THEN_POSSESSIVE.search(masked, max(0, start - 64), start)
    if match is None:
        return ""
    noun = _description_noun(fold_word(match.group("described")))
    return "" if noun in PLACE_DESCRIPTIONS else noun


def _description_noun(folded: str) -> str:
    """The noun of the body a description stands for: "dependencia estatal" ->
    "dependencia", "maxima casa de estudios" -> "universidad"."""
    for phrase, noun in lx.DESCRIPTION_PHRASES.items():
        if folded.startswith(phrase):
            return noun
    return folded.split()[0]


def _listed_end(masked: str, area) -> int:
    """The end of a title's area, past more areas listed with commas and "y" ("de Medio
    Ambiente, Desarrollo Sustentable y Ordenamiento Territorial de Puebla")."""
    if not masked.startswith(",", area.end()) or fold_word(area.group()).startswith(
        lx.LEGISLATIVE_ORGANS
    ):
        return area.end()  # an organ ("Comisión de Educación, …") is read as an organ
    listed = LISTED_AREAS_BEFORE_LAST.match(masked, area.end())
    if listed is None or not lists_areas(listed.group()):
        return area.end()
    last = _AREA.match(masked, listed.end())
    return last.end() if last else area.end()


def _bare_place(masked: str, comp: Complement) -> None:
    """Read the place right after an acronym ("el SIMAS Torreón,") as "de Torreón"; a
    town the states' table knows also before a name ("la API Manzanillo Juan Pérez")."""
    bare = _BARE_PLACE.match(masked, comp.end)
    if bare is None:
        bare = _KNOWN_PLACE_BEFORE_NAME.match(masked, comp.end)
        if bare is None or not known_place(bare.group(1)):
            return
    text = bare.group(1)
    code = lx.STATE_BY_NAME.get(fold_word(text))
    if code:
        comp.state = comp.state or code
    elif " " in text or fold_word(text) in lx.GIVEN_NAMES or fold_word(text) in lx.STOPWORDS:
        return  # "del IMSS Juan Pérez,": a name; towns of more words are read with "de"
    comp.place = comp.place or text
    comp.end = bare.end()


def _commission_then_town(text: str) -> tuple[str, str]:
    """ "Educación de Mérida" -> ("Educación", "Mérida"): a council's commission, then
    its town; ("", "") unless so."""
    area, sep, town = text.partition(" de ")
    if sep and town[:1].isupper() and lx.commission_areas(area):
        return area, town
    return "", ""


def _is_place(text: str) -> bool:
    return fold_word(text) in lx.STATE_BY_NAME or fold_word(text) == "mexico"


_NEXT_LISTED_PLACE = re.compile(r"(?:,| y| e) (?:de la|de los|de las|del|de) $")


_UNION_FILLER_WORDS = frozenset(("sindical", "sindicales", "sindicato", "sindicatos"))
# Lower-case words of a unit that make it a private group's: a union's, a private body's
# ("de una asociación de industriales del …"); "la oficina privada del gobernador" is
# public staff.
_PRIVATE_FILLER_WORDS = (_UNION_FILLER_WORDS | NON_PUBLIC) - {"privada", "privado"}
_OWNER_NAME = re.compile(rf"{CAP}(?: (?:de |del |y )?{CAP})*")


def _private_filler(masked, folded_words, target, inst_at) -> bool:
    """Do the lower-case words between a title and its body name a union's, a private
    group's or a company's unit: "la sección sindical de …", "una asociación de
    industriales del …", "la planta de Nemak" (but "la planta de la CFE", a
    public body's, and "la planta de Salamanca", a place's)?"""
    if set(folded_words) & _PRIVATE_FILLER_WORDS:
        return True  # "de una asociación de industriales del …": a private group
    if not folded_words or folded_words[0] not in PRIVATE_UNIT_NOUNS or target < 0:
        return False
    if target in inst_at:
        return False
    owner = _OWNER_NAME.match(masked, target)
    return owner is not None and not known_place(owner.group())


def _split_area(masked, start, end) -> tuple[int, str, str, bool]:
    """Cut a capitalised area phrase where a person's name or a state starts.

    Returns (end, area text, state code, non_public).
    """
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(masked, start, end)]
    caps = [w for w in words if w[2][0].isupper()]
    cut = end
    for i, (ws, we, word) in enumerate(caps):
        if (
            i > 0
            and fold_word(word) in lx.GIVEN_NAMES
            and i + 1 < len(caps)
            and fold_word(caps[i - 1][2]) not in _SAINTS  # "San Andrés Cholula"
            and fold_word(masked[start:we]) not in lx.TOWN_NAME_OPENINGS  # "Jesús María"
            and not named_after_person(masked[start:ws], masked, ws)
            # "de Tlacotalpan y de Carlos A. Carrillo": the next place of a list, named
            # after a person (a person is never introduced by "y de")
            and not _NEXT_LISTED_PLACE.search(masked, max(start, ws - 12), ws)
        ):
            cut = _strip_connector(masked, start, ws)  # a person's name starts here
            break
    text = whole = masked[start:cut].strip(" ,")
    state = ""
    folded = fold_word(text)
    code = lx.STATE_BY_NAME.get(folded)
    if code:
        return cut, text, code, False
    if folded in lx.TOWNS_ENDING_IN_STATES:
        return cut, text, "", False
    for sep in (" del estado de ", " de "):
        idx = folded.rfind(sep)
        if idx > 0:
            tail = folded[idx + len(sep) :]
            code = lx.STATE_BY_NAME.get(tail) or (
                "MX-MEX" if sep == " del estado de " and tail == "mexico" else None
            )
            if code:
                state = code
                text = text[:idx]
                break
    if not state:
        text, state = _branded_state(text)
    # the whole name may be private where its part is not ("Universidad Popular … del
    # Estado de Puebla")
    non_public = (
        is_private(text) or (text != whole and is_private(whole)) or _of_a_private_body(whole)
    )
    return cut, text, state, non_public


_OF_A_BODY = re.compile(r" (?:de la|de las|de los|del) ")


def _of_a_private_body(area: str) -> bool:
    """An area, then the private body it is a unit of, whose name only its opening says is
    private ("Socorros de la Cruz Roja Mexicana", "Urgencias del Sanatorio …")."""
    folded = fold_word(area)
    return any(private_opening(folded[joint.end() :]) for joint in _OF_A_BODY.finditer(folded))


_SAINTS = frozenset({"san", "santa", "santo"})


def _branded_state(text: str) -> tuple[str, str]:
    """An area branded with its state, no "de" between ("secretario de Salud Jalisco",
    "la titular de Educación Baja California"): the area, and the state it names."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size:
            code = lx.STATE_BY_NAME.get(fold_word(" ".join(words[-size:])))
            if code and fold_word(words[-size - 1]) not in lx.STOPWORDS:
                if fold_word(" ".join(words[-size - 1 :])) in lx.TOWNS_ENDING_IN_STATES:
                    break  # "Suchiate y Frontera Hidalgo": a town's own name
                return " ".join(words[:-size]), code
    return text, ""


def is_private(name: str) -> bool:
    """A private, union, party or civic body ("Colegio de Contadores", "Federación de
    Cooperativas Pesqueras"): the people who lead it hold no public office."""
    joined = fold_word(name).replace("-", " ")  # "Canaco-Servytur"
    for phrase in lx.PUBLIC_AREA_PHRASES:
        joined = joined.replace(phrase, " ")
    folded = joined.split()
    if not folded or public_opening(" ".join(folded)):
        return False
    return (
        bool(set(folded) & NON_PUBLIC)
        or folded[0] in NON_PUBLIC_HEADS
        or " ".join(folded) in lx.PARTIES
        or private_opening(" ".join(folded))
        or party_body(" ".join(folded))
        or _OF_UNION_SECTION.search(" ".join(folded)) is not None
        or any(union_short_name(word) for word in folded)
    )


# "… de la Sección 22 del SNTE": a union's numbered local inside a longer name.
_OF_UNION_SECTION = re.compile(r"(?:^| )de la " + UNION_SECTION.pattern)


_PARTY_TAIL = re.compile(
    r" (?:de|del|de la) (?:partido )?(?:"
    + "|".join(re.escape(fold_word(p)) for p in lx.PARTY_NAMES)
    + r")$"
)


def party_body(folded: str) -> bool:
    """Is a folded name a party's organ ("Consejo Estatal de Morena", "Comité Directivo
    Estatal del PAN")? Its officers hold no public office; a party's group in a chamber
    ("Grupo Parlamentario del PAN", ``lx.PARTY_GROUPS_IN_CHAMBERS``) is of deputies."""
    return _PARTY_TAIL.search(folded) is not None and not folded.startswith(
        lx.PARTY_GROUPS_IN_CHAMBERS
    )


# A body's short name in parentheses after its whole name, anywhere in a text.
_PAREN_SHORT_NAME = re.compile(r" \((?P<acr>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-záéíóúñ\-]{1,15})\)")
# Words that may join the capitalised words of one name.
_NAME_JOINERS = frozenset(
    {"de", "del", "la", "las", "los", "y", "e", "para", "el", "en", "al", "a", "sobre"}
)


_OPENING_ARTICLES = frozenset({"El", "La", "Los", "Las", "Del", "Al", "En"})


@lru_cache(maxsize=64)
def private_short_names(text: str) -> frozenset[str]:
    """The folded short names a text gives private bodies: "la Federación Estudiantil
    Universitaria (FEU)", "el Sindicato … Volkswagen (SITIAVW)". Wherever the text
    repeats one ("el presidente de la FEU"), that body is private too. The name is the
    whole run of capitalised words before the parentheses (a private word inside a
    public name, "Secretaría de Industria y Comercio", is no private body)."""
    found = set()
    for paren in _PAREN_SHORT_NAME.finditer(text):
        words = text[max(0, paren.start() - 200) : paren.start()].split(" ")
        run: list[str] = []
        for word in reversed(words):
            if (word[:1].isupper() and word.strip(".").replace("-", "").isalpha()) or (
                word in _NAME_JOINERS and run
            ):
                run.append(word)
            else:
                break
        while run and (not run[-1][:1].isupper() or run[-1] in _OPENING_ARTICLES):
            run.pop()  # joiners before the name's first word, "La" opening a sentence
        name = " ".join(reversed(run))
        if len(run) >= 2 and is_private(name) and _private_from_its_opening(name):
            found.add(fold_word(paren.group("acr")))
    return frozenset(found)


_BODY_AFTER_UNIT = re.compile(r" (?:de|del) (?=[A-ZÁÉÍÓÚÑ])")


def unit_of_a_company(text: str, area: str) -> bool:
    """Is an area a unit of a body the text calls a company ("director de Relaciones
    Laborales de Volkswagen de México" where "… Volkswagen de México …: la empresa
    ofrece")? The body is what follows the unit's first "de"; a place, a public head
    noun ("de la Secretaría …") or a state's company is none."""
    joint = _BODY_AFTER_UNIT.search(area)
    if joint is None or opens_with_head(area):
        return False  # "Comisión de Educación": a public body's own area
    body = area[joint.end() :]
    if (
        known_place(body)
        or opens_with_head(body)
        or fold_word(body) in lx.STATE_BY_NAME
        or fold_word(body).startswith(STATE_COMPANIES)
    ):
        return False
    return described_as_company(text, body)


def _private_from_its_opening(name: str) -> bool:
    """A name that opens with a public head noun is private only when a private word is
    among its first two ("Consejo Coordinador Empresarial"), not in its area ("Secretaría de
    Industria y Comercio")."""
    folded = fold_word(name).split()
    return (
        not opens_with_head(name)
        or bool(set(folded[:2]) & NON_PUBLIC)
        or private_opening(" ".join(folded))
    )


_RANK_BEFORE = re.compile(r" (?:Dr|Dra|Gral|Ing|Lic|Prof|Profr|Profra)\.$")


def _strip_connector(masked, start, name_start) -> int:
    cut = name_start
    piece = masked[start:cut].rstrip()
    rank = _RANK_BEFORE.search(piece)
    if rank:  # "secretario de Salud Dr. Juan Pérez": the rank is the person's
        piece = piece[: rank.start()]
    for conn in (" de los", " de las", " de la", " del", " de", " y", " e", " a", ","):
        if piece.endswith(conn):
            piece = piece[: -len(conn)]
            break
    return start + len(piece.rstrip())
