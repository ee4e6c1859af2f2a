"""An article's lead image on public pages.

{% load pictures %}
{% picture article sizes="(min-width: 48rem) 22rem, 100vw" %}      lazy (cards)
{% picture article sizes="100vw" loading="eager" %}  the page's first image

A library image prints <picture> with WebP and JPEG srcsets, width and
height; an imported article's external address prints a plain <img> until
`import_remote_images` brings it into the library; nothing otherwise.
"""

from urllib.parse import urlsplit

from django import template
from django.utils.safestring import SafeString

from media.pictures import external_img_html, picture_html

register = template.Library()

DEFAULT_SIZES = "100vw"


def _external_url(value) -> str:
    url = str(value or "").strip()
    try:
        return url if urlsplit(url).scheme.lower() in {"http", "https"} else ""
    except ValueError:
        return ""


@register.simple_tag
def picture(article, sizes=DEFAULT_SIZES, loading="lazy"):
    eager = loading == "eager"
    image = article.lead_image
    if image is not None:
        return picture_html(image, alt=image.alt_text or article.title, sizes=sizes, eager=eager)
    url = _external_url(article.lead_image_url)
    if url:
        return external_img_html(url, alt=article.title, eager=eager)
    return SafeString("")


@register.filter
def has_picture(article) -> bool:
    return article.lead_image_id is not None or bool(_external_url(article.lead_image_url))
