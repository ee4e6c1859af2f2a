"""The registry: every linkable name variant, in memory, behind an Aho–Corasick automaton.

``Registry.load()`` reads the database once (two queries); the pure
extractor then never touches the database. Entities discovered while linking
are added in memory (``add_institution`` / ``add_official``) so the next article
links them; they go to a small second automaton that is folded into the main
one every few hundred additions, so adding a name costs microseconds, not a
full rebuild.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from people.mentions.names import tokens
from people.mentions.text import normalize_alias

OFFICIAL, INSTITUTION = "official", "institution"
DISCOVERED, VERIFIED, REJECTED = "discovered", "verified", "rejected"

_REBUILD_AFTER = 256


@dataclass(frozen=True)
class AliasEntry:
    """One name variant of one entity, as the matcher needs it."""

    key: str  # normalize_alias(name)
    name: str
    entity: str  # OFFICIAL or INSTITUTION
    entity_id: int
    auto_link: bool = True
    kind: str = "full"
    caps: tuple[int, ...] = ()  # offsets in the span that must be upper case in the text
    exact: bool = False  # a one-word acronym: every letter must be upper case


@dataclass
class InstitutionRecord:
    id: int
    name: str
    acronym: str = ""
    jurisdiction: str = ""
    parent_id: int | None = None
    status: str = VERIFIED


@dataclass
class OfficialRecord:
    id: int
    name: str
    status: str = VERIFIED
    names: list[str] = field(default_factory=list)  # every full-name variant


def _collapse(name: str) -> str:
    return " ".join(name.replace("-", " ").replace("‐", " ").replace("–", " ").split())


def make_entry(
    name: str, entity: str, entity_id: int, *, auto_link: bool = True, kind: str = "full"
) -> AliasEntry | None:
    key = normalize_alias(name)
    if not key:
        return None
    shape = _collapse(name)
    exact = " " not in shape and shape.upper() == shape and any(c.isalpha() for c in shape)
    caps: tuple[int, ...] = ()
    if len(shape) == len(key):
        if exact:
            caps = tuple(i for i, c in enumerate(shape) if c.isalpha())
        else:
            caps = tuple(
                i for i, c in enumerate(shape) if c.isupper() and (i == 0 or shape[i - 1] == " ")
            )
    return AliasEntry(key, name, entity, entity_id, auto_link, kind, caps, exact)


class Registry:
    """Known officials and institutions and their aliases, ready to match."""

    def __init__(self):
        self.institutions: dict[int, InstitutionRecord] = {}
        self.officials: dict[int, OfficialRecord] = {}
        self._entries: dict[str, list[AliasEntry]] = defaultdict(list)
        self._official_entries: dict[int, list[AliasEntry]] = defaultdict(list)
        self.rejected_officials: set[str] = set()
        self.rejected_institutions: set[str] = set()
        # (first given name, paternal, maternal) and (first given name, paternal surname)
        # -> officials: compatible names share one of these keys.
        self._by_full: dict[tuple, set[int]] = defaultdict(set)
        self._by_given_paternal: dict[tuple, set[int]] = defaultdict(set)
        self._two_token: set[int] = set()
        self._main = None
        self._main_keys: set[str] = set()
        self._extra = None
        self._extra_keys: set[str] = set()
        self._extra_dirty = False
        self._next_id = -1
        self._uncommitted: list[list] = []  # [on-commit callback, undo], emptied on commit
        # Every alias key added, in order: ``version`` is its length. A copy of this
        # registry (a forked worker) shares ``lineage``, so an extraction made there
        # can be checked here against what was learned since (``learned_since``).
        self.lineage = uuid.uuid4().hex
        self._journal: list[str] = []
        self._delta: tuple[int, int, object] | None = None  # (since, upto, automaton)
        # What was added or forgotten since ``record_changes()``, as (method, args,
        # kwargs): a forked copy replays it to catch up (``replay``). None: not kept.
        self._changes: list[tuple] | None = None
        # Positions of officials, kept by the linker across batches (linking.PositionCache).
        self.positions = None
        # Posts with a registry term, for role-at-date (role_at_date.HolderIndex).
        self.role_holders = None

    # ------------------------------------------------------------------ building

    @classmethod
    def load(cls) -> Registry:
        """Read every linkable alias, and every rejected name, from the database.

        Two queries whatever the size of the registry: institutions with their
        aliases, officials with theirs (a LEFT JOIN each, one row per alias).
        """
        from people.models import Institution, Official

        registry = cls()
        named: set[tuple[str, int]] = set()
        rows = Institution.objects.order_by().values_list(
            "id",
            "name",
            "acronym",
            "jurisdiction",
            "parent_id",
            "status",
            "merged_into_id",
            "aliases__name",
            "aliases__kind",
            "aliases__auto_link",
        )
        for pk, name, acronym, jurisdiction, parent_id, status, merged, alias, kind, auto in rows:
            if status == REJECTED:
                registry.rejected_institutions.add(normalize_alias(name))
                if alias:
                    registry.rejected_institutions.add(normalize_alias(alias))
                continue
            if merged is not None:
                continue
            if pk not in registry.institutions:
                registry.institutions[pk] = InstitutionRecord(
                    pk, name, acronym, jurisdiction, parent_id, status
                )
            if alias:
                entry = make_entry(alias, INSTITUTION, pk, auto_link=auto, kind=kind)
                registry._add_entry(entry)
                if entry and entry.key == normalize_alias(name):
                    named.add((INSTITUTION, pk))
        rows = Official.objects.order_by().values_list(
            "id",
            "name",
            "status",
            "merged_into_id",
            "aliases__name",
            "aliases__kind",
            "aliases__auto_link",
        )
        for pk, name, status, merged, alias, kind, auto in rows:
            if status == REJECTED:
                registry.rejected_officials.add(normalize_alias(name))
                if alias:
                    registry.rejected_officials.add(normalize_alias(alias))
                continue
            if merged is not None:
                continue
            record = registry.officials.get(pk)
            if record is None:
                record = registry.officials[pk] = OfficialRecord(pk, name, status, [name])
            if alias:
                entry = make_entry(alias, OFFICIAL, pk, auto_link=auto, kind=kind)
                registry._add_entry(entry)
                if entry and entry.key == normalize_alias(name):
                    named.add((OFFICIAL, pk))
                elif kind == "full" and auto and alias not in record.names:
                    record.names.append(alias)
        # An entity an editor created without an alias row still matches by its name.
        for pk, record in registry.institutions.items():
            if (INSTITUTION, pk) not in named:
                registry._add_entry(make_entry(record.name, INSTITUTION, pk))
        for pk, record in registry.officials.items():
            if (OFFICIAL, pk) not in named:
                registry._add_entry(make_entry(record.name, OFFICIAL, pk))
        registry._build_main()
        return registry

    @classmethod
    def from_records(
        cls, *, institutions: Iterable[dict] = (), officials: Iterable[dict] = ()
    ) -> Registry:
        """An in-memory registry, for tests and benchmarks.

        Each record is a dict: ``{"id": 1, "name": "...", "acronym": "IMSS",
        "jurisdiction": "MX", "status": "verified", "aliases": ["IMSS",
        {"name": "Seguro Social", "kind": "short", "auto_link": True}]}``.
        Officials take ``id``, ``name``, ``status`` and ``aliases``. Records with
        ``status="rejected"`` only feed the never-rediscover lists.
        """
        registry = cls()
        for record in institutions:
            registry.add_institution(
                InstitutionRecord(
                    record.get("id") or registry._new_id(),
                    record["name"],
                    record.get("acronym", ""),
                    record.get("jurisdiction", ""),
                    record.get("parent_id"),
                    record.get("status", VERIFIED),
                ),
                record.get("aliases", ()),
                name_auto_link=record.get("name_auto_link", True),
                rebuild=False,
            )
        for record in officials:
            registry.add_official(
                OfficialRecord(
                    record.get("id") or registry._new_id(),
                    record["name"],
                    record.get("status", VERIFIED),
                ),
                record.get("aliases", ()),
                rebuild=False,
            )
        registry._build_main()
        return registry

    def _new_id(self) -> int:
        self._next_id -= 1
        return self._next_id

    # ------------------------------------------------- copies that catch up

    def record_changes(self) -> None:
        """Keep, from now on, every addition and forgetting, for copies to replay."""
        if self._changes is None:
            self._changes = []

    @property
    def change_count(self) -> int:
        return len(self._changes) if self._changes is not None else 0

    def changes_since(self, start: int) -> list[tuple]:
        return list(self._changes[start:]) if self._changes is not None else []

    def replay(self, changes: list[tuple]) -> None:
        """Apply ``changes`` (``changes_since`` of the original) to this copy, in order:
        its journal then stays a prefix of the original's, so an extraction made
        here is checked there against only what was learned after it."""
        kept, self._changes = self._changes, None  # a copy keeps no log of its own
        try:
            for method, args, kwargs in changes:
                getattr(self, method)(*args, **kwargs)
        finally:
            self._changes = kept

    def _log(self, method: str, *args, **kwargs) -> None:
        if self._changes is not None:
            self._changes.append((method, args, kwargs))

    # ----------------------------------------------------------------- additions

    def add_institution(
        self, record: InstitutionRecord, aliases=(), *, name_auto_link=True, rebuild=True
    ) -> None:
        aliases = list(aliases)
        self._log("add_institution", record, aliases, name_auto_link=name_auto_link)
        if record.status == REJECTED:
            self.rejected_institutions.add(normalize_alias(record.name))
            for alias in aliases:
                self.rejected_institutions.add(normalize_alias(_alias_name(alias)))
            return
        self.institutions[record.id] = record
        own = {normalize_alias(_alias_name(a)) for a in aliases}
        if normalize_alias(record.name) not in own:
            self._add_entry(
                make_entry(record.name, INSTITUTION, record.id, auto_link=name_auto_link),
                rebuild=rebuild,
            )
        for alias in aliases:
            name, kind, auto = _alias_parts(alias)
            self._add_entry(
                make_entry(name, INSTITUTION, record.id, auto_link=auto, kind=kind), rebuild=rebuild
            )

    def add_official(self, record: OfficialRecord, aliases=(), *, rebuild=True) -> None:
        aliases = list(aliases)
        self._log("add_official", record, aliases)
        if record.status == REJECTED:
            self.rejected_officials.add(normalize_alias(record.name))
            for alias in aliases:
                self.rejected_officials.add(normalize_alias(_alias_name(alias)))
            return
        if not record.names:
            record.names = [record.name]
        self.officials[record.id] = record
        own = {normalize_alias(_alias_name(a)) for a in aliases}
        if normalize_alias(record.name) not in own:
            self._add_entry(make_entry(record.name, OFFICIAL, record.id), rebuild=rebuild)
        for alias in aliases:
            name, kind, auto = _alias_parts(alias)
            self._add_entry(
                make_entry(name, OFFICIAL, record.id, auto_link=auto, kind=kind), rebuild=rebuild
            )
            if kind == "full" and auto and name not in record.names:
                record.names.append(name)

    def add_alias(self, entity: str, entity_id: int, name: str, *, auto_link=True, kind="full"):
        self._log("add_alias", entity, entity_id, name, auto_link=auto_link, kind=kind)
        self._add_entry(make_entry(name, entity, entity_id, auto_link=auto_link, kind=kind))
        if entity == OFFICIAL and kind == "full" and auto_link and entity_id in self.officials:
            names = self.officials[entity_id].names
            if name not in names:
                names.append(name)

    def _add_entry(self, entry: AliasEntry | None, *, rebuild=False) -> None:
        if entry is None:
            return
        bucket = self._entries[entry.key]
        if any(e.entity == entry.entity and e.entity_id == entry.entity_id for e in bucket):
            return
        bucket.append(entry)
        self._journal.append(entry.key)
        if entry.entity == OFFICIAL:
            self._official_entries[entry.entity_id].append(entry)
            if entry.auto_link and entry.kind in ("full", "short"):
                self._index_person(entry.name, entry.entity_id)
        if self._main is not None and entry.key not in self._main_keys:
            if entry.key not in self._extra_keys:
                self._extra_keys.add(entry.key)
                self._extra_dirty = True
            if len(self._extra_keys) > _REBUILD_AFTER:
                self._build_main()

    def _index_person(self, name: str, official_id: int) -> None:
        parts = tokens(name)
        if len(parts) >= 3:
            self._by_full[(parts[0], parts[-2], parts[-1])].add(official_id)
            self._by_given_paternal[(parts[0], parts[-2])].add(official_id)
        elif len(parts) == 2:
            self._by_given_paternal[(parts[0], parts[1])].add(official_id)
            self._two_token.add(official_id)

    # ------------------------------------------- entities created in a transaction

    def created(self, entity: str, entity_id: int) -> None:
        """Remember that this process just created ``entity_id`` in the database.

        If the surrounding transaction rolls back, the row is gone: the next
        ``forget_rolled_back`` drops it from memory, so no later article links
        to a row that does not exist.
        """
        self.undo_on_rollback(lambda: self.forget(entity, entity_id))

    def undo_on_rollback(self, undo) -> None:
        """Call ``undo()`` at the next ``forget_rolled_back`` if the current transaction
        (or savepoint) is rolled back; forget it once it commits."""
        from django.db import connection, transaction

        entry = []

        def committed():
            entry.clear()

        entry.extend([committed, undo])
        self._uncommitted.append(entry)
        transaction.on_commit(committed)  # runs at once outside a transaction
        if not connection.in_atomic_block:
            self._uncommitted.remove(entry)

    def forget_rolled_back(self) -> None:
        """Undo what was learned in a transaction (or savepoint) that was rolled back.

        Django discards the on-commit callbacks of a rolled-back block; an entry
        whose callback is neither run nor queued any more was rolled back.
        """
        if not self._uncommitted:
            return
        from django.db import connection

        queued = {id(func) for _sids, func, _robust in connection.run_on_commit}
        keep = []
        for entry in self._uncommitted:
            if not entry:
                continue  # committed
            callback, undo = entry
            if id(callback) in queued:
                keep.append(entry)
            else:
                undo()
        self._uncommitted = keep

    def forget(self, entity: str, entity_id: int) -> None:
        """Remove an entity and its aliases from memory (its row no longer exists)."""
        self._log("forget", entity, entity_id)
        if entity == OFFICIAL:
            self.officials.pop(entity_id, None)
            self._official_entries.pop(entity_id, None)
        else:
            self.institutions.pop(entity_id, None)
        for key, bucket in self._entries.items():
            if any(e.entity == entity and e.entity_id == entity_id for e in bucket):
                self._entries[key] = [
                    e for e in bucket if not (e.entity == entity and e.entity_id == entity_id)
                ]

    # ------------------------------------------------------------------ automata

    def _build_main(self) -> None:
        automaton = ahocorasick.Automaton()
        for key in self._entries:
            automaton.add_word(key, key)
        if len(automaton):
            automaton.make_automaton()
        self._main = automaton
        self._main_keys = set(self._entries)
        self._extra = None
        self._extra_keys = set()
        self._extra_dirty = False

    def _extra_automaton(self):
        if self._extra_dirty:
            automaton = ahocorasick.Automaton()
            for key in self._extra_keys:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self._extra = automaton
            self._extra_dirty = False
        return self._extra if self._extra_keys else None

    def scan(self, matching: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest alias hits in the folded matching text: (start, end, key)."""
        if self._main is None:
            self._build_main()
        hits = (
            [(end + 1 - len(key), end + 1, key) for end, key in self._main.iter_long(matching)]
            if len(self._main)
            else []
        )
        extra = self._extra_automaton()
        if extra is not None:
            more = [(end + 1 - len(key), end + 1, key) for end, key in extra.iter_long(matching)]
            if more:
                hits.extend(more)
                hits.sort(key=lambda h: (h[0], h[0] - h[1]))
                kept, last = [], -1
                for hit in hits:
                    if hit[0] >= last:
                        kept.append(hit)
                        last = hit[1]
                hits = kept
        return hits

    # ------------------------------------------------- what changed since a copy

    @property
    def version(self) -> int:
        """How many aliases were added so far; grows, never shrinks."""
        return len(self._journal)

    def learned_since(self, version: int, matching: str) -> bool:
        """Does ``matching`` (a folded matching text) hold, as a whole word, an alias
        added after ``version``? False when nothing was added since."""
        upto = len(self._journal)
        if version >= upto:
            return False
        if self._delta is None or self._delta[:2] != (version, upto):
            automaton = ahocorasick.Automaton()
            for key in set(self._journal[version:]):
                automaton.add_word(key, len(key))
            automaton.make_automaton()
            self._delta = (version, upto, automaton)
        for end, size in self._delta[2].iter(matching):
            start = end + 1 - size
            if (start == 0 or not matching[start - 1].isalnum()) and (
                end + 1 == len(matching) or not matching[end + 1].isalnum()
            ):
                return True
        return False

    # ------------------------------------------------------------------- lookups

    def entries(self, key: str) -> list[AliasEntry]:
        return self._entries.get(key, [])

    def official_aliases(self, official_id: int) -> list[AliasEntry]:
        return self._official_entries.get(official_id, [])

    def institutions_named(self, key: str) -> list[InstitutionRecord]:
        return [
            self.institutions[e.entity_id]
            for e in self._entries.get(key, ())
            if e.entity == INSTITUTION and e.entity_id in self.institutions
        ]

    def compatible_officials(self, name: str) -> set[int]:
        """Officials whose registered names are token-compatible with ``name``."""
        from people.mentions.names import compatible

        parts = tokens(name)
        if len(parts) >= 3:
            candidates = self._by_full.get((parts[0], parts[-2], parts[-1]), set()) | {
                oid
                for oid in self._by_given_paternal.get((parts[0], parts[-2]), ())
                if oid in self._two_token
            }
        elif len(parts) == 2:
            candidates = self._by_given_paternal.get((parts[0], parts[1]), set())
        else:
            return set()
        return {
            oid
            for oid in candidates
            if oid in self.officials
            and any(compatible(name, n) or compatible(n, name) for n in self.officials[oid].names)
        }

    def __len__(self) -> int:
        return sum(len(v) for v in self._entries.values())


def _alias_name(alias) -> str:
    return alias if isinstance(alias, str) else alias["name"]


def _alias_parts(alias) -> tuple[str, str, bool]:
    if isinstance(alias, str):
        shape = _collapse(alias)
        kind = "acronym" if " " not in shape and shape.isupper() else "full"
        return alias, kind, True
    return alias["name"], alias.get("kind", "full"), alias.get("auto_link", True)
