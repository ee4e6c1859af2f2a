"""link_article / link_articles against the real database (no mocks)."""

import dataclasses
import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import InstitutionMention, OfficialMention
from people.mentions import Registry, extract_for_linking, link_article, link_articles
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
    article = make_article(
        title="Nota",
        body=BODY,
        location="Zacatecas",  # the state "Gobierno del Estado" means
        published_at=aware(datetime.date(2014, 5, 2)),
    )
    result = link_article(article, registry=Registry.load())
    officials, institutions = mentions(article)
    assert officials == {"Javier de Jesús Cabral Soto": 2, "Sofía Treviño Lara": 1}
    assert institutions == {
        "Instituto Mexicano del Seguro Social": 2,
        "Gobierno del Estado de Zacatecas": 1,
        "Secretaría de Economía de Zacatecas": 1,  # a state body carries its state
    }
    sofia = Official.objects.get(name="Sofía Treviño Lara")
    assert sofia.status == EntityStatus.DISCOVERED
    assert "secretaria de Economía, Sofía Treviño Lara" in sofia.evidence
    assert result.discovered_officials == [sofia.pk]
    economia = Institution.objects.get(name="Secretaría de Economía de Zacatecas")
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
        make_article(body="El delegado del INDAABIN, Óscar Hernández Lira, dijo."),
        registry=registry,
    )
    assert Institution.objects.get().name == "INDAABIN"
    later = make_article(
        body="El Instituto de Administración y Avalúos de Bienes Nacionales (INDAABIN) "
        "subastará el predio."
    )
    link_article(later, registry=registry)
    indaabin = Institution.objects.get()
    assert indaabin.name.startswith("Instituto de Administración y Avalúos")
    assert list(later.institutions.all()) == [indaabin]


# ------------------------------------------------- extractions made elsewhere (workers)

SOFIA = "La secretaria de Economía, Sofía Treviño Lara, dijo que sí."


def extracted(article, registry):
    """What an importer worker holding a copy of ``registry`` hands the writer."""
    return extract_for_linking(
        article.title,
        article.deck,
        article.highlights,
        article.body,
        article.published_at,
        registry=registry,
    )


@pytest.mark.parametrize("with_basis", [True, False], ids=["checked", "trusted"])
def test_two_windows_discovering_the_same_official_create_one(db, with_basis):
    registry = Registry.load()
    first = make_article(body=SOFIA)
    second = make_article(body="El secretario de Economía, Sofía Treviño Lara, firmó.")
    # Both extracted before either is linked, as two workers would: both find her new.
    early = [extracted(a, registry) for a in (first, second)]
    assert [e.officials[0].id for e in early] == [None, None]
    if not with_basis:  # no way to tell it is stale: the writer must still not duplicate
        early = [dataclasses.replace(e, basis=None) for e in early]
    link_articles([first], registry=registry, extractions=early[:1], fresh=True)
    stats = link_articles([second], registry=registry, extractions=early[1:], fresh=True)
    sofia = Official.objects.get()  # one, not two
    assert sofia.name == "Sofía Treviño Lara"
    assert list(first.officials.all()) == list(second.officials.all()) == [sofia]
    assert Institution.objects.filter(name="Secretaría de Economía").count() == 1
    assert stats.discovered_officials == 0


def test_a_stale_extraction_is_redone_when_the_text_names_a_later_discovery(db):
    registry = Registry.load()
    first = make_article(body=SOFIA)
    # No title next to her name: only the registry can find her here.
    second = make_article(body="Sofía Treviño Lara no contestó.")
    early = extracted(second, registry)
    assert early.officials == ()
    link_articles([first], registry=registry)
    link_articles([second], registry=registry, extractions=[early], fresh=True)
    assert mentions(second)[0] == {"Sofía Treviño Lara": 1}


def test_a_current_extraction_is_used_as_it_is(db, monkeypatch):
    from people.mentions import linking

    registry = Registry.load()
    article = make_article(body=SOFIA, published_at=aware(datetime.date(2020, 3, 4)))
    extraction = extracted(article, registry)
    calls = []
    monkeypatch.setattr(linking, "extract_mentions", lambda *a, **k: calls.append(a))
    result = link_article(article, registry=registry, extraction=extraction)
    assert calls == [] and result.extraction is extraction
    assert mentions(article)[0] == {"Sofía Treviño Lara": 1}
    assert Position.objects.get().start_date == datetime.date(2020, 3, 4)


