"""The folding and query parsing behind the search, without a database."""

import re

import pytest

from articles.search import (
    _clean_headline,
    _python_snippet,
    clean_query,
    fts5_match,
    parse_query,
)
from articles.search_index import SearchDocument, plain_text, search_fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zoé Robledo", "zoe robledo"),
        ("INFORMACIÓN", "informacion"),
        ("Año", "año"),
        ("AÑO", "año"),
        ("Ñuño", "ñuño"),
        ("pingüino", "pinguino"),
        ("Çà et là", "ca et la"),
        ("plain ascii", "plain ascii"),
        ("İzmir", "izmir"),
    ],
)
def test_search_fold_drops_accents_and_case_but_keeps_enye(text, folded):
    assert search_fold(text) == folded


def test_search_fold_keeps_offsets():
    text = "El director del IMSS, Zoé Robledo, señaló que AÑO İ"
    folded = search_fold(text)
    assert len(folded) == len(text)
    start = folded.index("zoe robledo")
    assert text[start : start + 11] == "Zoé Robledo"


def test_search_fold_composes_decomposed_text_first():
    assert search_fold("an\u0303o") == "año"
    assert search_fold("informacio\u0301n") == "informacion"


def test_search_document_weights_title_summary_and_body():
    document = SearchDocument.of(
        title="Información",
        deck="Balazo del año",
        highlights=["Sumario único"],
        body_html="<p>Cuerpo con <strong>énfasis</strong> &amp; más</p>\n<p>Otro</p>",
    )
    assert document.title == "informacion"
    assert document.summary == "balazo del año sumario unico"
    assert document.body == "cuerpo con enfasis & mas otro"


def test_plain_text_reads_tags_as_spaces():
    assert plain_text("<p>uno</p><p>dos &lt;tres&gt;</p>") == "uno dos <tres>"


def test_clean_query_collapses_space_and_cuts():
    assert clean_query("  zoe \n robledo ") == "zoe robledo"
    assert len(clean_query("x" * 1000)) == 200
    assert clean_query(None) == ""


@pytest.mark.parametrize(
    ("query", "match"),
    [
        ("asegurado", '"asegur"'),  # words are stemmed as in the index
        ("asegurados", '"asegur"'),
        ("Año", '"año"'),  # ñ stays: "ano" is not "año"
        ("zoe robledo", '"zoe" AND "robled"'),
        ('"seguro social" imss', '"segur social" AND "imss"'),
        ("salud or educación", '("salud" OR "educ")'),
        ("imss -bienestar", '("imss") NOT "bienest"'),
        ("IMSS-Bienestar", '"imss bienest"'),
        ('a"b', '"a" AND "b"'),
        ('"sin cerrar', '"sin cerr"'),
    ],
)
def test_fts5_match_follows_the_web_search_syntax(query, match):
    assert fts5_match(parse_query(query)) == match


@pytest.mark.parametrize("query", ["", "-solo", "!!! ???", "or"])
def test_queries_with_nothing_required_match_nothing(query):
    assert fts5_match(parse_query(query)) is None


def _tags(html: str) -> set[str]:
    return set(re.findall(r"</?([a-zA-Z][\w-]*)", html))


def test_python_snippet_marks_folded_matches_in_the_original_text():
    text = "Al inicio. " + "relleno " * 30 + "Los asegurados del IMSS y la información del año."
    snippet = _python_snippet(text, parse_query("asegurado informacion año").terms)
    assert "<mark>asegurados</mark>" in snippet
    assert "<mark>información</mark>" in snippet
    assert "<mark>año</mark>" in snippet
    assert snippet.startswith("…")
    assert "Al inicio" not in snippet


def test_python_snippet_keeps_enye_distinct():
    snippet = _python_snippet("Un ano y un año.", parse_query("año").terms)
    assert snippet == "Un ano y un <mark>año</mark>."


def test_python_snippet_marks_whole_phrases():
    text = "Lo social del seguro y el Seguro Social."
    snippet = _python_snippet(text, parse_query('"seguro social"').terms)
    assert snippet == "Lo social del seguro y el <mark>Seguro Social</mark>."


def test_python_snippet_escapes_everything_but_mark():
    text = "Código <script>alert(1)</script> y <b>negrita</b> con informacion"
    snippet = _python_snippet(text, parse_query("informacion").terms)
    assert _tags(snippet) == {"mark"}
    assert "&lt;script&gt;" in snippet


def test_headline_cleaning_restores_enye_and_allows_only_mark():
    raw = "\ue000aȝo\ue001 de <b>Ȝuȝoa</b> &lt;script&gt;alert(1)&lt;/script&gt; \ue001"
    cleaned = _clean_headline(raw)
    assert cleaned == "<mark>año</mark> de Ñuñoa &lt;script&gt;alert(1)&lt;/script&gt;"
    # Tags are dropped, escaped text stays text.
    assert _tags(cleaned) == {"mark"}
    assert _clean_headline("sin marcas") == ""
