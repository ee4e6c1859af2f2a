# The mention tables move from articles to people (the app that writes them), in
# the migration state only: the tables keep their names (articles_officialmention,
# articles_institutionmention) and their rows; nothing is copied. articles 0011
# then points Article's many-to-many fields here and drops the old state.
import django.db.models.deletion
from django.db import migrations, models

MANUAL_HELP = "Añadida por un editor: el reenlace automático no la toca."


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_position_institution_label"),
        ("articles", "0010_story_versions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="InstitutionMention",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("count", models.PositiveIntegerField(default=1, verbose_name="menciones")),
                        ("snippet", models.TextField(blank=True, verbose_name="contexto")),
                        (
                            "manual",
                            models.BooleanField(
                                default=False,
                                help_text=MANUAL_HELP,
                                verbose_name="manual",
                            ),
                        ),
                        (
                            "article",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="institution_mentions",
                                to="articles.article",
                            ),
                        ),
                        (
                            "institution",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="mentions",
                                to="people.institution",
                                verbose_name="institución",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "mención de institución",
                        "verbose_name_plural": "menciones de instituciones",
                        "db_table": "articles_institutionmention",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("article", "institution"),
                                name="unique_institution_mention",
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="OfficialMention",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("count", models.PositiveIntegerField(default=1, verbose_name="menciones")),
                        ("snippet", models.TextField(blank=True, verbose_name="contexto")),
                        (
                            "manual",
                            models.BooleanField(
                                default=False,
                                help_text=MANUAL_HELP,
                                verbose_name="manual",
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="cargo en la nota"
                            ),
                        ),
                        (
                            "article",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="official_mentions",
                                to="articles.article",
                            ),
                        ),
                        (
                            "institution",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="people.institution",
                                verbose_name="institución del cargo",
                            ),
                        ),
                        (
                            "official",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="mentions",
                                to="people.official",
                                verbose_name="funcionario",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "mención de funcionario",
                        "verbose_name_plural": "menciones de funcionarios",
                        "db_table": "articles_officialmention",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("article", "official"), name="unique_official_mention"
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
