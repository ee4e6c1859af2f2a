"""The article changelist avoids COUNT(*) over a large table on PostgreSQL."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.admin_pagination import ESTIMATE_ABOVE, EstimatedCountPaginator
from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_filtered_lists_are_counted_exactly():
    make_article(title="Uno")
    make_article(title="Dos", status=Article.Status.DRAFT)
    paginator = EstimatedCountPaginator(
        Article.objects.filter(status=Article.Status.DRAFT).order_by("-id"), 50
    )
    assert paginator.count == 1


def test_small_tables_are_counted_exactly():
    make_article(title="Uno")
    assert EstimatedCountPaginator(Article.objects.order_by("-id"), 50).count == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_class estimate")
def test_a_large_unfiltered_table_uses_the_planner_estimate():
    with connection.cursor() as cursor:
        # Tell the planner the table is large, as ANALYZE would after an import.
        cursor.execute(
            "UPDATE pg_class SET reltuples = %s WHERE oid = 'articles_article'::regclass",
            [ESTIMATE_ABOVE * 10],
        )
    paginator = EstimatedCountPaginator(Article.objects.order_by("-id"), 50)
    with CaptureQueriesContext(connection) as queries:
        assert paginator.count == ESTIMATE_ABOVE * 10
    assert not any("COUNT(" in q["sql"].upper() for q in queries)
