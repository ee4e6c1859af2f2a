"""The HTML of a picture: responsive renditions, or an external address as it is.

Renditions come from ``image.renditions.all()``, so a page that prefetched
them (``Article.objects.for_cards()`` / ``with_related()``) runs no query here.
"""

from __future__ import annotations

import re
from html import unescape

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from media.library import ensure_renditions
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
    renditions = sorted(image.loaded_renditions(), key=lambda r: r.width)
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


# Library images in article bodies: Markdown points at the image's stable
# address (Image.markdown, "/imagenes/<pk>/"); at render time (at save) the
# sanitized <img> becomes the same responsive <picture> as a lead image.
BODY_SIZES = "(min-width: 48rem) 44rem, 100vw"
# An image alone in its paragraph (how the picker inserts it) may become a
# <figure>, which cannot sit inside a <p>; one among text stays a <picture>.
_BODY_IMG = re.compile(
    r'(?P<open><p>)?<img src="(?P<prefix>/[^"]*?/)(?P<pk>\d+)/"(?P<rest>[^>]*)>(?P<close></p>)?'
)
# What every match of ``_BODY_IMG`` holds, found by a plain substring test: the
# pattern opens with an optional group, so the regex engine tries it at every
# position of a body (an import expanded every body: ~1 ms of the writer's time a file).
_BODY_IMG_START = '<img src="/'
_ALT = re.compile(r'\salt="(?P<alt>[^"]*)"')


def figcaption_text(caption: str, credit: str) -> str:
    """ "Pie de foto · Foto: Crédito", either part alone, or "" (as under a lead image)."""
    parts = [caption.strip()]
    if credit.strip():
        parts.append(_("Foto: %(credit)s") % {"credit": credit.strip()})
    return " · ".join(part for part in parts if part)


def figure_html(picture: SafeString, caption: str) -> SafeString:
    """A body picture and its caption line (plain text, escaped here)."""
    return format_html(
        '<figure class="body-image">{}<figcaption>{}</figcaption></figure>', picture, caption
    )


def library_image_ids(html: str) -> set[int]:
    """The library images a rendered body shows by their stable address."""
    if _BODY_IMG_START not in html:
        return set()  # most bodies: no scan, no URL reversed
    prefix = _stable_prefix()
    return {int(match["pk"]) for match in _BODY_IMG.finditer(html) if match["prefix"] == prefix}


def expand_library_images(html: str) -> str:
    """Replace each library image's <img> with its <picture> (no query when there is none).

    An image alone in its paragraph whose library entry has a caption or a
    credit becomes a <figure> with them in its <figcaption> (escaped).

    The alt text typed in the Markdown wins; an empty one falls back to the
    library's. An address of a deleted image stays as it is (its redirect
    answers 404, never another picture).
    """
    if not html:
        return html
    wanted = library_image_ids(html)
    if not wanted:
        return html
    pictures = {}
    for image in Image.objects.filter(pk__in=wanted):
        ensure_renditions(image)  # an image saved before renditions existed
        pictures[image.pk] = image
    prefix = _stable_prefix()

    def replace(match: re.Match) -> str:
        image = pictures.get(int(match["pk"]))
        if match["prefix"] != prefix or image is None:
            return match[0]
        alt_match = _ALT.search(match["rest"])
        alt = unescape(alt_match["alt"]) if alt_match else ""
        picture = picture_html(image, alt=alt or image.alt_text, sizes=BODY_SIZES)
        if not picture:
            return match[0]
        caption = figcaption_text(image.caption, image.credit)
        if match["open"] and match["close"] and caption:
            return str(figure_html(picture, caption))
        return (match["open"] or "") + str(picture) + (match["close"] or "")

    return _BODY_IMG.sub(replace, html)


def _stable_prefix() -> str:
    """ "/imagenes/" from the URLconf, so moving the route moves the pattern."""
    return reverse("media:image", kwargs={"pk": 0}).removesuffix("0/")
