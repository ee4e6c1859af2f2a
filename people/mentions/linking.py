"""The database side: store what ``extract_mentions`` found for saved articles.

``link_article`` and ``link_articles`` replace an article's automatic
(non-manual) mentions with what its text mentions now, create discovered
officials and institutions (status "discovered", the introducing sentence as
evidence, their aliases and Position), widen Position dates to the
article's date, and record the article as the post's evidence (PositionEvidence:
it dates the post for the public once the article is published). Manual
mentions are never touched. A batch costs a fixed number of queries plus a few
per entity discovered for the first time.

The importer extracts in its worker processes (``extract_for_linking``) and hands
the extractions to ``link_articles``; an extraction whose text names something the
registry learned after the worker's copy was made is redone here, so the result is
the one a single process would give. The copies catch up a window at a time
(``Registry.replay`` of what the run's registry learned), so only what was learned
in the last window or two can make an extraction be redone. Positions read once are
kept on the registry (``PositionCache``) for the rest of the run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from newsroom.batching import chunked, update_rows
from people import visibility
from people.mentions import lexicon as lx
from people.mentions import role_at_date
from people.mentions.extraction import (
    default_jurisdiction,
    extract_mentions,
    issuer_institutions,
    issuing_body,
    secretary_of_issuing_town,
    works_for_issuer,
)
from people.mentions.institutions import lookup_institution
from people.mentions.locking import hold_writers_lock
from people.mentions.records import Extraction, InstitutionRef
from people.mentions.registry import OFFICIAL, Registry
from people.mentions.states import location_town, primary_state
from people.mentions.store import EntityStore
from people.mentions.text import fold, fold_word, normalize_alias
from people.models import (
    ArticleLink,
    EntityStatus,
    InferredLink,
    InstitutionMention,
    LinkSuppression,
    OfficialMention,
    Position,
    PositionEvidence,
)

ARTICLE_FIELDS = (
    "id",
    "title",
    "deck",
    "highlights",
    "body",
    "published_at",
    "location",
    "dateline_city",
    "issuer",
)


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


def link_article(
    article,
    registry: Registry | None = None,
    *,
    jurisdiction: str | None = None,
    extraction: Extraction | None = None,
):
    """Link one saved article; returns a LinkResult.

    ``extraction``: what ``extract_for_linking`` found in this article's text, if
    already known (see ``link_articles``).
    """
    registry = registry if registry is not None else Registry.load()
    # Inside the importer's per-file transaction no savepoint is needed: a failure
    # rolls the whole file back anyway.
    with transaction.atomic(savepoint=not connection.in_atomic_block):
        linker = _Linker(registry, jurisdiction)
        result = linker.plan(article, extraction)
        linker.apply()
    return result


def link_edited_article(
    article, *, removed: Iterable = (), linked_before=((), (), ())
) -> LinkResult:
    """Link an article an editor just saved, keeping what the editor decided.

    ``removed``: the OfficialMention and InstitutionMention rows the editor deleted;
    each becomes a ``LinkSuppression``, so relinking never brings it back. A link
    the editor (re)added by hand lifts its suppression. Then the article is linked
    like any other: manual links are never touched. ``linked_before``: what the
    article linked before the editor's changes (``visibility.linked_to``).
    """
    removed = list(removed)
    with transaction.atomic(savepoint=not connection.in_atomic_block):
        rows = []
        for mention in removed:
            if isinstance(mention, OfficialMention):
                rows.append(LinkSuppression(article_id=article.pk, official_id=mention.official_id))
            elif isinstance(mention, InstitutionMention):
                rows.append(
                    LinkSuppression(article_id=article.pk, institution_id=mention.institution_id)
                )
        if rows:
            LinkSuppression.objects.bulk_create(rows, ignore_conflicts=True)
        manual_officials = OfficialMention.objects.filter(article=article, manual=True)
        manual_institutions = InstitutionMention.objects.filter(article=article, manual=True)
        LinkSuppression.objects.filter(article=article).filter(
            Q(official__in=manual_officials.values("official"))
            | Q(institution__in=manual_institutions.values("institution"))
        ).delete()
        result = link_article(article, registry=Registry.load())
        # What the editor unlinked may have lost the only article that showed it
        # (what the article links now, the linker refreshed).
        officials, institutions, positions = (set(rows) for rows in linked_before)
        for mention in removed:
            institutions.add(mention.institution_id)
            if isinstance(mention, OfficialMention):
                officials.add(mention.official_id)
        visibility.refresh(officials, institutions, positions)
        return result


def link_articles(
    articles: Iterable,
    registry: Registry | None = None,
    batch_size: int = 500,
    *,
    jurisdiction: str | None = None,
    extractions: Iterable[Extraction | None] | None = None,
    fresh: bool = False,
) -> LinkStats:
    """Link many saved articles, one transaction per batch; returns LinkStats.

    ``extractions``, one per article in the same order (None where unknown): what
    ``extract_for_linking`` found in each article's current text, computed
    elsewhere (the importer's workers). One made against a copy of ``registry``
    is redone when the text names something the registry learned since; one
    without that record (``basis``) is trusted as it is. ``fresh``: the articles
    were just created, so they have no mentions yet and none are read back.
    """
    registry = registry if registry is not None else Registry.load()
    stats = LinkStats()
    started = time.perf_counter()
    if extractions is None:
        pairs = ((article, None) for article in articles)
    else:
        pairs = zip(articles, extractions, strict=True)
    for batch in chunked(pairs, batch_size):
        with transaction.atomic():
            hold_writers_lock()  # one linking batch at a time across processes
            linker = _Linker(registry, jurisdiction, fresh=fresh)
            for article, extraction in batch:
                stats.add(linker.plan(article, extraction))
            linker.apply()
    stats.seconds = time.perf_counter() - started
    return stats


def extract_for_linking(
    title: str,
    deck: str,
    highlights,
    body: str,
    published_at,
    *,
    registry: Registry,
    jurisdiction: str | None = None,
    location: str = "",
    dateline: str = "",
    issuer: str = "",
) -> Extraction:
    """``extract_mentions`` for an article about to be saved with these fields, as
    ``link_articles(..., extractions=...)`` takes it. No database access: safe in a
    worker process holding a copy of the registry. The state is the article's own
    (``article_state``) unless ``jurisdiction`` is given."""
    extraction, _state = extract_in_state(
        title,
        deck,
        highlights,
        body,
        location=location,
        registry=registry,
        published_on=day_of(published_at),
        jurisdiction=jurisdiction,
        keep_basis=True,
        dateline=dateline,
        issuer=issuer,
    )
    return extraction


def extract_in_state(
    title: str,
    deck: str,
    highlights,
    body: str,
    *,
    location: str,
    registry: Registry,
    published_on: date | None,
    jurisdiction: str | None = None,
    keep_basis: bool = False,
    state: str | None = None,
    dateline: str = "",
    issuer: str = "",
) -> tuple[Extraction, str]:
    """``extract_mentions`` in the article's state; returns the extraction and the state.

    The state is ``jurisdiction`` when given, else the one the article names
    (``article_state``); when it names none, the state bodies it names decide
    ("Fiscalía General de Justicia del Estado de Sonora"), if they agree. ``state``:
    ``article_state``'s answer, when the caller already has it. ``dateline``: the town
    of a dateline the importer took out of the body (``Article.dateline_city``);
    ``issuer``: the press release's issuer it took out (``Article.issuer``).
    """
    if jurisdiction is not None:
        state = jurisdiction
    elif state is None:
        state = article_state(title, deck, highlights, body, location, issuer=issuer)
    # A wire story's dateline stays in its location line ("León, Gto."): the same town.
    dateline = dateline or location_town(location or "")

    def extract(in_state):
        return extract_mentions(
            title,
            deck,
            highlights or (),
            body,
            registry=registry,
            published_on=published_on,
            jurisdiction=in_state,
            keep_basis=keep_basis,
            dateline=dateline,
        )

    extraction = extract(state)
    if jurisdiction is None and not state:
        states = {
            h.jurisdiction.split("/", 1)[0]
            for h in extraction.institutions
            if h.jurisdiction.startswith("MX-")
        }
        if len(states) == 1:
            state = states.pop()
            extraction = extract(state)
    return extraction, state


def article_text(title: str, deck: str, highlights, body: str) -> str:
    return "\n\n".join([title or "", deck or "", *(highlights or ()), body or ""])


def article_state(
    title: str, deck: str, highlights, body: str, location: str = "", *, folded=None, issuer=""
) -> str:
    """The state an article is about, from its location and text (``states``).

    "" when it names none: the newsroom's state is used only when the location
    says the story is local, never as a default.
    """
    text = article_text(title, deck, highlights, body)
    return primary_state(
        text,
        location=location or "",
        home=default_jurisdiction(),
        folded=folded,
        issuer=issuer or "",
    )


def _issuing_office(hit, issuers) -> InstitutionRef | None:
    """The post's body: the press release's issuing office when the official's title names
    it and the text gave the post only to the government ("el secretario general de
    Gobierno" in a bulletin of the "Secretaría General de Gobierno": that secretaría, not
    the state's government), else the one the extraction found."""
    ref = hit.institution_ref
    if not issuers or (ref is not None and not ref.key.startswith(lx.GOVERNMENT_KEYS)):
        return ref
    words = fold_word(hit.role).split()
    noun = lx.OFFICES_OF_TITLES.get(words[0]) if words else None
    if noun is None:
        return ref
    opening = " ".join([noun, *words[1:]])
    offices = [h for h in issuers if h.key == opening or h.key.startswith(opening + " ")]
    if len(offices) != 1 or hit.past:
        return ref
    (office,) = offices
    return InstitutionRef(
        office.name, office.id, office.key, office.jurisdiction, office.acronym, office.aliases
    )


def _written_as_a_body(hit) -> bool:
    """Does the text write the body as a body ("la Secretaría de Salud"), not only as a
    title that implies it ("la secretaria de Salud")?"""
    return any(
        surface[:1].isupper() and surface.split(" ", 1)[0] not in ("Secretario", "Secretaria")
        for surface in hit.surfaces
    )


def _named_in_full(key: str, hits) -> bool:
    """Does the text name the body an issuer names ("Representación Durango"), by the
    same name or a fuller one of the same head ("Representación del IMSS en Durango")?"""
    words = set(key.split()) - _PARTICLES
    head = key.split(" ", 1)[0]
    return any(
        hit.key == key or (hit.key.split(" ", 1)[0] == head and words <= set(hit.key.split()))
        for hit in hits
    )


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "en", "y"})


