"""Admin login throttling: slow down the attacker, never lock out the owner.

Failed logins are counted per *pair* of client address and user name, in the
Django cache (shared by every app server when REDIS_URL is set):

- The first ``LOGIN_FREE_FAILURES`` failures of a pair cost nothing. After
  that, each further attempt from the same pair must wait an exponential
  backoff, ``LOGIN_BACKOFF_BASE_SECONDS * 2**k`` seconds, capped at
  ``LOGIN_BACKOFF_MAX_SECONDS``. While a pair waits, even the right password is
  refused (otherwise the refusal would tell the attacker which guess was right).
- Failures from one pair never touch another pair: the account owner logging
  in from another address, and colleagues behind the same address with other
  user names, are not affected.
- Against password spraying (one address trying many user names), failures are
  also counted per address in a fixed window. Past ``LOGIN_ADDRESS_CEILING``
  failures in ``LOGIN_ADDRESS_WINDOW_SECONDS``, pairs from that address get no
  free failures: backoff starts at the first failure. A user who has not failed
  from that address still logs in at once with the right password.
- A successful login clears its pair.
- The pair's counter is forgotten ``LOGIN_FORGET_SECONDS`` after its last
  failure.

The client address is REMOTE_ADDR, or, with ``TRUSTED_PROXY_COUNT`` = N > 0,
the N-th entry from the right of X-Forwarded-For (see ``client_address``).
IPv6 addresses are grouped by /64, the block one client usually holds.

Every setting is optional (defaults below). The cache may lose keys or answer
misses (a Redis outage): then nothing is throttled, and nobody is locked out.
"""

import hashlib
import ipaddress
import math
import time

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

DEFAULTS = {
    "LOGIN_FREE_FAILURES": 5,
    "LOGIN_BACKOFF_BASE_SECONDS": 1,
    "LOGIN_BACKOFF_MAX_SECONDS": 15 * 60,
    "LOGIN_FORGET_SECONDS": 24 * 60 * 60,
    "LOGIN_ADDRESS_CEILING": 100,
    "LOGIN_ADDRESS_WINDOW_SECONDS": 60 * 60,
    "TRUSTED_PROXY_COUNT": 0,
}

# How long an attempt in flight holds its pair's turn (so parallel requests
# cannot each take the same free slot); released as soon as it is checked.
CLAIM_SECONDS = 30


def now() -> float:
    """The clock (tests move it forward by replacing this function)."""
    return time.time()


def _setting(name: str) -> int:
    return int(getattr(settings, name, DEFAULTS[name]))


# --- the client address ---------------------------------------------------


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request) -> str:
    """The address of the client, as far as this server can trust it.

    With no trusted proxy (the default) this is REMOTE_ADDR: X-Forwarded-For
    is ignored, since any client can send one. With N trusted proxies, each of
    which appends the address it received the request from, the real client is
    the N-th entry from the right; entries further left were written by the
    client and are never used. A header shorter than N, or an entry that is
    not an IP address, falls back to REMOTE_ADDR.
    """
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = _setting("TRUSTED_PROXY_COUNT")
    if hops <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
    if len(entries) < hops:
        return remote
    return _valid_ip(entries[-hops]) or remote


