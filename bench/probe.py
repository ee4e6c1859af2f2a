"""In-process look at an imported database: which URLs to load, and their SQL query counts.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.probe OUT.json

Picks the pages the load test hits (the biggest section and its page 500,
a typical article with mentions and its related coverage, the most mentioned
official, the officials index, a search),
makes sure the benchmark's superuser exists, then requests every page
twice with the test client and counts the queries of the second request.
Anything missing (a model, a view, a URL) becomes a reason, never a crash.
"""

import json
import math
import os
import sys
import time
import traceback

SEARCH_QUERY = "patrullas"
SECTION_PAGE = 500


def _safe(fn, fallback=None):
    try:
        return fn(), None
    except Exception as exc:  # the project is being written while this runs
        return (
            fallback,
            f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}",
        )


def pick_targets() -> tuple[list[dict], dict]:
    from django.db.models import Count

    from articles.models import Article, OfficialMention

    published = Article.objects.published()
    pages = [{"page": "home", "url": "/"}]
    info: dict = {}

    def section():
        row = (
            published.filter(section__isnull=False)
            .values("section__slug")
            .annotate(n=Count("id"))
            .order_by("-n")
            .first()
        )
        return row

    row, error = _safe(section)
    if row:
        try:
            from articles.views import ArticlePageMixin

            per_page = ArticlePageMixin.per_page
        except Exception:
            per_page = 20
        last = max(1, math.ceil(row["n"] / per_page))
        deep = min(SECTION_PAGE, last)
        info["section"] = {"slug": row["section__slug"], "articles": row["n"], "pages": last}
        base = f"/seccion/{row['section__slug']}/"
        pages.append({"page": "section p1", "url": base})
        pages.append(
            {
                "page": "section p500",
                "url": f"{base}?page={deep}",
                "note": None if deep == SECTION_PAGE else f"page {deep} (last; {last} pages)",
            }
        )
    else:
        reason = error or "no published article has a section"
        pages.append({"page": "section p1", "na": reason})
        pages.append({"page": "section p500", "na": reason})

    def article():
        with_mentions = published.filter(official_mentions__isnull=False).distinct()
        qs = with_mentions if with_mentions.exists() else published
        total = qs.count()
        slugs = qs.order_by("id").values_list("slug", flat=True)
        return slugs[total // 2] if total else None

    slug, error = _safe(article)
    if slug:
        page = {"page": "article", "url": f"/articulos/{slug}/"}

        def related():
            from articles.related import related_articles

            return len(related_articles(published.get(slug=slug)))

        shown, error = _safe(related)
        page["note"] = (
            f"related coverage: {shown} articles" if error is None else f"related: {error}"
        )
        info["article"] = {"slug": slug, "related": shown}
        pages.append(page)
    else:
        pages.append({"page": "article", "na": error or "no published article"})

    def official():
        return (
            OfficialMention.objects.values("official_id", "official__slug")
            .annotate(n=Count("id"))
            .order_by("-n")
            .first()
        )

    row, error = _safe(official)
    if row:
        info["official"] = {
            "id": row["official_id"],
            "slug": row["official__slug"],
            "articles": row["n"],
        }
        pages.append({"page": "official", "url": f"/funcionarios/{row['official__slug']}/"})
    else:
        pages.append({"page": "official", "na": error or "no official is mentioned"})

    # An index page (issue 14): the officials, current first, paginated.
    pages.append({"page": "officials index", "url": "/funcionarios/"})
    pages.append({"page": "search", "url": f"/buscar/?q={SEARCH_QUERY}"})
    pages.append({"page": "API list", "url": "/api/articles/"})
    return pages, info


def ensure_admin():
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    username = os.environ["BENCH_ADMIN_USER"]
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model.objects.create_superuser(
            username, "bench@example.invalid", os.environ["BENCH_ADMIN_PASSWORD"]
        )
    else:
        user.set_password(os.environ["BENCH_ADMIN_PASSWORD"])
        user.save()
    return user


def admin_targets(info: dict) -> list[dict]:
    pages = [
        {"page": "admin changelist", "url": "/admin/articles/article/"},
        {
            "page": "admin changelist filtered",
            "url": "/admin/articles/article/?status__exact=published",
        },
    ]
    if "official" in info:
        pages.append(
            {
                "page": "admin official change",
                "url": f"/admin/people/official/{info['official']['id']}/change/",
            }
        )
    else:
        pages.append({"page": "admin official change", "na": "no mentioned official"})
    return pages


def count_queries(client, url: str) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm caches (content types, templates), as a running server has
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    result = {
        "status": response.status_code,
        "queries": len(captured),
        "ms_in_process": round(elapsed * 1000, 1),
        "bytes": len(response.content),
    }
    if response.status_code >= 300:
        result["na"] = f"HTTP {response.status_code}"
    return result


def data_counts() -> dict:
    from articles.models import Article, InstitutionMention, OfficialMention
    from people.models import Institution, Official

    counts = {}
    for label, model in (
        ("articles", Article),
        ("officials", Official),
        ("institutions", Institution),
        ("official_mentions", OfficialMention),
        ("institution_mentions", InstitutionMention),
    ):
        counts[label], _error = _safe(model.objects.count)
    counts["published"], _error = _safe(Article.objects.published().count)
    return counts


def main(out_path: str) -> int:
    import django

    django.setup()
    from django.test import Client

    result: dict = {"pages": [], "admin": [], "info": {}}
    targets, error = _safe(pick_targets, ([], {}))
    pages, info = targets
    result["info"] = info
    if error:
        result["error"] = error
    result["counts"] = data_counts()
    pages.append({"page": "ceiling", "url": "/bench/ceiling/"})
    client = Client()
    for page in pages:
        if "url" in page:
            measured, error = _safe(lambda page=page: count_queries(client, page["url"]))
            page.update(measured or {"na": error})
        result["pages"].append(page)

    user, error = _safe(ensure_admin)
    if user is None:
        result["admin_error"] = error
        result["admin"] = [{**p, "na": f"no superuser: {error}"} for p in admin_targets(info)]
    else:
        admin_client = Client()
        admin_client.force_login(user)
        for page in admin_targets(info):
            if "url" in page:
                measured, error = _safe(lambda page=page: count_queries(admin_client, page["url"]))
                page.update(measured or {"na": error})
            result["admin"].append(page)
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1]))
    except Exception:
        traceback.print_exc()
        sys.exit(2)
