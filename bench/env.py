"""Where the benchmark works, the databases it uses and how it runs commands.

Every Django process of the benchmark gets the same production-like
environment (DEBUG off, no Redis, no HTTPS redirects) pointing at a
scratch database: an SQLite file under bench/.work/ or the PostgreSQL
database ``newsroom_bench``, created fresh for each measurement and
dropped at the end.
"""

import math
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# BENCH_WORK moves the scratch files (corpus, databases, logs) elsewhere, e.g. for a
# smoke run next to another one.
WORK = Path(os.environ.get("BENCH_WORK") or BENCH / ".work")
RESULTS = BENCH / "results"
PEERS_VENV = BENCH / ".peers" / "venv"
PYTHON = sys.executable
TIME = "/usr/bin/time"
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench")
ADMIN_USER = "bench-admin"
# Variables of the caller's shell that must not leak into the measured processes.
STRIPPED = (
    "PYTHONDONTWRITEBYTECODE",
    "DATABASE_URL",
    "REDIS_URL",
    "DJANGO_SETTINGS_MODULE",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CONN_MAX_AGE",
    "NEWSROOM_VAR_DIR",
    "LOG_LEVEL",
)
SECRET = secrets.token_urlsafe(40)
ADMIN_PASSWORD = secrets.token_urlsafe(16)


class Unavailable(Exception):
    """A step cannot run here; the report shows ``n/a`` with this reason."""


def na(reason: str) -> dict:
    return {"na": reason}


def tail(text: str, lines: int = 3, width: int = 300) -> str:
    kept = [line for line in (text or "").strip().splitlines() if line.strip()][-lines:]
    return " | ".join(kept)[-width:]


@dataclass
class Backend:
    name: str  # "sqlite" or "postgresql"
    var_dir: Path
    database_url: str | None = None

    @property
    def label(self) -> str:
        return "SQLite" if self.name == "sqlite" else "PostgreSQL"

    def _admin_conninfo(self):
        import psycopg.conninfo

        info = psycopg.conninfo.conninfo_to_dict(
            self.database_url.replace("postgres://", "postgresql://", 1)
        )
        dbname = info.pop("dbname")
        info["dbname"] = "postgres"
        return psycopg.conninfo.make_conninfo(**info), dbname

    def _pg(self, *statements: str) -> None:
        import psycopg

        conninfo, _dbname = self._admin_conninfo()
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
            for statement in statements:
                conn.execute(statement)

    def reset(self) -> None:
        """An empty database (migrations not applied yet)."""
        if self.var_dir.exists():
            shutil.rmtree(self.var_dir)
        self.var_dir.mkdir(parents=True)
        if self.database_url:
            _conninfo, dbname = self._admin_conninfo()
            self._pg(
                f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)', f'CREATE DATABASE "{dbname}"'
            )

    def analyze(self) -> None:
        """Planner statistics after a bulk import, as autovacuum gathers within a minute."""
        if self.database_url:
            import psycopg

            url = self.database_url.replace("postgres://", "postgresql://", 1)
            with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
                conn.execute("ANALYZE")

    def drop(self) -> None:
        if self.database_url:
            _conninfo, dbname = self._admin_conninfo()
            self._pg(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')

    def version(self) -> str:
        if not self.database_url:
            import sqlite3

            return sqlite3.sqlite_version
        import psycopg

        conninfo, _dbname = self._admin_conninfo()
        with psycopg.connect(conninfo, connect_timeout=5) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]

    def check(self) -> None:
        """Raise Unavailable when this backend cannot be used on this machine."""
        if not self.database_url:
            return
        try:
            self.version()
        except Exception as exc:  # psycopg.OperationalError and friends
            raise Unavailable(f"PostgreSQL not reachable: {tail(str(exc), 1)}") from exc

    def env(self, *, settings: str = "newsroom.settings") -> dict:
        env = {k: v for k, v in os.environ.items() if k not in STRIPPED}
        env.update(
            DJANGO_SETTINGS_MODULE=settings,
            DEBUG="0",
            SECRET_KEY=SECRET,
            ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
            SECURE_SSL_REDIRECT="0",
            SESSION_COOKIE_SECURE="0",
            CSRF_COOKIE_SECURE="0",
            SECURE_HSTS_SECONDS="0",
            SECURE_HSTS_INCLUDE_SUBDOMAINS="0",
            SECURE_HSTS_PRELOAD="0",
            NEWSROOM_VAR_DIR=str(self.var_dir),
            # Uncached unless a step turns the page cache on (pages.py, cached run).
            PAGE_CACHE_SECONDS="0",
            CONN_MAX_AGE="60",
            LOG_LEVEL="ERROR",
            PYTHONUNBUFFERED="1",
            # Compiled once, as a deployment's are, outside the checkout: a
            # machine that sets PYTHONDONTWRITEBYTECODE compiled the project's
            # modules again at every command's start (0.2 s of an unchanged re-run).
            PYTHONPYCACHEPREFIX=str(WORK / "pycache"),
            BENCH_STATIC_ROOT=str(WORK / "static"),
            BENCH_ADMIN_USER=ADMIN_USER,
            BENCH_ADMIN_PASSWORD=ADMIN_PASSWORD,
        )
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        return env


