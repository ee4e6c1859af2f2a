# Every version of a story: groups, signatures and editors' decisions (issue 14 §5).
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_lead_image"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="StoryGroup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="creado")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="modificado")),
            ],
            options={
                "verbose_name": "grupo de versiones",
                "verbose_name_plural": "grupos de versiones",
            },
        ),
        migrations.CreateModel(
            name="StoryDecision",
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
                        choices=[("together", "Juntas"), ("apart", "Separadas")],
                        max_length=10,
                        verbose_name="decisión",
                    ),
                ),
                ("decided_at", models.DateTimeField(auto_now=True, verbose_name="fecha")),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="decidió",
                    ),
                ),
                (
                    "first",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="articles.article",
                        verbose_name="nota",
                    ),
                ),
                (
                    "second",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="articles.article",
                        verbose_name="otra nota",
                    ),
                ),
            ],
            options={
                "verbose_name": "decisión sobre versiones",
                "verbose_name_plural": "decisiones sobre versiones",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("first", "second"), name="unique_story_decision"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("first__lt", models.F("second"))),
                        name="story_decision_ordered",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="StoryVersion",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="story",
                        serialize=False,
                        to="articles.article",
                        verbose_name="nota",
                    ),
                ),
                ("day", models.DateField(blank=True, null=True, verbose_name="día")),
                ("text_hash", models.CharField(blank=True, max_length=64)),
                ("terms", models.JSONField(blank=True, default=list)),
                (
                    "share",
                    models.FloatField(
                        blank=True, null=True, verbose_name="parte del texto del boletín"
                    ),
                ),
                (
                    "group",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="versions",
                        to="articles.storygroup",
                        verbose_name="grupo",
                    ),
                ),
                (
                    "release",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="articles.article",
                        verbose_name="boletín de origen",
                    ),
                ),
            ],
            options={
                "verbose_name": "versión de una historia",
                "verbose_name_plural": "versiones de una historia",
                "indexes": [models.Index(fields=["day"], name="story_version_day")],
            },
        ),
    ]
