"""Every version of a story: the groups, each article's signature, editors' decisions.

The logic that fills them lives in ``articles/story_versions.py``; these are
the tables (imported by ``articles/models.py`` so Django registers them).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StoryGroup(models.Model):
    """Articles that report the same event or come from the same press release."""

    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificado"), auto_now=True)

    class Meta:
        verbose_name = _("grupo de versiones")
        verbose_name_plural = _("grupos de versiones")

    def __str__(self):
        return _("Versiones n.º %(id)s") % {"id": self.pk}


class StoryVersion(models.Model):
    """One article's place in the grouping: its signature, its group, its share.

    ``terms`` is the article's signature (hashes of its rare words and word
    pairs), computed at import and save from its text; ``day`` is its
    publication day, the key of the candidate window. ``release`` is the press
    release of its group most of its text comes from, and ``share`` that part
    of its words (0 to 1).
    """

    article = models.OneToOneField(
        "articles.Article",
        verbose_name=_("nota"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="story",
    )
    group = models.ForeignKey(
        StoryGroup,
        verbose_name=_("grupo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="versions",
    )
    day = models.DateField(_("día"), null=True, blank=True)
    text_hash = models.CharField(max_length=64, blank=True)
    terms = models.JSONField(default=list, blank=True)
    release = models.ForeignKey(
        "articles.Article",
        verbose_name=_("boletín de origen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share = models.FloatField(_("parte del texto del boletín"), null=True, blank=True)

    class Meta:
        verbose_name = _("versión de una historia")
        verbose_name_plural = _("versiones de una historia")
        indexes = [models.Index(fields=["day"], name="story_version_day")]

    def __str__(self):
        return str(self.article_id)


class StoryDecision(models.Model):
    """An editor's word on two articles: versions of one story, or not.

    Stored for the pair (``first`` has the lower id); regrouping never
    separates a "together" pair nor joins an "apart" one.
    """

    class Kind(models.TextChoices):
        TOGETHER = "together", _("Juntas")
        APART = "apart", _("Separadas")

    first = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="+", verbose_name=_("nota")
    )
    second = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="+", verbose_name=_("otra nota")
    )
    kind = models.CharField(_("decisión"), max_length=10, choices=Kind.choices)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decidió"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("fecha"), auto_now=True)

    class Meta:
        verbose_name = _("decisión sobre versiones")
        verbose_name_plural = _("decisiones sobre versiones")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="unique_story_decision"),
            models.CheckConstraint(
                condition=models.Q(first__lt=models.F("second")), name="story_decision_ordered"
            ),
        ]

    def __str__(self):
        return f"{self.first_id}–{self.second_id}: {self.kind}"