def article_day(article) -> date | None:
    return day_of(article.published_at)


def day_of(published_at) -> date | None:
    """The local calendar day of a publication time (the day a Position is dated by)."""
    if published_at is None:
        return None
    if timezone.is_aware(published_at):
        return timezone.localtime(published_at).date()
    return published_at.date()


@dataclass
class _Planned:
    article: object
    day: date | None
    officials: dict[int, tuple[int, str, str, int | None]]  # id -> (count, snippet, role, inst)
    institutions: dict[int, tuple[int, str]]
    posts: list[tuple[int, int | None, str, str]]  # (official, institution, role, area)
    inferred: list[role_at_date.InferredHit] = field(default_factory=list)


class _Linker:
    def __init__(self, registry: Registry, jurisdiction: str | None, *, fresh: bool = False):
        self.registry = registry
        # None: each article's own state (``article_state``).
        self.fixed_jurisdiction = jurisdiction
        self.jurisdiction = jurisdiction or ""
        self.store = EntityStore(registry, self.jurisdiction)
        self.fresh = fresh
        self.planned: list[_Planned] = []

    # ------------------------------------------------------------------ planning

    def plan(self, article, extraction: Extraction | None = None) -> LinkResult:
        """Resolve what ``article`` mentions to rows, creating discovered ones.

        ``extraction``: what the article's text mentions, if already extracted
        (``extract_for_linking``); redone here when it no longer holds.
        """
        self.registry.forget_rolled_back()
        day = article_day(article)
        location = getattr(article, "location", "")
        text = article_text(article.title, article.deck, article.highlights, article.body)
        folded = fold(text)
        if self.fixed_jurisdiction is None:
            self.jurisdiction = primary_state(
                text,
                location=location or "",
                home=default_jurisdiction(),
                folded=folded,
                issuer=getattr(article, "issuer", "") or "",
            )
            if not self.jurisdiction and extraction is not None and extraction.basis is not None:
                # Named no state: the worker then took the state bodies' (extract_in_state).
                self.jurisdiction = extraction.basis.jurisdiction
        if extraction is None or not self._still_holds(extraction, day):
            extraction, self.jurisdiction = extract_in_state(
                article.title,
                article.deck,
                article.highlights or (),
                article.body,
                location=location,
                registry=self.registry,
                published_on=day,
                jurisdiction=self.fixed_jurisdiction,
                state=self.jurisdiction if self.fixed_jurisdiction is None else None,
                dateline=getattr(article, "dateline_city", "") or "",
                issuer=getattr(article, "issuer", "") or "",
            )
        self.store.jurisdiction = self.jurisdiction
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
        # A press release's issuer ("H. Ayuntamiento de Benito Juárez"): a body the
        # article mentions, though the importer took its header out of the text.
        issued = issuer_institutions(
            getattr(article, "issuer", "") or "",
            text,
            registry=self.registry,
            jurisdiction=self.jurisdiction,
        )
        issuers = issued
        towns = {
            fold(h.jurisdiction.split("/", 1)[1])
            for h in extraction.institutions
            if "/" in h.jurisdiction
        }
        issuing = issuing_body(
            getattr(article, "issuer", "") or "",
            extraction.institutions,
            registry=self.registry,
            jurisdiction=self.jurisdiction,
        )
        issued = [hit for hit in issued if not _named_in_full(hit.key, extraction.institutions)]
        # "la secretaria de Seguridad Ciudadana, X" in a town council's release: the
        # council's, and the state's secretariat her title alone gave is no mention
        written = {hit.key for hit in extraction.institutions if _written_as_a_body(hit)}
        town_secretaries = {
            hit.key
            for hit in extraction.officials
            if issuing is not None
            and secretary_of_issuing_town(hit, issuing, towns)
            # "la Sedetur", "la Secretaría de Salud de X" named too: the state's
            # secretariat, as the text says
            and not any(
                key == hit.institution_ref.key or key.startswith(hit.institution_ref.key + " ")
                for key in written
            )
        }
        only_implied = {
            hit.institution_ref.key for hit in extraction.officials if hit.key in town_secretaries
        } - {
            hit.institution_ref.key
            for hit in extraction.officials
            if hit.institution_ref is not None and hit.key not in town_secretaries
        }
        listed = [(hit, False) for hit in extraction.institutions if hit.key not in only_implied]
        for hit, from_issuer in listed + [(hit, True) for hit in issued]:
            ref = InstitutionRef(
                hit.name, hit.id, hit.key, hit.jurisdiction, hit.acronym, hit.aliases
            )
            pk = institution_id(ref, hit.evidence)
            if pk is None or (from_issuer and pk in institutions):
                continue
            if hit.aliases:  # also a name an earlier article of the batch created
                self.store.learn_institution_aliases(pk, hit.aliases)
            count, snippet = institutions.get(pk, (0, hit.snippet))
            institutions[pk] = (count + hit.count, snippet)

        officials: dict[int, tuple[int, str, str, int | None]] = {}
        posts = []
        for hit in extraction.officials:
            pk = self.store.official_id(hit, result)
            if pk is None:
                continue
            ref = _issuing_office(hit, issuers)
            if issuing is not None and works_for_issuer(hit, issuing, towns):
                ref = issuing  # a unit's head in the release of the body it belongs to
            elif hit.key in town_secretaries:
                ref = issuing  # a secretary with no level in a town council's release
            inst = institution_id(ref, hit.evidence)
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
        inferred = self._role_at_date(text, folded, extraction, day, officials, institutions)
        for hit in inferred:
            officials[hit.official_id] = (hit.count, hit.snippet, hit.role, hit.institution_id)
        result.official_ids = list(officials)
        result.institution_ids = list(institutions)
        self.planned.append(_Planned(article, day, officials, institutions, posts, inferred))
        return result

    def _role_at_date(self, text, folded, extraction, day, officials, institutions):
        """Role-only mentions linked to the post's holder on the article's date."""
        if day is None:
            return []
        registry = self.registry
        if registry.role_holders is None:
            registry.role_holders = role_at_date.HolderIndex.build(role_at_date.load_holders())
        if not registry.role_holders:
            return []
        mentioned = set(institutions) | {v[3] for v in officials.values() if v[3]}
        named_roles = {
            fold_word(hit.role).split(" ", 1)[0] for hit in extraction.officials if hit.role
        }
        return role_at_date.infer(
            text,
            folded=folded,
            day=day,
            state=self.jurisdiction.split("/", 1)[0],
            holders=registry.role_holders,
            named_roles=named_roles,
            named_officials=set(officials),
            mentioned_institutions=mentioned,
        )

    def _still_holds(self, extraction: Extraction, day: date | None) -> bool:
        """Would extracting again, with the registry as it is now, give the same?

        An extraction made in a worker saw the registry as it was when the worker
        was forked. It is redone when the text names, as a whole word, an alias
        learned since, or when a name or institution it found as new is now known
        (a compatible official, a derived institution): what one process linking
        every article in order would have found.
        """
        if extraction.published_on != day:
            return False
        basis = extraction.basis
        if basis is None:
            return True  # the caller vouches for it
        registry = self.registry
        if basis.lineage != registry.lineage or basis.jurisdiction != self.jurisdiction:
            # Made with another state than the article's (a worker cannot see its location).
            return False
        if basis.version >= registry.version:
            return True
        if registry.learned_since(basis.version, basis.matching):
            return False
        for hit in extraction.officials:
            if hit.id is None:
                for name in (hit.name, *hit.aliases):
                    key = normalize_alias(name)
                    if any(e.entity == OFFICIAL for e in registry.entries(key)):
                        return False
                    if registry.compatible_officials(name):
                        return False
        refs = [
            *extraction.institutions,
            *(h.institution_ref for h in extraction.officials if h.institution_ref),
            *extraction.position_institutions,
        ]
        for ref in refs:
            if ref.id is None:
                key = ref.key or normalize_alias(ref.name)
                found = lookup_institution(registry, key, ref.jurisdiction, self.jurisdiction)
                if found is not None:
                    return False
        return True

    # ------------------------------------------------------------------- writing

    def apply(self) -> None:
        if not self.planned:
            return
        article_ids = [p.article.pk for p in self.planned]
        # What these articles linked before: rows whose public_since may move later.
        linked_before = ((), (), ()) if self.fresh else visibility.linked_to(article_ids)
        if not self.fresh:
            self._drop_suppressed()
        if self.fresh:
            # Just-created articles have no mentions: nothing to read, update or delete.
            # Each row carries a copy of its article's state, as it was just written.
            _insert(
                OfficialMention,
                (*ARTICLE_STATE, "official_id", "count", "snippet", "role", "institution_id"),
                (
                    (*_article_state(p.article), pk, *values)
                    for p in self.planned
                    for pk, values in p.officials.items()
                ),
            )
            _insert(
                InstitutionMention,
                (*ARTICLE_STATE, "institution_id", "count", "snippet"),
                (
                    (*_article_state(p.article), pk, *values)
                    for p in self.planned
                    for pk, values in p.institutions.items()
                ),
            )
        else:
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
        self._apply_inferred()
        shown_posts = self._apply_positions()
        self._refresh_visibility(linked_before, shown_posts)
        self.planned = []

    def _refresh_visibility(self, linked_before, shown_posts: set[tuple[int, int]]) -> None:
        """Keep ``public_since`` true for what these articles link, and linked before."""
        if self.fresh:
            # Links were only added, and only published articles can move the date:
            # each row's earliest moment among the published articles just linked.
            firsts: tuple[dict, dict, dict] = ({}, {}, {})
            posts_of: dict[int, set[int]] = {}
            for post, article_id in shown_posts:
                posts_of.setdefault(article_id, set()).add(post)
            for p in self.planned:
                if p.article.status != visibility.PUBLISHED:
                    continue
                moment = p.article.published_at or visibility.UNDATED
                posts = posts_of.get(p.article.pk, set())
                for earliest, ids in zip(firsts, _linked_by([p], posts), strict=True):
                    for pk in ids:
                        if pk not in earliest or moment < earliest[pk]:
                            earliest[pk] = moment
            visibility.lower_for_new_links(firsts)
            return
        # What they link now; manual links did not change, so linked_before has them.
        now = _linked_by(self.planned, {post for post, _article_id in shown_posts})
        visibility.refresh(*(set(a) | set(b) for a, b in zip(now, linked_before, strict=True)))

    def _drop_suppressed(self) -> None:
        """Links an editor removed (``LinkSuppression``) are not made again."""
        rows = LinkSuppression.objects.filter(
            article_id__in=[p.article.pk for p in self.planned]
        ).values_list("article_id", "official_id", "institution_id")
        officials, institutions = set(), set()
        for article_id, official_id, institution_id in rows:
            if official_id is not None:
                officials.add((article_id, official_id))
            else:
                institutions.add((article_id, institution_id))
        if not officials and not institutions:
            return
        for planned in self.planned:
            pk = planned.article.pk
            for official_id in [o for o in planned.officials if (pk, o) in officials]:
                del planned.officials[official_id]
            for inst_id in [i for i in planned.institutions if (pk, i) in institutions]:
                del planned.institutions[inst_id]
            planned.posts = [post for post in planned.posts if (pk, post[0]) not in officials]
            planned.inferred = [h for h in planned.inferred if (pk, h.official_id) not in officials]

    def _apply_inferred(self) -> None:
        """Record which links role-at-date made, so editors can see and undo them."""
        if not self.fresh:
            InferredLink.objects.filter(
                article_id__in=[p.article.pk for p in self.planned]
            ).delete()
        rows = [
            InferredLink(
                article_id=p.article.pk,
                official_id=hit.official_id,
                position_id=hit.position_id,
                phrase=hit.phrase,
            )
            for p in self.planned
            for hit in p.inferred
        ]
        if rows:
            InferredLink.objects.bulk_create(rows, ignore_conflicts=True)

    def _apply_mentions(self, model, entity_field, article_ids, desired, fields) -> None:
        # Plain SQL for the read: the ORM's query building costs more than the query.
        opts = model._meta
        columns = ["id", *ARTICLE_STATE, entity_field, "manual", *fields]
        existing = _select(
            f"SELECT {', '.join(opts.get_field(c).column for c in columns)} "
            f"FROM {opts.db_table} WHERE article_id IN ({', '.join(['%s'] * len(article_ids))})",
            article_ids,
        )
        # Every row, manual ones too, keeps a copy of its article's state as it is now.
        adapt = connection.ops.adapt_datetimefield_value
        states = {p.article.pk: ArticleLink.copy_of(p.article) for p in self.planned}
        to_delete, to_update = [], []
        seen = set()
        for row in existing:
            pk, article_id, published, published_at, entity_id, manual = row[:6]
            current = dict(zip(fields, row[6:], strict=True))
            seen.add((article_id, entity_id))
            state = states[article_id]
            stale = (bool(published), published_at) != (
                state["article_published"],
                adapt(state["published_at"]),
            )
            wanted = None if manual else desired.get(article_id, {}).get(entity_id)
            if not manual and wanted is None:
                to_delete.append(pk)
            elif stale or (wanted is not None and wanted != current):
                values = current if wanted is None else wanted
                to_update.append(model(pk=pk, **values, **state))
        new = [
            model(article_id=article_id, **{entity_field: entity_id}, **values, **state)
            for article_id, rows in desired.items()
            for state in (states[article_id],)
            for entity_id, values in rows.items()
            if (article_id, entity_id) not in seen
        ]
        if to_delete:
            model.objects.filter(pk__in=to_delete).delete()
        if to_update:
            update_rows(to_update, [*fields, "article_published", "published_at"])
        if new:
            model.objects.bulk_create(new)

    def _apply_positions(self) -> set[tuple[int, int]]:
        """Write the posts the planned articles show; returns (post id, article id) pairs."""
        wanted = [(p, post) for p in self.planned for post in p.posts]
        if not self.fresh:
            # What these articles showed before is replaced by what they show now.
            PositionEvidence.objects.filter(
                article_id__in=[p.article.pk for p in self.planned]
            ).delete()
        if not wanted:
            return set()
        shown: list[tuple[_Post, int]] = []
        registry = self.registry
        if registry.positions is None:
            registry.positions = PositionCache()
        cache = registry.positions
        # A rollback of this batch would leave the cache ahead of the database: the
        # registry then drops it (forget_rolled_back) and it is read again.
        registry.undo_on_rollback(cache.clear)
        by_official = cache.posts_of({post[0] for _, post in wanted})
        changed: dict[int, _Post] = {}
        new: list[_Post] = []
        for planned, (official_id, inst_id, role, area) in wanted:
            day = planned.day
            posts = by_official[official_id]
            post = _matching_post(posts, inst_id, role)
            if post is None:
                post = _Post(
                    None, official_id, inst_id, role[:200], area[:200], day, day, planned.article.pk
                )
                posts.append(post)
                new.append(post)
                shown.append((post, planned.article.pk))
                continue
            shown.append((post, planned.article.pk))
            dirty = False
            if day is not None:
                if post.start is None or day < post.start:
                    post.start, dirty = day, True
                if post.end is None or day > post.end:
                    post.end, dirty = day, True
            if post.source is None:
                post.source, dirty = planned.article.pk, True
            if not post.area and area:
                post.area, dirty = area[:200], True
            if dirty and post.pk is not None:
                changed[post.pk] = post
        if new:
            rows = [
                Position(
                    official_id=post.official_id,
                    institution_id=post.institution_id,
                    role=post.role,
                    area=post.area,
                    start_date=post.start,
                    end_date=post.end,
                    source_article_id=post.source,
                    status=EntityStatus.DISCOVERED,
                )
                for post in new
            ]
            Position.objects.bulk_create(rows)
            for post, row in zip(new, rows, strict=True):
                post.pk = row.pk
        if changed:
            _widen_positions(list(changed.values()))
        # The evidence that dates each post for the public (published articles only).
        articles = {p.article.pk: p.article for p in self.planned}
        PositionEvidence.objects.bulk_create(
            [
                PositionEvidence(
                    position_id=pk,
                    article_id=article_id,
                    **ArticleLink.copy_of(articles[article_id]),
                )
                for pk, article_id in {(post.pk, article_id) for post, article_id in shown}
            ],
            ignore_conflicts=True,
        )
        return {(post.pk, article_id) for post, article_id in shown}


