"""Institution names nobody registered: a head noun and its capitalised complement.

"la Secretaría de Salud de Zacatecas", "el Instituto Nacional Electoral (INE)",
"Gobierno del Estado de México": a capitalised head noun (Secretaría, Instituto,
Comisión, Ayuntamiento…) followed by capitalised words, with an acronym in
parentheses harvested as an alias. ``canonical_institution`` turns what is
written into a canonical name and a jurisdiction; ``lookup_institution`` finds
it in the registry.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from people.mentions import lexicon as lx
from people.mentions.gazetteer import InstOcc, in_scope, overlaps
from people.mentions.patterns import (
    ACRONYM,
    ACRONYM_QUALIFIERS,
    CAP,
    LO,
    NON_PUBLIC,
    PAREN_ACRONYM,
    PART,
    UNION_ACRONYM,
    UP,
    private_opening,
    public_opening,
    word_starting,
)
from people.mentions.registry import Registry
from people.mentions.states import (
    STATES,
    dateline_town,
    known_place,
    last_state_named,
    legislature_name,
    state_name,
    state_of,
    state_of_demonym,
)
from people.mentions.text import Document, fold_word, normalize_alias, one_word_before

# Offices of a national body in a state, named with their place after "en": "la Oficina
# de Representación del IMSS en Baja California", "la Junta Local del INE en Tabasco".
# Bodies of their own, in that state: the phrase keeps its place (a row per head).
# Subsidiaries of the state's companies, each a body named in full.
STATE_COMPANY_UNITS = (
    "Pemex Exploración y Producción",
    "Pemex Transformación Industrial",
    "Pemex Logística",
    "CFE Distribución",
    "CFE Transmisión",
    "CFE Generación",
    "CFE Suministrador de Servicios Básicos",
)
LOCAL_OFFICE_HEADS = (
    "Oficina de Representación",
    "Representación Estatal",
    "Representación",  # "la Representación del IMSS en Puebla"
    "Dirección Local",  # "la Dirección Local de la Conagua en Sonora"
    "Coordinación Estatal",  # "la Coordinación Estatal de la Guardia Nacional en Chiapas"
    "Gerencia Estatal",  # "la Gerencia Estatal de la Conafor en Durango"
    "Junta Local Ejecutiva",
    "Junta Local",
    # The IMSS's offices in a state: "la Jefatura de Servicios de Prestaciones Médicas
    # del IMSS en Durango"
    "Jefatura de Servicios",
    "Órgano de Operación Administrativa Desconcentrada",
)
_LOCAL_OFFICE = re.compile(r"(?:" + "|".join(LOCAL_OFFICE_HEADS) + r")\b")
LOCAL_OFFICE_KEYS = tuple(normalize_alias(h) + " " for h in LOCAL_OFFICE_HEADS)
# One office's two names: "la Junta Local del INE en Puebla" is its Junta Local Ejecutiva.
LOCAL_OFFICE_NAMES = {
    "Junta Local Ejecutiva": "Junta Local",
    "Junta Local": "Junta Local Ejecutiva",
}
_INNER_ACRONYM = re.compile(
    rf" (?P<of>del|de la|de los) (?P<parent>[^()]+?) \((?P<acr>[{UP}][{UP}{LO}\-]{{1,15}})\)(?= )"
)


def _inner_acronym(phrase: str) -> tuple[str, str]:
    """A local office named with its parent's acronym inside ("Oficina de Representación
    del Instituto Nacional de Migración (INM) en Chiapas"): the name without it, and the
    name with the acronym for the parent ("… del INM en Chiapas"), its other name."""
    match = _INNER_ACRONYM.search(phrase)
    if match is None:
        return phrase, ""
    bare = phrase[: match.start("parent") - 1] + f" {match.group('parent')}" + phrase[match.end() :]
    short = phrase[: match.start("parent")] + match.group("acr") + phrase[match.end() :]
    return bare, short


_OFFICE_PLACE = re.compile(rf" en {CAP}(?: {CAP}){{0,2}}(?![\w])(?! (?:de|del) {CAP})")
# A federal district court's seat, part of its name: "el Juzgado Cuarto de Distrito en el
# Estado de Querétaro", "… en Baja California".
_DISTRICT_SEAT = re.compile(
    r" en (?:el Estado de |la )?(?:"
    + "|".join(sorted((re.escape(s.name) for s in STATES), key=len, reverse=True))
    + r")(?![\w])"
)
_OFFICE_OF = re.compile(
    r"(?:" + "|".join(LOCAL_OFFICE_HEADS) + r") (?:del|de la|de los) (?P<parent>.+?)"
    r"(?: \([^()]+\))? en [A-ZÁÉÍÓÚÑ]"
)


# A national institute's hospital: "el Hospital Regional del ISSSTE de Puebla".
# A national body's centre in a state, named with its acronym ("Centro INAH Puebla").
_CENTRE_OF = re.compile(r"Centro (?P<parent>" + "|".join(lx.STATE_CENTRE_PARENTS) + r") ")
_HOSPITAL_OF = re.compile(
    r"(?:Hospital|Clínica|Centro Médico) [^,;]*?(?:del|de la) (?P<parent>[A-Z]{2,}[a-z]*)(?![\w])"
)


def office_parents(doc, registry, jurisdiction, occs: list[InstOcc]) -> list[InstOcc]:
    """The national bodies local offices and hospitals are named after ("la Dirección
    Local de la Comisión Nacional del Agua en Sonora": the Conagua too; "el Hospital
    Regional del ISSSTE": the ISSSTE), as mentions of their own, unless the article
    already lists them."""
    keys = {o.key for o in occs} | {normalize_alias(o.acronym) for o in occs if o.acronym}
    parents = []
    for occ in occs:
        match = _OFFICE_OF.match(doc.text, occ.start, occ.end) or _HOSPITAL_OF.match(
            doc.text, occ.start, occ.end
        )
        centre = (
            _CENTRE_OF.match(doc.text, occ.start, occ.end)
            if match is None and occ.name.startswith("Centro ")
            else None
        )
        if centre is not None:
            parent = _centre_parent(registry, centre)
            if parent.key not in keys:
                keys.add(parent.key)
                parents.append(parent)
            continue
        if match is None:
            parent = _short_parent_inside(doc, registry, occ, jurisdiction)
            if parent is not None and parent.key not in keys:
                keys.add(parent.key)
                parents.append(parent)
            continue
        start, end = match.span("parent")
        phrase = match.group("parent")
        head = _HEAD_RE.match(phrase)
        parent = _phrase_occurrence(
            doc, registry, jurisdiction, start, end, head.group() if head else phrase, phrase
        )
        # a national body, or one named by its acronym alone ("del IMSS", "de la Profepa")
        national = parent is not None and (parent.jurisdiction == lx.FEDERAL or " " not in phrase)
        if national and parent.key not in keys:
            keys.add(parent.key)
            parents.append(parent)
    return parents


# A unit or a facility named with its parent's short name at its end ("el Activo Integral
# Poza Rica-Altamira de Pemex", "la Refinería Miguel Hidalgo de Pemex", "el Instituto de
# Geofísica de la UNAM", "la Facultad de Química de la UAQ"): the parent is mentioned too, a
# federal body of ``SHORT_FEDERAL_ACRONYMS`` or a body of the article's state of
# ``STATE_SHORT_NAMES``, written as a word or in capitals.
_SHORT_PARENT_AT_END = re.compile(r" (?:del|de la|de) (?P<parent>[A-Z][^\W\d_]+)$")


def _short_parent_inside(doc, registry, occ: InstOcc, jurisdiction) -> InstOcc | None:
    match = _SHORT_PARENT_AT_END.search(doc.text, occ.start, occ.end)
    if match is None:
        return None
    written = match.group("parent")
    start, end = match.span("parent")
    federal = FEDERAL_CAPITALS.get(written, written)
    if federal in SHORT_FEDERAL_ACRONYMS:
        name = SHORT_FEDERAL_ACRONYMS[federal]
        key = normalize_alias(name)
        inst_id = lookup_institution(registry, key, lx.FEDERAL, lx.FEDERAL)
        if inst_id is None:
            inst_id = lookup_institution(registry, normalize_alias(federal), lx.FEDERAL, lx.FEDERAL)
        code = lx.FEDERAL
        jurisdiction = lx.FEDERAL
    else:
        code = state_of(jurisdiction)
        name = state_short_name(STATE_CAPITALS.get(written, written), code) if code else ""
        if not name:
            return None
        key = normalize_alias(name)
        inst_id = lookup_institution(registry, key, code, jurisdiction)
    if inst_id is not None:
        name = registry.institutions[inst_id].name
        key = normalize_alias(name)
    return InstOcc(start, end, name, key, inst_id, code, written, written, [], "phrase")


def _centre_parent(registry, centre) -> InstOcc:
    """The national body a state centre is named after, by its full name."""
    start, end = centre.span("parent")
    acronym = centre.group("parent")
    name = lx.STATE_CENTRE_PARENTS[acronym]
    key = normalize_alias(name)
    inst_id = lookup_institution(registry, key, lx.FEDERAL, lx.FEDERAL)
    if inst_id is None:
        inst_id = lookup_institution(registry, normalize_alias(acronym), lx.FEDERAL, lx.FEDERAL)
    if inst_id is not None:
        name = registry.institutions[inst_id].name
        key = normalize_alias(name)
    return InstOcc(start, end, name, key, inst_id, lx.FEDERAL, acronym, acronym, [], "phrase")


# A state government a unit's name closes: "Secretaría de Finanzas| del Gobierno del Estado
# de Oaxaca", "… del Gobierno de Michoacán".
_GOVERNMENT_OF = re.compile(
    r" del (?P<parent>Gobierno (?:del Estado de|de) [A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?: (?:de |del )?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)*)$"
)


def government_parents(doc, registry, jurisdiction, occs: list[InstOcc]) -> list[InstOcc]:
    """The state government a unit's name closes ("la Secretaría de Finanzas del Gobierno
    del Estado de Oaxaca": the Gobierno del Estado de Oaxaca too), as a mention of its own,
    when a registered name took the whole phrase and the article lists it nowhere else."""
    keys = {o.key for o in occs}
    parents = []
    for occ in occs:
        written = doc.text[occ.start : occ.end]
        match = _GOVERNMENT_OF.search(written)
        if match is None or _IN_SERVICE_OF.search(written, 0, match.start()):
            continue  # "… de los Trabajadores al Servicio del Gobierno del Estado de X"
        start, end = occ.start + match.start("parent"), occ.start + match.end("parent")
        parent = _phrase_occurrence(
            doc, registry, jurisdiction, start, end, "Gobierno", match.group("parent")
        )
        if parent is not None and parent.jurisdiction and parent.key not in keys:
            keys.add(parent.key)
            parents.append(parent)
    return parents


# A port's federal administration, named after its port, which may follow its acronym:
# "la Administración del Sistema Portuario Nacional (Asipona) Lázaro Cárdenas".
PORT_HEADS = (
    "Administración del Sistema Portuario Nacional",
    "Administración Portuaria Integral",
)
# The ports with a federal administration of their own, which the press names by its
# acronym and its port with no "de" ("la ASIPONA Manzanillo", "la API Veracruz": the
# APIs became ASIPONAs in 2022, one body under both names).
ADMINISTERED_PORTS = (
    "Ensenada",
    "Guaymas",
    "Topolobampo",
    "Mazatlán",
    "Puerto Vallarta",
    "Manzanillo",
    "Lázaro Cárdenas",
    "Salina Cruz",
    "Puerto Chiapas",
    "Altamira",
    "Tampico",
    "Tuxpan",
    "Veracruz",
    "Coatzacoalcos",
    "Dos Bocas",
    "Progreso",
    "Baja California Sur",
)
_PORT_BY_ACRONYM = re.compile(
    r"(?<![\w])(?:ASIPONA|Asipona|API) (?P<port>"
    + "|".join(sorted(map(re.escape, ADMINISTERED_PORTS), key=len, reverse=True))
    + r")(?![\w])"
)
_PORT_AFTER_ACRONYM = re.compile(
    rf" \((?P<acr>[{UP}][{UP}{LO}]{{1,12}})\) "
    rf"(?P<port>{CAP}(?: (?:de |del )?{CAP}){{0,3}})(?=[,;.)]| y )"
)

# Named public facilities and units, bodies of their own ("la Refinería Antonio Dovalí
# Jaime", "la Aduana de Lázaro Cárdenas", "el Sector Naval de Lázaro Cárdenas"): a
# person's name or a town in their name is part of it.
FACILITY_HEADS = (
    "Refinería",
    "Complejo Petroquímico",
    "Central Termoeléctrica",
    "Central Ciclo Combinado",
    "Aduana",
    "Sector Naval",
    "Zona Naval",  # "la Zona Naval de Lázaro Cárdenas" (numbered ones: ``_numbered_units``)
    "Guarnición Militar",  # "la Guarnición Militar de Ciudad Juárez"
    "Estación Migratoria",
    "Planta de Tratamiento",
    "Terminal de Almacenamiento y Despacho",  # Pemex's fuel depots: "la TAD Rosarito"
    "Capitanía de Puerto",  # the Navy's port authority: "la Capitanía de Puerto de Guaymas"
    # a state's teacher colleges, named after a place or a person ("la Escuela Normal
    # Rural Mactumactzá", "la Benemérita Escuela Normal Veracruzana …"): listed, like a
    # hospital, only when someone in the text holds a post in them
    *(SCHOOL_HEADS := ("Escuela Normal",)),
    # prisons ("el Centro Penitenciario Varonil de Torreón", "el Cereso de Apodaca"):
    # listed, like a hospital, only when someone in the text holds a post in them ("el
    # director del penal", ``lexicon.DESCRIBED_BODIES``); named alone they are a place
    *(
        PRISON_HEADS := (
            "Centro Penitenciario",
            "Centro de Reinserción Social",
            "Centro de Readaptación Social",
            "Centro Federal de Readaptación Social",
            "Penitenciaría",
            "Reclusorio",
        )
    ),
    # the IMSS's specialty hospitals and family clinics ("la Unidad Médica de Alta
    # Especialidad número 71", "la Unidad de Medicina Familiar 33"): hospitals too
    *(
        HOSPITAL_HEADS := (
            "Hospital",
            "Clínica",
            "Centro Médico",
            "Unidad Médica de Alta Especialidad",
            "Unidad de Medicina Familiar",
        )
    ),
)
# Facilities named after their place only, never after a person: a given name right after
# the place starts the name of a person ("el exadministrador de la Aduana de Manzanillo
# Héctor Ruiz Soto").
PLACE_NAMED_FACILITIES = frozenset(
    {
        "Aduana",
        "Sector Naval",
        "Zona Naval",
        "Guarnición Militar",
        "Estación Migratoria",
        "Capitanía de Puerto",
    }
)
# Words that say a hospital's kind, not which one it is ("el Hospital General").
_HOSPITAL_KINDS = frozenset({"Hospital", "General", "Regional", "Civil", "Comunitario", "Integral"})
# Public hospitals, named after a place, a number or a person ("el Hospital General de
# Tapachula", "el Hospital General de Zona No. 1", "el Hospital Civil Fray Antonio
# Alcalde"): their whole name, whatever words it holds.
_HOSPITAL_NAME = re.compile(
    rf"(?:{'|'.join(HOSPITAL_HEADS)})(?: (?:de la |de los |del |de |para el |para la )?"
    rf"(?:No\.|Núm\.|núm\.|número|{CAP}|[A-ZÁÉÍÓÚÑ]{{2,}}(?![\w])|\d{{1,3}}(?![\w])|"
    rf"[IVXL]{{1,5}}(?![\w])))+"
)

# A hospital's own name in quotes after its kind and number: ' "Vicente Guerrero"'.
_QUOTED_NAME = re.compile(rf' ["“«]{CAP}(?: (?:de la |de los |del |de )?{CAP}){{0,5}}["”»]')

# A hospital named after the national body that runs it ("… del ISSSTE", "… de Pemex"),
# then the town it serves after "en": "el Hospital Regional de Pemex en Minatitlán".
# A town's water utility named after its town ("Agua de Hermosillo, cuyo director …",
# "Aguas de Saltillo"), as the titles' ``lexicon.FACILITY_UNITS`` read it. Many such
# names are private concessionaires' ("la empresa Agua de Puebla para Todos"): like a
# hospital, listed only when someone in the text holds a post in it.
WATER_UTILITY_HEADS = ("Agua de", "Aguas de")
# Bodies listed only when someone in the text holds a post in them (``extraction``).
HELD_ONLY_HEADS = (
    *HOSPITAL_HEADS,
    *WATER_UTILITY_HEADS,
    *SCHOOL_HEADS,
    *PRISON_HEADS,
    *(f"{h} {s}" for h in lx.NAME_HONORIFICS for s in SCHOOL_HEADS),
    "Campus",  # a university's campus named alone is the place a story happens in
)
# A facility's own acronym, then its number: " (UMAE) número 71".
_ACRONYM_THEN_NUMBER = re.compile(
    PAREN_ACRONYM.pattern + r"(?P<number> (?:número|núm\.|No\.) \d{1,4})(?![\w])"
)
_OF_A_NATIONAL_BODY = re.compile(rf" (?:del|de la|de) (?:{ACRONYM}|Pemex)$")
_IN_TOWN = re.compile(rf" en ({CAP}(?: (?:de la |de los |del |de )?{CAP}){{0,3}})(?![\w])")

# Facilities the press names with a lower-case noun before their own name ("la refinería
# Miguel Hidalgo"): the same body as "la Refinería Miguel Hidalgo".
LOWER_FACILITY_HEADS = ("refinería",)
_LOWER_FACILITY = re.compile(rf"(?:{'|'.join(LOWER_FACILITY_HEADS)})(?= [A-ZÁÉÍÓÚÑ][a-záéíóúñ])")

# Units named after the body they belong to ("la Facultad de Medicina de la UADY"): a body
# of their own with a head of their own, named in full with their parent's name ("Facultad
# de Medicina de la Universidad Autónoma de Yucatán"); the parent is listed too.
# A court's chambers ("la Sala Especializada en Materia de Anticorrupción … del Tribunal de
# Justicia Administrativa del Estado de Sonora"), named after their court; "Sala" alone is
# also a room ("la Sala de Cabildo").
COURT_CHAMBERS = (
    "Sala Especializada",
    "Sala Superior",
    "Sala Regional",
    "Sala Penal",
    "Sala Civil",
    "Sala Familiar",
    "Sala Colegiada",
    "Sala Constitucional",
    "Sala Unitaria",
    "Sala Administrativa",
    "Sala Laboral",
)
CHAMBER_KEYS = tuple(normalize_alias(h) + " " for h in COURT_CHAMBERS)
# A university's campuses and its divisions of sciences ("el Campus Irapuato-Salamanca de la
# Universidad de Guanajuato", "la División de Ciencias Sociales" of the Universidad de
# Sonora, the UAM's, the UdeG's) are named after it like its faculties ("División" alone is
# also the CFE's).
UNIVERSITY_NAMED_UNITS = ("Facultad", "Campus", "División de Ciencias")
NAMED_AFTER_PARENT = (*UNIVERSITY_NAMED_UNITS, *COURT_CHAMBERS)
AFTER_PARENT_KEYS = tuple(normalize_alias(h) + " " for h in NAMED_AFTER_PARENT)
# Units of a body the press names in full with their parent after "de la"/"del" ("la
# Fiscalía Especializada en Delitos de Corrupción de la Procuraduría General de Justicia
# del Estado de Hidalgo", "la Dirección Local Aguascalientes de la Comisión Nacional del
# Agua"): named like ``NAMED_AFTER_PARENT`` when the parent follows them, a body of its own
# kind otherwise (unlike a faculty, the unit's own name tells its kind).
UNITS_NAMED_WITH_PARENT = (
    "Fiscalía Especializada",
    "Fiscalía Regional",
    "Vicefiscalía",
    "Auditoría Especial",
    "Dirección Local",
    "Oficina Operadora",
    "Activo Integral",
    "Instituto de Investigaciones",
    "Defensoría de los Derechos Universitarios",
)
_WITH_PARENT_KEYS = tuple(normalize_alias(h) + " " for h in UNITS_NAMED_WITH_PARENT)
_OF_PARENT = re.compile(r" (de la|del) ")
_OF_PARENT_OR_DE = re.compile(r" (de la|del|de) ")
# A parent written only as an acronym nobody registered ("de la UASLP"): the unit's name
# keeps it.
_UNKNOWN_PARENT_ACRONYM = re.compile(rf"[{UP}]{{3,10}}(?![\w])")


# The name of a person a university's unit is named after, between its area and its
# parent ("Facultad de Agrobiología Presidente Juárez de la Universidad …", quoted or not).
_UNIT_OWN_NAME = re.compile(
    r' ["“«]?(?P<name>(?:(?:Dr|Dra|Ing|Lic|Prof|Profr|Profra|Gral)\. |Presidente |General )?'
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){0,3})[\"”»]?(?=(?P<of> (?:de la|del) ))"
)


def name_units_after_parents(text: str, occs: list[InstOcc]) -> None:
    """Name each unit of ``NAMED_AFTER_PARENT`` with the body written right after it,
    in place: "Facultad de Derecho" + "de la UABJO" -> "Facultad de Derecho de la
    Universidad Autónoma Benito Juárez de Oaxaca", in its parent's jurisdiction, also
    known by its bare name and as written."""
    by_start = {o.start: o for o in occs}
    universities = [o for o in occs if _opens_with(o.key, "universidad ")]
    for unit in occs:
        bare = text[unit.start : unit.end]
        with_parent = (normalize_alias(bare) + " ").startswith(_WITH_PARENT_KEYS)
        if not ((normalize_alias(bare) + " ").startswith(AFTER_PARENT_KEYS) or with_parent) or (
            unit.id is not None and not bare_unit_name(bare, unit.name)
        ):
            continue  # not such a unit, or registered under what the text writes
        own = _UNIT_OWN_NAME.match(text, unit.end) if not with_parent else None
        if own and (
            by_start.get(own.end() + len(_OF_PARENT.match(text, own.end()).group()))
            or _UNKNOWN_PARENT_ACRONYM.match(text, own.end() + len(own.group("of")))
        ):
            # "la Facultad de Ingeniería Arturo Narro Siller de la Universidad …", "… "Dr.
            # Ignacio Chávez" de la UMSNH": the person it is named after is its name's
            bare = f"{bare} {own.group('name')}"
            unit.end = own.end()
        joint = (_OF_PARENT_OR_DE if with_parent else _OF_PARENT).match(text, unit.end)
        parent = by_start.get(joint.end()) if joint else None
        acronym = _UNKNOWN_PARENT_ACRONYM.match(text, joint.end()) if joint else None
        if parent is None and acronym:
            # "la Facultad de Medicina de la UASLP": named with its parent's acronym
            unit.name = f"{bare} {joint.group(1)} {acronym.group()}"
            unit.key, unit.id = normalize_alias(unit.name), None
            unit.aliases = [a for a in dict.fromkeys([*unit.aliases, bare]) if a != unit.name]
            continue
        if parent is None and with_parent:
            continue  # a unit of its own kind: no parent guessed
        if parent is None and universities:
            # "la directora de la Facultad de Ingeniería" in a story about one university;
            # about several, the one named last before it
            before = [u for u in universities if u.start < unit.start]
            if len({u.key for u in universities}) == 1:
                parent = universities[0]
            elif before:
                parent = max(before, key=lambda u: u.start)
            else:
                continue
            unit.name = f"{bare} de la {parent.name}"
            written = bare
        elif parent is None or parent.key.startswith(AFTER_PARENT_KEYS):
            continue
        else:
            unit.name = f"{bare} {joint.group(1)} {parent.name}"
            written = text[unit.start : parent.end]
        # Found by another university's unit's bare name ("Facultad de Ingeniería"): the
        # registry decides again by the full name.
        unit.key, unit.jurisdiction = normalize_alias(unit.name), parent.jurisdiction
        unit.id = None
        unit.aliases = [a for a in dict.fromkeys([*unit.aliases, bare, written]) if a != unit.name]


def bare_unit_name(alias: str, name: str) -> bool:
    """Is ``alias`` the bare name of a unit named after its parent ("Facultad de
    Medicina" of "Facultad de Medicina de la UADY")? Every university has one: such an
    alias links only in its own state's stories (``InstitutionAlias.auto_link``)."""
    key, full = normalize_alias(alias), normalize_alias(name)
    return (key + " ").startswith(AFTER_PARENT_KEYS) and full.startswith(key + " ")


_OF_AFTER_TITLE = re.compile(
    r"(?i)(?<![\w])(?:ex-?)?(?:"
    + "|".join(t[0] for t in lx.TITLES)
    + r")(?: [a-záéíóúñ]+)? de la $"
)
_NAME_AFTER_COMMA = re.compile(
    rf", (?:(?i:{'|'.join(re.escape(h) for h in lx.HONORIFICS)}) )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]"
)


def _facility_named(text: str, start: int, end: int) -> bool:
    """Are the capitalised words after a lower-case facility noun its name? After a
    title ("el gerente de la refinería …") only when the holder's name follows the
    comma: "… de la refinería Miguel Hidalgo, ingeniero X", not "el exdirector de la
    refinería Elías Carrasco Luna, hoy consultor" (the holder himself)."""
    if not _OF_AFTER_TITLE.search(text, max(0, start - 40), start):
        # named alone: a body only when a title refers to it later ("el superintendente
        # de la refinería"); else a place ("los campamentos de la refinería Olmeca")
        noun = text[start : text.index(" ", start)].lower()
        return bool(_title_of(noun).search(text, end))
    return bool(_NAME_AFTER_COMMA.match(text, end))


@lru_cache(maxsize=8)
def _title_of(noun: str) -> re.Pattern:
    titles = "|".join(t[0] for t in lx.TITLES)
    return re.compile(rf"(?i)(?<![\w])(?:{titles})(?: [a-záéíóúñ]+)? de la {noun}(?![\w])")


# Names that hold another body's head after "del" and are still one body, not an organ
# of that one ("el Tribunal Electoral del Poder Judicial de la Federación").
WHOLE_NAMES = (
    "Tribunal Electoral del Poder Judicial de la Federación",
    # the public-security system's executive body, national and in each state
    "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública",
    "Secretariado Ejecutivo del Sistema Estatal de Seguridad Pública",
    # the anticorruption system's executive body, national and in each state
    "Secretaría Ejecutiva del Sistema Nacional Anticorrupción",
    "Secretaría Ejecutiva del Sistema Estatal Anticorrupción",
    "Secretaría Ejecutiva del Sistema Local Anticorrupción",
)
_WHOLE_NAME = re.compile("|".join(re.escape(n) for n in WHOLE_NAMES) + r"(?![\w])")

# Bodies a secretary's title names as the area of a secretaría: "la secretaria de la
# Contraloría de Querétaro" heads the Secretaría de la Contraloría, not a Contraloría.
SECRETARIAT_AREAS = frozenset({"Contraloría"})
_SECRETARY_OF_THE = re.compile(r"(?i)(?<![\w])(?:ex-?)?secretari[oa] de la $")

_HEAD_LIST = tuple(
    sorted(
        (
            *lx.STRONG_HEADS,
            "Suprema Corte",
            "Secretariado Ejecutivo",  # "… del Sistema Estatal de Seguridad Pública"
            # Public upper-secondary systems ("Colegio" alone is mostly private: notaries,
            # professions; ``patterns.PUBLIC_OPENINGS``)
            "Colegio de Bachilleres",
            "Colegio Nacional de Educación Profesional Técnica",
            "Colegio de Educación Profesional Técnica",
            "Colegio de Estudios Científicos y Tecnológicos",
            # Mexico City's public bus network, whole ("Red" alone is civic)
            "Red de Transporte de Pasajeros",
            "Supremo Tribunal",  # "el Supremo Tribunal de Justicia del Estado" (Sinaloa, Jalisco)
            # A court of first instance ("el Juzgado Segundo de lo Familiar de Zapopan", "el
            # Juzgado Cívico Municipal"): its judge's body.
            "Juzgado",
            # A town's police ("la Comisaría General de Seguridad Pública de Zapopan") or a
            # town's sub-municipal seat ("la Comisaría de Pueblo Yaqui"): a body of its own
            "Comisaría",
            # Regional bodies of a federal one ("el Organismo de Cuenca Río Bravo de la
            # Conagua", "el Activo de Producción Cantarell de Pemex")
            *lx.UNIT_PARENTS,
            # The judiciary's administration since the 2024 reform, federal and in each state
            "Órgano de Administración Judicial",
            # the executive's legal office, federal and in each state ("la Consejería
            # Jurídica del Ejecutivo Federal"); "Consejería" alone is also a consulate's
            "Consejería Jurídica",
            "Poder Judicial",
            "Poder Legislativo",
            "Poder Ejecutivo",
            "Guardia Nacional",
            # A state's police named by a name of its own ("la Fuerza Civil" of Nuevo
            # León); "Fuerza" alone is also a party's or a group's name
            "Fuerza Civil",
            # The armed forces' schools ("la Heroica Escuela Naval Militar", "la Escuela
            # Médico Naval", "la Escuela Militar de Sargentos"): public bodies
            "Escuela Naval",
            "Escuela Médico Naval",
            "Escuela Militar",
            "Escuela Médico Militar",
            "Cámara de Diputados",
            "Cámara de Senadores",
            "Presidencia Municipal",
            "Alcaldía",
            "Cabildo",
            # a town governed by a council of its own ("el Concejo Municipal de …", an
            # indigenous town's "Concejo Mayor de Gobierno Comunal de Cherán")
            "Concejo Municipal",
            "Concejo Mayor",
            # A state's development promoter ("la Promotora para el Desarrollo Minero de
            # Coahuila"); "Promotora" alone is also any private firm
            "Promotora para el Desarrollo",
            "Promotora de Desarrollo",
            # A state's centres of public services named by what they do ("el Centro de
            # Justicia para las Mujeres", "el Centro de Conciliación Laboral del Estado");
            # "Centro" alone is also a neighbourhood or a private centre.
            "Centro de Justicia para las Mujeres",
            "Centro de Conciliación Laboral",
            "Centro Federal de Conciliación y Registro Laboral",
            "Órgano de Fiscalización",  # "el Órgano de Fiscalización Superior del Estado"
            "Órgano Superior de Fiscalización",
            "Entidad Superior de Fiscalización",  # "… del Estado de Querétaro"
            "Entidad de Fiscalización Superior",
            "Entidad de Auditoría Superior",  # "… del Estado de Durango"
            "Entidad Superior de Auditoría y Fiscalización",  # "… del Estado de Morelos"
            *STATE_COMPANY_UNITS,
            # A port's federal administration, named after its port.
            *PORT_HEADS,
            # A state's health district named by its town (Baja California: "la
            # Jurisdicción de Servicios de Salud Tijuana")
            "Jurisdicción de Servicios de Salud",
            # A state's or town's unit named with its level ("la Unidad Estatal de
            # Protección Civil", "la Unidad Municipal de Protección Civil"); "Unidad"
            # alone is also a housing estate or a sports ground.
            "Unidad Estatal",
            "Unidad Municipal",
            # A town's water utility named after its town ("Agua de Hermosillo, cuyo
            # director …", "Aguas de Saltillo"): the titles' ``lexicon.FACILITY_UNITS``
            *WATER_UTILITY_HEADS,
            # Units nested in a body: "la Dirección de Prestaciones Médicas del IMSS".
            "Dirección",
            "Subdirección",
            *NAMED_AFTER_PARENT,
            *UNITS_NAMED_WITH_PARENT,
            *LOCAL_OFFICE_HEADS,
            *FACILITY_HEADS,
        ),
        key=len,
        reverse=True,
    )
)
_HEAD_RE = re.compile(rf"(?<![\w])(?:{'|'.join(_HEAD_LIST)})(?![\w])")


def opens_with_head(text: str) -> bool:
    """Does ``text`` open with a public body's head noun ("Comisión de …")?"""
    return _HEAD_RE.match(text) is not None


# A person's middle initial inside a name ("Refinería Francisco I. Madero", "Alcaldía
# Gustavo A. Madero"): a capital and a dot, then a surname (not a sentence's first word).
# A middle initial, or a rank before a person's name inside a body's name ("Refinería
# Ing. Antonio Dovalí Jaime", "Hospital General Dr. Aurelio Valdivieso").
_MIDDLE_INITIAL = (
    r"(?:[A-ZÁÉÍÓÚÑ]|Dr|Dra|Gral|Ing|Lic|Prof|Profr|Profra)\.(?= [A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)"
    r"(?! (?:El|La|Los|Las|Lo|En|Un|Una|Por|Con|De|Del|Al|A|Y|Se|Su|Sus|Este|Esta|Ese|Esa)\b)"
)
# What follows "con" inside a body's name ("Instituto de Atención a las Personas con
# Discapacidad"); "con" otherwise ends a name ("la Fiscalía con la Guardia Nacional").
WITH_CON_IN_NAMES = ("Discapacidad",)
_PHRASE_STEP = re.compile(
    rf" (?:(y de la|y de los|y del|y de|y para la|y para el|y para|y la|y el|y los|y las|"
    rf"de los|de las|de la|de lo|del|de|y|e|para el|para la|para los|para las|para|"
    rf"a las|a los|a la|al|a|con(?= (?:{'|'.join(WITH_CON_IN_NAMES)})(?![\w]))|"
    rf"sobre los|sobre las|sobre la|sobre el|sobre|"
    rf"contra la|contra las|contra el|contra los|contra|en materia de|en) )?"
    rf"({_MIDDLE_INITIAL}|{CAP}|{ACRONYM}|[IVXL]{{1,6}}\b|\d{{1,3}}\b)"
)
# Council heads the press joins to their town by "de" ("el Ayuntamiento de Tepic"): a
# person's name right after one, with no "de", is no town's (a title ended with the head:
# "el secretario del Ayuntamiento Rafael Pérez Gil"), while an alcaldía takes its name bare
# ("la Alcaldía Gustavo A. Madero").
COUNCILS_NAMED_WITH_DE = frozenset({"Ayuntamiento", "Cabildo", "Presidencia Municipal"})
_CAPITALISED_RUN = re.compile(r"[\w.]+(?: (?:de la |de los |del |de )?[A-ZÁÉÍÓÚÑ][\w.]*)*")
_MUNICIPAL_HEADS = frozenset(
    {"Ayuntamiento", "Municipio", "Presidencia Municipal", "Alcaldía", "Cabildo"}
)
# Names complete in themselves: "la Cámara de Diputados", "el Senado".
_STANDALONE_OK = frozenset(
    {
        "Senado",
        "Guardia Nacional",
        "Fuerza Civil",
        "Cámara de Diputados",
        "Cámara de Senadores",
        "Legislatura",
        "Órgano de Administración Judicial",
        "Red de Transporte de Pasajeros",
        "Centro de Justicia para las Mujeres",  # the state's (its state's name is added)
        *STATE_COMPANY_UNITS,
    }
)
# A state's own bodies named by a bare noun and the article's state: "el Gobierno
# estatal", "la Legislatura", "el Congreso local". Folded form -> name pattern
# ("{legislature}": the state's row, ``states.legislature_name``).
STATE_BODY_FORMS = {
    "gobierno estatal": "Gobierno del Estado de {state}",
    "legislatura": "{legislature}",  # after its number ("LXIV")
    "legislatura local": "{legislature}",
    "legislatura estatal": "{legislature}",
    "congreso local": "{legislature}",
    "congreso estatal": "{legislature}",
}
# A state's legislature named with its state, or "del Estado" (folded, the state cut
# off): "Congreso de Tabasco", "H. Congreso del Estado", "Legislatura del Estado de
# México" are all the state's one legislature (``states.legislature_name``).
_LEGISLATURE_BASES = frozenset(
    {
        "congreso",
        "congreso del estado",
        "h. congreso del estado",
        "h. congreso",
        "legislatura",
        "legislatura del estado",
    }
)
# Heads that also name a body's internal organs ("la Junta de Gobierno del Banco de
# México", "la Comisión de Presupuesto" of a legislature): they count only with a
# qualifier that makes them an institution of their own.
_ORGAN_HEADS = frozenset(
    {
        "Comisión",
        "Consejo",
        "Comité",
        "Junta",
        "Sistema",
        "Coordinación",
        "Agencia",
        "Policía",
        "Organismo",
        "Servicio",
        "Servicios",
    }
)
# Organ heads named by one area alone ("la Comisión de Salud"): a legislature's or a
# council's commission, however the area would qualify another head ("Servicios de Salud").
_COMMISSION_HEADS = frozenset({"Comisión", "Comité"})
# Organ heads that a place after "de" makes a body: "la Policía de Morelia".
PLACE_QUALIFIED_HEADS = frozenset({"Policía"})
_QUALIFIERS = frozenset(
    fold_word(w)
    for w in lx.words(
        "Nacional Federal Estatal Municipal Intermunicipal Mexicano Mexicana Ejecutiva "
        "Preventiva Metropolitano Metropolitana"
    )
)
# State bodies the press names "local" as it names others "estatal": the search
# commissions of the general law ("la Comisión Local de Búsqueda"). Folded openings; the
# body is the article's state's, named with it.
STATE_LOCAL_OPENINGS = ("comision local de ",)
# "del Estado", "de Zacatecas", "de la República", "de la Ciudad de México", "de Salud".
_QUALIFYING_TAIL = re.compile(
    r" (?:del estado|de la republica|de la federacion|de la ciudad de mexico|de salud|"
    r"de agua potable|de administracion tributaria|de energia|de agua|"
    r"de transporte colectivo)(?: |$)"
)
# A head listed among a name's areas ("… de Comercio, Servicios y Turismo"): after a
# capitalised area and a comma, followed by "y" and the next area.
_LISTED_ITEM_BEFORE = re.compile(r" de [A-ZÁÉÍÓÚÑ][a-záéíóúñü]+, $")
_AND_NEXT = re.compile(r" (?:y|e) [A-ZÁÉÍÓÚÑ]")
# A state's body named "… en el Estado" with no state after it.
_IN_THE_STATE = re.compile(r" en el Estado(?![\w])(?! de [A-ZÁÉÍÓÚÑ])")
# Legal forms of a decentralised public body written after its name (a public
# decentralised institution or organism: "I.P.D.", "O.P.D.").
PUBLIC_LEGAL_FORMS = ("I.P.D.", "O.P.D.")
_PUBLIC_LEGAL_FORM = re.compile(
    r", (?:" + "|".join(re.escape(f) for f in PUBLIC_LEGAL_FORMS) + r")(?![\w])"
)
# Nouns of meetings that bodies hold, not bodies ("la Mesa de Coordinación Estatal …", "la
# Mesa para la Construcción de la Paz"): a head right after one is the meeting's name.
MEETING_NOUNS = ("Mesa", "Mesas")
_MEETING_BEFORE = re.compile(
    rf"(?<![\w])(?:{'|'.join(MEETING_NOUNS)}) (?:de|para)(?: la| el| los| las)? $"
)
_TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(t[0] for t in lx.TITLES) + r")(?: [a-záéíóúñ]+)? de $"
)


def find_institution_phrases(
    doc: Document, registry: Registry, jurisdiction: str, known: list[InstOcc]
) -> list[InstOcc]:
    """Institution names in the text the gazetteer did not already cover.

    A phrase that starts where a gazetteer hit starts and goes further wins,
    unless the extra words are only a place ("Secretaría de Finanzas de
    Zacatecas" stays the registered Secretaría de Finanzas).
    """
    text = doc.text
    known_starts = {occ.start: occ for occ in known}
    covered = _Coverage(known)
    found: list[InstOcc] = []
    bare_offices: list[int] = []  # local offices' heads with no name of their own after them
    taken_until = -1
    for start in _head_starts(doc):
        match = _HEAD_RE.match(text, start) or _LOWER_FACILITY.match(text, start)
        if match is None:
            continue  # "secretaría" in lower case, "secretaria" the office holder
        head = match.group()
        head = head[:1].upper() + head[1:]  # "la refinería Miguel Hidalgo"
        if (covered.inside(start) and start not in known_starts) or start < taken_until:
            continue
        before = _WORD_BEFORE.search(text, one_word_before(text, start, 30), start)
        if before and fold_word(before.group(1)) in lx.GIVEN_NAMES:
            continue  # "Guadalupe Cámara Zapata": a surname, not a body
        continuing = _NAME_GOES_ON.search(text, max(0, start - 40), start)
        if continuing and fold_word(continuing.group(1)) in lx.NAME_CONTINUING_WORDS:
            continue  # "Sindicato … de Trabajadores al Servicio del Estado": the union's name
        if _LISTED_ITEM_BEFORE.search(text, max(0, start - 24), start) and _AND_NEXT.match(
            text, match.end()
        ):
            # "la Cámara Nacional de Comercio, Servicios y Turismo de …": a word of a name
            # listing its areas, with no complement of its own; no body starts there
            continue
        if _MEETING_BEFORE.search(text, max(0, start - 24), start):
            # "la Mesa de Coordinación Estatal para la Construcción de la Paz": a meeting of
            # bodies, none of them; no word of its name starts one
            taken_until = _extend_phrase(text, match.end(), head, known_starts, covered)[0]
            continue
        if text[start - 4 : start].lower() == " de " and _TITLE_BEFORE.search(
            text, max(0, start - 40), start
        ):
            # "director de Servicios Públicos Municipales": an area in the title, no article.
            continue
        end, words = _extend_phrase(text, match.end(), head, known_starts, covered)
        own_acronym = None
        port = _PORT_AFTER_ACRONYM.match(text, end) if head in PORT_HEADS and not words else None
        if port:
            end, words = port.end(), 1
            inside = [k for k in known if start < k.start and k.end <= end]
            for k in inside:  # the acronym is the whole body's, inside its name here
                known.remove(k)
            if inside:
                covered = _Coverage(known)
        hospital = _HOSPITAL_NAME.match(text, start) if head in HOSPITAL_HEADS else None
        if hospital and hospital.end() > end:
            end, words = hospital.end(), words + 1
        quoted = _QUOTED_NAME.match(text, end) if head in HOSPITAL_HEADS else None
        if quoted:  # "el Hospital General Regional No. 1 "Vicente Guerrero"": its own name
            end, words = quoted.end(), words + 1
        numbered = _ACRONYM_THEN_NUMBER.match(text, end) if head in HOSPITAL_HEADS else None
        if numbered:
            # "la Unidad Médica de Alta Especialidad (UMAE) número 71 del IMSS": the unit's
            # own acronym, then its number
            own_acronym = (numbered.start(), numbered.start("number"), numbered.group("acr"))
            end, words = numbered.end(), words + 1
            inside = [k for k in known if numbered.start() < k.start < numbered.start("number")]
            for k in inside:  # the acronym is this unit's
                known.remove(k)
            if inside:
                covered = _Coverage(known)
        if head in HOSPITAL_HEADS and _OF_A_NATIONAL_BODY.search(text, start, end):
            # "el Hospital General del ISSSTE en Acapulco": a national institute has one
            # in many towns; its town names which
            town = _IN_TOWN.match(text, end)
            if town:
                end = town.end()
        if head in HOSPITAL_HEADS:
            end = _holder_after_place(text, start, end)
        if head == "Juzgado" and " de Distrito" in text[start:end]:
            seat = _DISTRICT_SEAT.match(text, end)
            if seat:
                # "el Juzgado Cuarto de Distrito en el Estado de Querétaro", also after its
                # matter ("… de Distrito de Amparo en Materia Penal en la Ciudad de México")
                end = seat.end()
        if head in LOCAL_OFFICE_HEADS:
            # "la Dirección Local de la Comisión Nacional del Agua en Sonora": one office,
            # when its place follows the body it belongs to
            office = _extend_phrase(text, match.end(), head, known_starts, covered, True)
            if " en " in text[end : office[0]]:
                end, words = office
            else:
                # "la Oficina de Representación del Instituto Nacional de Migración (INM) en
                # Chiapas": the parent's acronym between its name and the place
                paren = PAREN_ACRONYM.match(text, office[0])
                placed = _OFFICE_PLACE.match(text, paren.end()) if paren else None
                if placed and office[0] > end:
                    end, words = placed.end(), office[1] + 1
                elif paren and office[0] == end:
                    # "el Órgano de Operación Administrativa Desconcentrada (OOAD) del IMSS en
                    # Jalisco": the office's own acronym, then its parent and place
                    rest = _extend_phrase(text, paren.end(), head, known_starts, covered, True)
                    if " en " in text[paren.end() : rest[0]]:
                        own_acronym = (paren.start(), paren.end(), paren.group("acr"))
                        end, words = rest[0], rest[1] + words
                        inside = [k for k in known if paren.start() < k.start < paren.end()]
                        for k in inside:  # the acronym is this office's
                            known.remove(k)
                        if inside:
                            covered = _Coverage(known)
        whole = _WHOLE_NAME.match(text, start)
        if whole and whole.end() > end:
            end, words = whole.end(), words + 1  # a body named after another inside its name
        inner = [k for k in known if start < k.start <= end + 4]
        inner = [k for k in inner if _UNIT_OF_AREA.match(text, start, k.start)]
        if inner:
            # "la Dirección de Protección Civil de Benito Juárez": the unit, not also the
            # registered name of its area inside it
            end = max(end, *(k.end for k in inner))
            for k in inner:
                known.remove(k)
            covered = _Coverage(known)
        head_start = start
        honorific = _NAME_HONORIFIC.search(text, max(0, start - 12), start)
        if honorific and start not in known_starts:
            start = honorific.start()  # "la Benemérita Universidad Autónoma de Puebla"
        if text[start].islower() and not _facility_named(text, start, end):
            continue  # "el exdirector de la refinería Elías Carrasco Luna, hoy consultor"
        phrase = (
            text[start:head_start] + head + text[head_start + len(head) : end]
            if head in FACILITY_HEADS
            else text[start:end]
        )
        if head in SECRETARIAT_AREAS and _SECRETARY_OF_THE.search(text, max(0, start - 20), start):
            phrase = f"Secretaría de la {phrase}"  # "la secretaria de la Contraloría de X"
        if head in COURT_CHAMBERS and (
            not _OF_PARENT.match(text, end) or text.endswith(" de la ", 0, start)
        ):
            # a chamber is a body when the text names it acting ("La Sala Penal del
            # Tribunal … confirmó"); as what someone belongs to ("magistrado de la Sala
            # Penal del Tribunal …", "integrante de la Sala …") it is part of a title and
            # its holder the court's; with no court after it, it is no name
            continue
        if not words and head not in _STANDALONE_OK and head not in COURT_CHAMBERS:
            if head in LOCAL_OFFICE_HEADS:
                bare_offices.append(start)  # "la Oficina de Representación del instituto"
            continue
        if not words and head == "Legislatura" and not _NUMBERED.search(text, 0, start):
            continue  # "la LXIV Legislatura" is the state's; "la Legislatura" alone may not be
        # "la Comisión Ordinaria de Protección Civil de la LXIV| Legislatura": the
        # chamber's number closed the phrase
        numbered = _NUMBERED_TAIL.search(text, start, end)
        chamber_at = numbered.start() if numbered else end
        if head in _ORGAN_HEADS and (
            not _qualified(text, phrase, end)
            or _OF_A_CHAMBER.match(text, chamber_at)
            or _IN_A_NUMBERED_CHAMBER.search(text, start, end)
        ):
            taken_until = end  # an internal organ: none of its words starts a name
            continue
        if own_acronym:
            # the office's name without its acronym, which is its own
            phrase = text[start : own_acronym[0]] + text[own_acronym[1] : end]
        if quoted:  # its own name without the quotes: "… No. 1 Vicente Guerrero"
            phrase = phrase[: quoted.start() - start] + " " + quoted.group()[2:-1]
        phrase, by_acronym = _inner_acronym(phrase)
        if port:  # "… (Asipona) Lázaro Cárdenas": the port names which
            phrase = f"{head} {port.group('port')}"
            by_acronym = f"{port.group('acr')} {port.group('port')}"
        occ = _phrase_occurrence(doc, registry, jurisdiction, start, end, head, phrase)
        if occ is None:
            continue
        if by_acronym and by_acronym not in occ.aliases:
            occ.aliases.append(by_acronym)
        in_state = _IN_THE_STATE.match(text, end) if occ.jurisdiction.startswith("MX-") else None
        if in_state and occ.id is None:
            # "la Secretaría de Educación en el Estado": a state's body so named, "en el
            # Estado" and all, also with its state's name after it
            state = lx.state_name(occ.jurisdiction)
            for alias in (phrase + in_state.group(), f"{phrase}{in_state.group()} de {state}"):
                if state and alias not in occ.aliases:
                    occ.aliases.append(alias)
            end = in_state.end()
        legal = _PUBLIC_LEGAL_FORM.match(text, end)
        if legal and occ.id is None:
            # "Servicios de Agua y Drenaje de Monterrey, I.P.D.": a public body's legal
            # form closes its name as written; the name stays without it
            occ.aliases.append(phrase + legal.group())
            end = legal.end()
        if quoted and occ.id is None:  # and as written, quotes and all
            occ.aliases.append(text[start:end])
        if own_acronym and occ.id is None:
            occ.acronym = occ.acronym or own_acronym[2]
        if head in LOCAL_OFFICE_NAMES and _OFFICE_OF.match(occ.name):
            other = LOCAL_OFFICE_NAMES[head] + occ.name[len(head) :]
            if other not in occ.aliases:
                occ.aliases.append(other)
        gaz = known_starts.get(start)
        if gaz is not None:
            if end <= gaz.end:
                continue  # the registered name already covers it
            if occ.id == gaz.id or occ.key == gaz.key:
                gaz.end, gaz.surface = end, phrase  # "Secretaría de Salud de Zacatecas"
                gaz.aliases.extend(a for a in occ.aliases if a not in gaz.aliases)
                taken_until = end
                continue
            known.remove(gaz)
            covered = _Coverage(known)
        found.append(occ)
        taken_until = end
    found.extend(_numbered_units(doc, registry, jurisdiction, known + found))
    found.extend(_regional_units(doc, registry, known + found))
    found.extend(_state_centres(doc, registry, known, found))
    found.extend(_numbered_state_units(doc, registry, jurisdiction, known + found))
    found.extend(_level_acronyms(doc, registry, jurisdiction, known, found))
    found.extend(_lower_governments(doc, registry, jurisdiction, known + found))
    found.extend(_state_executives(doc, registry, jurisdiction, known + found))
    found.extend(_short_federal_names(doc, registry, known + found))
    found.extend(_state_short_names(doc, registry, jurisdiction, known + found))
    found.extend(_ports_by_acronym(doc, registry, jurisdiction, known + found))
    found.extend(_town_utilities_by_short_name(doc, registry, jurisdiction, known + found))
    found.extend(_popular_names(doc, registry, jurisdiction, known + found))
    found.extend(_listed_councils(doc, registry, jurisdiction, known + found))
    if bare_offices:
        found.extend(
            _offices_of_described_parents(doc, registry, jurisdiction, known + found, bare_offices)
        )
    found = _merge_short_names(found, known)
    _initials_acronyms(doc.text, found)
    _name_facilities_without_parents(found, known)
    return found


_OF_A_PARENT = re.compile(r" (?:del|de la|de los) ")
# A national body's units named with its short name at the end ("la Fiscalía Especializada
# en Materia de Delitos Electorales de la FGR"): also known without it, like a facility.
UNITS_KNOWN_WITHOUT_PARENT = ("Fiscalía Especializada", "Fiscalía Especial")
_FACILITY_KEYS = tuple(
    normalize_alias(h) + " "
    for h in (*FACILITY_HEADS, *lx.UNIT_PARENTS, *UNITS_KNOWN_WITHOUT_PARENT)
)


def _name_facilities_without_parents(found: list[InstOcc], known: list[InstOcc]) -> None:
    """A hospital written with the body it belongs to ("el Hospital General de Tula del
    IMSS-Bienestar") is also known by its own name, without the parent ("el Hospital
    General de Tula"), in place. The parent is an acronym or opens as a parent body
    (``lexicon.FACILITY_PARENT_OPENINGS``); "de Ciudad del Carmen" is a place."""
    for occ in found:
        if occ.id is not None:
            continue
        short = _SHORT_PARENT_AT_END.search(occ.surface)
        if (
            short is not None
            and short.group("parent") in SHORT_FEDERAL_ACRONYMS
            and occ.key.startswith(_FACILITY_KEYS)
        ):
            # "la Refinería Miguel Hidalgo de Pemex": also "la Refinería Miguel Hidalgo"
            bare = occ.surface[: short.start()]
            if len(bare.split()) > 1 and bare not in occ.aliases:
                occ.aliases.append(bare)
            continue
        if not occ.key.startswith(lx.HOSPITAL_OPENINGS):
            continue
        for joint in _OF_A_PARENT.finditer(occ.surface):
            tail = occ.surface[joint.end() :]
            if _UNKNOWN_PARENT_ACRONYM.match(tail) or fold_word(tail).startswith(
                lx.FACILITY_PARENT_OPENINGS
            ):
                bare = occ.surface[: joint.start()]
                if len(bare.split()) > 2 and bare not in occ.aliases:
                    occ.aliases.append(bare)  # "Hospital General" alone names no one
                break


# A national body's office in the state, its parent named by a description after the
# parent's own name ("el ISSSTE …; la Oficina de Representación del instituto"): the
# descriptions, folded, and the parent's opening they stand for.
DESCRIBED_PARENTS = {
    "instituto": "instituto ",
    "comision": "comision ",
    "procuraduria": "procuraduria ",
    "secretaria": "secretaria ",
}
_DESCRIBED_OFFICE = re.compile(
    "("
    + "|".join(LOCAL_OFFICE_HEADS)
    + r") (del|de la) ("
    + "|".join(("instituto", "comisión", "procuraduría", "secretaría"))
    + r")(?![\w])(?! (?:de|del) [A-ZÁÉÍÓÚÑ])"
)


_DESCRIBED_PARENT_WINDOW = 600  # characters: the sentences before the description
_BARE_ACRONYM = re.compile(rf"(?<![\w])[{UP}]{{3,10}}(?![\w])")


def _offices_of_described_parents(
    doc, registry, jurisdiction, taken, starts: list[int]
) -> list[InstOcc]:
    """ "la Oficina de Representación del instituto" after "el ISSSTE": the ISSSTE's office
    in the article's state (named as "… del ISSSTE en Durango" would be), the parent the
    nearest federal body before it whose name the description opens."""
    state = lx.state_name(jurisdiction) if jurisdiction.startswith("MX-") else ""
    found = []
    if not state:
        return found
    covered = _Coverage(taken)
    last = -1
    for start in starts:
        match = _DESCRIBED_OFFICE.match(doc.text, start) if start > last else None
        if match is None or covered.inside(match.start()):
            continue
        last = match.end()  # "Representación" inside "Oficina de Representación": one office
        opening = DESCRIBED_PARENTS[fold_word(match.group(3))]
        before = [
            o
            for o in taken
            if o.end <= match.start()
            and o.jurisdiction == lx.FEDERAL
            and fold_word(o.name).startswith(opening)
        ]
        # or an acronym the text used bare (a title's "del ISSSTE"), of the same initial
        initial = opening[0].upper()
        window = max(0, match.start() - _DESCRIBED_PARENT_WINDOW)
        bare = [
            m
            for m in _BARE_ACRONYM.finditer(doc.text, window, match.start())
            if m.group().startswith(initial) and fold_word(m.group()) not in lx.PARTIES
        ]
        nearest = max(before, key=lambda o: o.start, default=None)
        if bare and (nearest is None or bare[-1].start() > nearest.start):
            parent = bare[-1].group()
            if not covered.inside(bare[-1].start()):
                # the parent is a body the text names, by its acronym
                at = bare[-1]
                key = normalize_alias(parent)
                found.append(
                    InstOcc(
                        at.start(), at.end(), parent, key, None, "", parent, parent, [], "acronym"
                    )
                )
        elif nearest is not None and nearest.start >= window:
            parent = nearest.acronym or nearest.name
        else:
            continue
        phrase = f"{match.group(1)} {match.group(2)} {parent} en {state}"
        occ = _phrase_occurrence(
            doc, registry, jurisdiction, match.start(), match.end(), match.group(1), phrase
        )
        if occ is not None:
            occ.surface = match.group()
            found.append(occ)
    return found


# A state's government in lower case, after an article: "el gobierno estatal", "del
# gobierno del estado", "al gobierno de Veracruz" (not "la junta de gobierno", "los tres
# órdenes de gobierno", nor "el gobierno federal"), also opening a sentence ("El gobierno
# estatal dio por cerrada…"), there only with its level: "El gobierno de Chihuahua" opening
# a story may be the capital's, named as its state is.
_LOWER_GOVERNMENT_AT = re.compile(word_starting("el", "al", "del", "El") + " (gobierno) ")
_LOWER_GOVERNMENT = re.compile(
    r"gobierno (?:(estatal)|(del estado)(?! de [A-Z])|de ("
    + "|".join(sorted((re.escape(s.name) for s in STATES), key=len, reverse=True))
    + r"))(?![\w])"
)


def _lower_governments(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """The state's government named in lower case (``_LOWER_GOVERNMENT``)."""
    found = []
    if "gobierno " not in doc.text:
        return found
    covered = _Coverage(taken)
    for at in _LOWER_GOVERNMENT_AT.finditer(doc.text):
        match = _LOWER_GOVERNMENT.match(doc.text, at.start(1))
        if match is None or covered.inside(match.start()):
            continue
        if at.group().startswith("El") and match.group(3):
            continue  # "El gobierno de Chihuahua": the state's or its capital's
        if match.group(1):
            phrase = "Gobierno estatal"
        elif match.group(2):
            phrase = "Gobierno del Estado"
        else:
            phrase = f"Gobierno de {match.group(3)}"
        occ = _phrase_occurrence(
            doc, registry, jurisdiction, match.start(), match.end(), "Gobierno", phrase
        )
        if occ is not None and occ.jurisdiction:
            occ.surface = match.group()
            found.append(occ)
    return found


def first_words(cues) -> tuple[str, ...]:
    """The first word of each cue, once: what a text holding any cue holds too, and
    fewer to look for ("Zona Militar", "Zona Naval" -> "Zona"; each look reads the text)."""
    return tuple(dict.fromkeys(cue.split()[0] for cue in cues))


# Federal bodies the press names by a short name of their own, after an article: "la
# Marina" is the Secretaría de Marina, "el Ejército" the Secretaría de la Defensa Nacional
# (not "la Marina Suroeste", nor the given name in "la jueza Marina Ortiz").
# Federal bodies the press names by an acronym, written as a word ("la Profepa", "la
# Conagua") or in capitals ("el IMSS", "la SICT"), the article often never spelling it out:
# the acronym is the body's, and an alias of it. Only acronyms no state, no common word and
# no surname shares (not "SE", "SSP", "STPS", "Sectur": a state's body too).
SHORT_FEDERAL_ACRONYMS = {
    # secretariats
    "Semarnat": "Secretaría de Medio Ambiente y Recursos Naturales",
    "Sader": "Secretaría de Agricultura y Desarrollo Rural",
    "Sagarpa": "Secretaría de Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación",
    "Segob": "Secretaría de Gobernación",
    "Sedatu": "Secretaría de Desarrollo Agrario, Territorial y Urbano",
    "Sener": "Secretaría de Energía",
    "SEP": "Secretaría de Educación Pública",
    "SRE": "Secretaría de Relaciones Exteriores",
    "SHCP": "Secretaría de Hacienda y Crédito Público",
    "SICT": "Secretaría de Infraestructura, Comunicaciones y Transportes",
    "SCT": "Secretaría de Comunicaciones y Transportes",
    "SSPC": "Secretaría de Seguridad y Protección Ciudadana",
    # decentralised and deconcentrated bodies
    "Profepa": "Procuraduría Federal de Protección al Ambiente",
    "Profeco": "Procuraduría Federal del Consumidor",
    "Prodecon": "Procuraduría de la Defensa del Contribuyente",
    "Conagua": "Comisión Nacional del Agua",
    "Conafor": "Comisión Nacional Forestal",
    "Cofepris": "Comisión Federal para la Protección contra Riesgos Sanitarios",
    "Senasica": "Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria",
    "Conanp": "Comisión Nacional de Áreas Naturales Protegidas",
    "Conapesca": "Comisión Nacional de Acuacultura y Pesca",
    "Conabio": "Comisión Nacional para el Conocimiento y Uso de la Biodiversidad",
    "Conaza": "Comisión Nacional de las Zonas Áridas",
    "Conavi": "Comisión Nacional de Vivienda",
    "Conade": "Comisión Nacional de Cultura Física y Deporte",
    "Conafe": "Consejo Nacional de Fomento Educativo",
    "Conapo": "Consejo Nacional de Población",
    "Conapred": "Consejo Nacional para Prevenir la Discriminación",
    "Conavim": "Comisión Nacional para Prevenir y Erradicar la Violencia contra las Mujeres",
    "Coneval": "Consejo Nacional de Evaluación de la Política de Desarrollo Social",
    "Conacyt": "Consejo Nacional de Ciencia y Tecnología",
    "Conahcyt": "Consejo Nacional de Humanidades, Ciencias y Tecnologías",
    "Consar": "Comisión Nacional del Sistema de Ahorro para el Retiro",
    "Condusef": (
        "Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros"
    ),
    "CNBV": "Comisión Nacional Bancaria y de Valores",
    "Cenapred": "Centro Nacional de Prevención de Desastres",
    "Cenace": "Centro Nacional de Control de Energía",
    "Cenagas": "Centro Nacional de Control del Gas Natural",
    "Comar": "Comisión Mexicana de Ayuda a Refugiados",
    "SAT": "Servicio de Administración Tributaria",
    "ANAM": "Agencia Nacional de Aduanas de México",
    "ASEA": (
        "Agencia Nacional de Seguridad Industrial y de Protección al Medio Ambiente del "
        "Sector Hidrocarburos"
    ),
    "SMN": "Servicio Meteorológico Nacional",
    "IMSS": "Instituto Mexicano del Seguro Social",
    "IMSS-Bienestar": (
        "Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar"
    ),
    "IMSS Bienestar": (
        "Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar"
    ),
    "ISSSTE": "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado",
    "Issste": "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado",
    "Fovissste": (
        "Fondo de la Vivienda del Instituto de Seguridad y Servicios Sociales de los "
        "Trabajadores del Estado"
    ),
    "Issfam": "Instituto de Seguridad Social para las Fuerzas Armadas Mexicanas",
    "Infonavit": "Instituto del Fondo Nacional de la Vivienda para los Trabajadores",
    "Fonatur": "Fondo Nacional de Fomento al Turismo",
    "FIRA": "Fideicomisos Instituidos en Relación con la Agricultura",
    "INM": "Instituto Nacional de Migración",
    "INPI": "Instituto Nacional de los Pueblos Indígenas",
    "INAH": "Instituto Nacional de Antropología e Historia",
    "INBAL": "Instituto Nacional de Bellas Artes y Literatura",
    "Inmujeres": "Instituto Nacional de las Mujeres",
    "Inapam": "Instituto Nacional de las Personas Adultas Mayores",
    "Imjuve": "Instituto Mexicano de la Juventud",
    "Indep": "Instituto para Devolver al Pueblo lo Robado",
    "Indautor": "Instituto Nacional del Derecho de Autor",
    "Inifap": "Instituto Nacional de Investigaciones Forestales, Agrícolas y Pecuarias",
    "INECC": "Instituto Nacional de Ecología y Cambio Climático",
    "IMTA": "Instituto Mexicano de Tecnología del Agua",
    "IMPI": "Instituto Mexicano de la Propiedad Industrial",
    "SNDIF": "Sistema Nacional para el Desarrollo Integral de la Familia",
    # state-owned companies and development banks
    "Pemex": "Petróleos Mexicanos",
    "CFE": "Comisión Federal de Electricidad",
    "Banobras": "Banco Nacional de Obras y Servicios Públicos",
    "Bancomext": "Banco Nacional de Comercio Exterior",
    "Nafin": "Nacional Financiera",
    "Banxico": "Banco de México",
    "Capufe": "Caminos y Puentes Federales de Ingresos y Servicios Conexos",
    "Birmex": "Laboratorios de Biológicos y Reactivos de México",
    "Segalmex": "Seguridad Alimentaria Mexicana",
    # Segalmex and Diconsa merged in 2023 into a body named with no head noun
    "Alimentación para el Bienestar": "Alimentación para el Bienestar",
    # autonomous bodies, courts, prosecutors, auditors
    "INE": "Instituto Nacional Electoral",
    "Inegi": "Instituto Nacional de Estadística y Geografía",
    "INEGI": "Instituto Nacional de Estadística y Geografía",
    "CNDH": "Comisión Nacional de los Derechos Humanos",
    "INAI": (
        "Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos "
        "Personales"
    ),
    "IFT": "Instituto Federal de Telecomunicaciones",
    "Cofece": "Comisión Federal de Competencia Económica",
    "CRE": "Comisión Reguladora de Energía",
    "CNH": "Comisión Nacional de Hidrocarburos",
    "FGR": "Fiscalía General de la República",
    "PGR": "Procuraduría General de la República",
    "SCJN": "Suprema Corte de Justicia de la Nación",
    "TEPJF": "Tribunal Electoral del Poder Judicial de la Federación",
    "CJF": "Consejo de la Judicatura Federal",
    "TFJA": "Tribunal Federal de Justicia Administrativa",
    "ASF": "Auditoría Superior de la Federación",
    # national public universities (autonomous bodies of the State)
    "UNAM": "Universidad Nacional Autónoma de México",
    "IPN": "Instituto Politécnico Nacional",
    "UAM": "Universidad Autónoma Metropolitana",
    "UPN": "Universidad Pedagógica Nacional",
    "TecNM": "Tecnológico Nacional de México",
}
SHORT_FEDERAL_NAMES = {
    **SHORT_FEDERAL_ACRONYMS,
    "Marina": "Secretaría de Marina",
    "Armada de México": "Secretaría de Marina",
    "Semar": "Secretaría de Marina",
    "Ejército Mexicano": "Secretaría de la Defensa Nacional",
    "Ejército": "Secretaría de la Defensa Nacional",
    "Sedena": "Secretaría de la Defensa Nacional",
    "Defensa Nacional": "Secretaría de la Defensa Nacional",
    "Defensa": "Secretaría de la Defensa Nacional",  # its name since 2024: "la Defensa"
}
# State bodies the press names by a short name of their own, an acronym often written as a
# word ("la Sema", "el director de la UEPC", "los SSY"), that the article never spells out:
# the body of the article's state. Short name -> {state: the body's name}, one row per state
# that calls a body so (two states' "IQM" are two bodies); the state "" when every state
# that has the body calls it so, its name then with "{state}" where the state goes ("Unidad
# Estatal de Protección Civil de Colima"). Read only in an article of that state, after an
# article, and only when the text names no other body by it.
STATE_SHORT_NAMES = {
    # secretariats
    "Sema": {"MX-ROO": "Secretaría de Ecología y Medio Ambiente de Quintana Roo"},
    "Sedetur": {"MX-ROO": "Secretaría de Turismo de Quintana Roo"},
    "Sedrae": {"MX-AGU": "Secretaría de Desarrollo Rural y Agroempresarial de Aguascalientes"},
    "Semadet": {"MX-JAL": "Secretaría de Medio Ambiente y Desarrollo Territorial de Jalisco"},
    "SIOP": {"MX-JAL": "Secretaría de Infraestructura y Obra Pública de Jalisco"},
    "Sagarhpa": {
        "MX-SON": (
            "Secretaría de Agricultura, Ganadería, Recursos Hidráulicos, Pesca y Acuacultura "
            "de Sonora"
        )
    },
    "Sefiplan": {
        "MX-VER": "Secretaría de Finanzas y Planeación de Veracruz",
        "MX-ROO": "Secretaría de Finanzas y Planeación de Quintana Roo",
    },
    "SMyT": {
        "MX-TLA": "Secretaría de Movilidad y Transporte de Tlaxcala",
        "MX-MOR": "Secretaría de Movilidad y Transporte de Morelos",
    },
    "SSC": {"MX-CMX": "Secretaría de Seguridad Ciudadana de la Ciudad de México"},
    "Heroico Cuerpo de Bomberos": {"MX-CMX": "Heroico Cuerpo de Bomberos de la Ciudad de México"},
    "Seduvi": {"MX-CMX": "Secretaría de Desarrollo Urbano y Vivienda de la Ciudad de México"},
    "Sedema": {"MX-CMX": "Secretaría del Medio Ambiente de la Ciudad de México"},
    "Sobse": {"MX-CMX": "Secretaría de Obras y Servicios de la Ciudad de México"},
    "Semovi": {"MX-CMX": "Secretaría de Movilidad de la Ciudad de México"},
    "UEPC": {"": "Unidad Estatal de Protección Civil {state}"},
    # education
    "Segey": {"MX-YUC": "Secretaría de Educación del Gobierno del Estado de Yucatán"},
    "IEEPO": {"MX-OAX": "Instituto Estatal de Educación Pública de Oaxaca"},
    "SEV": {"MX-VER": "Secretaría de Educación de Veracruz"},
    "SEPyC": {"MX-SIN": "Secretaría de Educación Pública y Cultura de Sinaloa"},
    "SEJ": {"MX-JAL": "Secretaría de Educación Jalisco"},
    "Seduzac": {"MX-ZAC": "Secretaría de Educación de Zacatecas"},
    "USEBEQ": {"MX-QUE": "Unidad de Servicios para la Educación Básica en el Estado de Querétaro"},
    "SEG": {
        "MX-GUA": "Secretaría de Educación de Guanajuato",
        "MX-GRO": "Secretaría de Educación Guerrero",
    },
    "SEQ": {"MX-ROO": "Secretaría de Educación de Quintana Roo"},
    "SEE": {"MX-MIC": "Secretaría de Educación en el Estado de Michoacán"},
    "Sectei": {
        "MX-CMX": "Secretaría de Educación, Ciencia, Tecnología e Innovación de la Ciudad de México"
    },
    # health and social security
    "SSY": {"MX-YUC": "Servicios de Salud de Yucatán"},
    "SSO": {"MX-OAX": "Servicios de Salud de Oaxaca"},
    "Sesver": {"MX-VER": "Servicios de Salud de Veracruz"},
    "ISEM": {"MX-MEX": "Instituto de Salud del Estado de México"},
    "ISSEA": {"MX-AGU": "Instituto de Servicios de Salud del Estado de Aguascalientes"},
    "Coprisep": {
        "MX-PUE": "Comisión para la Protección contra Riesgos Sanitarios del Estado de Puebla"
    },
    "Isssteson": {
        "MX-SON": (
            "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado de Sonora"
        )
    },
    "Issstezac": {
        "MX-ZAC": (
            "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado de "
            "Zacatecas"
        )
    },
    "DIFEM": {"MX-MEX": "Sistema para el Desarrollo Integral de la Familia del Estado de México"},
    # water utilities
    "CEA": {
        "MX-JAL": "Comisión Estatal del Agua de Jalisco",
        "MX-BCN": "Comisión Estatal del Agua de Baja California",
        "MX-SON": "Comisión Estatal del Agua de Sonora",
        "MX-QUE": "Comisión Estatal de Aguas de Querétaro",
    },
    "CEAT": {"MX-TAM": "Comisión Estatal del Agua de Tamaulipas"},
    "CAEM": {"MX-MEX": "Comisión del Agua del Estado de México"},
    "CAEV": {"MX-VER": "Comisión del Agua del Estado de Veracruz"},
    "SIAPA": {"MX-JAL": "Sistema Intermunicipal de los Servicios de Agua Potable y Alcantarillado"},
    "SADM": {"MX-NLE": "Servicios de Agua y Drenaje de Monterrey"},
    "Sacmex": {"MX-CMX": "Sistema de Aguas de la Ciudad de México"},
    "JAPAC": {"MX-SIN": "Junta Municipal de Agua Potable y Alcantarillado de Culiacán"},
    "SAPAL": {"MX-GUA": "Sistema de Agua Potable y Alcantarillado de León"},
    "CESPT": {"MX-BCN": "Comisión Estatal de Servicios Públicos de Tijuana"},
    "CESPM": {"MX-BCN": "Comisión Estatal de Servicios Públicos de Mexicali"},
    "CAPAMA": {"MX-GRO": "Comisión de Agua Potable y Alcantarillado del Municipio de Acapulco"},
    "CAASIM": {"MX-HID": "Comisión de Agua y Alcantarillado de Sistemas Intermunicipales"},
    "JIAPAZ": {"MX-ZAC": "Junta Intermunicipal de Agua Potable y Alcantarillado de Zacatecas"},
    # human-rights commissions
    "Codhem": {"MX-MEX": "Comisión de Derechos Humanos del Estado de México"},
    "Codhey": {"MX-YUC": "Comisión de Derechos Humanos del Estado de Yucatán"},
    "CDHCM": {"MX-CMX": "Comisión de Derechos Humanos de la Ciudad de México"},
    "CEDHJ": {"MX-JAL": "Comisión Estatal de Derechos Humanos Jalisco"},
    "CEDHNL": {"MX-NLE": "Comisión Estatal de Derechos Humanos de Nuevo León"},
    "CEDHV": {"MX-VER": "Comisión Estatal de Derechos Humanos de Veracruz"},
    "CDHEZ": {"MX-ZAC": "Comisión de Derechos Humanos del Estado de Zacatecas"},
    "CDHEG": {"MX-GRO": "Comisión de los Derechos Humanos del Estado de Guerrero"},
    "PRODHEG": {"MX-GUA": "Procuraduría de los Derechos Humanos del Estado de Guanajuato"},
    "DDHPO": {"MX-OAX": "Defensoría de los Derechos Humanos del Pueblo de Oaxaca"},
    # electoral institutes
    "IEEM": {"MX-MEX": "Instituto Electoral del Estado de México"},
    "IECM": {"MX-CMX": "Instituto Electoral de la Ciudad de México"},
    "IEEPCO": {"MX-OAX": "Instituto Estatal Electoral y de Participación Ciudadana de Oaxaca"},
    "IEPAC": {"MX-YUC": "Instituto Electoral y de Participación Ciudadana de Yucatán"},
    "IEEQ": {"MX-QUE": "Instituto Electoral del Estado de Querétaro"},
    "IEEG": {"MX-GUA": "Instituto Electoral del Estado de Guanajuato"},
    "IEEZ": {"MX-ZAC": "Instituto Electoral del Estado de Zacatecas"},
    "IETAM": {"MX-TAM": "Instituto Electoral de Tamaulipas"},
    "IEPCT": {"MX-TAB": "Instituto Electoral y de Participación Ciudadana de Tabasco"},
    "IEM": {"MX-MIC": "Instituto Electoral de Michoacán"},
    "IEC": {"MX-COA": "Instituto Electoral de Coahuila"},
    "ITE": {"MX-TLA": "Instituto Tlaxcalteca de Elecciones"},
    "CEEPAC": {
        "MX-SLP": "Consejo Estatal Electoral y de Participación Ciudadana de San Luis Potosí"
    },
    # women's institutes
    "IQM": {
        "MX-QUE": "Instituto Queretano de las Mujeres",
        "MX-ROO": "Instituto Quintanarroense de la Mujer",
    },
    "Ichmujeres": {"MX-CHH": "Instituto Chihuahuense de las Mujeres"},
    "IHM": {"MX-HID": "Instituto Hidalguense de las Mujeres"},
    "Semujeres": {"MX-CMX": "Secretaría de las Mujeres de la Ciudad de México"},
    # round of linker-bh: secretariats, health-risk commissions, pension institutes and
    # water commissions of the north and the Pacific, named bare
    "SEPADA": {
        "MX-BCS": (
            "Secretaría de Pesca, Acuacultura y Desarrollo Agropecuario de Baja California Sur"
        )
    },
    "SSPE": {"MX-CHH": "Secretaría de Seguridad Pública del Estado de Chihuahua"},
    "COEPRIS": {
        "MX-BCS": (
            "Comisión para la Protección contra Riesgos Sanitarios del Estado de "
            "Baja California Sur"
        )
    },
    "Coepriss": {
        "MX-SIN": "Comisión Estatal para la Protección contra Riesgos Sanitarios de Sinaloa"
    },
    "Coprisjal": {
        "MX-JAL": "Comisión para la Protección contra Riesgos Sanitarios del Estado de Jalisco"
    },
    "ISSSTECALI": {
        "MX-BCN": (
            "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Gobierno y "
            "Municipios del Estado de Baja California"
        )
    },
    "Isssteleón": {
        "MX-NLE": (
            "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado de "
            "Nuevo León"
        )
    },
    "Ipejal": {"MX-JAL": "Instituto de Pensiones del Estado de Jalisco"},
    "CAED": {"MX-DUR": "Comisión del Agua del Estado de Durango"},
    # round of linker-bj: secretariats and commissions named bare
    "Segiagua": {"MX-CMX": "Secretaría de Gestión Integral del Agua de la Ciudad de México"},
    "SGIRPC": {
        "MX-CMX": (
            "Secretaría de Gestión Integral de Riesgos y Protección Civil de la Ciudad de México"
        )
    },
    "Sedesa": {"MX-CMX": "Secretaría de Salud de la Ciudad de México"},
    "Semarnath": {
        "MX-HID": "Secretaría de Medio Ambiente y Recursos Naturales del Estado de Hidalgo"
    },
    "Cofom": {"MX-MIC": "Comisión Forestal del Estado de Michoacán"},
    "SMAOT": {"MX-GUA": "Secretaría de Medio Ambiente y Ordenamiento Territorial de Guanajuato"},
    "SFIA": {"MX-GUA": "Secretaría de Finanzas, Inversión y Administración de Guanajuato"},
    "Japay": {"MX-YUC": "Junta de Agua Potable y Alcantarillado de Yucatán"},
    "OAPAS": {
        "MX-MEX": (
            "Organismo Público Descentralizado para la Prestación de los Servicios de Agua "
            "Potable, Alcantarillado y Saneamiento del Municipio de Naucalpan de Juárez"
        )
    },
    # public state universities (autonomous bodies of their state)
    "UANL": {"MX-NLE": "Universidad Autónoma de Nuevo León"},
    "UAEH": {"MX-HID": "Universidad Autónoma del Estado de Hidalgo"},
    "UAQ": {"MX-QUE": "Universidad Autónoma de Querétaro"},
    "UASLP": {"MX-SLP": "Universidad Autónoma de San Luis Potosí"},
    "UMSNH": {"MX-MIC": "Universidad Michoacana de San Nicolás de Hidalgo"},
    "UADY": {"MX-YUC": "Universidad Autónoma de Yucatán"},
    "Unison": {"MX-SON": "Universidad de Sonora"},
    "UAA": {"MX-AGU": "Universidad Autónoma de Aguascalientes"},
    "UATx": {"MX-TLA": "Universidad Autónoma de Tlaxcala"},
    "UAEMéx": {"MX-MEX": "Universidad Autónoma del Estado de México"},
    "UAEM": {
        "MX-MEX": "Universidad Autónoma del Estado de México",
        "MX-MOR": "Universidad Autónoma del Estado de Morelos",
    },
    "UdeG": {"MX-JAL": "Universidad de Guadalajara"},
    "BUAP": {"MX-PUE": "Benemérita Universidad Autónoma de Puebla"},
    "UAZ": {"MX-ZAC": "Universidad Autónoma de Zacatecas"},
    "UAS": {"MX-SIN": "Universidad Autónoma de Sinaloa"},
    "UABC": {"MX-BCN": "Universidad Autónoma de Baja California"},
    "UABCS": {"MX-BCS": "Universidad Autónoma de Baja California Sur"},
    "UACH": {"MX-CHH": "Universidad Autónoma de Chihuahua"},
    "UACJ": {"MX-CHH": "Universidad Autónoma de Ciudad Juárez"},
    "UAdeC": {"MX-COA": "Universidad Autónoma de Coahuila"},
    "UAT": {"MX-TAM": "Universidad Autónoma de Tamaulipas"},
    "UJAT": {"MX-TAB": "Universidad Juárez Autónoma de Tabasco"},
    "UNACH": {"MX-CHP": "Universidad Autónoma de Chiapas"},
    "UAGro": {"MX-GRO": "Universidad Autónoma de Guerrero"},
    "UABJO": {"MX-OAX": "Universidad Autónoma Benito Juárez de Oaxaca"},
    "UAN": {"MX-NAY": "Universidad Autónoma de Nayarit"},
    "UJED": {"MX-DUR": "Universidad Juárez del Estado de Durango"},
    "Uqroo": {"MX-ROO": "Universidad de Quintana Roo"},
    # auditors and other bodies
    "ProAm": {"MX-MIC": "Procuraduría de Protección al Ambiente de Michoacán"},
    "OSFEM": {"MX-MEX": "Órgano Superior de Fiscalización del Estado de México"},
    "ORFIS": {"MX-VER": "Órgano de Fiscalización Superior del Estado de Veracruz"},
}

# The public universities' short names, folded ("unam", "uaz", "buap" and "uap": a
# Benemérita's without its first word), from the tables above.
_UNIVERSITY_SHORT_NAMES = frozenset(
    short
    for written, name in (
        *SHORT_FEDERAL_ACRONYMS.items(),
        *((w, n) for w, by_state in STATE_SHORT_NAMES.items() for n in by_state.values()),
    )
    if fold_word(name).startswith(("universidad", "benemerita universidad"))
    for short in (
        (fold_word(written), fold_word(written)[1:])
        if fold_word(name).startswith("benemerita")
        else (fold_word(written),)
    )
)
# A public university's unions are named "S" (sindicato), a few letters of what the union
# is (personal académico, trabajadores, único, independiente, nacional…), then the
# university's short name: "SPAUAN", "STUNAM", "SUTUAZ", "SUNTUAP", "Sitbuap".
_UNIVERSITY_UNION = re.compile(
    r"s[tupaidenmc]{1,5}(?:"
    + "|".join(sorted(map(re.escape, _UNIVERSITY_SHORT_NAMES), key=len, reverse=True))
    + r")$"
)


def union_short_name(folded: str) -> bool:
    """Is a folded word a union's short name ("suteo", "spauan", "stunam"), no public body's?"""
    return bool(UNION_ACRONYM.match(folded) or _UNIVERSITY_UNION.match(folded))


def capitals_spellings(table) -> dict[str, str]:
    """An acronym a table writes as a word ("Conagua", "IMSS-Bienestar") in capitals too
    ("CONAGUA", "IMSS-BIENESTAR"), as the press often writes it: capitals -> the row.
    Never a spelling the table has as a row of its own ("ISSSTE")."""
    return {
        written.upper(): written
        for written in table
        if written != written.upper() and written.upper() not in table
    }


_CAPITALS_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}(?![\w])")
_SENTENCE_BOUND = re.compile(r"[.!?\n]")


def in_capitals_text(text: str, start: int, end: int, known) -> bool:
    """Is ``text[start:end]`` inside a sentence written in capitals ("LA CONAGUA ADVIERTE
    POR LLUVIAS", a headline or a caption)? There an acronym's capitals say nothing: the
    sentence's words in capitals, other than the acronyms ``known``, are at least as many as
    its words in ordinary case."""
    left = max(
        (m.end() for m in _SENTENCE_BOUND.finditer(text, max(0, start - 300), start)),
        default=max(0, start - 300),
    )
    right = _SENTENCE_BOUND.search(text, end)
    sentence = text[left:start] + " " + text[end : right.start() if right else end + 300]
    capitals = ordinary = 0
    for word in re.findall(r"[^\W\d_]{2,}", sentence):
        if word.isupper():
            capitals += word not in known
        else:
            ordinary += 1
    return capitals >= ordinary


FEDERAL_CAPITALS = capitals_spellings(SHORT_FEDERAL_ACRONYMS)
STATE_CAPITALS = capitals_spellings(STATE_SHORT_NAMES)
# Every acronym of the tables, in capitals: words that do not make a sentence one in capitals.
_KNOWN_CAPITALS = frozenset(
    w.upper() for w in (*SHORT_FEDERAL_NAMES, *STATE_SHORT_NAMES) if " " not in w
)
_STATE_SHORT = re.compile(
    word_starting("la", "el", "los", "del", "al", "La", "El", "Los")
    + " ("
    + "|".join(sorted([*STATE_SHORT_NAMES, *STATE_CAPITALS], key=len, reverse=True))
    + r")(?![\w])(?!-\w)(?! [A-ZÁÉÍÓÚÑ])"
)
_STATE_SHORT_GATE = (*STATE_SHORT_NAMES, *STATE_CAPITALS)


def state_short_name(written: str, code: str) -> str:
    """The body a state's short name (``STATE_SHORT_NAMES``) names in the state ``code``:
    its own row, else the row every state shares; "" when neither."""
    rows = STATE_SHORT_NAMES.get(written, {})
    name = rows.get(code) or rows.get("", "")
    return name.replace("{state}", _of_state(code)) if name else ""


def _state_short_names(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """State bodies named by their short names (``STATE_SHORT_NAMES``), in the article's
    state: "la Sema" of a Quintana Roo story is the Secretaría de Ecología y Medio Ambiente
    de Quintana Roo."""
    found = []
    code = state_of(jurisdiction)
    if not code or not any(word in doc.text for word in _STATE_SHORT_GATE):
        return found
    covered = _Coverage(taken)
    spelled = {o.acronym for o in taken} | {a for o in taken for a in o.aliases}
    for match in _STATE_SHORT.finditer(doc.text):
        start, end = match.span(1)
        written = match.group(1)
        if written in STATE_CAPITALS:  # "la SEGEY", never in a headline in capitals
            if in_capitals_text(doc.text, start, end, _KNOWN_CAPITALS):
                continue
            written = STATE_CAPITALS[written]
        name = state_short_name(written, code)
        if covered.inside(start) or not name or written in spelled:
            continue  # the article spells it out itself: "la Secretaría … (Sema)"
        key = normalize_alias(name)
        if key in registry.rejected_institutions:
            continue
        inst_id = lookup_institution(registry, key, code, jurisdiction)
        if inst_id is not None:
            name = registry.institutions[inst_id].name
            key = normalize_alias(name)
        aliases = [match.group(1)] if match.group(1) != written else []  # "SEGEY"
        occ = InstOcc(start, end, name, key, inst_id, code, written, written, aliases, "phrase")
        found.append(occ)
    return found


def _ports_by_acronym(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """A port's administration named by its acronym and port ("la ASIPONA Lázaro
    Cárdenas", "la API Manzanillo"): the Administración del Sistema Portuario Nacional
    of that port, known also as written."""
    found = []
    if "API " not in doc.text and "sipona " not in doc.text and "SIPONA " not in doc.text:
        return found
    covered = _Coverage(taken)
    for match in _PORT_BY_ACRONYM.finditer(doc.text):
        if covered.inside(match.start()):
            continue
        phrase = f"{PORT_HEADS[0]} {match.group('port')}"
        occ = _phrase_occurrence(
            doc, registry, jurisdiction, match.start(), match.end(), PORT_HEADS[0], phrase
        )
        if occ is None:
            continue
        occ.surface = match.group()
        if match.group() not in occ.aliases:
            occ.aliases.append(match.group())
        found.append(occ)
    return found


# Towns' water utilities a state's press names by the short name every town's utility of
# that state shares, then the town ("la Comapa Reynosa", "la Comapa de Altamira", "la JMAS
# Juárez"): short name -> (state, the utility's name before "de <town>").
TOWN_UTILITY_SHORT_NAMES = {
    "Comapa": ("MX-TAM", "Comisión Municipal de Agua Potable y Alcantarillado"),
    "JMAS": ("MX-CHH", "Junta Municipal de Agua y Saneamiento"),
}
_TOWN_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
_TOWN_UTILITY = re.compile(
    r"(?<![\w])(?P<short>"
    + "|".join(sorted({*TOWN_UTILITY_SHORT_NAMES, *(w.upper() for w in TOWN_UTILITY_SHORT_NAMES)}))
    + rf")(?: de| del)? (?P<town>{_TOWN_WORD}(?: (?:de |del |de la )?{_TOWN_WORD}){{0,3}})"
)


def _town_utilities_by_short_name(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """A town's water utility named by its state's shared short name and the town ("la
    Comapa Reynosa", ``TOWN_UTILITY_SHORT_NAMES``): that town's utility, known also as
    written. A person's name after the town ("la Comapa Reynosa José Ruiz") is no part of
    it; a compass word ("la Comapa Sur") is no town."""
    found = []
    code = state_of(jurisdiction)
    if not any(short in doc.text.upper() for short in map(str.upper, TOWN_UTILITY_SHORT_NAMES)):
        return found
    covered = _Coverage(taken)
    for match in _TOWN_UTILITY.finditer(doc.text):
        state, head = next(
            row
            for short, row in TOWN_UTILITY_SHORT_NAMES.items()
            if short.upper() == match.group("short").upper()
        )
        if code != state or covered.inside(match.start()):
            continue
        words = match.group("town").split(" ")
        for i, word in enumerate(words[1:], 1):
            if fold_word(word) in lx.GIVEN_NAMES:
                words = words[:i]
                break
        while words and words[-1] in ("de", "del", "la"):
            words.pop()
        town = " ".join(words)
        if not town or town in ACRONYM_QUALIFIERS:
            continue
        end = match.start("town") + len(town)
        occ = _phrase_occurrence(
            doc, registry, jurisdiction, match.start(), end, head, f"{head} de {town}"
        )
        if occ is None:
            continue
        occ.surface = doc.text[match.start() : end]
        if occ.surface not in occ.aliases:
            occ.aliases.append(occ.surface)
        found.append(occ)
    return found


def _of_state(code: str) -> str:
    """ "de Sonora", "del Estado de México", "de la Ciudad de México"."""
    state = state_name(code)
    if state.startswith("Estado "):
        return f"del {state}"
    if state.startswith("Ciudad "):
        return f"de la {state}"
    return f"de {state}"


# Short names that are also a common noun before a complement: "la Defensa de los
# derechos humanos" names no body.
_NOUN_NAMES = frozenset({"Defensa"})
# A short name after an article ("la Marina", "el Ejército"); an acronym written as a word
# anywhere, with no article too ("un crédito de Banobras", "Profepa clausuró"): no other
# word is spelled so.


_SHORT_FEDERAL = re.compile(
    "(?:"
    + word_starting("la", "el", "del", "al")
    + " ("
    + "|".join(sorted(SHORT_FEDERAL_NAMES, key=len, reverse=True))
    + r")|(?<![\w-])("
    + "|".join(sorted([*SHORT_FEDERAL_ACRONYMS, *FEDERAL_CAPITALS], key=len, reverse=True))
    + r"))(?![\w])(?!-\w)(?! [A-ZÁÉÍÓÚÑ])"
)


_SHORT_FEDERAL_GATE = first_words([*SHORT_FEDERAL_NAMES, *FEDERAL_CAPITALS])

# Federal bodies renamed, the press still using the old short name ("la Sagarpa" for what is
# now the Sader, "la PGR" for the FGR): in an article that names the body by its new name
# too, the old short name is that body. Former name -> present name.
RENAMED_FEDERAL_BODIES = {
    "Secretaría de Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación": (
        "Secretaría de Agricultura y Desarrollo Rural"
    ),
    "Secretaría de Comunicaciones y Transportes": (
        "Secretaría de Infraestructura, Comunicaciones y Transportes"
    ),
    "Procuraduría General de la República": "Fiscalía General de la República",
    "Consejo Nacional de Ciencia y Tecnología": (
        "Consejo Nacional de Humanidades, Ciencias y Tecnologías"
    ),
}
_PRESENT_NAMES = {
    old: (normalize_alias(new), next(a for a, n in SHORT_FEDERAL_ACRONYMS.items() if n == new))
    for old, new in RENAMED_FEDERAL_BODIES.items()
}


def _successor_named(name: str, occs: list[InstOcc]) -> InstOcc | None:
    """The body the article names by the present name of the renamed body ``name``
    (``RENAMED_FEDERAL_BODIES``), by its name or its acronym; None when it names none."""
    present = _PRESENT_NAMES.get(name)
    if present is None:
        return None
    key, acronym = present
    return next((o for o in occs if o.key == key or o.acronym == acronym), None)


def _short_federal_names(doc, registry, taken) -> list[InstOcc]:
    """Federal bodies named by their short names (``SHORT_FEDERAL_NAMES``)."""
    found = []
    if not any(word in doc.text for word in _SHORT_FEDERAL_GATE):
        return found  # every match is one of the names: most texts name none
    covered = _Coverage(taken)
    # the article's own short names: "la Secretaría de Educación de Puebla (SEP)" makes its
    # "la SEP" that body, not the federal one
    spelled = {a: o.key for o in taken for a in (o.acronym, *o.aliases) if a}
    for match in _SHORT_FEDERAL.finditer(doc.text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if covered.inside(start):
            continue
        written = match.group(group)
        if written in FEDERAL_CAPITALS:  # "la CONAGUA", never in a headline in capitals
            if in_capitals_text(doc.text, start, end, _KNOWN_CAPITALS):
                continue
            written = FEDERAL_CAPITALS[written]
        name = SHORT_FEDERAL_NAMES[written]
        if written in _NOUN_NAMES and doc.text.startswith((" de ", " del "), end):
            continue
        key = normalize_alias(name)
        if spelled.get(written, key) != key:
            continue
        inst_id = lookup_institution(registry, key, lx.FEDERAL, lx.FEDERAL)
        if inst_id is not None:
            name = registry.institutions[inst_id].name
            key = normalize_alias(name)
        # "Ejército Mexicano" is another name of it; never "Marina" alone as an alias: a
        # given name too ("la jueza Marina Ortiz")
        aliases = [written] if " " in written else []
        if match.group(group) != written:  # and as written: "CONAGUA"
            aliases.append(match.group(group))
        acronym = written if written in SHORT_FEDERAL_ACRONYMS else ""
        occ = InstOcc(
            start, end, name, key, inst_id, lx.FEDERAL, acronym, written, aliases, "phrase"
        )
        found.append(occ)
    for occ in found:  # "la Sader …; el exdelegado de la Sagarpa": one body
        successor = _successor_named(SHORT_FEDERAL_NAMES[occ.surface], [*taken, *found])
        if successor is not None:
            occ.name, occ.key, occ.id = successor.name, successor.key, successor.id
            occ.acronym, occ.aliases = "", [occ.surface]
    return found


# Local bodies the press names by a popular name of their own: "Metrorrey" is Nuevo León's
# Sistema de Transporte Colectivo Metrorrey, "el Metro" Mexico City's Sistema de Transporte
# Colectivo. A name several cities' bodies share ("Metro": Monterrey's and Guadalajara's
# too) is read only in an article that names the body in full. Popular name -> (the body's
# name, whether the article must name it in full).
POPULAR_NAMES = {
    "Metrorrey": ("Sistema de Transporte Colectivo Metrorrey", False),
    "Metro": ("Sistema de Transporte Colectivo", True),
}
_POPULAR_NAME = re.compile(
    r"(?<![\w])(" + "|".join(sorted(POPULAR_NAMES, key=len, reverse=True)) + r")(?![\w])"
)


def _popular_names(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """Local bodies named by their popular names (``POPULAR_NAMES``): the body the
    article names in full, else the registered one of that name (as a phrase is read)."""
    found = []
    if not any(name in doc.text for name in POPULAR_NAMES):
        return found
    covered = _Coverage(taken)
    in_text = {occ.key: occ for occ in taken}
    for match in _POPULAR_NAME.finditer(doc.text):
        start, end = match.span(1)
        written = match.group(1)
        name, in_full = POPULAR_NAMES[written]
        key = normalize_alias(name)
        full = in_text.get(key)
        if covered.inside(start) or (in_full and full is None):
            continue
        if full is not None:
            inst_id, name, jur = full.id, full.name, full.jurisdiction
        else:
            inst_id, jur = lookup_institution(registry, key, "", jurisdiction), ""
            if inst_id is not None:
                name = registry.institutions[inst_id].name
                key, jur = normalize_alias(name), registry.institutions[inst_id].jurisdiction
        occ = InstOcc(start, end, name, key, inst_id, jur, "", written, [written], "phrase")
        found.append(occ)
    return found


# The state's executive named by its power: "por el Ejecutivo estatal", "turnó la minuta
# al Ejecutivo del Estado". A bare "el Ejecutivo" is the branch of power, which most
# writers do not list ("los poderes Ejecutivo y Legislativo", "en representación del
# Ejecutivo"); "el Ejecutivo federal" and "Poder Ejecutivo" are other bodies.
_EXECUTIVE = re.compile(
    word_starting("el", "al", "del") + r" (Ejecutivo (?:estatal|del Estado))(?![\w])"
)


def _state_executives(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """The state's government named as "el Ejecutivo estatal" (``_EXECUTIVE``)."""
    found = []
    if "Ejecutivo" not in doc.text:
        return found
    covered = _Coverage(taken)
    for match in _EXECUTIVE.finditer(doc.text):
        start, end = match.span(1)
        if covered.inside(start):
            continue
        occ = _phrase_occurrence(
            doc, registry, jurisdiction, start, end, "Gobierno", "Gobierno del Estado"
        )
        if occ is not None and occ.jurisdiction:
            occ.surface = match.group(1)
            # its other name: "Poder Ejecutivo del Estado de Puebla"
            state = lx.state_name(occ.jurisdiction)
            of_state = state if state.startswith("Estado de ") else f"Estado de {state}"
            occ.aliases.append(f"Poder Ejecutivo del {of_state}")
            found.append(occ)
    return found


_TOWN = r"[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de la|de los|de las|del|de) [A-ZÁÉÍÓÚÑ][\w]+| [A-ZÁÉÍÓÚÑ][\w]+)*"
# Several councils after one plural noun: "los ayuntamientos de Tampico y Ciudad Madero",
# "los ayuntamientos de A, B, C y D".
_LISTED_COUNCILS = re.compile(
    rf"(?<![\w])[Aa]yuntamientos de ({_TOWN}(?:, {_TOWN})*(?: y | e ){_TOWN})(?![\w])"
)


def _listed_councils(doc, registry, jurisdiction, taken) -> list[InstOcc]:
    """Each council of ``_LISTED_COUNCILS``, a mention at its town's name; in a state
    whose councils are alcaldías, each of its towns (``lexicon.COUNCIL_TOWNS``) after
    "alcaldía"/"alcaldías" in lower case too."""
    found = []
    towns = lx.COUNCIL_TOWNS.get(state_of(jurisdiction), ())
    if towns and "lcald" in doc.text:
        found.extend(_listed_alcaldias(doc, registry, jurisdiction, taken, towns))
    if "yuntamientos de " not in doc.text:
        return found
    covered = _Coverage(taken)
    for match in _LISTED_COUNCILS.finditer(doc.text):
        pos = match.start(1)
        for town in re.split(r", | y | e ", match.group(1)):
            start = doc.text.index(town, pos)
            end = pos = start + len(town)
            if covered.inside(start):
                continue
            occ = _phrase_occurrence(
                doc, registry, jurisdiction, start, end, "Ayuntamiento", f"Ayuntamiento de {town}"
            )
            if occ is not None:
                occ.surface = town
                found.append(occ)
    return found


@lru_cache(maxsize=8)
def _alcaldias_re(towns: tuple[str, ...]) -> re.Pattern:
    town = "|".join(sorted(map(re.escape, towns), key=len, reverse=True))
    listed = rf"(?:{town})(?:(?:, (?:{town}))*(?: y | e )(?:{town}))?"
    return re.compile(rf"(?<![\w])[Aa]lcald[ií]as? (?:de )?({listed})(?![\w])")


def _listed_alcaldias(doc, registry, jurisdiction, taken, towns) -> list[InstOcc]:
    """ "la alcaldía Coyoacán", "las alcaldías Tláhuac e Iztacalco": each town's council."""
    found = []
    covered = _Coverage(taken)
    for match in _alcaldias_re(towns).finditer(doc.text):
        pos = match.start(1)
        listed = re.split(r", | y | e ", match.group(1))
        for town in listed:
            start = doc.text.index(town, pos)
            end = pos = start + len(town)
            if covered.inside(start):
                continue
            if len(listed) == 1:
                start = match.start()  # "la alcaldía Coyoacán": the whole name
            occ = _phrase_occurrence(
                doc, registry, jurisdiction, start, end, "Alcaldía", f"Alcaldía {town}"
            )
            if occ is not None:
                occ.surface = doc.text[start:end]
                found.append(occ)
    return found


def _initials(words: list[str], keep: tuple[str, ...] = ()) -> str:
    return "".join(
        w if w in keep else w[0]
        for w in words
        if w in keep or (fold_word(w) not in lx.PARTICLES and w[:1].isupper())
    )


@lru_cache(maxsize=8192)
def _initials_forms(surface: str) -> frozenset[str]:
    """The acronyms a body's name makes (three letters or more, not a party's): its
    initials, and its initials without its state; each also with its "y" written
    ("Secretaría de Educación Pública y Cultura": "SEPC", "SEPyC")."""
    words, unstated = surface.split(), _split_state(surface)[0].split()
    forms = {_initials(words), _initials(unstated)}
    if "y" in words:
        forms |= {_initials(words, ("y",)), _initials(unstated, ("y",))}
    return frozenset(f for f in forms if 3 <= len(f) <= 8 and fold_word(f) not in lx.PARTIES)


def _initials_acronyms(text: str, found: list[InstOcc]) -> None:
    """An acronym the article uses bare, made of the initials of a body it names in full
    ("la Comisión Estatal de Servicios Públicos de Tijuana", then "la directora de la
    CESPT"; "Comisión Estatal de Aguas de Querétaro", then "la CEA"): that body's."""
    owners: dict[str, set[str]] = {}
    for occ in found:
        if occ.id is None and not occ.acronym and " " in occ.surface:
            for form in _initials_forms(occ.surface):
                owners.setdefault(form, set()).add(occ.key)
    for acronym, keys in owners.items():
        if len(keys) != 1 or not _stands_bare(text, acronym):
            continue  # not in the text, or two bodies of the article answer to it
        for occ in found:
            if occ.key in keys and occ.id is None and not occ.acronym:
                occ.acronym = acronym
                occ.aliases.append(acronym)


def _stands_bare(text: str, acronym: str) -> bool:
    pos = text.find(acronym)
    while pos != -1:
        end = pos + len(acronym)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            return True
        pos = text.find(acronym, end)
    return False


# Bodies every town and every state has, named by one acronym and their level or place:
# "el DIF municipal", "el DIF Hermosillo", "la presidenta del DIF Coahuila", "el DIF
# estatal". Acronym -> the body's full name; each is named after its town or state, the
# other ways the press names it its aliases.
LEVEL_ACRONYMS = {"DIF": "Sistema para el Desarrollo Integral de la Familia"}
_LEVEL_ACRONYM = re.compile(
    r"(?<![\w])(?:Sistema (?:(?P<before>Municipal|Estatal) )?)?(?P<acr>"
    + "|".join(LEVEL_ACRONYMS)
    + r")(?![\w])(?: (?P<level>[Mm]unicipal|[Ee]statal)(?![\w]))?"
    + r"(?: (?:de |del )?(?P<place>[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\w]+)*))?"
)


def _level_acronyms(doc, registry, jurisdiction, known, found) -> list[InstOcc]:
    text = doc.text
    if not any(acronym in text for acronym in LEVEL_ACRONYMS):
        return []
    taken = known + found
    state_code = state_of(jurisdiction)
    units = []
    bare = []  # "el DIF" alone: spans
    for match in _LEVEL_ACRONYM.finditer(text):
        start, end = match.span()
        place = match.group("place") or ""
        level = fold_word(match.group("level") or match.group("before") or "")
        code = lx.STATE_BY_NAME.get(fold_word(place), "") if place else ""
        if place and not code and fold_word(place.split()[0]) in lx.GIVEN_NAMES:
            end, place = match.start("place") - 1, ""  # "el DIF, Ana Pérez": a name
        if not (place or level) and match.group() == match.group("acr"):
            bare.append((start, end))
        overlapping = [o for o in taken if o.start < end and start < o.end]
        if overlapping:
            if not (place or level) or any(o.start < start or o.end > end for o in overlapping):
                continue
            for occ in overlapping:  # "DIF" alone, registered: "DIF Hermosillo" says more
                (known if occ in known else found).remove(occ)
                taken.remove(occ)
        full = LEVEL_ACRONYMS[match.group("acr")]
        acr = match.group("acr")
        if code or (level == "estatal" and state_code):
            code = code or state_code
            state = lx.state_name(code)
            name = (
                f"{full} del {state}"
                if state.startswith("Estado de ")
                else (f"{full} del Estado de {state}")
            )
            jur = code
            aliases = [f"{acr} {state}", f"Sistema {acr} {state}", f"{full} de {state}"]
        else:
            town = place or (_articles_town(doc, taken) if level == "municipal" else "")
            if not town or not state_code:
                continue
            town = lx.municipality(town)  # "el DIF Cancún": Benito Juárez's
            name, jur = f"{full} de {town}", f"{state_code}/{town}"
            aliases = [
                f"{acr} {town}",
                f"Sistema {acr} Municipal de {town}",
                f"Sistema Municipal {acr} de {town}",
                f"{acr} Municipal de {town}",
                f"{full} del Municipio de {town}",
                f"{full.replace(' ', ' Municipal ', 1)} de {town}",  # "Sistema Municipal para…"
            ]
        key = normalize_alias(name)
        if key in registry.rejected_institutions:
            continue
        inst_id = lookup_institution(registry, key, jur, jurisdiction)
        if inst_id is not None:
            record = registry.institutions[inst_id]
            name, key = record.name, normalize_alias(record.name)
        written = text[start:end]
        if place:
            aliases.append(written)  # never "DIF municipal" alone: every town has one
        units.append(InstOcc(start, end, name, key, inst_id, jur, "", written, aliases, "phrase"))
    units += _bare_level_acronyms(text, bare, units, taken)
    return units


_LEVEL_KEYS = tuple(normalize_alias(name) for name in LEVEL_ACRONYMS.values())


def _bare_level_acronyms(text, spans, units, taken) -> list[InstOcc]:
    """ "el DIF" alone is the one DIF the article names with its level or place ("el
    Sistema DIF Estatal", "el DIF Hermosillo"): a registered body answering to the bare
    acronym is taken to be that one. New occurrences for the bare uses nobody claimed."""
    bodies = {
        o.key: o
        for o in [*units, *taken]
        if o.jurisdiction and o.key.startswith(_LEVEL_KEYS) and o.source != "acronym"
    }
    if len(bodies) != 1 or not spans:
        return []
    (body,) = bodies.values()
    extra = []
    for start, end in spans:
        occ = next((o for o in taken if o.start == start and o.end == end), None)
        if occ is None:
            if not overlaps(taken, start, end):
                extra.append(
                    InstOcc(start, end, body.name, body.key, body.id, body.jurisdiction,
                            "", text[start:end], [], "acronym")
                )  # fmt: skip
        elif occ.key != body.key:
            occ.name, occ.key, occ.id = body.name, body.key, body.id
            occ.jurisdiction = body.jurisdiction
    return extra


def _articles_town(doc, taken: list[InstOcc]) -> str:
    """The town of the one council the article names so far, else of its dateline."""
    towns = {
        o.jurisdiction.partition("/")[2] or o.name.split(" de ", 1)[-1]
        for o in taken
        if o.key.startswith(lx.COUNCIL_PREFIXES)
    }
    if len(towns) == 1:
        return towns.pop()
    return "" if towns else (doc.dateline or dateline_town(doc.text[doc.body_start() :]))


# Military and naval units named by their number: "la 11/a. Zona Militar", "la 42 Zona
# Militar", "la Octava Región Naval". Federal bodies, named as written.
_ORDINALS = lx.words(
    "Primera Segunda Tercera Cuarta Quinta Sexta Séptima Octava Novena Décima Undécima "
    "Duodécima Vigésima Trigésima Cuadragésima"
)
_UNIT_KINDS = ("Zona Militar", "Región Militar", "Zona Naval", "Región Naval", "Zona Aérea")
_ARMY_UNIT_KINDS = ("Batallón", "Regimiento")
_ARMY_ARMS = (
    "Infantería Ligera",
    "Infantería",
    "Caballería Motorizado",
    "Caballería",
    "Artillería",
    "Ingenieros",
)
_NUMBERED_UNIT = re.compile(
    r"(?<![\w/])(?:\d{1,2}(?:/a\.|/a|a\.|a|ª)?|(?:"
    + "|".join(_ORDINALS)
    + r")(?: (?:"
    + "|".join(_ORDINALS)
    + r"|Primera|Segunda|Tercera|Cuarta|Quinta|Sexta|Séptima|Octava|Novena))?) (?:"
    + "|".join(_UNIT_KINDS)
    + r")(?![\w])"
    # Army units of the zones, numbered in the masculine: "el 18/o. Batallón de
    # Infantería", "el 74 Batallón de Infantería", "el 12/o. Regimiento de Caballería".
    + r"|(?<![\w/])\d{1,3}(?:/o\.|o\.|º)? (?:"
    + "|".join(_ARMY_UNIT_KINDS)
    + r")(?: de (?:"
    + "|".join(_ARMY_ARMS)
    + r"))?(?![\w])"
)
# Every match names one of these kinds (the pattern is case-sensitive): a text without
# any of them skips the scan, which is the costliest of the unit patterns.
_NUMBERED_UNIT_CUES = (*_UNIT_KINDS, *_ARMY_UNIT_KINDS)


_NUMBERED_UNIT_GATE = first_words(_NUMBERED_UNIT_CUES)


def _regional_unit_pattern(acronym: str, parent: str, kinds, nouns) -> re.Pattern:
    region = rf"(?: {CAP}){{1,3}}(?![\w])"
    of_parent = rf" de la (?:{re.escape(acronym)}|{re.escape(parent)})(?![\w])"
    return re.compile(
        rf"(?<![\w])(?P<unit>(?:{'|'.join(kinds)}){region}"
        rf"|(?:{'|'.join(nouns)}){region}(?={of_parent}))"
    )


_REGIONAL_UNITS = [
    (
        acronym,
        parent,
        first_words((*kinds, *nouns)),
        _regional_unit_pattern(acronym, parent, kinds, nouns),
    )
    for acronym, (parent, kinds, nouns) in lx.REGIONAL_UNITS.items()
]


def _regional_units(doc, registry, taken: list[InstOcc]) -> list[InstOcc]:
    """A national body's regional units (``lexicon.REGIONAL_UNITS``), named with their
    parent ("División de Distribución Bajío de la CFE"), also known by their bare name
    and with the parent's full name."""
    units = []
    for acronym, parent, cues, pattern in _REGIONAL_UNITS:
        if not any(cue in doc.text for cue in cues):
            continue  # every match starts with one of its kinds or nouns
        for match in pattern.finditer(doc.text):
            start, end = match.span("unit")
            if overlaps(taken, start, end) or overlaps(units, start, end):
                continue
            written = match.group("unit")
            name = f"{written} de la {acronym}"
            key = normalize_alias(name)
            if key in registry.rejected_institutions:
                continue
            inst_id = lookup_institution(registry, key, "", "")
            if inst_id is not None:
                name = registry.institutions[inst_id].name
                key = normalize_alias(name)
            aliases = [written, f"{written} de la {parent}"]
            units.append(
                InstOcc(start, end, name, key, inst_id, "", "", written, aliases, "phrase")
            )
    return units


_STATE_CENTRE = re.compile(
    r"Centro (?P<acr>"
    + "|".join(lx.STATE_CENTRE_PARENTS)
    + r") (?P<state>"
    + "|".join(
        re.escape(name)
        for name in sorted({n for n, _c in lx.STATES.values()}, key=len, reverse=True)
    )
    + r")(?![\w])"
)


def _state_centres(doc, registry, known: list[InstOcc], found) -> list[InstOcc]:
    """A national body's centre in a state (``lexicon.STATE_CENTRE_PARENTS``): "el Centro
    INAH Puebla", named as written, in that state; the parent's acronym inside its name
    is the centre's."""
    if "Centro " not in doc.text:
        return []
    centres = []
    for match in _STATE_CENTRE.finditer(doc.text):
        start, end = match.span()
        if start and doc.text[start - 1].isalnum():
            continue  # "…Centro" inside a word
        inside = [k for k in known if start < k.start and k.end <= end]
        if overlaps(found, start, end) or overlaps(centres, start, end):
            continue
        if any(k not in inside for k in known if k.start < end and start < k.end):
            continue
        for k in inside:
            known.remove(k)
        name = match.group()
        key = normalize_alias(name)
        if key in registry.rejected_institutions:
            continue
        code = lx.STATE_BY_NAME.get(fold_word(match.group("state")), "")
        inst_id = lookup_institution(registry, key, code, code)
        if inst_id is not None:
            name = registry.institutions[inst_id].name
            key = normalize_alias(name)
        centres.append(
            InstOcc(start, end, name, key, inst_id, code, "", match.group(), [], "phrase")
        )
    return centres


def _numbered_units(doc, registry, jurisdiction, taken: list[InstOcc]) -> list[InstOcc]:
    units = []
    if not any(cue in doc.text for cue in _NUMBERED_UNIT_GATE):
        return units
    for match in _NUMBERED_UNIT.finditer(doc.text):
        start, end = match.span()
        if overlaps(taken, start, end):
            continue
        name = match.group()
        key = normalize_alias(name)
        if key in registry.rejected_institutions:
            continue
        inst_id = lookup_institution(registry, key, lx.FEDERAL, jurisdiction)
        if inst_id is not None:
            record = registry.institutions[inst_id]
            name, key = record.name, normalize_alias(record.name)
        units.append(
            InstOcc(start, end, name, key, inst_id, lx.FEDERAL, "", match.group(), [], "phrase")
        )
    return units


# A state's units named by a number after their kind: "la Jurisdicción Sanitaria número
# 2", "la Jurisdicción Sanitaria II de Veracruz". They are the state's (the one the
# title names, else the article's): named with it, the form as written an alias.
STATE_UNIT_KINDS = ("Jurisdicción Sanitaria", "Región Sanitaria")
_NUMBERED_STATE_UNIT = re.compile(
    r"(?<![\w])(?:"
    + "|".join(STATE_UNIT_KINDS)
    + r") (?:(?:número|núm\.|No\.) )?(?P<number>\d{1,2}|[IVXL]{1,5})(?![\w])"
    + r"(?: (?P<region>[A-ZÁÉÍÓÚÑ][\w]+(?: [A-ZÁÉÍÓÚÑ][\w]+)?)(?![\w]| [A-ZÁÉÍÓÚÑ]))?"
    + r"(?: de (?P<state>[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de |del )?[A-ZÁÉÍÓÚÑ][\w]+)*))?"
)


def _numbered_state_units(doc, registry, jurisdiction, taken: list[InstOcc]) -> list[InstOcc]:
    units = []
    if not any(kind in doc.text for kind in STATE_UNIT_KINDS):
        return units
    state_code = state_of(jurisdiction)
    matches = list(_NUMBERED_STATE_UNIT.finditer(doc.text))
    # "la Jurisdicción Sanitaria 10 Tehuacán", then "la Jurisdicción Sanitaria 10": one unit,
    # named with its region.
    regions = {}
    for match in matches:
        region = match.group("region")
        if region and fold_word(region.split()[0]) not in lx.GIVEN_NAMES:
            regions.setdefault(match.group("number"), region)
    for match in matches:
        start, end = match.span()
        written_state = lx.STATE_BY_NAME.get(fold_word(match.group("state") or ""), "")
        # "la Jurisdicción Sanitaria No. 3 de Manzanillo": a town, part of its name
        town = (
            not written_state
            and match.group("state")
            and fold_word(match.group("state").split()[0]) not in lx.GIVEN_NAMES
        )
        if not written_state:
            end = match.start("state") - 4 if match.group("state") else end
        region = match.group("region")
        if region and fold_word(region.split()[0]) in lx.GIVEN_NAMES:
            end = match.start("region") - 1  # "… número 2 Ana Pérez": a name, no region
        if overlaps(taken, start, end):
            continue
        jur = written_state or state_code
        if not jur:
            continue
        written = doc.text[start:end]
        # the town stays out of the span: the article's towns are read from the text
        named = doc.text[start : match.end()] if town else written
        region = regions.get(match.group("number"))
        if region:  # "Jurisdicción Sanitaria 04 Costa Grande": its region names it
            name = f"{doc.text[start : match.end('number')]} {region}"
        else:
            name = named if written_state or town else f"{written} de {lx.state_name(jur)}"
        key = normalize_alias(name)
        if key in registry.rejected_institutions:
            continue
        inst_id = lookup_institution(registry, key, jur, jurisdiction)
        if inst_id is not None:
            record = registry.institutions[inst_id]
            name, key = record.name, normalize_alias(record.name)
        aliases = [written] if written != name else []
        units.append(InstOcc(start, end, name, key, inst_id, jur, "", written, aliases, "phrase"))
    return units


def _head_automaton():
    automaton = ahocorasick.Automaton()
    for head in _HEAD_LIST:
        key = normalize_alias(head)
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


# Heads that are only a word of a name after a connector ("del Agua de Jalisco"), folded.
_INNER_HEADS = tuple(fold_word(h) for h in WATER_UTILITY_HEADS)
_INNER_HEAD_WORDS = frozenset(h.split()[0] for h in WATER_UTILITY_HEADS)
_INNER_HEAD_TAILS = WATER_UTILITY_HEADS
_INNER_CONNECTORS = ("de", "del", "de la")
_CONNECTOR_BEFORE = re.compile(r"(?<![\w])(?:de|del|de la) $")


def _head_starts(doc: Document):
    """Offsets where a head noun may start: one Aho–Corasick pass over the folded text."""
    text = doc.text
    for end, key in _HEADS_AUTOMATON.iter_long(doc.matching):
        start = end + 1 - len(key)
        if key.startswith(_INNER_HEADS) and _CONNECTOR_BEFORE.search(
            text, max(0, start - 7), start
        ):
            continue  # "Comisión Estatal del Agua de Jalisco": a word of the name before
        if (start == 0 or not text[start - 1].isalnum()) and (
            text[start].isupper() or _LOWER_FACILITY.match(text, start)
        ):
            yield start


def _qualified(text: str, phrase: str, end: int) -> bool:
    words = phrase.split()
    if (
        words[0] in _COMMISSION_HEADS
        and words[1:2] == ["de"]
        and fold_word(" ".join(words[2:])) in lx.COMMISSION_AREAS
        and not PAREN_ACRONYM.match(text, end)
    ):
        return False  # "la Comisión de Salud", "el Comité de Agua": an organ
    if words[0] in PLACE_QUALIFIED_HEADS and len(words) > 2 and words[1] in ("de", "del"):
        return True  # "la Policía de Morelia": a town's police, a body of its own
    if any(fold_word(w) in _QUALIFIERS for w in words[1:]):
        return True
    folded = fold_word(phrase)
    if folded.startswith(STATE_LOCAL_OPENINGS):
        return True
    if _QUALIFYING_TAIL.search(folded) or any(
        folded.endswith(" de " + state) for state in lx.STATE_BY_NAME
    ):
        return True
    return bool(PAREN_ACRONYM.match(text, end)) or any(w.isupper() and len(w) > 1 for w in words)


def _merge_short_names(found: list[InstOcc], known: list[InstOcc] = ()) -> list[InstOcc]:
    """ "la Auditoría Superior" and "la Auditoría Superior del Estado" in one article are one.

    A discovered name that is the start of a longer discovered name of the same
    article (the longer adding only "del Estado …" or a place) takes its identity.
    """
    discovered = [o for o in found if o.id is None]
    by_acronym = {o.acronym: o for o in found if o.acronym}
    for short in discovered:
        # "Sistema Estatal DIF" is the SEDIF: initials of the words, then the acronym.
        words = short.surface.split()
        if len(words) >= 2 and words[-1].isupper() and not short.acronym:
            initials = "".join(w[0] for w in words[:-1] if fold_word(w) not in lx.PARTICLES)
            target = by_acronym.get(initials.upper() + words[-1])
            if target is not None and target is not short:
                short.name, short.key, short.id = target.name, target.key, target.id
                short.jurisdiction, short.acronym = target.jurisdiction, target.acronym
                continue
        if _head_and_state(short, [*discovered, *known]):
            continue
        surface = fold_word(short.surface)
        # the longer name may be a registered one the article names in full
        for longer in [*discovered, *known]:
            if longer is short or longer.key == short.key:
                continue
            if short.jurisdiction and short.jurisdiction != longer.jurisdiction:
                continue  # "Gobierno del Estado" (ours) vs "Gobierno del Estado de México"
            rest = fold_word(longer.surface)[len(surface) :]
            if (
                fold_word(longer.surface).startswith(surface)
                and rest.startswith((" del estado", " de ", " en "))
                and not _HEAD_RE.search(longer.surface[len(short.surface) :])
            ):
                short.name, short.key, short.id = longer.name, longer.key, longer.id
                short.jurisdiction, short.acronym = longer.jurisdiction, longer.acronym
                break
    return found


# Heads the press shortens to the head and the state ("la Fiscalía de Chiapas", "la
# Auditoría de Zacatecas"), folded.
SHORT_FORM_HEADS = frozenset({"auditoria", "fiscalia", "procuraduria", "contraloria", "tribunal"})


def _opens_with(folded: str, head: str) -> bool:
    """Does a folded body name open with ``head``, past one word before its head noun
    ("supremo tribunal de justicia …", "benemerita universidad …")?"""
    return folded.startswith(head) or folded.partition(" ")[2].startswith(head)


def _head_and_state(short: InstOcc, bodies: list[InstOcc]) -> bool:
    """ "la Auditoría de Zacatecas" (a head and a state, no area) is the one body of
    that head and state the article names in full ("Auditoría Superior del Estado")."""
    words = short.surface.split()
    if len(words) < 3 or words[1] not in ("de", "del") or not short.jurisdiction:
        return False
    if fold_word(words[0]) not in SHORT_FORM_HEADS:
        return False  # "la Universidad de Sonora" is a name of its own
    if not lx.STATE_BY_NAME.get(fold_word(" ".join(words[2:]))):
        return False
    head = fold_word(words[0]) + " "
    longer = {
        o.id or o.key: o
        for o in bodies
        if o.key != short.key
        and o.jurisdiction == short.jurisdiction
        and _opens_with(fold_word(o.surface or o.name), head)
    }
    if len(longer) != 1:
        return False
    (target,) = longer.values()
    short.aliases.append(short.surface)
    short.name, short.key, short.acronym = target.name, target.key, target.acronym
    short.id = target.id
    return True


class _Coverage:
    def __init__(self, occs):
        self.spans = sorted((o.start, o.end) for o in occs)
        self.starts = frozenset(s for s, _ in self.spans)

    def inside(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.spans)

    def starts_at(self, pos: int) -> bool:
        return pos in self.starts


_WORD_BEFORE = re.compile(rf"({CAP}) $")
# A capitalised word, then "al", "del", "de la", "de los": a name that goes on.
_NAME_GOES_ON = re.compile(rf"({CAP}) (?:al|del|de la|de los|de las) $")
# "la Comisión de Salud del Congreso del Estado": a chamber's or a council's organ
_OF_A_CHAMBER = re.compile(
    r" de(?:l| la) (?:H\. |Honorable )?(?:[LXVI]{2,8} )?"
    r"(?:Congreso|Cabildo|Ayuntamiento|Senado|Cámara|Legislatura|Concejo)(?![\w])"
)
# A unit's head and level before a registered name of its area ("Dirección de" before
# "Protección Civil de Benito Juárez"): the unit's name holds that name.
_UNIT_OF_AREA = re.compile(r"(?:Dirección|Coordinación|Subdirección)(?: [A-Z][a-z]+)? de $")
_NAME_HONORIFIC = re.compile(rf"(?<![\w])(?:{'|'.join(lx.NAME_HONORIFICS)}) $")
_NUMBERED = re.compile(r"(?<![\w])[LXVI]{2,8} $")
_NUMBERED_TAIL = re.compile(r" de la [LXVI]{2,8}$")
_IN_A_NUMBERED_CHAMBER = re.compile(r" de la [LXVI]{2,8} Legislatura(?![\w])")
_SERVICE_HEADS = frozenset({"Servicio", "Servicios", "Sistema"})
# Heads whose name goes on with the service they run: "el Sistema Intermunicipal de los
# Servicios de Agua Potable", "el Organismo Operador Municipal del Sistema de Agua …".
_SERVICE_OPERATORS = frozenset({"Sistema", "Organismo", "Organismo Operador"})
_STRONG_HEADS = frozenset(lx.STRONG_HEADS)
_LOWER_FEDERAL = re.compile(r" (federal|estatal|local)(?![\w])")


def _state_body_by_demonym(folded: str) -> tuple[str, str] | None:
    """A state's government or legislature named by its head and the state's demonym
    ("la Legislatura mexiquense", "el Congreso poblano", "el Gobierno jalisciense"): that
    state's, whatever the article's state."""
    head, _, demonym = folded.partition(" ")
    code = state_of_demonym(demonym) if head in ("gobierno", "congreso", "legislatura") else ""
    if not code:
        return None
    if head == "gobierno":
        return f"Gobierno del Estado de {state_name(code)}", code
    return legislature_name(code), code


_LEVEL_HEADS = frozenset({"Gobierno", "Congreso", "Legislatura"})
_LOWER_WORD_AFTER = re.compile(r" ([a-záéíóúñ]{4,})(?![\w])")


# "… de los Trabajadores al Servicio del Gobierno del Estado", "… de los Trabajadores del
# Gobierno y Municipios del Estado de …": whom they serve is the name's.
_IN_SERVICE_OF = re.compile(r" (?:al Servicio|Trabajadores)$")


# "y" with or without an article between two words of one name ("Secretaría del Campo y la
# Seguridad Alimentaria"); a head after it starts another body.
_AND_CONNECTORS = ("y", "e", "y la", "y el", "y los", "y las")


def _extend_phrase(text, pos, head, known_starts, covered, through_parent=False):
    """(end, words) of the name a head opens at ``pos``. ``through_parent``: a local
    office goes on through the body it belongs to ("la Oficina de Representación del
    Instituto Nacional de Migración en Chiapas")."""
    end, words = pos, 0
    placed = False  # a local office's place was read: only its own words may follow
    municipal = head in _MUNICIPAL_HEADS or head in FACILITY_HEADS
    if head in _LEVEL_HEADS:
        lower = _LOWER_FEDERAL.match(text, end)  # "el Gobierno federal", "el Congreso local"
        if lower:
            return lower.end(), 1
        demonym = _LOWER_WORD_AFTER.match(text, end)
        if demonym and state_of_demonym(demonym.group(1)):
            return demonym.end(), 1  # "la Legislatura mexiquense", "el Congreso poblano"
    while True:
        step = _PHRASE_STEP.match(text, end)
        if not step:
            listed = _LISTED_AREAS.match(text, end) if words else None
            if listed is None or _lists_people(listed.group()):
                break
            # "Instituto de Transparencia, Acceso a la Información y Protección de Datos":
            # areas listed with commas, the last after "y", are one name.
            end = listed.end()
            words += 1
            continue
        connector, word = step.group(1), step.group(2)
        word_start = step.start(2)
        if not words and head in _STANDALONE_OK and connector in _AND_CONNECTORS:
            break  # "Fuerza Civil y Protección Civil": two bodies, the first named whole
        if placed and (
            connector is not None
            or (
                fold_word(word) in lx.GIVEN_NAMES
                and not text[max(0, word_start - 6) : word_start].endswith(_SAINTS)
            )
        ):
            break  # but "en San Luis Potosí": a saint's place
        starts_known = covered.starts_at(word_start) or word_start in known_starts
        if starts_known and connector in (*_AND_CONNECTORS, None):
            break
        if connector in ("a", "al") and known_place(word):
            break  # "elementos de la Secretaría de Marina a Celaya": where they go
        starts_head = word in _STRONG_HEADS or bool(_HEAD_RE.match(text, word_start))
        if head in FACILITY_HEADS and starts_head and connector in ("a", "al", "a la"):
            break  # "del Hospital General de Torreón al Hospital Civil": where they go
        if starts_head and connector in _INNER_CONNECTORS and word in _INNER_HEAD_WORDS:
            # "Comisión Estatal del Agua de Jalisco": a word of this name, no head
            starts_head = not text.startswith(_INNER_HEAD_TAILS, word_start)
        if connector in _AND_CONNECTORS and (
            (starts_head and word not in _SERVICE_HEADS)
            or (word.isupper() and len(word) > 1)
            or (municipal and not word.startswith(_SAINTS_WORDS))
            or _ENDS_WITH_STATE.search(fold_word(text[pos:end]))
        ):
            # "la Alcaldía Iztapalapa y Sacmex", "el Ayuntamiento de Progreso y Capitanía de
            # Puerto", "la Fiscalía de Chiapas y Sedena": a town or a state ends a name
            break  # "la Secretaría de Salud y la Secretaría de Finanzas": two names
        if (
            connector
            and connector.startswith("y ")
            and (starts_head or word in _SERVICE_HEADS or (word.isupper() and len(word) > 1))
        ):
            # "del Tribunal Superior de Justicia y del Consejo de la Judicatura"; "los
            # titulares de la Guardia Nacional y del INM": an acronym is another body
            break
        if (
            connector is None
            and _ENDS_WITH_STATE.search(fold_word(text[pos:end]))
            and not _ENDS_WITH_STATE.search(fold_word(text[pos : step.end()]))
            and not (head in _NAMED_AFTER_DOCTOR_HEADS and _RANKED_NAME.match(text, word_start))
        ):
            # "Congreso de la Ciudad de México Mariel Bernal": the name ended (but "de Baja
            # California Sur" goes on)
            break
        if (
            starts_head
            and connector in ("del", "de la", "de los", "de las")
            and not (word == "Municipio" and connector == "del" and not municipal)
            and not (word in _SERVICE_HEADS and head in _SERVICE_OPERATORS)
            and word not in lx.HEADS_IN_NAMES
            and not (through_parent and words == 0)
            and not _IN_SERVICE_OF.search(text, max(0, step.start() - 14), step.start())
        ):
            # "el Consejo Local del Instituto Nacional Electoral", "la Junta de Gobierno del
            # Banco de México": an organ of another institution, named after it (but "la
            # Comisión de Agua Potable del Municipio de Acapulco" is the town's own body).
            break
        if head in FACILITY_HEADS and starts_head and connector == "de":
            break  # "la Refinería Miguel Hidalgo de Petróleos Mexicanos": its owner follows
        if (
            head in NAMED_AFTER_PARENT
            and connector in ("de la", "del")
            and (starts_head or word in lx.NAME_HONORIFICS or (word.isupper() and len(word) > 2))
        ):
            break  # "la Facultad de Medicina de la UADY": its parent follows, a body of its own
        if connector in ("de la", "del", "de") and text.startswith(
            lx.UNIT_PARENTS.get(head, ()), word_start
        ):
            break  # "el Organismo de Cuenca Balsas de la Conagua", "… de Pemex": its parent follows
        if word[0].isdigit() and connector is not None:
            break  # "Secretaría de Educación a 3 mil docentes"
        if connector == "en" and head in LOCAL_OFFICE_HEADS and words and word[0].isupper():
            placed = True  # "la Oficina de Representación del IMSS en Baja California"
        elif (
            connector == "en"
            and not _is_name_word(word)
            and not _SPECIALISED.search(text, max(0, step.start() - 16), step.start())
        ):
            break  # "… en Zacatecas": a place, not part of the name (but "Juzgado
            # Especializado en Desaparición de Personas": its matter)
        folded = fold_word(word)
        if (
            head in COUNCILS_NAMED_WITH_DE
            and connector is None
            and not words
            and folded in lx.GIVEN_NAMES
            and _CAP_AFTER.match(text, step.end())
            and not known_place(_CAPITALISED_RUN.match(text, word_start).group())
        ):
            break  # "sustituye al exsecretario del Ayuntamiento Rafael Pérez Gil": its officer
        if (
            (not municipal or (head in PLACE_NAMED_FACILITIES and connector is None and words))
            and folded in lx.GIVEN_NAMES
            and _CAP_AFTER.match(text, step.end())
            and not _NAMED_AFTER_PERSON.match(text, word_start)
            and not text[max(0, word_start - 6) : word_start].endswith(_SAINTS)
            and not named_after_person(text[pos - len(head) : end], text, word_start)
        ):
            break  # a person's name starts here
        if (
            folded in lx.STOPWORDS
            and folded not in _KEEP_IN_NAMES
            and not (
                word in _PLACE_ARTICLES and connector == "de" and _CAP_AFTER.match(text, step.end())
            )
        ):
            break  # but "de Los Cabos", "de La Paz": a town's name starts with its article
        end = step.end()
        words += 1
    rank = _RANK_AT_END.search(text, max(pos, end - 8), end) if text[end - 1] == "." else None
    if rank:  # "la Secretaría de Salud Dr. Juan Pérez": the rank is the person's
        end, words = rank.start(), words - 1
    return end, words


_RANK_AT_END = re.compile(r" (?:Dr|Dra|Gral|Ing|Lic|Prof|Profr|Profra)\.$")

# A title right before a body ("la exdirectora del Hospital General de …").
# "la exdirectora del", "la subdirectora de Enseñanza del" (the title's own area between)
_TITLE_JUST_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:ex-?)?(?:"
    + "|".join(t[0] for t in lx.TITLES)
    + r")(?: [a-záéíóúñ]+)?"
    + rf"(?-i: (?:de|del|de la) {CAP}(?: (?:y|e|de|del|de la|de los) {CAP}| {CAP}){{0,4}})?"
    + r" (?:del|de la|de los|de las|de) $"
)
_OF_BEFORE_FACILITY = (" del ", " de la ", " de los ", " de las ", " de ")
_NAME_WORD = re.compile(rf"(?<= ){CAP}")
# The holder named after the facility's whole name, between commas.
_HOLDER_APPOSED = re.compile(rf", {CAP}(?: (?:{PART} )?{CAP}){{1,4}},")


def _holder_after_place(text: str, start: int, end: int) -> int:
    """The end of a facility's name its head's title opens, cut where the holder's name
    starts: "la exdirectora del Hospital General de Querétaro Eugenia Prado Rico" (a
    given name after the place or number that named the facility, no comma). A name
    right after the facility's kind ("Hospital Civil Fray Antonio Alcalde") is its own."""
    if not text.endswith(_OF_BEFORE_FACILITY, 0, start) or not _TITLE_JUST_BEFORE.search(
        text, max(0, start - 90), start
    ):
        return end
    if _HOLDER_APPOSED.match(text, end):
        return end  # "del Hospital General del Sur Eduardo Vázquez Navarro, Ernesto …,"
    placed = False
    for word in _NAME_WORD.finditer(text, start, end):
        before = text[max(start, word.start() - 5) : word.start()]
        if _RANK_AT_END.search(text[max(start, word.start() - 8) : word.start()].rstrip(" ")):
            return end  # "Hospital Regional … Dr. Juan Graham Casasús": a ranked namesake
        if before.endswith((" de ", " del ", " en ", "No. ", " la ")):
            placed = True
            continue
        placed = placed or before[-2:-1].isdigit()  # "Hospital General 450 Marisela …"
        if (
            placed
            and fold_word(word.group()) in lx.GIVEN_NAMES
            and _CAP_AFTER.match(text, word.end())
            and not before.endswith(_SAINTS)
        ):
            return text.rfind(" ", start, word.start())
    return end


# Facilities named after a person with a rank after their state ("el Hospital Pediátrico
# de Sinaloa Dr. Mario Ruiz Paz"): the ranked name is the facility's, not a new person.
_NAMED_AFTER_DOCTOR_HEADS = frozenset({"Hospital", "Clínica", "Sanatorio", "Escuela", "Colegio"})
_RANKED_NAME = re.compile(rf"(?:Dr|Dra|Gral|Ing|Lic|Prof|Profr|Profra)\. {CAP}(?: {CAP}){{1,3}}")


_ENDS_WITH_STATE = re.compile(
    r" de (?:la )?(?:"
    + "|".join(sorted((re.escape(fold_word(s.name)) for s in STATES), key=len, reverse=True))
    + r")$"
)
_LIST_WORDS = rf"{CAP}(?: (?:de la|de los|del|de|a la|al|a) {CAP}| {CAP})*"
# each area may repeat "de" ("Instituto de Transparencia, de Acceso a la Información y de
# Protección de Datos Personales")
_LISTED_AREAS = re.compile(
    rf",( (?:de )?{_LIST_WORDS})(?:, (?:de )?{_LIST_WORDS})* (?:y|e) (?:de )?{CAP}"
)
# The same list before its last area, for a title's areas ("secretaria de Medio Ambiente,
# Desarrollo Sustentable y Ordenamiento Territorial de Puebla, Ana …").
LISTED_AREAS_BEFORE_LAST = re.compile(rf",( {_LIST_WORDS})(?:, {_LIST_WORDS})* (?:y|e) (?={CAP})")


def lists_areas(listed: str) -> bool:
    """Are the items after a body's first area more areas of its name, not people?"""
    return not _lists_people(listed)


def _lists_people(listed: str) -> bool:
    """ ", Ana Pérez y Luis Gómez": people named after a body, not areas of its name."""
    items = [item.strip() for item in re.split(r",| y | e ", listed) if item.strip()]
    for item in items:
        words = item.split()
        if fold_word(words[0]) in lx.GIVEN_NAMES:
            return True
        if (
            len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and not any(
                fold_word(w) in lx.INSTITUTION_WORDS or fold_word(w) in lx.AREA_WORDS for w in words
            )
        ):
            return True  # "Zacarías Pérez": two capitalised words and no connector
    return False


# Words after which "en" gives a body's matter, not its place ("Juzgado Especializado en
# Desaparición de Personas", "Instituto … de Investigación en Pesca y Acuacultura", "Centro
# de Estudios en …").
MATTER_BEFORE_EN = ("Especializado", "Especializada", "Especializados", "Especializadas")
MATTER_NOUNS_BEFORE_EN = ("Investigación", "Investigaciones", "Estudios", "Especialidades")
_SPECIALISED = re.compile(
    rf"(?<![\w])(?:{'|'.join((*MATTER_BEFORE_EN, *MATTER_NOUNS_BEFORE_EN))})$"
)


def _is_name_word(word: str) -> bool:
    """Words that continue an institution's name after "en": "en Combate", "en Materia"."""
    return fold_word(word) in {"combate", "materia", "atencion", "apoyo", "delitos"}


_CAP_AFTER = re.compile(rf" (?:{PART} )?{CAP}")
# "Universidad Autónoma Benito Juárez de Oaxaca": a person's name inside an
# institution's name, which a state closes; the name is kept whole.
_NAMED_AFTER_PERSON = re.compile(
    rf"{CAP}(?: (?:{PART} )?{CAP}){{1,3}} de (?:"
    + "|".join(sorted((re.escape(s.name) for s in STATES), key=len, reverse=True))
    + r")(?![\w])"
)
# A person's name inside a body's name, then the body's holder between commas: "…
# Agraria Antonio Narro, Arnoldo Villarreal Dávila, ofreció" (not "…, directora de …"),
# or after the state of its office ("… Benito Juárez en Oaxaca, Ana Ruiz Soto, dijo").
_NAME_THEN_HOLDER = re.compile(
    rf"{CAP}(?: (?:{PART} )?{CAP}){{1,3}}(?: en {CAP}(?: (?:{PART} )?{CAP}){{0,2}})?, "
    rf"(?:(?i:{'|'.join(re.escape(h) for h in lx.HONORIFICS)}) )?"
    rf"{CAP}(?: (?:{PART} )?{CAP}){{1,5}}, (?P<next>[a-záéíóúñ]+)"
)


def named_after_person(body: str, text: str, name_start: int) -> bool:
    """Is the person's name at ``name_start`` part of the name of ``body`` (its words so
    far), a body that bears people's names, because its holder is named right after it?"""
    if not (fold_word(body) + " ").startswith(lx.NAMED_AFTER_PEOPLE):
        return False
    match = _NAME_THEN_HOLDER.match(text, name_start)
    return bool(match) and fold_word(match.group("next")) not in lx.TITLE_WORDS


_SAINTS = ("San ", "Santa ", "Santo ")  # "San Luis Potosí", "Santa María"
_SAINTS_WORDS = ("San", "Santa", "Santo")  # "San Pedro y San Pablo Teposcolula"
# Stopwords that are words of a name ("Juzgado Segundo de lo Familiar").
_KEEP_IN_NAMES = frozenset({"general", "nuevo", "primer", "primera", "primero", "segundo"})
_PLACE_ARTICLES = frozenset({"El", "La", "Los", "Las"})


# "X del Gobierno del Estado" not followed by a state's name: the article's state.
_OWN_STATE_GOVERNMENT = " del gobierno del estado"


# A body "of that state": the state the text named last before it, not the article's ("su
# homólogo de Sonora, titular de la Secretaría de Economía de ese estado"). Folded tails.
REFERRED_STATE_TAILS = (
    " de ese estado",
    " de esa entidad",
    " de dicho estado",
    " de dicha entidad",
    " del mismo estado",
    " de la misma entidad",
    " de aquel estado",
    " de aquella entidad",
)
_REFERRED_TAIL_LENGTH = max(map(len, REFERRED_STATE_TAILS)) + 1


def _referred_state(text: str, start: int, at: int) -> str:
    """The state a body "de ese estado" belongs to (``REFERRED_STATE_TAILS`` right after
    it, at ``at``): the one the text names last before ``start``; "" otherwise."""
    tail = fold_word(text[at : at + _REFERRED_TAIL_LENGTH])
    if not tail.startswith(REFERRED_STATE_TAILS):
        return ""
    return last_state_named(text, start)


def _phrase_occurrence(doc, registry, jurisdiction, start, end, head, phrase) -> InstOcc | None:
    text = doc.text
    acronym = ""
    paren = PAREN_ACRONYM.match(text, end)
    if paren and fold_word(paren.group("acr")) not in lx.PARTIES:
        acronym = paren.group("acr")
    after = text[end : end + 12]
    at = paren.end() if paren else end
    tail = fold_word(text[at : at + len(_OWN_STATE_GOVERNMENT) + 4])
    if tail.startswith(_OWN_STATE_GOVERNMENT) and not tail.startswith(
        " de", len(_OWN_STATE_GOVERNMENT)
    ):
        after = " del estado"  # "… del Gobierno del Estado," (the article's): its state's
    if referred := _referred_state(text, start, at):
        jurisdiction, after = referred, " del estado"  # "… de ese estado": the one just named
    ref = canonical_institution(phrase, jurisdiction, after=after)
    if ref is None:
        return None
    name, jur = ref
    key = normalize_alias(name)
    if key in registry.rejected_institutions:
        return None
    inst_id = lookup_institution(registry, key, jur, jurisdiction)
    if inst_id is None and acronym:
        inst_id = lookup_institution(registry, normalize_alias(acronym), jur, jurisdiction)
    if inst_id is not None:
        record = registry.institutions[inst_id]
        name, jur = record.name, record.jurisdiction
        key = normalize_alias(name)
    aliases = []
    if normalize_alias(phrase) != key:
        aliases.append(phrase)
    if acronym and normalize_alias(acronym) != key:
        aliases.append(acronym)
    return InstOcc(
        start,
        end,
        name,
        key,
        id=inst_id,
        jurisdiction=jur,
        acronym=acronym if inst_id is None else registry.institutions[inst_id].acronym,
        surface=phrase,
        aliases=aliases,
        source="phrase",
    )


def _split_state(phrase: str) -> tuple[str, str, bool]:
    """ "Secretaría de Salud de Zacatecas" -> ("Secretaría de Salud", "MX-ZAC", False).

    The flag is true when the state came after "en" (a local office, not part of
    the name: "Comisión Nacional del Agua en Zacatecas").
    """
    for sep in (" del Estado de ", " del estado de ", " de ", " en "):
        index = phrase.rfind(sep)
        while index > 0:
            tail = fold_word(phrase[index + len(sep) :])
            code = lx.STATE_BY_NAME.get(tail)
            if code is None and tail == "mexico" and "estado" in sep.lower():
                code = "MX-MEX"  # "del Estado de México" is the state, not the country
            if code and _SAINT_BEFORE.search(phrase, 0, index):
                code = None  # "Universidad Michoacana de San Nicolás de Hidalgo": a saint's
            if code:
                return phrase[:index], code, sep == " en "
            index = phrase.rfind(sep, 0, index)
    return phrase, "", False


# A saint's name before "de" + a state's name: a name of its own ("San Nicolás de Hidalgo",
# "Santa María de Guadalupe"), not the body's state.
_SAINT_BEFORE = re.compile(rf"(?<![\w])(?:San|Santa|Santo) {CAP}$")


def _bare_state(base: str) -> tuple[str, str]:
    """ "Secretaría de Salud Jalisco" -> ("Secretaría de Salud", "MX-JAL"): a state's
    name right after the area, with no "de", is the state the body belongs to."""
    words = base.split()
    for n in (3, 2, 1):
        if len(words) > n + 2 and fold_word(words[-n - 1]) not in lx.PARTICLES:
            code = lx.STATE_BY_NAME.get(fold_word(" ".join(words[-n:])))
            if code:
                return " ".join(words[:-n]), code
    return base, ""


_FREE_AND_SOVEREIGN = re.compile(r" del Estado Libre y Soberano de ", re.IGNORECASE)


# Head nouns of a town's units: "la Dirección de Catastro municipal" is the town's, named
# "… Municipal de <town>" (``context.town_unit``) and also "… de <town>" (``store``).
TOWN_UNIT_HEADS = frozenset(
    {"secretaria", "direccion", "coordinacion", "subdireccion", "tesoreria"}
)
_TOWN_LEVEL_AFTER = re.compile(r" municipal(?![\w])")


@lru_cache(maxsize=32768)
def canonical_institution(
    phrase: str, jurisdiction: str, *, after: str = ""
) -> tuple[str, str] | None:
    """(canonical name, jurisdiction) for an institution phrase as written.

    "Secretaría de Salud de Zacatecas" -> ("Secretaría de Salud", "MX-ZAC");
    "Gobierno del Estado" -> ("Gobierno del Estado de Zacatecas", "MX-ZAC");
    "Municipio de Luis Moya" -> ("Ayuntamiento de Luis Moya", "MX-ZAC/Luis Moya");
    "Fiscalía General de Justicia del Estado" -> ("… del Estado de Zacatecas", "MX-ZAC").
    None for non-public bodies (chambers of commerce, parties, unions).
    """
    # "Congreso del Estado Libre y Soberano de Hidalgo": the state's formal name.
    phrase = _FREE_AND_SOVEREIGN.sub(" del Estado de ", phrase)
    unit = next((u for u in STATE_COMPANY_UNITS if phrase.startswith(u)), None)
    if unit is not None:
        return unit, lx.FEDERAL  # "Pemex Transformación Industrial": "industrial" is no trade
    folded = fold_word(phrase)
    # "… de la Propiedad Industrial": a public area's words are no trade (``lexicon``)
    public_area = folded
    for area in lx.PUBLIC_AREA_PHRASES:
        public_area = public_area.replace(area, " ")
    words = set(public_area.split())
    if (words & NON_PUBLIC or words & lx.PARTIES - {"na", "pt", "pan"}) and not public_opening(
        folded
    ):
        return None
    if private_opening(folded):
        return None  # "Cámara Nacional de …", "Consejo Ciudadano de …"
    state = lx.state_name(jurisdiction) if jurisdiction.startswith("MX-") else ""
    state_code = state_of(jurisdiction)
    after_folded = fold_word(after)
    if phrase.startswith(HOSPITAL_HEADS):
        if not set(phrase.split()[1:]) - _HOSPITAL_KINDS:
            return None  # "el Hospital General": which one, the text does not say
        # "Hospital General de Zona No. 1": every state has one; the article's, as written
        return phrase, state_code

    # Governments.
    if folded in ("gobierno federal", "gobierno de mexico", "gobierno de la republica"):
        return "Gobierno de México", lx.FEDERAL
    if folded == "gobierno del estado":
        return (f"Gobierno del Estado de {state}", state_code) if state else None
    by_demonym = _state_body_by_demonym(folded)
    if by_demonym is not None:
        return by_demonym
    if folded in STATE_BODY_FORMS:
        if not state:
            return None
        form = STATE_BODY_FORMS[folded]
        return form.format(state=state, legislature=legislature_name(state_code)), state_code
    if folded.startswith(("congreso", "legislatura", "h. congreso")):
        base, code, local_office = _split_state(phrase)
        if fold_word(base) in _LEGISLATURE_BASES and not local_office:
            code = code or (state_code if fold_word(base).endswith(" del estado") else "")
            if code:
                return legislature_name(code), code
    if folded.startswith("gobierno de ") or folded.startswith("gobierno del estado de "):
        place = phrase.split(" de ", 1)[1] if folded.startswith("gobierno de ") else ""
        if folded.startswith("gobierno del estado de "):
            place = phrase[len("Gobierno del Estado de ") :]
            code = lx.STATE_BY_NAME.get(fold_word(place)) or (
                "MX-MEX" if fold_word(place) == "mexico" else None
            )
        else:
            code = lx.STATE_BY_NAME.get(fold_word(place))
        if code:
            return f"Gobierno del Estado de {lx.state_name(code)}", code
        return phrase, ""
    # Municipalities are autonomous: no parent state government.
    for prefix in _COUNCIL_NAMES:
        if folded.startswith(prefix):
            place = phrase[len(prefix) :].removeprefix("de ")
            code = state_code or ""
            if prefix == "alcaldia " and code not in lx.COUNCIL_FORMS:
                return None  # "la Alcaldía" of another state: its ayuntamiento, named so
            return lx.council_name(code, place), f"{code}/{lx.municipality(place)}" if code else ""
    if folded in ("senado", "senado de la republica", "camara de senadores"):
        return "Senado de la República", lx.FEDERAL

    if _LOCAL_OFFICE.match(phrase) and " en " in phrase:
        # "Oficina de Representación del IMSS en Veracruz Norte": its state's, as written
        place = phrase.rpartition(" en ")[2].split()
        codes = (lx.STATE_BY_NAME.get(fold_word(" ".join(place[:n]))) for n in (3, 2, 1))
        return phrase, next((c for c in codes if c), "")

    # A trailing state: "Secretaría de Salud de Zacatecas".
    base, code, local_office = _split_state(phrase)
    if " en " in base:  # "Comisión Nacional del Agua en Zacatecas": its local office
        head_part, _, tail = base.rpartition(" en ")
        specialised = _SPECIALISED.search(head_part)  # "Juzgado Especializado en …"
        if tail[:1].isupper() and not _is_name_word(tail.split()[0]) and not specialised:
            base = head_part
    base_folded = fold_word(base)
    state_scoped = (
        bool(code)
        or base_folded.endswith(" del estado")
        or after_folded.startswith((" estatal", " del estado"))
        or bool(state and after_folded.startswith(" de " + fold_word(state)))
    )
    federal = (
        any(w in words for w in ("federal", "nacional", "mexicano", "mexicana"))
        or ("de la republica" in folded or "de la federacion" in folded)
        or after_folded.startswith((" federal", " del gobierno federal"))
    )
    head = base_folded.split(" ", 1)[0]
    if head in ("secretaria", "subsecretaria"):
        if not code:
            base, code = _bare_state(base)  # "Secretaría de Salud Jalisco"
            base_folded = fold_word(base)
        if "ayuntamiento" in words or "municipal" in words:
            return base, ""  # "la Secretaría del Ayuntamiento": the town's, no state
        if after_folded.startswith(" municipal") and not code:
            # "la Secretaría de Seguridad Pública municipal": the town's, not the state's.
            return f"{base} Municipal", ""
        area = base_folded.split(" de ", 1)[1] if " de " in base_folded else ""
        area = area.removesuffix(" del estado")
        if base_folded.endswith(" del estado"):
            base = base[: -len(" del Estado")]
        if code:
            return with_state(base, code), code
        if area in lx.FEDERAL_AREAS or (federal and not state_scoped):
            return base, lx.FEDERAL
        return (with_state(base, state_code), state_code) if state_code else (base, "")
    if head in TOWN_UNIT_HEADS and _TOWN_LEVEL_AFTER.match(after_folded) and not code:
        # "la Dirección de Obras Públicas municipal": the town's (``context.town_unit``)
        return f"{base} Municipal", ""
    if base_folded.endswith(" del estado") and "trabajadores" not in words:
        if code:
            return f"{base} de {lx.state_name(code)}", code
        if state:
            return f"{base} de {state}", state_code
        return base, ""
    if code:
        # "Servicios de Salud de Zacatecas" keeps its state; "… en Zacatecas" does not.
        return (base, code) if local_office else (phrase, code)
    if federal:
        return base, lx.FEDERAL
    if state and (
        "estatal" in words
        or after_folded.startswith((" estatal", " del estado"))
        or base_folded.startswith(STATE_LOCAL_OPENINGS)
    ):
        # "la Comisión Estatal del Agua", "la Procuraduría Ambiental del estado": the
        # article's state's
        return with_state(base, state_code), state_code
    return base, ""


# How the press names a town's council: "el Ayuntamiento de Tepic", "el Cabildo de
# Hermosillo", "la Presidencia Municipal de Jerez", "la Alcaldía Iztapalapa" (folded).
_COUNCIL_NAMES = (
    "ayuntamiento de ",
    "municipio de ",
    "presidencia municipal de ",
    "cabildo de ",
    "alcaldia ",
    # a release's issuer ("Gobierno Municipal de Zapopan"): the council that speaks
    "gobierno municipal de ",
)


def with_state(name: str, code: str) -> str:
    """A state body's full name: "Secretaría de Salud" + MX-SON -> "… de Sonora"."""
    state = state_name(code)
    if not state or fold_word(name).endswith(_state_endings(code)):
        # named with its state already ("… de la Ciudad de México"), or with one of its
        # towns ("Comisión Estatal de Servicios Públicos de Tijuana")
        return name
    if state.startswith("Estado de "):
        return f"{name} del {state}"
    if state.startswith("Ciudad de "):
        return f"{name} de la {state}"  # "… de la Ciudad de México"
    return f"{name} de {state}"


@lru_cache(maxsize=64)
def _state_endings(code: str) -> tuple[str, ...]:
    row = next((s for s in STATES if s.code == code.split("/", 1)[0]), None)
    places = [row.name, row.capital, *row.cities] if row else [state_name(code)]
    return tuple(
        f" {of} {fold_word(place)}" for place in places if place for of in ("de", "de la", "del")
    )


def lookup_institution(registry: Registry, key: str, jur: str, jurisdiction: str) -> int | None:
    """The registered institution named ``key`` in jurisdiction ``jur`` (one, or None).

    A state body may be registered without its state in the name ("Secretaría de
    Salud", jurisdiction MX-ZAC): "secretaria de salud de zacatecas" finds it.
    """
    found = _lookup(registry, key, jur, jurisdiction)
    if found is None and jur.startswith("MX-") and "/" not in jur:
        suffix = " " + normalize_alias("de " + state_name(jur))
        if state_name(jur) and key.endswith(suffix):
            found = _lookup(registry, key[: -len(suffix)], jur, jurisdiction)
    return found


def _lookup(registry: Registry, key: str, jur: str, jurisdiction: str) -> int | None:
    records = registry.institutions_named(key)
    if not records:
        return None
    ids = {r.id for r in records}
    if len(ids) == 1:
        record = records[0]
        # Two states' Secretaría de Salud, or a state's and the federal one, are two.
        if jur and record.jurisdiction and record.jurisdiction != jur:
            return None
        return record.id
    same = {r.id for r in records if r.jurisdiction == jur}
    if len(same) == 1:
        return same.pop()
    # A state's body is never a town's ("Secretaría de Seguridad Pública", MX-GRO, is not
    # the Chilpancingo one that also answers to that name).
    state_level = bool(jur) and "/" not in jur
    # Nor another state's: "Protección Civil de Durango" in a Chihuahua story is not the
    # Chihuahua body that answers to the bare name, however local that one is.
    home = state_of(jur)
    local = {
        r.id
        for r in records
        if in_scope(r.jurisdiction, jurisdiction)
        and not (state_level and "/" in r.jurisdiction)
        and not (home and state_of(r.jurisdiction) not in ("", home))
    }
    return local.pop() if len(local) == 1 else None


_HEADS_AUTOMATON = _head_automaton()
