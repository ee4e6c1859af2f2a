"""Articles, sections and the links from articles to bylines and entities."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models, router, transaction
from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from articles.rendering import render_markdown
from articles.search_index import INDEXED_FIELDS, SearchVectorIndex, update_search_index
from media.models import RENDITION_LIST, Rendition
from newsroom.addresses import slug_address
from newsroom.caching import content_changed
from newsroom.expressions import Constant
from newsroom.indexes import OrderIndex
from newsroom.prepared import compiled_once

# The mention tables live in people, the app that writes them (people/mentions/);
# importing them from here keeps working.
from people import visibility
from people.models import (
    ArticleLink,
    Author,
    Institution,
    InstitutionMention,
    Official,
    OfficialMention,
)

# The link table (the reverse relation on Article) behind each kind of list page;
# its foreign key to the entity is named after the entity's model.
_LINKS = {
    "author": "article_authors",
    "tag": "tagged_items",
    "official": "official_mentions",
    "institution": "institution_mentions",
}


def _link_of(entity) -> tuple[str, type, str]:
    """(relation name on Article, link model, the link's article column) for ``entity``."""
    relation = Article._meta.get_field(_LINKS[entity._meta.model_name])
    return relation.name, relation.related_model, relation.field.attname


def live_links(entity):
    """The link rows that tie live, published articles to an author, a topic, an
    official or an institution, read on their copies of the article's state.

    What the entity's page counts ("más de 1.000 notas"): one range of the link
    table's partial index, with no join to the articles (the capped count of a
    busy official joined a thousand of them). The page's rows themselves still
    come from ``Article.objects.published().linked_to(entity)``.
    """
    _link, model, _article = _link_of(entity)
    return model.objects.live().filter(**{entity._meta.model_name: entity})


class SectionQuerySet(models.QuerySet):
    def public(self, now=None):
        """Sections of at least one published article (nav bar, pages, feeds, sitemaps)."""
        return self.filter(
            models.Exists(Article.objects.published(now).filter(section=models.OuterRef("pk")))
        )


class Section(models.Model):
    name = models.CharField(_("nombre"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    objects = SectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("sección")
        verbose_name_plural = _("secciones")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed()  # its name is on every page's navigation and its articles' cards

    def get_absolute_url(self):
        return slug_address("articles:section", self.slug)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result


# The article's columns a listing card reads (``ArticleQuerySet.for_cards``).
CARD_FIELDS = (
    "title",
    "slug",
    "deck",
    "status",
    "published_at",
    "section",
    "lead_image",
    "lead_image_url",
    "lead_image_credit",
    "placement",
)

# Where ``with_related()`` puts the topics' links and ``with_mentions()`` the mentions.
TOPIC_LINKS = "topic_links"
MENTION_LISTS = {
    "official_mentions": "official_mention_list",
    "institution_mentions": "institution_mention_list",
}

# What pages, feeds and the API read of a mention and its entities (names, links,
# the linkable test): loading whole rows (evidence, snippets, timestamps) was most
# of the API list's Python time.
_ENTITY_COLUMNS = ("name", "slug", "status", "merged_into_id")
_MENTION_COLUMNS = ("article_id", "count", "manual")
OFFICIAL_MENTION_COLUMNS = (
    *_MENTION_COLUMNS,
    "role",
    *(f"official__{c}" for c in _ENTITY_COLUMNS),
    *(f"institution__{c}" for c in (*_ENTITY_COLUMNS, "acronym")),
)
INSTITUTION_MENTION_COLUMNS = (
    *_MENTION_COLUMNS,
    *(f"institution__{c}" for c in (*_ENTITY_COLUMNS, "acronym")),
)
# An article's mentions, most mentioned first (``with_mentions()``, the API's rows). The
# registry holds namesakes (two «Ayuntamiento de San Cristóbal de las Casas»): the key
# settles their order, which PostgreSQL otherwise leaves to the plan.
OFFICIAL_MENTION_ORDER = ("-count", "official__name", "official_id")
INSTITUTION_MENTION_ORDER = ("-count", "institution__name", "institution_id")

# Where the card prefetches put an article's byline links (``Article.ordered_authors``).
# Prefetches into a list attribute (``to_attr``): without it Django builds a
# filtered queryset per article to hold the results (60 per home page, ~1.5 ms).
BYLINE_LINKS = "byline_links"
# Where ``articles.selectors.attach_rows``/``attach_bylines`` put the authors as rows
# (``Byline``: name, slug, kind, ``get_absolute_url()``), read by ``ordered_authors``.
BYLINE_ROWS = "bylines"


def _byline_prefetch() -> Prefetch:
    return Prefetch(
        "article_authors",
        queryset=compiled_once(
            ArticleAuthor.objects.select_related("author").order_by("position"),
            "card-bylines",
        ),
        to_attr=BYLINE_LINKS,
    )


def _rendition_prefetch() -> Prefetch:
    return Prefetch(
        "lead_image__renditions",
        queryset=compiled_once(Rendition.objects.all(), "card-renditions"),
        to_attr=RENDITION_LIST,
    )


def _card_prefetches() -> tuple[Prefetch, Prefetch]:
    return (_byline_prefetch(), _rendition_prefetch())


def _topic_prefetch() -> Prefetch:
    # Through the link model rather than taggit's manager: taggit's prefetch takes
    # no queryset, so its statement was compiled again on every article page.
    return Prefetch(
        "tagged_items",
        queryset=compiled_once(
            ArticleTag.objects.select_related("tag").only("content_object", "tag").order_by("pk"),
            "article-topics",
        ),
        to_attr=TOPIC_LINKS,
    )


class ArticleQuerySet(models.QuerySet):
    def delete(self, *, deleted_by=None):
        """Delete, remembering each imported article so no import brings it back."""
        content_changed()
        imported = self.filter(content_hash__isnull=False)
        DeletedSource.remember(
            imported.select_related(None)
            .prefetch_related(None)
            .only("content_hash", "source_path", "source_file", "title"),
            deleted_by=deleted_by,
        )
        # What only these articles showed stops being public.
        linked = visibility.linked_to(self.values_list("pk", flat=True))
        with transaction.atomic(using=self.db, savepoint=False):
            result = super().delete()
            visibility.refresh(*linked)
        return result

    def published(self, now=None):
        """The publishing rule, defined once: published and not in the future
        (``now``, the current time unless given).

        Undated archive articles are public once published.
        """
        return self.filter(
            Q(published_at__isnull=True) | Q(published_at__lte=now or timezone.now()),
            status=Constant(Article.Status.PUBLISHED),
        )

    def published_dated(self, now=None):
        """``published()`` without the undated archive articles (the date archive's),
        written without an OR so the (status, published_at) index serves it."""
        return self.filter(
            published_at__lte=now or timezone.now(), status=Constant(Article.Status.PUBLISHED)
        )

    def linked_to(self, entity):
        """The articles an author signs, under a tag, or that mention an official
        or institution, keyed for ``LINK_ORDER``.

        Filtered and ordered on the link row's copy of its article's state
        (``people.models.ArticleLink``): the newest of thousands are one range
        of the link table's index, where the article's own date would sort
        every article of the entity. Combine with ``published()``: the
        article's own status still decides, should a copy ever lag.
        """
        link, _model, article = _link_of(entity)
        field = entity._meta.model_name
        # One filter() call: the join it makes is the one the annotations reuse.
        return self.filter(
            **{f"{link}__{field}": entity, f"{link}__article_published": True}
        ).annotate(linked_at=F(f"{link}__published_at"), linked_article=F(f"{link}__{article}"))

    def newest_first(self):
        """Dated articles newest first, then undated ones ("Sin fecha")."""
        return self.order_by(F("published_at").desc(nulls_last=True), "-id")

    def for_cards(self):
        """What a listing card prints (section, bylines), in a fixed number of queries.

        Only the columns a card, the home page's slots and the page's cache
        dependencies read (``CARD_FIELDS``): the body, the search vector, the
        import's bookkeeping and three more datetimes to convert per row stay
        in the database (a pool of 60 home-page cards: 5.6 → 4.7 ms).
        """
        return (
            self.only(*CARD_FIELDS)
            .select_related("section", "lead_image")
            .prefetch_related(*_card_prefetches())
        )

    def for_linked_cards(self):
        """``for_cards()`` without the bylines' prefetch: the linked pages (an
        official's, an institution's, an author's, a topic's) read them as rows
        once the page is chosen (``articles.selectors.attach_bylines``)."""
        return (
            self.only(*CARD_FIELDS)
            .select_related("section", "lead_image")
            .prefetch_related(_rendition_prefetch())
        )

    def for_results(self):
        """What a search result prints (``articles/_search_result.html``): a card's
        columns, its section and bylines, and the HTML its snippet is cut from on
        SQLite (``articles.search.attach_snippets``). No picture and no topics: the
        whole row, both JSON columns, and the topics' and renditions' prefetches
        (``with_related()``) were read for twenty results and never printed."""
        return (
            self.only(*CARD_FIELDS, "body_html")
            .select_related("section")
            .prefetch_related(_byline_prefetch())
        )

    def with_related(self):
        """Everything the article page, feeds and API print: cards plus body and tags."""
        return (
            self.defer("search_vector")
            .select_related("section", "lead_image")
            .prefetch_related(*_card_prefetches(), _topic_prefetch())
        )

    def for_api(self):
        """What the JSON API prints of the articles themselves: ``with_related()``'s
        columns, section and lead image with its renditions. Their bylines, topics
        and mentions are read as plain rows once the page is chosen
        (``articles.selectors.attach_rows``): as model instances (and through
        ``prefetch_related``) they were most of an API list's CPU."""
        return (
            self.defer("search_vector")
            .select_related("section", "lead_image")
            .prefetch_related(_rendition_prefetch())
        )

    def with_mentions(self):
        """The mentions, most mentioned first (``Article.mentions_of``)."""
        return self.prefetch_related(
            Prefetch(
                "official_mentions",
                queryset=compiled_once(
                    OfficialMention.objects.select_related("official", "institution")
                    .only(*OFFICIAL_MENTION_COLUMNS)
                    .order_by(*OFFICIAL_MENTION_ORDER),
                    "mentions-officials",
                ),
                to_attr=MENTION_LISTS["official_mentions"],
            ),
            Prefetch(
                "institution_mentions",
                queryset=compiled_once(
                    InstitutionMention.objects.select_related("institution")
                    .only(*INSTITUTION_MENTION_COLUMNS)
                    .order_by(*INSTITUTION_MENTION_ORDER),
                    "mentions-institutions",
                ),
                to_attr=MENTION_LISTS["institution_mentions"],
            ),
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Borrador")
        PUBLISHED = "published", _("Publicado")

    class SourceFormat(models.TextChoices):
        JEKYLL = "jekyll", _("Jekyll (Markdown con front matter)")
        WIRE = "wire", _("Nota de agencia o de otro medio")
        PRESS_RELEASE = "press_release", _("Comunicado de prensa")
        GENERIC = "generic", _("Texto sin formato reconocido")
        MANUAL = "manual", _("Captura manual")

    title = models.TextField(_("título"))
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    deck = models.TextField(_("balazo o entradilla"), blank=True)
    highlights = models.JSONField(
        _("sumarios"), default=list, blank=True, help_text=_("Una frase por elemento.")
    )
    body = models.TextField(_("cuerpo (Markdown)"), blank=True)
    body_html = models.TextField(_("cuerpo (HTML)"), blank=True, editable=False)
    section = models.ForeignKey(
        Section,
        verbose_name=_("sección"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    location = models.CharField(_("ubicación"), max_length=100, blank=True)
    authors = models.ManyToManyField(
        Author, through="ArticleAuthor", related_name="articles", verbose_name=_("autores")
    )
    source = models.CharField(
        _("fuente"),
        max_length=200,
        blank=True,
        db_index=True,  # the admin's sources filter walks it (newsroom.indexes.distinct_values)
        help_text=_("Medio, agencia o institución emisora, cuando la nota no es propia."),
    )
    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("fecha de publicación"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Vacía para notas de archivo sin fecha. Una fecha futura programa la nota."),
    )
    # PROTECT: an image that leads an article cannot be deleted from the
    # library until the article has another (a published page never loses it).
    lead_image = models.ForeignKey(
        "media.Image",
        verbose_name=_("imagen principal (biblioteca)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lead_of",
        help_text=_("Se muestra en lugar de la dirección externa cuando está elegida."),
    )
    lead_image_url = models.URLField(_("imagen principal"), max_length=1000, blank=True)
    lead_image_credit = models.CharField(_("crédito de la imagen"), max_length=200, blank=True)
    media_links = models.JSONField(_("enlaces multimedia"), default=list, blank=True)
    bulletin_number = models.CharField(
        _("número de boletín"),
        max_length=60,
        blank=True,
        help_text=_("Número del comunicado o boletín de prensa, p. ej. «318/2023»."),
    )
    issuer = models.CharField(
        _("institución emisora"),
        max_length=200,
        blank=True,
        help_text=_("Oficina que emite el comunicado, p. ej. «Secretaría de Salud de Yucatán»."),
    )
    dateline_city = models.CharField(
        _("ciudad del encabezado"),
        max_length=100,
        blank=True,
        help_text=_("Ciudad del encabezado de fecha del comunicado, p. ej. «Mérida»."),
    )
    placement = models.JSONField(
        _("ubicación en portada"),
        default=list,
        blank=True,
        help_text=_("Marcas de colocación de la fuente, p. ej. «Portada», «Destacadas»."),
    )
    tags = TaggableManager(_("temas"), blank=True, through="ArticleTag")
    officials = models.ManyToManyField(
        Official,
        through="people.OfficialMention",
        related_name="articles",
        verbose_name=_("funcionarios"),
    )
    institutions = models.ManyToManyField(
        Institution,
        through="people.InstitutionMention",
        related_name="articles",
        verbose_name=_("instituciones"),
    )

    # The import record.
    source_file = models.CharField(
        _("archivo de origen"),
        max_length=1000,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Ruta relativa a la carpeta que se importó."),
    )
    # The file's identity on the importing machine (see docs/architecture.md,
    # "Identity"): its absolute path, with symlinks resolved.
    source_path = models.CharField(
        _("ruta del archivo"), max_length=2000, null=True, blank=True, editable=False
    )
    source_format = models.CharField(
        _("formato de origen"),
        max_length=20,
        choices=SourceFormat.choices,
        default=SourceFormat.MANUAL,
        editable=False,
    )
    content_hash = models.CharField(
        _("huella del contenido"), max_length=64, null=True, blank=True, editable=False
    )
    # What the file system said of the file when it was imported (size, times,
    # inode; importing.sources.signature): a re-run that finds the same skips
    # reading and hashing it. Blank when it could not be trusted.
    source_signature = models.CharField(max_length=120, blank=True, default="", editable=False)
    imported_at = models.DateTimeField(_("importado"), null=True, blank=True, editable=False)
    import_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    edited_since_import = models.BooleanField(
        _("editado desde la importación"), default=False, editable=False
    )

    search_vector = SearchVectorField(
        _("índice de búsqueda"),
        null=True,
        editable=False,
        help_text=_("PostgreSQL: título, entradilla y cuerpo; se recalcula al guardar."),
    )

    # Bumped by every save; a form or an import that read an older version
    # cannot overwrite a newer one (articles/versions.py).
    version = models.PositiveIntegerField(_("versión"), default=1, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("creado por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificado"), auto_now=True)

    objects = ArticleQuerySet.as_manager()
    # Every save (admin, import, restore) keeps a revision of the editable text.
    history = HistoricalRecords(
        excluded_fields=[
            "body_html",
            "import_fingerprint",
            "content_hash",
            "imported_at",
            "search_vector",
        ],
        verbose_name=_("revisión de nota"),
        verbose_name_plural=_("revisiones de notas"),
    )

    class Meta:
        verbose_name = _("nota")
        verbose_name_plural = _("notas")
        ordering = [F("published_at").desc(nulls_last=True), "-id"]
        permissions = [("publish_article", _("Puede publicar, despublicar y programar notas"))]
        constraints = [
            models.UniqueConstraint(fields=["source_path"], name="unique_article_source_path"),
            models.UniqueConstraint(fields=["content_hash"], name="unique_article_content_hash"),
        ]
        # Listings read by key in (published_at DESC NULLS LAST, id DESC) order:
        # these let every page, at any depth, start right at its key.
        indexes = [
            OrderIndex(
                F("published_at").desc(nulls_last=True), F("id").desc(), name="article_order"
            ),
            OrderIndex(
                F("published_at").desc(nulls_last=True),
                F("id").desc(),
                name="article_public_order",
                condition=Q(status="published"),
            ),
            OrderIndex(
                "section",
                F("published_at").desc(nulls_last=True),
                F("id").desc(),
                name="article_section_order",
                condition=Q(status="published"),
            ),
            # The admin's list filtered by status, in the list order: without
            # it SQLite sorted every article of that status (and read every one
            # for the date hierarchy's first and last date).
            OrderIndex(
                "status",
                F("published_at").desc(nulls_last=True),
                F("id").desc(),
                name="article_status_order",
            ),
            SearchVectorIndex(fields=["search_vector"], name="article_search_vector"),
            # Lists narrowed by a link table (a topic, an author, an official, an
            # institution) look each linked article up here: its date and the
            # publishing rule without reading the wide row (migration 0012).
            models.Index(
                fields=["id", "published_at"],
                name="article_public_key",
                condition=Q(status="published"),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        renamed_from = None
        adding = self._state.adding
        if not adding:
            self.version += 1
            renamed_from = self._renamed_from()
        self.render()
        # Only the pages that show this article, before and after the save.
        content_changed(articles=[self])
        update_fields = kwargs.get("update_fields")
        indexed = update_fields is None or INDEXED_FIELDS.intersection(update_fields)
        # The search index and the old address are part of the save: same
        # transaction, no signal.
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            super().save(*args, **kwargs)
            if indexed:
                update_search_index(self)
            if renamed_from:
                SlugRedirect.record(article=self, old_slug=renamed_from)
            # Its status or date decide when what it mentions becomes public,
            # and the link rows carry a copy of them (people.models.ArticleLink).
            visibility.articles_changed([self.pk])
            if not adding:
                self.article_authors.update(**ArticleLink.copy_of(self))
                self.tagged_items.update(**ArticleLink.copy_of(self))
        self._saved_slug = self.slug

    def get_absolute_url(self):
        return slug_address("articles:detail", self.slug)

    def _renamed_from(self) -> str | None:
        """The slug this article had before, when this save changes it."""
        old = getattr(self, "_saved_slug", None)
        if old is None:  # built by hand (a revision being restored): ask the row
            old = Article.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        return old if old and old != self.slug else None

    @classmethod
    def from_db(cls, db, field_names, values):
        # Remembers the slug as loaded, so a save can tell a rename.
        instance = super().from_db(db, field_names, values)
        if "slug" in field_names:
            instance._saved_slug = instance.slug
        return instance

    def delete(self, *args, deleted_by=None, **kwargs):
        content_changed(articles=[self])
        DeletedSource.remember([self], deleted_by=deleted_by)
        linked = visibility.linked_to([self.pk])
        with transaction.atomic(savepoint=False):
            result = super().delete(*args, **kwargs)
            visibility.refresh(*linked)
        return result

    def render(self):
        """Render the stored Markdown once, at save, never at read time."""
        from media.pictures import expand_library_images

        # Library images in the body become responsive <picture> elements.
        self.body_html = expand_library_images(render_markdown(self.body))

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and (
            self.published_at is None or self.published_at <= timezone.now()
        )

    def topics(self) -> list:
        """The article's tags in the order they were given, as ``with_related()``
        prefetched them when it did."""
        links = getattr(self, TOPIC_LINKS, None)
        if links is None:
            links = self.tagged_items.select_related("tag").order_by("pk")
        return [link.tag for link in links]

    def mentions_of(self, relation: str) -> list:
        """``official_mentions`` or ``institution_mentions``, most mentioned first, as
        ``with_mentions()`` prefetched them when it did."""
        loaded = getattr(self, MENTION_LISTS[relation], None)
        if loaded is not None:
            return loaded
        return list(getattr(self, relation).all())

    def ordered_authors(self):
        """Authors in byline order: the rows ``attach_bylines`` set, else the
        with_related() prefetch, else a query."""
        rows = getattr(self, BYLINE_ROWS, None)
        if rows is not None:
            return rows
        links = getattr(self, BYLINE_LINKS, None)
        if links is None:
            links = self.article_authors.all()
        return [link.author for link in links]


class ArticleTag(ArticleLink, TaggedItemBase):
    """An article's topic (django-taggit's through model for ``Article.tags``).

    Its own table rather than taggit's generic one, so it can carry the
    article's status and date (``ArticleLink``) and a topic's page is one
    index range. taggit requires the article's field to be ``content_object``.
    """

    content_object = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("tema de la nota")
        verbose_name_plural = _("temas de la nota")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_article_tag")
        ]
        indexes = [
            OrderIndex(
                "tag",
                F("published_at").desc(nulls_last=True),
                F("content_object").desc(),
                name="article_tag_public",
                condition=Q(article_published=True),
            )
        ]

    @property
    def article(self):
        return self.content_object

    def __str__(self):
        return f"{self.content_object_id} · {self.tag_id}"


class ArticleAuthor(ArticleLink):
    """A byline; with a copy of its article's status and date (``ArticleLink``),
    kept by ``Article.save`` and the importer, for the author's page."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("autor"), on_delete=models.PROTECT, related_name="author_articles"
    )
    position = models.PositiveSmallIntegerField(_("orden"), default=0)

    class Meta:
        verbose_name = _("autor de la nota")
        verbose_name_plural = _("autores de la nota")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]
        # An author's articles newest first: one range of this index.
        indexes = [
            OrderIndex(
                "author",
                F("published_at").desc(nulls_last=True),
                F("article").desc(),
                name="article_author_public",
                condition=Q(article_published=True),
            )
        ]

    def __str__(self):
        # The admin labels inline rows with this: the byline and its place.
        return f"{self.author.name} ({self.position})"

    # Bylines are part of the article's search document (articles/search_index.py).
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_search_index(self.article)
        content_changed(articles=[self.article_id])

    def delete(self, *args, **kwargs):
        content_changed(articles=[self.article_id])
        result = super().delete(*args, **kwargs)
        update_search_index(self.article)
        return result


class Correction(models.Model):
    """A dated correction note ("Fe de erratas") readers see on the article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    corrected_at = models.DateTimeField(_("fecha"), default=timezone.now)
    text = models.TextField(_("corrección"))

    class Meta:
        verbose_name = _("fe de erratas")
        verbose_name_plural = _("fe de erratas")
        ordering = ["corrected_at", "id"]

    def __str__(self):
        return f"{self.corrected_at:%Y-%m-%d}: {self.text[:60]}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed(articles=[self.article_id])
        # A correction changes the article: feeds and structured data show it.
        Article.objects.filter(pk=self.article_id).update(updated_at=timezone.now())


class DeletedSource(models.Model):
    """An imported article an editor deleted: the importer must not bring it back.

    Matched by content hash and by file path; ``import_articles
    --restore-deleted`` imports it again and forgets the deletion.
    """

    content_hash = models.CharField(_("huella del contenido"), max_length=64, db_index=True)
    source_path = models.CharField(
        _("ruta del archivo"), max_length=2000, null=True, blank=True, db_index=True
    )
    source_file = models.CharField(_("archivo de origen"), max_length=1000, blank=True)
    title = models.TextField(_("título"))
    deleted_at = models.DateTimeField(_("eliminada"), default=timezone.now)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eliminada por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("nota importada eliminada")
        verbose_name_plural = _("notas importadas eliminadas")
        ordering = ["-deleted_at"]

    def __str__(self):
        return self.title

    @classmethod
    def remember(cls, articles, *, deleted_by=None) -> None:
        rows = [
            cls(
                content_hash=article.content_hash,
                source_path=article.source_path,
                source_file=article.source_file or "",
                title=article.title,
                deleted_by=deleted_by,
            )
            for article in articles
            if article.content_hash
        ]
        cls.objects.bulk_create(rows)


class SlugRedirect(models.Model):
    """An earlier address of an article: /articulos/<old_slug>/ answers 301.

    Every redirect points at the article, not at the next slug, so a chain of
    renames always ends at the current address in one hop.
    """

    old_slug = models.SlugField(_("slug anterior"), max_length=220, unique=True)
    article = models.ForeignKey(
        Article, verbose_name=_("nota"), on_delete=models.CASCADE, related_name="slug_redirects"
    )
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)

    class Meta:
        verbose_name = _("dirección anterior")
        verbose_name_plural = _("direcciones anteriores")

    def __str__(self):
        return self.old_slug

    @classmethod
    def record(cls, *, article: Article, old_slug: str) -> None:
        # The article's address now is no longer an old one (a rename undone).
        cls.objects.filter(old_slug=article.slug).delete()
        cls.objects.update_or_create(old_slug=old_slug, defaults={"article": article})


class HomeSlot(models.Model):
    """An article an editor pins on the home page: the main story or a featured one.

    The home page shows them only while they are published (see articles/home.py).
    """

    class Kind(models.TextChoices):
        MAIN = "main", _("Nota principal")
        FEATURED = "featured", _("Destacada")

    kind = models.CharField(_("lugar"), max_length=10, choices=Kind.choices)
    article = models.ForeignKey(
        Article, verbose_name=_("nota"), on_delete=models.CASCADE, related_name="home_slots"
    )
    position = models.PositiveSmallIntegerField(
        _("orden"), default=0, help_text=_("Las destacadas se muestran de menor a mayor.")
    )

    class Meta:
        verbose_name = _("nota fijada en portada")
        verbose_name_plural = _("notas fijadas en portada")
        ordering = ["kind", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article"], name="unique_home_slot_article"),
            models.UniqueConstraint(
                fields=["kind"], condition=Q(kind="main"), name="unique_home_main_story"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.article}"


class BreakingNews(models.Model):
    """The breaking-news banner across the home page, until it expires."""

    text = models.CharField(_("texto"), max_length=200)
    url = models.URLField(_("enlace"), max_length=1000, blank=True)
    expires_at = models.DateTimeField(
        _("vence"), help_text=_("Después de esta fecha y hora el aviso deja de mostrarse.")
    )
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)

    class Meta:
        verbose_name = _("aviso de última hora")
        verbose_name_plural = _("avisos de última hora")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.text


# Every version of a story (articles/story_versions.py): registered with the app here.
from articles.story_models import StoryDecision, StoryGroup, StoryVersion  # noqa: E402, F401