ARTICLE_STATE = ("article_id", "article_published", "published_at")


def _article_state(article) -> tuple:
    """``ARTICLE_STATE``'s values: the id and the copy a link row keeps of its article."""
    return (article.pk, *ArticleLink.copy_of(article).values())


def _linked_by(planned: list, posts: set[int]) -> tuple[set, set, set]:
    """The officials, institutions (their roles' too) and posts of planned articles."""
    officials = {pk for p in planned for pk in p.officials}
    institutions = {values[-1] for p in planned for values in p.officials.values()}
    institutions.update(pk for p in planned for pk in p.institutions)
    return officials, institutions - {None}, posts


class _Post:
    """One Position row, as the linker compares and widens it."""

    __slots__ = (
        "area",
        "end",
        "head",
        "institution_id",
        "official_id",
        "pk",
        "role",
        "role_key",
        "source",
        "start",
    )

    def __init__(self, pk, official_id, institution_id, role, area, start, end, source):
        self.pk = pk
        self.official_id = official_id
        self.institution_id = institution_id
        self.role = role
        self.role_key = normalize_alias(role)
        self.head = self.role_key.split(" ", 1)[0]
        self.area = area
        self.start = start
        self.end = end
        self.source = source


class PositionCache:
    """Officials' positions as the linker last read or wrote them, kept on the registry
    for the rest of a run: each official's rows are read once (plain tuples, never
    model instances), and only real changes are written back.

    Like the registry's names, it assumes this process is the only one linking
    while it lives; date widenings are written as "earlier/later of the stored date
    and this one", so a stale cache never narrows a date an editor set.
    """

    def __init__(self):
        self._by_official: dict[int, list[_Post]] = {}

    def clear(self) -> None:
        self._by_official.clear()

    def posts_of(self, official_ids) -> dict[int, list[_Post]]:
        """official id -> that official's posts (a live list: append to it)."""
        cached = self._by_official
        missing = [pk for pk in official_ids if pk not in cached]
        for chunk in chunked(missing, 500):
            for pk in chunk:
                cached[pk] = []
            for row in _select(
                f"SELECT id, official_id, institution_id, role, area, start_date, end_date, "
                f"source_article_id FROM {Position._meta.db_table} "
                f"WHERE official_id IN ({', '.join(['%s'] * len(chunk))})",
                chunk,
            ):
                pk, official_id, inst_id, role, area, start, end, source = row
                start, end = _as_date(start), _as_date(end)
                post = _Post(pk, official_id, inst_id, role, area, start, end, source)
                cached[official_id].append(post)
        return {pk: cached[pk] for pk in official_ids}


