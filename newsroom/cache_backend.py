"""A Redis cache the site can live without.

Everything in the cache can be rebuilt (pages, cached sessions, login-failure
counts), so a Redis outage must cost speed, never availability. Every cache
call that cannot reach Redis behaves as a miss or a no-op instead of raising;
the outage and the recovery are each logged once (logger "newsroom.cache").
After a failure Redis is left alone for OUTAGE_RETRY_SECONDS, so a dead or
hanging server costs one short timeout per process and interval, not one per
call; the first call after that tries again and, if Redis answers, the cache
is back.

Two things keep an outage from leaving wrong data behind:

* Every key written during the outage (a content-version bump, a session
  saved or deleted at logout) is deleted from Redis when it comes back: a
  Redis that was only unreachable still holds the old values. Past
  MAX_REMEMBERED_KEYS the whole cache is cleared instead.
* Counters (keys created with add(), then incr()) live in this process's
  memory during the outage, so login-failure limits still apply, per app
  process instead of shared. Nothing else is kept locally: a page or a
  session cached in one process would go stale when another process changes
  it.
"""

import logging
import threading
import time
from collections.abc import Mapping

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.retry import Retry

logger = logging.getLogger("newsroom.cache")

DEFAULT_RETRY_SECONDS = 5.0
MAX_REMEMBERED_KEYS = 10_000
# A healthy Redis answers in about a millisecond; waiting longer only holds
# the request up. One retry on a fresh connection absorbs a Redis restart
# that left stale pooled connections behind (a refused connect fails fast).
DEFAULT_REDIS_OPTIONS = {
    "socket_connect_timeout": 0.5,
    "socket_timeout": 0.5,
    "retry": Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,)),
}
UNREACHABLE = (RedisError, OSError)


class _Outage:
    """What one process knows about one Redis: shared by the per-thread cache objects."""

    def __init__(self):
        # Held only for bookkeeping and for the one call that tries Redis again.
        self.lock = threading.Lock()
        self.down = False
        self.next_try = 0.0
        self.written: set[str] = set()
        self.clear_on_recovery = False
        # What outages cost this process: calls that waited on Redis and
        # failed, and calls answered without it (those included).
        self.failed_calls = 0
        self.calls_answered_locally = 0


_outages: dict[tuple, _Outage] = {}
_outages_lock = threading.Lock()


