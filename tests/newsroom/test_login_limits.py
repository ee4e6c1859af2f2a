"""Admin login throttling: the attacker waits, the account owner never does.

Everything goes through the real admin login view, real users and a real
cache (local memory, or a private redis-server); only the throttle's clock
(``newsroom.login_limits.now``) is moved.
"""

import html
import re
import shutil
import socket
import subprocess
import time

import pytest
from django.contrib.auth.models import User
from django.test import Client, RequestFactory

from newsroom import login_limits

pytestmark = pytest.mark.django_db

URL = "/admin/login/"
PASSWORD = "clave-correcta-987"
ATTACKER = "203.0.113.9"
OWNER_ELSEWHERE = "198.51.100.7"
NEWSROOM_PROXY = "10.0.0.2"
THROTTLED = "Demasiados intentos fallidos"
WRONG = "y contraseña correctos"


class Clock:
    def __init__(self):
        self.value = 1_700_000_000.0

    def __call__(self):
        return self.value

    def advance(self, seconds):
        self.value += seconds


@pytest.fixture
def clock(monkeypatch):
    frozen = Clock()
    monkeypatch.setattr(login_limits, "now", frozen)
    return frozen


@pytest.fixture
def jefa(db):
    return User.objects.create_superuser("jefa", password=PASSWORD)


@pytest.fixture
def reportero(db):
    return User.objects.create_user("reportero", password=PASSWORD, is_staff=True)


ERROR_NOTE = re.compile(r'<p class="errornote">(.*?)</p>', re.S)


def attempt(username, password, address, forwarded=None):
    """One login from a fresh browser; returns (logged_in, the page's error text)."""
    client = Client()
    extra = {"REMOTE_ADDR": address}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    response = client.post(URL, {"username": username, "password": password}, **extra)
    logged_in = response.status_code == 302 and "_auth_user_id" in client.session
    notes = ERROR_NOTE.findall(response.content.decode())
    return logged_in, " ".join(html.unescape(" ".join(note.split())) for note in notes)


def fail(username, address, times, forwarded=None):
    for _ in range(times):
        logged_in, _note = attempt(username, "mala", address, forwarded)
        assert not logged_in


def test_owner_logs_in_from_elsewhere_while_attacked(clock, jefa):
    fail("jefa", ATTACKER, 20)
    logged_in, note = attempt("jefa", PASSWORD, OWNER_ELSEWHERE)
    assert logged_in, note


def test_attacker_pair_waits_even_with_the_right_password(clock, jefa):
    for _ in range(5):
        logged_in, note = attempt("jefa", "mala", ATTACKER)
        assert WRONG in note and THROTTLED not in note
    logged_in, note = attempt("jefa", PASSWORD, ATTACKER)
    assert not logged_in
    assert THROTTLED in note and "Espere 1 segundo antes" in note


def test_backoff_doubles_and_is_capped(clock, jefa):
    fail("jefa", ATTACKER, 5)
    waits = []
    for _ in range(15):
        _, note = attempt("jefa", "mala", ATTACKER)
        assert THROTTLED in note
        wait = login_limits.backoff_seconds(len(waits) + 5, 5)
        waits.append(wait)
        clock.advance(wait)
        fail("jefa", ATTACKER, 1)
    assert waits[:4] == [1, 2, 4, 8]
    assert waits[-1] == 15 * 60
    _, note = attempt("jefa", PASSWORD, ATTACKER)
    assert "Espere 15 minutos antes" in note
    clock.advance(15 * 60 - 1)
    assert THROTTLED in attempt("jefa", PASSWORD, ATTACKER)[1]
    clock.advance(1)
    logged_in, note = attempt("jefa", PASSWORD, ATTACKER)
    assert logged_in, note


def test_colleagues_behind_the_same_address_are_not_blocked(clock, jefa, reportero):
    fail("jefa", NEWSROOM_PROXY, 20)
    logged_in, note = attempt("reportero", PASSWORD, NEWSROOM_PROXY)
    assert logged_in, note


def test_a_successful_login_clears_the_pair(clock, jefa):
    fail("jefa", ATTACKER, 4)
    assert attempt("jefa", PASSWORD, ATTACKER)[0]
    fail("jefa", ATTACKER, 4)
    logged_in, note = attempt("jefa", PASSWORD, ATTACKER)
    assert logged_in, note


