"""The search engine on the backend the suite runs on (SQLite or PostgreSQL)."""

import datetime
import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from articles.importing.pipeline import import_paths
from articles.models import Article
from articles.search import attach_snippets, search_articles
from tests.factories import make_article
from tests.search.conftest import postgres_only, sqlite_only

pytestmark = pytest.mark.django_db


def found(query, **kwargs) -> list[str]:
    return [a.title for a in search_articles(query, **kwargs)]


def test_accents_and_case_do_not_matter():
    make_article(title="Entrevista con Zoé Robledo", body="El director habló.")
    make_article(title="Otra nota", body="Nada que ver.")
    assert found("zoe robledo") == ["Entrevista con Zoé Robledo"]
    assert found("ZOÉ ROBLEDO") == ["Entrevista con Zoé Robledo"]
    assert found("Robledo") == ["Entrevista con Zoé Robledo"]


def test_informacion_and_informacion_with_accent_find_each_other():
    make_article(title="Con acento", body="Más información en el portal.")
    make_article(title="Sin acento", body="Mas informacion en el portal.")
    assert sorted(found("informacion")) == ["Con acento", "Sin acento"]
    assert sorted(found("información")) == ["Con acento", "Sin acento"]


def test_enye_is_not_n():
    make_article(title="Balance del año", body="Cerró el año con cifras nuevas.")
    make_article(title="Consulta médica", body="Revisión del ano y del recto.")
    assert found("año") == ["Balance del año"]
    assert found("AÑO") == ["Balance del año"]
    assert found("ano") == ["Consulta médica"]


def test_plural_found_from_singular():
    make_article(title="Padrón del IMSS", body="Los asegurados crecieron.")
    assert found("asegurado") == ["Padrón del IMSS"]


@postgres_only
def test_spanish_stemming_finds_other_forms():
    make_article(title="Padrón del IMSS", body="Un asegurado más en el padrón.")
    make_article(title="Empleo", body="Las trabajadoras fueron contratadas.")
    assert found("asegurados") == ["Padrón del IMSS"]
    assert found("contratada trabajadora") == ["Empleo"]


def test_title_ranks_above_summary_above_body():
    make_article(
        title="Nota de cuerpo",
        body="Sequía, sequía y más sequía: la sequía sigue. " * 3,
        published_at=datetime.datetime(2024, 3, 3, tzinfo=datetime.UTC),
    )
    make_article(
        title="Nota de balazo",
        deck="La sequía avanza",
        published_at=datetime.datetime(2024, 3, 2, tzinfo=datetime.UTC),
    )
    make_article(
        title="Sequía en el campo",
        published_at=datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC),
    )
    assert found("sequia") == ["Sequía en el campo", "Nota de balazo", "Nota de cuerpo"]


def test_highlights_count_like_the_deck():
    make_article(title="Uno", body="Texto con presupuesto.")
    make_article(title="Dos", highlights=["Presupuesto aprobado"])
    assert found("presupuesto") == ["Dos", "Uno"]


def test_equal_ranks_are_newest_first_then_undated():
    make_article(
        title="Vieja", body="agua", published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    make_article(title="Sin fecha", body="agua", published_at=None)
    make_article(
        title="Nueva", body="agua", published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    )
    assert found("agua") == ["Nueva", "Vieja", "Sin fecha"]


@sqlite_only
def test_many_matches_walk_the_list_order_with_the_same_results(monkeypatch):
    """Past WALK_INDEX_FROM matches SQLite reads the list order's index instead of
    probing each match: the ranking, the cap and the undated tail must not change."""
    from articles import search

    for day in range(1, 8):
        make_article(
            title=f"Lluvias {day}" if day % 3 == 0 else f"Nota {day}",
            body="Las lluvias siguen." if day % 2 else "Sin novedad.",
            published_at=datetime.datetime(2024, 5, day, tzinfo=datetime.UTC),
        )
    make_article(title="Sin fecha", body="Lluvias de archivo.", published_at=None)
    make_article(title="Borrador", body="Lluvias.", status=Article.Status.DRAFT)
    probed = found("lluvias")
    assert probed == ["Lluvias 6", "Lluvias 3", "Nota 7", "Nota 5", "Nota 1", "Sin fecha"]
    monkeypatch.setattr(search, "WALK_INDEX_FROM", 2)
    assert found("lluvias") == probed
    monkeypatch.setattr(search, "SEARCH_CANDIDATES", 3)
    # The newest three matches, then ranked: the cap applies before the tiers.
    assert found("lluvias") == ["Lluvias 6", "Nota 7", "Nota 5"]


def test_phrases_or_and_exclusion():
    make_article(title="Instituto", body="El Instituto Mexicano del Seguro Social informó.")
    make_article(title="Seguridad", body="Lo social es un derecho; el seguro vence.")
    make_article(title="Bienestar", body="IMSS-Bienestar y el Seguro Social.")
    assert sorted(found('"seguro social"')) == ["Bienestar", "Instituto"]
    assert found('"seguro social" -bienestar') == ["Instituto"]
    assert sorted(found("informó or derecho")) == ["Instituto", "Seguridad"]


def test_empty_and_stopword_only_queries_find_nothing():
    make_article(title="Algo", body="de la nota")
    assert found("") == []
    assert found("   ") == []
    assert found("-algo") == []


def test_drafts_and_scheduled_articles_never_appear():
    make_article(title="Borrador del presupuesto", body="presupuesto", status="draft")
    make_article(
        title="Presupuesto programado",
        published_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1),
    )
    make_article(title="Presupuesto publicado")
    assert found("presupuesto") == ["Presupuesto publicado"]
    # With an explicit queryset (the admin's), drafts are searched too.
    everything = found("presupuesto", queryset=Article.objects.all())
    assert sorted(everything) == [
        "Borrador del presupuesto",
        "Presupuesto programado",
        "Presupuesto publicado",
    ]


