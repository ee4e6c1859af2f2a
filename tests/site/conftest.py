import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_position,
    make_section,
)


def local_dt(*args) -> datetime.datetime:
    """An aware datetime in the site's time zone (America/Mexico_City)."""
    return timezone.make_aware(datetime.datetime(*args))


def count_queries(client, url: str, *, status: int = 200) -> int:
    """Queries run by one GET of ``url`` after a warm-up GET (caches filled)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == status, url
    return len(captured.captured_queries)


@pytest.fixture
def world(db):
    """A small newsroom: sections, bylines, entities with posts, and a factory.

    ``world.add(n)`` adds ``n`` published articles carrying several authors,
    tags, officials (with and without a role in the note) and institutions.
    """

    class World:
        pass

    w = World()
    w.section = make_section(name="Portada", slug="portada")
    w.other_section = make_section(name="Salud", slug="salud")
    w.reporter = make_author(name="Rafael de Santiago", slug="rafael-de-santiago")
    w.desk = make_author(name="Redacción", slug="redaccion", kind="desk")
    w.government = make_institution(
        name="Gobierno del Estado de Zacatecas", slug="gobierno-zacatecas", acronym="GEZ"
    )
    w.finance = make_institution(
        name="Secretaría de Finanzas",
        slug="secretaria-de-finanzas",
        acronym="SEFIN",
        parent=w.government,
        aliases=("Finanzas", "SEFIN"),
    )
    w.official = make_official(
        name="Ricardo Olivares", slug="ricardo-olivares", aliases=("Olivares",)
    )
    make_position(
        official=w.official,
        role="Secretario de Finanzas",
        institution=w.finance,
        start_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2024, 6, 1),
    )
    make_position(
        official=w.official,
        role="Subsecretario de Ingresos",
        institution=w.finance,
        start_date=datetime.date(2021, 1, 1),
        end_date=datetime.date(2022, 12, 31),
    )
    w.governor = make_official(name="David Monreal", slug="david-monreal")
    w.articles = []

    def add(n: int):
        start = len(w.articles)
        for i in range(start, start + n):
            w.articles.append(
                make_article(
                    title=f"Presupuesto estatal {i}",
                    slug=f"presupuesto-estatal-{i}",
                    section=w.section if i % 2 else w.other_section,
                    authors=[w.reporter, w.desk],
                    tags=["presupuesto", f"tema {i % 5}"],
                    officials=[w.official, (w.governor, "Gobernador", w.government)],
                    institutions=[w.finance, w.government],
                    published_at=local_dt(2024, 1, 9, 10) - datetime.timedelta(days=i),
                    body="Texto de la nota.",
                )
            )
        return w.articles[start:]

    w.add = add
    return w
