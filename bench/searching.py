"""Search latency in-process, through the real engine, on an imported database.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.searching OUT.json \\
        [--registry registry.json] [--searches 200] [--budget SECONDS]

A fixed list of about 40 queries drawn from the corpus vocabulary (topics,
places, institutions, a quoted phrase, ``or`` and ``-word``, accentless
spellings such as "informacion", and officials of the generated registry by
full name and by surnames) is searched round-robin, ``--searches`` times,
after one untimed pass over the list (a running server has warm caches).

Two figures per search:

- **engine**: what ``/buscar/?q=…`` asks the database for its results:
  ``articles.search.search_articles(query)`` over the published articles,
  then the count the page prints and the first page of results
  (``SearchView.per_page``, with ``with_related()`` as the view pages them).
  The target (median < 50 ms at 100,000 articles on PostgreSQL) is on this.
- **view**: ``SearchView.get_context_data()`` for ``GET /buscar/?q=…``, i.e.
  the above plus snippets and the matching officials and institutions, but
  no template (the page load test has the whole page).
"""

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

from bench.env import PYTHON, WORK, Backend, na, run_measured, spread, tail

SEARCHES = 200
QUERIES = (
    # topics and places, as readers type them
    "patrullas",
    "hospital",
    "fertilizante",
    "dengue",
    "vacunación",
    "drenaje",
    "presupuesto",
    "transparencia",
    "migrantes",
    "seguridad pública",
    "becas para estudiantes",
    "incendios forestales",
    "auditoría a municipios",
    "Fresnillo",
    "Río Grande",
    "Sombrerete",
    # without accents
    "informacion",
    "educacion",
    "pavimentacion",
    "rehabilitacion de hospitales",
    # the search syntax
    '"compra de patrullas"',
    '"red de agua potable"',
    "dengue or vacunación",
    "hospital -IMSS",
    # institutions
    "IMSS",
    "Conagua",
    "Secretaría de Salud",
    "Secretaría de Finanzas",
    "Comisión Federal de Electricidad",
    "Fiscalía General de la República",
    "Instituto Zacatecano de Cultura",
    "Congreso del Estado de Zacatecas",
    "Ayuntamiento de Fresnillo",
    "Guardia Nacional",
)
OFFICIALS = 8  # from the registry: 6 by the name stories use, 2 by surnames only


def official_queries(registry_json: Path | None) -> list[str]:
    """Officials of the home state (the corpus quotes them most), evenly spread, fixed by seed."""
    if not registry_json or not registry_json.exists():
        return []
    data = json.loads(registry_json.read_text(encoding="utf-8"))
    home = {i["slug"] for i in data["institutions"] if i.get("jurisdiction", "").endswith("ZAC")}
    officials = [
        o for o in data["officials"] if any(p["institution"] in home for p in o["positions"])
    ]
    if not officials:
        return []
    step = len(officials) / OFFICIALS
    queries = []
    for k in range(min(OFFICIALS, len(officials))):
        official = officials[int(k * step)]
        names = [a for a in official["aliases"] if isinstance(a, str)]
        surnames = [
            a["name"]
            for a in official["aliases"]
            if isinstance(a, dict) and a.get("kind") == "surnames"
        ]
        if k >= OFFICIALS - 2 and surnames:
            queries.append(surnames[0])
        else:
            queries.append(names[0] if names else official["name"])
    return queries


def bench_search(
    backend: Backend, size: int, registry_json: Path | None, *, searches: int, budget: float
) -> dict:
    out = WORK / f"search-{backend.name}-{size}.json"
    out.unlink(missing_ok=True)
    cmd = [PYTHON, "-m", "bench.searching", str(out), "--searches", str(searches)]
    cmd += ["--budget", str(budget)]
    if registry_json:
        cmd += ["--registry", str(registry_json)]
    timeout = 2 * budget + 300  # two timed loops, the warm-up pass and Django's start-up
    run = run_measured(
        cmd,
        env=backend.env(settings="bench.settings"),
        timeout=timeout,
        log=WORK / "logs" / f"{backend.name}-{size}-search",
    )
    if run.timed_out:
        return na(f"timed out after {timeout:.0f} s")
    if run.returncode != 0 or not out.exists():
        return na(f"search probe exited {run.returncode}: {tail(run.stderr or run.stdout, 1)}")
    return json.loads(out.read_text())


# In-process part (python -m bench.searching)


def measure(queries: list[str], searches: int, budget: float) -> dict:
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from django.test import RequestFactory

    from articles.models import Article
    from articles.search import search_articles
    from articles.views import SearchView

    per_page = getattr(SearchView, "per_page", 20)
    factory = RequestFactory()
    result: dict = {"queries": queries, "searches": searches, "per_page": per_page}
    result["articles"] = Article.objects.count()
    result["published"] = Article.objects.published().count()

    def engine(query: str) -> int:
        found = search_articles(query, queryset=Article.objects.published())
        count = found.count()
        if count:
            list(found.with_related()[:per_page])
        return count

    def view(query: str) -> int:
        request = factory.get("/buscar/", {"q": query})
        request.user = AnonymousUser()
        search_view = SearchView()
        search_view.setup(request)
        context = search_view.get_context_data()
        return context["page"].count if context.get("page") else 0

    hits: dict[str, int] = {}
    errors: dict[str, str] = {}
    for query in queries:  # warm-up, and what each query finds
        try:
            hits[query] = engine(query)
        except Exception as exc:
            errors[query] = f"{type(exc).__name__}: {tail(str(exc), 1, 200)}"
            connection.close()  # a failed statement must not poison the next ones (PostgreSQL)
    result["hits"] = hits
    if errors:
        result["errors"] = errors
    usable = [q for q in queries if q in hits]
    if not usable:
        result["na"] = "every query failed: " + next(iter(errors.values()), "no query")
        return result
    result["queries_with_results"] = sum(1 for q in usable if hits[q])

    for name, step in (("engine", engine), ("view", view)):
        timings, per_query = [], {}
        deadline = time.perf_counter() + budget
        try:
            for i in range(searches):
                query = usable[i % len(usable)]
                begin = time.perf_counter()
                step(query)
                elapsed = (time.perf_counter() - begin) * 1000
                timings.append(elapsed)
                per_query.setdefault(query, []).append(elapsed)
                if time.perf_counter() > deadline:
                    result[f"{name}_note"] = (
                        f"stopped after {len(timings)} searches: {budget:.0f} s budget"
                    )
                    break
        except Exception as exc:
            result[name] = {"na": f"{type(exc).__name__}: {tail(str(exc), 1, 200)}"}
            connection.close()
            continue
        result[name] = spread(timings)
        result[f"{name}_by_query"] = {
            q: round(sorted(v)[len(v) // 2], 2) for q, v in per_query.items()
        }
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--registry", type=Path, default=None)
    parser.add_argument("--searches", type=int, default=SEARCHES)
    parser.add_argument("--budget", type=float, default=300.0, help="seconds per timed loop")
    args = parser.parse_args(argv)
    queries = list(QUERIES) + official_queries(args.registry)
    result = measure(queries, args.searches, args.budget)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:
        traceback.print_exc()
        sys.exit(2)
