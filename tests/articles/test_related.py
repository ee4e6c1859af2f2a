"""Related coverage ("Cobertura relacionada") on the article page: articles.related."""

import datetime
import html
import re
from dataclasses import replace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from articles.related import RULES, RelatedRules, recency, related_articles
from tests.factories import make_article, make_institution, make_official, make_section
from tests.media.factories import make_image

pytestmark = pytest.mark.django_db

HEADING = "Cobertura relacionada"


def days_ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def related_titles(client, article) -> list[str]:
    """The titles a reader sees under "Cobertura relacionada", in order ([] if no block)."""
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    if HEADING not in page:
        return []
    block = page[page.index('id="cobertura-relacionada"') :]
    block = block[: block.index("</section>")]
    return [
        html.unescape(title)
        for title in re.findall(r'class="related-item__title"><a href="[^"]+">([^<]+)</a>', block)
    ]


@pytest.fixture
def common_institution(db):
    """An institution nearly every article mentions (as "Gobierno del Estado" is)."""
    institution = make_institution(name="Gobierno del Estado", acronym="GE")
    for i in range(30):
        make_article(title=f"Relleno {i}", institutions=[institution], published_at=days_ago(400))
    return institution


def test_a_rare_official_ranks_above_a_very_common_institution(client, common_institution):
    rare = make_official(name="Berenice Tafoya Luján")
    article = make_article(
        title="La delegada anuncia vacunación",
        officials=[rare],
        institutions=[common_institution],
        published_at=days_ago(1),
    )
    # The article sharing only the common institution is newer: rarity must still win.
    common_only = make_article(
        title="El Gobierno del Estado inaugura un puente",
        institutions=[common_institution],
        published_at=days_ago(2),
    )
    rare_only = make_article(
        title="Tafoya Luján visita Fresnillo", officials=[rare], published_at=days_ago(40)
    )

    titles = related_titles(client, article)

    assert titles.index(rare_only.title) < titles.index(common_only.title)
    assert titles[0] == rare_only.title
    assert article.title not in titles


def test_an_entity_in_too_many_articles_relates_nothing(common_institution):
    article = make_article(institutions=[common_institution])

    # Mentioned by 31 articles: above the share of the newsroom allowed (none here, so
    # min_common decides), or above the postings read per entity.
    assert related_articles(article, rules=RelatedRules(common_fraction=0.0, min_common=30)) == []
    assert related_articles(article, rules=RelatedRules(max_postings=31)) == []
    # Under the default rules (a small newsroom), it still counts, weakly.
    assert (
        len(related_articles(article, rules=RelatedRules(common_fraction=0.0, min_common=31))) == 4
    )
    assert len(related_articles(article, rules=RelatedRules(max_postings=32))) == 4


def test_drafts_and_scheduled_articles_never_appear(client, admin_client):
    official = make_official(name="Ulises Mejía Haro")
    institution = make_institution(name="Junta Intermunicipal de Agua")
    shared = {"officials": [official], "institutions": [institution], "tags": ["agua"]}
    article = make_article(title="Tarifas de agua", **shared)
    published = make_article(title="Nota publicada sobre el agua", **shared)
    make_article(title="Borrador sobre el agua", status="draft", **shared)
    make_article(title="Nota programada sobre el agua", published_at=days_ago(-2), **shared)
    make_article(title="Borrador programado", status="draft", published_at=days_ago(-2), **shared)

    assert related_titles(client, article) == [published.title]
    # Editors previewing the page see what readers will see.
    assert related_titles(admin_client, article) == [published.title]
    # A draft's preview never lists drafts either.
    draft = make_article(title="Otro borrador", status="draft", **shared)
    assert set(related_titles(admin_client, draft)) == {article.title, published.title}


