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
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
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


def seconds_until_next_go_live(version: int) -> float | None:
    """Seconds until the next scheduled article goes live, or None if none is scheduled."""
    from articles.models import Article

    key = NEXT_GO_LIVE_KEY.format(version=version)
    cached = cache.get(key)
    if cached is None:
        upcoming = (
            Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        cached = upcoming.timestamp() if upcoming else 0.0
        cache.set(key, cached, page_cache_seconds())
    if not cached:
        return None
    return cached - time.time()


class AnonymousPageCacheMiddleware:
    """Serve and store public GET responses for anonymous readers.

    First in MIDDLEWARE, so a hit costs two cache reads and nothing else. A
    reader without a session cookie is anonymous (staff always have one).
    What is stored has been through every other middleware (security
    headers, CSP, ETag), as a plain (status, headers, body) tuple that is
    cheap to unpickle. Responses marked private or no-store (staff previews),
    setting cookies, or not 200 are never stored.
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
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response

        version = content_version()
        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = PAGE_KEY.format(version=version, digest=digest)
        stored = cache.get(key)
        if stored is not None:
            return self._replay(request, stored)

        response = self.get_response(request)
        if not self._cacheable_response(response):
            return response
        until_go_live = seconds_until_next_go_live(version)
        timeout = seconds if until_go_live is None else min(seconds, max(until_go_live, 0))
        patch_cache_control(response, public=True, max_age=int(timeout))
        if timeout >= 1:
            if not response.has_header("ETag"):
                response["ETag"] = f'"{hashlib.md5(response.content).hexdigest()}"'
            headers = [(k, v) for k, v in response.items() if k.lower() != "x-cache"]
            cache.set(key, (response.status_code, headers, response.content), timeout)
        response["X-Cache"] = "miss"
        return response

    @staticmethod
    def _replay(request, stored) -> HttpResponse:
        status, headers, content = stored
        etag = dict((k.lower(), v) for k, v in headers).get("etag")
        if etag and etag in request.headers.get("If-None-Match", ""):
            response = HttpResponseNotModified()
            for name, value in headers:
                if name.lower() in {"etag", "cache-control", "vary"}:
                    response[name] = value
        else:
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
        response["X-Cache"] = "hit"
        return response

    @staticmethod
    def _cacheable_response(response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        return "private" not in cache_control and "no-store" not in cache_control
