"""A large import leaves the planner statistics of what it wrote (both databases)."""

import pytest
from django.db import connection

from articles.importing import statistics
from articles.importing.pipeline import import_paths

pytestmark = pytest.mark.django_db


def write_posts(folder, count):
    for i in range(count):
        (folder / f"nota-{i}.md").write_text(
            f"---\ntitle: Obra número {i} en la colonia Centro\ndate: 2024-03-0{i + 1}\n---\n\n"
            f"El Ayuntamiento inició la obra número {i}.\n",
            encoding="utf-8",
        )


def article_statistics():
    """What the planner knows of the article table: rows it counted, or None."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'articles_article'")
            (rows,) = cursor.fetchone()
            return None if rows < 0 else rows
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchone()[0]:
            return None
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'articles_article' LIMIT 1")
        row = cursor.fetchone()
        return int(row[0].split()[0]) if row else None


def test_a_run_that_writes_many_articles_refreshes_the_statistics(
    people_registry, tmp_path, monkeypatch
):
    monkeypatch.setattr(statistics, "AFTER_ARTICLES", 4)
    write_posts(tmp_path, 4)
    assert article_statistics() != 4
    report = import_paths([tmp_path], workers=0)
    assert report.counts()["created"] == 4
    assert article_statistics() == 4


def test_a_run_of_a_few_files_leaves_the_statistics_alone(people_registry, tmp_path):
    write_posts(tmp_path, 2)
    before = article_statistics()  # PostgreSQL keeps counts across test transactions
    import_paths([tmp_path], workers=0)
    assert article_statistics() == before != 2


def test_the_tables_refreshed_are_those_an_import_writes():
    tables = statistics.written_tables()
    assert {"articles_article", "articles_articleauthor", "articles_officialmention"} <= set(tables)
    assert {"articles_articletag", "taggit_tag"} <= set(tables) and "auth_user" not in tables
