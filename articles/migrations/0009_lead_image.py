# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# its operations are filled in by the change that needs them.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_home_curation"), ("media", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="lead_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Se muestra en lugar de la dirección externa cuando está elegida.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="lead_of",
                to="media.image",
                verbose_name="imagen principal (biblioteca)",
            ),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="lead_image",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="Se muestra en lugar de la dirección externa cuando está elegida.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="media.image",
                verbose_name="imagen principal (biblioteca)",
            ),
        ),
    ]
