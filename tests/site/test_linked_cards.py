"""The linked pages' cards read their bylines as rows (``attach_bylines``)."""

from html import escape

import pytest
from django.db.models.signals import post_init

from articles.models import Article
from articles.selectors import Byline, attach_bylines
from articles.templatetags.cards import card, cards
from people.models import Author
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def test_byline_rows_print_the_cards_the_instances_print(db):
    ana = make_author(name="Ana Uc")
    beto = make_author(name="Beto Can & Cía")
    make_article(title="Dos firmas", authors=[beto, ana])
    make_article(title="Sin firma", authors=[])
    make_article(title="Una firma", authors=[ana])
    published = Article.objects.published().order_by("pk")
    instances = list(published.for_cards())
    rows = list(published.for_linked_cards())
    attach_bylines(rows)
    assert [[a.name for a in r.ordered_authors()] for r in rows] == [
        ["Beto Can & Cía", "Ana Uc"],
        [],
        ["Ana Uc"],
    ]
    assert all(isinstance(a, Byline) for r in rows for a in r.ordered_authors())
    assert Byline("Ana Uc", ana.slug, ana.kind).get_absolute_url() == ana.get_absolute_url()
    for row, instance in zip(rows, instances, strict=True):
        assert card(row, heading="h3") == card(instance, heading="h3")
    assert cards(rows, heading="h3") == "".join(card(a, heading="h3") for a in instances)
    assert cards([]) == ""


def test_an_officials_page_builds_no_byline_link_or_author(client, world):
    world.add(5)
    built = []

    def count(sender, **kwargs):
        built.append(sender.__name__)

    post_init.connect(count)
    try:
        response = client.get("/funcionarios/ricardo-olivares/")
    finally:
        post_init.disconnect(count)
    assert response.status_code == 200
    assert "ArticleAuthor" not in built and "Author" not in built
    # The bylines are printed all the same, linked to the authors' pages.
    author = Author.objects.filter(author_articles__isnull=False).first()
    assert (
        f'href="{author.get_absolute_url()}">{escape(author.name)}</a>' in response.content.decode()
    )
