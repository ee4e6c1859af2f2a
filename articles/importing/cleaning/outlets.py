"""Words that mark a name as a news outlet's: «Noticias del Llano», «Diario de la
Costa», «La Voz Peninsular», «Agencia Informativa Bajío Norte». A row per word
(folded); they tell an outlet from a person («Ana Ruiz Peña | Noticias del Llano»)
and from a town («Noticias del Llano, 3 de febrero» against «La Piedad, 3 de
febrero»), so no word here is a usual part of a person's or a town's name."""

from people.naming import fold

OUTLET_WORDS = frozenset(
    """
    diario periodico noticias noticiero semanario quincenal agencia gaceta heraldo
    cronica tribuna correo informador informativo informativa observador voz eco sol
    radio canal tv television digital prensa portal revista expreso imparcial universal
    vigia centinela mensajero news press times post
    """.split()  # noqa: SIM905 (a table of words)
)
_ARTICLES = frozenset({"el", "la", "los", "las"})


def has_outlet_word(name: str) -> bool:
    """A name with a word only outlets use («Noticias del Llano»)."""
    return any(fold(word.strip(".,")) in OUTLET_WORDS for word in name.split())


def outlet_like(name: str) -> bool:
    """A name that is an outlet's rather than a person's: an outlet word, or an
    article first («El Centinela», «La Jornada Maya»); never «Ana Ruiz Peña»."""
    words = name.split()
    return bool(words) and (fold(words[0]) in _ARTICLES or has_outlet_word(name))
