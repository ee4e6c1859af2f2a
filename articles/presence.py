"""Who has an article open in the admin: a heartbeat kept in the shared cache.

Each open change form posts a heartbeat every ~30 s; the entries of one
article live under one cache key for a short time. When the cache is down
(the Redis backend turns failures into misses) nobody is shown, and nothing
else changes. Two heartbeats landing at the same instant may drop one entry
until its next beat: presence is a hint, not a lock (versions are the lock).
"""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

TIMEOUT = datetime.timedelta(seconds=75)


@dataclass(frozen=True)
class Presence:
    name: str
    seconds: int  # since the last heartbeat


def _key(article_id) -> str:
    return f"article-presence:{article_id}"


def display_name(user) -> str:
    return user.get_full_name().strip() or user.get_username()


def visible_others(entries: dict, *, own_key: str, now: datetime.datetime) -> list[Presence]:
    """The entries other than ``own_key`` seen within TIMEOUT, most recent first."""
    cutoff = (now - TIMEOUT).timestamp()
    others = [
        Presence(name=entry["name"], seconds=max(0, int(now.timestamp() - entry["seen"])))
        for key, entry in entries.items()
        if key != own_key and entry["seen"] >= cutoff
    ]
    return sorted(others, key=lambda p: (p.seconds, p.name))


def heartbeat(article_id, *, user, session_key: str) -> list[Presence]:
    """Record that ``user`` has the article open in the session ``session_key``;
    return who else has it open (other people, or the same person in another
    browser, where a save would conflict just the same)."""
    now = timezone.now()
    entries = cache.get(_key(article_id)) or {}
    current = {
        key: entry for key, entry in entries.items() if entry["seen"] >= (now - TIMEOUT).timestamp()
    }
    current[session_key] = {"name": display_name(user), "seen": now.timestamp()}
    cache.set(_key(article_id), current, timeout=int(TIMEOUT.total_seconds()))
    return visible_others(current, own_key=session_key, now=now)
