"""The article form of the admin: versions, plain-text lists, clean line endings."""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from articles.models import Article

TEXT_FIELDS = ("title", "deck", "body", "lead_image_credit")

PUBLISH_NOW = "now"
PUBLISH_LATER = "later"
SCHEDULE_CHOICES = [
    (PUBLISH_NOW, _("Publicar ahora")),
    (PUBLISH_LATER, _("Programar para…")),
]


class LinesField(forms.CharField):
    """A list of strings edited one per line (sumarios, enlaces multimedia)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]

    def has_changed(self, initial, data):
        return self.to_python(self.prepare_value(initial)) != self.to_python(data)


class ArticleAdminForm(forms.ModelForm):
    """Refuses a save made from a stale copy of the article.

    The form carries the version it was opened at; when the article has been
    saved since (by another editor, or by an import) the save is refused with
    a link to the revisions, and the form keeps what this editor typed. The
    current version is then in the form, so saving again is a decision, never
    an accident. The row is locked while the form checks and saves (the
    admin wraps both in one transaction).
    """

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    highlights = LinesField(
        label=_("Sumarios"), required=False, help_text=_("Una frase por línea.")
    )
    media_links = LinesField(
        label=_("Enlaces multimedia"), required=False, help_text=_("Una dirección por línea.")
    )

    schedule = forms.ChoiceField(
        label=_("Programar publicación"),
        choices=SCHEDULE_CHOICES,
        widget=forms.RadioSelect,
        required=False,
        help_text=_(
            "«Programar para…» publica la nota en la fecha y hora indicadas abajo; "
            "«Publicar ahora» la publica al guardar con estado Publicado."
        ),
    )

    lead_image_url = forms.URLField(
        label=_("Imagen principal (dirección externa)"),
        max_length=1000,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "deck",
            "highlights",
            "body",
            "status",
            "published_at",
            "section",
            "location",
            "source",
            "tags",
            "lead_image",
            "lead_image_url",
            "lead_image_credit",
            "media_links",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "deck": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_version = None
        if self.instance.pk is not None:
            # The live row's version: the instance may be an old revision (revert form).
            live = Article.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            self.fields["loaded_version"].initial = live.first()
        if "schedule" in self.fields:
            scheduled = self.instance.published_at and self.instance.published_at > timezone.now()
            self.fields["schedule"].initial = PUBLISH_LATER if scheduled else PUBLISH_NOW

    def clean(self):
        cleaned = super().clean()
        for name in TEXT_FIELDS:
            # Browsers send textareas with CRLF; stored text uses LF only.
            if isinstance(cleaned.get(name), str):
                cleaned[name] = cleaned[name].replace("\r\n", "\n").replace("\r", "\n")
        lead_image = cleaned.get("lead_image")
        if (
            cleaned.get("status") == Article.Status.PUBLISHED
            and lead_image is not None
            and not lead_image.alt_text.strip()
        ):
            self.add_error(
                "lead_image",
                _("Para publicar, la imagen principal necesita texto alternativo."),
            )
        self._clean_schedule(cleaned)
        if self.instance.pk is None:
            return cleaned
        current = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        self.current_version = current
        if current is not None and cleaned.get("loaded_version") != current:
            self.data = self.data.copy()
            self.data[self.add_prefix("loaded_version")] = str(current)
            compare = reverse("admin:articles_article_compare", args=[self.instance.pk])
            raise ValidationError(
                format_html(
                    "{} <a href='{}'>{}</a>",
                    _(
                        "Alguien más guardó esta nota mientras usted la editaba; sus cambios "
                        "no se guardaron. Revise lo que cambió y, si aún quiere, guarde de "
                        "nuevo: sus cambios reemplazarán los de la otra persona."
                    ),
                    compare,
                    _("Comparar revisiones"),
                ),
                code="stale",
            )
        return cleaned

    def _clean_schedule(self, cleaned):
        """«Programar para…» needs a future time, and publishes the article then."""
        if cleaned.get("schedule") != PUBLISH_LATER or "published_at" not in self.fields:
            return
        when = cleaned.get("published_at")
        if when is None or when <= timezone.now():
            self.add_error(
                "published_at", _("Para programar la nota, indique una fecha y hora futuras.")
            )
        elif "status" in self.fields:
            cleaned["status"] = Article.Status.PUBLISHED

    def publication_date(self, article: Article):
        """The date a save publishes at.

        Publishing with the date left empty publishes now (an undated article
        hides); so does switching a scheduled article to «Publicar ahora». An
        undated archive article saved as it was stays undated.
        """
        if article.status != Article.Status.PUBLISHED:
            return article.published_at
        if article.published_at is None and "status" in self.changed_data:
            return timezone.now()
        if (
            self.cleaned_data.get("schedule") == PUBLISH_NOW
            and "schedule" in self.changed_data
            and article.published_at is not None
            and article.published_at > timezone.now()
        ):
            return timezone.now()
        return article.published_at
