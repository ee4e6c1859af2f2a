# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# filled in by the linker's terms, suppressions and inferred links.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_import_identity_versions_deletions"),
        ("people", "0002_position_evidence_and_registry_dates"),
    ]

    operations = [
        migrations.CreateModel(
            name="InferredLink",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("phrase", models.CharField(max_length=200, verbose_name="cargo en la nota")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="inferred_links",
                        to="articles.article",
                    ),
                ),
                (
                    "official",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="people.official",
                    ),
                ),
                (
                    "position",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="people.position",
                    ),
                ),
            ],
            options={
                "verbose_name": "enlace inferido por el cargo",
                "verbose_name_plural": "enlaces inferidos por el cargo",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("article", "official"), name="unique_inferred_link"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="LinkSuppression",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="eliminado")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="link_suppressions",
                        to="articles.article",
                    ),
                ),
                (
                    "institution",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="people.institution",
                    ),
                ),
                (
                    "official",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="people.official",
                    ),
                ),
            ],
            options={
                "verbose_name": "enlace eliminado por un editor",
                "verbose_name_plural": "enlaces eliminados por editores",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("article", "official"), name="unique_official_suppression"
                    ),
                    models.UniqueConstraint(
                        fields=("article", "institution"), name="unique_institution_suppression"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("official__isnull", True),
                            ("institution__isnull", True),
                            _connector="XOR",
                        ),
                        name="suppression_names_one_entity",
                    ),
                ],
            },
        ),
    ]
