"""link_article / link_articles against the real database (no mocks)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import InstitutionMention, OfficialMention
from people.mentions import Registry, link_article, link_articles
from people.models import EntityStatus, Institution, Official, OfficialAlias, Position
from tests.people.conftest import make_article

pytestmark = pytest.mark.django_db

BODY = (
    "El nuevo delegado del Instituto Mexicano del Seguro Social (IMSS), Javier Cabral Soto, "
    "informó que el IMSS trabaja con el Gobierno del Estado.\n\n"
    "Cabral Soto destacó que la secretaria de Economía, Sofía Treviño Lara, asistió."
)


def aware(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def mentions(article):
    return (
        {m.official.name: m.count for m in article.official_mentions.select_related("official")},
        {
            m.institution.name: m.count
            for m in article.institution_mentions.select_related("institution")
        },
    )


def test_links_known_and_discovered_entities(people_registry):
    article = make_article(title="Nota", body=BODY, published_at=aware(datetime.date(2014, 5, 2)))
    result = link_article(article, registry=Registry.load())
    officials, institutions = mentions(article)
    assert officials == {"Javier de Jesús Cabral Soto": 2, "Sofía Treviño Lara": 1}
    assert institutions == {
        "Instituto Mexicano del Seguro Social": 2,
        "Gobierno del Estado de Zacatecas": 1,
        "Secretaría de Economía": 1,
    }
    sofia = Official.objects.get(name="Sofía Treviño Lara")
    assert sofia.status == EntityStatus.DISCOVERED
    assert "secretaria de Economía, Sofía Treviño Lara" in sofia.evidence
    assert result.discovered_officials == [sofia.pk]
    economia = Institution.objects.get(name="Secretaría de Economía")
    assert (economia.status, economia.jurisdiction) == (EntityStatus.DISCOVERED, "MX-ZAC")
    assert economia.parent.name == "Gobierno del Estado de Zacatecas"
    position = sofia.positions.get()
    assert (position.role, position.institution, position.status) == (
        "Secretaria de Economía",
        economia,
        EntityStatus.DISCOVERED,
    )
    assert position.start_date == position.end_date == datetime.date(2014, 5, 2)
    assert position.source_article == article
    mention = article.official_mentions.get(official__name="Javier de Jesús Cabral Soto")
    assert mention.role.startswith("delegado del Instituto Mexicano del Seguro Social")
    assert mention.institution.name == "Instituto Mexicano del Seguro Social"
    assert len(mention.snippet) <= 200 and "Javier Cabral Soto" in mention.snippet


def test_relinking_is_idempotent_and_keeps_rows(people_registry):
    article = make_article(body=BODY)
    registry = Registry.load()
    link_article(article, registry=registry)
    before = sorted(OfficialMention.objects.values_list("id", "official_id", "count"))
    counts = (Official.objects.count(), Institution.objects.count(), Position.objects.count())
    link_article(article, registry=registry)
    link_article(article, registry=Registry.load())
    assert sorted(OfficialMention.objects.values_list("id", "official_id", "count")) == before
    assert counts == (
        Official.objects.count(),
        Institution.objects.count(),
        Position.objects.count(),
    )


def test_changed_text_replaces_automatic_mentions_but_never_manual_ones(people_registry):
    article = make_article(body=BODY)
    registry = Registry.load()
    link_article(article, registry=registry)
    amlo = Official.objects.get(slug="andres-manuel-lopez-obrador")
    OfficialMention.objects.create(article=article, official=amlo, count=9, manual=True)
    cabral = Official.objects.get(slug="javier-de-jesus-cabral-soto")
    OfficialMention.objects.filter(article=article, official=cabral).update(manual=True, count=5)
    article.body = "Sólo habló el presidente Andrés Manuel López Obrador."
    article.save()
    link_article(article, registry=registry)
    officials, institutions = mentions(article)
    assert officials == {"Andrés Manuel López Obrador": 9, "Javier de Jesús Cabral Soto": 5}
    assert institutions == {}


def test_discovered_entities_link_in_the_next_article_without_duplicates(db):
    registry = Registry.load()  # empty
    first = make_article(body="La secretaria de Economía, Sofía Treviño Lara, dijo que sí.")
    second = make_article(body="Sofía Treviño Lara y la Secretaría de Economía firmaron.")
    stats = link_articles([first, second], registry=registry)
    assert (stats.articles, stats.discovered_officials, stats.discovered_institutions) == (2, 1, 1)
    assert Official.objects.count() == 1 and Institution.objects.count() == 1
    assert mentions(second) == (
        {"Sofía Treviño Lara": 1},
        {"Secretaría de Economía": 1},
    )
    # A fresh registry from the database knows them too.
    third = make_article(body="Treviño Lara no. Sofía Treviño Lara sí.")
    link_article(third, registry=Registry.load())
    assert mentions(third)[0] == {"Sofía Treviño Lara": 2}


def test_generated_aliases_of_a_discovered_official(db):
    article = make_article(
        body="El delegado del IMSS en Zacatecas, Javier de Jesús Cabral Soto, informó."
    )
    link_article(article, registry=Registry.load())
    aliases = {
        (a.name, a.kind, a.auto_link)
        for a in OfficialAlias.objects.filter(official__name__contains="Cabral")
    }
    assert aliases == {
        ("Javier de Jesús Cabral Soto", "full", True),
        ("Javier Cabral Soto", "short", True),
        ("Cabral Soto", "surnames", False),
    }


def test_position_dates_widen_and_undated_articles_do_not_move_them(db):
    registry = Registry.load()
    text = "El delegado del IMSS, Javier Cabral Soto, dijo."
    days = [datetime.date(2014, 5, 2), datetime.date(2013, 1, 10), datetime.date(2015, 7, 1)]
    articles = [make_article(body=text, published_at=aware(day)) for day in days]
    articles.append(make_article(body=text, published_at=None))
    link_articles(articles, registry=registry)
    position = Position.objects.get()
    assert (position.start_date, position.end_date) == (days[1], days[2])
    assert position.source_article == articles[0]


def test_past_posts_create_no_position(db):
    article = make_article(body="el exgobernador Alejandro Tello Cristerna afirmó")
    link_article(article, registry=Registry.load())
    official = Official.objects.get()
    assert official.name == "Alejandro Tello Cristerna"
    assert not official.positions.exists()
    assert article.official_mentions.get().role == "exgobernador"


def test_known_officials_post_is_updated_not_duplicated(people_registry):
    article = make_article(
        body="El director del IMSS, Zoé Robledo, anunció.",
        published_at=aware(datetime.date(2024, 1, 9)),
    )
    link_article(article, registry=Registry.load())
    (position,) = Position.objects.filter(official__slug="zoe-robledo")
    assert position.role == "Director general"
    assert (position.start_date, position.end_date) == (datetime.date(2024, 1, 9),) * 2


def test_rejected_official_is_never_rediscovered(db):
    Official.objects.create(name="Kevin Marshall", status=EntityStatus.REJECTED)
    article = make_article(body="El director del IMSS, Kevin Marshall, explicó.")
    link_article(article, registry=Registry.load())
    assert Official.objects.count() == 1
    assert not article.official_mentions.exists()


def test_registry_load_costs_two_queries(people_registry, django_assert_num_queries):
    with django_assert_num_queries(2):
        registry = Registry.load()
    assert "Zoé Robledo" in {o.name for o in registry.officials.values()}


def test_link_article_uses_a_small_constant_number_of_queries(people_registry):
    registry = Registry.load()
    warm = make_article(body=BODY)
    link_article(warm, registry=registry)  # discovers Sofía Treviño Lara once
    short = make_article(body="El IMSS informó.")
    long = make_article(body=(BODY + "\n\n") * 10)
    sizes = []
    for article in (short, long):
        with CaptureQueriesContext(connection) as queries:
            link_article(article, registry=registry)
        sizes.append(len(queries))
    assert max(sizes) <= 12
    assert sizes[0] <= sizes[1] <= sizes[0] + 4


def test_link_articles_batches(people_registry):
    articles = [make_article(body=f"El IMSS informó el dato {n}.") for n in range(7)]
    stats = link_articles(articles, registry=Registry.load(), batch_size=3)
    assert (stats.articles, stats.institution_mentions) == (7, 7)
    assert InstitutionMention.objects.count() == 7
    assert stats.per_second > 0


def test_entities_created_in_a_rolled_back_transaction_are_forgotten(db):
    from django.db import transaction

    registry = Registry.load()
    body = "La secretaria de Economía, Sofía Treviño Lara, dijo que sí."
    with pytest.raises(RuntimeError), transaction.atomic():
        link_article(make_article(body=body), registry=registry)
        assert Official.objects.filter(name="Sofía Treviño Lara").exists()
        raise RuntimeError("the importer failed later in this file")
    assert not Official.objects.exists()
    article = make_article(body=body)
    link_article(article, registry=registry)  # links to a row that exists
    official = Official.objects.get(name="Sofía Treviño Lara")
    assert list(article.officials.all()) == [official]
    assert official.pk in registry.officials


def test_an_institution_discovered_by_its_acronym_takes_its_full_name_later(db):
    registry = Registry.load()
    link_article(
        make_article(body="El delegado del ISSSTE, Óscar Hernández Lira, dijo."), registry=registry
    )
    assert Institution.objects.get().name == "ISSSTE"
    later = make_article(
        body="El Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado "
        "(ISSSTE) abrirá una clínica."
    )
    link_article(later, registry=registry)
    issste = Institution.objects.get()
    assert issste.name.startswith("Instituto de Seguridad y Servicios Sociales")
    assert list(later.institutions.all()) == [issste]