def test_the_block_is_absent_when_nothing_is_related(client):
    article = make_article(
        officials=[make_official(name="Nadie Más Lo Nombra")], tags=["tema único"]
    )
    make_article(title="Otra nota", officials=[make_official()], tags=["otro tema"])
    make_article(title="Nota sin entidades")

    page = client.get(article.get_absolute_url()).content.decode()

    assert HEADING not in page
    assert "related-item" not in page


def test_closer_dates_count_more_and_follow_ups_more_than_background():
    official = make_official(name="Verónica Díaz Robles")
    article = make_article(officials=[official], published_at=days_ago(400))
    long_before = make_article(
        title="Antecedente", officials=[official], published_at=days_ago(900)
    )
    before = make_article(title="Días antes", officials=[official], published_at=days_ago(430))
    after = make_article(title="Seguimiento", officials=[official], published_at=days_ago(370))
    undated = make_article(title="Sin fecha", officials=[official], published_at=None)

    found = related_articles(article, rules=RelatedRules(limit=10, undated_factor=0.1))

    assert [a.title for a in found] == [after.title, before.title, long_before.title, undated.title]


def test_more_shared_entities_rank_higher_and_the_limit_holds():
    officials = [make_official(name=f"Funcionaria Compartida {i}") for i in range(3)]
    article = make_article(officials=officials, tags=["presupuesto"])
    one = make_article(title="Comparte una", officials=officials[:1])
    three = make_article(title="Comparte tres", officials=officials, tags=["presupuesto"])
    for i in range(6):
        make_article(title=f"Sólo el tema {i}", tags=["presupuesto"])

    found = related_articles(article)

    assert len(found) == 4
    assert found[0] == three
    assert found[1] == one


def test_excluded_ids_never_appear():
    # The hook for "Otras versiones": articles already shown there are not repeated.
    official = make_official(name="Marcela Ruvalcaba")
    article = make_article(officials=[official])
    version = make_article(title="Otra versión", officials=[official])
    other = make_article(title="Otra nota", officials=[official])

    assert related_articles(article, exclude_ids=[version.pk]) == [other]


def test_other_versions_of_the_story_are_not_repeated_as_related(client):
    from articles.story_grouping import join

    official = make_official(name="Gabriela Pinedo Morales")
    article = make_article(title="El IMSS anuncia jornada de vacunación", officials=[official])
    version = make_article(title="Boletín: jornada de vacunación", officials=[official])
    other = make_article(title="Pinedo Morales inaugura clínica", officials=[official])
    join([article, version])

    page = client.get(article.get_absolute_url()).content.decode()

    assert 'id="otras-versiones"' in page and version.title in page
    assert related_titles(client, article) == [other.title]


def test_cards_show_date_section_and_lead_image(client, media_root):
    official = make_official(name="Tomás Torres Mercado")
    section = make_section(name="Salud")
    article = make_article(officials=[official])
    make_article(
        title="Con foto de la biblioteca",
        officials=[official],
        section=section,
        lead_image=make_image(alt_text="El hospital general"),
        published_at=days_ago(3),
    )
    make_article(
        title="Con foto externa",
        officials=[official],
        lead_image_url="https://fotos.example.com/puente.jpg",
        published_at=days_ago(4),
    )
    make_article(
        title="Con dirección peligrosa",
        officials=[official],
        lead_image_url="javascript:alert(1)",
        published_at=days_ago(5),
    )

    page = client.get(article.get_absolute_url()).content.decode()
    block = page[page.index('id="cobertura-relacionada"') :]
    block = block[: block.index("</section>")]
    items = block.split('<li class="related-item">')[1:]

    library, external, dangerous = items
    assert "<picture>" in library and "srcset=" in library and 'loading="lazy"' in library
    assert re.search(r'<img [^>]*width="\d+" height="\d+"', library)
    assert 'href="/seccion/salud/">Salud</a>' in library
    assert "<time datetime=" in library
    assert (
        '<img src="https://fotos.example.com/puente.jpg" alt="" width="112" height="75" '
        'loading="lazy"' in external
    )
    assert "javascript:" not in dangerous and "<img" not in dangerous


