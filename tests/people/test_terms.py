"""Posts that are true: the term (registry, editor) apart from the evidence (articles)."""

import datetime
import re

import pytest
from django.utils import timezone

from people.mentions import Registry, link_articles
from people.mentions.popolo import build_popolo
from people.models import RECENT_EVIDENCE, Official, Position
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ROBLEDO = "El director general del IMSS, Zoé Robledo, anunció nuevas guarderías."


def at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def section(page, start, end):
    begin = page.index(start)
    stop = page.find(end, begin + len(start))
    return page[begin : stop if stop >= 0 else len(page)]


def discovered_official(days):
    """An official only articles showed, on ``days`` (no registry term)."""
    articles = [
        make_article(
            title=f"Nota {n}",
            body="La alcaldesa de Jerez, Rocío Nava Lugo, inauguró el mercado.",
            published_at=at(day),
        )
        for n, day in enumerate(days)
    ]
    link_articles(articles, registry=Registry.load())
    return Official.objects.get(name="Rocío Nava Lugo")


def test_a_post_seen_long_ago_is_evidence_not_a_term(client):
    official = discovered_official([datetime.date(2016, 3, 2), datetime.date(2016, 5, 9)])
    page = text(client.get(official.get_absolute_url()))
    current = section(page, "Cargo actual", "Cargos anteriores")
    assert "Sin cargo actual conocido." in current
    earlier = section(page, "Cargos anteriores", "Notas en las que aparece")
    assert "mencionado del 2 de marzo de 2016 al 9 de mayo de 2016 (2 notas)" in earlier
    assert "desde el" not in earlier and "hasta el" not in earlier  # no term is invented


def test_recent_evidence_makes_a_post_current(client):
    recent = timezone.localdate() - datetime.timedelta(days=20)
    official = discovered_official([recent])
    page = text(client.get(official.get_absolute_url()))
    current = section(page, "Cargo actual", "Instituciones")
    assert "Presidenta municipal" in current
    assert "(1 nota)" in current
    assert datetime.timedelta(days=365) <= RECENT_EVIDENCE


def test_an_ended_term_is_not_current_even_with_old_evidence(client, people_registry):
    article = make_article(
        body="El presidente Enrique Peña Nieto visitó Zacatecas.",
        published_at=at(datetime.date(2016, 4, 1)),
    )
    link_articles([article], registry=Registry.load())
    pena = Official.objects.get(slug="enrique-pena-nieto")
    page = text(client.get(pena.get_absolute_url()))
    assert "Presidente de la República" not in section(page, "Cargo actual", "Cargos anteriores")
    earlier = section(page, "Cargos anteriores", "Notas en las que aparece")
    assert "Presidente de la República" in earlier
    assert "del 1 de diciembre de 2012 al 30 de noviembre de 2018" in earlier
    assert "mencionado el 1 de abril de 2016 (1 nota)" in earlier


def test_an_open_term_is_current(client, people_registry):
    robledo = Official.objects.get(slug="zoe-robledo")
    post = robledo.positions.get()
    post.start_date = datetime.date(2018, 12, 1)
    post.save()
    page = text(client.get(robledo.get_absolute_url()))
    assert "desde el 1 de diciembre de 2018" in section(page, "Cargo actual", "Instituciones")


def test_api_and_popolo_show_term_and_evidence_apart(client, people_registry):
    article = make_article(body=ROBLEDO, published_at=at(datetime.date(2024, 1, 9)))
    link_articles([article], registry=Registry.load())
    (post,) = client.get("/api/officials/zoe-robledo/").json()["positions"]
    assert post["term"] == {"start_date": None, "end_date": None}
    assert post["evidence"] == {
        "first_seen": "2024-01-09",
        "last_seen": "2024-01-09",
        "articles": 1,
    }
    assert post["current"] is (timezone.localdate() - datetime.date(2024, 1, 9) <= RECENT_EVIDENCE)
    popolo = build_popolo()
    position = Position.objects.get(official__slug="zoe-robledo")
    (membership,) = [m for m in popolo["memberships"] if m["id"] == f"position-{position.pk}"]
    assert (membership["start_date"], membership["end_date"]) == (None, None)
    assert membership["evidence"]["first_seen"] == "2024-01-09"
    assert membership["evidence"]["articles"] == 1


def test_institution_page_marks_only_current_holders(client, people_registry):
    article = make_article(
        body="El presidente Enrique Peña Nieto visitó Zacatecas.",
        published_at=at(datetime.date(2016, 4, 1)),
    )
    link_articles([article], registry=Registry.load())
    page = text(client.get("/instituciones/presidencia-de-la-republica/"))
    assert "Enrique Peña Nieto" in page
    assert "actual" not in section(page, "Enrique Peña Nieto", "Andrés Manuel")
