"""The writers' lock: importers and relinking write one batch at a time.

Two processes that link articles at once (two imports, an import and
``relink_mentions``) would each discover the same new official or institution
and create it twice, and could lock rows (positions, aliases, tags, unique
index entries) in opposite orders until PostgreSQL aborts one of them
("deadlock detected"). So each batch transaction takes, before any other lock,
one transaction-level advisory lock: batches of different processes run one
after the other, each sees what the previous one committed (a discovered
entity is found in the database, never created again), and no cycle of
waits can form among them. The lock is released by the transaction's commit
or rollback. SQLite already runs one writing transaction at a time.
"""

from django.db import connection

# An arbitrary constant shared by every process of this application.
WRITERS_LOCK = 0x6E657773  # "news"


def hold_writers_lock() -> None:
    """Wait for, and hold until this transaction ends, the writers' lock (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return
    if not connection.in_atomic_block:
        raise RuntimeError("the writers' lock is held by a transaction; open one first")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITERS_LOCK])
