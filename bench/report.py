"""Targets and the Markdown report (bench/results/results.md) from results.json's data.

Figures, never pass/fail: a missed target is printed with ✗, nothing
fails. ``n/a`` always comes with the reason the step could not run.
"""

PUBLIC_PAGES = ("home", "section p1", "section p500", "article", "official", "search", "API list")
COLD_TARGET = {"sqlite": 2000, "postgresql": 1200}
SEARCH_TARGET_MS = 50  # median, PostgreSQL (stated for 100,000 articles)


def mark(ok: bool | None) -> str:
    return "–" if ok is None else ("✓" if ok else "✗")


def num(value, digits: int = 0) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}"


def _target(name, target, value, ok, where=""):
    return {"name": name, "target": target, "value": value, "ok": ok, "where": where}


def evaluate(results: dict) -> list[dict]:
    """Every target next to its figure; ``ok`` is None when there is no figure."""
    targets = []
    for row in results.get("import", []):
        where = f"{row['backend']}, {row['size']:,} files"
        cold, unchanged = row.get("cold", {}), row.get("unchanged", {})
        goal = COLD_TARGET[row["backend"]]
        value = cold.get("files_per_s")
        targets.append(
            _target(
                "cold import",
                f"≥ {goal:,} files/s",
                value,
                None if value is None else value >= goal,
                where,
            )
        )
        memory = cold.get("max_rss_mb")
        targets.append(
            _target(
                "peak memory of cold import",
                "< 500 MB",
                memory,
                None if memory is None else memory < 500,
                where,
            )
        )
        value = unchanged.get("files_per_s")
        targets.append(
            _target(
                "unchanged re-import",
                "≥ 20,000 files/s",
                value,
                None if value is None else value >= 20000,
                where,
            )
        )
    for row in results.get("search", []):
        if row["backend"] != "postgresql":
            continue
        value = (row.get("engine") or {}).get("median_ms")
        targets.append(
            _target(
                "search median",
                f"< {SEARCH_TARGET_MS} ms",
                value,
                None if value is None else value < SEARCH_TARGET_MS,
                f"postgresql, {row['size']:,} files",
            )
        )
    relink_max = results.get("params", {}).get("relink_max_size")
    for row in results.get("linking", []):
        relink = row.get("relink") or {}
        if not relink or (relink_max is not None and row["size"] > relink_max):
            continue
        target = _target(
            f"relink {relink.get('articles', row['size']):,} articles",
            "none (reported)",
            relink.get("seconds"),
            None,
            row["backend"],
        )
        target["info"] = True  # a figure to watch, not a target: never counted as missing
        target["articles_per_s"] = relink.get("articles_per_s")
        target["na"] = relink.get("na")
        targets.append(target)
    peers = results.get("peers", {})
    pelican = peers.get("pelican", {}).get("files_per_s")
    for backend, ours in peers.get("ours", {}).items():
        ratio = (
            round(ours["files_per_s"] / pelican, 2) if pelican and "files_per_s" in ours else None
        )
        targets.append(
            _target(
                "cold import vs Pelican",
                "≥ 5× Pelican",
                ratio,
                None if ratio is None else ratio >= 5,
                f"{backend}, {peers.get('files', 0):,} Jekyll files",
            )
        )
    pages = results.get("pages", [])
    for row in pages:
        where = f"{row['backend']}, {row['clients']} clients"
        if row["page"] in PUBLIC_PAGES and row["backend"] == "postgresql" and row["clients"] == 2:
            for key, limit in (("p50_ms", 10), ("p99_ms", 50)):
                value = row.get(key)
                targets.append(
                    _target(
                        f"{row['page']} {key[:3]}",
                        f"< {limit} ms",
                        value,
                        None if value is None else value < limit,
                        where,
                    )
                )
        if row["clients"] == 32 and row["page"] != "ceiling":
            value = row.get("errors")
            targets.append(
                _target(
                    f"{row['page']} errors",
                    "0 at 32 clients",
                    value,
                    None if value is None else value == 0,
                    where,
                )
            )
        if row["page"] in {"article", "article (caché)"} and row["clients"] == 32:
            cached = row["page"].endswith("(caché)")
            ceiling_page = "ceiling (caché)" if cached else "ceiling"
            ceiling = next(
                (
                    r.get("rps")
                    for r in pages
                    if r["page"] == ceiling_page
                    and r["backend"] == row["backend"]
                    and r["clients"] == 32
                ),
                None,
            )
            share = round(100 * row["rps"] / ceiling, 1) if ceiling and row.get("rps") else None
            row["ceiling_share"] = share
            floor = 90 if cached else 40
            targets.append(
                _target(
                    f"article detail vs ceiling{' (cache on)' if cached else ''}",
                    f"≥ {floor}% of ceiling req/s",
                    share,
                    None if share is None else share >= floor,
                    where,
                )
            )
    for row in results.get("admin", []):
        if "changelist" in row["page"]:
            value = row.get("ttfb_ms")
            targets.append(
                _target(
                    row["page"],
                    "< 300 ms TTFB",
                    value,
                    None if value is None else value < 300,
                    row["backend"],
                )
            )
    return targets


