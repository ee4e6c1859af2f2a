"""Which Mexican state an article is about: data, and the one rule that reads it.

Each row names a state by its ISO 3166-2 code and lists what a reporter writes
when the story happens there: the state's names and abbreviations, its capital
and main cities, its demonyms. ``infer_states`` counts those words in the
article's location and text and returns the states, most cited first.

Adding a state's city is one more word in its row (the table is folded and
matched as whole words). A city name shared by two states ("Guadalupe",
"Juárez") stays out: it would only add noise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from people.naming import fold


@dataclass(frozen=True)
class State:
    code: str  # ISO 3166-2:MX
    name: str
    names: tuple[str, ...] = ()  # other names and dateline abbreviations ("Zac.")
    capital: str = ""
    cities: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    # The state legislature's own name, when not "Congreso del Estado de <name>":
    # every way the press names it ("Congreso de X", "la LXIV Legislatura", "el
    # Congreso local") is this one body.
    legislature: str = ""


STATES: tuple[State, ...] = (
    State("MX-AGU", "Aguascalientes", ("Ags.",), "Aguascalientes", (), ("aguascalentense",)),
    State(
        "MX-BCN",
        "Baja California",
        ("B.C.",),
        "Mexicali",
        ("Tijuana", "Ensenada", "Tecate", "Rosarito"),
        ("bajacaliforniano", "bajacaliforniana"),
    ),
    State(
        "MX-BCS",
        "Baja California Sur",
        ("B.C.S.",),
        "La Paz",
        ("Los Cabos", "Cabo San Lucas", "Comondú"),
        ("sudcaliforniano", "sudcaliforniana"),
    ),
    State("MX-CAM", "Campeche", ("Camp.",), "Campeche", ("Ciudad del Carmen",), ("campechano",)),
    State(
        "MX-CHP",
        "Chiapas",
        ("Chis.",),
        "Tuxtla Gutiérrez",
        ("Tapachula", "San Cristóbal de las Casas", "Comitán"),
        ("chiapaneco", "chiapaneca"),
    ),
    State(
        "MX-CHH",
        "Chihuahua",
        ("Chih.",),
        "Chihuahua",
        ("Ciudad Juárez", "Parral"),
        ("chihuahuense",),
    ),
    State(
        "MX-CMX",
        "Ciudad de México",
        ("CDMX", "D.F."),
        "",
        # Its alcaldías whose names are no one else's (not "Benito Juárez", "Cuauhtémoc").
        (
            "Iztapalapa",
            "Tláhuac",
            "Iztacalco",
            "Coyoacán",
            "Gustavo A. Madero",
            "Xochimilco",
            "Tlalpan",
            "Azcapotzalco",
            "Milpa Alta",
            "Cuajimalpa",
            "Magdalena Contreras",
        ),
        ("capitalino", "capitalina"),
    ),
    State(
        "MX-COA",
        "Coahuila",
        ("Coahuila de Zaragoza", "Coah."),
        "Saltillo",
        ("Torreón", "Monclova", "Piedras Negras"),
        ("coahuilense",),
    ),
    State("MX-COL", "Colima", ("Col.",), "Colima", ("Manzanillo",), ("colimense",)),
    State(
        "MX-DUR",
        "Durango",
        ("Dgo.",),
        "Durango",
        ("Gómez Palacio",),
        ("duranguense",),
    ),
    State(
        "MX-GUA",
        "Guanajuato",
        ("Gto.",),
        "Guanajuato",
        ("Irapuato", "Celaya", "Salamanca"),
        ("guanajuatense",),
    ),
    State(
        "MX-GRO",
        "Guerrero",
        ("Gro.",),
        "Chilpancingo",
        ("Acapulco", "Iguala", "Zihuatanejo", "Taxco"),
        ("guerrerense",),
    ),
    State("MX-HID", "Hidalgo", ("Hgo.",), "Pachuca", ("Tulancingo",), ("hidalguense",)),
    State(
        "MX-JAL",
        "Jalisco",
        ("Jal.",),
        "Guadalajara",
        ("Zapopan", "Tlaquepaque", "Puerto Vallarta", "Tonalá"),
        ("jalisciense", "tapatío", "tapatía"),
    ),
    State(
        "MX-MEX",
        "Estado de México",
        ("Edomex", "Edo. Méx."),
        "Toluca",
        ("Ecatepec", "Naucalpan", "Nezahualcóyotl", "Tlalnepantla"),
        ("mexiquense",),
        legislature="Legislatura del Estado de México",
    ),
    State(
        "MX-MIC",
        "Michoacán",
        ("Michoacán de Ocampo", "Mich."),
        "Morelia",
        ("Uruapan",),
        ("michoacano", "michoacana"),
    ),
    State("MX-MOR", "Morelos", ("Mor.",), "Cuernavaca", ("Cuautla", "Jiutepec"), ("morelense",)),
    State("MX-NAY", "Nayarit", ("Nay.",), "Tepic", ("Bahía de Banderas",), ("nayarita",)),
    State(
        "MX-NLE",
        "Nuevo León",
        ("N.L.",),
        "Monterrey",
        ("San Nicolás de los Garza", "San Pedro Garza García", "Apodaca"),
        ("neoleonés", "neoleonesa", "regiomontano", "regiomontana"),
    ),
    State(
        "MX-OAX",
        "Oaxaca",
        ("Oax.",),
        "Oaxaca de Juárez",
        ("Juchitán", "Salina Cruz", "Tuxtepec"),
        ("oaxaqueño", "oaxaqueña"),
    ),
    State("MX-PUE", "Puebla", ("Pue.",), "Puebla", ("Tehuacán", "Cholula"), ("poblano", "poblana")),
    State(
        "MX-QUE",
        "Querétaro",
        ("Qro.",),
        "Querétaro",
        ("San Juan del Río",),
        ("queretano", "queretana"),
        legislature="Legislatura del Estado de Querétaro",
    ),
    State(
        "MX-ROO",
        "Quintana Roo",
        ("Q. Roo",),
        "Chetumal",
        ("Cancún", "Playa del Carmen", "Tulum", "Cozumel"),
        ("quintanarroense",),
    ),
    State(
        "MX-SLP",
        "San Luis Potosí",
        ("S.L.P.",),
        "San Luis Potosí",
        ("Ciudad Valles", "Matehuala"),
        ("potosino", "potosina"),
    ),
    State("MX-SIN", "Sinaloa", ("Sin.",), "Culiacán", ("Mazatlán", "Los Mochis"), ("sinaloense",)),
    State(
        "MX-SON",
        "Sonora",
        ("Son.",),
        "Hermosillo",
        ("Ciudad Obregón", "Cajeme", "Nogales", "Guaymas", "Navojoa", "San Luis Río Colorado"),
        ("sonorense",),
    ),
    State("MX-TAB", "Tabasco", ("Tab.",), "Villahermosa", (), ("tabasqueño", "tabasqueña")),
    State(
        "MX-TAM",
        "Tamaulipas",
        ("Tamps.",),
        "Ciudad Victoria",
        ("Reynosa", "Matamoros", "Nuevo Laredo", "Tampico"),
        ("tamaulipeco", "tamaulipeca"),
    ),
    State("MX-TLA", "Tlaxcala", ("Tlax.",), "Tlaxcala", ("Apizaco", "Huamantla"), ("tlaxcalteca",)),
    State(
        "MX-VER",
        "Veracruz",
        ("Veracruz de Ignacio de la Llave", "Ver."),
        "Xalapa",
        ("Coatzacoalcos", "Orizaba", "Poza Rica", "Boca del Río"),
        ("veracruzano", "veracruzana", "jarocho", "jarocha"),
    ),
    State("MX-YUC", "Yucatán", ("Yuc.",), "Mérida", ("Valladolid",), ("yucateco", "yucateca")),
    State(
        "MX-ZAC",
        "Zacatecas",
        ("Zac.",),
        "Zacatecas",
        ("Fresnillo", "Jerez", "Sombrerete", "Río Grande", "Luis Moya"),
        ("zacatecano", "zacatecana"),
        legislature="Legislatura del Estado de Zacatecas",
    ),
)

BY_CODE: dict[str, State] = {state.code: state for state in STATES}

# Locations that mean "the newsroom's own state": the article says it is local.
LOCAL_LOCATIONS = frozenset({"local", "locales", "la entidad", "estatal"})

# State names that are also surnames or street names ("avenida Hidalgo", "Vicente
# Guerrero"): they count only after "estado de", "de" or "en".
AMBIGUOUS_NAMES = frozenset({"guerrero", "hidalgo", "morelos", "colima", "durango", "campeche"})
_PLACE_BEFORE = re.compile(r"(?:estado de|de|en) $")

# How much one word of each kind weighs; the article's location field outweighs the text.
LOCATION_WEIGHT = 5
NAME_WEIGHT = 2
OTHER_WEIGHT = 1


def state_of(jurisdiction: str) -> str:
    """The state code of a jurisdiction ("MX-SON/Hermosillo" -> "MX-SON"), "" for none."""
    return jurisdiction.split("/", 1)[0] if jurisdiction.startswith("MX-") else ""


def state_name(code: str) -> str:
    """ "MX-SON" or "MX-SON/Cajeme" -> "Sonora"; "" for anything else."""
    state = BY_CODE.get(code.split("/", 1)[0])
    return state.name if state else ""


def legislature_name(code: str) -> str:
    """The state's legislature: "Congreso del Estado de Sonora", "Congreso de la Ciudad
    de México", "Legislatura del Estado de México"; "" for anything else."""
    state = BY_CODE.get(code.split("/", 1)[0])
    if state is None:
        return ""
    if state.legislature:
        return state.legislature
    if state.name.startswith("Ciudad de "):
        return f"Congreso de la {state.name}"
    return f"Congreso del Estado de {state.name}"


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(
        fold(place)
        for state in STATES
        for place in (state.name, state.capital, *state.cities)
        if place
    )


