"""The admin's date hierarchy for a large article table, found by probing the date index.

Django's ``date_hierarchy`` lists the years (then months, then days) that
hold articles with ``SELECT DISTINCT`` of the date truncated per row, and
opens with ``MIN`` and ``MAX`` of the date in one statement. At 100,000
articles on SQLite the truncation is a Python function per row (0.5 s for
the admin's first page) and the two aggregates together read every row of
the filtered list. Here each is an index lookup: the first and the last date
are read in date order (``LIMIT 1`` each), and each year, month or day
between them is one ``LIMIT 1`` probe of a date range, all the probes in
one statement. Same choices, same template.
"""

import datetime

from django.contrib.admin.templatetags.admin_list import date_hierarchy
from django.db import connections
from django.db.models import Max, Min
from django.utils import timezone


def probed_date_hierarchy(changelist):
    """``date_hierarchy(changelist)`` with its date queries answered by probing."""
    return date_hierarchy(_ProbingChangeList(changelist))


class _ProbingChangeList:
    def __init__(self, changelist):
        self._changelist = changelist
        self.queryset = _ProbedDates(changelist.queryset)

    def __getattr__(self, name):
        return getattr(self._changelist, name)


class _ProbedDates:
    """A queryset as the hierarchy uses it: ``aggregate`` of Min/Max and ``datetimes``.

    Three statements in all, whatever the number of years or days: the first
    date, the last date (each ``LIMIT 1`` in date order), then one ``LIMIT 1``
    subquery per period, all in one SELECT.
    """

    def __init__(self, queryset):
        self._queryset = queryset
        self._bounds: dict[str, tuple] = {}

    def __getattr__(self, name):
        return getattr(self._queryset, name)

    def _first_rows(self, querysets) -> tuple:
        """The first row's value of each of ``querysets`` (None when empty), in one statement
        (used for presence only: the values are not converted)."""
        using = self._queryset.db
        parts, params = [], []
        for queryset in querysets:
            sql, part_params = queryset[:1].query.get_compiler(using=using).as_sql()
            parts.append(f"({sql})")
            params += part_params
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(parts), params)
            return cursor.fetchone()

    def bounds(self, field: str) -> tuple:
        """(first, last) value of ``field`` in the list, None when it has none."""
        if field not in self._bounds:
            dated = self._queryset.filter(**{f"{field}__isnull": False})
            self._bounds[field] = tuple(
                dated.order_by(order).values_list(field, flat=True).first()
                for order in (field, f"-{field}")
            )
        return self._bounds[field]

    def aggregate(self, **aggregates):
        plain = all(
            isinstance(a, (Min, Max)) and len(a.source_expressions) == 1 and not a.filter
            for a in aggregates.values()
        )
        if not plain:
            return self._queryset.aggregate(**aggregates)
        return {
            name: self.bounds(a.source_expressions[0].name)[isinstance(a, Max)]
            for name, a in aggregates.items()
        }

    def datetimes(self, field: str, kind: str, order: str = "ASC", tzinfo=None):
        zone = tzinfo or timezone.get_current_timezone()
        first, last = self.bounds(field)
        if first is None:
            return []
        first, last = timezone.localtime(first, zone), timezone.localtime(last, zone)
        starts, probes = [], []
        for start, end in _periods(first, last, kind):
            lower = timezone.make_aware(start, zone)
            upper = timezone.make_aware(end, zone)
            window = {f"{field}__gte": lower, f"{field}__lt": upper}
            starts.append(lower)
            probes.append(self._queryset.filter(**window).order_by().values_list("pk"))
        found = [
            start
            for start, hit in zip(starts, self._first_rows(probes), strict=True)
            if hit is not None
        ]
        return found if order == "ASC" else found[::-1]


def _periods(first: datetime.datetime, last: datetime.datetime, kind: str):
    """(start, end) of each year, month or day from ``first`` to ``last``, naive local times."""
    if kind == "year":
        for year in range(first.year, last.year + 1):
            yield datetime.datetime(year, 1, 1), datetime.datetime(year + 1, 1, 1)
    elif kind == "month":
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            following = (year + 1, 1) if month == 12 else (year, month + 1)
            yield datetime.datetime(year, month, 1), datetime.datetime(*following, 1)
            year, month = following
    elif kind == "day":
        day = first.date()
        while day <= last.date():
            start = datetime.datetime.combine(day, datetime.time())
            yield start, start + datetime.timedelta(days=1)
            day += datetime.timedelta(days=1)
    else:
        raise ValueError(f"no date hierarchy level {kind!r}")
