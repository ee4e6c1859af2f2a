import pytest
from django.db import connection

from tests.site.conftest import world  # noqa: F401  (the shared newsroom fixture)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search only"
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 only")
