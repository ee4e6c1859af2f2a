"""Indexes and storage for fast uncached pages (docs/performance.md).

- ``article_public_key`` (id, published_at) over published articles: lists
  narrowed through a link table (topic, author, official, institution) check
  each linked article's date and status in this narrow index instead of the
  wide row, and counts stop at the cap without touching the table.
- PostgreSQL: ``search_vector`` is stored in the row (``STORAGE MAIN``) rather
  than in TOAST, so ``@@`` on a candidate costs a decompression, not a TOAST
  index lookup and fetch; the body and its HTML are moved out first. Rows
  written before this keep their old place until they are next saved
  (``UPDATE … SET search_vector = search_vector`` moves them at once).
"""

from django.db import migrations, models


def vector_in_row(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE MAIN"
        )


def vector_in_toast(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE articles_article ALTER COLUMN search_vector SET STORAGE EXTENDED"
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_mention_tables_to_people")]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published")),
                fields=["id", "published_at"],
                name="article_public_key",
            ),
        ),
        migrations.RunPython(vector_in_row, vector_in_toast, elidable=False),
    ]
