"""The media library: images uploaded once, and their renditions made once."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

_FRACTION = [MinValueValidator(0.0), MaxValueValidator(1.0)]


# Where a page's prefetch puts an image's renditions (``Image.loaded_renditions``).
RENDITION_LIST = "rendition_list"


class Image(models.Model):
    """A picture in the library, stored re-encoded without metadata (see media/processing.py)."""

    class Format(models.TextChoices):
        JPEG = "jpeg", "JPEG"
        PNG = "png", "PNG"
        WEBP = "webp", "WebP"

    file = models.FileField(_("archivo"), max_length=300, editable=False)
    format = models.CharField(_("formato"), max_length=4, choices=Format.choices, editable=False)
    width = models.PositiveIntegerField(_("ancho"), editable=False)
    height = models.PositiveIntegerField(_("alto"), editable=False)
    alt_text = models.CharField(
        _("texto alternativo"),
        max_length=300,
        blank=True,
        help_text=_(
            "Qué muestra la imagen, para quien no puede verla. Obligatorio para publicar "
            "una nota con esta imagen."
        ),
    )
    credit = models.CharField(
        _("crédito"), max_length=200, blank=True, help_text=_("Autor o agencia de la foto.")
    )
    caption = models.TextField(_("pie de foto"), blank=True)
    focal_x = models.FloatField(
        _("punto focal (horizontal)"),
        default=0.5,
        validators=_FRACTION,
        help_text=_("De 0 (borde izquierdo) a 1 (borde derecho); los recortes lo conservan."),
    )
    focal_y = models.FloatField(
        _("punto focal (vertical)"),
        default=0.5,
        validators=_FRACTION,
        help_text=_("De 0 (borde superior) a 1 (borde inferior)."),
    )
    content_hash = models.CharField(
        _("huella de la imagen"),
        max_length=64,
        unique=True,
        editable=False,
        help_text=_("SHA-256 de los píxeles: la misma foto no se sube dos veces."),
    )
    source_url = models.URLField(
        _("dirección de origen"),
        max_length=1000,
        blank=True,
        editable=False,
        help_text=_("De dónde se trajo la imagen, si vino de una nota importada."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("subida por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("subida"), auto_now_add=True)

    class Meta:
        verbose_name = _("imagen")
        verbose_name_plural = _("imágenes")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.alt_text or self.caption or _("Imagen %(id)s") % {"id": self.pk}

    def get_absolute_url(self):
        """The image's stable address, for Markdown in article bodies."""
        return reverse("media:image", kwargs={"pk": self.pk})

    def loaded_renditions(self) -> list:
        """The renditions, as prefetched into ``rendition_list`` when they were
        (``Prefetch(..., to_attr=RENDITION_LIST)``: no queryset is made per image),
        else read now."""
        loaded = getattr(self, RENDITION_LIST, None)
        return loaded if loaded is not None else list(self.renditions.all())

    @property
    def markdown(self) -> str:
        return f"![{self.alt_text}]({self.get_absolute_url()})"


class Rendition(models.Model):
    """One width and format of an image, cropped around its focal point, made once."""

    class Format(models.TextChoices):
        WEBP = "webp", "WebP"
        JPEG = "jpeg", "JPEG"

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    format = models.CharField(max_length=4, choices=Format.choices)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    file = models.FileField(max_length=300)

    class Meta:
        verbose_name = _("versión de imagen")
        verbose_name_plural = _("versiones de imagen")
        ordering = ["image", "format", "width"]
        constraints = [
            models.UniqueConstraint(
                fields=["image", "width", "format"], name="media_rendition_once"
            )
        ]

    def __str__(self):
        return f"{self.image_id} {self.width}w {self.format}"

    @property
    def url(self) -> str:
        return self.file.url
