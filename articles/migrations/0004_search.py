"""Full-text search: a tsvector column with a GIN index on PostgreSQL, FTS5 on SQLite.

PostgreSQL: the ``unaccent`` extension and the ``es_unaccent`` text search
configuration (a copy of ``spanish`` whose words go through unaccent; used
by ts_headline only, see articles/search.py). SQLite: the FTS5 table
``articles_article_fts`` and its delete trigger. Existing articles are
indexed here. See articles/search_index.py.
"""

import django.contrib.postgres.search
from django.db import migrations

import articles.search_index


def create_search_schema(apps, schema_editor):
    from articles.search_index import ensure_search_schema, rebuild_search_index

    Article = apps.get_model("articles", "Article")
    ensure_search_schema(schema_editor.connection, Article)
    rebuild_search_index(Article, using=schema_editor.connection.alias)


def drop_search_schema(apps, schema_editor):
    from articles.search_index import drop_search_schema

    drop_search_schema(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_workflow_history_corrections"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False,
                help_text="PostgreSQL: título, entradilla y cuerpo; se recalcula al guardar.",
                null=True,
                verbose_name="índice de búsqueda",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=articles.search_index.SearchVectorIndex(
                fields=["search_vector"], name="article_search_vector"
            ),
        ),
        migrations.RunPython(create_search_schema, drop_search_schema, elidable=False),
    ]
