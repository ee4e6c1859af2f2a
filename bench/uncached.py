"""Uncached page times in-process, and the query plans behind them.

    DATABASE_URL=… DEBUG=0 SECRET_KEY=… ALLOWED_HOSTS=testserver PAGE_CACHE_SECONDS=0 \\
        python -m bench.uncached [--repeat 30] [--explain] [--only PAGE] [--json OUT]

Each page type the load test hits (home, the biggest section's first and
500th page, an article with mentions, the most mentioned official and
institution, a topic, an author, search, the API list and an API search, and
the admin changelist on request) is requested through the Django test client
``--repeat`` times after two warm-up requests; the median and p95 of the
wall time are printed, and the median CPU time of this process (Python, and
SQLite's own work; not PostgreSQL's), which a busy machine inflates far
less than the wall time. No page cache: ``PAGE_CACHE_SECONDS=0``.

``--explain`` prints every SQL statement of one request with its plan:
``EXPLAIN (ANALYZE, BUFFERS)`` on PostgreSQL, ``EXPLAIN QUERY PLAN`` on
SQLite, and the statement's own time. This is what docs/performance.md
quotes.
"""

import argparse
import json
import os
import sys
import time

SEARCHES = ("patrullas", "hospital", '"red de agua potable"', "dengue or vacunación")


def targets(admin: bool) -> list[tuple[str, str]]:
    from django.db.models import Count

    from articles.models import Article, InstitutionMention, OfficialMention

    published = Article.objects.published()
    pages = [("home", "/")]
    section = (
        published.filter(section__isnull=False)
        .values("section__slug")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    if section:
        last = max(1, -(-section["n"] // 20))
        pages.append(("section p1", f"/seccion/{section['section__slug']}/"))
        pages.append(
            ("section p500", f"/seccion/{section['section__slug']}/?page={min(500, last)}")
        )
    article = published.filter(official_mentions__isnull=False).order_by("id").first()
    if article:
        pages.append(("article", article.get_absolute_url()))
    official = (
        OfficialMention.objects.values("official__slug")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    if official:
        pages.append(("official", f"/funcionarios/{official['official__slug']}/"))
    institution = (
        InstitutionMention.objects.values("institution__slug")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    if institution:
        pages.append(("institution", f"/instituciones/{institution['institution__slug']}/"))
    tag = published.filter(tags__isnull=False).values("tags__slug").order_by("-id").first()
    if tag:
        pages.append(("tag", f"/temas/{tag['tags__slug']}/"))
    author = published.filter(authors__isnull=False).values("authors__slug").order_by("-id").first()
    if author:
        pages.append(("author", f"/autores/{author['authors__slug']}/"))
    pages.append(("articles p1", "/articulos/"))
    for name, url in (
        ("officials index", "/funcionarios/"),
        ("institutions index", "/instituciones/"),
        ("authors index", "/autores/"),
        ("topics index", "/temas/"),
    ):
        pages.append((name, url))
    for query in SEARCHES:
        pages.append((f"search {query}", f"/buscar/?q={query}"))
    pages.append(("API list", "/api/articles/"))
    pages.append(("API search", "/api/articles/?q=patrullas"))
    if admin:
        pages.append(("admin list", "/admin/articles/article/"))
    return pages


def _admin_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="bench-uncached", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    return client


def explain(client, url: str) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    print(f"\n## {url}: {len(captured)} queries")
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            sql = query["sql"]
            print(f"\n-- {query['time']} s\n{sql}")
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            if connection.vendor == "postgresql":
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + sql)
            for row in cursor.fetchall():
                print("   ", row[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--admin", action="store_true")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--json")
    parser.add_argument(
        "--targets", help="JSON file of [name, url] pairs: read if it exists, else written"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from bench.env import spread

    anonymous, admin = Client(), _admin_client() if args.admin else None
    results = {}
    if args.targets and os.path.exists(args.targets):
        with open(args.targets) as source:
            pages = [tuple(pair) for pair in json.load(source)]
    else:
        pages = targets(args.admin)
        if args.targets:
            with open(args.targets, "w") as out:
                json.dump(pages, out)
    for name, url in pages:
        if args.only and not any(o in name for o in args.only):
            continue
        client = admin if name.startswith("admin") else anonymous
        if args.explain:
            explain(client, url)
            continue
        status = None
        for _ in range(2):
            status = client.get(url).status_code
        times, cpu = [], []
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        # CPU time of this process (Python, and SQLite's own work; not the
        # PostgreSQL server's): what a page costs when the machine is busy.
        results[name] = {"url": url, "status": status, **spread(times), "cpu": spread(cpu)}
        row = results[name]
        print(
            f"{name:32} {status} p50 {row['median_ms']:8.2f} ms  p95 {row['p95_ms']:8.2f} ms"
            f"  cpu p50 {row['cpu']['median_ms']:8.2f} ms"
        )
        sys.stdout.flush()
    if args.json:
        results["_backend"] = connection.vendor
        with open(args.json, "w") as out:
            json.dump(results, out, indent=1)


if __name__ == "__main__":
    main()
