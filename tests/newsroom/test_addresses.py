"""Addresses built from a route's reversed shape are reverse()'s own."""

import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix

from newsroom.addresses import slug_address

ROUTES = ["articles:detail", "articles:section", "people:author", "people:official"]
SLUGS = ["nota-de-hoy", "año-2024", "con espacio", "100%", "a?b#c", "ñ&ü+@:~", "x" * 300]


@pytest.mark.parametrize("name", ROUTES)
@pytest.mark.parametrize("slug", SLUGS)
def test_the_address_is_reverses(name, slug):
    assert slug_address(name, slug) == reverse(name, kwargs={"slug": slug})


def test_under_a_script_prefix_too():
    set_script_prefix("/diario/")
    try:
        assert slug_address("articles:detail", "nota") == "/diario/articulos/nota/"
        assert slug_address("articles:detail", "nota") == reverse(
            "articles:detail", kwargs={"slug": "nota"}
        )
    finally:
        clear_script_prefix()
    assert slug_address("articles:detail", "nota") == "/articulos/nota/"


@pytest.mark.parametrize("slug", ["", "a/b"])
def test_what_reverse_refuses_is_refused(slug):
    with pytest.raises(NoReverseMatch):
        slug_address("articles:detail", slug)