def short(text, width: int = 160) -> str:
    text = " ".join(str(text or "").split()).replace("|", "/")
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(headers: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def _with_target(value, ok, digits=0, unit=""):
    if value is None:
        return "n/a"
    return f"{num(value, digits)}{unit} {mark(ok)}"


def _in_command(figure: dict) -> str:
    inner = figure.get("files_per_s_in_command")
    if inner:
        return f" ({num(inner)} in-command)"
    if figure.get("seconds_in_command") == 0:
        return " (< 0.05 s in-command)"
    return ""


def _value(target: dict) -> str:
    value = target["value"]
    if isinstance(value, float):
        return num(value, 2 if abs(value) < 10 else 1)
    return str(value)


def markdown(results: dict) -> str:
    machine, params = results["machine"], results["params"]
    out = [
        "# Benchmark results",
        "",
        f"{machine['date']} · commit {machine.get('commit') or '?'} · {machine['nproc']} CPUs "
        f"({machine.get('cpu') or '?'}), {machine.get('memory_gb', '?')} GB RAM · "
        f"Python {machine['python']} · Django {machine.get('django')} · SQLite "
        f"{machine.get('sqlite')} · PostgreSQL {machine.get('postgresql') or 'n/a'} · "
        f"load tool {machine.get('load_tool')}",
        "",
        f"Load average (1 min) {machine.get('loadavg_start')} at the start, "
        f"{machine.get('loadavg_end')} at the end: other processes on the machine make "
        "figures noisy when it nears the number of CPUs (each row of results.json has its own).",
        "",
        f"Sizes {', '.join(f'{s:,}' for s in params['sizes'])} files (seed {params['seed']}); "
        f"registry of {results.get('registry', {}).get('officials', 0):,} officials and "
        f"{results.get('registry', {}).get('institutions', 0):,} institutions; pages loaded "
        f"{params['duration']} s per figure. Figures, not tests: ✓/✗ marks the target.",
        "",
        "## Import (`manage.py import_articles`, cold database, registry loaded)",
        "",
    ]
    by_key = {(t["name"], t["where"]): t for t in evaluate(results)}
    rows = []
    for row in results.get("import", []):
        where = f"{row['backend']}, {row['size']:,} files"
        cold, unchanged, changed = (
            row.get("cold", {}),
            row.get("unchanged", {}),
            row.get("changed", {}),
        )
        counts = cold.get("counts") or {}
        notes = "; ".join(
            f"{step}: {row[step]['na']}"
            for step in ("setup", "load_people", "cold", "unchanged", "changed")
            if isinstance(row.get(step), dict) and "na" in row[step]
        )
        if cold.get("note"):
            notes = "; ".join(filter(None, [notes, cold["note"]]))
        rows.append(
            [
                row["backend"],
                f"{row['size']:,}",
                num(row.get("load_people", {}).get("seconds"), 1),
                _with_target(cold.get("files_per_s"), by_key[("cold import", where)]["ok"])
                + _in_command(cold),
                num(cold.get("seconds"), 1),
                _with_target(
                    cold.get("max_rss_mb"),
                    by_key[("peak memory of cold import", where)]["ok"],
                    0,
                    " MB",
                ),
                _with_target(
                    unchanged.get("files_per_s"), by_key[("unchanged re-import", where)]["ok"]
                )
                + _in_command(unchanged),
                num(changed.get("files_per_s")) + _in_command(changed),
                f"{counts.get('created', 'n/a')} / {counts.get('failed', 'n/a')}",
                short(notes, 240),
            ]
        )
    out += _table(
        [
            "backend",
            "files",
            "load_people s",
            "cold files/s",
            "cold s",
            "peak RSS",
            "unchanged files/s",
            "1% changed files/s",
            "created / failed",
            "notes",
        ],
        rows,
    )
    out.append(
        "Targets: cold ≥ 2,000 files/s (SQLite), ≥ 1,200 (PostgreSQL); peak memory "
        "< 500 MB (stated for 100,000 files); unchanged ≥ 20,000 files/s."
    )
    out.append("")

    out += _linking(results)
    out += _search(results, by_key)

    peers = results.get("peers", {})
    out += [
        f"## Peers: the same {peers.get('files', 0):,} Jekyll files "
        f"(from the {peers.get('size', 0):,}-file corpus)",
        "",
    ]
    rows = []
    for tool in ("pelican", "hugo"):
        figure = peers.get(tool, {})
        ratios = []
        for backend, ours in peers.get("ours", {}).items():
            if "files_per_s" in ours and figure.get("files_per_s"):
                ratio = ours["files_per_s"] / figure["files_per_s"]
                ok = ratio >= 5 if tool == "pelican" else None
                ratios.append(
                    f"{backend} {ratio:.2f}×" + (f" {mark(ok)}" if ok is not None else "")
                )
        rows.append(
            [
                tool,
                figure.get("version") or "",
                num(figure.get("files_per_s")),
                num(figure.get("seconds"), 2),
                num(figure.get("max_rss_mb")),
                ", ".join(ratios) or "n/a",
                short(figure.get("na")),
            ]
        )
    for backend, ours in peers.get("ours", {}).items():
        rows.append(
            [
                f"ours ({backend})",
                "",
                num(ours.get("files_per_s")),
                num(ours.get("seconds"), 2),
                num(ours.get("max_rss_mb")),
                "",
                short(ours.get("na")),
            ]
        )
    out += _table(["tool", "version", "files/s", "s", "peak MB", "ours / theirs", "notes"], rows)
    out.append(
        "Target: ours ≥ 5× Pelican. Peers build static HTML from the Markdown; we parse, "
        "clean, link officials and write the database (pages render per request)."
    )
    out.append("")

    pages = results.get("pages", [])
    size = results.get("pages_size")
    out += [
        f"## Pages (gunicorn, 2 workers, {size:,} files imported, no cache)"
        if size
        else "## Pages",
        "",
    ]
    rows = []
    for row in pages:
        where = f"{row['backend']}, {row['clients']} clients"
        flags = []
        for name in (f"{row['page']} p50", f"{row['page']} p99", f"{row['page']} errors"):
            target = by_key.get((name, where))
            if target and target["ok"] is not None:
                flags.append(f"{name.rsplit(' ', 1)[1]} {mark(target['ok'])}")
        if row.get("ceiling_share") is not None:
            cached = " (cache on)" if row["page"].endswith("(caché)") else ""
            share = by_key[(f"article detail vs ceiling{cached}", where)]
            flags.append(f"{row['ceiling_share']}% of ceiling {mark(share['ok'])}")
        rows.append(
            [
                row["backend"],
                row["page"],
                row["clients"],
                num(row.get("rps")),
                num(row.get("p50_ms"), 1),
                num(row.get("p99_ms"), 1),
                num(row.get("errors")),
                " ".join(flags),
                short(row.get("na") or row.get("note")),
            ]
        )
    out += _table(
        ["backend", "page", "clients", "req/s", "p50 ms", "p99 ms", "errors", "targets", "notes"],
        rows,
    )
    out.append(
        "Targets: every public page and the API list p50 < 10 ms and p99 < 50 ms at 2 "
        "clients on PostgreSQL; no errors at 32 clients; article detail at 32 clients "
        '≥ 40% of the ceiling (a view returning "ok" through the same stack).'
    )
    out.append("")

    out += ["## Admin (time to first byte, logged in as a superuser)", ""]
    rows = []
    for row in results.get("admin", []):
        target = by_key.get((row["page"], row["backend"]))
        ok = target["ok"] if target else None
        rows.append(
            [
                row["backend"],
                row["page"],
                _with_target(row.get("ttfb_ms"), ok, 0, " ms"),
                num(row.get("ttfb_max_ms")),
                short(row.get("na")),
            ]
        )
    out += _table(["backend", "page", "TTFB median", "max ms", "notes"], rows)
    out.append("Target: changelists < 300 ms.")
    out.append("")

    out += ["## SQL queries per request (test client, second request)", ""]
    queries = results.get("queries", [])
    order = {name: i for i, name in enumerate(params.get("backends", []))}
    columns = sorted(
        {(q["backend"], q["size"]) for q in queries}, key=lambda c: (order.get(c[0], 99), c[1])
    )
    pages_order = list(dict.fromkeys(q["page"] for q in queries))
    rows = []
    for page in pages_order:
        cells, counts = [], set()
        for backend, size_ in columns:
            match = next(
                (
                    q
                    for q in queries
                    if q["page"] == page and q["backend"] == backend and q["size"] == size_
                ),
                None,
            )
            if match and match.get("queries") is not None and "na" not in match:
                cells.append(str(match["queries"]))
                counts.add((backend, match["queries"]))
            else:
                reason = short(match.get("na"), 60) if match else ""
                cells.append(f"n/a ({reason})" if reason else "n/a")
        per_backend = {}
        for backend, count in counts:
            per_backend.setdefault(backend, set()).add(count)
        steady = all(len(v) == 1 for v in per_backend.values()) if per_backend else None
        rows.append([page, *cells, mark(steady) if len(columns) > 1 else ""])
    headers = ["page", *[f"{b} {s:,}" for b, s in columns], "same at every size"]
    out += _table(headers, rows)

    everything = evaluate(results)
    targets = [t for t in everything if not t.get("info")]
    missed = [t for t in targets if t["ok"] is False]
    unknown = [t for t in targets if t["ok"] is None]
    out += [
        "## Targets",
        "",
        f"{sum(1 for t in targets if t['ok'])} met, {len(missed)} missed, "
        f"{len(unknown)} without a figure.",
        "",
    ]
    for target in missed:
        out.append(
            f"- ✗ {target['name']} ({target['where']}): {_value(target)} "
            f"(target {target['target']})"
        )
    for target in everything:
        if not target.get("info"):
            continue
        if target["value"] is None:
            figure = f"n/a ({short(target.get('na'), 120)})"
        else:
            figure = f"{num(target['value'], 1)} s"
            if target.get("articles_per_s"):
                figure += f", {num(target['articles_per_s'])} articles/s"
        out.append(f"- {target['name']} ({target['where']}): {figure} (no target; reported)")
    skipped = results.get("skipped", [])
    if skipped:
        out += ["", "## Not measured", ""] + [f"- {short(line, 400)}" for line in skipped]
    return "\n".join(out) + "\n"


def _linking(results: dict) -> list[str]:
    out = [
        "## Linking officials and institutions",
        "",
        "`extract_mentions` alone, in-process, per article (files parsed with `parse_bytes` "
        "first, not timed; registry from `Registry.load()` after `load_people`, before any "
        "import); then `manage.py relink_mentions` over every article after the imports.",
        "",
    ]
    rows = []
    for row in results.get("linking", []):
        extract, relink = row.get("extract") or {}, row.get("relink") or {}
        figures = extract.get("extract") or {}
        registry = extract.get("registry") or {}
        mentions = (
            f"{extract['officials_per_article']} + {extract['institutions_per_article']}"
            if "officials_per_article" in extract
            else "n/a"
        )
        notes = "; ".join(
            filter(
                None,
                [
                    f"extract: {extract['na']}" if "na" in extract else "",
                    extract.get("note", ""),
                    f"relink: {relink['na']}" if "na" in relink else "",
                    relink.get("note", ""),
                ],
            )
        )
        rows.append(
            [
                row["backend"],
                f"{row['size']:,}",
                f"{num(figures.get('n'))} of {num(extract.get('corpus_files'))}"
                if figures
                else "n/a",
                f"{num(registry.get('officials'))} / {num(registry.get('institutions'))}"
                if registry
                else "n/a",
                num(figures.get("median_ms"), 2),
                num(figures.get("p95_ms"), 2),
                num(extract.get("articles_per_s")),
                mentions,
                num(relink.get("seconds"), 1),
                num(relink.get("articles_per_s")),
                num(relink.get("max_rss_mb")),
                short(notes, 240),
            ]
        )
    out += _table(
        [
            "backend",
            "files",
            "articles timed",
            "registry officials / institutions",
            "extract ms/article median",
            "p95",
            "extract articles/s (1 process)",
            "officials + institutions per article",
            "relink s",
            "relink articles/s",
            "relink peak MB",
            "notes",
        ],
        rows,
    )
    out.append(
        'No target: figures to watch (issue "officials and institutions"). Relink wall '
        "time includes Python and Django start-up."
    )
    out.append("")
    return out


def _search(results: dict, by_key: dict) -> list[str]:
    rows_in = results.get("search", [])
    searches = results.get("params", {}).get("searches", 200)
    out = [
        "## Search (in-process, `articles.search.search_articles`)",
        "",
        f"{searches} searches round-robin over the queries below, after one untimed pass. "
        "**Engine**: `search_articles(q)` over published articles, the count and the first "
        "page (20, `with_related()`), what `/buscar/` asks the database for; **view**: "
        "`SearchView.get_context_data()`, i.e. plus snippets and matching officials and "
        "institutions (no template).",
        "",
    ]
    rows = []
    for row in rows_in:
        engine, view = row.get("engine") or {}, row.get("view") or {}
        target = by_key.get(("search median", f"{row['backend']}, {row['size']:,} files"))
        ok = target["ok"] if target else None
        median = engine.get("median_ms")
        notes = "; ".join(
            filter(
                None,
                [
                    row.get("na", ""),
                    f"engine: {engine['na']}" if "na" in engine else "",
                    f"view: {view['na']}" if "na" in view else "",
                    row.get("engine_note", ""),
                    row.get("view_note", ""),
                    f"{len(row['errors'])} queries failed, e.g. {next(iter(row['errors'].items()))}"
                    if row.get("errors")
                    else "",
                ],
            )
        )
        queries = row.get("queries") or []
        rows.append(
            [
                row["backend"],
                f"{row['size']:,}",
                num(row.get("published")),
                num(engine.get("n")),
                (f"{num(median, 1)} {mark(ok)}" if ok is not None else num(median, 1)),
                num(engine.get("p95_ms"), 1),
                num(view.get("median_ms"), 1),
                num(view.get("p95_ms"), 1),
                f"{row['queries_with_results']} of {len(queries)}"
                if "queries_with_results" in row
                else "n/a",
                short(notes, 240),
            ]
        )
    out += _table(
        [
            "backend",
            "files",
            "published",
            "searches",
            "engine median ms",
            "engine p95 ms",
            "view median ms",
            "view p95 ms",
            "queries with results",
            "notes",
        ],
        rows,
    )
    out.append(
        f"Target: engine median < {SEARCH_TARGET_MS} ms at 100,000 articles on PostgreSQL "
        "(marked at every size); SQLite for reference."
    )
    queries = next((r["queries"] for r in rows_in if r.get("queries")), None)
    if queries:
        out += ["", "Queries: " + ", ".join(f"`{q}`" for q in queries) + "."]
    out.append("")
    return out
