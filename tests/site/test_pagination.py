"""Keyset pages match what OFFSET pages would show, ties and NULL dates included."""

import datetime

import pytest
from django.db import connection
from django.http import Http404, QueryDict
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.pagination import (
    ARTICLE_ORDER,
    NAME_ORDER,
    KeysetPaginator,
    decode_cursor,
    encode_cursor,
)
from people.models import Official
from tests.factories import make_article, make_official
from tests.site.conftest import local_dt

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(db):
    # Several articles share a timestamp, several are undated, one is a draft.
    moments = [local_dt(2024, 1, 9, 10)] * 4 + [local_dt(2024, 1, 8, 10)] * 3 + [None] * 5
    moments += [local_dt(2023, 12, 1) + datetime.timedelta(hours=h) for h in range(9)]
    for i, moment in enumerate(moments):
        make_article(slug=f"n{i}", published_at=moment)
    make_article(slug="draft", status="draft")
    return list(Article.objects.published().newest_first().values_list("slug", flat=True))


def _walk(paginator, *, follow_links: bool):
    """All pages from the first, by next links (cursors) or by typed numbers."""
    seen, number, cursor = [], 1, None
    while True:
        page = paginator.page(number, cursor=cursor)
        seen.append([a.slug for a in page.object_list])
        if not page.has_next:
            return seen, page
        number += 1
        if follow_links:
            params = QueryDict(page.next_query)
            cursor = decode_cursor(params["desde"], paginator.queryset, paginator.order)
            assert params["page"] == str(number)


@pytest.mark.parametrize("per_page", [1, 3, 4, 5, 20, 50])
@pytest.mark.parametrize("follow_links", [True, False])
def test_keyset_pages_match_offset_pages(articles, per_page, follow_links):
    paginator = KeysetPaginator(Article.objects.published(), ARTICLE_ORDER, per_page)
    pages, last = _walk(paginator, follow_links=follow_links)
    expected = [articles[i : i + per_page] for i in range(0, len(articles), per_page)]
    assert pages == expected
    assert last.num_pages == len(expected)
    assert last.count == len(articles) == 21


@pytest.mark.parametrize("per_page", [1, 4, 7])
def test_previous_links_walk_back_to_the_first_page(articles, per_page):
    paginator = KeysetPaginator(Article.objects.published(), ARTICLE_ORDER, per_page)
    pages, page = _walk(paginator, follow_links=True)
    number = page.number
    while page.has_previous:
        params = QueryDict(page.previous_query)
        number -= 1
        assert int(params.get("page", "1")) == number
        cursor = decode_cursor(params.get("desde", ""), paginator.queryset, paginator.order)
        page = paginator.page(number, cursor=cursor)
        assert [a.slug for a in page.object_list] == pages[number - 1]
    assert number == 1


def test_name_order_for_entities(db):
    for name in ["Beatriz", "Ana", "Carlos", "Ana", "Diana"]:
        make_official(name=name)
    expected = list(Official.objects.order_by("name", "id").values_list("slug", flat=True))
    paginator = KeysetPaginator(Official.objects.all(), NAME_ORDER, 2)
    pages, _ = _walk(paginator, follow_links=True)
    assert pages == [expected[0:2], expected[2:4], expected[4:5]]


def test_page_reads_never_use_offset_when_following_links(articles):
    paginator = KeysetPaginator(Article.objects.published(), ARTICLE_ORDER, 3)
    first = paginator.page(1)
    cursor = decode_cursor(
        QueryDict(first.next_query)["desde"], paginator.queryset, paginator.order
    )
    with CaptureQueriesContext(connection) as captured:
        paginator.page(2, cursor=cursor)
    assert not any("OFFSET" in q["sql"].upper() for q in captured.captured_queries)


def test_empty_list_has_one_empty_page(db):
    page = KeysetPaginator(Article.objects.published(), ARTICLE_ORDER, 5).page(1)
    assert page.object_list == []
    assert page.num_pages == 1
    assert not page.has_next and not page.has_previous
    with pytest.raises(Http404):
        KeysetPaginator(Article.objects.published(), ARTICLE_ORDER, 5).page(2)


@pytest.mark.parametrize(
    "token", ["", "x", "W10", encode_cursor(("nope", "1")), encode_cursor((None, None)), "%%%"]
)
def test_bad_cursors_are_ignored(db, token):
    assert decode_cursor(token, Article.objects.all(), ARTICLE_ORDER) is None


def test_cursor_round_trip(db):
    moment = local_dt(2024, 1, 9, 10, 30, 15)
    token = encode_cursor((moment, 42))
    assert decode_cursor(token, Article.objects.all(), ARTICLE_ORDER) == (moment, 42)
    assert decode_cursor(encode_cursor((None, 7)), Article.objects.all(), ARTICLE_ORDER) == (
        None,
        7,
    )
