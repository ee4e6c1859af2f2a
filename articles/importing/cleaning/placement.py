"""Placement flags: categories that say where a post goes on the home page
("Portada", "Destacadas"), not what it is about. A row per spelling; the
stored values are the flags ``articles.home`` arranges the home page by."""

import re

from people.naming import fold

from .boilerplate import is_boilerplate
from .names import BY_START

# Folded spelling -> the flag as stored.
PLACEMENT_FLAGS = {
    "portada": "Portada",
    "home": "Portada",
    "principal": "Portada",
    "destacadas": "Destacadas",
    "destacada": "Destacadas",
    "destacados": "Destacadas",
    "destacado": "Destacadas",
    "featured": "Destacadas",
}

# The category a blog platform gives a post nobody filed (folded): no section, no flag.
DEFAULT_CATEGORIES = frozenset({"sin categoria", "uncategorized", "sin clasificar", "unclassified"})


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e"})


def _words_as_categories(words: list[str]) -> list[str]:
    """The words of a space-separated category list, one category each, as
    Jekyll reads them («portada deportes comunidad»: «deportes», «comunidad»);
    words joined by a particle stay one name («Ciudad de México»)."""
    categories: list[str] = []
    for word in words:
        joined = categories and (
            fold(word) in _PARTICLES or fold(categories[-1].split()[-1]) in _PARTICLES
        )
        if joined:
            categories[-1] = f"{categories[-1]} {word}"
        else:
            categories.append(word)
    return categories


def split_placement(categories: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """(placement flags, the other categories). A space-separated category
    string whose words are flags and sections («Destacadas Salud», «portada
    deportes comunidad») is split into one category a word. A platform's default
    category («Sin categoría», «Uncategorized») is neither."""
    flags: list[str] = []
    rest: list[str] = []
    for category in categories:
        if " ".join(fold(category).split()) in DEFAULT_CATEGORIES:
            continue
        words = category.split()
        flagged = [PLACEMENT_FLAGS.get(fold(w)) for w in words]
        if fold(category) in PLACEMENT_FLAGS:
            flags.append(PLACEMENT_FLAGS[fold(category)])
        elif len(words) > 1 and any(flagged):
            flags.extend(f for f in flagged if f)
            rest.extend(
                _words_as_categories([w for w, f in zip(words, flagged, strict=True) if not f])
            )
        else:
            rest.append(category)
    return tuple(dict.fromkeys(flags)), rest


def placement_tags(tags: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """(placement flags, the other tags): a tag that is a flag and nothing else
    («Destacadas», «portada»); «Home office» stays a tag."""
    flags = [PLACEMENT_FLAGS[fold(t.strip())] for t in tags if fold(t.strip()) in PLACEMENT_FLAGS]
    rest = [t for t in tags if fold(t.strip()) not in PLACEMENT_FLAGS]
    return tuple(dict.fromkeys(flags)), rest


# Usual names of a newspaper's sections (folded), for a section written with no label as
# the last part of a byline line («Por Ana Ruiz | El Sol | Deportes»): topics and desks,
# never a place's name. A row per spelling.
SECTION_NAMES = frozenset(
    [
        "deportes", "deporte", "local", "locales", "nacional", "internacional", "estados",
        "estatal", "region", "regional", "regiones", "municipios", "metropoli", "ciudad",
        "economia", "finanzas", "negocios", "dinero", "politica", "cultura", "espectaculos",
        "entretenimiento", "farandula", "sociedad", "sociales", "salud", "ciencia",
        "tecnologia", "ciencia y tecnologia", "educacion", "seguridad", "policiaca",
        "policia", "justicia", "nota roja", "opinion", "editorial", "medio ambiente",
        "ambiente", "ecologia", "turismo", "campo", "comunidad", "vida", "estilo de vida",
        "mundo", "tendencias", "virales", "clima", "gastronomia", "cartelera", "elecciones",
        # A metropolitan desk's own sections.
        "movilidad", "transporte", "urbe", "capital", "alcaldias", "zona metropolitana",
        # A business or a university paper's.
        "industria", "agro", "investigacion",
    ]
)  # fmt: skip


# Mexico's states (folded), a regional outlet's sections («Onda Sur TV» over «Quintana
# Roo» over the title): a state's name alone on a masthead line, beside the outlet's,
# is the section the story was filed in, not a second outlet.
STATE_NAMES = frozenset(
    [
        "aguascalientes", "baja california", "baja california sur", "campeche", "chiapas",
        "chihuahua", "ciudad de mexico", "cdmx", "coahuila", "colima", "durango",
        "estado de mexico", "edomex", "guanajuato", "guerrero", "hidalgo", "jalisco",
        "michoacan", "morelos", "nayarit", "nuevo leon", "oaxaca", "puebla", "queretaro",
        "quintana roo", "san luis potosi", "sinaloa", "sonora", "tabasco", "tamaulipas",
        "tlaxcala", "veracruz", "yucatan", "zacatecas",
    ]
)  # fmt: skip


def is_state_name(part: str) -> bool:
    """A Mexican state's name alone («Quintana Roo», «NUEVO LEÓN»)."""
    return " ".join(fold(part.strip("*_ ")).split()) in STATE_NAMES


def is_section_name(part: str) -> bool:
    """A usual section's name («Deportes», «Medio Ambiente», «Policiaca»)."""
    return " ".join(fold(part.strip("*_ ")).split()) in SECTION_NAMES


# Labels of a section line in a wire story's byline block («Sección: Economía»,
# «Categoría: Local»); a row per spelling.
SECTION_LABELS = (
    r"secci[oó]n(?:es)?",
    r"categor[ií]as?",
    r"archivado\s+en",  # WordPress: «Archivado en: Estados»
)
_SECTION_LINE = re.compile(
    r"^[*_]*(?:" + "|".join(SECTION_LABELS) + r")[*_]*\s*:\s*[*_]*\s*"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][^\n.:;|·/]{1,40}?)[*_\s]*$",
    re.IGNORECASE,
)


