from django.db import migrations, models


def fill(apps, schema_editor):
    # Each mention's article status and date (people.visibility).
    from people.visibility import copy_article_state

    copy_article_state(None, apps=apps, link_models=("OfficialMention", "InstitutionMention"))


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0007_evidence_article_state"),
    ]

    operations = [
        migrations.AddField(
            model_name="officialmention",
            name="article_published",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="officialmention",
            name="published_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="institutionmention",
            name="article_published",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="institutionmention",
            name="published_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="officialmention",
            index=models.Index(
                condition=models.Q(("article_published", True)),
                fields=["official", "published_at", "article"],
                name="official_mention_public",
            ),
        ),
        migrations.AddIndex(
            model_name="institutionmention",
            index=models.Index(
                condition=models.Q(("article_published", True)),
                fields=["institution", "published_at", "article"],
                name="institution_mention_public",
            ),
        ),
    ]
