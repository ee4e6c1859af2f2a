"""The site keeps working while Redis is down, and the cache comes back by itself.

Each test runs its own redis-server on a free port (never the shared 6379),
points the cache and the sessions at it as production does with REDIS_URL,
and stops, freezes or restarts it under the running site.
"""

import logging
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches

from articles.importing.pipeline import import_paths
from articles.models import Article
from newsroom.settings import redis_cache_settings
from tests.conftest import SEED_FILES
from tests.factories import make_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("redis-server") is None,
        reason="redis-server is not on PATH: the outage tests need a real Redis to stop",
    ),
]

# Short enough that the tests need not wait long for the cache to retry Redis.
RETRY_SECONDS = 0.3
PASSWORD = "una-clave-larga-de-prueba"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    def __init__(self, tmp_path):
        self.port = _free_port()
        self.dir = tmp_path
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(self.dir)]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        self.resume()
        self.process.terminate()
        self.process.wait(timeout=10)

    def freeze(self) -> None:
        """Like a network partition: connections hang instead of being refused."""
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)


@pytest.fixture
def redis_server(tmp_path, settings):
    server = RedisServer(tmp_path)
    server.start()
    settings.CACHES = redis_cache_settings(
        server.url, OUTAGE_RETRY_SECONDS=RETRY_SECONDS, socket_timeout=0.3
    )
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.PAGE_CACHE_SECONDS = 60
    # Serve site.css from the app's static folder, as collectstatic would.
    settings.WHITENOISE_USE_FINDERS = True
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("editora", "editora@example.mx", PASSWORD)


def _cache_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "newsroom.cache"]


def test_the_site_works_while_redis_is_down_and_caches_again_when_it_is_back(
    client, redis_server, editor, tmp_path, caplog
):
    caplog.set_level(logging.WARNING, logger="newsroom.cache")
    make_article(title="Nota de portada")
    assert client.get("/")["X-Cache"] == "miss"
    assert client.get("/")["X-Cache"] == "hit"

    redis_server.stop()

    for _ in range(3):
        page = client.get("/")
        assert page.status_code == 200
        assert "Nota de portada" in page.content.decode()
        assert page.get("X-Cache") != "hit"
    assert client.get("/static/css/site.css").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    wrong = client.post("/admin/login/", {"username": "editora", "password": "no-es"})
    assert wrong.status_code == 200
    login = client.post("/admin/login/", {"username": "editora", "password": PASSWORD})
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / SEED_FILES[0].name).write_bytes(SEED_FILES[0].read_bytes())
    report = import_paths([sources])
    assert not report.failed, report.as_dict()
    imported = Article.objects.get(source_file=SEED_FILES[0].name)
    client.logout()
    assert imported.title in client.get("/").content.decode()

    outage = [m for m in _cache_warnings(caplog) if "unreachable" in m]
    assert len(outage) == 1, _cache_warnings(caplog)

    redis_server.start()
    time.sleep(RETRY_SECONDS + 0.1)
    assert client.get("/").status_code == 200
    again = client.get("/")
    assert again["X-Cache"] == "hit"
    assert imported.title in again.content.decode()
    recovered = [m for m in _cache_warnings(caplog) if "reachable again" in m]
    assert len(recovered) == 1, _cache_warnings(caplog)


def test_what_changed_while_redis_was_unreachable_is_not_served_stale(
    client, redis_server, editor, settings
):
    # A retry window longer than the freeze's work, so that "one wait per
    # window" and "one wait per call" give different counts on any machine.
    retry_seconds = 1.0
    settings.CACHES = redis_cache_settings(
        redis_server.url, OUTAGE_RETRY_SECONDS=retry_seconds, socket_timeout=0.3
    )
    article = make_article(title="Título antes del corte")
    assert client.get("/")["X-Cache"] == "miss"
    assert client.get("/")["X-Cache"] == "hit"
    staff = type(client)()
    staff.post("/admin/login/", {"username": "editora", "password": PASSWORD})
    assert staff.get("/admin/").status_code == 200
    outage = caches["default"]._outage
    assert outage.failed_calls == 0

    # Redis hangs (it still holds the old page and the session) ...
    redis_server.freeze()
    started = time.monotonic()
    article.title = "Título corregido durante el corte"
    article.save()
    staff.post("/admin/logout/")
    assert "Título corregido durante el corte" in client.get("/").content.decode()
    windows = 1 + int((time.monotonic() - started) / retry_seconds)
    # ... and each retry window costs one wait on it, not one per cache call.
    assert 1 <= outage.failed_calls <= windows
    assert outage.calls_answered_locally > windows + 2

    redis_server.resume()
    time.sleep(retry_seconds + 0.1)
    assert "Título corregido durante el corte" in client.get("/").content.decode()
    assert staff.get("/admin/").status_code == 302
