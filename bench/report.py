"""Targets and the Markdown report (bench/results/results.md) from results.json's data.

Figures, never pass/fail: a missed target is printed with ✗, nothing
fails. ``n/a`` always comes with the reason the step could not run.
"""

PUBLIC_PAGES = (
    "home",
    "section p1",
    "section p500",
    "article",
    "official",
    "officials index",
    "search",
    "API list",
)
COLD_TARGET = {"sqlite": 2000, "postgresql": 1200}  # files/s, cold import
PELICAN_RATIO = 5  # ours ≥ 5× Pelican on the same Jekyll files
MEMORY_MB = 500  # peak memory of a cold import (stated for 100,000 files)
UNCHANGED_TARGET = 50000  # files/s, unchanged re-import
PAGE_P50_MS = 10  # every public page, uncached, 2 clients
CEILING_SHARE = 0.4  # every public page's req/s at 32 clients vs the bare view's
SEARCH_P50_MS = {"postgresql": 30, "sqlite": 50}  # the full search view
SEARCH_P95_MS = 200
ADMIN_MS = 300  # admin article list, time to first byte
STATED_SIZE = 100_000  # the size the page, search and admin targets are stated for
LOW_CLIENTS, HIGH_CLIENTS = 2, 32
# Issue 14: the home, an index page and an article with related coverage, uncached at
# 100,000 articles, at most 20% slower than the article page was before them (p50 at 2
# clients in the run of 2026-11-24, commit 6bbede7, bench/results history).
READER_PAGES = ("home", "officials index", "article")
ARTICLE_BEFORE_MS = {"sqlite": 7.6, "postgresql": 8.3}
READER_SLACK = 1.2
# The old name of the search target (results.json of earlier runs).
SEARCH_TARGET_MS = SEARCH_P50_MS["postgresql"]


def mark(ok: bool | None) -> str:
    return "–" if ok is None else ("✓" if ok else "✗")


def num(value, digits: int = 0) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}"


def _target(name, target, value, ok, where="", *, key=None, figure=None, na=None, unit=""):
    row = {"name": name, "target": target, "value": value, "ok": ok, "where": where}
    if unit:
        row["unit"] = unit
    if key is not None:
        row["key"] = list(key)
    if figure is not None:
        row["figure"] = figure
    if value is None:
        row["ok"] = None
        row["na"] = na or "not measured"
    return row


def _at(size: int) -> str:
    note = "" if size >= STATED_SIZE else f"; target stated for {STATED_SIZE:,}"
    return f"{size:,} files{note}"


def _formats(results: dict, size: int) -> str:
    formats = (results.get("corpus", {}).get(str(size)) or {}).get("formats") or {}
    if not formats:
        return ""
    names = {"jekyll": "Jekyll", "wire": "wire", "press_release": "press releases"}
    return ", ".join(f"{n:,} {names.get(k, k)}" for k, n in formats.items())


def _skipped(results: dict, *words: str) -> str | None:
    """The first recorded reason a step did not run that mentions every word."""
    for line in results.get("skipped", []):
        if all(w in line for w in words):
            return line
    return None


def _answered(row: dict | None) -> dict | None:
    """A load row, or n/a when not one request was answered (wrk's timeout is 5 s)."""
    if row and "na" not in row and not row.get("requests"):
        kinds = ", ".join(f"{k} {v}" for k, v in (row.get("error_kinds") or {}).items())
        reason = "no request answered" + (f" ({kinds})" if kinds else "")
        return {**row, "na": reason, "rps": None, "p50_ms": None, "p99_ms": None}
    return row


