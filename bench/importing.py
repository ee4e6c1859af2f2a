"""Import benchmark: the real ``manage.py import_articles`` in a subprocess.

For one backend and one corpus size: a fresh database, migrations, the
generated registry through ``load_people``, then three runs of the same
command over the same tree: cold, unchanged, and with 1% of the files
changed (every hundredth file rewritten as its revision 1, restored
afterwards so the tree is the same for the next backend).
"""

import re
from collections.abc import Callable
from pathlib import Path

from bench.corpus import Writer, read_manifest
from bench.env import (
    PYTHON,
    WORK,
    Backend,
    Unavailable,
    loadavg,
    manage,
    na,
    run_measured,
    tail,
)

SUMMARY = re.compile(
    r"(?P<created>\d+) creados, (?P<updated>\d+) actualizados, (?P<unchanged>\d+) sin cambios, "
    r"(?P<skipped>\d+) omitidos, (?P<failed>\d+) fallidos \((?P<total>\d+) archivos"
)
IN_COMMAND = re.compile(r"archivos en (?P<seconds>[\d.]+) s\)")
CHANGED_EVERY = 100  # 1%


def setup_database(backend: Backend, registry_json: Path | None) -> dict:
    """Fresh, migrated database with the registry loaded; returns the load_people figure."""
    backend.reset()
    manage(backend, "migrate", "--noinput", "--skip-checks", "-v0", timeout=900)
    if registry_json is None:
        return na("no registry file")
    run = run_measured(
        [PYTHON, "manage.py", "load_people", str(registry_json), "--skip-checks", "-v0"],
        env=backend.env(),
        timeout=900,
        log=WORK / "logs" / f"{backend.name}-load_people",
    )
    if run.returncode != 0:
        output = run.stderr or run.stdout
        if "Unknown command" in output:
            reason = "the load_people command does not exist yet"
        else:
            reason = f"load_people failed: {tail(output, 1)}"
        return na(f"{reason}; imported without known officials")
    return {"seconds": round(run.seconds, 2), "max_rss_mb": _mb(run.max_rss_mb)}


def _mb(value):
    return round(value, 1) if value is not None else None


def import_tree(backend: Backend, tree: Path, *, files: int, label: str, timeout: float) -> dict:
    """One run of the command over ``tree``; files/s counts every file in the tree."""
    before = loadavg()
    run = run_measured(
        [PYTHON, "manage.py", "import_articles", str(tree), "--skip-checks"],
        env=backend.env(),
        timeout=timeout,
        log=WORK / "logs" / f"{backend.name}-{files}-{label}",
    )
    if run.timed_out:
        return na(f"timed out after {timeout:.0f} s")
    match = SUMMARY.search(run.stdout)
    counts = {k: int(v) for k, v in match.groupdict().items()} if match else None
    # Exit 1 only means some files failed and were reported; anything else is a crash.
    if run.returncode not in (0, 1) or counts is None:
        log = f"bench/.work/logs/{backend.name}-{files}-{label}.err"
        return na(
            f"import_articles exited {run.returncode}: {tail(run.stderr or run.stdout, 1)} "
            f"(see {log})"
        )
    result = {
        "files": files,
        "seconds": round(run.seconds, 2),
        "files_per_s": round(files / run.seconds, 1),
        "max_rss_mb": _mb(run.max_rss_mb),
        "counts": counts,
        "loadavg_before": before,
    }
    inner = IN_COMMAND.search(run.stdout)
    if inner:
        # The command's own timing (0.1 s resolution): no Python start-up, no Django set-up.
        result["seconds_in_command"] = float(inner["seconds"])
        if result["seconds_in_command"] > 0:
            result["files_per_s_in_command"] = round(files / result["seconds_in_command"], 1)
    if counts["failed"]:
        first_failure = next((ln for ln in run.stdout.splitlines() if ln.startswith("falló")), "")
        result["note"] = f"{counts['failed']} failed, e.g. {first_failure[:160]}"
    return result


def changed_files(corpus_dir: Path) -> list[int]:
    return [index for _path, _fmt, index in read_manifest(corpus_dir) if index % CHANGED_EVERY == 0]


def rewrite(corpus_dir: Path, writer: Writer, indexes: list[int], *, revision: int) -> None:
    for index in indexes:
        source = writer.source(index, revision=revision)
        (corpus_dir / source.path).write_text(source.text, encoding="utf-8")


def bench_imports(
    backend: Backend,
    corpus_dir: Path,
    size: int,
    writer: Writer,
    registry_json: Path | None,
    *,
    after_setup: Callable[[], None] | None = None,
) -> dict:
    """``after_setup`` runs once the registry is loaded, before the cold import
    (the in-process extraction figure wants the registry and no articles yet)."""
    timeout = max(900.0, size / 20)  # gives up below 20 files/s
    result: dict = {"backend": backend.name, "size": size}
    try:
        result["load_people"] = setup_database(backend, registry_json)
    except Unavailable as exc:
        result["setup"] = na(str(exc))
        for step in ("cold", "unchanged", "changed"):
            result[step] = na("no database")
        return result
    if after_setup is not None and "na" not in result["load_people"]:
        after_setup()
    result["cold"] = cold = import_tree(
        backend, corpus_dir, files=size, label="cold", timeout=timeout
    )
    if "na" in cold:
        result["unchanged"] = result["changed"] = na("cold import did not finish")
        return result
    result["unchanged"] = import_tree(
        backend, corpus_dir, files=size, label="unchanged", timeout=timeout
    )
    indexes = changed_files(corpus_dir)
    rewrite(corpus_dir, writer, indexes, revision=1)
    try:
        changed = import_tree(backend, corpus_dir, files=size, label="changed", timeout=timeout)
    finally:
        rewrite(corpus_dir, writer, indexes, revision=0)
    if "na" not in changed:
        changed["changed_files"] = len(indexes)
    result["changed"] = changed
    return result


def bench_subset(backend: Backend, tree: Path, files: int, registry_json: Path | None) -> dict:
    """Our cold import of exactly the files the peers build (the Jekyll ones)."""
    try:
        setup_database(backend, registry_json)
    except Unavailable as exc:
        return na(str(exc))
    return import_tree(
        backend, tree, files=files, label="jekyll-subset", timeout=max(900.0, files / 20)
    )
