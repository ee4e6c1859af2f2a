"""Markdown is rendered to HTML that cannot run script in a reader's browser."""

import pytest

from articles.rendering import render_markdown, strip_tags


@pytest.mark.parametrize(
    "source, forbidden",
    [
        ("Hola <script>alert(1)</script>", "<script"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ("[clic](javascript:alert(1))", 'href="javascript:'),
        ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "data:"),
        ('<iframe src="http://evil.example"></iframe>', "<iframe"),
        ("<style>body{display:none}</style>", "<style"),
        ('<p style="position:fixed">x</p>', "style="),
        ('<form action="http://evil.example"><input></form>', "<form"),
    ],
)
def test_hostile_markup_is_removed(source, forbidden):
    assert forbidden not in render_markdown(source)


def test_ordinary_markdown_survives():
    html = render_markdown("**IMSS** y [enlace](https://imss.gob.mx)\n\n- uno\n- dos")
    assert "<strong>IMSS</strong>" in html
    assert 'href="https://imss.gob.mx"' in html and 'rel="noopener noreferrer nofollow"' in html
    assert "<li>uno</li>" in html


def test_body_images_without_a_description_get_an_empty_alt():
    html = render_markdown('<img src="https://example.com/a.jpg">')
    assert 'alt=""' in html


def test_titles_lose_their_tags_but_keep_their_text():
    assert strip_tags("Alcalde <b>inaugura</b> & <script>x()</script>obra") == (
        "Alcalde inaugura & obra"
    )
