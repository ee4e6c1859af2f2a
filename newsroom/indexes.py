"""Indexes shared by the apps' models."""

from django.db import models
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
