"""The flat front-matter fast path agrees with PyYAML wherever it applies."""

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importing.readers.front_matter import (
    FrontMatterLoader,
    load_simple,
    split_front_matter,
)
from articles.importing.records import ImportFailure


def pyyaml(source: str):
    return yaml.load(source, Loader=FrontMatterLoader)


@pytest.mark.parametrize(
    ("source", "data"),
    [
        ("title: Nota\npublished: true\n", {"title": "Nota", "published": True}),
        ('author: "RAFAEL DE SANTIAGO "\n', {"author": "RAFAEL DE SANTIAGO "}),
        ("title: Doble  espacio   \n", {"title": "Doble  espacio"}),
        ("date: 2016-10-05 10:30:00 -0600\n", {"date": "2016-10-05 10:30:00 -0600"}),
        ("slug:\nx: ~\ny: Off\n", {"slug": None, "x": None, "y": False}),
        ("# comentario\n\ntitle: 'con comillas'\n", {"title": "con comillas"}),
        ("title: Uno\ntitle: Dos\n", {"title": "Dos"}),  # the last one wins, as in PyYAML
        ("yes: sí\n", {True: "sí"}),
    ],
)
def test_load_simple(source, data):
    assert load_simple(source) == data
    assert pyyaml(source) == data


@pytest.mark.parametrize(
    "source",
    [
        "title: Alerta: lluvias\n",  # invalid YAML: PyYAML reports the line
        "tags:\n  - uno\n",
        "tags: [uno, dos]\n",
        "count: 12\n",
        "ratio: 1.5\n",
        "title: texto # comentario\n",
        'title: "escape \\" dentro"\n',
        "title: &ancla Nota\n",
        "title: |\n  bloque\n",
        "\ttitle: tab\n",
        "title: con\rretorno\n",
        "title: \u2028\n",
    ],
)
def test_load_simple_leaves_other_yaml_to_pyyaml(source):
    assert load_simple(source) is None


def test_dates_stay_text_even_when_impossible():
    assert pyyaml("date: 2016-02-30\n") == {"date": "2016-02-30"}
    assert load_simple("date: 2016-02-30\n") == {"date": "2016-02-30"}


def test_split_front_matter():
    assert split_front_matter("---\ntitle: T\n---\ncuerpo") == ({"title": "T"}, "\ncuerpo")
    assert split_front_matter("sin front matter") == ({}, "sin front matter")
    assert split_front_matter("---\n...\ncuerpo") == ({}, "\ncuerpo")
    with pytest.raises(ImportFailure, match="falta el cierre"):
        split_front_matter("---\ntitle: T\n")


_key = st.sampled_from(
    [
        "title",
        "Title",
        "título",
        "author",
        "date",
        "published",
        "tags",
        "yes",
        "no",
        "on",
        "null",
        "x_y",
        "a b",
    ]
)
_value = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "true",
            "False",
            "no",
            "~",
            "null",
            "",
            "12",
            "1.5",
            "0x1F",
            "2016-10-05",
            ".inf",
            "-",
            "a: b",
            "a #b",
            "'q'",
            '"d"',
            "REDACCIÓN ",
            "<<",
            "=",
            "x:",
        ]
    ),
)
_quote = st.sampled_from(["", "'", '"'])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_key, _quote, _value), max_size=8))
def test_fast_path_agrees_with_pyyaml(lines):
    source = "".join(f"{key}: {quote}{value}{quote}\n" for key, quote, value in lines)
    fast = load_simple(source)
    if fast is None:
        return
    assert fast == pyyaml(source)
