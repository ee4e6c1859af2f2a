# The mention tables now belong to people (people 0005): Article's many-to-many
# fields go through people's models and articles forgets its own, in the state
# only (same tables, same rows). The content types move with them, so the
# permissions already granted on them keep working.
from django.db import migrations, models

MODELS = ("officialmention", "institutionmention")


def move_content_types(apps, schema_editor, source="articles", target="people"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        if not ContentType.objects.using(db).filter(app_label=target, model=model).exists():
            ContentType.objects.using(db).filter(app_label=source, model=model).update(
                app_label=target
            )


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="people", target="articles")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0010_story_versions"),
        ("people", "0005_mention_tables"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="article",
                    name="institutions",
                    field=models.ManyToManyField(
                        related_name="articles",
                        through="people.InstitutionMention",
                        to="people.institution",
                        verbose_name="instituciones",
                    ),
                ),
                migrations.AlterField(
                    model_name="article",
                    name="officials",
                    field=models.ManyToManyField(
                        related_name="articles",
                        through="people.OfficialMention",
                        to="people.official",
                        verbose_name="funcionarios",
                    ),
                ),
                migrations.DeleteModel(name="InstitutionMention"),
                migrations.DeleteModel(name="OfficialMention"),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