def _article_with_mentions(name: str, n: int, shared_official):
    """An article with ``n`` mentions (one shared) and five related articles, the
    shown ones with a library image: the block runs the same queries whatever ``n``."""
    n_officials = max(1, n // 2)
    officials = [shared_official] + [
        make_official(name=f"{name} {i}") for i in range(n_officials - 1)
    ]
    institutions = [make_institution(name=f"Instituto {name} {i}") for i in range(n - n_officials)]
    article = make_article(slug=name, officials=officials, institutions=institutions)
    for i in range(5):
        make_article(
            title=f"Relacionada {name} {i}",
            officials=[shared_official, *officials[1:i]],
            institutions=institutions[:i],
            published_at=days_ago(2 + i),
            # The first (closest) and the last (most shared) carry a library image.
            lead_image=make_image() if i in (0, 4) else None,
        )
    return article


def count_queries(client, url: str) -> int:
    client.get(url)  # warm-up: content types, templates
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_article_page_queries_do_not_grow_with_mentions(
    client, media_root, django_assert_max_num_queries
):
    one = _article_with_mentions("una-mencion", 1, make_official(name="Persona Uno"))
    twenty = _article_with_mentions("veinte-menciones", 20, make_official(name="Persona Veinte"))
    assert one.official_mentions.count() + one.institution_mentions.count() == 1
    assert twenty.official_mentions.count() + twenty.institution_mentions.count() == 20
    assert len(related_titles(client, one)) == len(related_titles(client, twenty)) == 4

    few = count_queries(client, one.get_absolute_url())
    many = count_queries(client, twenty.get_absolute_url())

    assert few == many
    # Article (with whether it has corrections), authors, tags, 2 mention kinds,
    # positions, sections nav, "Otras versiones", and the related block: its scoring
    # and its cards in one statement, and the renditions of its library images.
    with django_assert_max_num_queries(9):
        client.get(twenty.get_absolute_url())


def test_related_coverage_is_one_statement_with_its_cards(client):
    official = make_official(name="Rocío Anaya Ibarra")
    article = make_article(title="La secretaria anuncia obras", officials=[official])
    for i in range(3):
        make_article(title=f"La secretaria inaugura obra {i}", officials=[official])
    make_article(title="Borrador que no debe verse", officials=[official], status="draft")

    # Loaded as the article page loads it, its frequencies counted once (then cached).
    article = Article.objects.with_related().with_mentions().get(pk=article.pk)
    related_articles(article)

    with CaptureQueriesContext(connection) as captured:
        found = related_articles(article)

    assert len(captured.captured_queries) == 1
    assert sorted(a.title for a in found) == [f"La secretaria inaugura obra {i}" for i in range(3)]
    assert all(a.related_score > 0 for a in found)


def test_the_postings_read_stop_at_a_budget_rarest_entities_first(common_institution):
    rare = make_official(name="Berenice Tafoya Luján")
    article = make_article(
        title="La delegada anuncia vacunación",
        officials=[rare],
        institutions=[common_institution],
        published_at=days_ago(1),
    )
    rare_only = make_article(title="Tafoya Luján en Fresnillo", officials=[rare])
    common_only = make_article(title="Inauguran un puente", institutions=[common_institution])
    # Lenient enough that the common institution counts; 31 of its articles.
    rules = RelatedRules(common_fraction=1.0, min_common=100, max_postings=1000)
    everything = {a.pk for a in related_articles(article, rules=rules)}
    assert {rare_only.pk, common_only.pk} <= everything
    # A budget of 5 postings: the rare official (2) is read, the institution (32) is not.
    budget = {a.pk for a in related_articles(article, rules=replace(rules, max_hits=5))}
    assert budget == {rare_only.pk}
    # The rarest entity is always read, whatever the budget.
    tiny = {a.pk for a in related_articles(article, rules=replace(rules, max_hits=1))}
    assert tiny == {rare_only.pk}


def test_document_frequencies_are_counted_once_then_reused_and_weigh_the_same():
    official = make_official(name="Leticia Robles Ibarra")
    article = make_article(officials=[official], tags=["agua"])
    others = [make_article(title=f"Nota {i}", officials=[official]) for i in range(3)]

    with CaptureQueriesContext(connection) as cold:
        first = related_articles(article)
    with CaptureQueriesContext(connection) as warm:
        second = related_articles(article)

    assert set(first) == set(others)
    assert [(a.pk, a.related_score) for a in second] == [(a.pk, a.related_score) for a in first]
    # The second call reads the counts from the cache: the counting query is gone.
    assert len(warm.captured_queries) == len(cold.captured_queries) - 1


def test_a_cached_frequency_never_shows_an_article_unpublished_since(client):
    official = make_official(name="Rogelio Caldera Núñez")
    article = make_article(title="Obra pública en Guadalupe", officials=[official])
    withdrawn = make_article(title="Nota que se retira", officials=[official])
    kept = make_article(title="Nota que sigue", officials=[official])
    assert set(related_titles(client, article)) == {withdrawn.title, kept.title}

    withdrawn.status = "draft"
    withdrawn.save()

    assert related_titles(client, article) == [kept.title]


def test_weights_are_read_rarest_first_within_the_budget():
    from articles.related import INSTITUTION, OFFICIAL, TAG, choose_weights

    rules = RelatedRules(max_hits=10, max_postings=100, min_common=50, common_fraction=0.02)
    frequencies = {
        (OFFICIAL, 1): 3,
        (TAG, 2): 4,  # 3 + 4 postings fit the budget of 10…
        (INSTITUTION, 7): 6,  # …3 + 4 + 6 do not: the institution is left out
        (TAG, 9): 0,  # mentioned by nobody else: nothing to read
        (OFFICIAL, 5): 100,  # at the cap: too common
    }
    chosen = choose_weights({**frequencies, (0, 0): 1000}, 1000, rules)
    assert [(w.kind, w.eid) for w in chosen] == [(OFFICIAL, 1), (TAG, 2)]
    assert chosen[0].w > chosen[1].w  # rarer weighs more

    # The rarest entity is read even when it alone exceeds the budget.
    only = choose_weights({(INSTITUTION, 7): 60, (TAG, 2): 70}, 1000, replace(rules, min_common=80))
    assert [(w.kind, w.eid) for w in only] == [(INSTITUTION, 7)]
    # Above the share of the newsroom (2% of 1,000 = 20) and above min_common: skipped.
    assert choose_weights({(INSTITUTION, 7): 60}, 1000, rules) == []


def test_drafts_do_not_make_an_entity_common():
    # Rarity counts the articles readers can see: an official in many drafts (an editor's
    # series in progress) still relates two published stories.
    official = make_official(name="Catalina Esparza Rivas")
    article = make_article(title="Arranca la consulta", officials=[official])
    published = make_article(title="Resultados de la consulta", officials=[official])
    for i in range(5):
        make_article(title=f"Borrador {i}", officials=[official], status="draft")
    rules = RelatedRules(common_fraction=0.0, min_common=3)

    assert related_articles(article, rules=rules) == [published]


def test_recency_halves_a_candidate_at_each_half_life_and_leaves_undated_ones_a_quarter():
    day = datetime.datetime(2024, 5, 10, 12, tzinfo=datetime.UTC)
    later, earlier = day + datetime.timedelta(days=180), day - datetime.timedelta(days=90)
    assert recency(day, day) == 1.0
    assert recency(day, later) == pytest.approx(0.5)  # a follow-up half a year on
    assert recency(day, earlier) == pytest.approx(0.5)  # background three months before
    assert recency(day, day - datetime.timedelta(days=180)) == pytest.approx(1 / 3)
    assert recency(None, day) == recency(day, None) == RULES.undated_factor == 0.25