def _widen_positions(posts: list[_Post]) -> None:
    """Write widened dates, a first source article and a missing area in one statement
    per 200 rows, each only ever widening what the row holds now."""
    table = Position._meta.db_table
    postgres = connection.vendor == "postgresql"
    if not postgres and not (connection.vendor == "sqlite" and _sqlite_update_from()):
        rows = [
            Position(
                pk=post.pk,
                start_date=post.start,
                end_date=post.end,
                source_article_id=post.source,
                area=post.area,
            )
            for post in posts
        ]
        fields = ["start_date", "end_date", "source_article", "area"]
        update_rows(rows, fields, batch_size=200)
        return
    if postgres:
        row = "(%s::integer, %s::date, %s::date, %s::integer, %s::varchar)"
    else:
        row = "(%s, %s, %s, %s, %s)"
    for chunk in chunked(posts, 200):
        params = []
        for post in chunk:
            start, end = post.start, post.end
            if not postgres:
                start = start.isoformat() if start else None
                end = end.isoformat() if end else None
            params += [post.pk, start, end, post.source, post.area or None]
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH v(id, s, e, src, area) AS (VALUES {', '.join([row] * len(chunk))}) "
                f"UPDATE {table} SET "
                f"start_date = CASE WHEN v.s IS NOT NULL AND "
                f"({table}.start_date IS NULL OR v.s < {table}.start_date) "
                f"THEN v.s ELSE {table}.start_date END, "
                f"end_date = CASE WHEN v.e IS NOT NULL AND "
                f"({table}.end_date IS NULL OR v.e > {table}.end_date) "
                f"THEN v.e ELSE {table}.end_date END, "
                f"source_article_id = COALESCE({table}.source_article_id, v.src), "
                f"area = CASE WHEN {table}.area = '' AND v.area IS NOT NULL "
                f"THEN v.area ELSE {table}.area END "
                f"FROM v WHERE {table}.id = v.id",
                params,
            )


