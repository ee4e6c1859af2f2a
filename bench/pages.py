"""Public pages and admin under gunicorn (2 workers) on 127.0.0.1.

The server runs ``newsroom.wsgi`` with ``bench.settings`` (the project's
settings plus /bench/ceiling/), DEBUG off, no cache server: every request
renders. Each page is loaded for a fixed time at each client count.
"""

import http.client
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from bench import load
from bench.env import (
    ADMIN_PASSWORD,
    ADMIN_USER,
    PYTHON,
    ROOT,
    WORK,
    Backend,
    Unavailable,
    tail,
)

WORKERS = 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


@contextmanager
def gunicorn(backend: Backend, extra_env: dict | None = None):
    port = free_port()
    log = WORK / "logs" / f"{backend.name}-gunicorn.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(Path(PYTHON).parent / "gunicorn"),
        "newsroom.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(WORKERS),
        "--chdir",
        str(ROOT),
        "--log-level",
        "warning",
        "--error-logfile",
        str(log),
        "--timeout",
        "60",
    ]
    with open(log, "ab") as sink:
        proc = subprocess.Popen(
            cmd,
            env={**backend.env(settings="bench.settings"), **(extra_env or {})},
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while get_status(f"{base}/bench/ceiling/") != 200:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise Unavailable(
                    f"gunicorn did not start: {tail(log.read_text(errors='replace'))}"
                )
            time.sleep(0.3)
        yield base, port
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def bench_pages(base: str, pages: list[dict], *, clients: list[int], seconds: float) -> list[dict]:
    rows = []
    for page in pages:
        common = {"page": page["page"], "url": page.get("url")}
        if page.get("note"):
            common["note"] = page["note"]
        reason = page.get("na")
        if not reason:
            status = get_status(base + page["url"])
            if status != 200:
                reason = f"HTTP {status}" if status else "no answer"
        if reason:
            rows.extend({**common, "clients": c, "na": reason} for c in clients)
            continue
        load.load(base + page["url"], clients=2, seconds=min(2.0, seconds / 5))  # warm-up
        for count in clients:
            rows.append(
                {
                    **common,
                    "clients": count,
                    **load.load(base + page["url"], clients=count, seconds=seconds),
                }
            )
    return rows


def login(port: int) -> str:
    """Log in through /admin/login/ like a browser; returns the Cookie header."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/admin/login/")
    response = conn.getresponse()
    html = response.read().decode("utf-8", "replace")
    cookies = {}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            cookies[name] = rest.split(";", 1)[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if response.status != 200 or not token or "csrftoken" not in cookies:
        raise Unavailable(f"admin login page answered HTTP {response.status}")
    body = urlencode(
        {
            "csrfmiddlewaretoken": token.group(1),
            "username": ADMIN_USER,
            "password": ADMIN_PASSWORD,
            "next": "/admin/",
        }
    )
    conn.request(
        "POST",
        "/admin/login/",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookies['csrftoken']}",
            "Referer": f"http://127.0.0.1:{port}/admin/login/",
        },
    )
    response = conn.getresponse()
    response.read()
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            cookies[name] = rest.split(";", 1)[0]
    conn.close()
    if response.status != 302 or "sessionid" not in cookies:
        raise Unavailable(f"admin login failed (HTTP {response.status})")
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def bench_admin(port: int, pages: list[dict]) -> list[dict]:
    try:
        cookies = login(port)
    except (Unavailable, OSError) as exc:
        return [{"page": p["page"], "url": p.get("url"), "na": str(exc)} for p in pages]
    rows = []
    for page in pages:
        row = {"page": page["page"], "url": page.get("url")}
        if page.get("na"):
            rows.append({**row, "na": page["na"]})
            continue
        try:
            rows.append({**row, **load.ttfb("127.0.0.1", port, page["url"], cookies=cookies)})
        except (OSError, http.client.HTTPException) as exc:
            rows.append({**row, "na": f"{type(exc).__name__}: {exc}"})
    return rows