def backends(names: list[str]) -> list[Backend]:
    known = {
        "sqlite": Backend("sqlite", WORK / "db-sqlite"),
        "postgresql": Backend("postgresql", WORK / "db-postgresql", PG_URL),
    }
    return [known[name] for name in names]


def manage(backend: Backend, *args: str, settings: str = "newsroom.settings", timeout=600):
    """A quick management command; raises Unavailable with its last lines on failure."""
    try:
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=backend.env(settings=settings),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise Unavailable(f"manage.py {args[0]} timed out after {timeout} s") from exc
    if result.returncode != 0:
        raise Unavailable(f"manage.py {args[0]} failed: {tail(result.stderr or result.stdout, 1)}")
    return result


@dataclass
class Measured:
    returncode: int | None
    seconds: float
    max_rss_mb: float | None
    stdout: str
    stderr: str
    timed_out: bool = False
    extra: dict = field(default_factory=dict)


_RSS = re.compile(r"Maximum resident set size \(kbytes\):\s*(\d+)")


def run_measured(cmd: list[str], *, env=None, cwd=ROOT, timeout: float, log: Path) -> Measured:
    """Run ``cmd`` with wall time and peak memory; its output goes to ``log``.*."""
    log.parent.mkdir(parents=True, exist_ok=True)
    rss_file = log.with_suffix(".rss")
    if Path(TIME).exists():
        wrapped = [TIME, "-v", "-o", str(rss_file), *cmd]
    else:
        wrapped = [PYTHON, "-m", "bench.rss", str(rss_file), *cmd]
    out_path, err_path = log.with_suffix(".out"), log.with_suffix(".err")
    timed_out = False
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            wrapped, cwd=cwd, env=env, stdout=out, stderr=err, start_new_session=True
        )
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        seconds = time.perf_counter() - started
    rss = None
    if rss_file.exists():
        match = _RSS.search(rss_file.read_text(errors="replace"))
        if match:
            rss = int(match.group(1)) / 1024
    stdout = out_path.read_text(errors="replace")
    stderr = err_path.read_text(errors="replace")
    # /usr/bin/time reports a failing command on stderr too; drop that line.
    stderr = "\n".join(
        line for line in stderr.splitlines() if not line.startswith("Command exited")
    )
    return Measured(None if timed_out else proc.returncode, seconds, rss, stdout, stderr, timed_out)


def loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def command_version(cmd: list[str]) -> str | None:
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (result.stdout or result.stderr).strip().splitlines()
    return text[0].strip() if text else None


def spread(values_ms: list[float]) -> dict:
    """Median, p95, mean and max of timings in milliseconds (nearest rank), rounded."""
    if not values_ms:
        return {}
    ordered = sorted(values_ms)

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]

    return {
        "n": len(ordered),
        "median_ms": round(rank(50), 2),
        "p95_ms": round(rank(95), 2),
        "mean_ms": round(sum(ordered) / len(ordered), 2),
        "max_ms": round(ordered[-1], 2),
    }