def _insert(model, names: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """INSERT rows of plain values (ints, strings, booleans, datetimes, None) for
    the columns ``names`` (attribute names) in multi-row statements; other columns
    take their default.

    What ``bulk_create`` does for these tables without building a model instance
    and compiling every field of every row: each batch of mentions is hundreds of
    rows. Ids are not read back.
    """
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    by_name = {f.attname: f for f in fields}
    unknown = set(names) - by_name.keys()
    if unknown:
        raise TypeError(f"{model.__name__} has no column {sorted(unknown)}")
    others = [f for f in fields if f.attname not in names]
    for f in others:
        if getattr(f, "auto_now_add", False) or (f.has_default() and callable(f.default)):
            raise TypeError(f"{model.__name__}.{f.name}: a default _insert cannot compute")
    tail = tuple(f.get_default() for f in others)
    columns = [by_name[name].column for name in names] + [f.column for f in others]
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    row_sql = f"({', '.join(['%s'] * len(columns))})"
    limit = connection.features.max_query_params or 30000
    size = max(1, min(500, limit // len(columns)))
    table = connection.ops.quote_name(model._meta.db_table)
    # Datetimes as the backend stores them (SQLite: naive UTC text).
    moments = [
        i for i, name in enumerate(names) if by_name[name].get_internal_type() == "DateTimeField"
    ]
    adapt = connection.ops.adapt_datetimefield_value
    for chunk in chunked(rows, size):
        params = []
        for row in chunk:
            if moments:
                row = list(row)
                for i in moments:
                    row[i] = adapt(row[i])
            params += row
            params += tail
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({quoted}) VALUES {', '.join([row_sql] * len(chunk))}",
                params,
            )


def _sqlite_update_from() -> bool:
    import sqlite3

    return sqlite3.sqlite_version_info >= (3, 33)  # UPDATE … FROM


def _select(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


def _as_date(value) -> date | None:
    """SQLite hands dates back as text; PostgreSQL as dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _matching_post(posts: list[_Post], inst_id: int | None, role: str):
    """The post this mention evidences: same institution and role, or same institution
    and the same title word ("Director" and "Director general" of the IMSS)."""
    role_key = normalize_alias(role)
    head = role_key.split(" ", 1)[0]
    same_inst = [p for p in posts if p.institution_id == inst_id]
    for post in same_inst:
        if post.role_key == role_key:
            return post
    if inst_id is None:
        # "el presidente López Obrador": the one post of the official with that title.
        titled = [p for p in posts if p.head == head]
        return titled[0] if len(titled) == 1 else None
    for post in same_inst:
        if post.head == head:
            return post
    return None
