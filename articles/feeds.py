"""RSS 2.0 and Atom feeds (django.contrib.syndication) over ``published()``.

One class per scope (the whole site, a section, an author, a tag, an
official, an institution); each serves both formats. A scope nothing
published uses answers 404, as its page does. Items carry the deck
as summary and the full ``body_html`` as content, the lead image as an
enclosure, and a ``tag:`` URI built on the primary key as GUID, so a new
title or slug never makes readers show an article twice. Undated archive
articles come after the dated ones (``newest_first()``).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.text import Truncator

from articles.models import Article, Section
from articles.search_index import plain_text
from articles.selectors import is_public_entity, public_tags, resolve_merged
from articles.shared_image import shared_image
from people.models import Author, Institution, Official

FEED_SIZE = 30
TAG_URI_DATE = "2024"  # the date in tag: GUIDs; never change it


class RssWithContent(Rss201rev2Feed):
    """RSS 2.0 with the full text in ``content:encoded``."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])


class AtomWithContent(Atom1Feed):
    """Atom with the full text in ``<content type="html">``."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


class ArticleFeed(Feed):
    """The whole site. Subclasses narrow it with ``get_object()`` and ``filter()``."""

    url_name = "site"
    language = "es"
    author_name = settings.SITE_NAME  # Atom entries without a byline need a feed author

    def __init__(self, *, atom: bool = False):
        self.atom = atom
        self.feed_type = AtomWithContent if atom else RssWithContent

    def filter(self, obj, articles):
        return articles

    def name(self, obj) -> str:
        return ""

    def title(self, obj):
        name = self.name(obj)
        return f"{name} · {settings.SITE_NAME}" if name else settings.SITE_NAME

    def link(self, obj):
        return settings.SITE_URL + (obj.get_absolute_url() if obj is not None else "/")

    def description(self, obj):
        name = self.name(obj)
        return f"Notas recientes: {name}." if name else f"Notas recientes de {settings.SITE_NAME}."

    def subtitle(self, obj):
        return self.description(obj)

    def feed_url(self, obj):
        kind = "atom" if self.atom else "rss"
        args = [obj.slug] if obj is not None else []
        return settings.SITE_URL + reverse(f"feeds:{self.url_name}-{kind}", args=args)

    def feed_guid(self, obj):
        return self.feed_url(obj)

    def items(self, obj):
        articles = self.filter(obj, Article.objects.published())
        return articles.with_related().newest_first()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.deck or Truncator(plain_text(item.body_html)).words(60)

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def item_guid(self, item):
        host = urlsplit(settings.SITE_URL).hostname or "localhost"
        return f"tag:{host},{TAG_URI_DATE}:articulo:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        # Atom requires <updated>; an undated archive article has only this date.
        if item.published_at is None:
            return item.updated_at
        return max(item.updated_at, item.published_at)

    def item_author_name(self, item):
        names = [author.name for author in item.ordered_authors()]
        return ", ".join(names) or item.source or None

    def item_categories(self, item):
        return sorted(tag.name for tag in item.topics())

    def item_enclosures(self, item):
        # The library image's largest JPEG rendition, else the external address.
        image = shared_image(item)
        if image is None:
            return []
        return [Enclosure(image.url, "0", image.mime_type)]  # length unknown: 0, as RSS allows

    def item_extra_kwargs(self, item):
        return {"content": item.body_html}


class SectionFeed(ArticleFeed):
    url_name = "section"

    def get_object(self, request, slug):
        return get_object_or_404(Section.objects.public(), slug=slug)

    def name(self, obj):
        return obj.name

    def filter(self, obj, articles):
        return articles.filter(section=obj)


class AuthorFeed(ArticleFeed):
    url_name = "author"

    def get_object(self, request, slug):
        return get_object_or_404(Author.objects.public(), slug=slug)

    def name(self, obj):
        return obj.name

    def filter(self, obj, articles):
        return articles.filter(authors=obj)


class TagFeed(ArticleFeed):
    url_name = "tag"

    def get_object(self, request, slug):
        return get_object_or_404(public_tags(), slug=slug)

    def name(self, obj):
        return f"tema {obj.name}"

    def link(self, obj):
        return settings.SITE_URL + reverse("articles:tag", args=[obj.slug])

    def filter(self, obj, articles):
        return articles.filter(tags=obj)


class _Merged(Exception):
    def __init__(self, target):
        self.target = target


class EntityFeed(ArticleFeed):
    """An official's or institution's feed: public ones only (``public()``); a merged
    one redirects (301) to a public entity it was merged into."""

    model = None
    relation = ""

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except _Merged as merged:
            kind = "atom" if self.atom else "rss"
            return redirect(f"feeds:{self.url_name}-{kind}", merged.target.slug, permanent=True)

    def get_object(self, request, slug):
        entity = get_object_or_404(self.model.objects.with_public_flag(), slug=slug)
        if entity.merged_into_id is not None:
            target = resolve_merged(entity)
            if target is not None and is_public_entity(target):
                raise _Merged(target)
        if not entity.is_public:
            raise Http404("Entidad no pública, rechazada o fusionada.")
        return entity

    def name(self, obj):
        return obj.name

    def filter(self, obj, articles):
        return articles.filter(**{self.relation: obj})


class OfficialFeed(EntityFeed):
    url_name = "official"
    model = Official
    relation = "officials"


class InstitutionFeed(EntityFeed):
    url_name = "institution"
    model = Institution
    relation = "institutions"
