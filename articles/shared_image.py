"""An article's lead image as other sites see it: the API, JSON-LD, feeds, social cards.

A library image gives its largest JPEG rendition (every reader and crawler
takes JPEG), as an absolute address on ``SITE_URL`` with its size; an
imported article's external address is given as it is, without a size.
Renditions come from ``lead_image.renditions.all()``, which ``with_related()``
prefetches, so a list of articles runs no query per item here.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from articles.templatetags.site_extras import safe_url_or_empty

JPEG = "jpeg"
WEB_SCHEMES = {"http", "https"}


@dataclass(frozen=True)
class SharedImage:
    url: str  # absolute
    width: int | None = None
    height: int | None = None
    alt: str = ""
    credit: str = ""

    @property
    def mime_type(self) -> str:
        return mimetypes.guess_type(urlsplit(self.url).path)[0] or "image/jpeg"


def absolute_media_url(url: str) -> str:
    """A storage address on the site (``/media/…``) made absolute; a full one kept."""
    return urljoin(settings.SITE_URL + "/", url)


def largest_jpeg(image):
    """The widest JPEG rendition of a library image, or None if it has none yet."""
    jpegs = [r for r in image.loaded_renditions() if r.format == JPEG]
    return max(jpegs, key=lambda r: r.width, default=None)


def shared_image(article) -> SharedImage | None:
    """The library image first, then the (safe) external address, else None."""
    image = article.lead_image if article.lead_image_id else None
    rendition = largest_jpeg(image) if image is not None else None
    if rendition is not None:
        return SharedImage(
            url=absolute_media_url(rendition.url),
            width=rendition.width,
            height=rendition.height,
            alt=image.alt_text,
            credit=image.credit or article.lead_image_credit,
        )
    url = safe_url_or_empty(article.lead_image_url)
    if url and urlsplit(url).scheme.lower() in WEB_SCHEMES:
        return SharedImage(url=url, credit=article.lead_image_credit)
    return None
