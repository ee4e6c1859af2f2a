"""Placement flags: categories that say where a post goes on the home page
("Portada", "Destacadas"), not what it is about. A row per spelling; the
stored values are the flags ``articles.home`` arranges the home page by."""

from people.naming import fold

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


def split_placement(categories: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """(placement flags, the other categories). A space-separated category
    string whose words are flags and a section («Destacadas Salud») is split."""
    flags: list[str] = []
    rest: list[str] = []
    for category in categories:
        words = category.split()
        flagged = [PLACEMENT_FLAGS.get(fold(w)) for w in words]
        if fold(category) in PLACEMENT_FLAGS:
            flags.append(PLACEMENT_FLAGS[fold(category)])
        elif len(words) > 1 and any(flagged):
            flags.extend(f for f in flagged if f)
            others = " ".join(w for w, f in zip(words, flagged, strict=True) if not f)
            if others:
                rest.append(others)
        else:
            rest.append(category)
    return tuple(dict.fromkeys(flags)), rest