def known_place(text: str) -> bool:
    """Is ``text`` a state, a state's capital or one of its cities in the table?"""
    return fold(text) in _places()


@lru_cache(maxsize=1)
def _matcher():
    """One Aho–Corasick automaton over every folded word of the table."""
    import ahocorasick

    words: dict[str, tuple[str, int]] = {}
    for state in STATES:
        for name in (state.name, *state.names):
            words.setdefault(fold(name), (state.code, NAME_WEIGHT))
        for other in (state.capital, *state.cities, *_plurals(state.demonyms)):
            if other:
                words.setdefault(fold(other), (state.code, OTHER_WEIGHT))
    automaton = ahocorasick.Automaton()
    for word, (code, weight) in words.items():
        automaton.add_word(word, (word, code, weight))
    automaton.make_automaton()
    return automaton


class _Match:
    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _find(folded: str):
    """Whole-word, leftmost-longest hits: (match, word, code, weight)."""
    taken = -1
    for end, (word, code, weight) in _matcher().iter_long(folded):
        start = end + 1 - len(word)
        if start <= taken:
            continue
        if start > 0 and folded[start - 1].isalnum():
            continue
        if end + 1 < len(folded) and folded[end + 1].isalnum():
            continue
        taken = end
        yield _Match(start, end + 1), word, code, weight