def address_bucket(address: str) -> str:
    """The unit an address is counted in: the IP itself, or its IPv6 /64."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


# --- counters in the cache -------------------------------------------------


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _pair_key(username: str, address: str) -> str:
    return "login-pair:" + _digest(address_bucket(address), username.strip().lower())


def _address_key(address: str, at: float) -> str:
    window = int(at // _setting("LOGIN_ADDRESS_WINDOW_SECONDS"))
    return f"login-addr:{_digest(address_bucket(address))}:{window}"


def _incr(key: str, timeout: int) -> int:
    """Add one to a counter, creating it; 1 if the cache keeps nothing."""
    if cache.add(key, 1, timeout):
        return 1
    try:
        value = cache.incr(key)
    except ValueError:  # expired (or the cache is down) between add and incr
        cache.set(key, 1, timeout)
        return 1
    cache.touch(key, timeout)
    return value if isinstance(value, int) else 1


def backoff_seconds(failures: int, free: int) -> float:
    """The wait after the ``failures``-th failure when ``free`` cost nothing."""
    if failures < max(free, 1):
        return 0
    exponent = failures - max(free, 1)
    cap = _setting("LOGIN_BACKOFF_MAX_SECONDS")
    if exponent >= 64:
        return cap
    return min(cap, _setting("LOGIN_BACKOFF_BASE_SECONDS") * 2**exponent)


class Throttled(Exception):
    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = max(1, math.ceil(seconds))


class Attempt:
    """One login attempt of a (user name, address) pair.

    ``begin`` raises Throttled when the pair must wait; otherwise the caller
    checks the credentials and then calls ``failed`` or ``succeeded``.
    """

    def __init__(self, username: str, address: str):
        self.username = username
        self.address = address
        self.key = _pair_key(username, address)
        self.claim_key = None

    def begin(self) -> None:
        state = cache.get(self.key)
        failures = state.get("failures", 0) if isinstance(state, dict) else 0
        until = state.get("until", 0) if isinstance(state, dict) else 0
        wait = until - now()
        if wait > 0:
            raise Throttled(wait)
        # One attempt at a time per pair: a burst of parallel requests does not
        # get a guess each. A cache that keeps nothing claims nothing.
        claim_key = f"{self.key}:claim:{failures}"
        if not cache.add(claim_key, 1, CLAIM_SECONDS) and cache.get(claim_key) is not None:
            raise Throttled(1)
        self.claim_key = claim_key

    def release(self) -> None:
        if self.claim_key:
            cache.delete(self.claim_key)
            self.claim_key = None

    def failed(self) -> None:
        at = now()
        forget = _setting("LOGIN_FORGET_SECONDS")
        window = _setting("LOGIN_ADDRESS_WINDOW_SECONDS")
        over = _incr(_address_key(self.address, at), window) > _setting("LOGIN_ADDRESS_CEILING")
        # Read-modify-write: the claim in ``begin`` keeps one attempt per pair
        # in flight, so two failures of one pair rarely race here.
        state = cache.get(self.key)
        failures = (state.get("failures", 0) if isinstance(state, dict) else 0) + 1
        free = 1 if over else _setting("LOGIN_FREE_FAILURES")
        until = at + backoff_seconds(failures, free)
        state = {"failures": failures, "until": until}
        # add() first: a cache answering from local memory during a Redis
        # outage keeps only keys created with add().
        if not cache.add(self.key, state, forget):
            cache.set(self.key, state, forget)
        self.release()

    def succeeded(self) -> None:
        cache.delete(self.key)
        self.release()


def wait_text(seconds: int) -> str:
    if seconds < 60:
        return ngettext("%(count)d segundo", "%(count)d segundos", seconds) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext("%(count)d minuto", "%(count)d minutos", minutes) % {"count": minutes}


class RateLimitedAdminAuthenticationForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "rate_limited": _(
            "Demasiados intentos fallidos con este usuario desde esta conexión. "
            "Espere %(wait)s antes de volver a intentarlo."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        password = self.cleaned_data.get("password") or ""
        if not username or not password:
            return super().clean()
        attempt = Attempt(username, client_address(self.request))
        try:
            attempt.begin()
        except Throttled as throttled:
            raise ValidationError(
                self.error_messages["rate_limited"],
                code="rate_limited",
                params={"wait": wait_text(throttled.seconds)},
            ) from None
        try:
            cleaned = super().clean()
        except ValidationError:
            attempt.failed()
            raise
        except BaseException:
            attempt.release()
            raise
        attempt.succeeded()
        return cleaned
