# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# its operations are filled in by the change that needs them.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_reader_fields")]

    operations = [
        migrations.CreateModel(
            name="SlugRedirect",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "old_slug",
                    models.SlugField(max_length=220, unique=True, verbose_name="slug anterior"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="creado")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="slug_redirects",
                        to="articles.article",
                        verbose_name="nota",
                    ),
                ),
            ],
            options={
                "verbose_name": "dirección anterior",
                "verbose_name_plural": "direcciones anteriores",
            },
        ),
    ]
