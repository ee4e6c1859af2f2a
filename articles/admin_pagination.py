"""Admin pagination that does not count a large table on every page view."""

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

# Below this many rows an exact count is cheap and the estimate is noisy.
ESTIMATE_ABOVE = 10_000


def estimated_row_count(model, using: str) -> int | None:
    """PostgreSQL's planner estimate of a table's rows, or None elsewhere."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
            [model._meta.db_table],
        )
        row = cursor.fetchone()
    return int(row[0]) if row and row[0] >= 0 else None


class EstimatedCountPaginator(Paginator):
    """Exact counts for filtered lists; the planner's estimate for a whole large table."""

    @cached_property
    def count(self):
        queryset = self.object_list
        unfiltered = not queryset.query.where
        if unfiltered:
            estimate = estimated_row_count(queryset.model, queryset.db)
            if estimate is not None and estimate > ESTIMATE_ABOVE:
                return estimate
        return super().count