def infer_states(
    text: str,
    *,
    location: str = "",
    home: str = "",
    folded: str | None = None,
    issuer: str = "",
) -> tuple[str, ...]:
    """The states an article is about, most cited first (ISO codes); () when none.

    ``location`` is the article's location field; ``home`` the newsroom's state,
    used only when the location says the story is local ("Local"), never as a
    default. ``folded``: ``fold(text)``, when the caller has it. ``issuer``: a press
    release's issuing body, which the importer took out of the text ("Secretaría de
    Salud de Michoacán"): the state it names weighs as the location's.
    """
    scores: dict[str, int] = {}
    first: dict[str, int] = {}
    folded_location = fold(location.strip())
    if home and folded_location in LOCAL_LOCATIONS:
        scores[home] = LOCATION_WEIGHT
        first[home] = -1
    for _match, _word, code, _weight in _find(folded_location):
        scores[code] = scores.get(code, 0) + LOCATION_WEIGHT
        first.setdefault(code, -1)
    folded_issuer = fold(issuer.strip())
    for match, word, code, weight in _find(folded_issuer):
        if weight == NAME_WEIGHT and _counts(issuer, folded_issuer, match, word, code, weight):
            scores[code] = scores.get(code, 0) + LOCATION_WEIGHT
            first.setdefault(code, -1)
    if folded is None:
        folded = fold(text)
    for match, word, code, weight in _find(folded):
        if not _counts(text, folded, match, word, code, weight):
            continue
        scores[code] = scores.get(code, 0) + weight
        first.setdefault(code, match.start())
    return tuple(sorted(scores, key=lambda c: (-scores[c], first[c])))


