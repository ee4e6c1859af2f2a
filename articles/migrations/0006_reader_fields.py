# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# its operations are filled in by the change that needs them.
from django.db import migrations, models

SOURCE_FORMATS = [
    ("jekyll", "Jekyll (Markdown con front matter)"),
    ("wire", "Nota de agencia o de otro medio"),
    ("press_release", "Comunicado de prensa"),
    ("generic", "Texto sin formato reconocido"),
    ("manual", "Captura manual"),
]


def _reader_fields():
    return [
        (
            "bulletin_number",
            models.CharField(
                blank=True,
                help_text="Número del comunicado o boletín de prensa, p. ej. «318/2023».",
                max_length=60,
                verbose_name="número de boletín",
            ),
        ),
        (
            "dateline_city",
            models.CharField(
                blank=True,
                help_text="Ciudad del encabezado de fecha del comunicado, p. ej. «Mérida».",
                max_length=100,
                verbose_name="ciudad del encabezado",
            ),
        ),
        (
            "issuer",
            models.CharField(
                blank=True,
                help_text=(
                    "Oficina que emite el comunicado, p. ej. «Secretaría de Salud de Yucatán»."
                ),
                max_length=200,
                verbose_name="institución emisora",
            ),
        ),
        (
            "placement",
            models.JSONField(
                blank=True,
                default=list,
                help_text="Marcas de colocación de la fuente, p. ej. «Portada», «Destacadas».",
                verbose_name="ubicación en portada",
            ),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_import_identity_versions_deletions")]

    operations = [
        *(
            migrations.AddField(model_name=model, name=name, field=field)
            for model in ("article", "historicalarticle")
            for name, field in _reader_fields()
        ),
        *(
            migrations.AlterField(
                model_name=model,
                name="source_format",
                field=models.CharField(
                    choices=SOURCE_FORMATS,
                    default="manual",
                    editable=False,
                    max_length=20,
                    verbose_name="formato de origen",
                ),
            )
            for model in ("article", "historicalarticle")
        ),
    ]
