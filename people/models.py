"""Bylines, officials and institutions, shaped after Popolo.

An Official holds Positions (Popolo memberships) at Institutions. Both
carry name variants (aliases) in their own tables, keyed by a folded form
so that matching is accent- and case-insensitive and unique per entity.
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newsroom.caching import content_changed
from people.naming import normalize_alias, unique_slug


class Author(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("Persona")
        DESK = "desk", _("Redacción")
        AGENCY = "agency", _("Agencia o medio")

    name = models.CharField(_("nombre"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kind = models.CharField(_("tipo"), max_length=10, choices=Kind.choices, default=Kind.PERSON)

    class Meta:
        verbose_name = _("autor")
        verbose_name_plural = _("autores")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("people:author", kwargs={"slug": self.slug})


class EntityStatus(models.TextChoices):
    DISCOVERED = "discovered", _("Descubierto (sin verificar)")
    VERIFIED = "verified", _("Verificado")
    REJECTED = "rejected", _("Rechazado")


class EntityQuerySet(models.QuerySet):
    def linkable(self):
        """Entities the linker may point articles at."""
        return self.exclude(status=EntityStatus.REJECTED).filter(merged_into__isnull=True)

    def public(self):
        return self.linkable()

    def awaiting_review(self):
        return self.filter(status=EntityStatus.DISCOVERED, merged_into__isnull=True)


class Entity(models.Model):
    name = models.CharField(_("nombre"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=320, unique=True)
    status = models.CharField(
        _("estado"),
        max_length=12,
        choices=EntityStatus.choices,
        default=EntityStatus.VERIFIED,
        db_index=True,
        help_text=_("Los descubiertos por el importador esperan la revisión de un editor."),
    )
    evidence = models.TextField(
        _("evidencia"),
        blank=True,
        help_text=_("La oración que lo presentó cuando el importador lo descubrió."),
    )
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificado"), auto_now=True)

    objects = EntityQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name)
        super().save(*args, **kwargs)
        content_changed()


class Institution(Entity):
    acronym = models.CharField(_("siglas"), max_length=40, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("institución superior"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    jurisdiction = models.CharField(
        _("jurisdicción"),
        max_length=100,
        blank=True,
        help_text=_("Por ejemplo MX (federal), MX-ZAC (Zacatecas)."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("fusionada en"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
    )

    class Meta(Entity.Meta):
        verbose_name = _("institución")
        verbose_name_plural = _("instituciones")

    def get_absolute_url(self):
        return reverse("people:institution", kwargs={"slug": self.slug})


class Official(Entity):
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("fusionado en"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
    )

    class Meta(Entity.Meta):
        verbose_name = _("funcionario")
        verbose_name_plural = _("funcionarios")

    def get_absolute_url(self):
        return reverse("people:official", kwargs={"slug": self.slug})


class AliasKind(models.TextChoices):
    FULL = "full", _("Nombre completo")
    SHORT = "short", _("Forma corta")
    SURNAMES = "surnames", _("Apellidos")
    ACRONYM = "acronym", _("Siglas")
    FORMER = "former", _("Nombre anterior")
    COLLOQUIAL = "colloquial", _("Coloquial")


class Alias(models.Model):
    name = models.CharField(_("variante"), max_length=300)
    normalized = models.CharField(
        _("forma normalizada"), max_length=300, editable=False, db_index=True
    )
    kind = models.CharField(
        _("tipo"), max_length=12, choices=AliasKind.choices, default=AliasKind.FULL
    )
    auto_link = models.BooleanField(
        _("enlazar automáticamente"),
        default=True,
        help_text=_(
            "Desactívalo para variantes ambiguas (un apellido suelto, «Gobierno del Estado»): "
            "entonces sólo enlazan cuando el nombre completo aparece antes en la misma nota."
        ),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_alias(self.name)
        super().save(*args, **kwargs)


class InstitutionAlias(Alias):
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name = _("variante del nombre")
        verbose_name_plural = _("variantes del nombre")
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "normalized"], name="unique_institution_alias"
            )
        ]


class OfficialAlias(Alias):
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name = _("variante del nombre")
        verbose_name_plural = _("variantes del nombre")
        constraints = [
            models.UniqueConstraint(fields=["official", "normalized"], name="unique_official_alias")
        ]


class PositionQuerySet(models.QuerySet):
    def held_on(self, day):
        """Positions in force on ``day`` (open-ended dates count as in force)."""
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day),
            Q(end_date__isnull=True) | Q(end_date__gte=day),
        )


class Position(models.Model):
    """An official holding a post at an institution (Popolo Membership).

    ``start_date`` and ``end_date`` are the first and last dates an article
    showed the official in this post, unless an editor sets them.
    """

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="positions")
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="positions",
        null=True,
        blank=True,
    )
    role = models.CharField(_("cargo"), max_length=200)
    area = models.CharField(_("ámbito territorial"), max_length=200, blank=True)
    start_date = models.DateField(_("desde"), null=True, blank=True)
    end_date = models.DateField(_("hasta"), null=True, blank=True)
    source_article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("nota que lo mostró"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("estado"), max_length=12, choices=EntityStatus.choices, default=EntityStatus.VERIFIED
    )

    objects = PositionQuerySet.as_manager()

    class Meta:
        verbose_name = _("cargo")
        verbose_name_plural = _("cargos")
        ordering = ["-end_date", "-start_date", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["official", "institution", "role"], name="unique_position_per_post"
            )
        ]
        indexes = [models.Index(fields=["institution", "role"])]

    def __str__(self):
        where = f", {self.institution}" if self.institution_id else ""
        return f"{self.role}{where}"
