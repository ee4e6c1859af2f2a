"""Querysets compiled once per process, then run again with the current time.

Every public page lists the sections of the navigation: a queryset written
with the publishing rule (``Section.objects.public()``), whose only parameter
that changes from one request to the next is the current time. Building and
compiling it cost about 0.5 ms of each page's CPU, ten times what SQLite takes
to run it. ``TimedQuery`` builds the queryset once with a marker time, keeps
its SQL, and at each call runs that SQL with the marker replaced by the time
of the call: the rule is still written once, in the queryset, and a test
compares the two at times around a scheduled article's go-live.
"""

import datetime

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connections, router
from django.db.models.sql.compiler import (
    SQLAggregateCompiler,
    SQLCompiler,
    SQLDeleteCompiler,
    SQLInsertCompiler,
    SQLUpdateCompiler,
)
from django.db.models.sql.query import Query
from django.utils import timezone

# A time no caller passes: its adapted form is found among the compiled parameters.
MARKER = datetime.datetime(1971, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)


class TimedQuery:
    """``build(now)`` → a ``values_list`` queryset of ``model``; ``rows(now)`` → its rows."""

    def __init__(self, model, build):
        self._model = model
        self._build = build
        self._compiled: dict[str, tuple[str, tuple, list[int]]] = {}

    def _compile(self, alias: str):
        queryset = self._build(MARKER).using(alias)
        connection = connections[alias]
        sql, params = queryset.query.get_compiler(using=alias).as_sql()
        marker = connection.ops.adapt_datetimefield_value(MARKER)
        slots = [i for i, value in enumerate(params) if value == marker]
        if not slots:
            raise ValueError("the queryset does not depend on the time it is given")
        return sql, tuple(params), slots

    def rows(self, now: datetime.datetime | None = None) -> list[tuple]:
        alias = router.db_for_read(self._model)
        if alias not in self._compiled:
            self._compiled[alias] = self._compile(alias)
        sql, params, slots = self._compiled[alias]
        connection = connections[alias]
        current = connection.ops.adapt_datetimefield_value(now or timezone.now())
        values = list(params)
        for slot in slots:
            values[slot] = current
        with connection.cursor() as cursor:
            cursor.execute(sql, values)
            return cursor.fetchall()


# Querysets whose SQL is compiled once per shape ----------------------------------------

# Compiled statements kept per process; cleared when full (shapes are few: a page's
# querysets times the lengths of their IN lists).
COMPILED_MAX = 512
_compiled: dict[tuple, tuple] = {}
# Shapes whose statements cannot be reused (parameters outside the WHERE clause that
# are not a timed queryset's): compiled directly, as Django would.
_uncacheable: set[tuple] = set()


def compiled_once(queryset, key: str, *, timed: bool = False):
    """``queryset``, whose SQL is compiled once per process and WHERE clause.

    Django compiles a queryset's SQL on every evaluation: the columns of each
    model and of each ``select_related`` join, the joins, the ordering. That was
    a third of the article page's CPU (seven querysets, the same SQL on every
    request but for the article's id, slug and the current time). A queryset
    marked here compiles only its WHERE clause at each evaluation (the values
    that change); the rest of the statement, and what Django needs to build the
    model instances from its rows (``select``, ``klass_info``), is reused from
    the first evaluation with the same WHERE clause and the same shape.

    ``key`` names the queryset where it is written; querysets derived from it
    (``filter()``, a prefetch's ``article_id IN (…)``) keep it. Their shape (model,
    columns, joins, ordering, limits) is part of the cache key, so a derived
    queryset of another shape compiles on its own. Statements with parameters
    outside the WHERE clause (a subquery annotation's) are compiled every time,
    unless ``timed``: the queryset was then built with ``MARKER`` as the current
    time (a count of live articles per row), its parameters outside the WHERE
    clause are that time and constants of the queryset as written, and each
    evaluation runs the statement with the time of the evaluation in its place.
    """
    queryset = queryset.all()
    queryset.query.__class__ = _CompiledOnceQuery
    queryset.query.compiled_key = key
    queryset.query.timed = timed
    return queryset


def count_rows(queryset) -> int | None:
    """``queryset.count()`` for a queryset marked ``compiled_once`` (None for any other).

    Django counts through its aggregate compiler, which compiles the counted
    statement again on every call; here the counted statement is the compiled-once
    select of the primary keys, wrapped as Django wraps it (``SELECT COUNT(*) FROM
    (…)``), so only its WHERE clause is compiled again.
    """
    if not isinstance(queryset.query, _CompiledOnceQuery):
        return None
    keys = queryset.values("pk")
    try:
        sql, params = keys.query.get_compiler(using=keys.db).as_sql()
    except EmptyResultSet:
        return 0
    with connections[keys.db].cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) counted", params)
        return cursor.fetchone()[0]