def evaluate(results: dict) -> list[dict]:
    """Every target of issue 15 §2 next to its figure; ``ok`` is None (n/a) without one.

    A target that could not be measured still gets its row, with the reason.
    """
    params = results.get("params", {})
    backends = params.get("backends") or ["sqlite", "postgresql"]
    sizes = params.get("sizes") or []
    biggest = sizes[-1] if sizes else None
    targets: list[dict] = []

    # Cold import of the mixed corpus, its memory, the unchanged re-import.
    imports = {(r["backend"], r["size"]): r for r in results.get("import", [])}
    for backend in backends:
        for size in sizes:
            row = imports.get((backend, size))
            why = None
            if row is None:
                why = _skipped(results, backend) or "not run"
            cold = (row or {}).get("cold", {})
            unchanged = (row or {}).get("unchanged", {})
            why_cold = why or cold.get("na") or (row or {}).get("setup", {}).get("na")
            formats = _formats(results, size)
            where = f"{backend}, {size:,} files" + (f" ({formats})" if formats else "")
            goal = COLD_TARGET[backend]
            value = cold.get("files_per_s")
            targets.append(
                _target(
                    "cold import, three formats mixed",
                    f"≥ {goal:,} files/s",
                    value,
                    value is not None and value >= goal,
                    where,
                    key=("cold", backend, size),
                    unit="files/s",
                    na=why_cold,
                )
            )
            memory = cold.get("max_rss_mb")
            targets.append(
                _target(
                    "peak memory of the cold import",
                    f"< {MEMORY_MB} MB",
                    memory,
                    memory is not None and memory < MEMORY_MB,
                    f"{backend}, {_at(size)}",
                    key=("memory", backend, size),
                    unit="MB",
                    na=why_cold
                    or ("no peak memory figure (/usr/bin/time missing?)" if value else None),
                )
            )
            value = unchanged.get("files_per_s")
            targets.append(
                _target(
                    "unchanged re-import",
                    f"≥ {UNCHANGED_TARGET:,} files/s",
                    value,
                    value is not None and value >= UNCHANGED_TARGET,
                    f"{backend}, {size:,} files",
                    key=("unchanged", backend, size),
                    unit="files/s",
                    na=why or unchanged.get("na"),
                )
            )

    # The peers' Jekyll files: our cold import alone, and against Pelican.
    peers = results.get("peers", {})
    pelican = (peers.get("pelican") or {}).get("files_per_s")
    peers_why = (
        "--skip-peers"
        if params.get("skip_peers")
        else (None if peers else _skipped(results, "peers") or "peers not run")
    )
    for backend in backends:
        ours = (peers.get("ours") or {}).get(backend) or {}
        where = (
            f"{backend}, {peers['files']:,} Jekyll files of the {peers.get('size', 0):,}"
            if peers.get("files")
            else f"{backend}, the Jekyll files of the smallest corpus"
        )
        goal = COLD_TARGET[backend]
        value = ours.get("files_per_s")
        targets.append(
            _target(
                "cold import, Jekyll only",
                f"≥ {goal:,} files/s",
                value,
                value is not None and value >= goal,
                where,
                key=("jekyll", backend),
                unit="files/s",
                na=peers_why or ours.get("na") or "not run",
            )
        )
        ratio = round(value / pelican, 2) if value and pelican else None
        targets.append(
            _target(
                "cold import vs Pelican, same files, same run",
                f"≥ {PELICAN_RATIO}× Pelican",
                ratio,
                ratio is not None and ratio >= PELICAN_RATIO,
                where,
                key=("pelican", backend),
                figure=None if ratio is None else f"{ratio:.2f}× ({num(value)} vs {num(pelican)})",
                na=peers_why
                or ours.get("na")
                or (peers.get("pelican") or {}).get("na")
                or "Pelican not measured",
            )
        )

    # Every public page, uncached: p50 at 2 clients and req/s against the ceiling at 32.
    pages = [r for r in results.get("pages", []) if not r["page"].endswith("(caché)")]
    size = results.get("pages_size")
    for backend in backends:
        mine = [r for r in pages if r["backend"] == backend]
        if not mine:
            why = (
                "--skip-pages"
                if params.get("skip_pages")
                else _skipped(results, "pages", backend) or "pages not run"
            )
            for name, target in (
                (f"public pages p50, {LOW_CLIENTS} clients", f"< {PAGE_P50_MS} ms"),
                (f"public pages vs bare view, {HIGH_CLIENTS} clients", f"≥ {CEILING_SHARE}×"),
            ):
                targets.append(
                    _target(name, target, None, None, backend, key=("pages", backend), na=why)
                )
            continue
        where_size = _at(size) if size else "?"
        ceiling = _answered(
            next((r for r in mine if r["page"] == "ceiling" and r["clients"] == HIGH_CLIENTS), {})
        )
        names = [p for p in PUBLIC_PAGES if any(r["page"] == p for r in mine)]
        names += [
            r["page"]
            for r in mine
            if r["page"] not in PUBLIC_PAGES and r["page"] != "ceiling" and r["clients"] == 2
        ]
        for page in dict.fromkeys(names):
            low = _answered(
                next((r for r in mine if r["page"] == page and r["clients"] == LOW_CLIENTS), None)
            )
            high = _answered(
                next((r for r in mine if r["page"] == page and r["clients"] == HIGH_CLIENTS), None)
            )
            value = (low or {}).get("p50_ms")
            targets.append(
                _target(
                    f"{page} p50, uncached, {LOW_CLIENTS} clients",
                    f"< {PAGE_P50_MS} ms",
                    value,
                    value is not None and value < PAGE_P50_MS,
                    f"{backend}, {where_size}",
                    key=("p50", backend, page),
                    unit="ms",
                    na=(low or {}).get("na") or f"not loaded at {LOW_CLIENTS} clients",
                )
            )
            rps, bare = (high or {}).get("rps"), ceiling.get("rps")
            share = round(rps / bare, 2) if rps is not None and bare else None
            targets.append(
                _target(
                    f"{page} req/s vs bare view, {HIGH_CLIENTS} clients",
                    f"≥ {CEILING_SHARE}× bare view",
                    share,
                    share is not None and share >= CEILING_SHARE,
                    f"{backend}, {where_size}",
                    key=("ceiling", backend, page),
                    figure=None
                    if share is None
                    else f"{share:.2f}× ({num(rps)} vs {num(bare)} req/s)",
                    na=(high or {}).get("na")
                    or ceiling.get("na")
                    or f"not loaded at {HIGH_CLIENTS} clients",
                )
            )
        budget = round(ARTICLE_BEFORE_MS[backend] * READER_SLACK, 1)
        for page in READER_PAGES:
            low = _answered(
                next((r for r in mine if r["page"] == page and r["clients"] == LOW_CLIENTS), None)
            )
            value = (low or {}).get("p50_ms")
            targets.append(
                _target(
                    f"{page} p50 vs the article page before issue 14",
                    f"≤ {budget} ms ({READER_SLACK}× {ARTICLE_BEFORE_MS[backend]} ms)",
                    value,
                    value is not None and value <= budget,
                    f"{backend}, {where_size}",
                    key=("reader", backend, page),
                    unit="ms",
                    na=(low or {}).get("na") or "not loaded",
                )
            )

    # Search: the full view's p50 and p95, and the same order on both databases.
    searches = {(r["backend"], r["size"]): r for r in results.get("search", [])}
    for backend in backends:
        for size in sizes:
            row = searches.get((backend, size))
            view = (row or {}).get("view") or {}
            why = (
                (row or {}).get("na")
                or view.get("na")
                or (None if row else _skipped(results, backend) or "not run")
            )
            where = f"{backend}, {_at(size)}"
            value = view.get("median_ms")
            goal = SEARCH_P50_MS[backend]
            targets.append(
                _target(
                    "search view p50 (count, page, snippets, entities)",
                    f"< {goal} ms",
                    value,
                    value is not None and value < goal,
                    where,
                    key=("search p50", backend, size),
                    unit="ms",
                    na=why,
                )
            )
            value = view.get("p95_ms")
            targets.append(
                _target(
                    "search view p95",
                    f"< {SEARCH_P95_MS} ms",
                    value,
                    value is not None and value < SEARCH_P95_MS,
                    where,
                    key=("search p95", backend, size),
                    unit="ms",
                    na=why,
                )
            )
    orders = results.get("search_order", {})
    for size in sizes:
        agreement = orders.get(str(size))
        why = None
        if len(backends) < 2:
            why = "one database in this run"
        elif agreement is None:
            why = "the first pages of both databases are needed"
        elif "na" in agreement:
            why = agreement["na"]
        elif not agreement.get("queries"):
            why = "no query answered on both databases"
        value = None if why else agreement["same_order"]
        targets.append(
            _target(
                "search: same results in the same order on both databases",
                "every benchmark query",
                value,
                value is not None and value == agreement["queries"],
                f"first page of 20, {size:,} files",
                key=("search order", size),
                figure=None
                if value is None
                else f"{value} of {agreement['queries']} queries "
                f"(same count: {agreement['same_count']})",
                na=why,
            )
        )

    # The admin article list.
    admin = results.get("admin", [])
    for backend in backends:
        rows = [r for r in admin if r["backend"] == backend and "changelist" in r["page"]]
        if not rows:
            why = (
                "--skip-pages"
                if params.get("skip_pages")
                else _skipped(results, "pages", backend) or "not run"
            )
            rows = [{"page": "admin changelist", "na": why}]
        for row in rows:
            value = row.get("ttfb_ms") if "na" not in row else None
            targets.append(
                _target(
                    row["page"].replace("admin changelist", "admin article list"),
                    f"< {ADMIN_MS} ms",
                    value,
                    value is not None and value < ADMIN_MS,
                    f"{backend}, {_at(size or biggest or 0)}",
                    key=("admin", backend, row["page"]),
                    unit="ms",
                    na=row.get("na"),
                )
            )

    # Invalidation: the hit rate under saves, and a save reaching only what shows it.
    invalidation = {r["backend"]: r for r in results.get("invalidation", [])}
    for backend in backends:
        row = invalidation.get(backend)
        why = (row or {}).get("na") or (
            None
            if row
            else (
                "--skip-pages"
                if params.get("skip_pages")
                else _skipped(results, "invalidation", backend)
                or _skipped(results, "pages", backend)
                or "not run"
            )
        )
        under, base, scope = (
            (row or {}).get("under_saves") or {},
            (row or {}).get("baseline") or {},
            (row or {}).get("scope") or {},
        )
        value = under.get("hit_rate")
        figure = None
        ok = None
        if value is not None and scope:
            ok = scope.get("needless") == 0 and scope.get("stale") == 0
            figure = (
                f"hit rate {value}% under saves ({base.get('hit_rate')}% without); "
                f"a save invalidates {scope.get('invalidated_per_save')} of "
                f"{scope.get('pages')} pages, {scope.get('needless')} that do not show it, "
                f"{scope.get('stale')} stale"
            )
        targets.append(
            _target(
                f"invalidation: one save every {(row or {}).get('every', 5):g} s "
                "(a minute scaled down), Redis",
                "a save invalidates only the pages that show it (and the lists); none stale",
                value,
                ok,
                f"{backend}, {_at((row or {}).get('size') or size or biggest or 0)}"
                + (f", {under['clients']} clients" if under.get("clients") else ""),
                key=("invalidation", backend),
                figure=figure,
                na=why,
            )
        )
    hugo = (peers.get("hugo") or {}).get("files_per_s")
    for backend in backends:
        ours = ((peers.get("ours") or {}).get(backend) or {}).get("files_per_s")
        target = _target(
            "cold import vs Hugo, same files, same run",
            "none (reported)",
            round(ours / hugo, 2) if ours and hugo else None,
            None,
            f"{backend}, {peers.get('files', 0):,} Jekyll files",
            figure=f"{ours / hugo:.2f}× ({num(ours)} vs {num(hugo)} files/s)"
            if ours and hugo
            else None,
            na=peers_why or (peers.get("hugo") or {}).get("na") or "not measured",
        )
        target["ok"] = None
        target["info"] = True
        targets.append(target)
    relink_max = params.get("relink_max_size")
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
            na=relink.get("na"),
        )
        target["ok"] = None
        target["info"] = True  # a figure to watch, not a target: never counted as missing
        target["articles_per_s"] = relink.get("articles_per_s")
        targets.append(target)
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
    if target.get("figure"):
        return target["figure"]
    value, unit = target["value"], target.get("unit", "")
    if isinstance(value, float):
        text = num(value, 2 if abs(value) < 10 else 1)
    elif isinstance(value, int):
        text = num(value)
    else:
        text = str(value)
    return f"{text} {unit}".rstrip()


