"""Small helpers for the public templates.

{% load site_extras %}
{{ json_ld|ld_json }}       -> <script type="application/ld+json">…</script>
{{ link|safe_url }}         -> the URL when http(s) or mailto, else ""
{{ n|index_count }}         -> "3 notas", or "más de 100 notas" past the index's cap
"""

import json
from urllib.parse import urlsplit

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from articles.pagination import INDEX_COUNT_CAP

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
SAFE_SCHEMES = {"http", "https", "mailto"}


@register.filter
def ld_json(data):
    """A JSON-LD block; CSP allows it since browsers never execute it."""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def safe_url_or_empty(value) -> str:
    """Imported URLs are not validated by forms: keep only harmless schemes."""
    url = str(value or "").strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in SAFE_SCHEMES else ""


@register.filter
def safe_url(value):
    return safe_url_or_empty(value)


@register.filter
def index_count(count: int) -> str:
    """An index line's article count, capped (``pagination.INDEX_COUNT_CAP``)."""
    if count > INDEX_COUNT_CAP:
        return _("más de %(cap)s notas") % {"cap": INDEX_COUNT_CAP}
    return ngettext("%(count)s nota", "%(count)s notas", count) % {"count": count}