def test_the_index_follows_every_save():
    article = make_article(title="Lluvias en Fresnillo", body="Tormenta.")
    assert found("fresnillo") == ["Lluvias en Fresnillo"]
    article.title = "Granizo en Jerez"
    article.body = "Granizada."
    article.save()
    assert found("fresnillo") == []
    assert found("jerez") == ["Granizo en Jerez"]
    assert found("granizada") == ["Granizo en Jerez"]
    # A save of other fields leaves the index as it is.
    article.status = "draft"
    article.save(update_fields=["status"])
    assert found("jerez", queryset=Article.objects.all()) == ["Granizo en Jerez"]


def test_the_index_is_rolled_back_with_the_save():
    article = make_article(title="Versión uno", body="primera")
    with pytest.raises(RuntimeError), transaction.atomic():
        article.title = "Versión dos"
        article.body = "segunda"
        article.save()
        assert found("segunda") == ["Versión dos"]
        raise RuntimeError
    assert found("segunda") == []
    assert found("primera") == ["Versión uno"]


def test_imports_keep_the_index_current(people_registry, seed_dir):
    # workers=1: parse in this process (forked workers would drop the test's connection).
    report = import_paths([seed_dir], workers=1)  # new files: the bulk path
    assert not report.failed
    press_release = Article.objects.get(source_file__startswith="004")
    assert press_release.title in found("zoe robledo")
    assert found("federalizacion")  # "federalización"
    assert found("ornitorrinquicas") == []

    # A changed file updates its article through Article.save().
    source = next(seed_dir.glob("004_*.txt"))
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("bases jurídicas", "bases ornitorrínquicas"), encoding="utf-8")
    report = import_paths([seed_dir], workers=1)
    assert not report.failed
    assert found("ornitorrinquicas") == [Article.objects.get(pk=press_release.pk).title]


@sqlite_only
def test_deleting_an_article_deletes_its_fts_row():
    article = make_article(title="Efímera", body="se borra")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_article_fts WHERE rowid = %s", [article.pk])
        assert cursor.fetchone()[0] == 1
        article.delete()
        cursor.execute("SELECT count(*) FROM articles_article_fts WHERE rowid = %s", [article.pk])
        assert cursor.fetchone()[0] == 0


@postgres_only
def test_search_vector_is_stored_weighted_and_gin_indexed():
    article = make_article(title="Información", deck="Balazo", body="Cuerpo del año.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM articles_article WHERE id = %s", [article.pk]
        )
        vector = cursor.fetchone()[0]
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'article_search_vector'")
        indexdef = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'es_unaccent'")
        configs = cursor.fetchone()[0]
    assert "'informacion':1A" in vector
    assert "'balaz':2B" in vector
    assert "'año':5C" in vector
    assert "USING gin (search_vector)" in indexdef
    assert configs == 1


@postgres_only
def test_the_search_uses_the_gin_index():
    for i in range(30):
        make_article(title=f"Nota {i}", body="relleno")
    make_article(title="Única", body="ornitorrinco")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        # The candidates are read newest first with a LIMIT: on 31 rows walking
        # the date index wins; at scale a rare word is found through the GIN.
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("ANALYZE articles_article")
    # The candidates are read in one query (articles.search.rank_articles).
    with CaptureQueriesContext(connection) as captured:
        search_articles("ornitorrinco", queryset=Article.objects.all())
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + captured.captured_queries[0]["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "article_search_vector" in plan


def _only_mark_tags(snippet: str) -> bool:
    return set(re.findall(r"</?([a-zA-Z][\w-]*)", snippet)) <= {"mark"}


def test_snippets_mark_the_words_found_and_nothing_else():
    make_article(
        title="Informe",
        deck="Resumen breve.",
        body=(
            "Primer párrafo de relleno sin interés.\n\n"
            "La **información** del año llegó con `<script>alert(1)</script>` y <b>html</b>."
        ),
    )
    articles = list(search_articles("informacion año"))
    attach_snippets(articles, "informacion año")
    snippet = articles[0].search_snippet
    assert "<mark>información</mark>" in snippet
    assert "<mark>año</mark>" in snippet
    assert _only_mark_tags(snippet)
    assert "<script" not in snippet


def test_snippet_keeps_enye_apart_from_n():
    make_article(title="Balance", body="El año, no el ano.")
    articles = list(search_articles("año"))
    attach_snippets(articles, "año")
    snippet = articles[0].search_snippet
    assert "<mark>año</mark>" in snippet
    assert " ano" in snippet
    assert "<mark>ano</mark>" not in snippet


def test_title_only_match_has_no_snippet():
    make_article(title="Ornitorrinco", deck="Un animal raro.", body="Vive en Australia.")
    articles = list(search_articles("ornitorrinco"))
    attach_snippets(articles, "ornitorrinco")
    assert articles[0].search_snippet == ""
