"""Long lists in statements: split under the databases' parameter limits, rows updated in bulk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from django.db import connections, router
from django.db.models import Model


def chunked(items: Iterable, size: int = 500) -> Iterator[list]:
    """Consecutive lists of at most ``size`` items (SQLite allows 32,766 parameters)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def update_rows(objs: Sequence[Model], fields: Sequence[str], *, batch_size: int = 500) -> int:
    """Write ``fields`` of the saved instances ``objs``: what ``bulk_update`` does,
    in one ``UPDATE … SET col = CASE pk WHEN … END … WHERE pk IN (…)`` per batch.

    The statement is built as text: ``bulk_update`` builds the same CASE out of
    ORM expressions, and resolving them cost ~55 ms of Python per 500 rows
    (regrouping 10,000 imported stories spent 18 of its 45 s there). Values go
    through each field's ``get_db_prep_save``; PostgreSQL gets each CASE cast to
    the column's type (a batch of NULLs alone would read as text). Returns the
    number of rows written.
    """
    if not objs:
        return 0
    model = type(objs[0])
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    table, pk = quote(meta.db_table), quote(meta.pk.column)
    columns = [meta.get_field(name) for name in fields]
    written = 0
    for batch in chunked(objs, batch_size):
        params: list = []
        assignments = []
        for field in columns:
            whens = " ".join(["WHEN %s THEN %s"] * len(batch))
            for obj in batch:
                value = field.get_db_prep_save(getattr(obj, field.attname), connection)
                params += [obj.pk, value]
            case = f"CASE {pk} {whens} END"
            if connection.vendor == "postgresql":
                case = f"CAST({case} AS {field.db_type(connection)})"
            assignments.append(f"{quote(field.column)} = {case}")
        params += [obj.pk for obj in batch]
        marks = ", ".join(["%s"] * len(batch))
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET {', '.join(assignments)} WHERE {pk} IN ({marks})", params
            )
            written += cursor.rowcount
    return written
