"""The values of an article's revisions as the rest of the admin prints them.

django-simple-history prints a changed value with ``str()``, so a date read
"2026-12-03 16:50:52+00:00" (UTC, Python's format); here dates and datetimes
are formatted in the site's time zone with the active locale's formats
("3 de diciembre de 2026 a las 10:50"), like the history's own date column.
"""

from __future__ import annotations

import datetime

from django.utils import formats, timezone
from simple_history.template_utils import HistoricalRecordContextHelper


def display_value(value):
    """A date or datetime in local time and the locale's format; anything else as it is."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return formats.date_format(value, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return value


class LocalHistoryHelper(HistoricalRecordContextHelper):
    """The history list's changes with ``display_value`` applied before they become text."""

    def prepare_delta_change_value(self, change, value):
        return display_value(super().prepare_delta_change_value(change, value))