def section_label(line: str) -> str:
    """The section named by a labelled line («Sección: Economía» -> «Economía»), or ""."""
    match = _SECTION_LINE.match(line.strip()) if len(line) <= 80 else None
    # «Categorías: Estados, Local»: the first category is the section.
    return match.group("name").split(",")[0].strip() if match else ""


# A site's breadcrumb over a story («La Voz del Bajío > Local > León», «Inicio » Estado »
# Salud», an old portal's «El Diario :: Local»): the outlet, then the section (its first
# level), then narrower levels.
BREADCRUMB_SEPARATORS = ">»›"
_CRUMB_SPLIT = re.compile(r"\s+(?:[" + BREADCRUMB_SEPARATORS + r"]{1,2}|::)\s+")
_CRUMB = re.compile(r"[A-ZÁÉÍÓÚÑ][^\n.:;!?|·/<>»›\d]{0,40}")
# First crumbs that name the site's home page, not the outlet (folded).
HOME_CRUMBS = frozenset({"inicio", "home", "portada", "principal"})
# Crumbs that name every story, not its section («Inicio » Noticias » Región»): skipped.
GENERIC_CRUMBS = frozenset({"noticias", "news", "notas", "articulos", "blog", "secciones"})
_CRUMB_WORDS = 6


def breadcrumb(line: str) -> tuple[str, str] | None:
    """(the outlet or "", the section) of a breadcrumb line, or None for any other line."""
    text = line.strip().strip("*_ ")
    parts = _CRUMB_SPLIT.split(text) if len(text) <= 160 else []
    if len(parts) < 2 or not all(
        _CRUMB.fullmatch(p) and len(p.split()) <= _CRUMB_WORDS for p in parts
    ):
        return None
    if is_boilerplate(text):
        return None  # «Lee también » Cierran el puente»: a teaser, not a breadcrumb
    outlet = "" if fold(parts[0]) in HOME_CRUMBS else parts[0].strip()
    sections = [p.strip() for p in parts[1:] if fold(p.strip()) not in GENERIC_CRUMBS]
    # «Diario X > Mérida > Ciudad»: a site may file by place first; a usual section's
    # name further down is the section, the place only where no such name follows.
    usual = [p for p in sections if is_section_name(p)]
    return outlet, (usual or sections or parts[1:])[0].strip()


# A kicker written as a path over the title («Región ▸ Los Ríos», «Deportes | Regatas»,
# «Deportes › Béisbol»): the section, then narrower levels. Separators, a row each.
KICKER_PATH_SEPARATORS = ("▸", "▶", "►", "›", "»", ">", "|", "/", "·", "→")
_KICKER_PATH_SPLIT = re.compile(
    r"\s+(?:" + "|".join(re.escape(sep) for sep in KICKER_PATH_SEPARATORS) + r")\s+"
)
_KICKER_PART = re.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ '-][^\W\d_]+){0,3}")