def _counts(text: str, folded: str, match, word: str, code: str, weight: int) -> bool:
    start = match.start()
    if word[0].isalpha() and not text[start].isupper() and word not in _demonyms():
        return False  # "progreso", "la paz": common words, not places
    before = folded[max(0, start - 12) : start]
    if word in AMBIGUOUS_NAMES and not _PLACE_BEFORE.search(before):
        return False
    if word.endswith(".") and not before.endswith(", "):
        return False  # "Col. Centro" is a neighbourhood; "Jerez, Zac." a dateline
    return not (
        code == "MX-CMX" and weight == NAME_WEIGHT and _is_country_capital(text, folded, match)
    )


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(fold(d) for state in STATES for d in _plurals(state.demonyms))


@lru_cache(maxsize=1)
def _state_by_demonym() -> dict[str, str]:
    return {fold(d): state.code for state in STATES for d in state.demonyms}


def state_of_demonym(word: str) -> str:
    """The ISO code of the state a singular demonym names ("veracruzana" -> "MX-VER"),
    else ""."""
    return _state_by_demonym().get(fold(word), "")


def _plurals(demonyms) -> list[str]:
    """ "sonorense" -> "sonorense", "sonorenses"; "neoleonés" -> "neoleoneses"."""
    forms = []
    for word in demonyms:
        forms.append(word)
        if word[-1] in "aeiou":
            forms.append(word + "s")
        else:
            forms.append(fold(word) + "es")
    return forms


# A body's name before "de la Ciudad de México": "Secretaría de Seguridad Ciudadana de la".
_BODY_OF_THE_CITY = re.compile(r"[A-ZÁÉÍÓÚÑ][\w]+ de la $")


def _is_country_capital(text: str, folded: str, match) -> bool:
    """ "viajó a la Ciudad de México" for a meeting is not a story about the city: only
    count it when the text names its own bodies ("Gobierno de la Ciudad de México",
    "Secretaría de Salud de la Ciudad de México"); a dateline is not enough (national
    stories are datelined there)."""
    start = match.start()
    before = folded[max(0, start - 12) : start]
    if before.endswith(("gobierno de la ", "congreso de la ", "jefa de gobierno de la ")):
        return False
    return not _BODY_OF_THE_CITY.search(text, max(0, start - 40), start)


def _written_key(text: str) -> str:
    """A state's name or abbreviation with case, accents, stops and spaces aside:
    «B.C.S.», «BCS» and «b. c. s.» are one key, «Q. Roo» and «Q.Roo» another."""
    return re.sub(r"[\s.]+", "", fold(text.strip().strip("*_")))


@lru_cache(maxsize=1)
def _states_by_written_name() -> dict[str, State]:
    return {_written_key(n): state for state in STATES for n in (state.name, *state.names)}


def state_named(text: str) -> State | None:
    """The state ``text`` is wholly the name or an abbreviation of, as a dateline writes it
    after its town («Baja California Sur», «B.C.S.», «Q. Roo», «YUCATÁN»); None for any
    other text."""
    return _states_by_written_name().get(_written_key(text)) if text.strip() else None


@lru_cache(maxsize=1)
def _abbreviation_last_words() -> frozenset[str]:
    return frozenset(
        _written_key(name.split()[-1]) for state in STATES for name in state.names if "." in name
    )


def ends_state_abbreviation(word: str) -> bool:
    """Is ``word`` («Tamps», «Méx.», «Roo») the last word of a state's dateline
    abbreviation («Tamps.», «Edo. Méx.», «Q. Roo»), stops and case aside?"""
    return _written_key(word) in _abbreviation_last_words()


@lru_cache(maxsize=1)
def _closing_state_name():
    """A state's full name closing an office's name, after «de», «del», «en» or a comma
    (longest names first: «… de Baja California Sur» is not Baja California's)."""
    names = sorted(
        {fold(n) for state in STATES for n in (state.name, *state.names) if not n.endswith(".")},
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?:^|\b(?:de|del|en)\s+(?:la\s+)?|,\s*)(?P<name>{alternatives})$")


