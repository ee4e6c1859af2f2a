"""The HTML of a picture: responsive renditions, or an external address as it is.

Renditions come from ``image.renditions.all()``, so a page that prefetched
them (``Article.objects.for_cards()`` / ``with_related()``) runs no query here.
"""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from media.models import Image

FALLBACK_WIDTH = 800  # the <img src> for browsers that ignore srcset


EAGER = SafeString('loading="eager" fetchpriority="high"')
LAZY = SafeString('loading="lazy" decoding="async"')


def _loading_attributes(eager: bool) -> SafeString:
    return EAGER if eager else LAZY


def _srcset(renditions) -> SafeString:
    return format_html_join(", ", "{} {}w", ((r.url, r.width) for r in renditions))


def picture_html(image: Image, *, alt: str, sizes: str, eager: bool = False) -> SafeString:
    """<picture>: WebP renditions, then JPEG ones, with the <img> sized to avoid layout shift."""
    renditions = sorted(image.renditions.all(), key=lambda r: r.width)
    webp = [r for r in renditions if r.format == "webp"]
    jpeg = [r for r in renditions if r.format == "jpeg"]
    if not jpeg:
        return SafeString("")
    fallback = [r for r in jpeg if r.width <= FALLBACK_WIDTH][-1:] or jpeg[:1]
    fallback = fallback[0]
    source = (
        format_html('<source type="image/webp" srcset="{}" sizes="{}">', _srcset(webp), sizes)
        if webp
        else ""
    )
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" {}>'
        "</picture>",
        source,
        fallback.url,
        _srcset(jpeg),
        sizes,
        fallback.width,
        fallback.height,
        alt,
        _loading_attributes(eager),
    )


def external_img_html(
    url: str, *, alt: str, eager: bool = False, width: int | None = None, height: int | None = None
) -> SafeString:
    """An imported article's image address, shown as it is until brought into the library."""
    size = format_html(' width="{}" height="{}"', width, height) if width and height else ""
    return format_html(
        '<img src="{}" alt="{}"{} {} referrerpolicy="no-referrer">',
        url,
        alt,
        size,
        _loading_attributes(eager),
    )