def kicker_path(line: str) -> str:
    """The first level of a kicker path of two or three short names («Región ▸ Los Ríos»
    -> «Región»), or "" for any other line."""
    text = line.strip().strip("*_ ")
    parts = _KICKER_PATH_SPLIT.split(text) if len(text) <= 80 else []
    if not 2 <= len(parts) <= 3 or not all(_KICKER_PART.fullmatch(p) for p in parts):
        return ""
    return parts[0]


# A bar between the town and the section; a breadcrumb's arrows («MONITOR SONORENSE >
# Hermosillo») start from the site, never from a town.
_PLACE_KICKER_SPLIT = re.compile(r"\s+\|\s+")
_ARTICLES = frozenset({"el", "la", "los", "las", "lo"})


def place_kicker(line: str) -> str:
    """The section of a kicker that opens with the town in capitals («ENSENADA |
    Pesca» -> «Pesca»), or ""."""
    text = line.strip().strip("*_ ")
    parts = _PLACE_KICKER_SPLIT.split(text) if len(text) <= 80 else []
    if len(parts) != 2 or not all(_KICKER_PART.fullmatch(p) for p in parts):
        return ""
    if fold(parts[0]).split()[0] in _ARTICLES:
        return ""  # «EL SOL | Deportes»: an outlet's name, then its section
    return parts[1] if place_over_section(*parts) else ""


def place_over_section(first: str, second: str) -> bool:
    """A kicker's town in capitals, as a dateline writes it, before the section in
    ordinary case («ENSENADA | Pesca», «TORREÓN | Seguridad»); never two levels of
    sections («DEPORTES | Béisbol») nor an outlet's name («DIARIO DEL SUR | Noticias»,
    told by its outlet word where the kicker is read)."""
    return (
        first.isupper()
        and not second.isupper()
        and len(first.split()) <= 3
        and not is_section_name(first)
        and not is_state_name(second)
    )


# A print edition's folio over a story scanned or copied from the paper («Edición
# impresa | Sección Local | Página 3A», «Edición impresa · Página 6B · Policía y
# Justicia»): where the story ran on paper. Parts that only say so (folded patterns),
# a row per shape; a part that names the section («Sección Local») is read apart.
PRINT_EDITION_PARTS = (
    r"edicion\s+(?:impresa|de\s+papel|matutina|vespertina|dominical|nocturna)",
    r"version\s+impresa",
    r"impreso",
    r"(?:pagina|pag\.?|p\.)\s*\d{1,3}[a-z]?",
    r"(?:primera|segunda|ultima|contra)\s*(?:plana|portada)",
    r"contraportada",
    r"(?:columna|suplemento|cuadernillo)\s*:?\s+.{1,40}",
)
_PRINT_PART = re.compile(r"(?:" + "|".join(PRINT_EDITION_PARTS) + r")", re.IGNORECASE)
# Parts that mark the line as a print folio, not a byline («Edición impresa», a page).
_PRINT_MARK = re.compile(r"edicion\s+impresa|version\s+impresa|impreso|(?:pagina|pag\.?)\s*\d")
_SECTION_PART = re.compile(r"secci[oó]n\s*:?\s+(?P<name>.+)", re.IGNORECASE)
_PRINT_SPLIT = re.compile(r"\s+[·•|–—]\s+|\s+-\s+")
_PRINT_SECTION_WORDS = 4  # «Policía y Justicia»; a longer part is no section's name


def print_edition_line(line: str) -> str | None:
    """A print edition's folio line: the section it names (a «Sección X» part, or the
    one short part that is neither edition, page, plana nor column), "" when it names
    none; None for any other line. The line must say «Edición impresa» or give a page,
    so that a byline line («Ana Ruiz | Local») is never read as one."""
    text = line.strip().strip("*_ ")
    parts = [p.strip("*_ ") for p in _PRINT_SPLIT.split(text)] if len(text) <= 120 else []
    if not parts or not any(_PRINT_MARK.match(fold(p)) for p in parts):
        return None
    sections: list[str] = []
    for part in parts:
        if _PRINT_PART.fullmatch(fold(part)):
            continue
        if named := _SECTION_PART.fullmatch(part):
            sections.append(named.group("name").strip())
        elif part[:1].isupper() and len(part.split()) <= _PRINT_SECTION_WORDS:
            if not re.search(r"[\d:;.!?@]", part) and not BY_START.match(part):
                sections.append(part)
                continue
            return None
        else:
            return None
    return sections[0] if len(sections) == 1 else ""