def state_closing(office: str) -> State | None:
    """The state an office's name ends by naming («GOBIERNO DEL ESTADO DE BAJA CALIFORNIA
    SUR», «H. Ayuntamiento de Zitlala, Guerrero», «Secretaría de Salud de Michoacán»);
    None when it names none (a country's government, «Gobierno de México», is none). A
    state's name that is also a surname ("Hidalgo", "Guerrero") counts only after «estado
    de» or a comma."""
    folded = " ".join(fold(office.strip().strip("*_ .")).split())
    match = _closing_state_name().search(folded)
    if match is None:
        return None
    name = match.group("name")
    before = folded[: match.start("name")]
    if name in AMBIGUOUS_NAMES and not before.endswith(("estado de ", ",", ", ")):
        return None
    return _states_by_written_name().get(_written_key(name))


def last_state_named(text: str, end: int) -> str:
    """The ISO code of the state ``text`` names last, by its name or abbreviation, before
    ``end`` ("su homólogo de Sonora, titular de …" -> "MX-SON"); "" when none."""
    before = text[:end]
    folded = fold(before)
    code = ""
    for match, word, found, weight in _find(folded):
        if weight == NAME_WEIGHT and _counts(before, folded, match, word, found, weight):
            code = found
    return code


def primary_state(
    text: str, *, location: str = "", home: str = "", folded: str | None = None, issuer: str = ""
) -> str:
    """The state an article is about (its most cited), or "" when it names none."""
    found = infer_states(text, location=location, home=home, folded=folded, issuer=issuer)
    return found[0] if found else ""


# A dateline at the start of a story: "HERMOSILLO, Son.—", "**Monterrey, N.L.-**",
# "Ciudad Obregón, Sonora, 6 de julio de 2023.-", "Guadalajara, Jal. Los…": a town,
# then a state's name or abbreviation (the table above, plus "Méx.").
_DATELINE_STATES = sorted(
    {n.rstrip(".") for s in STATES for n in (s.name, *s.names)} | {"Méx", "México"},
    key=len,
    reverse=True,
)
# A town of one to four capitalised words ("San Pedro de las Colonias"), and a state.
_TOWN_NAME = (
    r"(?P<town>[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñü]+(?: (?:de |del |de la |de los )?"
    r"[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñü]+){0,3})"
)
_STATE_NAME = "(?:" + "|".join(re.escape(n) for n in _DATELINE_STATES) + ")"
_DATELINE = re.compile(
    rf"\**{_TOWN_NAME}, {_STATE_NAME}"
    r"\.?(?:, \d{1,2} de [a-z]+ de \d{4})?\.? ?(?:[—–-]|\(|\*\*| [A-ZÁÉÍÓÚÑ])",
    re.IGNORECASE,
)
_TOWN_WORDS = frozenset({"de", "del", "la", "los", "las"})
_STATE_WORDS = frozenset(fold(n) for n in _DATELINE_STATES) | {"estado de mexico"}
_CAPITALS = frozenset(fold(s.capital) for s in STATES if s.capital)


def dateline_town(body: str) -> str:
    """The town of a dateline that opens ``body``, in name case ("Ciudad Juárez");
    "" when the body opens with none, or with a state that is no capital's name."""
    match = _DATELINE.match(body.lstrip())
    if match is None:
        return ""
    return _as_town(match.group("town"))


def _as_town(town: str) -> str:
    """``town`` in name case, or "" when it is a state's name that is no capital's."""
    if not town[:1].isupper() or (fold(town) in _STATE_WORDS and fold(town) not in _CAPITALS):
        return ""
    return " ".join(
        w.lower() if i and w.lower() in _TOWN_WORDS else w[:1] + w[1:].lower()
        for i, w in enumerate(town.split())
    )


_LOCATION = re.compile(rf"{_TOWN_NAME}(?:, {_STATE_NAME}\.?)?", re.IGNORECASE)


def location_town(location: str) -> str:
    """The town of an article's location line ("León, Gto.", "Villahermosa"), read as a
    dateline: wire stories put their dateline in a byline line the importer keeps as the
    location, not in the body. "" for a state ("Sonora") that is no capital's name."""
    match = _LOCATION.fullmatch(location.strip().strip("*").strip())
    if match is None:
        return ""
    return _as_town(match.group("town"))
