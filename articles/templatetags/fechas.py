"""Spanish (es-MX) dates for templates, independent of the active locale.

{% load fechas %}
{{ article.published_at|fecha }}        -> "9 de enero de 2024" / "Sin fecha"
{{ article.published_at|fecha_hora }}   -> "9 de enero de 2024, 10:30"
{{ article.published_at|iso }}          -> "2024-01-09T10:30:00-06:00" / ""
"""

import datetime

from django import template
from django.utils import timezone

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
