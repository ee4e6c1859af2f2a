"""Public reads from a replica, everything else from the primary.

With DATABASE_REPLICA_URL set, the reads of public GET requests (pages,
feeds, API) go to the "replica" alias. Everything else reads and writes the
primary: the admin, any request that can write, the importer and every
management command, so nobody who writes reads a stale copy.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

_reads_from_replica: ContextVar[bool] = ContextVar("reads_from_replica", default=False)

REPLICA = "replica"
PRIMARY = "default"


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


@contextmanager
def _reading_from(replica: bool):
    token = _reads_from_replica.set(replica)
    try:
        yield
    finally:
        _reads_from_replica.reset(token)


def primary():
    """Send every read inside the block to the primary (the default outside requests)."""
    return _reading_from(False)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if _reads_from_replica.get() and replica_configured():
            return REPLICA
        return PRIMARY

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same data.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class PublicReadsFromReplicaMiddleware:
    """Safe requests to the public site read from the replica, when there is one."""

    SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public = request.method in self.SAFE_METHODS and not request.path.startswith("/admin/")
        with _reading_from(public):
            return self.get_response(request)
