"""Keyset pagination for ``?page=N`` lists, shared by the site and the API.

Pages are numbered (``?page=3``) but not read with ``OFFSET`` over full
rows. Each page starts at a *key*, the sort value and primary key of its
first row, and is read with ``WHERE key >= start ORDER BY … LIMIT n + 1``;
the extra row is the next page's key. Links carry that key as a cursor
(``?page=4&desde=…``), so following next/previous links costs the same on
page 500 as on page 1. A page asked for by number alone (a typed URL, an
old link) first looks its key up with one narrow query over the two sort
columns only (an index-only scan with the right index), then reads the page
the same way.

The seek conditions are written as index range bounds (``published_at <=
t AND NOT (published_at = t AND id > n)``) rather than one OR, so that an
index on the list order starts right at the key. NULLs (undated articles)
sort last and are read as a second segment when a page reaches them.

Usage::

    page = paginate(request, Article.objects.published().with_related(), ARTICLE_ORDER)
    page.object_list, page.number, page.num_pages, page.next_query, ...
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from dataclasses import dataclass
from math import ceil

from django.core.exceptions import ValidationError
from django.db.models import F, Q, QuerySet, prefetch_related_objects
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.translation import gettext

from newsroom.prepared import count_rows

# An index line counts at most this many articles and then says "más de 100 notas":
# exact counts read every byline of a prolific author (100 ms per index page at
# 100,000 articles); a reader choosing whom to follow needs no more.
INDEX_COUNT_CAP = 100

PAGE_PARAM = "page"
CURSOR_PARAM = "desde"
DEFAULT_PER_PAGE = 20
# Article lists never count past this: "más de 1.000" instead of an exact
# COUNT(*) over every published article on every request (docs/performance.md).
COUNT_CAP = 1000


def capped_count(queryset: QuerySet, cap: int | None) -> int:
    """``queryset.count()``, but at most ``cap + 1`` rows are read (``None``: exact).

    ``SELECT COUNT(*) FROM (… LIMIT cap + 1)``: the database stops after
    ``cap + 1`` index entries however many rows match.
    """
    if cap is None:
        return queryset.count()
    capped = queryset.order_by()[: cap + 1]
    counted = count_rows(capped)  # compiled once, when the queryset is
    return capped.count() if counted is None else counted


def thousands(number: int) -> str:
    """1000 -> "1.000": the grouping the site prints in counts."""
    return f"{number:,}".replace(",", ".")


@dataclass(frozen=True)
class Order:
    """A list order: one sort column, then the primary key to break ties.

    With ``nullable``, NULLs sort last (``newest_first()`` puts undated
    articles after the dated ones).
    """

    field: str
    descending: bool = False
    nullable: bool = False
    # For a nullable order: a value every non-NULL one is at or before in
    # list order. "field <= bound" reads the non-NULL rows as one index range,
    # where the publishing rule's "IS NULL OR <= now" makes SQLite sort them all.
    bound: object = None
    # The column that breaks ties, unique in the list: the primary key, or the
    # article id a link table copies (entity pages seek on the link's index).
    tiebreak: str = "pk"
    # The same order on the rows' own columns, when the keys are read elsewhere
    # (a link table's copies of the article's date: see KeysetPaginator's rows).
    on_rows: Order | None = None

    @property
    def row_order(self) -> Order:
        return self.on_rows or self

    def non_null(self) -> Q:
        if self.bound is None:
            return self._null(False)
        return self._cmp(self.field, after=True, inclusive=True, value=self.bound)

    @property
    def fields(self) -> tuple[str, str]:
        return (self.field, self.tiebreak)

    def order_by(self, *, reverse: bool = False) -> list:
        descending = self.descending != reverse
        nulls = {}
        if self.nullable:
            # NULLs last in list order, hence first when reading backwards.
            nulls = {"nulls_first": True} if reverse else {"nulls_last": True}
        column, pk = F(self.field), F(self.tiebreak)
        if descending:
            return [column.desc(**nulls), pk.desc()]
        return [column.asc(**nulls), pk.asc()]

    def _cmp(self, name: str, *, after: bool, inclusive: bool, value) -> Q:
        """``name`` after (or before) ``value`` in list order, e.g. ``published_at__lte``."""
        greater = after != self.descending
        lookup = ("gt" if greater else "lt") + ("e" if inclusive else "")
        return Q(**{f"{name}__{lookup}": value})

    def _null(self, is_null: bool) -> Q:
        return Q(**{f"{self.field}__isnull": is_null})

    def segments(self) -> list[Q]:
        """Every row, as segments read one after the other (the dated ones first)."""
        return [self.non_null(), self._null(True)] if self.nullable else [Q()]

    def from_key(self, key: tuple) -> list[Q]:
        """Rows at or after ``key``, as segments read one after the other."""
        value, pk = key
        if value is None:
            return [
                self._null(True) & self._cmp(self.tiebreak, after=True, inclusive=True, value=pk)
            ]
        # "field <= t AND NOT (field = t AND pk > n)": the first part is an index bound.
        segment = self._cmp(self.field, after=True, inclusive=True, value=value) & ~(
            Q(**{self.field: value})
            & self._cmp(self.tiebreak, after=False, inclusive=False, value=pk)
        )
        return [segment, self._null(True)] if self.nullable else [segment]

    def before_key(self, key: tuple) -> list[Q]:
        """Rows strictly before ``key``, as segments read backwards (nearest first)."""
        value, pk = key
        if value is None:
            nearer = self._null(True) & self._cmp(
                self.tiebreak, after=False, inclusive=False, value=pk
            )
            return [nearer, self._null(False)]
        return [
            self._cmp(self.field, after=False, inclusive=True, value=value)
            & ~(
                Q(**{self.field: value})
                & self._cmp(self.tiebreak, after=True, inclusive=True, value=pk)
            )
        ]


# Orders used by the site. ARTICLE_ORDER is the order of newest_first().
ARTICLE_ORDER = Order(
    "published_at",
    descending=True,
    nullable=True,
    bound=datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC),
)
# ARTICLE_ORDER on the copies a link row keeps (``ArticleQuerySet.linked_to``).
LINK_ORDER = Order(
    "linked_at",
    descending=True,
    nullable=True,
    bound=ARTICLE_ORDER.bound,
    tiebreak="linked_article",
    on_rows=ARTICLE_ORDER,
)
NAME_ORDER = Order("name")


def encode_cursor(key: tuple) -> str:
    plain = json.dumps([None if v is None else str(v) for v in key], separators=(",", ":"))
    return base64.urlsafe_b64encode(plain.encode()).decode().rstrip("=")


def decode_cursor(token: str, queryset: QuerySet, order: Order) -> tuple | None:
    """The key in ``token``, or None when it is missing or not valid."""
    if not token or len(token) > 200:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, binascii.Error):
        return None
    if not isinstance(raw, list) or len(raw) != 2:
        return None
    value, pk = raw
    opts = queryset.model._meta
    try:
        if not isinstance(pk, str):
            return None
        pk = opts.pk.to_python(pk)
        if value is None:
            return (None, pk) if order.nullable else None
        if not isinstance(value, str):
            return None
        field = queryset.query.annotations.get(order.field)
        field = field.output_field if field is not None else opts.get_field(order.field)
        value = field.to_python(value)
        if isinstance(value, datetime.datetime):
            # Compared in UTC: a moment at the edge of the calendar may not convert.
            if timezone.is_naive(value):
                value = timezone.make_aware(value)
            value.astimezone(datetime.UTC)
        return (value, pk)
    except (ValidationError, ValueError, TypeError, OverflowError):
        return None


@dataclass
class Page:
    object_list: list
    number: int
    num_pages: int
    count: int
    per_page: int
    next_query: str | None  # query string of the next page ("page=2&desde=…"), or None
    previous_query: str | None  # "" for the first page
    count_cap: int | None = None  # ``count`` is a lower bound when it is above this

    @property
    def count_capped(self) -> bool:
        """More rows than the cap: ``count`` and ``num_pages`` are lower bounds."""
        return self.count_cap is not None and self.count > self.count_cap

    @property
    def count_label(self) -> str:
        """The count as the page prints it: "37", or "más de 1.000" past the cap."""
        if self.count_capped:
            return gettext("más de %(count)s") % {"count": thousands(self.count_cap)}
        return thousands(self.count)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_next(self) -> bool:
        return self.next_query is not None

    @property
    def has_previous(self) -> bool:
        return self.previous_query is not None

    @property
    def has_other_pages(self) -> bool:
        return self.num_pages > 1


class KeysetPaginator:
    """Numbered pages read by key; see the module docstring.

    ``queryset`` is filtered and may carry select/prefetch_related; it is
    reordered by ``order``. Prefetches run once per page, for its rows only.

    ``rows``: where the page's wide rows are read, by primary key, when the
    keys come from a link table (an author's or entity's articles: ``queryset``
    seeks on the link's copies, ``rows`` is ``Article.objects.published()``
    with what the cards print). Reading them through ``queryset`` would join
    the link table again and walk all of the entity's links.

    ``counted``: what the count counts when that is cheaper than ``queryset``
    and counts the same rows (an entity's live link rows).
    """

    def __init__(
        self,
        queryset: QuerySet,
        order: Order,
        per_page: int = DEFAULT_PER_PAGE,
        *,
        count_cap: int | None = None,
        rows: QuerySet | None = None,
        counted: QuerySet | None = None,
    ):
        self.queryset = queryset
        self.order = order
        self.per_page = per_page
        self.count_cap = count_cap
        self.rows = queryset if rows is None else rows
        self.counted = queryset if counted is None else counted

    def _read(
        self,
        segments: list[Q],
        limit: int,
        *,
        available=None,
        reverse=False,
        keys_only=False,
        by_key=True,
    ) -> list:
        """Up to ``limit`` rows from ``segments`` in turn.

        ``available`` (rows known to be left, from the count) saves reading
        the next segment when the first one already held them all. Without
        ``by_key`` the wide rows are read by the seek itself (no link table to
        read the keys behind, no key to start from: the first page of a list).
        """
        base = self.queryset.prefetch_related(None)
        wide = self.rows.prefetch_related(None)
        if keys_only:
            base = base.values_list(*self.order.fields)
        if available is not None:
            limit = min(limit, available)
        rows: list = []
        order_by = self.order.order_by(reverse=reverse)
        rows_order_by = self.order.row_order.order_by(reverse=reverse)
        for condition in segments:
            if len(rows) >= limit:
                break
            wanted = limit - len(rows)
            if keys_only or not by_key:
                rows.extend(base.filter(condition).order_by(*order_by)[:wanted])
                continue
            # The seek, the filters and the LIMIT read the sort keys only (an
            # index, e.g. article_public_key behind a link table); the wide
            # rows are read for the page's own primary keys.
            keys = base.filter(condition).order_by(*order_by).values("pk")[:wanted]
            rows.extend(wide.filter(pk__in=keys).order_by(*rows_order_by))
        return rows

    def _first_rows(self, limit: int, *, available: int | None = None) -> list:
        """The first ``limit`` rows of a list whose keys come from a link table.

        The keys are read from the start of the list (``segments``, one statement
        each, as a seek from a key would), then the wide rows by those primary keys,
        a literal list, in one statement: no lookup of the first key beforehand, and
        no seek repeated as a subquery of the rows' statement (on PostgreSQL that
        subquery joined the article table twice: 0.57 ms of planning for the official
        page's twenty cards, against ~0.2 for the same rows by key). Rows keep the
        order a seek from the first key gives them: by segment, then ``row_order``.
        """
        base = self.queryset.prefetch_related(None)
        if available is not None:
            limit = min(limit, available)
        segment_of: dict = {}
        order_by = self.order.order_by()
        for index, condition in enumerate(self.order.segments()):
            if len(segment_of) >= limit:
                break
            wanted = limit - len(segment_of)
            keys = base.filter(condition).order_by(*order_by).values_list("pk", flat=True)
            for pk in keys[:wanted]:
                segment_of.setdefault(pk, index)
        if not segment_of:
            return []
        wide = self.rows.prefetch_related(None).filter(pk__in=list(segment_of))
        rows = list(wide.order_by(*self.order.row_order.order_by()))
        rows.sort(key=lambda row: segment_of[row.pk])  # stable: row_order within a segment
        lookups = self.rows._prefetch_related_lookups
        if rows and lookups:
            prefetch_related_objects(rows, *lookups)
        return rows

    def _key_of(self, obj) -> tuple:
        return tuple(getattr(obj, name) for name in self.order.row_order.fields)

    def _keys_at(self, offset: int, limit: int) -> list[tuple]:
        """Keys of rows ``offset``… in list order: sort columns only, no joins.

        A nullable order reads the non-NULL keys as an index range first, and
        the NULL ones (undated articles, at the end) only when it gets there.
        """
        ordered = self.queryset.prefetch_related(None).order_by(*self.order.order_by())
        keys = ordered.values_list(*self.order.fields)
        if not self.order.nullable:
            return list(keys[offset : offset + limit])
        found = list(keys.filter(self.order.non_null())[offset : offset + limit])
        if len(found) == limit:
            return found
        dated = offset + len(found) if found else keys.filter(self.order.non_null()).count()
        start = max(0, offset - dated)
        rest = keys.filter(self.order._null(True))[start : start + limit - len(found)]
        return found + list(rest)

    def _rows_from(self, start: tuple, limit: int, *, available: int | None = None) -> list:
        """Up to ``limit`` rows from key ``start`` on, prefetches applied once."""
        rows = self._read(self.order.from_key(start), limit, available=available)
        lookups = self.rows._prefetch_related_lookups
        if rows and lookups:
            prefetch_related_objects(rows, *lookups)
        return rows

    def head(self, limit: int) -> list:
        """The first ``limit`` rows, as a page would read them (no count)."""
        if self.rows is not self.queryset:
            return self._first_rows(limit)
        # No key to seek from and no link table to read the keys behind: the rows in
        # one ordered read (the home page's pool was three statements' planning, two
        # of them over the article table, for the same 60 rows).
        rows = self._read(self.order.segments(), limit, by_key=False)
        lookups = self.rows._prefetch_related_lookups
        if rows and lookups:
            prefetch_related_objects(rows, *lookups)
        return rows

    def page(self, number: int, *, cursor: tuple | None = None, params: QueryDict | None = None):
        count = capped_count(self.counted, self.count_cap)
        capped = self.count_cap is not None and count > self.count_cap
        num_pages = max(1, ceil(count / self.per_page))
        # Past the cap the number of pages is unknown: a page beyond the last
        # one is found empty by its key lookup below.
        if number < 1 or (number > num_pages and not capped):
            raise Http404("Página fuera de rango.")

        previous_key = start = None
        if number > 1 and cursor is not None:
            start = cursor
            # The previous page's first key: read backwards from this page.
            keys = self._read(
                self.order.before_key(start), self.per_page, keys_only=True, reverse=True
            )
            previous_key = keys[-1] if keys else None
        elif number > 1:
            # Typed URL: one narrow lookup finds this page's and the previous page's keys.
            keys = self._keys_at((number - 2) * self.per_page, self.per_page + 1)
            if len(keys) <= self.per_page:
                raise Http404("Página fuera de rango.")
            previous_key, start = keys[0], keys[-1]
        elif count and self.rows is self.queryset:
            # Page 1 is read like the others, from its first key: the seek is
            # an index range scan where "ORDER BY … LIMIT" over the publishing
            # rule's OR may sort the whole table (SQLite does, with joins). A
            # linked list's first page reads its keys from the start instead.
            start = self._keys_at(0, 1)[0]

        rows = []
        if number == 1 and count and self.rows is not self.queryset:
            # A linked list's first page: its keys, then its rows by key (_first_rows).
            available = None if capped else count
            rows = self._first_rows(self.per_page + 1, available=available)
        elif start is not None:
            # Rows left from this page on, going by the count: a page that
            # ends before the undated articles does not look for them.
            available = None if capped else count - (number - 1) * self.per_page
            rows = self._rows_from(start, self.per_page + 1, available=available)
        if not rows and number > 1:
            raise Http404("Página fuera de rango.")
        items, extra = rows[: self.per_page], rows[self.per_page :]

        params = params.copy() if params is not None else QueryDict(mutable=True)
        next_query = previous_query = None
        if extra:
            next_query = _query(params, number + 1, self._key_of(extra[0]))
        if number > 1:
            previous_query = _query(params, number - 1, previous_key if number > 2 else None)
        return Page(
            object_list=items,
            number=number,
            num_pages=num_pages,
            count=count,
            per_page=self.per_page,
            next_query=next_query,
            previous_query=previous_query,
            count_cap=self.count_cap,
        )


def _query(params: QueryDict, number: int, key: tuple | None) -> str:
    params = params.copy()
    params.pop(CURSOR_PARAM, None)
    params.pop(PAGE_PARAM, None)
    if number > 1:
        params[PAGE_PARAM] = str(number)
        if key is not None:
            params[CURSOR_PARAM] = encode_cursor(key)
    return params.urlencode()


def page_number(request) -> int:
    raw = request.GET.get(PAGE_PARAM, "1") or "1"
    try:
        return int(raw)
    except ValueError:
        raise Http404("Número de página no válido.") from None


def paginate(
    request,
    queryset: QuerySet,
    order: Order,
    per_page: int = DEFAULT_PER_PAGE,
    *,
    count_cap: int | None = None,
    rows: QuerySet | None = None,
    counted: QuerySet | None = None,
) -> Page:
    """The page of ``queryset`` that ``request`` asks for (``?page=N[&desde=…]``).

    With ``count_cap``, the count stops there (article lists: ``COUNT_CAP``);
    ``rows`` and ``counted``: see ``KeysetPaginator``.
    """
    cursor = decode_cursor(request.GET.get(CURSOR_PARAM, ""), queryset, order)
    paginator = KeysetPaginator(
        queryset, order, per_page, count_cap=count_cap, rows=rows, counted=counted
    )
    return paginator.page(page_number(request), cursor=cursor, params=request.GET)
