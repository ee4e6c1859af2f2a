"""``make bench``: import, linking, search, peers, pages, admin and query counts, on SQLite and
PostgreSQL.

    python -m bench.run --sizes "10000 100000"      # what `make bench` runs
    python -m bench.run --sizes 1000                 # smoke run

Writes bench/results/results.json (every figure, raw) and results.md (the
tables, with ✓/✗ next to each target). Steps that cannot run yet are
recorded as n/a with the reason; the run itself only fails on a bug here.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime

from bench import importing, linking, load, pages, peers, report, searching
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
    tail,
)


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
            },
            "import": [],
            "linking": [],
            "search": [],
            "pages": [],
            "admin": [],
            "queries": [],
            "peers": {},
            "skipped": [],
        }
        self.static_ready: bool | str | None = None

    def log(self, message: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def skip(self, message: str) -> None:
        self.results["skipped"].append(message)
        self.log(f"n/a: {message}")

    def save(self) -> None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "results.json").write_text(
            json.dumps(
                {**self.results, "targets": report.evaluate(self.results)},
                ensure_ascii=False,
                indent=1,
            )
        )
        if "machine" in self.results:
            (RESULTS / "results.md").write_text(report.markdown(self.results))

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
        targets = probe["pages"]
        try:
            with pages.gunicorn(backend) as (base, port):
                self.log(f"{backend.label}: pages at {size:,} files, uncached ({base})")
                rows = pages.bench_pages(
                    base, targets, clients=self.args.clients, seconds=self.args.duration
                )
                self.results["pages"] += [{"backend": backend.name, **r} for r in rows]
                self.results["pages_size"] = size
                self.log(f"{backend.label}: admin")
                rows = pages.bench_admin(port, probe["admin"])
                self.results["admin"] += [{"backend": backend.name, **r} for r in rows]
            # The same pages with the anonymous page cache on: Redis when one
            # answers at REDIS_URL (or the local default), local memory otherwise.
            cached_env = {"PAGE_CACHE_SECONDS": "60"}
            redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
            if redis_answers(redis_url):
                cached_env["REDIS_URL"] = redis_url
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
        except Unavailable as exc:
            self.skip(f"pages ({backend.name}): {exc}")

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

            row = importing.bench_imports(
                backend, corpus_dir, size, self.writer, self.registry_json, after_setup=extraction
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
            self.relink(backend, size, link)
            try:
                backend.analyze()
            except Exception as exc:
                self.log(f"ANALYZE failed on {backend.label}: {exc}")
            self.search(backend, size)
            self.save()
            probe = self.probe(backend, size)
            if probe and size == self.sizes[-1] and not self.args.skip_pages:
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
        engine = row.get("engine", {})
        self.log(
            f"{backend.label} {size:,}: search median "
            f"{engine.get('median_ms', engine.get('na', row.get('na')))} ms"
        )

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
                self.peers(usable)
        finally:
            for backend in usable:
                try:
                    backend.drop()
                except Exception as exc:
                    self.log(f"could not drop the {backend.label} scratch database: {exc}")
            self.results["machine"]["loadavg_end"] = loadavg()
            self.save()
        self.log(f"wrote {RESULTS / 'results.md'} and results.json")
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
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--skip-pages", action="store_true")
    args = parser.parse_args(argv)
    if not args.sizes:
        parser.error("no sizes")
    if args.duration is None:
        args.duration = 10.0 if args.sizes[-1] >= 10000 else 3.0
    print(
        f"bench: sizes {args.sizes}, {args.duration:g} s per load figure; results in {RESULTS}",
        file=sys.stderr,
    )
    result = Run(args)()
    print((RESULTS / "results.md").read_text())
    return result


if __name__ == "__main__":
    sys.exit(main())