def test_an_extraction_for_another_date_is_not_used(db):
    registry = Registry.load()
    article = make_article(body=SOFIA, published_at=aware(datetime.date(2020, 3, 4)))
    wrong = extract_for_linking("", "", (), "Nada.", None, registry=registry)
    result = link_article(article, registry=registry, extraction=wrong)
    assert result.extraction != wrong
    assert mentions(article)[0] == {"Sofía Treviño Lara": 1}


def test_link_articles_takes_one_extraction_per_article(db):
    articles = [make_article(body="El IMSS informó.") for _ in range(2)]
    with pytest.raises(ValueError):
        link_articles(articles, registry=Registry.load(), extractions=[None])


def test_fresh_articles_skip_reading_mentions_back(people_registry):
    registry = Registry.load()
    articles = [make_article(body=BODY) for _ in range(3)]
    with CaptureQueriesContext(connection) as queries:
        link_articles(articles, registry=registry, fresh=True)
    mention_tables = (OfficialMention._meta.db_table, InstitutionMention._meta.db_table)
    reads = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith("SELECT")
        and any(table in q["sql"] for table in mention_tables)
    ]
    assert reads == []
    assert [mentions(a) for a in articles] == [mentions(articles[0])] * 3
    assert mentions(articles[0])[0]["Javier de Jesús Cabral Soto"] == 2


# ------------------------------------------------------------- positions across batches

ROBLEDO = "El director del IMSS, Zoé Robledo, anunció."


def position_reads(queries):
    table = Position._meta.db_table
    return [
        q
        for q in queries
        if q["sql"].lstrip().startswith("SELECT")
        and re.search(rf"\b{table}\b", q["sql"])  # not people_positionevidence
        and "registry_start_date" not in q["sql"]  # role at date's terms: once per registry
    ]


def test_positions_are_read_once_per_registry(people_registry):
    registry = Registry.load()
    days = [datetime.date(2024, 1, 9), datetime.date(2023, 5, 1), datetime.date(2024, 6, 2)]
    articles = [make_article(body=ROBLEDO, published_at=aware(day)) for day in days]
    with CaptureQueriesContext(connection) as first:
        link_articles(articles[:1], registry=registry)
    with CaptureQueriesContext(connection) as later:
        link_articles(articles[1:], registry=registry, batch_size=1)
    assert len(position_reads(first)) == 1 and position_reads(later) == []
    (position,) = Position.objects.filter(official__slug="zoe-robledo")
    assert (position.start_date, position.end_date) == (days[1], days[2])
    assert position.source_article == articles[0]


def test_widening_never_narrows_what_an_editor_set_meanwhile(people_registry):
    registry = Registry.load()
    link_article(
        make_article(body=ROBLEDO, published_at=aware(datetime.date(2024, 1, 9))),
        registry=registry,
    )
    # An editor widens the post by hand; this registry's cache still says 2024-01-09.
    Position.objects.filter(official__slug="zoe-robledo").update(
        start_date=datetime.date(2019, 1, 1), end_date=datetime.date(2025, 1, 1)
    )
    link_article(
        make_article(body=ROBLEDO, published_at=aware(datetime.date(2022, 2, 2))),
        registry=registry,
    )
    (position,) = Position.objects.filter(official__slug="zoe-robledo")
    assert (position.start_date, position.end_date) == (
        datetime.date(2019, 1, 1),
        datetime.date(2025, 1, 1),
    )


def test_a_rolled_back_batch_leaves_no_stale_cached_positions(people_registry):
    from django.db import transaction

    registry = Registry.load()
    with pytest.raises(RuntimeError), transaction.atomic():
        link_article(
            make_article(body=ROBLEDO, published_at=aware(datetime.date(2030, 1, 1))),
            registry=registry,
        )
        raise RuntimeError("the batch failed later")
    (position,) = Position.objects.filter(official__slug="zoe-robledo")
    assert position.end_date is None  # rolled back
    link_article(
        make_article(body=ROBLEDO, published_at=aware(datetime.date(2029, 6, 1))),
        registry=registry,
    )
    position.refresh_from_db()
    assert position.start_date == position.end_date == datetime.date(2029, 6, 1)


def test_a_discovered_council_is_also_its_municipio(db):
    article = make_article(
        body="Tepic, Nayarit.- La presidenta municipal de Tepic, Lidia Robles Camarena, "
        "inauguró el mercado."
    )
    link_article(article, registry=Registry.load())
    council = Institution.objects.get(name="Ayuntamiento de Tepic")
    assert "municipio de tepic" in set(council.aliases.values_list("normalized", flat=True))
