"""The anonymous page cache and its invalidation.

Public pages are the same for every anonymous reader, so their rendered
responses are kept in the shared cache (Redis when REDIS_URL is set).

Invalidation is by *dependencies*: every cached page records the version
of each thing it shows, named like ``article:12``, ``section:3``,
``official:40`` or ``list`` (the newest-first lists, feeds, search and every
page that declares nothing), plus the global *content version*. A view
names what it shows with ``depends_on(request, …)``. Saving an article calls
``content_changed(articles=[article])``, which bumps only the dependencies of
that article (its page, its section, topics, bylines, officials and
institutions, before and after the save, and ``list`` when it is or was
published): a cached page that does not show it stays cached. Anything else
that changes what readers see everywhere (an edit of an official or
institution, a bulk delete, an import batch) calls ``content_changed()``,
which bumps the global version: every cached page is then stale at once.

A version is the time of the bump (``time.time_ns()``), bumped when the
change is made and again when its transaction commits. A page is stored
only if none of its dependencies was bumped after it started rendering, so
a render that read the database before a commit never outlives it; a hit
is valid only while every recorded version is still current.

Scheduled articles go live by the clock, not by a save, so no entry is kept
past the next scheduled publication time. Staff and logged-in users are
never served from, nor stored in, the cache.

The cache may be unreachable (see newsroom/cache_backend.py): every call
then misses, pages are rendered each time, and nothing here fails.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

VERSION_KEY = "content-version"
NEXT_GO_LIVE_KEY = "next-go-live:{version}"
PAGE_KEY = "page:{digest}"
DEPENDENCY_KEY = "dep:{name}"
# What a page depends on when its view says nothing: every published article.
LISTS = "list"


def page_cache_seconds() -> int:
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 60))


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh cache (restart, eviction) starts a version no old entry uses.
        version = time.time_ns()
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), None)


def _bump_dependencies(names) -> None:
    if names:
        now = time.time_ns()
        cache.set_many({DEPENDENCY_KEY.format(name=name): now for name in names}, None)


def content_changed(*, articles=None) -> None:
    """Make the cached pages that may show a change stale, now and when the transaction commits.

    ``articles`` (instances or primary keys): only the pages that show
    them (``articles.selectors.page_dependencies``, read now and again at
    commit, so both the old and the new section, topics, bylines and
    entities count). Without it: every cached page.

    The second bump matters: a reader may render the old content after the
    first bump but before this transaction commits.
    """
    if articles is None:
        _bump()
        transaction.on_commit(_bump)
        return
    from articles.selectors import page_dependencies, public_section_ids

    articles = list(articles)
    before = page_dependencies(articles)
    _bump_dependencies(before)
    # Every page's navigation lists the sections with a published article:
    # when that set changes (a first article in a section, the last one
    # gone), every page changes.
    sections = public_section_ids() if "list" in before else None

    def at_commit():
        names = before | page_dependencies(articles)
        if "list" in names and public_section_ids() != sections:
            _bump()
        _bump_dependencies(names)

    transaction.on_commit(at_commit)


def depends_on(request, *names: str) -> None:
    """Say which things (``"article:12"``, ``"section:3"``…) the page being rendered shows."""
    if not hasattr(request, "page_dependencies"):
        request.page_dependencies = set()
    request.page_dependencies.update(names)


def _dependency_keys(request) -> list[str]:
    names = getattr(request, "page_dependencies", None) or {LISTS}
    return [VERSION_KEY, *sorted(DEPENDENCY_KEY.format(name=name) for name in names)]


def _versions(keys: list[str], *, started: int | None = None) -> tuple | None:
    """The current versions of ``keys``; None when one was bumped after ``started``.

    A dependency never bumped gets a version now (``add``), so an entry
    always records real versions and a key evicted later reads as a change.
    """
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            value = started if started is not None else time.time_ns()
            cache.add(key, value, None)
            found[key] = cache.get(key, value)
    versions = tuple(found[key] for key in keys)
    if started is not None and any(
        key != VERSION_KEY and version > started
        for key, version in zip(keys, versions, strict=True)
    ):
        return None
    return versions


def next_go_live(version) -> float | None:
    """When the next scheduled article goes live (a timestamp), or None if none is scheduled.

    Kept per content version (and lists version: saving a scheduled article
    bumps the lists), since only a save can move it; once that time
    has passed, the next one is looked up at once, so the cache keeps working
    right after a go-live.
    """
    from articles.models import Article

    key = NEXT_GO_LIVE_KEY.format(version=version)
    cached = cache.get(key)
    if cached is None or 0 < cached <= time.time():
        upcoming = (
            Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        cached = upcoming.timestamp() if upcoming else 0.0
        cache.set(key, cached, page_cache_seconds())
    return cached or None


MEMO_KEY = "memo:{name}"


def memo(name: str, compute, *, depends_on=(LISTS,), seconds: int = 3600):
    """``compute()``, kept until one of ``depends_on`` or the content version changes.

    For what a page derives from the whole archive and a save rarely
    changes (the order of an index, a count): like a cached page, the value
    is read with its versions in one ``get_many``, kept only if nothing it
    depends on was bumped while it was computed, and never past the next
    scheduled go-live (a go-live changes what is public without a save).
    ``compute`` must return a picklable value; the page itself is still
    rendered per request.
    """
    key = MEMO_KEY.format(name=name)
    keys = [VERSION_KEY, *sorted(DEPENDENCY_KEY.format(name=dep) for dep in depends_on)]
    found = cache.get_many([key, *keys])
    entry = found.get(key)
    if entry is not None:
        versions, expires, value = entry
        current = tuple(found.get(k) for k in keys)
        if versions == current and (expires is None or time.time() < expires):
            return value
    started = time.time_ns()
    before = _versions(keys, started=started)
    lists = before[keys.index(DEPENDENCY_KEY.format(name=LISTS))] if LISTS in depends_on else ""
    go_live = next_go_live(f"{before[0]}:{lists}") if before else None
    value = compute()
    after = _versions(keys, started=started)
    if before is not None and after == before:
        timeout = seconds if go_live is None else min(seconds, int(go_live - time.time()))
        if timeout >= 1:
            cache.set(key, (after, go_live, value), timeout)
    return value


def _current_entry(key: str):
    """The page entry at ``key`` while every version it recorded is current, else None.

    With Redis one round trip (``ResilientRedisCache.get_if_current`` compares
    the versions in Redis); elsewhere the entry, then its versions.
    """
    read = getattr(cache, "get_if_current", None)
    if read is not None:
        return read(key)
    stored = cache.get(key)
    if stored is None:
        return None
    *_page, keys, versions = stored
    return stored if _versions(keys) == versions else None


def _store_entry(key: str, entry, versions: dict, timeout: int) -> None:
    store = getattr(cache, "set_with_versions", None)
    if store is not None:
        store(key, entry, versions, timeout)
    else:
        cache.set(key, entry, timeout)


def page_key(request) -> str:
    # Scheme and host matter: absolute links (API pagination, sitemaps, feeds)
    # name them. get_host() was validated by CommonMiddleware.
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return PAGE_KEY.format(digest=hashlib.sha256(url.encode()).hexdigest())


def public_cache_control(response, seconds: int) -> None:
    """Shared caches (a CDN, this page cache) may keep the page; browsers revalidate.

    Browsers ask again every time (a cheap 304 thanks to the ETag), so an
    editor who saves and reloads, or a reader after an unpublish, never sees
    the old page from their own browser cache.
    """
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=max(seconds, 0), must_revalidate=True
    )


class AnonymousPageCacheMiddleware:
    """Serve and store public GET responses for anonymous readers.

    Placed after SecurityMiddleware (HTTPS redirect), CommonMiddleware (host
    validation) and AuthenticationMiddleware, so a cached page gets the same
    checks as a rendered one. A hit costs one round trip to Redis (a script
    compares the versions the entry recorded where they live; two reads with
    another cache: the entry, then its versions); a request with a
    session cookie also loads that session, so only a reader who really is
    logged in skips the cache (a made-up cookie does not). What is stored has
    been through every middleware below (CSP, frame options), as a plain
    (status, headers, body, stored at, dependency keys, their versions)
    tuple that is cheap to unpickle; the
    middleware above add their headers (HSTS, nosniff) and answer 304s
    (ConditionalGetMiddleware) on hits as on misses. Responses marked private
    or no-store (staff previews), setting cookies or using a CSRF token, or
    not 200 are never stored.
    """

    CACHEABLE_METHODS = {"GET", "HEAD"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = page_cache_seconds()
        if seconds <= 0 or request.method not in self.CACHEABLE_METHODS:
            return self.get_response(request)
        if request.path.startswith("/admin/"):
            return self.get_response(request)
        if self._logged_in(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response

        key = page_key(request)
        stored = _current_entry(key)
        if stored is not None:
            return self._replay(stored)

        # Read before rendering: a page rendered before a go-live must not be
        # kept past it, even when the go-live passes while it renders.
        started = time.time_ns()
        global_version, lists_version = _versions(
            [VERSION_KEY, DEPENDENCY_KEY.format(name=LISTS)], started=started
        ) or (None, None)
        # Scheduling saves bump the lists: the next go-live is kept per both.
        go_live = next_go_live(f"{global_version}:{lists_version}")
        response = self.get_response(request)
        if not self._cacheable(request, response):
            return response
        timeout = seconds if go_live is None else min(seconds, int(go_live - time.time()))
        public_cache_control(response, timeout)
        keys = _dependency_keys(request)
        versions = _versions(keys, started=started) if timeout >= 1 else None
        # Nothing it shows changed while it rendered (the global version is a counter).
        if versions is not None and versions[0] == global_version:
            if not response.has_header("ETag"):
                response["ETag"] = f'"{hashlib.md5(response.content).hexdigest()}"'
            headers = [(k, v) for k, v in response.items() if k.lower() != "x-cache"]
            entry = (response.status_code, headers, response.content, time.time(), keys, versions)
            _store_entry(key, entry, dict(zip(keys, versions, strict=True)), timeout)
        response["X-Cache"] = "miss"
        return response

    @staticmethod
    def _logged_in(request) -> bool:
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return False  # no session to load: anonymous, for free
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated)

    @staticmethod
    def _replay(stored) -> HttpResponse:
        status, headers, content, stored_at, _keys, _versions = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        # A CDN counts the time the page already spent here against s-maxage.
        response["Age"] = str(max(int(time.time() - stored_at), 0))
        response["X-Cache"] = "hit"
        return response

    @staticmethod
    def _cacheable(request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        # A CSRF token or a session written by the view belongs to this reader only.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        cache_control = response.get("Cache-Control", "")
        return "private" not in cache_control and "no-store" not in cache_control
