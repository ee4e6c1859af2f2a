"""The upload form: the file is checked by decoding it (media/processing.py)."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from media import library, processing
from media.models import Image


class ImageUploadForm(forms.ModelForm):
    upload = forms.FileField(
        label=_("archivo"),
        help_text=_("JPEG, PNG o WebP. Se quitan los metadatos (EXIF, ubicación) al guardarla."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = Image
        fields = ["upload", "alt_text", "credit", "caption", "focal_x", "focal_y"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prepared = None

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        try:
            self.prepared = processing.prepare(upload)
        except processing.ImageRefused as refused:
            raise forms.ValidationError(refused.message, code="refused") from None
        duplicate = library.duplicate_of(self.prepared)
        if duplicate is not None:
            raise forms.ValidationError(
                format_html(
                    "{} <a href='../{}/change/'>{}</a>",
                    _("Esta imagen ya está en la biblioteca."),
                    duplicate.pk,
                    _("Abrirla"),
                ),
                code="duplicate",
            )
        return upload


class ImageChangeForm(forms.ModelForm):
    class Meta:
        model = Image
        fields = ["alt_text", "credit", "caption", "focal_x", "focal_y"]