def test_password_spraying_from_one_address_loses_the_free_failures(clock, settings, jefa):
    settings.LOGIN_ADDRESS_CEILING = 3
    users = [User.objects.create_user(f"u{n}", password=PASSWORD, is_staff=True) for n in range(4)]
    for user in users:
        fail(user.username, ATTACKER, 1)
    # Past the ceiling a single failure makes the pair wait...
    _, note = attempt("u3", PASSWORD, ATTACKER)
    assert THROTTLED in note
    # ...but a user who has not failed from there logs in, and so does the
    # owner of the attacked name from elsewhere.
    assert attempt("jefa", PASSWORD, ATTACKER)[0]
    assert attempt("u3", PASSWORD, OWNER_ELSEWHERE)[0]
    clock.advance(1)
    assert attempt("u3", PASSWORD, ATTACKER)[0]


def test_forged_forwarded_for_is_ignored_without_a_trusted_proxy(clock, jefa):
    for n in range(5):
        fail("jefa", ATTACKER, 1, forwarded=f"192.0.2.{n}")
    _, note = attempt("jefa", PASSWORD, ATTACKER, forwarded="192.0.2.99")
    assert THROTTLED in note


def test_behind_one_trusted_proxy_the_right_most_entry_is_the_client(clock, settings, jefa):
    settings.TRUSTED_PROXY_COUNT = 1
    # The attacker varies the part of the header it writes; the proxy appends
    # the real address.
    for n in range(20):
        fail("jefa", NEWSROOM_PROXY, 1, forwarded=f"192.0.2.{n}, {ATTACKER}")
    _, note = attempt("jefa", PASSWORD, NEWSROOM_PROXY, forwarded=f"{OWNER_ELSEWHERE}, {ATTACKER}")
    assert THROTTLED in note
    logged_in, note = attempt("jefa", PASSWORD, NEWSROOM_PROXY, forwarded=OWNER_ELSEWHERE)
    assert logged_in, note


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, None, "10.0.0.2"),
        (0, "198.51.100.7", "10.0.0.2"),
        (1, "192.0.2.1, 198.51.100.7", "198.51.100.7"),
        (2, "192.0.2.1, 198.51.100.7, 10.0.0.1", "198.51.100.7"),
        (1, None, "10.0.0.2"),
        (2, "198.51.100.7", "10.0.0.2"),
        (1, "192.0.2.1, not-an-address", "10.0.0.2"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address(settings, hops, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = hops
    extra = {"REMOTE_ADDR": "10.0.0.2"}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    assert login_limits.client_address(RequestFactory().post(URL, **extra)) == expected


def test_ipv6_addresses_count_per_64(clock, jefa):
    for n in range(5):
        fail("jefa", f"2001:db8:1:2::{n + 1}", 1)
    assert THROTTLED in attempt("jefa", PASSWORD, "2001:db8:1:2::ff")[1]
    assert attempt("jefa", PASSWORD, "2001:db8:1:3::1")[0]


def test_a_cache_that_keeps_nothing_locks_nobody_out(clock, settings, jefa):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    fail("jefa", ATTACKER, 20)
    logged_in, note = attempt("jefa", PASSWORD, ATTACKER)
    assert logged_in, note


@pytest.fixture
def private_redis(tmp_path, settings):
    """A redis-server of this test's own on a free port (never the shared 6379)."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not on PATH")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1"]
    command += ["--save", "", "--appendonly", "no", "--dir", str(tmp_path)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)
        url = f"redis://127.0.0.1:{port}/0"
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_on_redis_the_attacker_waits_and_the_owner_does_not(
    clock, settings, private_redis, jefa, reportero
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": private_redis,
            "KEY_PREFIX": "newsroom",
        }
    }
    fail("jefa", ATTACKER, 20)
    assert THROTTLED in attempt("jefa", PASSWORD, ATTACKER)[1]
    assert attempt("jefa", PASSWORD, OWNER_ELSEWHERE)[0]
    assert attempt("reportero", PASSWORD, ATTACKER)[0]
    clock.advance(15 * 60)
    assert attempt("jefa", PASSWORD, ATTACKER)[0]
    fail("jefa", ATTACKER, 4)
    assert attempt("jefa", PASSWORD, ATTACKER)[0]


def test_during_a_redis_outage_the_limits_hold_per_process(clock, settings, jefa):
    pytest.importorskip("newsroom.cache_backend")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache_backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
            "OPTIONS": {"OUTAGE_RETRY_SECONDS": 3600},
        }
    }
    fail("jefa", ATTACKER, 20)
    assert THROTTLED in attempt("jefa", PASSWORD, ATTACKER)[1]
    assert attempt("jefa", PASSWORD, OWNER_ELSEWHERE)[0]
