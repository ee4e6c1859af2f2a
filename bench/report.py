"""Targets and the Markdown report (bench/results/results.md) from results.json's data.

Figures, never pass/fail: a missed target is printed with ✗, nothing
fails. ``n/a`` always comes with the reason the step could not run.
"""

PUBLIC_PAGES = ("home", "section p1", "section p500", "article", "official", "search", "API list")
COLD_TARGET = {"sqlite": 2000, "postgresql": 1200}


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
    ceilings = {(r["backend"], r["clients"]): r.get("rps") for r in pages if r["page"] == "ceiling"}
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
        if row["page"] == "article" and row["clients"] == 32:
            ceiling = ceilings.get((row["backend"], 32))
            share = round(100 * row["rps"] / ceiling, 1) if ceiling and row.get("rps") else None
            row["ceiling_share"] = share
            targets.append(
                _target(
                    "article detail vs ceiling",
                    "≥ 40% of ceiling req/s",
                    share,
                    None if share is None else share >= 40,
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
            share = by_key[("article detail vs ceiling", where)]
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

    targets = evaluate(results)
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
    skipped = results.get("skipped", [])
    if skipped:
        out += ["", "## Not measured", ""] + [f"- {short(line, 400)}" for line in skipped]
    return "\n".join(out) + "\n"