def _ok(by_key: dict, *key) -> bool | None:
    target = by_key.get(tuple(key))
    return target["ok"] if target else None


def _duration(seconds) -> str:
    if seconds is None:
        return "n/a"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"


def _targets_table(everything: list[dict]) -> list[str]:
    targets = [t for t in everything if not t.get("info")]
    met = sum(1 for t in targets if t["ok"])
    missed = sum(1 for t in targets if t["ok"] is False)
    unknown = [t for t in targets if t["ok"] is None]
    out = [
        "## Targets (issue 15 §2)",
        "",
        f"{met} met, {missed} missed, {len(unknown)} without a figure (n/a, with the reason). "
        "Every mark comes from a figure measured in this run.",
        "",
    ]
    rows = []
    for t in targets:
        figure = "n/a" if t["value"] is None else _value(t)
        rows.append(
            [
                t["name"],
                t["target"],
                short(t["where"], 120),
                figure,
                "n/a" if t["ok"] is None and t["value"] is None else mark(t["ok"]),
                short(t.get("na"), 200) if t["value"] is None else "",
            ]
        )
    out += _table(["target", "goal", "where", "figure", "", "why n/a"], rows)
    return out


def markdown(results: dict) -> str:
    machine, params = results["machine"], results["params"]
    everything = evaluate(results)
    by_key = {tuple(t["key"]): t for t in everything if "key" in t}
    out = [
        "# Benchmark results",
        "",
        f"{machine['date']} · commit {machine.get('commit') or '?'} · {machine['nproc']} CPUs "
        f"({machine.get('cpu') or '?'}), {machine.get('memory_gb', '?')} GB RAM · "
        f"Python {machine['python']} · Django {machine.get('django')} · SQLite "
        f"{machine.get('sqlite')} · PostgreSQL {machine.get('postgresql') or 'n/a'} · "
        f"load tool {machine.get('load_tool')}",
        "",
        f"Load average (1 min) **{machine.get('loadavg_start')}** at the start, "
        f"**{machine.get('loadavg_end')}** at the end, on {machine['nproc']} CPUs: other "
        "processes on the machine make figures noisy when it nears the number of CPUs (each "
        "row of results.json has its own). Wall time of the whole run: "
        f"**{_duration(machine.get('wall_seconds'))}**.",
        "",
        f"Sizes {', '.join(f'{s:,}' for s in params['sizes'])} files (seed {params['seed']}); "
        f"registry of {results.get('registry', {}).get('officials', 0):,} officials and "
        f"{results.get('registry', {}).get('institutions', 0):,} institutions; pages loaded "
        f"{params['duration']} s per figure. Figures, not tests: ✓/✗ marks the target.",
        "",
    ]
    out += _targets_table(everything)
    out += ["## Import (`manage.py import_articles`, cold database, registry loaded)", ""]
    rows = []
    for row in results.get("import", []):
        backend, size = row["backend"], row["size"]
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
                backend,
                f"{size:,}",
                _formats(results, size) or "n/a",
                num(row.get("load_people", {}).get("seconds"), 1),
                _with_target(cold.get("files_per_s"), _ok(by_key, "cold", backend, size))
                + _in_command(cold),
                num(cold.get("seconds"), 1),
                _with_target(
                    cold.get("max_rss_mb"), _ok(by_key, "memory", backend, size), 0, " MB"
                ),
                _with_target(unchanged.get("files_per_s"), _ok(by_key, "unchanged", backend, size))
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
            "formats",
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
        f"Targets: cold ≥ {COLD_TARGET['sqlite']:,} files/s (SQLite), "
        f"≥ {COLD_TARGET['postgresql']:,} (PostgreSQL), on the three formats mixed and on "
        f"the Jekyll files alone (Peers below); peak memory < {MEMORY_MB} MB (stated for "
        f"100,000 files); unchanged ≥ {UNCHANGED_TARGET:,} files/s."
    )
    out.append("")

    out += _linking(results)
    out += _search(results, by_key)

    peers = results.get("peers", {})
    out += [
        f"## Peers: the same {peers.get('files', 0):,} Jekyll files "
        f"(from the {peers.get('size', 0):,}-file corpus), in the same run",
        "",
    ]
    rows = []
    for tool in ("pelican", "hugo"):
        figure = peers.get(tool, {})
        ratios = []
        for backend, ours in peers.get("ours", {}).items():
            if "files_per_s" in ours and figure.get("files_per_s"):
                ratio = ours["files_per_s"] / figure["files_per_s"]
                ok = _ok(by_key, "pelican", backend) if tool == "pelican" else None
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
                _with_target(ours.get("files_per_s"), _ok(by_key, "jekyll", backend)),
                num(ours.get("seconds"), 2),
                num(ours.get("max_rss_mb")),
                "",
                short(ours.get("na")),
            ]
        )
    out += _table(["tool", "version", "files/s", "s", "peak MB", "ours / theirs", "notes"], rows)
    out.append(
        f"Targets: ours ≥ {PELICAN_RATIO}× Pelican, and the cold-import rates above on these "
        "files too. Peers build static HTML from the Markdown; we parse, clean, link officials "
        "and write the database (pages render per request)."
    )
    out.append("")

    pages = results.get("pages", [])
    size = results.get("pages_size")
    out += [
        f"## Pages (gunicorn, 2 workers, {size:,} files imported)" if size else "## Pages",
        "",
        "Uncached rows first (no page cache), then the same pages with the page cache on "
        f"({results.get('page_cache') or 'n/a'}), marked (caché). **bare view** is "
        '`/bench/ceiling/`, a view returning "ok" through the same gunicorn and middleware.',
        "",
    ]
    rows = []
    for row in map(_answered, pages):
        backend, page = row["backend"], row["page"]
        flags = []
        if row["clients"] == LOW_CLIENTS:
            ok = _ok(by_key, "p50", backend, page)
            if ok is not None:
                flags.append(f"p50 {mark(ok)}")
        if row["clients"] == HIGH_CLIENTS:
            share = by_key.get(("ceiling", backend, page))
            if share and share["value"] is not None:
                flags.append(f"{share['value']:.2f}× bare view {mark(share['ok'])}")
            if row.get("errors") is not None and "na" not in row:
                flags.append(f"errors {mark(row['errors'] == 0)}")
        if page.endswith("(caché)") and row.get("rps") and row["clients"] == HIGH_CLIENTS:
            bare = next(
                (
                    r.get("rps")
                    for r in pages
                    if r["page"] == "ceiling (caché)"
                    and r["backend"] == backend
                    and r["clients"] == HIGH_CLIENTS
                ),
                None,
            )
            if bare:
                flags.append(f"{row['rps'] / bare:.2f}× bare view")
        rows.append(
            [
                backend,
                "bare view" + page.removeprefix("ceiling") if page.startswith("ceiling") else page,
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
        f"Targets: every public page uncached, on both databases, p50 < {PAGE_P50_MS} ms at "
        f"{LOW_CLIENTS} clients and ≥ {CEILING_SHARE}× the bare view's req/s at "
        f"{HIGH_CLIENTS} clients (stated for 100,000 articles); no errors."
    )
    out.append("")

    out += _invalidation(results, by_key)

    out += ["## Admin (time to first byte, logged in as a superuser, through gunicorn)", ""]
    rows = []
    for row in results.get("admin", []):
        ok = _ok(by_key, "admin", row["backend"], row["page"])
        rows.append(
            [
                row["backend"],
                row["page"],
                row.get("url") or "",
                _with_target(row.get("ttfb_ms"), ok, 0, " ms"),
                num(row.get("ttfb_max_ms")),
                short(row.get("na")),
            ]
        )
    out += _table(["backend", "page", "url", "TTFB median of 5", "max ms", "notes"], rows)
    out.append(f"Target: the article list (changelists) < {ADMIN_MS} ms at 100,000 articles.")
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

    timings = results.get("timings", [])
    if timings:
        out += ["## Where the run's time went", ""]
        out += _table(
            ["step", "backend", "files", "wall time"],
            [
                [
                    t["step"],
                    t.get("backend") or "",
                    num(t["size"]) if t.get("size") else "",
                    _duration(t["seconds"]),
                ]
                for t in timings
            ],
        )

    out += ["## Figures without a target", ""]
    for target in everything:
        if not target.get("info"):
            continue
        if target["value"] is None:
            figure = f"n/a ({short(target.get('na'), 120)})"
        elif target.get("figure"):
            figure = target["figure"]
        else:
            figure = f"{num(target['value'], 1)} s"
            if target.get("articles_per_s"):
                figure += f", {num(target['articles_per_s'])} articles/s"
        out.append(f"- {target['name']} ({target['where']}): {figure}")
    skipped = results.get("skipped", [])
    if skipped:
        out += ["", "## Not measured", ""] + [f"- {short(line, 400)}" for line in skipped]
    return "\n".join(out) + "\n"


def _invalidation(results: dict, by_key: dict) -> list[str]:
    rows_in = results.get("invalidation", [])
    out = [
        "## Invalidation under saves (page cache on, Redis)",
        "",
        "A page mix (the public pages above, the 20 newest articles and 80 older ones) "
        "through the same gunicorn with the page cache on. **Scope**: with every page "
        "cached, one of the newest articles is saved (`Article.save()`, a paragraph added), "
        "then every page is requested once: the misses are what the save invalidated; "
        "*needless* counts misses on pages that neither show the article nor are lists, "
        "*stale* a saved article's page served from the cache. **Load**: readers request "
        "the mix in a shuffled order, first with nobody saving, then with one save every N "
        "seconds: a newsroom's one save per minute, the minute scaled down to N s so a short "
        "run sees many saves. Hits and misses from the `X-Cache` header.",
        "",
    ]
    rows = []
    for row in rows_in:
        scope = row.get("scope") or {}
        base, under = row.get("baseline") or {}, row.get("under_saves") or {}
        ok = _ok(by_key, "invalidation", row["backend"])
        rows.append(
            [
                row["backend"],
                num(row.get("size")),
                f"{scope.get('pages', 'n/a')} ({scope.get('kinds', {})})".replace("'", ""),
                scope.get("invalidated_per_save", "n/a"),
                f"{scope.get('needless', 'n/a')} / {scope.get('stale', 'n/a')}",
                f"{num(under.get('clients'))} clients, {num(under.get('seconds'))} s",
                f"{base.get('hit_rate', 'n/a')}% ({num(base.get('rps'))} req/s)",
                f"{under.get('hit_rate', 'n/a')}% ({num(under.get('rps'))} req/s, "
                f"{under.get('saves', 'n/a')} saves every {row.get('every', '?')} s) {mark(ok)}",
                ", ".join(
                    f"{kind} {'n/a' if rate is None else f'{rate}%'}"
                    for kind, rate in (under.get("hit_rate_by_kind") or {}).items()
                ),
                short(
                    row.get("na")
                    or (
                        f"not kept by the cache: {', '.join(scope['not_cached'])}"
                        if scope.get("not_cached")
                        else ""
                    )
                ),
            ]
        )
    out += _table(
        [
            "backend",
            "files",
            "pages in the mix",
            "pages invalidated per save",
            "needless / stale",
            "load",
            "hit rate, no saves",
            "hit rate under saves",
            "under saves, by kind",
            "notes",
        ],
        rows,
    )
    out.append(
        "Target: a save invalidates the pages that show the article (its page, the lists "
        "and feeds, its officials' and institutions' pages), not every page; none stale."
    )
    out.append("")
    return out


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
        "## Search (in-process, `articles.search`)",
        "",
        f"{searches} searches round-robin over the queries below, after one untimed pass. "
        "**View** (the target): `SearchView.get_context_data()`, what `/buscar/?q=…` computes: "
        "the count, the first page of 20, snippets and the matching officials and "
        "institutions (no template); **engine**: `search_articles(q)` over published "
        "articles, the count and the first page only.",
        "",
    ]
    rows = []
    for row in rows_in:
        backend, size = row["backend"], row["size"]
        engine, view = row.get("engine") or {}, row.get("view") or {}
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
                backend,
                f"{size:,}",
                num(row.get("published")),
                num(view.get("n")),
                _with_target(view.get("median_ms"), _ok(by_key, "search p50", backend, size), 1),
                _with_target(view.get("p95_ms"), _ok(by_key, "search p95", backend, size), 1),
                num(engine.get("median_ms"), 1),
                num(engine.get("p95_ms"), 1),
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
            "view p50 ms",
            "view p95 ms",
            "engine p50 ms",
            "engine p95 ms",
            "queries with results",
            "notes",
        ],
        rows,
    )
    out.append(
        f"Targets (stated for 100,000 articles, marked at every size): view p50 "
        f"< {SEARCH_P50_MS['postgresql']} ms on PostgreSQL, < {SEARCH_P50_MS['sqlite']} ms "
        f"on SQLite; p95 < {SEARCH_P95_MS} ms; the same first page, in the same order, on "
        "both databases."
    )
    for size, agreement in sorted(
        results.get("search_order", {}).items(), key=lambda item: int(item[0])
    ):
        if "na" in agreement:
            out += ["", f"Order at {int(size):,} files: n/a ({short(agreement['na'])})."]
            continue
        differ = agreement.get("differ") or []
        out += [
            "",
            f"Order at {int(size):,} files: {agreement['same_order']} of "
            f"{agreement['queries']} queries give the same first page in the same order on "
            f"both databases; {agreement['same_count']} the same count"
            + ("; differ: " + ", ".join(f"`{q}`" for q in differ[:12]) + "." if differ else "."),
        ]
    queries = next((r["queries"] for r in rows_in if r.get("queries")), None)
    if queries:
        out += ["", "Queries: " + ", ".join(f"`{q}`" for q in queries) + "."]
    out.append("")
    return out
