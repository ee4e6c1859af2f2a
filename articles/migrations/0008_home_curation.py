# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# its operations are filled in by the change that needs them.
# Home-page curation: pinned stories (HomeSlot) and the breaking-news banner;
# Spanish labels for the byline and mention inlines' columns.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_editor_tools")]

    operations = [
        migrations.CreateModel(
            name="BreakingNews",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.CharField(max_length=200, verbose_name="texto")),
                ("url", models.URLField(blank=True, max_length=1000, verbose_name="enlace")),
                (
                    "expires_at",
                    models.DateTimeField(
                        help_text="Después de esta fecha y hora el aviso deja de mostrarse.",
                        verbose_name="vence",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="creado")),
            ],
            options={
                "verbose_name": "aviso de última hora",
                "verbose_name_plural": "avisos de última hora",
                "ordering": ["-created_at", "-id"],
            },
        ),
        migrations.CreateModel(
            name="HomeSlot",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("main", "Nota principal"), ("featured", "Destacada")],
                        max_length=10,
                        verbose_name="lugar",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Las destacadas se muestran de menor a mayor.",
                        verbose_name="orden",
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="home_slots",
                        to="articles.article",
                        verbose_name="nota",
                    ),
                ),
            ],
            options={
                "verbose_name": "nota fijada en portada",
                "verbose_name_plural": "notas fijadas en portada",
                "ordering": ["kind", "position", "id"],
                "constraints": [
                    models.UniqueConstraint(fields=("article",), name="unique_home_slot_article"),
                    models.UniqueConstraint(
                        condition=models.Q(("kind", "main")),
                        fields=("kind",),
                        name="unique_home_main_story",
                    ),
                ],
            },
        ),
        migrations.AlterField(
            model_name="articleauthor",
            name="author",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="author_articles",
                to="people.author",
                verbose_name="autor",
            ),
        ),
        migrations.AlterField(
            model_name="institutionmention",
            name="institution",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="mentions",
                to="people.institution",
                verbose_name="institución",
            ),
        ),
        migrations.AlterField(
            model_name="officialmention",
            name="official",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="mentions",
                to="people.official",
                verbose_name="funcionario",
            ),
        ),
    ]
