"""Spanish (es-MX) dates for templates, independent of the active locale.

{% load fechas %}
{{ article.published_at|fecha }}        -> "9 de enero de 2024" / "Sin fecha"
{{ article.published_at|fecha_hora }}   -> "9 de enero de 2024, 10:30"
{{ article.published_at|iso }}          -> "2024-01-09T10:30:00-06:00" / ""
"""

import datetime
from html import escape

from django import template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext

register = template.Library()

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
NO_DATE = "Sin fecha"


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def spanish_date(value, empty: str = NO_DATE) -> str:
    """ "9 de enero de 2024" for a date or datetime (in local time), ``empty`` for None."""
    if not value:
        return empty
    value = _local(value)
    return f"{value.day} de {MONTHS[value.month - 1]} de {value.year}"


@register.filter
def fecha(value, empty=NO_DATE):
    return spanish_date(value, empty)


@register.filter
def fecha_hora(value):
    if not value:
        return NO_DATE
    value = _local(value)
    return f"{spanish_date(value)}, {value:%H:%M}"


@register.filter
def iso(value):
    if not value:
        return ""
    return _local(value).isoformat()


@register.simple_tag
def position_dates(position) -> SafeString:
    """A post's term and its evidence, as HTML: "del 1 de enero de 2024 al … ·
    <span class="evidence">mencionado del … (3 notas)</span>" (needs ``Position.public()``).

    A tag rather than an included template: an institution page lists sixty
    posts, and the sixty includes took some 40% of its rendering under the profiler.
    """
    start, end = position.term_start, position.term_end
    if start and end:
        term = gettext("del %(start)s al %(end)s") % {
            "start": spanish_date(start),
            "end": spanish_date(end),
        }
    elif start:
        term = gettext("desde el %(start)s") % {"start": spanish_date(start)}
    elif end:
        term = gettext("hasta el %(end)s") % {"end": spanish_date(end)}
    else:
        term = ""
    count = position.seen_count
    if not count:
        return mark_safe(escape(term))
    first, last = position.seen_first, position.seen_last
    if not first:
        seen = ngettext(
            "mencionado en %(counter)s nota", "mencionado en %(counter)s notas", count
        ) % {"counter": count}
    elif first == last:
        seen = ngettext(
            "mencionado el %(day)s (%(counter)s nota)",
            "mencionado el %(day)s (%(counter)s notas)",
            count,
        ) % {"counter": count, "day": spanish_date(first)}
    else:
        seen = ngettext(
            "mencionado del %(first)s al %(last)s (%(counter)s nota)",
            "mencionado del %(first)s al %(last)s (%(counter)s notas)",
            count,
        ) % {"counter": count, "first": spanish_date(first), "last": spanish_date(last)}
    separator = " · " if position.term_known else ""
    return mark_safe(f'{escape(term)}{separator}<span class="evidence">{escape(seen)}</span>')
