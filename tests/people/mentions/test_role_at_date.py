"""Role at date: "el gobernador" links whoever held the post that day, marked inferred."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from articles.models import OfficialMention
from articles.roles import EDITORS, setup_roles
from people.mentions import Registry, link_article
from people.mentions.role_at_date import forms_of
from people.models import InferredLink, Official, Position
from tests.people.conftest import SEED_FILES, make_article, parse_source
from tests.people.test_admin_linking import change_url, posted, row_prefix

pytestmark = pytest.mark.django_db

SEED_000 = next(p for p in SEED_FILES if p.name.startswith("000"))


def aware(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


def seed_000(published_at):
    parsed = parse_source(SEED_000)
    return make_article(
        title=parsed.title,
        deck=parsed.deck,
        highlights=list(parsed.highlights),
        body=parsed.body,
        location=parsed.location,  # "Local": a Zacatecas story
        published_at=published_at,
    )


def linked(article):
    return {m.official.slug: m for m in article.official_mentions.select_related("official").all()}


def test_seed_000_links_the_governor_of_that_day_marked_inferred(people_registry):
    article = seed_000(aware(2014, 11, 3))
    link_article(article, registry=Registry.load())
    mentions = linked(article)
    assert "miguel-alonso-reyes" in mentions
    governor = mentions["miguel-alonso-reyes"]
    assert "gobernador" in governor.role
    (inferred,) = InferredLink.objects.filter(article=article)
    assert inferred.official.slug == "miguel-alonso-reyes"
    assert inferred.position == Position.objects.get(official__slug="miguel-alonso-reyes")
    # Named officials are not inferred.
    assert not InferredLink.objects.filter(official__slug="javier-de-jesus-cabral-soto").exists()


def test_no_holder_on_that_day_links_nobody(people_registry):
    article = seed_000(aware(2019, 3, 1))  # after Alonso Reyes' term; no successor registered
    link_article(article, registry=Registry.load())
    assert "miguel-alonso-reyes" not in linked(article)
    assert not InferredLink.objects.exists()


def test_undated_or_stateless_articles_infer_nothing(people_registry):
    undated = make_article(body="El gobernador dijo que habrá obras.", published_at=None)
    elsewhere = make_article(
        body="El gobernador de Sonora dijo en Hermosillo que habrá obras.",
        published_at=aware(2014, 5, 2),
    )
    registry = Registry.load()
    link_article(undated, registry=registry)
    link_article(elsewhere, registry=registry)
    assert not InferredLink.objects.exists()
    assert not undated.official_mentions.exists()
    assert not elsewhere.official_mentions.filter(official__slug="miguel-alonso-reyes").exists()


def test_a_named_governor_is_not_inferred_again(people_registry):
    article = make_article(
        body=(
            "El gobernador Miguel Alonso Reyes inauguró la obra en Zacatecas. "
            "Después, el gobernador recorrió el hospital."
        ),
        published_at=aware(2014, 5, 2),
    )
    link_article(article, registry=Registry.load())
    assert "miguel-alonso-reyes" in linked(article)
    assert not InferredLink.objects.exists()


@pytest.mark.parametrize(
    ("role", "forms"),
    [
        ("gobernador", {"gobernador", "gobernadora", "mandatario estatal"}),
        ("delegado", {"delegado", "delegada"}),
        ("presidente municipal", {"presidente municipal", "alcaldesa", "edil"}),
        ("director general", {"director general", "directora general"}),
    ],
)
def test_role_forms_come_from_the_table_and_the_feminine(role, forms):
    assert forms <= set(forms_of(role))


def test_editors_see_inferred_links_and_can_undo_them(client, people_registry):
    setup_roles()
    user = User.objects.create_user("editora", password="clave-segura-123", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    article = seed_000(aware(2014, 11, 3))
    link_article(article, registry=Registry.load())
    governor = Official.objects.get(slug="miguel-alonso-reyes")
    page = client.get(change_url(article))
    assert "inferido por el cargo" in page.content.decode().lower()
    rows = {
        row.instance.official_id: row.instance.is_inferred
        for inline in page.context["inline_admin_formsets"]
        if inline.formset.model is OfficialMention
        for row in inline.formset.forms
    }
    assert rows[governor.pk] is True
    assert rows[Official.objects.get(slug="javier-de-jesus-cabral-soto").pk] is False
    prefix = row_prefix(page, OfficialMention, governor.pk)
    response = client.post(change_url(article), posted(page, **{f"{prefix}-DELETE": "on"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not article.official_mentions.filter(official=governor).exists()
    link_article(article, registry=Registry.load())
    assert not article.official_mentions.filter(official=governor).exists()
    assert not InferredLink.objects.filter(article=article).exists()


def _holder(official_id, jurisdiction, role="presidente municipal"):
    from people.mentions.role_at_date import Holder

    return Holder(official_id, official_id, role, None, frozenset(), jurisdiction, "", None, None)


def test_an_article_reads_only_its_states_and_the_federal_holders_in_order():
    # "el alcalde" in a Sonora story can only mean a Sonora mayor (or a federal post
    # the text names): the holders of the other states are never scanned.
    from people.mentions.role_at_date import HolderIndex

    holders = [
        _holder(1, "MX-SON/Hermosillo"),
        _holder(2, "MX-ZAC/Fresnillo"),
        _holder(3, "MX"),
        _holder(4, "MX-SON/Cajeme"),
        _holder(5, "MX-SON"),
        _holder(6, ""),
    ]
    index = HolderIndex.build(holders)
    ids = [h.official_id for h in index.candidates("presidente municipal", "MX-SON")]
    assert ids == [1, 3, 4, 5, 6]
    assert [h.official_id for h in index.candidates("presidente municipal", "")] == [3, 6]
    assert [
        h.official_id for h in index.candidates("presidente municipal", "MX-ZAC/Fresnillo")
    ] == [
        2,
        3,
        6,
    ]
    assert index.candidates("gobernador", "MX-SON") == []
