"""The database side: store what ``extract_mentions`` found for saved articles.

``link_article`` and ``link_articles`` replace an article's automatic
(non-manual) mentions with what its text mentions now, create discovered
officials and institutions (status "discovered", the introducing sentence as
evidence, their aliases and Position), and widen Position dates to the
article's date. Manual mentions are never touched. A batch costs a fixed number
of queries plus a few per entity discovered for the first time.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from django.db import connection, transaction
from django.utils import timezone

from people.mentions.extraction import default_jurisdiction, extract_mentions
from people.mentions.records import Extraction, InstitutionRef
from people.mentions.registry import (
    Registry,
)
from people.mentions.store import EntityStore
from people.mentions.text import normalize_alias
from people.models import (
    EntityStatus,
    Position,
)

ARTICLE_FIELDS = ("id", "title", "deck", "highlights", "body", "published_at")


@dataclass
class LinkResult:
    """What linking one article did."""

    article_id: int
    extraction: Extraction
    official_ids: list[int] = field(default_factory=list)
    institution_ids: list[int] = field(default_factory=list)
    discovered_officials: list[int] = field(default_factory=list)
    discovered_institutions: list[int] = field(default_factory=list)


@dataclass
class LinkStats:
    articles: int = 0
    official_mentions: int = 0
    institution_mentions: int = 0
    discovered_officials: int = 0
    discovered_institutions: int = 0
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def add(self, result: LinkResult) -> None:
        self.articles += 1
        self.official_mentions += len(result.official_ids)
        self.institution_mentions += len(result.institution_ids)
        self.discovered_officials += len(result.discovered_officials)
        self.discovered_institutions += len(result.discovered_institutions)


def link_article(article, registry: Registry | None = None, *, jurisdiction: str | None = None):
    """Link one saved article; returns a LinkResult."""
    registry = registry if registry is not None else Registry.load()
    # Inside the importer's per-file transaction no savepoint is needed: a failure
    # rolls the whole file back anyway.
    with transaction.atomic(savepoint=not connection.in_atomic_block):
        linker = _Linker(registry, jurisdiction)
        result = linker.plan(article)
        linker.apply()
    return result


def link_articles(
    articles: Iterable,
    registry: Registry | None = None,
    batch_size: int = 500,
    *,
    jurisdiction: str | None = None,
) -> LinkStats:
    """Link many saved articles, one transaction per batch; returns LinkStats."""
    registry = registry if registry is not None else Registry.load()
    stats = LinkStats()
    started = time.perf_counter()
    for batch in _chunks(articles, batch_size):
        with transaction.atomic():
            linker = _Linker(registry, jurisdiction)
            for article in batch:
                stats.add(linker.plan(article))
            linker.apply()
    stats.seconds = time.perf_counter() - started
    return stats


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def article_day(article) -> date | None:
    if article.published_at is None:
        return None
    if timezone.is_aware(article.published_at):
        return timezone.localtime(article.published_at).date()
    return article.published_at.date()


@dataclass
class _Planned:
    article: object
    day: date | None
    officials: dict[int, tuple[int, str, str, int | None]]  # id -> (count, snippet, role, inst)
    institutions: dict[int, tuple[int, str]]
    posts: list[tuple[int, int | None, str, str]]  # (official, institution, role, area)


class _Linker:
    def __init__(self, registry: Registry, jurisdiction: str | None):
        self.registry = registry
        self.jurisdiction = default_jurisdiction() if jurisdiction is None else jurisdiction
        self.store = EntityStore(registry, self.jurisdiction)
        self.planned: list[_Planned] = []

    # ------------------------------------------------------------------ planning

    def plan(self, article) -> LinkResult:
        self.registry.forget_rolled_back()
        day = article_day(article)
        extraction = extract_mentions(
            article.title,
            article.deck,
            article.highlights or (),
            article.body,
            registry=self.registry,
            published_on=day,
            jurisdiction=self.jurisdiction,
        )
        result = LinkResult(article.pk, extraction)
        inst_ids: dict[tuple[str, str], int] = {}

        def institution_id(ref, evidence="") -> int | None:
            if ref is None:
                return None
            if ref.id is not None:
                return ref.id
            key = (ref.key or normalize_alias(ref.name), ref.jurisdiction)
            if key not in inst_ids:
                inst_ids[key] = self.store.institution_id(ref, evidence, result)
            return inst_ids[key]

        institutions: dict[int, tuple[int, str]] = {}
        for hit in extraction.institutions:
            ref = InstitutionRef(
                hit.name, hit.id, hit.key, hit.jurisdiction, hit.acronym, hit.aliases
            )
            pk = institution_id(ref, hit.evidence)
            if pk is None:
                continue
            if hit.id is not None and hit.aliases:
                self.store.learn_institution_aliases(pk, hit.aliases)
            count, snippet = institutions.get(pk, (0, hit.snippet))
            institutions[pk] = (count + hit.count, snippet)

        officials: dict[int, tuple[int, str, str, int | None]] = {}
        posts = []
        for hit in extraction.officials:
            pk = self.store.official_id(hit, result)
            if pk is None:
                continue
            inst = institution_id(hit.institution_ref, hit.evidence)
            if hit.id is not None and hit.aliases:
                self.store.learn_official_aliases(pk, hit.aliases)
            previous = officials.get(pk)
            if previous:
                officials[pk] = (
                    previous[0] + hit.count,
                    previous[1],
                    previous[2] or hit.role,
                    previous[3] or inst,
                )
            else:
                officials[pk] = (hit.count, hit.snippet, hit.role[:200], inst)
            if hit.position_role and not hit.past:
                posts.append((pk, inst, hit.position_role, hit.area))
        result.official_ids = list(officials)
        result.institution_ids = list(institutions)
        self.planned.append(_Planned(article, day, officials, institutions, posts))
        return result

    # ------------------------------------------------------------------- writing

    def apply(self) -> None:
        if not self.planned:
            return
        from articles.models import InstitutionMention, OfficialMention

        article_ids = [p.article.pk for p in self.planned]
        self._apply_mentions(
            OfficialMention,
            "official_id",
            article_ids,
            {
                p.article.pk: {
                    pk: {"count": c, "snippet": s, "role": r, "institution_id": i}
                    for pk, (c, s, r, i) in p.officials.items()
                }
                for p in self.planned
            },
            ("count", "snippet", "role", "institution_id"),
        )
        self._apply_mentions(
            InstitutionMention,
            "institution_id",
            article_ids,
            {
                p.article.pk: {
                    pk: {"count": c, "snippet": s} for pk, (c, s) in p.institutions.items()
                }
                for p in self.planned
            },
            ("count", "snippet"),
        )
        self._apply_positions()
        self.planned = []

    def _apply_mentions(self, model, entity_field, article_ids, desired, fields) -> None:
        # Plain SQL for the read: the ORM's query building costs more than the query.
        opts = model._meta
        columns = ["id", "article_id", entity_field, "manual", *fields]
        existing = _select(
            f"SELECT {', '.join(opts.get_field(c).column for c in columns)} "
            f"FROM {opts.db_table} WHERE article_id IN ({', '.join(['%s'] * len(article_ids))})",
            article_ids,
        )
        to_delete, to_update = [], []
        seen = set()
        for row in existing:
            pk, article_id, entity_id, manual = row[:4]
            current = dict(zip(fields, row[4:], strict=True))
            seen.add((article_id, entity_id))
            if manual:
                continue
            wanted = desired.get(article_id, {}).get(entity_id)
            if wanted is None:
                to_delete.append(pk)
            elif wanted != current:
                to_update.append(model(pk=pk, **wanted))
        new = [
            model(article_id=article_id, **{entity_field: entity_id}, **values)
            for article_id, rows in desired.items()
            for entity_id, values in rows.items()
            if (article_id, entity_id) not in seen
        ]
        if to_delete:
            model.objects.filter(pk__in=to_delete).delete()
        if to_update:
            model.objects.bulk_update(to_update, list(fields))
        if new:
            model.objects.bulk_create(new)

    def _apply_positions(self) -> None:
        wanted = [(p, post) for p in self.planned for post in p.posts]
        if not wanted:
            return
        official_ids = {post[0] for _, post in wanted}
        by_official: dict[int, list[Position]] = {}
        ids = list(official_ids)
        for row in _select(
            f"SELECT id, official_id, institution_id, role, area, start_date, end_date, "
            f"source_article_id FROM {Position._meta.db_table} "
            f"WHERE official_id IN ({', '.join(['%s'] * len(ids))})",
            ids,
        ):
            pk, official_id, inst_id, role, area, start, end, source = row
            position = Position(
                pk=pk,
                official_id=official_id,
                institution_id=inst_id,
                role=role,
                area=area,
                start_date=_as_date(start),
                end_date=_as_date(end),
                source_article_id=source,
            )
            by_official.setdefault(official_id, []).append(position)
        changed: dict[int, Position] = {}
        new: list[Position] = []
        for planned, (official_id, inst_id, role, area) in wanted:
            day = planned.day
            positions = by_official.setdefault(official_id, [])
            position = _matching_position(positions, inst_id, role)
            if position is None:
                position = Position(
                    official_id=official_id,
                    institution_id=inst_id,
                    role=role[:200],
                    area=area[:200],
                    start_date=day,
                    end_date=day,
                    source_article_id=planned.article.pk,
                    status=EntityStatus.DISCOVERED,
                )
                positions.append(position)
                new.append(position)
                continue
            dirty = False
            if day is not None:
                if position.start_date is None or day < position.start_date:
                    position.start_date, dirty = day, True
                if position.end_date is None or day > position.end_date:
                    position.end_date, dirty = day, True
            if position.source_article_id is None:
                position.source_article_id, dirty = planned.article.pk, True
            if not position.area and area:
                position.area, dirty = area[:200], True
            if dirty and position.pk is not None:
                changed[position.pk] = position
        if new:
            Position.objects.bulk_create(new)
        if changed:
            Position.objects.bulk_update(
                list(changed.values()), ["start_date", "end_date", "source_article", "area"]
            )


def _select(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


def _as_date(value) -> date | None:
    """SQLite hands dates back as text; PostgreSQL as dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _matching_position(positions: list[Position], inst_id: int | None, role: str):
    """The post this mention evidences: same institution and role, or same institution
    and the same title word ("Director" and "Director general" of the IMSS)."""
    role_key = normalize_alias(role)
    head = role_key.split(" ", 1)[0]
    same_inst = [p for p in positions if p.institution_id == inst_id]
    for position in same_inst:
        if normalize_alias(position.role) == role_key:
            return position
    if inst_id is None:
        # "el presidente López Obrador": the one post of the official with that title.
        titled = [p for p in positions if normalize_alias(p.role).split(" ", 1)[0] == head]
        return titled[0] if len(titled) == 1 else None
    for position in same_inst:
        if normalize_alias(position.role).split(" ", 1)[0] == head:
            return position
    return None