def _outage_for(location: tuple) -> _Outage:
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("OUTAGE_RETRY_SECONDS", DEFAULT_RETRY_SECONDS))
        super().__init__(server, {**params, "OPTIONS": {**DEFAULT_REDIS_OPTIONS, **options}})
        # Django makes one cache object per thread; the outage is the process's.
        self._outage = _outage_for((*self._servers, self.key_prefix))
        self._local = LocMemCache(
            f"newsroom-redis-outage:{self._servers[0]}", {"OPTIONS": {"MAX_ENTRIES": 10_000}}
        )
        self._current_script = None  # registered on first use (get_if_current)

    # The state machine: up, down (calls answered locally), trying again.

    def _call(self, operation, fallback, written=()):
        if self._outage.down and not self._try_recovery():
            return self._answer_locally(fallback, written)
        try:
            return operation()
        except UNREACHABLE as exc:
            self._failed(exc)
            return self._answer_locally(fallback, written)

    def _answer_locally(self, fallback, written):
        self._remember(written)
        self._outage.calls_answered_locally += 1
        return fallback()

    def _try_recovery(self) -> bool:
        outage = self._outage
        if time.monotonic() < outage.next_try:
            return False
        with outage.lock:
            if not outage.down:
                return True
            if time.monotonic() < outage.next_try:
                return False
            outage.next_try = time.monotonic() + self.retry_seconds
            try:
                if outage.clear_on_recovery:
                    self._cache.clear()
                elif outage.written:
                    self._cache.delete_many(list(outage.written))
                else:
                    self._cache.get_client(write=True).ping()
            except UNREACHABLE:
                outage.failed_calls += 1
                return False
            outage.down = False
            outage.written.clear()
            outage.clear_on_recovery = False
            self._local.clear()
        logger.warning("Redis cache at %s is reachable again: caching resumed.", self._servers[0])
        return True

    def _failed(self, exc: Exception) -> None:
        outage = self._outage
        with outage.lock:
            outage.failed_calls += 1
            outage.next_try = time.monotonic() + self.retry_seconds
            if outage.down:
                return
            outage.down = True
        # Pooled connections to a dead server are useless after it comes back.
        for pool in list(self._cache._pools.values()):
            pool.disconnect()
        logger.warning(
            "Redis cache at %s is unreachable (%s): serving without the cache, "
            "retrying every %s s.",
            self._servers[0],
            exc,
            self.retry_seconds,
        )

    def _remember(self, keys) -> None:
        if not keys:
            return
        outage = self._outage
        with outage.lock:
            outage.written.update(keys)
            if len(outage.written) > MAX_REMEMBERED_KEYS:
                outage.written.clear()
                outage.clear_on_recovery = True

    def _key(self, key, version):
        return self.make_and_validate_key(key, version=version)

    # The cache API; each call says what it does against Redis and without it.

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).add(key, value, timeout, version),
            lambda: self._local.add(key, value, timeout, version),
            [self._key(key, version)],
        )

    def get(self, key, default=None, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).get(key, default, version),
            lambda: self._local.get(key, default, version),
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        def local():
            if self._local.has_key(key, version):
                self._local.set(key, value, timeout, version)

        self._call(
            lambda: super(ResilientRedisCache, self).set(key, value, timeout, version),
            local,
            [self._key(key, version)],
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).touch(key, timeout, version),
            lambda: self._local.touch(key, timeout, version),
            [self._key(key, version)],
        )

    def delete(self, key, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).delete(key, version),
            lambda: self._local.delete(key, version),
            [self._key(key, version)],
        )

    def get_many(self, keys, version=None):
        keys = list(keys)
        return self._call(
            lambda: super(ResilientRedisCache, self).get_many(keys, version),
            lambda: self._local.get_many(keys, version),
        )

    def has_key(self, key, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).has_key(key, version),
            lambda: self._local.has_key(key, version),
        )

    def incr(self, key, delta=1, version=None):
        return self._call(
            lambda: super(ResilientRedisCache, self).incr(key, delta, version),
            lambda: self._local.incr(key, delta, version),
            [self._key(key, version)],
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        def local():
            kept = {k: v for k, v in data.items() if self._local.has_key(k, version)}
            self._local.set_many(kept, timeout, version)
            return [k for k in data if k not in kept]

        return self._call(
            lambda: super(ResilientRedisCache, self).set_many(data, timeout, version),
            local,
            [self._key(key, version) for key in data],
        )

    def delete_many(self, keys, version=None):
        keys = list(keys)
        self._call(
            lambda: super(ResilientRedisCache, self).delete_many(keys, version),
            lambda: self._local.delete_many(keys, version),
            [self._key(key, version) for key in keys],
        )

    def clear(self):
        def local():
            self._local.clear()
            with self._outage.lock:
                self._outage.clear_on_recovery = True
            return False

        return self._call(lambda: super(ResilientRedisCache, self).clear(), local)

    # Entries kept with the versions they were built from, checked in Redis.

    def set_with_versions(self, key, value, versions: Mapping[str, int], timeout=DEFAULT_TIMEOUT):
        """Store ``value`` under ``key`` with the cache keys it depends on and their values.

        ``get_if_current`` returns it only while each of those keys still holds
        that value. The keys and values are written in plain text before the
        pickled value, so a Lua script can compare them where they live.
        """
        raw = self._key(key, None)
        lines = [f"{self._key(name, None)}\t{int(number)}\n" for name, number in versions.items()]
        if not lines or len(lines) > MAX_VERSIONED_KEYS:
            return  # nothing to check it against, or too many to check: not kept
        if any(len(name.split()) != 1 for name in versions):
            raise ValueError("cache keys with blanks cannot be versioned")
        blob = "".join(lines).encode() + b"\n" + self._cache._serializer.dumps(value)
        seconds = self.get_backend_timeout(timeout)

        def store():
            client = self._cache.get_client(raw, write=True)
            if seconds is None:
                client.set(raw, blob)
            elif seconds > 0:
                client.set(raw, blob, ex=seconds)

        self._call(store, lambda: None, [raw])

    def get_if_current(self, key):
        """The value stored by ``set_with_versions`` while its versions hold, else None.

        One round trip: the script reads the entry and the keys it names and
        compares them inside Redis (a hit used to read the entry, then its
        versions). A single Redis, not a cluster: the script reads keys it
        was not given.
        """
        raw = self._key(key, None)

        def read():
            client = self._cache.get_client(raw)
            if self._current_script is None:
                self._current_script = client.register_script(_CURRENT_ENTRY)
            blob = self._current_script(keys=[raw], client=client)
            return None if blob is None else self._cache._serializer.loads(blob)

        return self._call(read, lambda: None)


# A page depends on a few dozen keys at most; an entry naming more is not kept.
MAX_VERSIONED_KEYS = 1000
# KEYS[1]: the entry. Its text up to the first blank line names "key<TAB>value"
# per line; the rest is the pickled value, returned only if every key still
# holds its value (a missing key never does).
_CURRENT_ENTRY = """
local blob = redis.call('GET', KEYS[1])
if not blob then return false end
local cut = string.find(blob, '\\n\\n', 1, true)
if not cut then return false end
local keys, wanted = {}, {}
for name, value in string.gmatch(string.sub(blob, 1, cut), '([^\\t\\n]+)\\t([^\\n]*)\\n') do
  keys[#keys + 1] = name
  wanted[#wanted + 1] = value
end
if #keys == 0 then return false end
local current = redis.call('MGET', unpack(keys))
for i = 1, #keys do
  if current[i] ~= wanted[i] then return false end
end
return string.sub(blob, cut + 2)
"""
