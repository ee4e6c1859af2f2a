"""Indexes shared by the apps' models."""

from django.db import connections, models, router
from django.db.models.expressions import OrderBy


class OrderIndex(models.Index):
    """An index over DESC NULLS LAST sort keys that SQLite accepts too.

    SQLite already sorts NULLs last in descending order but refuses the
    NULLS LAST modifier in CREATE INDEX, so it is dropped there.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "sqlite":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        expressions = [
            OrderBy(e.expression, descending=e.descending) if isinstance(e, OrderBy) else e
            for e in self.expressions
        ]
        plain = models.Index(*expressions, name=self.name, condition=self.condition)
        return plain.create_sql(model, schema_editor, using=using, **kwargs)


def distinct_values(model: type[models.Model], field_name: str) -> list:
    """The distinct non-null values of an indexed column, in order, by a loose index scan.

    ``SELECT DISTINCT`` reads every row (the admin's sources filter: 100 ms
    at 100,000 articles on SQLite); this seeks the index once per value
    (``MIN(col) WHERE col > previous``), so it costs what the number of
    distinct values costs. Both databases run the recursive query as written.
    """
    connection = connections[router.db_for_read(model)]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    column = quote(model._meta.get_field(field_name).column)
    sql = (
        f"WITH RECURSIVE walk(value) AS ("
        f"SELECT MIN({column}) FROM {table} "
        f"UNION ALL "
        f"SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > walk.value) "
        f"FROM walk WHERE walk.value IS NOT NULL"
        f") SELECT value FROM walk WHERE value IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [row[0] for row in cursor.fetchall()]
