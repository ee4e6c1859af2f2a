"""The anonymous page cache and its invalidation.

Public pages are the same for every anonymous reader, so their rendered
responses are kept in the shared cache (Redis when REDIS_URL is set) under
a key that includes a *content version*. Anything that changes what readers
can see (saving, publishing or unpublishing an article, a correction, an
import batch, an edit of an official or institution) calls
``content_changed()``, which bumps the version after the transaction
commits: every cached page is then stale at once, without having to know
which pages showed the article.

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
PAGE_KEY = "page:{version}:{digest}"


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


def content_changed() -> None:
    """Make every cached public page stale, now and again when the transaction commits.

    The second bump matters: a reader may cache the old content under the
    new version before this transaction commits.
    """
    _bump()
    transaction.on_commit(_bump)


def next_go_live(version: int) -> float | None:
    """When the next scheduled article goes live (a timestamp), or None if none is scheduled.

    Kept per content version, since only a save can move it; once that time
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


def page_key(request, version: int) -> str:
    # Scheme and host matter: absolute links (API pagination, sitemaps, feeds)
    # name them. get_host() was validated by CommonMiddleware.
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return PAGE_KEY.format(version=version, digest=hashlib.sha256(url.encode()).hexdigest())


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
    checks as a rendered one. A hit costs two cache reads; a request with a
    session cookie also loads that session, so only a reader who really is
    logged in skips the cache (a made-up cookie does not). What is stored has
    been through every middleware below (CSP, frame options), as a plain
    (status, headers, body, stored at) tuple that is cheap to unpickle; the
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

        version = content_version()
        key = page_key(request, version)
        stored = cache.get(key)
        if stored is not None:
            return self._replay(stored)

        # Read before rendering: a page rendered before a go-live must not be
        # kept past it, even when the go-live passes while it renders.
        go_live = next_go_live(version)
        response = self.get_response(request)
        if not self._cacheable(request, response):
            return response
        timeout = seconds if go_live is None else min(seconds, int(go_live - time.time()))
        public_cache_control(response, timeout)
        if timeout >= 1:
            if not response.has_header("ETag"):
                response["ETag"] = f'"{hashlib.md5(response.content).hexdigest()}"'
            headers = [(k, v) for k, v in response.items() if k.lower() != "x-cache"]
            entry = (response.status_code, headers, response.content, time.time())
            cache.set(key, entry, timeout)
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
        status, headers, content, stored_at = stored
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
