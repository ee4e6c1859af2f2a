"""Search that reads well: snippets, bylines, and Spanish stemming on both backends."""

import re

import pytest

from articles.models import ArticleAuthor
from articles.search import attach_snippets, search_articles
from articles.search_index import plain_text
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def found(query) -> list[str]:
    return sorted(a.title for a in search_articles(query))


def snippet_for(query, article) -> str:
    articles = list(search_articles(query).filter(pk=article.pk))
    attach_snippets(articles, query)
    return re.sub(r"</?mark>", "", articles[0].search_snippet)


def test_snippet_separates_the_deck_from_the_body():
    article = make_article(
        title="Cambios en salud",
        deck="Arranca la segunda etapa del programa",
        body="El director del programa explicó los cambios.",
    )
    snippet = snippet_for("programa", article)
    assert "programa El director" not in snippet
    assert "programa … El director" in snippet


def test_snippet_has_no_space_before_punctuation():
    article = make_article(
        title="Declaración",
        body="Lo dijo **Muñoz**, el secretario, y lo repitió *hoy*.",
    )
    snippet = snippet_for("secretario", article)
    assert "Muñoz, el secretario" in snippet
    assert " ," not in snippet and " ." not in snippet


def test_snippet_cuts_on_word_boundaries():
    body = " ".join(f"palabra{i}" for i in range(80)) + " la vacuna llegó " + "final " * 80
    article = make_article(title="Larga", body=body)
    snippet = snippet_for("vacuna", article)
    words = snippet.strip("…").split()
    assert all(re.fullmatch(r"palabra\d+|la|vacuna|llegó|final", w) for w in words), words


def test_inline_tags_do_not_split_words_and_blocks_do():
    assert plain_text("<p><strong>Muñoz</strong>, dijo</p><p>Otro</p>") == "Muñoz, dijo Otro"


def test_bylines_are_searchable():
    author = make_author(name="Laura Muñoz")
    make_article(title="Obra pública", body="Se inauguró el puente.", authors=[author])
    make_article(title="Otra nota", body="Nada que ver.")
    assert found("Muñoz") == ["Obra pública"]
    assert found("LAURA MUÑOZ") == ["Obra pública"]


def test_a_byline_added_after_saving_is_indexed():
    article = make_article(title="Obra pública", body="Se inauguró el puente.")
    ArticleAuthor.objects.create(article=article, author=make_author(name="Pedro Cabral"))
    assert found("Cabral") == ["Obra pública"]


# The same queries on the same data: SQLite (snowball stemmer in Python) must
# give what PostgreSQL's "spanish" configuration gives.
CORPUS = [
    ("Llegan vacunas", "Las vacunas llegaron a la capital."),
    ("Campaña", "Cada vacuna se aplicará en los centros de salud."),
    ("Padrón", "Los asegurados del IMSS crecieron este año."),
    ("Empleo", "Las trabajadoras fueron contratadas por el ayuntamiento."),
    ("Consulta", "Revisión del ano en la clínica."),
    ("Seguridad", "El Seguro Social informó sobre el seguro de vida."),
]
QUERIES = {
    "vacunas": ["Campaña", "Llegan vacunas"],
    "vacuna": ["Campaña", "Llegan vacunas"],
    "asegurado": ["Padrón"],
    "contratada trabajadora": ["Empleo"],
    "año": ["Padrón"],
    "ano": ["Consulta"],
    '"seguro social"': ["Seguridad"],
    "vacunas -capital": ["Campaña"],
    "clínicas or ayuntamientos": ["Consulta", "Empleo"],
}


def test_stemmed_results_agree_with_postgresql():
    for title, body in CORPUS:
        make_article(title=title, body=body)
    assert {query: found(query) for query in QUERIES} == QUERIES
