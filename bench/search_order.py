"""The order of search results, to compare SQLite with PostgreSQL on the same corpus.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.search_order OUT.json \\
        [--registry registry.json]

For each benchmark query (``bench.searching``'s list), the first page of the
full search view (``SearchView.get_context_data()``, as ``/buscar/?q=…``
shows it): its count and its articles in order, named by their source file
(the same on both databases for the same corpus; the slug when an article
has none). ``bench.run`` compares the two databases query by query.
"""

import argparse
import json
import sys
import traceback
from pathlib import Path

from bench.searching import QUERIES, official_queries


def _name(article) -> str:
    """The article's source file (the same corpus tree for both databases), else its slug."""
    return getattr(article, "source_path", "") or getattr(article, "slug", "") or str(article.pk)


def _count(page) -> int | None:
    if page is None:
        return 0
    count = getattr(page, "count", None)  # articles.pagination.Page
    if count is None and getattr(page, "paginator", None) is not None:
        count = page.paginator.count  # Django's Page
    return count if isinstance(count, int) else None


def first_pages(queries: list[str]) -> dict:
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from django.test import RequestFactory

    from articles.views import SearchView

    factory = RequestFactory()
    orders: dict[str, dict] = {}
    for query in queries:
        request = factory.get("/buscar/", {"q": query})
        request.user = AnonymousUser()
        view = SearchView()
        view.setup(request)
        try:
            context = view.get_context_data()
            page = context.get("page")
            articles = list(page.object_list) if page else []
            orders[query] = {
                "count": _count(page),
                "first_page": [_name(a) for a in articles],
            }
        except Exception as exc:
            orders[query] = {"na": f"{type(exc).__name__}: {str(exc)[:200]}"}
            connection.close()
    return orders


def compare(first: dict, second: dict) -> dict:
    """Queries whose first page is the same list, in the same order, on both."""
    common = [q for q in first if q in second and "na" not in first[q] and "na" not in second[q]]
    agree = [q for q in common if first[q]["first_page"] == second[q]["first_page"]]
    same_count = [q for q in common if first[q]["count"] == second[q]["count"]]
    return {
        "queries": len(common),
        "same_order": len(agree),
        "same_count": len(same_count),
        "differ": [q for q in common if q not in agree],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--registry", type=Path, default=None)
    args = parser.parse_args(argv)
    queries = list(QUERIES) + official_queries(args.registry)
    Path(args.out).write_text(json.dumps(first_pages(queries), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:
        traceback.print_exc()
        sys.exit(2)
