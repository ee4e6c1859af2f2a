"""Shared helpers for the people tests: parsed seeds, the dev set, registries, articles."""

import itertools
import json
from pathlib import Path

import pytest
import yaml

from people.mentions import Registry
from people.mentions.loading import registry_from_data
from tests.conftest import PEOPLE_FIXTURE, SEED_FILES

DEVSET = Path(__file__).resolve().parent / "devset"
DEVSET_FILES = sorted(
    p for p in DEVSET.iterdir() if p.suffix in (".md", ".txt") and p.stem[:2].isdigit()
)

_slugs = itertools.count(1)


def parse_source(path: Path):
    """The importer's parse of a source file (title, deck, highlights, body, date)."""
    from articles.importing.parsing import parse_bytes

    return parse_bytes(path.read_bytes(), source_path=path.name)


def gold_for(path: Path) -> dict:
    data = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    data.setdefault("officials", [])
    data.setdefault("institutions", [])
    return data


def fixture_data() -> dict:
    return json.loads(PEOPLE_FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def empty_registry():
    return Registry.from_records()


@pytest.fixture(scope="session")
def fixture_registry_data():
    return fixture_data()


@pytest.fixture
def fixture_registry(fixture_registry_data):
    """fixtures/people.json as an in-memory registry (ids 1, 2… in file order)."""
    return registry_from_data(fixture_registry_data)


def make_article(**fields):
    from articles.models import Article

    n = next(_slugs)
    fields.setdefault("title", f"Nota {n}")
    fields.setdefault("slug", f"nota-prueba-{n}")
    fields.setdefault("status", Article.Status.PUBLISHED)
    return Article.objects.create(**fields)


def article_from_source(path: Path):
    parsed = parse_source(path)
    return make_article(
        title=parsed.title,
        deck=parsed.deck,
        highlights=list(parsed.highlights),
        body=parsed.body,
        published_at=parsed.published_at,
        location=parsed.location,
        dateline_city=parsed.dateline_city,
        issuer=parsed.issuer,
        slug=f"{path.stem.replace('_', '-')}-{next(_slugs)}",
    )


__all__ = ["DEVSET_FILES", "SEED_FILES", "article_from_source", "gold_for", "make_article"]
