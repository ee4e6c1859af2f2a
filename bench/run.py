"""``make bench``: import, linking, search, peers, pages, admin and query counts, on SQLite and
PostgreSQL.

    python -m bench.run --sizes "10000 100000"      # what `make bench` runs
    python -m bench.run --sizes 1000 --out /tmp/smoke  # smoke run, results elsewhere

Writes bench/results/results.json (every figure, raw) and results.md (the
tables, with ✓/✗ next to each target of issue 15), or into ``--out``. Steps
that cannot run yet are recorded as n/a with the reason; the run itself only
fails on a bug here.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from bench import importing, linking, load, pages, peers, report, search_order, searching
from bench.corpus import Writer, write_corpus, write_registry
from bench.env import (
    PYTHON,
    RESULTS,
    ROOT,
    WORK,
    Backend,
    Unavailable,
    backends,
    command_version,
    loadavg,
    manage,
    na,
    run_measured,
    tail,
)

# The page cache's Redis for the cached pages and the invalidation figure: a
# database of its own, so another process's saves on the same server do not
# bump the versions the bench reads (BENCH_REDIS_URL to change).
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")


def parse_sizes(text: str) -> list[int]:
    return sorted({int(part) for part in text.replace(",", " ").split() if part.strip()})


def machine_info(usable: list[Backend]) -> dict:
    import django

    info = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "loadavg_start": loadavg(),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "platform": platform.platform(),
        "load_tool": "wrk" if load.wrk_available() else "python (wrk not installed)",
        "wrk": command_version(["wrk", "--version"]) if load.wrk_available() else None,
        "gunicorn": command_version([str(ROOT / ".venv" / "bin" / "gunicorn"), "--version"]),
    }
    try:
        with open("/proc/cpuinfo") as handle:
            info["cpu"] = next(
                (ln.split(":", 1)[1].strip() for ln in handle if ln.startswith("model name")), None
            )
        with open("/proc/meminfo") as handle:
            kb = int(next(ln for ln in handle if ln.startswith("MemTotal")).split()[1])
            info["memory_gb"] = round(kb / 1024 / 1024, 1)
    except (OSError, StopIteration, ValueError):
        pass
    for backend in usable:
        try:
            info[backend.name] = backend.version()
        except Exception as exc:
            info[backend.name] = f"n/a ({tail(str(exc), 1)})"
    git = ["git", "-C", str(ROOT)]
    commit = command_version([*git, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True)
    if commit and dirty.stdout.strip():
        commit += " + uncommitted changes"
    info["commit"] = commit
    return info


def redis_answers(url: str) -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except Exception:
        return False


class Run:
    def __init__(self, args):
        self.args = args
        self.sizes = args.sizes
        self.out = Path(args.out)
        self.started = time.perf_counter()
        self.writer = Writer(args.seed)
        self.registry_json = WORK / "registry.json"
        self.results: dict = {
            "params": {
                "sizes": self.sizes,
                "seed": args.seed,
                "duration": args.duration,
                "clients": args.clients,
                "backends": args.backends,
                "link_sample": args.link_sample,
                "relink_max_size": args.relink_max_size,
                "searches": args.searches,
                "skip_peers": args.skip_peers,
                "skip_pages": args.skip_pages,
                "invalidation_seconds": args.invalidation_seconds,
                "save_every": args.save_every,
            },
            "import": [],
            "linking": [],
            "search": [],
            "pages": [],
            "admin": [],
            "queries": [],
            "peers": {},
            "invalidation": [],
            "search_order": {},
            "timings": [],
            "skipped": [],
        }
        self.static_ready: bool | str | None = None
        self.first_page_orders: dict[int, dict] = {}

    def log(self, message: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def skip(self, message: str) -> None:
        self.results["skipped"].append(message)
        self.log(f"n/a: {message}")

    @contextmanager
    def timing(self, step: str, backend: str | None = None, size: int | None = None):
        """Records the wall time of the block under ``timings`` (to estimate longer runs)."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.results["timings"].append(
                {
                    "step": step,
                    "backend": backend,
                    "size": size,
                    "seconds": round(time.perf_counter() - started, 1),
                }
            )

    def save(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / "results.json").write_text(
            json.dumps(
                {**self.results, "targets": report.evaluate(self.results)},
                ensure_ascii=False,
                indent=1,
            )
        )
        if "machine" in self.results:
            (self.out / "results.md").write_text(report.markdown(self.results))

    def corpus(self, size: int):
        directory = WORK / f"corpus-{size}"
        info = write_corpus(directory, count=size, seed=self.args.seed, quiet=True)
        self.results.setdefault("corpus", {})[str(size)] = info
        return directory

    def probe(self, backend: Backend, size: int) -> dict | None:
        # DEBUG is off: pages need the static manifest even in the test client.
        if not self.collectstatic(backend):
            self.skip(f"queries and pages ({backend.name}): {self.static_ready}")
            return None
        out = WORK / f"probe-{backend.name}-{size}.json"
        result = subprocess.run(
            [PYTHON, "-m", "bench.probe", str(out)],
            cwd=ROOT,
            env=backend.env(settings="bench.settings"),
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if result.returncode != 0 or not out.exists():
            self.skip(f"queries ({backend.name}, {size:,}): probe failed: {tail(result.stderr)}")
            return None
        data = json.loads(out.read_text())
        self.results.setdefault("data", {})[f"{backend.name}-{size}"] = data.get("counts")
        for row in data["pages"] + data["admin"]:
            self.results["queries"].append({"backend": backend.name, "size": size, **row})
        return data

    def collectstatic(self, backend: Backend) -> bool:
        if self.static_ready is None:
            try:
                manage(
                    backend,
                    "collectstatic",
                    "--noinput",
                    "--clear",
                    "-v0",
                    settings="bench.settings",
                )
                self.static_ready = True
            except Unavailable as exc:
                self.static_ready = str(exc)
        return self.static_ready is True

    def serve(self, backend: Backend, size: int, probe: dict) -> None:
        # The bare view first and the admin next, on an idle server: a slow page's
        # queued requests must not stand in their way.
        targets = sorted(probe["pages"], key=lambda page: page["page"] != "ceiling")
        try:
            with pages.gunicorn(backend) as (base, port):
                self.log(f"{backend.label}: admin at {size:,} files ({base})")
                rows = pages.bench_admin(port, probe["admin"])
                self.results["admin"] += [{"backend": backend.name, **r} for r in rows]
                self.log(f"{backend.label}: pages at {size:,} files, uncached")
                rows = pages.bench_pages(
                    base, targets, clients=self.args.clients, seconds=self.args.duration
                )
                self.results["pages"] += [{"backend": backend.name, **r} for r in rows]
                self.results["pages_size"] = size
        except Unavailable as exc:
            self.skip(f"pages ({backend.name}): {exc}")
            return
        # The same pages with the anonymous page cache on: Redis when one
        # answers at BENCH_REDIS_URL, local memory otherwise (no invalidation figure).
        # Entries live an hour, so that in the invalidation figure only saves make
        # pages stale, never the clock.
        cached_env = {"PAGE_CACHE_SECONDS": "3600"}
        if redis_answers(BENCH_REDIS_URL):
            cached_env["REDIS_URL"] = BENCH_REDIS_URL
        try:
            with pages.gunicorn(backend, cached_env) as (base, _port):
                cache_kind = "Redis" if "REDIS_URL" in cached_env else "local memory"
                self.log(f"{backend.label}: pages with the page cache on ({cache_kind})")
                rows = pages.bench_pages(
                    base, targets, clients=self.args.clients, seconds=self.args.duration
                )
                self.results["pages"] += [
                    {"backend": backend.name, **r, "page": f"{r['page']} (caché)"} for r in rows
                ]
                self.results["page_cache"] = cache_kind
                if "REDIS_URL" not in cached_env:
                    self.skip(
                        f"invalidation ({backend.name}): no Redis answers at {BENCH_REDIS_URL}"
                    )
                else:
                    with self.timing("invalidation", backend.name, size):
                        self.invalidation(backend, size, base, cached_env)
        except Unavailable as exc:
            self.skip(f"pages with the cache on, invalidation ({backend.name}): {exc}")

    def invalidation(self, backend: Backend, size: int, base: str, cached_env: dict) -> None:
        seconds, every = self.args.invalidation_seconds, self.args.save_every
        self.log(
            f"{backend.label}: invalidation, a save every {every:g} s for {seconds:g} s "
            "(and as long without saves)"
        )
        out = WORK / f"invalidation-{backend.name}-{size}.json"
        out.unlink(missing_ok=True)
        cmd = [PYTHON, "-m", "bench.invalidation", str(out), "--base", base]
        cmd += ["--seconds", str(seconds), "--every", str(every)]
        cmd += ["--clients", str(self.args.invalidation_clients)]
        run = run_measured(
            cmd,
            env={**backend.env(settings="bench.settings"), **cached_env},
            timeout=2 * seconds + 600,
            log=WORK / "logs" / f"{backend.name}-{size}-invalidation",
        )
        row = {"backend": backend.name, "size": size}
        if run.returncode == 0 and out.exists():
            row.update(json.loads(out.read_text()))
        else:
            row["na"] = (
                f"timed out after {2 * seconds + 600:.0f} s"
                if run.timed_out
                else f"bench.invalidation exited {run.returncode}: "
                f"{tail(run.stderr or run.stdout, 1)}"
            )
        self.results["invalidation"].append(row)
        under = row.get("under_saves") or {}
        self.log(f"{backend.label}: hit rate {under.get('hit_rate', row.get('na'))}% under saves")

    def backend(self, backend: Backend) -> None:
        for size in self.sizes:
            corpus_dir = self.corpus(size)
            self.log(f"{backend.label}: import of {size:,} files (cold, unchanged, 1% changed)")
            link = {"backend": backend.name, "size": size}
            self.results["linking"].append(link)

            def extraction(corpus_dir=corpus_dir, size=size, link=link):
                self.log(f"{backend.label}: extract_mentions over {size:,} files, in-process")
                link["extract"] = self.guard(
                    "extraction",
                    lambda: linking.bench_extraction(
                        backend,
                        corpus_dir,
                        size,
                        sample=self.args.link_sample,
                        budget=self.args.link_budget,
                    ),
                )

            with self.timing(
                "import: setup, extraction, cold, unchanged, 1% changed", backend.name, size
            ):
                row = importing.bench_imports(
                    backend,
                    corpus_dir,
                    size,
                    self.writer,
                    self.registry_json,
                    after_setup=extraction,
                )
            self.results["import"].append(row)
            if "extract" not in link:
                reason = row.get("setup", row.get("load_people", {})).get("na", "not run")
                link["extract"] = na(f"no registry loaded: {reason}")
            self.log(
                f"{backend.label} {size:,}: "
                + ", ".join(
                    f"{step} {row[step].get('files_per_s', row[step].get('na'))}"
                    for step in ("cold", "unchanged", "changed")
                )
            )
            self.save()
            if "na" in row["cold"]:
                reason = row.get("setup", row["cold"])["na"]
                self.skip(f"pages and queries ({backend.name}, {size:,}): no data ({reason})")
                link["relink"] = na(f"no data ({reason})")
                self.results["search"].append(
                    {"backend": backend.name, "size": size, "na": f"no data ({reason})"}
                )
                continue
            with self.timing("relink", backend.name, size):
                self.relink(backend, size, link)
            try:
                backend.analyze()
            except Exception as exc:
                self.log(f"ANALYZE failed on {backend.label}: {exc}")
            with self.timing("search", backend.name, size):
                self.search(backend, size)
            self.save()
            with self.timing("queries (probe)", backend.name, size):
                probe = self.probe(backend, size)
            if probe and size == self.sizes[-1] and not self.args.skip_pages:
                with self.timing(
                    "pages, admin, cached pages (invalidation included)", backend.name, size
                ):
                    self.serve(backend, size, probe)
            self.save()

    def guard(self, step: str, fn) -> dict:
        """``fn()``, or n/a with the reason when it raises (a bug here must not end the run)."""
        try:
            return fn()
        except Exception as exc:
            self.log(f"{step} failed: {type(exc).__name__}: {exc}")
            return na(f"{step} failed: {type(exc).__name__}: {tail(str(exc), 1)}")

    def relink(self, backend: Backend, size: int, link: dict) -> None:
        if size > self.args.relink_max_size:
            link["relink"] = na(
                f"run up to {self.args.relink_max_size:,} articles (--relink-max-size)"
            )
            return
        self.log(f"{backend.label}: relink_mentions over {size:,} articles")
        link["relink"] = self.guard(
            "relink_mentions",
            lambda: linking.bench_relink(backend, size, timeout=max(900.0, size / 20)),
        )
        self.log(
            f"{backend.label} {size:,}: relink "
            f"{link['relink'].get('seconds', link['relink'].get('na'))} s"
        )

    def search(self, backend: Backend, size: int) -> None:
        self.log(f"{backend.label}: {self.args.searches} searches at {size:,} files, in-process")
        row = {"backend": backend.name, "size": size}
        row.update(
            self.guard(
                "search",
                lambda: searching.bench_search(
                    backend,
                    size,
                    self.registry_json if self.registry_json.exists() else None,
                    searches=self.args.searches,
                    budget=self.args.search_budget,
                ),
            )
        )
        self.results["search"].append(row)
        self.first_pages(backend, size)
        engine = row.get("engine", {})
        self.log(
            f"{backend.label} {size:,}: search median "
            f"{engine.get('median_ms', engine.get('na', row.get('na')))} ms"
        )

    def first_pages(self, backend: Backend, size: int) -> None:
        """The first page of every benchmark query, compared across databases."""
        out = WORK / f"search-order-{backend.name}-{size}.json"
        out.unlink(missing_ok=True)
        cmd = [PYTHON, "-m", "bench.search_order", str(out)]
        if self.registry_json.exists():
            cmd += ["--registry", str(self.registry_json)]
        run = run_measured(
            cmd,
            env=backend.env(settings="bench.settings"),
            timeout=2 * self.args.search_budget + 300,
            log=WORK / "logs" / f"{backend.name}-{size}-search-order",
        )
        orders = self.first_page_orders.setdefault(size, {})
        if run.returncode == 0 and out.exists():
            orders[backend.name] = json.loads(out.read_text())
        else:
            orders[backend.name] = None
            reason = "timed out" if run.timed_out else tail(run.stderr or run.stdout, 1)
            self.skip(f"search order ({backend.name}, {size:,}): {reason}")
        names = [b for b in self.args.backends if b in orders]
        if len(names) >= 2:
            first, second = (orders[n] for n in names[:2])
            agreement = (
                search_order.compare(first, second)
                if first and second
                else {"na": "the first pages of one database are missing"}
            )
            agreement["backends"] = names[:2]
            self.results["search_order"][str(size)] = agreement

    def peers(self, usable: list[Backend]) -> None:
        size = self.args.peer_size or self.sizes[0]
        corpus_dir = self.corpus(size)
        subset = WORK / "peers" / f"jekyll-{size}"
        files = peers.jekyll_subset(corpus_dir, subset)
        figures = {"size": size, "files": files, "ours": {}}
        self.results["peers"] = figures
        self.log(f"peers: Pelican and Hugo on {files:,} Jekyll files")
        figures["pelican"] = peers.run_pelican(subset, files)
        figures["hugo"] = peers.run_hugo(subset, files)
        for backend in usable:
            figures["ours"][backend.name] = importing.bench_subset(
                backend, subset, files, self.registry_json
            )
        self.save()

    def __call__(self) -> int:
        all_backends = backends(self.args.backends)
        usable = []
        for backend in all_backends:
            try:
                backend.check()
                usable.append(backend)
            except Unavailable as exc:
                self.skip(f"{backend.label}: {exc}")
        self.results["machine"] = machine_info(usable)
        registry = write_registry(self.registry_json, self.args.seed)
        self.results["registry"] = {
            "officials": len(registry["officials"]),
            "institutions": len(registry["institutions"]),
        }
        try:
            for backend in usable:
                self.backend(backend)
            if not self.args.skip_peers:
                with self.timing("peers: Pelican, Hugo, ours on the Jekyll files"):
                    self.peers(usable)
        finally:
            for backend in usable:
                try:
                    backend.drop()
                except Exception as exc:
                    self.log(f"could not drop the {backend.label} scratch database: {exc}")
            self.results["machine"]["loadavg_end"] = loadavg()
            self.results["machine"]["wall_seconds"] = round(time.perf_counter() - self.started, 1)
            self.save()
        self.log(
            f"wrote {self.out / 'results.md'} and results.json in "
            f"{self.results['machine']['wall_seconds']:.0f} s"
        )
        return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=parse_sizes("10000 100000"),
        help='corpus sizes, e.g. "10000 100000"',
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--duration",
        type=float,
        default=None,
        help="seconds per load figure (default 10, or 3 below 10,000 files)",
    )
    parser.add_argument(
        "--clients", type=lambda s: [int(c) for c in s.replace(",", " ").split()], default=[2, 32]
    )
    parser.add_argument(
        "--backends", type=lambda s: s.replace(",", " ").split(), default=["sqlite", "postgresql"]
    )
    parser.add_argument(
        "--peer-size",
        type=int,
        default=None,
        help="corpus whose Jekyll files the peers build (default: smallest size)",
    )
    parser.add_argument(
        "--link-sample",
        type=int,
        default=0,
        help="files of the corpus extract_mentions is timed on (default 0: all)",
    )
    parser.add_argument(
        "--link-budget", type=float, default=300.0, help="seconds of extraction per size"
    )
    parser.add_argument(
        "--relink-max-size",
        type=int,
        default=10000,
        help="run relink_mentions at sizes up to this (default 10000)",
    )
    parser.add_argument("--searches", type=int, default=searching.SEARCHES)
    parser.add_argument(
        "--search-budget", type=float, default=300.0, help="seconds per timed search loop"
    )
    parser.add_argument(
        "--invalidation-seconds",
        type=float,
        default=None,
        help="seconds of load with and without saves (default 60, or 15 below 10,000 files)",
    )
    parser.add_argument(
        "--save-every",
        type=float,
        default=5.0,
        help="seconds between saves in the invalidation figure (a minute scaled down)",
    )
    parser.add_argument("--invalidation-clients", type=int, default=8)
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS,
        help="directory for results.json and results.md (default bench/results)",
    )
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--skip-pages", action="store_true")
    args = parser.parse_args(argv)
    if not args.sizes:
        parser.error("no sizes")
    if args.duration is None:
        args.duration = 10.0 if args.sizes[-1] >= 10000 else 3.0
    if args.invalidation_seconds is None:
        args.invalidation_seconds = 60.0 if args.sizes[-1] >= 10000 else 15.0
    print(
        f"bench: sizes {args.sizes}, {args.duration:g} s per load figure; results in {args.out}; "
        f"scratch files in {WORK}",
        file=sys.stderr,
    )
    result = Run(args)()
    print((args.out / "results.md").read_text())
    return result


if __name__ == "__main__":
    sys.exit(main())
