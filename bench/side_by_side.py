"""Two checkouts' pages side by side through gunicorn: the same URLs, interleaved rounds.

    python -m bench.side_by_side ROUNDS SECONDS \\
        NAME=CHECKOUT,DATABASE_URL,STATIC_ROOT,VAR_DIR ... -- URL ...

Each NAME is served by its own gunicorn (2 workers, ``bench.settings``, ``DEBUG=0``, no
cache server, no page cache) from its checkout (its ``.venv``) and database; every URL is
loaded with wrk (2 clients) for SECONDS, servers and URLs in turn, ROUNDS times; the
median of the rounds' p50s is printed per server and URL. Used to measure the reader
pages against the code before issue 14 on one machine (docs/performance.md, session 12):
a constant measured on another machine is no budget.
"""

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.env import Backend

BASE_PORT = 18100


def _env(database_url: str, static_root: str, var_dir: str) -> dict:
    """The bench's own environment (``Backend.env``) for this database and static root."""
    env = Backend("side", Path(var_dir), database_url).env(settings="bench.settings")
    env.update(DATABASE_URL=database_url, BENCH_STATIC_ROOT=static_root)
    return env


def _status(url: str):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError as exc:
        return str(exc)


def _p50(url: str, seconds: int) -> float | None:
    out = subprocess.run(
        ["wrk", "-t2", "-c2", f"-d{seconds}s", "--latency", url], capture_output=True, text=True
    ).stdout
    found = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", out)
    if not found:
        return None
    return float(found.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]


def main(argv: list[str]) -> int:
    rounds, seconds = int(argv[0]), int(argv[1])
    split = argv.index("--")
    servers, urls = argv[2:split], argv[split + 1 :]
    running = {}
    try:
        for offset, spec in enumerate(servers, start=1):
            name, _, fields = spec.partition("=")
            checkout, database_url, static_root, var_dir = fields.split(",")
            port = BASE_PORT + offset
            running[name] = (
                subprocess.Popen(
                    [
                        f"{checkout}/.venv/bin/gunicorn",
                        "newsroom.wsgi:application",
                        *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--chdir", checkout),
                    ],
                    env=_env(database_url, static_root, var_dir),
                    cwd=checkout,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                ),
                port,
            )
        time.sleep(4)
        for name, (_process, port) in running.items():
            for url in urls:
                print(name, url, _status(f"http://127.0.0.1:{port}{url}"), flush=True)
        figures: dict[tuple[str, str], list[float]] = {}
        for _round in range(rounds):
            for url in urls:
                for name, (_process, port) in running.items():
                    value = _p50(f"http://127.0.0.1:{port}{url}", seconds)
                    if value is not None:
                        figures.setdefault((name, url), []).append(value)
        print("\nmedian of the rounds' p50s, ms:")
        for (name, url), values in figures.items():
            values.sort()
            print(f"{name:10} {values[len(values) // 2]:8.2f}  {url}")
    finally:
        for process, _port in running.values():
            process.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