def _shape(query) -> tuple:
    """What, besides the WHERE clause, decides a select statement's SQL."""
    return (
        query.compiled_key,
        query.timed,
        query.model,
        query.select,
        query.values_select,
        tuple(query.annotation_select),
        tuple(query.extra_select),
        query.order_by,
        query.extra_order_by,
        query.default_ordering,
        query.group_by
        if query.group_by is None or query.group_by is True
        else tuple(query.group_by),
        query.distinct,
        query.distinct_fields,
        repr(query.select_related),
        (
            query.deferred_loading[0] and tuple(sorted(query.deferred_loading[0])),
            query.deferred_loading[1],
        ),
        query.low_mark,
        query.high_mark,
        query.combinator,
        query.select_for_update,
        query.subquery,
        # Aliases with their join types (a promoted join changes the FROM clause).
        tuple((alias, getattr(join, "join_type", None)) for alias, join in query.alias_map.items()),
    )


class _CompiledOnceQuery(Query):
    compiled_key = ""
    timed = False

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        compiler = super().get_compiler(using, connection, elide_empty)
        kind = type(compiler)
        # Selects only: each backend's own select compiler (PostgreSQL's subclasses
        # Django's), never an insert, update, delete or aggregate compiler.
        if kind in _SELECT_COMPILERS or (
            issubclass(kind, SQLCompiler) and not issubclass(kind, _OTHER_COMPILERS)
        ):
            if kind not in _SELECT_COMPILERS:
                _SELECT_COMPILERS[kind] = type(
                    f"CompiledOnce{kind.__name__}", (_CompiledOnceCompiler, kind), {}
                )
            compiler.__class__ = _SELECT_COMPILERS[kind]
        return compiler


_OTHER_COMPILERS = (
    SQLAggregateCompiler,
    SQLDeleteCompiler,
    SQLInsertCompiler,
    SQLUpdateCompiler,
)
# Backend select compiler -> its compiled-once subclass.
_SELECT_COMPILERS: dict[type, type] = {}


class _CompiledOnceCompiler(SQLCompiler):
    _STATE = ("select", "klass_info", "annotation_col_map", "col_count", "has_extra_select")

    def as_sql(self, with_limits=True, with_col_aliases=False):
        sql, params = self._statement(with_limits, with_col_aliases)
        return sql, self._at_current_time(params)

    def _statement(self, with_limits, with_col_aliases):
        where = self.query.where
        if (
            not with_limits
            or with_col_aliases
            or where.contains_aggregate
            or where.contains_over_clause
        ):
            return super().as_sql(with_limits, with_col_aliases)
        shape = (self.connection.alias, _shape(self.query))
        if shape in _uncacheable:
            # Compiling the WHERE clause first would compile it twice.
            return super().as_sql(with_limits, with_col_aliases)
        try:
            where_sql, where_params = self.compile(self.query.where)
        except (EmptyResultSet, FullResultSet):
            return super().as_sql(with_limits, with_col_aliases)
        key = (where_sql, *shape)
        entry = _compiled.get(key)
        if entry is None:
            sql, params = super().as_sql(with_limits, with_col_aliases)
            offset = self._where_offset(sql, params, where_sql, where_params)
            if offset is None:
                if len(_uncacheable) >= COMPILED_MAX:
                    _uncacheable.clear()
                _uncacheable.add(shape)
            else:
                if len(_compiled) >= COMPILED_MAX:
                    _compiled.clear()
                state = (getattr(self, name) for name in self._STATE)
                _compiled[key] = (sql, tuple(params), offset, *state)
            return sql, params
        sql, template, offset, *state = entry
        for name, value in zip(self._STATE, state, strict=True):
            setattr(self, name, value)
        self.where, self.having, self.qualify = self.query.where, None, None
        return sql, (*template[:offset], *where_params, *template[offset + len(where_params) :])

    def _where_offset(self, sql, params, where_sql, where_params) -> int | None:
        """Where the WHERE clause's parameters sit among the statement's, when the
        statement can be reused with another WHERE clause's: its only parameters
        (or, ``timed``, among the marker time and the queryset's constants)."""
        if self.having is not None or sql.count(where_sql) != 1:
            return None
        if not self.query.timed:
            return 0 if list(params) == list(where_params) else None
        offset = sql[: sql.index(where_sql)].count("%s")
        if list(params[offset : offset + len(where_params)]) != list(where_params):
            return None
        return offset

    def _at_current_time(self, params) -> tuple:
        """``params`` with the marker time replaced by the current time (``timed``)."""
        if not self.query.timed:
            return tuple(params)
        ops = self.connection.ops
        marker = ops.adapt_datetimefield_value(MARKER)
        if marker not in params:
            # Built with the real time: kept, that time would be every later request's.
            raise ValueError("a timed queryset must be built with MARKER as its time")
        now = ops.adapt_datetimefield_value(timezone.now())
        return tuple(now if value == marker else value for value in params)
