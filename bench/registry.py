"""A large invented registry of officials and institutions for the corpus.

Institutions are the real federal ones plus, per state, its government,
secretarías, prosecutor, congress, court, institutes and town halls.
Officials are invented people holding posts there for terms between 2010
and 2024, so that an article dated D mentions people in office on D.
Built from ``random.Random(seed)`` only: the same seed, the same registry.
"""

import random
from dataclasses import dataclass, field
from datetime import date

from bench import vocab

HOME_STATE = "Zacatecas"
FIRST_YEAR, LAST_YEAR = 2010, 2024
STATE_CODES = {
    "Zacatecas": "ZAC",
    "Aguascalientes": "AGU",
    "Baja California": "BCN",
    "Chihuahua": "CHH",
    "Coahuila": "COA",
    "Durango": "DUR",
    "Guanajuato": "GUA",
    "Jalisco": "JAL",
    "Michoacán": "MIC",
    "Nuevo León": "NLE",
    "Puebla": "PUE",
    "San Luis Potosí": "SLP",
    "Sinaloa": "SIN",
    "Sonora": "SON",
    "Veracruz": "VER",
    "Yucatán": "YUC",
    "Oaxaca": "OAX",
    "Chiapas": "CHP",
    "Guerrero": "GRO",
    "Hidalgo": "HID",
    "Querétaro": "QUE",
    "Tamaulipas": "TAM",
}
FEMININE_HEADS = {"Secretaría", "Comisión", "Fiscalía", "Procuraduría", "Guardia", "Junta"}
# Federal bodies with a delegate in every state.
DELEGATIONS = ("IMSS", "ISSSTE", "Conagua", "CFE", "Infonavit", "Profeco")


