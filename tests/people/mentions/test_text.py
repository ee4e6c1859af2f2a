"""Cleaning and folding: the text the matchers read."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from people import naming
from people.mentions.text import Document, fold, fold_word, normalize_alias, strip_markdown

SPANISH = st.text(
    alphabet=st.sampled_from(list("aáÁéÉíÍóÓúÚñÑüÜçÇİßẞςΣ“”–—- \t\nABCxyz019😀ﬁÅǘ한")), max_size=40
)


def reference_fold(text: str) -> str:
    """The definition: each character of the NFC text folded on its own."""
    return "".join(naming._fold_char(c) for c in unicodedata.normalize("NFC", text))


@given(SPANISH)
def test_fast_fold_equals_the_reference_fold_and_keeps_length(text):
    assert fold(text) == reference_fold(text)
    assert naming.fold(text) == reference_fold(text)
    assert fold_word(text) == reference_fold(text)
    assert len(fold(text)) == len(unicodedata.normalize("NFC", text))


@given(SPANISH)
def test_fast_normalize_alias_equals_the_stored_key(text):
    assert normalize_alias(text) == naming.normalize_alias(text)


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        (
            "**Instituto Mexicano del Seguro Social (IMSS)**",
            "Instituto Mexicano del Seguro Social (IMSS)",
        ),
        ("![](http://i.imgur.com/x.jpg)El Gobierno del Estado", "El Gobierno del Estado"),
        ("Ver [la nota](https://example.com/a) completa", "Ver la nota completa"),
        ("el estado de **México**, una", "el estado de México, una"),
        ("*Archivo El Ciudadano*", "Archivo El Ciudadano"),
        ("- **El director general**", "El director general"),
        ("## Título\n\nCuerpo", "Título\n\nCuerpo"),
        ("Dos  espacios\u00a0y\ttab", "Dos espacios y tab"),
        ("línea  \n  siguiente", "línea\nsiguiente"),
        ("enlace https://bit.ly/3tgVlSo fin", "enlace fin"),
        ("snake_case_name queda", "snake_case_name queda"),
        ("", ""),
    ],
)
def test_strip_markdown(markdown, plain):
    assert strip_markdown(markdown) == plain


def test_document_joins_blocks_and_keeps_folded_offsets():
    doc = Document(
        "Título: Zoé Robledo", "Balazo", ["Sumario uno"], "**Cuerpo** del IMSS-Bienestar."
    )
    assert doc.text == "Título: Zoé Robledo\n\nBalazo\n\nSumario uno\n\nCuerpo del IMSS-Bienestar."
    assert [b.kind for b in doc.blocks] == ["title", "deck", "highlight", "body"]
    assert len(doc.folded) == len(doc.text) == len(doc.matching)
    start = doc.text.index("Zoé")
    assert doc.folded[start : start + 11] == "zoe robledo"
    assert "imss bienestar" in doc.matching
    assert doc.in_title(start) and not doc.in_title(doc.text.index("Cuerpo"))


def test_sentence_ignores_abbreviations_and_snippet_fits_200_characters():
    body = (
        "Primera oración. El Dr. Juan Pérez López, director del hospital, dijo algo. "
        + "Una oración muy larga " * 30
        + "con el IMSS al final. Otra."
    )
    doc = Document(body=body)
    start = doc.text.index("Juan")
    assert (
        doc.sentence(start, start + 4)
        == "El Dr. Juan Pérez López, director del hospital, dijo algo."
    )
    imss = doc.text.index("IMSS")
    snippet = doc.snippet(imss, imss + 4)
    assert len(snippet) <= 200
    assert "IMSS" in snippet and snippet.startswith("…")


def test_fold_keeps_offsets_for_every_script_and_repeats_the_same_answer():
    # Offsets in folded text are offsets in the original: the linker cuts snippets by them.
    text = "Ángela Ñúñez-Ruíz, ΣΟΦΊΑ, straße İstanbul ﬁn 𝔸 ÉÉ"
    folded = naming.fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("angela nunez-ruiz, σοφια")
    assert naming.fold(text) == folded  # cached: the same answer the second time
    assert naming.fold("ZOÉ ROBLEDO") == "zoe robledo"
