"""Bylines, officials and institutions, shaped after Popolo.

An Official holds Positions (Popolo memberships) at Institutions. Both
carry name variants (aliases) in their own tables, keyed by a folded form
so that matching is accent- and case-insensitive and unique per entity.
"""

import datetime
from functools import cache

from django.apps import apps
from django.db import models
from django.db.models import (
    BooleanField,
    Count,
    DateTimeField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.addresses import slug_address
from newsroom.caching import content_changed
from newsroom.indexes import OrderIndex
from newsroom.prepared import MARKER, compiled_once
from people.naming import normalize_alias, unique_slug


def _published(now=None, **also) -> Exists:
    """A link row's article (``article_id``) is published and live (and matches ``also``).

    A correlated EXISTS on the article's primary key, so every database walks
    the link table by its own foreign key and probes the article: both
    ``article_id IN (every published article)`` and a plain join let SQLite
    drive from the article's status instead, once per outer row (seconds per
    index page at 100,000 articles).
    """
    return Exists(_articles().published(now).filter(pk=OuterRef("article_id"), **also))


def _articles():
    # articles.models imports this module: the model is looked up when a query is built.
    return apps.get_model("articles", "Article").objects


class AuthorQuerySet(models.QuerySet):
    def public(self, now=None):
        """Bylines of at least one published article (the others have no public page).
        ``now``: the current time unless given."""
        bylines = apps.get_model("articles", "ArticleAuthor").objects.filter(
            _published(now), author=OuterRef("pk")
        )
        return self.filter(Exists(bylines))


class Author(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("Persona")
        DESK = "desk", _("Redacción")
        AGENCY = "agency", _("Agencia o medio")

    name = models.CharField(_("nombre"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kind = models.CharField(_("tipo"), max_length=10, choices=Kind.choices, default=Kind.PERSON)

    objects = AuthorQuerySet.as_manager()

    class Meta:
        verbose_name = _("autor")
        verbose_name_plural = _("autores")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A byline's name is on every page that lists its articles, and orders the index.
        content_changed()

    def get_absolute_url(self):
        return slug_address("people:author", self.slug)


class EntityStatus(models.TextChoices):
    DISCOVERED = "discovered", _("Descubierto (sin verificar)")
    VERIFIED = "verified", _("Verificado")
    REJECTED = "rejected", _("Rechazado")


def public_entity_q(model, via: str = "", now=None) -> Q:
    """The rule for a public official or institution, defined once.

    Public: not merged into another, and either registered (status
    "verified": the newsroom's registry, an editor's entry or approval) or
    discovered and shown by at least one published, already live article
    (``public_since``, kept by ``people.visibility``, is in the past). A
    discovered entity that only drafts or scheduled articles mention is not
    public; rejected ones never are.

    ``model`` is Official or Institution (the rule is the same for both);
    ``via`` names a foreign key to one (``"institution"`` on a Position,
    ``"parent"`` on an Institution) to test the related row instead of the
    row itself. ``now``: the current time unless given.
    """
    prefix = f"{via}__" if via else ""
    return Q(**{f"{prefix}merged_into__isnull": True}) & (
        Q(**{f"{prefix}status": EntityStatus.VERIFIED}) | _shown_discovery(prefix, now)
    )


def _shown_discovery(prefix: str = "", now=None) -> Q:
    """Discovered, and a published article already live (at ``now``) showed it."""
    return Q(
        **{
            f"{prefix}status": EntityStatus.DISCOVERED,
            f"{prefix}public_since__lte": now or timezone.now(),
        }
    )


def public_flag(model, via: str = "", now=None) -> ExpressionWrapper:
    """``public_entity_q`` as a boolean annotation."""
    return ExpressionWrapper(public_entity_q(model, via, now), output_field=BooleanField())


def linkable_state(status: str, merged_into_id: int | None) -> bool:
    """``EntityQuerySet.linkable()`` for an entity's columns (``Entity.is_linkable``,
    and the rows the API reads its mentions as)."""
    return status != EntityStatus.REJECTED and merged_into_id is None


class EntityQuerySet(models.QuerySet):
    def linkable(self):
        """Entities the linker may point articles at."""
        return self.exclude(status=EntityStatus.REJECTED).filter(merged_into__isnull=True)

    def public(self, now=None):
        """Entities the public may see (pages, API, feeds, sitemaps, search)."""
        return self.filter(public_entity_q(self.model, now=now))

    def with_public_flag(self, now=None):
        """Every entity, annotated ``is_public`` (the rule of ``public()``)."""
        return self.annotate(is_public=public_flag(self.model, now=now))

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
    # When the first published article that shows it goes (or went) live;
    # NULL: none does. Kept by people.visibility, read by public_entity_q.
    public_since = models.DateTimeField(
        _("público desde"), null=True, blank=True, editable=False, db_index=True
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

    @property
    def is_linkable(self) -> bool:
        """``EntityQuerySet.linkable()`` for a row in memory.

        A linkable entity that a live article mentions is public: the article
        page and the API list an article's entities with this test alone.
        """
        return linkable_state(self.status, self.merged_into_id)


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
        return slug_address("people:institution", self.slug)


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
        return slug_address("people:official", self.slug)


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


# A post with no open term counts as current while an article showed it this recently.
RECENT_EVIDENCE = datetime.timedelta(days=730)


def _local_day(moment: datetime.datetime | None) -> datetime.date | None:
    return timezone.localdate(moment) if moment is not None else None


def _earliest(*days):
    known = [day for day in days if day is not None]
    return min(known) if known else None


def _latest(*days):
    known = [day for day in days if day is not None]
    return max(known) if known else None


def by_public_start(positions) -> list:
    """Latest public start first, undated last; ties keep the order given (role)."""
    return sorted(
        positions,
        key=lambda p: (p.public_start is not None, p.public_start or datetime.date.min),
        reverse=True,
    )


def by_public_end(positions) -> list:
    """Open posts (no public end) first, then the latest end; ties keep the order given."""
    return sorted(
        positions,
        key=lambda p: (p.public_end is None, p.public_end or datetime.date.min),
        reverse=True,
    )


def _institution_flag(now=None) -> ExpressionWrapper:
    return public_flag(Institution, "institution", now)


def _evidence_moment(order: str, now=None) -> Subquery:
    """The time of a post's first (``"published_at"``) or last (``"-published_at"``)
    published, live article. The moment, not its day: the local day is taken in
    Python. SQLite runs a truncation to a local date as a Python function per row
    (inside the subquery, on every evidence row of every post: 733 calls for one
    officials index page)."""
    dated = PositionEvidence.objects.live(now).filter(
        position=OuterRef("pk"), published_at__isnull=False
    )
    return Subquery(dated.order_by(order).values("published_at")[:1], output_field=DateTimeField())


class PositionQuerySet(models.QuerySet):
    def held_on(self, day):
        """Positions in force on ``day`` (open-ended dates count as in force)."""
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day),
            Q(end_date__isnull=True) | Q(end_date__gte=day),
        )

    def public(self, now=None):
        """Posts the public may see, with the dates the public may see.

        A post is public when it is registered (status "verified") or a
        published, already live article showed it (``PositionEvidence``, as
        ``public_since`` records: see people.visibility).
        Its public dates, ``public_start`` and ``public_end``, span the dates
        an editor or the registry set (``registry_*``) and the days of those
        published articles only: a draft or a scheduled article never widens
        them. ``institution_is_public`` says whether the post's institution
        is public (``public_entity_q``). The official is not checked here.
        ``now``: as in ``ArticleLinkQuerySet.live()`` (``newsroom.prepared.MARKER``
        for a queryset compiled once).
        """
        # public_start and public_end are properties computed from these columns:
        # in SQL each of seen_first and seen_last was written out twice (LEAST and
        # GREATEST need a COALESCE on each side on SQLite), seven correlated
        # subqueries a post instead of three (5.6 ms for one officials index page).
        return (
            self.shown(now)
            .with_evidence(now)
            .annotate(institution_is_public=_institution_flag(now))
        )

    def public_lines(self, now=None):
        """``public()`` with only the last evidence: what a line of a list prints
        (``public_end``, ``is_current``, ``public_institution``), without the
        first article's time and the count that only an official's own page shows
        (two correlated subqueries a post: 40 % of the officials index's posts).
        ``now``: as in ``ArticleLinkQuerySet.live()``."""
        return (
            self.shown(now)
            .annotate(seen_last_at=_evidence_moment("-published_at", now))
            .annotate(institution_is_public=_institution_flag(now))
        )

    def shown(self, now=None):
        """The posts ``public()`` keeps, without its dates: for sets and filters
        ("officials with a current post", "institutions where a post is held"),
        where building the evidence subqueries cost more than running the query."""
        return self.filter(Q(status=EntityStatus.VERIFIED) | _shown_discovery(now=now))

    def current(self, today: datetime.date):
        """``Position.is_current`` in SQL: an open term, or recent evidence.

        Works on ``shown()`` as on ``public()``: the evidence is read here.
        """
        open_term = Q(registry_end_date__gte=today) & (
            Q(registry_start_date__isnull=True) | Q(registry_start_date__lte=today)
        )
        started = Q(registry_end_date__isnull=True, registry_start_date__lte=today)
        # "seen_last >= cutoff" as the set of posts the recent articles showed:
        # the ordered per-post subquery behind seen_last, and then a per-post
        # EXISTS, made the officials index read every post's evidence.
        cutoff = timezone.make_aware(
            datetime.datetime.combine(today - RECENT_EVIDENCE, datetime.time.min)
        )
        recent_evidence = (
            PositionEvidence.objects.live().filter(published_at__gte=cutoff).values("position_id")
        )
        recent = Q(registry_end_date__isnull=True) & Q(pk__in=recent_evidence)
        return self.filter(open_term | started | recent)

    def with_evidence(self, now=None):
        """The evidence, kept apart from the term: ``seen_first_at`` and ``seen_last_at``,
        the times of the first and last published, live articles that showed the
        post (their local days: ``Position.seen_first`` and ``seen_last``), and
        ``seen_count``, how many published articles showed it."""
        evidence = PositionEvidence.objects.live(now).filter(position=OuterRef("pk"))
        # One row per (post, article): a count of rows is a count of articles.
        count = Subquery(
            evidence.order_by().values("position").annotate(n=Count("pk")).values("n")[:1],
            output_field=IntegerField(),
        )
        return self.annotate(
            seen_first_at=_evidence_moment("published_at", now),
            seen_last_at=_evidence_moment("-published_at", now),
            seen_count=Coalesce(count, 0),
        )


class Position(models.Model):
    """An official holding a post at an institution (Popolo Membership).

    ``start_date`` and ``end_date`` are the first and last dates any article
    (drafts and scheduled ones too) showed the official in this post, or
    wider if an editor set them: the linker's and the admin's record. The
    dates an editor or the registry set are kept apart in ``registry_*``
    (``save()`` copies a date that changed), and the articles that showed the
    post in ``evidence``: the public sees ``PositionQuerySet.public()``.
    """

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="positions")
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institución"),
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

    registry_start_date = models.DateField(
        _("desde (según el registro)"), null=True, blank=True, editable=False
    )
    registry_end_date = models.DateField(
        _("hasta (según el registro)"), null=True, blank=True, editable=False
    )
    # As on Official and Institution, from the post's evidence (people.visibility).
    public_since = models.DateTimeField(_("público desde"), null=True, blank=True, editable=False)

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

    def save(self, *args, keep_registry_dates: bool = False, **kwargs):
        """Save; a date set here (the admin, the registry loader) is the registry's.

        The linker widens dates with bulk writes, never through ``save()``.
        ``keep_registry_dates`` is for code that widens dates from articles
        (merging two posts) and sets ``registry_*`` itself.
        """
        if not keep_registry_dates:
            loaded = getattr(self, "_loaded_dates", {})
            for name in ("start_date", "end_date"):
                if self._state.adding or (name in loaded and getattr(self, name) != loaded[name]):
                    setattr(self, f"registry_{name}", getattr(self, name))
        super().save(*args, **kwargs)
        self._loaded_dates = {"start_date": self.start_date, "end_date": self.end_date}
        # A post shows on its official's and institution's pages and decides the
        # officials index's order: every cached page and memo is stale.
        content_changed()

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        content_changed()
        return deleted

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The dates as read (a deferred one is left out: it is never taken as changed).
        instance._loaded_dates = {
            name: instance.__dict__[name]
            for name in ("start_date", "end_date")
            if name in instance.__dict__
        }
        return instance

    @property
    def term_start(self):
        """When the post began, as the registry or an editor says (None: unknown)."""
        return self.registry_start_date

    @property
    def term_end(self):
        """When the post ended, as the registry or an editor says (None: open or unknown)."""
        return self.registry_end_date

    @property
    def term_known(self) -> bool:
        return self.registry_start_date is not None or self.registry_end_date is not None

    def is_current(self, today: datetime.date) -> bool:
        """Current when its term is open or published articles showed it recently.

        A term is open when the registry or an editor dated its start and no end
        has passed. Without an open term, the post is current only while the last
        published article that showed it is younger than ``RECENT_EVIDENCE``
        (needs ``PositionQuerySet.public()``).
        """
        start, end = self.registry_start_date, self.registry_end_date
        if end is not None:
            if end < today:
                return False
            return start is None or start <= today
        if start is not None and start <= today:
            return True
        if getattr(self, "seen_last_at", None) is None:
            return False
        return today - self.seen_last <= RECENT_EVIDENCE

    @property
    def seen_first(self) -> datetime.date | None:
        """The local day of the first published article that showed the post
        (needs ``PositionQuerySet.public()`` or ``with_evidence()``)."""
        return self._local_day_of(self.seen_first_at)

    @property
    def seen_last(self) -> datetime.date | None:
        """The local day of the last published article that showed the post."""
        return self._local_day_of(self.seen_last_at)

    def _local_day_of(self, moment: datetime.datetime | None) -> datetime.date | None:
        """``moment``'s local day, kept on the instance by moment: a list sorts and
        tests its posts by these days, a time zone conversion each time (some 600
        for one officials index page)."""
        if moment is None:
            return None
        days = self.__dict__.setdefault("_local_days", {})
        day = days.get(moment)
        if day is None:
            day = days[moment] = _local_day(moment)
        return day

    @property
    def public_start(self) -> datetime.date | None:
        """The earliest of the registry's start and the first published article's day
        (needs ``PositionQuerySet.public()``)."""
        return _earliest(self.registry_start_date, self.seen_first)

    @property
    def public_end(self) -> datetime.date | None:
        """The latest of the registry's end and the last published article's day
        (needs ``PositionQuerySet.public()``)."""
        return _latest(self.registry_end_date, self.seen_last)

    @property
    def public_institution(self):
        """The institution, if public (needs ``PositionQuerySet.public()``)."""
        return self.institution if self.institution_is_public else None


@cache
def public_posts():
    """``Position.objects.public().select_related("institution")``, built and compiled
    once per process (timed); callers add ``.filter(official=…)``. Building it (three
    evidence subqueries and the institution's public flag) took a fifth of an
    official's page, and of every API list or article page with a mention
    without a role (``articles.selectors.attach_links``)."""
    return compiled_once(
        Position.objects.public(now=MARKER).select_related("institution"),
        "public-posts",
        timed=True,
    )


class ArticleLinkQuerySet(models.QuerySet):
    def live(self, now=None):
        """Rows of published articles already live at ``now`` (the current time
        unless given; ``Article.objects.published()``)."""
        return self.filter(
            Q(published_at__isnull=True) | Q(published_at__lte=now or timezone.now()),
            article_published=True,
        )


class ArticleLink(models.Model):
    """A row that links an article, with a copy of the article's status and date.

    people.visibility keeps the copies true on every write that changes an
    article's status or date. With them, what a published article shows is one
    index range on the link table (a post's first and last public days, an
    entity's articles newest first), not a walk of every article that links it.
    """

    article_published = models.BooleanField(default=False, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ArticleLinkQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Rows made one at a time (an editor's inline, a merge) copy their
        # article's state here; the bulk writes pass copy_of() themselves.
        if self._state.adding:
            self.__dict__.update(self.copy_of(self.article))
        super().save(*args, **kwargs)

    @staticmethod
    def copy_of(article) -> dict:
        """The copy of ``article``'s state a link row keeps, as field values."""
        return {
            "article_published": article.status == "published",
            "published_at": article.published_at,
        }


class PositionEvidence(ArticleLink):
    """An article that showed an official in a post (written by the linker).

    Only published, live articles' evidence is public: it dates the post for
    the public (``PositionQuerySet.public()``).
    """

    position = models.ForeignKey(Position, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="position_evidence"
    )

    class Meta:
        verbose_name = _("nota que muestra el cargo")
        verbose_name_plural = _("notas que muestran el cargo")
        constraints = [
            models.UniqueConstraint(fields=["position", "article"], name="unique_position_evidence")
        ]
        indexes = [
            models.Index(
                fields=["position", "published_at"],
                name="evidence_public_days",
                condition=Q(article_published=True),
            ),
            # The posts recent articles showed ("current" on the officials index).
            models.Index(
                fields=["published_at"],
                name="evidence_recent",
                condition=Q(article_published=True),
            ),
        ]

    def __str__(self):
        return f"{self.position_id} ← {self.article_id}"


class LinkSuppression(models.Model):
    """An automatic link an editor removed from an article: relinking never restores it.

    Exactly one of ``official`` and ``institution`` is set. Adding the link back by
    hand (a manual mention) lifts the suppression.
    """

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="link_suppressions"
    )
    official = models.ForeignKey(
        Official, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    institution = models.ForeignKey(
        Institution, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("eliminado"), auto_now_add=True)

    class Meta:
        verbose_name = _("enlace eliminado por un editor")
        verbose_name_plural = _("enlaces eliminados por editores")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "official"], name="unique_official_suppression"
            ),
            models.UniqueConstraint(
                fields=["article", "institution"], name="unique_institution_suppression"
            ),
            models.CheckConstraint(
                condition=Q(official__isnull=True) ^ Q(institution__isnull=True),
                name="suppression_names_one_entity",
            ),
        ]

    def __str__(self):
        return f"{self.article_id} ✕ {self.official_id or self.institution_id}"


class InferredLink(models.Model):
    """An official linked to an article by role at date, not by name.

    "el gobernador dijo…" names no one: the linker links whoever held the post
    on the article's date, when the registry knows it (``role_at_date``), and
    records it here so editors see the link was inferred and can undo it.
    """

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="inferred_links"
    )
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="+")
    position = models.ForeignKey(
        Position, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phrase = models.CharField(_("cargo en la nota"), max_length=200)

    class Meta:
        verbose_name = _("enlace inferido por el cargo")
        verbose_name_plural = _("enlaces inferidos por el cargo")
        constraints = [
            models.UniqueConstraint(fields=["article", "official"], name="unique_inferred_link")
        ]

    def __str__(self):
        return _("«%(phrase)s» en la nota %(article)s") % {
            "phrase": self.phrase,
            "article": self.article_id,
        }


# Which articles mention which officials and institutions. people/mentions/ writes
# them (the linker); articles reads them (pages, search, the admin's inlines).
class Mention(ArticleLink):
    count = models.PositiveIntegerField(_("menciones"), default=1)
    snippet = models.TextField(_("contexto"), blank=True)
    manual = models.BooleanField(
        _("manual"),
        default=False,
        help_text=_("Añadida por un editor: el reenlace automático no la toca."),
    )

    class Meta(ArticleLink.Meta):
        abstract = True


class OfficialMention(Mention):
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="official_mentions"
    )
    official = models.ForeignKey(
        Official, verbose_name=_("funcionario"), on_delete=models.CASCADE, related_name="mentions"
    )
    role = models.CharField(_("cargo en la nota"), max_length=200, blank=True)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institución del cargo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        db_table = "articles_officialmention"  # created by the articles app; moved here
        verbose_name = _("mención de funcionario")
        verbose_name_plural = _("menciones de funcionarios")
        constraints = [
            models.UniqueConstraint(fields=["article", "official"], name="unique_official_mention")
        ]
        # An official's articles newest first (LINK_ORDER): one range of this
        # index, in its order on PostgreSQL too (DESC NULLS LAST).
        indexes = [
            OrderIndex(
                "official",
                F("published_at").desc(nulls_last=True),
                F("article").desc(),
                name="official_mention_public",
                condition=Q(article_published=True),
            )
        ]

    def __str__(self):
        return f"{self.official} ({self.count})"


class InstitutionMention(Mention):
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="institution_mentions"
    )
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institución"),
        on_delete=models.CASCADE,
        related_name="mentions",
    )

    class Meta:
        db_table = "articles_institutionmention"  # created by the articles app; moved here
        verbose_name = _("mención de institución")
        verbose_name_plural = _("menciones de instituciones")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "institution"], name="unique_institution_mention"
            )
        ]
        indexes = [
            OrderIndex(
                "institution",
                F("published_at").desc(nulls_last=True),
                F("article").desc(),
                name="institution_mention_public",
                condition=Q(article_published=True),
            )
        ]

    def __str__(self):
        return f"{self.institution} ({self.count})"
