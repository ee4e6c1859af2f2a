"""The site under test: a fresh database, the fixtures imported, a real server.

Runs the same commands as `make seed` (migrate, load_people, import_articles,
setup_roles) in subprocesses, creates an editor and a reporter with known
passwords, collects static files and serves the site with gunicorn with
production settings (DEBUG off, so the real 404 page and whitenoise are
exercised), on a free port of 127.0.0.1.

SQLite in a temporary NEWSROOM_VAR_DIR by default. With DATABASE_URL the
database must be a PostgreSQL one whose name ends in ``_e2e``: it is dropped
and created afresh, and dropped again at the end.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable

EDITOR = ("editora", "Editora-e2e-2024")
REPORTER = ("reportero", "Reportero-e2e-2024")

CREATE_USERS = """
from django.contrib.auth.models import Group, User
for username, password, group in [
    ({editor!r}, {editor_password!r}, "Editores"),
    ({reporter!r}, {reporter_password!r}, "Reporteros"),
]:
    user = User.objects.create_user(username=username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
"""


@dataclass(frozen=True)
class Site:
    base_url: str
    log_path: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_environment(var_dir: Path, base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        NEWSROOM_VAR_DIR=str(var_dir),
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # Plain http on loopback: no HTTPS redirect, no secure-only cookies.
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        SITE_URL=base_url,
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def _run(args: list[str], env: dict[str, str], *, ok_codes=(0,), timeout=180) -> str:
    result = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode not in ok_codes:
        raise RuntimeError(
            f"{' '.join(args)} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def manage(*args: str, env: dict[str, str], ok_codes=(0,)) -> str:
    return _run([PYTHON, "manage.py", *args], env, ok_codes=ok_codes)


def e2e_database_url() -> str | None:
    """DATABASE_URL when it names a scratch e2e database; refuses any other."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not parts.scheme.startswith("postgres") or not name.endswith("_e2e"):
        raise RuntimeError(
            "The browser tests drop and recreate their database. DATABASE_URL must name a "
            f"PostgreSQL database ending in _e2e (got {url!r}); unset it to use SQLite."
        )
    return url


def _maintenance(url: str, sql: str) -> None:
    import psycopg

    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql)


def recreate_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    _maintenance(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _maintenance(url, f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    _maintenance(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare(env: dict[str, str]) -> None:
    manage("migrate", "--noinput", "-v0", env=env)
    manage("load_people", "fixtures/people.json", env=env)
    # Exit status 1 only means some edge-case files failed on purpose.
    manage("import_articles", "fixtures/sources", str(HERE / "fixtures"), env=env, ok_codes=(0, 1))
    manage("setup_roles", env=env)
    script = CREATE_USERS.format(
        editor=EDITOR[0],
        editor_password=EDITOR[1],
        reporter=REPORTER[0],
        reporter_password=REPORTER[1],
    )
    manage("shell", "-c", script, env=env)
    manage("collectstatic", "--noinput", "-v0", env=env)


def wait_until_serving(url: str, process: subprocess.Popen, log_path: Path, timeout=30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url + "/robots.txt", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {timeout} s:\n{log_path.read_text()}")


def start(env: dict[str, str], port: int, log_path: Path) -> subprocess.Popen:
    with log_path.open("w") as log:  # the server keeps its own copy of the descriptor
        return subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "newsroom.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                # One process: its local-memory cache (pages, login limits) is the only one.
                "--workers",
                "1",
                "--threads",
                "8",
                # No control socket in $HOME, which another server may be using.
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
