"""Planner statistics after a large import.

Right after a bulk import the database knows nothing about the rows it holds:
SQLite has no ``sqlite_stat1`` at all and picked the status index over the
publishing order for the home page (a sort of every published article, 45 ms
at 10,000 and ten times that at 100,000); PostgreSQL's autovacuum runs
later, so section pages and the API list were 5–9× slower until it did.
A run that wrote many articles refreshes the statistics of what it wrote;
a run of a few files leaves that to the database's own schedule.
"""

from django.apps import apps
from django.db import connection

# Fewer articles written than this: the statistics are left to autovacuum
# (PostgreSQL) or stand as they are (SQLite keeps working plans for small changes).
AFTER_ARTICLES = 1000
# The apps whose tables an import writes (articles, links, tags, history).
WRITTEN_APPS = ("articles", "people", "taggit")


def written_tables() -> list[str]:
    tables = []
    for label in WRITTEN_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.managed and not model._meta.proxy:
                tables.append(model._meta.db_table)
    return sorted(set(tables))


def refresh_statistics(written: int) -> bool:
    """Refresh the planner's statistics when ``written`` articles is many; whether it did."""
    if written < AFTER_ARTICLES:
        return False
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # VACUUM also clears the row versions the run left behind; it
            # cannot run in a transaction (a caller's atomic block, a test's).
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            quote = connection.ops.quote_name
            for table in written_tables():
                cursor.execute(f"{command} {quote(table)}")
        else:
            # A full ANALYZE (0.13 s at 10,000 articles): with a sampling
            # limit the estimates were poor enough to pick worse plans than none.
            cursor.execute("ANALYZE")
    return True
