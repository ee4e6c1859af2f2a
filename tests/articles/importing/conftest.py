from datetime import datetime
from pathlib import Path

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.parsing import parse_bytes

SOURCES = Path(__file__).resolve().parents[3] / "fixtures" / "sources"
CASES = SOURCES / "cases"


def case_bytes(name: str) -> bytes:
    return (CASES / name).read_bytes()


@pytest.fixture
def case():
    """``case("utf8-bom.md")`` -> the bytes of fixtures/sources/cases/utf8-bom.md."""
    return case_bytes


# Three paragraphs of invented prose, for shapes whose head or foot is what a test reads.
LEDE = (
    "Los apicultores del valle de Zacualpan reportaron que la floración del mezquite se "
    "adelantó tres semanas y que la primera cosecha de miel fue la más corta en una década."
)
SECOND = (
    "La cooperativa pidió a la delegación estatal semilla de plantas melíferas para "
    "sembrar en los linderos de las parcelas antes de que comiencen las lluvias."
)
THIRD = (
    "Los técnicos recomendaron mover las colmenas a las barrancas, donde la humedad "
    "conserva más tiempo las flores silvestres de la temporada."
)


def local(*args) -> datetime:
    """A datetime in the newsroom's time zone (what a dated source reads as)."""
    return datetime(*args, tzinfo=get_default_timezone())


def parse(name: str):
    """The ParsedArticle of fixtures/sources/cases/<name>."""
    return parse_bytes(case_bytes(name), source_path=f"cases/{name}")


# One row of a shapes table: (file, format, title, date, bylines, source, body start,
# body end, phrases gone from the body and the deck).
EDITOR_VIEW_FIELDS = ("name", "fmt", "title", "date", "bylines", "source", "first", "last", "gone")


def assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone):
    """What an editor sees of a case file: the fields, where the body starts and ends,
    and no boilerplate left in the body or the deck."""
    article = parse(name)
    assert (article.format, article.title, article.published_at) == (fmt, title, date)
    assert ([b.name for b in article.bylines], article.source) == (bylines, source)
    assert article.body.startswith(first)
    assert article.body.endswith(last)
    for phrase in gone:
        assert phrase not in article.body
        assert phrase not in article.deck
    return article
