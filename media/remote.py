"""Bringing imported articles' external lead images into the library.

Imported articles keep their ``lead_image_url`` and show it as it is until
this runs (``manage.py import_remote_images``). Each image is downloaded with
a time-out and a size limit, checked by decoding it like an upload, stored
with its renditions, and made the article's ``lead_image``; the external
address stays as the record of where it came from. One failure never stops
the run: it is reported for its article.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.db import transaction
from django.utils.translation import gettext as _

from articles.models import Article
from media import library, processing
from media.models import Image
from newsroom.caching import content_changed

USER_AGENT = "newsroom-media/1.0"


class FetchFailed(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FetchOutcome:
    slug: str
    url: str
    status: str  # "imported", "reused" or "failed"
    detail: str = ""


@dataclass
class FetchReport:
    outcomes: list[FetchOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)


def download(url: str, *, timeout: float, max_bytes: int) -> bytes:
    """The body at ``url`` (http or https only), refused past ``max_bytes`` or ``timeout``."""
    if urlsplit(url).scheme.lower() not in {"http", "https"}:
        raise FetchFailed(_("Sólo se descargan direcciones http o https."))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchFailed(_("La imagen es demasiado grande."))
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise FetchFailed(_("El servidor respondió %(code)s.") % {"code": error.code}) from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise FetchFailed(_("No se pudo descargar: %(reason)s.") % {"reason": reason}) from None
    if len(data) > max_bytes:
        raise FetchFailed(_("La imagen es demasiado grande."))
    return data


def bring_in(article: Article, *, timeout: float, max_bytes: int) -> FetchOutcome:
    url = article.lead_image_url
    try:
        prepared = processing.prepare_bytes(download(url, timeout=timeout, max_bytes=max_bytes))
    except (FetchFailed, processing.ImageRefused) as failure:
        return FetchOutcome(article.slug, url, "failed", failure.message)
    image = library.duplicate_of(prepared)
    status = "reused"
    if image is None:
        image = library.store(
            Image(credit=article.lead_image_credit, source_url=url[:1000]), prepared
        )
        status = "imported"
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(lead_image=image)
    return FetchOutcome(article.slug, url, status)


def import_remote_images(
    *, slugs: list[str] | None = None, timeout: float = 10.0, max_bytes: int | None = None
) -> FetchReport:
    """Every article with an external lead image and none from the library (or ``slugs``)."""
    max_bytes = max_bytes or processing.max_upload_bytes()
    articles = Article.objects.filter(lead_image__isnull=True).exclude(lead_image_url="")
    if slugs:
        articles = articles.filter(slug__in=slugs)
    report = FetchReport()
    for article in articles.only("pk", "slug", "lead_image_url", "lead_image_credit").order_by(
        "pk"
    ):
        report.outcomes.append(bring_in(article, timeout=timeout, max_bytes=max_bytes))
    if report.count("imported") or report.count("reused"):
        content_changed()
    return report
