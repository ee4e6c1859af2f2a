"""Splitting long id lists so each statement stays under the databases' parameter limits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice


def chunked(items: Iterable, size: int = 500) -> Iterator[list]:
    """Consecutive lists of at most ``size`` items (SQLite allows 32,766 parameters)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk
