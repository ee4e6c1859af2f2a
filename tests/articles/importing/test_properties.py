"""Whatever the bytes, parse_bytes returns a valid article or raises ImportFailure."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.importing.parsing import parse_bytes
from articles.importing.records import ImportFailure, ParsedArticle

from .conftest import SOURCES

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def check(data: bytes, source_path: str = "x.md") -> None:
    try:
        article = parse_bytes(data, source_path=source_path, max_bytes=64 * 1024)
    except ImportFailure as failure:
        assert failure.reason and isinstance(failure.reason, str)
        return
    assert isinstance(article, ParsedArticle)
    assert article.format in ("jekyll", "wire", "press_release", "generic")
    assert isinstance(article.title, str) and article.title.strip()
    assert isinstance(article.body, str)
    assert all(isinstance(w, str) for w in article.warnings)
    assert all(isinstance(t, str) and t for t in article.tags)
    assert article.published_at is None or article.published_at.tzinfo is not None


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    check(data)


@PROPERTY_SETTINGS
@given(st.text(max_size=1500))
def test_arbitrary_text(text):
    check(text.encode("utf-8"))


_markup = st.sampled_from(
    [
        "---\n",
        "## ",
        "# ",
        "- **",
        "**",
        "■ ",
        "![](http://x.mx/a.jpg)",
        "---o0o---\n",
        "-0-\n",
        "También puedes leer: ",
        "Foto: ",
        "Fuente: ",
        "El Ciudadano · 9 de enero de 2024\n",
        "Ciudad de México, 12 de marzo de 2024\n",
        "No. 045/2024\n",
        "\n",
        "\n\n",
        " \n",
        "\r\n",
        "title: ",
        "date: ",
        "author: ",
        "<script>",
        "</script>",
        "<iframe ",
        "Ã³",
        "â€œ",
        "\u00a0",
        ": ",
        "[",
        "](",
        ")",
        "https://x.mx/y ",
        "La",
        "meta",
        ".",
        "\t",
        "'",
        '"',
        "&",
        "*",
    ]
)


@PROPERTY_SETTINGS
@given(st.lists(st.one_of(_markup, st.text(max_size=12)), max_size=60))
def test_arbitrary_mixes_of_format_markup(pieces):
    check("".join(pieces).encode("utf-8"))


@PROPERTY_SETTINGS
@given(st.sampled_from(SEED_TEXTS), st.integers(0, 3000), st.integers(0, 400), st.text(max_size=20))
def test_damaged_seeds(seed, start, length, insert):
    text = seed[:start] + insert + seed[start + length :]
    check(text.encode("utf-8"))


_keys = st.sampled_from(
    ["title", "Title", "título", "author", "autor", "date", "fecha", "category", "categories",
     "tags", "etiquetas", "image", "slug", "published", "layout", "location", "description",
     "highlights", "draft", "source"]
)  # fmt: skip
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.dates().map(str),
    st.sampled_from(
        ["2016-02-30", "05/10/2016", "5 de octubre de 2016", "REDACCIÓN", "javascript:x"]
    ),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@PROPERTY_SETTINGS
@given(
    st.dictionaries(st.one_of(_keys, st.text(max_size=8)), _values, max_size=8),
    st.text(max_size=300),
)
def test_arbitrary_front_matter(front_matter, body):
    dumped = yaml.safe_dump(front_matter, allow_unicode=True)
    check(f"---\n{dumped}---\n{body}".encode(), "2016-10-05-nota.md")


@PROPERTY_SETTINGS
@given(st.text(max_size=400), st.text(max_size=200))
def test_arbitrary_front_matter_text(front_matter, body):
    check(f"---\n{front_matter}\n---\n{body}".encode())
