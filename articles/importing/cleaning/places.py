"""Where a story happened, as the article page shows it beside the date.

``ParsedArticle.location`` is the dateline's town in name case («Monclova») or the
place a source gives; a dateline or a release's letterhead may also name the state
(«Bahía Tortugas, B.C.S., …», «GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR»), which
the readers keep as ``ParsedArticle.state``. ``with_state`` joins the two: «Bahía
Tortugas, Baja California Sur». A state's abbreviation is written out by the states
table (``people.mentions.states``), so «León, Gto.» reads «León, Guanajuato». The
linker reads the location's state as the article's (``states.infer_states``).
"""

from dataclasses import replace

from articles.importing.records import ParsedArticle

from .names import spanish_name_case

LOCATION_LENGTH = 100  # Article.location's column


def place_line(town: str, state: str) -> str:
    """«Town, State», the town alone or the state alone; the town in name case
    («BAHÍA TORTUGAS» -> «Bahía Tortugas»)."""
    town = " ".join(town.split())
    if town.isupper():
        town = spanish_name_case(town)
    return ", ".join(part for part in (town, state) if part)


def with_state(article: ParsedArticle) -> ParsedArticle:
    """``article`` with the state in its location: the state its location already
    names after a comma, written out («León, Gto.» -> «León, Guanajuato»), else the
    state the reader kept (the release's town, or the location, before it). A location
    that is itself a state's name, or names no state and the reader kept none, stays."""
    from people.mentions.states import state_named

    location = article.location.strip()
    town, comma, rest = location.partition(",")
    named = state_named(rest.strip(" .")) if comma else None
    if named is not None:
        placed = place_line(town, named.name)
    elif not article.state or (location and state_named(location) is not None):
        return article
    elif comma:
        return article  # «Col. Centro, Mérida»: a place of its own; leave it as written
    else:
        placed = place_line(location or article.dateline_city, article.state)
    if placed == article.location or len(placed) > LOCATION_LENGTH:
        return article
    return replace(article, location=placed)