@dataclass
class Institution:
    name: str
    acronym: str = ""
    jurisdiction: str = "MX"
    parent: "Institution | None" = None
    other_names: tuple[str, ...] = ()
    state: str = ""  # empty for federal bodies

    @property
    def the(self) -> str:
        """The institution with its article, first mention: 'el Instituto … (IMSS)'."""
        head = self.name.split()[0]
        if "-" in head:
            return self.first_mention
        return ("la " if head in FEMININE_HEADS else "el ") + self.first_mention

    @property
    def short(self) -> str:
        """How a story names it after the first mention."""
        return self.acronym or self.name

    @property
    def first_mention(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def of(self, *, first: bool = True) -> str:
        """'del IMSS', 'de la Secretaría de Salud', 'de IMSS-Bienestar'."""
        text = self.first_mention if first else self.short
        head = self.name.split()[0]
        if head in FEMININE_HEADS:
            return f"de la {text}"
        if not head[0].isupper() or head.isupper() or "-" in head:
            return f"del {text}" if text == self.acronym else f"de {text}"
        return f"del {text}"


@dataclass
class Position:
    role: str  # canonical, capitalised: "Delegado", "Presidenta municipal"
    institution: Institution
    area: str
    start: date
    end: date | None
    phrases: tuple[str, ...]  # as written after "el"/"la", before ", Name,"


@dataclass
class Official:
    name: str
    female: bool
    known_as: str  # the name stories use: the full name or a shorter one
    other_names: tuple[str, ...]
    surnames: str
    positions: list[Position] = field(default_factory=list)

    @property
    def article(self) -> str:
        return "la" if self.female else "el"


@dataclass
class Registry:
    institutions: list[Institution]
    officials: list[Official]
    reporters: list[str]
    # year -> [(official, position)], home state and elsewhere kept apart
    home_by_year: dict[int, list[tuple[Official, Position]]]
    other_by_year: dict[int, list[tuple[Official, Position]]]
    municipalities: list[str]
    home_institutions: list[Institution]
    federal: list[Institution]

    def in_office(self, rng: random.Random, year: int, *, home: bool):
        pool = (self.home_by_year if home else self.other_by_year).get(year)
        if not pool:
            pool = self.home_by_year[LAST_YEAR]
        return pool[rng.randrange(len(pool))]

    def as_json(self) -> dict:
        """The registry in the format of fixtures/people.json, for ``manage.py load_people``.

        Officials carry the name stories use (when shorter) as an auto-linked
        alias and their two surnames as a ``surnames`` alias that only links
        after the full name; a state secretaría's bare name ("Secretaría de
        Finanzas") links only inside its own state.
        """
        inst_slugs = _unique_slugs(inst.name for inst in self.institutions)
        slug_of = {id(inst): slug for inst, slug in zip(self.institutions, inst_slugs, strict=True)}
        institutions = []
        for inst, slug in zip(self.institutions, inst_slugs, strict=True):
            aliases: list = [inst.acronym] if inst.acronym else []
            aliases += list(inst.other_names)
            if inst.state and inst.name.startswith("Secretaría de "):
                bare = inst.name.removesuffix(f" de {inst.state}")
                aliases.append({"name": bare, "kind": "short", "auto_link": False})
            institutions.append(
                {
                    "slug": slug,
                    "name": inst.name,
                    "acronym": inst.acronym,
                    "jurisdiction": inst.jurisdiction,
                    "parent": slug_of[id(inst.parent)] if inst.parent else None,
                    "aliases": aliases,
                }
            )
        officials = []
        official_slugs = _unique_slugs(official.name for official in self.officials)
        for official, slug in zip(self.officials, official_slugs, strict=True):
            aliases = [official.known_as] if official.known_as != official.name else []
            aliases.append({"name": official.surnames, "kind": "surnames", "auto_link": False})
            officials.append(
                {
                    "slug": slug,
                    "name": official.name,
                    "aliases": aliases,
                    "positions": [
                        {
                            "role": pos.role,
                            "institution": slug_of[id(pos.institution)],
                            "area": pos.area,
                            "start_date": pos.start.isoformat(),
                            "end_date": pos.end.isoformat() if pos.end else None,
                        }
                        for pos in official.positions
                    ],
                }
            )
        return {
            "_format": [
                "Generated by bench.registry: invented officials holding posts at real "
                "institutions, 2010-2024. Same format as fixtures/people.json."
            ],
            "institutions": institutions,
            "officials": officials,
        }


def _unique_slugs(names) -> list[str]:
    from bench.corpus import slugify

    taken: dict[str, int] = {}
    slugs = []
    for name in names:
        base = slugify(name, 200)
        taken[base] = taken.get(base, 0) + 1
        slugs.append(base if taken[base] == 1 else f"{base}-{taken[base]}")
    return slugs


def acronym_of(name: str) -> str:
    words = [w for w in name.replace(",", "").split() if w.lower() not in vocab.PARTICLES]
    return "".join(w[0] for w in words).upper()


def g(masculine: str, female: bool) -> str:
    """'delegado' -> 'delegada', 'director' -> 'directora', 'presidente' -> 'presidenta'."""
    if not female:
        return masculine
    head, _, rest = masculine.partition(" ")
    if head.endswith("o"):
        head = head[:-1] + "a"
    elif head.endswith("or"):
        head += "a"
    elif head == "presidente":
        head = "presidenta"
    rest = rest.replace("presidente", "presidenta")
    return f"{head} {rest}".strip()


class _Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.institutions: list[Institution] = []
        self.officials: list[Official] = []
        self.names: set[str] = set()
        self.state = ""

    def institution(self, name, acronym="", jurisdiction="MX", parent=None, other_names=()):
        state = self.state if jurisdiction != "MX" else ""
        inst = Institution(name, acronym, jurisdiction, parent, tuple(other_names), state)
        self.institutions.append(inst)
        return inst

    def person(self, female: bool) -> Official:
        rng = self.rng
        while True:
            given = rng.choice(vocab.GIVEN_FEMALE if female else vocab.GIVEN_MALE)
            if rng.random() < 0.2:
                second = rng.choice(vocab.GIVEN_FEMALE if female else vocab.GIVEN_MALE)
                if second != given:
                    given = f"{given} {second}"
            first, second = rng.choice(vocab.SURNAMES), rng.choice(vocab.SURNAMES)
            name = f"{given} {first} {second}"
            if name not in self.names:
                self.names.add(name)
                break
        surnames = f"{first} {second}"
        other = [surnames]
        known_as = name
        if rng.random() < 0.3:  # known publicly by first given name and first surname
            known_as = f"{given.split()[0]} {first}"
            other.append(known_as)
        return Official(name, female, known_as, tuple(other), surnames)

    def post(self, inst, area, role, phrases, first_year, term, *, reuse=0.12):
        """Holders of one post from 2010 to 2024, in terms of ``term`` years."""
        year = first_year
        while year <= LAST_YEAR:
            female = self.rng.random() < 0.38
            official = None
            if self.officials and self.rng.random() < reuse:
                official = self.rng.choice(self.officials)
                female = official.female
                if any(p.institution is inst for p in official.positions):
                    official = None  # one post per institution keeps (official, post) unique
            if official is None:
                official = self.person(female)
                self.officials.append(official)
            start = date(max(year, FIRST_YEAR), self.rng.randint(1, 12), self.rng.randint(1, 28))
            end_year = year + term
            end = None if end_year > LAST_YEAR else date(end_year, start.month, start.day)
            official.positions.append(
                Position(
                    role=g(role, female)[:1].upper() + g(role, female)[1:],
                    institution=inst,
                    area=area,
                    start=start,
                    end=end,
                    phrases=tuple(
                        p.format(r=g(role, female), nuevo="nueva" if female else "nuevo")
                        for p in phrases
                    ),
                )
            )
            year = end_year


def build_registry(seed: int) -> Registry:
    rng = random.Random(seed)
    b = _Builder(rng)
    federal = [b.institution(name, acronym) for name, acronym, _kind in vocab.FEDERAL]
    by_acronym = {inst.acronym: inst for inst in federal if inst.acronym}
    for inst in federal:
        head = inst.name.split()[0]
        if head == "Secretaría":
            topic = inst.name.removeprefix("Secretaría de ")
            b.post(
                inst,
                "",
                "secretario de " + topic,
                ("{r}", "titular " + inst.of(first=True)),
                2006,
                6,
            )
        elif inst.name == "IMSS-Bienestar":
            b.post(inst, "", "coordinador general", ("{r} del programa IMSS-Bienestar",), 2012, 6)
        else:
            b.post(
                inst,
                "",
                "director general",
                ("{r} " + inst.of(first=True), "{r} " + inst.of(first=False)),
                2006,
                6,
            )

    home_municipalities: list[str] = []
    home_institutions: list[Institution] = []
    for state, demonym, capital, towns in vocab.STATES:
        home = state == HOME_STATE
        b.state = state
        code = "MX-" + STATE_CODES[state]
        terms = 3
        government = b.institution(
            f"Gobierno del Estado de {state}",
            jurisdiction=code,
            other_names=("Gobierno del Estado",) if home else (),
        )
        local = [government]
        b.post(government, state, "gobernador", ("{r} de " + state, "{r}"), 2010, 6)
        for topic in vocab.STATE_TOPICS:
            inst = b.institution(
                f"Secretaría de {topic} de {state}", jurisdiction=code, parent=government
            )
            local.append(inst)
            b.post(
                inst,
                state,
                "secretario de " + topic,
                ("{r}", "{r} del estado", "titular de la Secretaría de " + topic),
                2010,
                terms,
            )
        fiscalia = b.institution(
            f"Fiscalía General de Justicia del Estado de {state}",
            jurisdiction=code,
            parent=government,
        )
        b.post(fiscalia, state, "fiscal general", ("{r} del Estado", "{r} de " + state), 2010, 6)
        congress = b.institution(
            f"Congreso del Estado de {state}",
            jurisdiction=code,
            other_names=(f"Legislatura del Estado de {state}",),
        )
        for _seat in range(15 if home else 10):
            b.post(congress, state, "diputado local", ("{r}",), 2010, 3, reuse=0.05)
        court = b.institution(
            f"Tribunal Superior de Justicia del Estado de {state}",
            acronym="TSJE" if home else "",
            jurisdiction=code,
        )
        b.post(court, state, "magistrado presidente", ("{r} " + court.of(first=True),), 2010, 4)
        local += [fiscalia, congress, court]
        for pattern in vocab.STATE_INSTITUTES if home else vocab.STATE_INSTITUTES[:2]:
            name = pattern.format(demonym=demonym, state=state)
            inst = b.institution(name, acronym_of(name), code, parent=government)
            local.append(inst)
            b.post(
                inst,
                state,
                "director",
                ("{r} " + inst.of(first=True), "{r} " + inst.of(first=False)),
                2010,
                3,
            )
        for acronym in DELEGATIONS if home else DELEGATIONS[:3]:
            inst = by_acronym[acronym]
            b.post(
                inst,
                state,
                "delegado",
                (
                    "{r} " + inst.of(first=False) + " en " + state,
                    "{r} " + inst.of(first=True) + " en " + state,
                    "{nuevo} {r} " + inst.of(first=False) + " en " + state,
                ),
                2010,
                3,
            )
        for town in (capital, *towns):
            inst = b.institution(
                f"Ayuntamiento de {town}",
                jurisdiction=f"{code}/{town}",
                other_names=(f"Municipio de {town}",),
            )
            local.append(inst)
            for role in vocab.MUNICIPAL_ROLES:
                b.post(inst, town, role, ("{r} de " + town,), 2010, 3)
            if home:
                home_municipalities.append(town)
        if home:
            home_institutions = local

    home_by_year: dict[int, list] = {y: [] for y in range(FIRST_YEAR, LAST_YEAR + 1)}
    other_by_year: dict[int, list] = {y: [] for y in range(FIRST_YEAR, LAST_YEAR + 1)}
    for official in b.officials:
        for pos in official.positions:
            last = pos.end.year if pos.end else LAST_YEAR
            home = pos.area in (HOME_STATE, *home_municipalities) or not pos.area
            for year in range(max(pos.start.year, FIRST_YEAR), min(last, LAST_YEAR) + 1):
                (home_by_year if home else other_by_year)[year].append((official, pos))

    reporters = []
    particles = ("de Santiago", "de la Torre", "del Río", "de León", "de la Cruz")
    for _ in range(60):
        female = rng.random() < 0.5
        given = rng.choice(vocab.GIVEN_FEMALE if female else vocab.GIVEN_MALE)
        surname = rng.choice(particles) if rng.random() < 0.15 else rng.choice(vocab.SURNAMES)
        if rng.random() < 0.5:
            surname += " " + rng.choice(vocab.SURNAMES)
        reporters.append(f"{given} {surname}")
    return Registry(
        institutions=b.institutions,
        officials=b.officials,
        reporters=reporters,
        home_by_year=home_by_year,
        other_by_year=other_by_year,
        municipalities=home_municipalities,
        home_institutions=home_institutions,
        federal=federal,
    )
