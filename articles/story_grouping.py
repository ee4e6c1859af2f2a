"""Every version of a story: signatures, groups and editors' decisions in the database.

``regroup(ids)`` is the one entry point: the importer calls it at the end of
a run with the articles it created or changed, the admin after a save (on
commit). It stores each article's signature (``StoryVersion.terms``), loads
the neighbourhood (articles published within ``Tuning.window_days``; for an
undated article, those that mention one of its officials or institutions),
scores and clusters it (``articles/story_versions.py``) and writes the groups
and the shared-text shares. The cost is bounded by the neighbourhood, never by
the size of the archive.
"""

import itertools
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from articles import story_text
from articles.models import Article
from articles.search_index import search_fold
from articles.story_models import StoryDecision, StoryGroup, StoryVersion
from articles.story_versions import (
    TUNING,
    StoryDoc,
    Tuning,
    cluster,
    release_issuers,
    scored_pairs,
)
from newsroom.batching import update_rows

BATCH = 2000  # signatures refreshed together
# Dated articles regrouped together (one short transaction each), and the most
# articles their window may hold: a chunk is cut where its window would hold more.
CHUNK, NEIGHBOURHOOD = 400, 300
# A chunk is also cut where more untouched articles than this lie between the
# windows of two articles it regroups (a few changed files in a large archive).
GAP = 50
UNDATED_CHUNK = 20  # undated articles regrouped together
UNDATED_CANDIDATES = 300  # the most entity-sharing articles an undated chunk is compared with
UNDATED_IN_WINDOW = 50  # the most entity-sharing undated articles a dated chunk loads
# Signatures read back from the database kept packed (about 1 kB each) for the rest
# of a regrouping call: bounded, as the neighbourhood's decoded terms are.
PACKED_READ = 30_000
# An entity more articles than this mention finds no neighbours: it tells no story apart.
COMMON_POSTINGS = 2000
_TEXT_FIELDS = ("id", "title", "deck", "highlights", "body_html", "published_at")
# Runs with more dated chunks than this read the undated articles' entities once.
MANY_CHUNKS = 3


def _links():
    """The two link tables (managers) with their entity column."""
    return (
        (Article.officials.through.objects, "official_id"),
        (Article.institutions.through.objects, "institution_id"),
    )


@dataclass
class _RunMemo:
    """What one ``regroup()`` call reads more than once, kept for its chunks.

    Neighbourhoods of consecutive chunks overlap: without it, each article's
    signature was decoded from JSON and its text stemmed again for every
    chunk whose window holds it (about nine times per article on a dense
    archive). Valid for one call only: signatures are refreshed at its start.
    Only the current neighbourhood is kept (``keep_only``): chunks come in date
    order, so what left the window does not come back, and memory stays that
    of one neighbourhood (keeping everything held 1.2 GB at 100,000 articles).
    """

    terms: dict[int, dict[int, float]] = field(default_factory=dict)
    stems: dict[int, list[str]] = field(default_factory=dict)
    # Entity -> the undated articles (not regrouped in this call) that mention
    # it, for runs of many dated chunks; None: each chunk asks the database.
    undated: dict[tuple[int, int], list[int]] | None = None
    # The signatures this call computed or read, packed (hashes, weights):
    # about 1 kB an article, where decoding them again from JSON for every chunk
    # was a third of a cold import's regrouping.
    packed: dict[int, tuple[array, array]] = field(default_factory=dict)
    # (kind, entity) -> how many articles mention it (``_telling``).
    postings: dict[tuple[int, int], int] = field(default_factory=dict)

    def pack(self, signatures: Mapping[int, story_text.Signature]) -> None:
        for article_id, found in signatures.items():
            terms = found.terms
            self.packed[article_id] = (
                array("i", [int(h) for h, _w in terms]),
                array("d", [float(w) for _h, w in terms]),
            )

    def keep_only(self, ids: Iterable[int]) -> None:
        ids = set(ids)
        self.terms = {i: t for i, t in self.terms.items() if i in ids}
        self.stems = {i: s for i, s in self.stems.items() if i in ids}

    def load_terms(self, ids: Iterable[int]) -> None:
        missing = []
        for i in ids:
            if i in self.terms:
                continue
            if i in self.packed:
                self.terms[i] = dict(zip(*self.packed[i], strict=True))
            else:
                missing.append(i)
        for start in range(0, len(missing), BATCH):
            rows = StoryVersion.objects.filter(article_id__in=missing[start : start + BATCH])
            for article_id, terms in rows.values_list("article_id", "terms"):
                self.terms[article_id] = {int(h): float(w) for h, w in terms}
                if len(self.packed) < PACKED_READ:
                    # Undated chunks load overlapping neighbourhoods (those sharing
                    # entities): a 5,000-file import read and decoded each stored
                    # signature four times from JSON without this.
                    self.packed[article_id] = (
                        array("i", self.terms[article_id]),
                        array("d", self.terms[article_id].values()),
                    )

    def load_stems(self, ids: Iterable[int]) -> None:
        missing = [i for i in ids if i not in self.stems]
        for a in Article.objects.filter(id__in=missing).only(*_TEXT_FIELDS):
            self.stems[a.id] = story_text.stems(
                story_text.article_text(
                    title=a.title, deck=a.deck, highlights=a.highlights, body_html=a.body_html
                )
            )


def _undated_mentions(skip: set[int]) -> dict[tuple[int, int], list[int]]:
    """Entity ((kind, id)) -> the undated articles mentioning it, but those in ``skip``.

    Read once for a run of many chunks: asking the link tables per chunk
    walked every mention of the chunk's officials (tens of thousands for a
    governor at 100,000 articles) to find the few undated ones, and was most
    of a large import's regrouping.
    """
    index: dict[tuple[int, int], list[int]] = defaultdict(list)
    for kind, (model, column) in enumerate(_links()):
        rows = model.filter(article__story__day__isnull=True, article__story__isnull=False)
        for article_id, entity_id in rows.values_list("article_id", column).iterator(2000):
            if article_id not in skip:
                index[kind, entity_id].append(article_id)
    return index


def _day(published_at):
    if published_at is None:
        return None
    if timezone.is_aware(published_at):
        return timezone.localtime(published_at).date()
    return published_at.date()


def is_release(article: Article) -> bool:
    return article.source_format == Article.SourceFormat.PRESS_RELEASE


# Signatures -------------------------------------------------------------------------


def entity_names(ids: list[int]) -> dict[int, list[str]]:
    """The names (and acronyms) of the people and bodies each article mentions."""
    names: dict[int, list[str]] = defaultdict(list)
    officials = Article.officials.through.objects.filter(article_id__in=ids)
    for article_id, name in officials.values_list("article_id", "official__name"):
        names[article_id].append(name)
    institutions = Article.institutions.through.objects.filter(article_id__in=ids)
    for article_id, name, acronym in institutions.values_list(
        "article_id", "institution__name", "institution__acronym"
    ):
        names[article_id] += [name, acronym]
    return names


def refresh_signatures(
    ids: Iterable[int], *, known: Mapping[int, story_text.Signature] | None = None
) -> dict[int, story_text.Signature]:
    """Store (or refresh) the signature and day of each article; returns them by id.

    ``known`` holds signatures already computed where the text was in memory
    (``story_text.article_signature``, in the import workers): those articles'
    texts are not read again.
    """
    ids = list(ids)
    if not ids:
        return {}
    known = known or {}
    existing = {v.article_id: v for v in StoryVersion.objects.filter(article_id__in=ids)}
    days = dict(Article.objects.filter(id__in=ids).values_list("id", "published_at"))
    signatures = {i: known[i] for i in ids if i in known and i in days}
    missing = [i for i in ids if i not in signatures]
    if missing:
        names = entity_names(missing)
        for article in Article.objects.filter(id__in=missing).only(*_TEXT_FIELDS):
            text = story_text.article_text(
                title=article.title,
                deck=article.deck,
                highlights=article.highlights,
                body_html=article.body_html,
            )
            leave_out = story_text.name_words(names.get(article.id, ()))
            digest = story_text.text_digest(text, leave_out)
            version = existing.get(article.id)
            if version and version.text_hash == digest:  # the text is the same
                signatures[article.id] = story_text.Signature(digest, version.terms)
            else:
                terms = story_text.signature(text, leave_out=leave_out)
                signatures[article.id] = story_text.Signature(digest, terms)
    created, changed = [], []
    for article_id, found in signatures.items():
        day = _day(days[article_id])
        version = existing.get(article_id)
        if version and version.text_hash == found.text_hash and version.day == day:
            continue
        if version is None:
            created.append(
                StoryVersion(
                    article_id=article_id, day=day, text_hash=found.text_hash, terms=found.terms
                )
            )
        else:
            version.day, version.text_hash, version.terms = day, found.text_hash, found.terms
            changed.append(version)
    StoryVersion.objects.bulk_create(created, batch_size=500)
    update_rows(changed, ["day", "text_hash", "terms"])
    return signatures


def store_new_signatures(signed: list[tuple[Article, story_text.Signature]]) -> None:
    """Store the signatures of articles just created (no version yet), from memory:
    their day from their date, no query but the insert."""
    StoryVersion.objects.bulk_create(
        [
            StoryVersion(
                article_id=article.pk,
                day=_day(article.published_at),
                text_hash=found.text_hash,
                terms=found.terms,
            )
            for article, found in signed
        ],
        batch_size=500,
    )


# The neighbourhood --------------------------------------------------------------------


def _neighbourhood(
    touched: list[StoryVersion], tuning: Tuning, memo: _RunMemo
) -> dict[int, StoryVersion]:
    window = timedelta(days=tuning.window_days)
    ids = [v.article_id for v in touched]
    found: dict[int, StoryVersion] = {}
    days = sorted(v.day for v in touched if v.day)
    if days:
        # The window, and the undated articles that mention what these mention.
        if memo.undated is None:
            undated = _sharing_entities(ids, undated_only=True, memo=memo, limit=UNDATED_IN_WINDOW)
        else:
            undated = _sharing_undated(ids, memo.undated, memo=memo, limit=UNDATED_IN_WINDOW)
        query = Q(day__range=(days[0] - window, days[-1] + window)) | Q(article_id__in=undated)
    else:
        query = Q(article_id__in=_sharing_entities(ids, undated_only=False, memo=memo))
    for version in StoryVersion.objects.filter(query | Q(article_id__in=ids)).defer("terms"):
        found[version.article_id] = version
    # The touched articles' whole groups: those are regrouped with every member.
    _add_groups(found, {v.group_id for v in touched if v.group_id})
    return found


def _add_groups(found: dict[int, StoryVersion], groups: set) -> dict[int, StoryVersion]:
    """Add the missing members of ``groups`` to ``found``; returns those added."""
    missing = StoryVersion.objects.filter(group_id__in=groups).exclude(article_id__in=found)
    added = {version.article_id: version for version in missing.defer("terms")}
    found.update(added)
    return added


def _sharing_entities(
    ids: list[int], *, undated_only: bool, memo: _RunMemo, limit: int = UNDATED_CANDIDATES
) -> list[int]:
    """The articles mentioning most of the (not too common) entities ``ids`` mention."""
    counts: Counter[int] = Counter()
    for kind, (model, column) in enumerate(_links()):
        mine = _telling(kind, model, column, ids, memo)
        if not mine:
            continue
        rows = model.filter(**{f"{column}__in": mine}).exclude(article_id__in=ids)
        if undated_only:
            rows = rows.filter(article__story__day__isnull=True, article__story__isnull=False)
        rows = (
            rows.values("article_id")
            .annotate(n=Count("id"))
            .order_by("-n", "-article_id")[: limit * 2]
        )
        counts.update({row["article_id"]: row["n"] for row in rows})
    return [article_id for article_id, _ in counts.most_common(limit)]


def _telling(kind: int, model, column: str, ids: list[int], memo: _RunMemo) -> list[int]:
    """The entities ``ids`` mention that are rare enough to tell a story: at most
    ``COMMON_POSTINGS`` articles mention each. An institution every article names
    (the IMSS in a press office's archive) found every other article for each chunk
    of undated ones: 99,000 rows aggregated 5,000 times in a 100,000-file import.
    Each entity is counted once per regrouping (``memo.postings``)."""
    mine = set(model.filter(article_id__in=ids).values_list(column, flat=True))
    unknown = [e for e in mine if (kind, e) not in memo.postings]
    if unknown:
        memo.postings.update(dict.fromkeys(((kind, e) for e in unknown), 0))
        counted = model.filter(**{f"{column}__in": unknown}).values(column).annotate(n=Count("pk"))
        for row in counted.order_by():
            memo.postings[kind, row[column]] = row["n"]
    return sorted(e for e in mine if memo.postings[kind, e] <= COMMON_POSTINGS)


def _sharing_undated(
    ids: list[int], undated: Mapping[tuple[int, int], list[int]], *, memo: _RunMemo, limit: int
) -> list[int]:
    """``_sharing_entities(undated_only=True)`` from the run's index of undated mentions."""
    counts: Counter[int] = Counter()
    for kind, (model, column) in enumerate(_links()):
        for entity_id in _telling(kind, model, column, ids, memo):
            counts.update(undated.get((kind, entity_id), ()))
    for article_id in ids:
        counts.pop(article_id, None)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -item[0]))
    return [article_id for article_id, _n in ranked[:limit]]


def _docs(versions: dict[int, StoryVersion], memo: _RunMemo) -> dict[int, StoryDoc]:
    ids = list(versions)
    memo.load_terms(ids)
    officials, institutions = defaultdict(set), defaultdict(set)
    for entities, (model, column) in zip((officials, institutions), _links(), strict=True):
        for article_id, entity_id in model.filter(article_id__in=ids).values_list(
            "article_id", column
        ):
            entities[article_id].add(entity_id)
    kinds = {
        row[0]: row[1:]
        for row in Article.objects.filter(id__in=ids).values_list("id", "source_format", "issuer")
    }
    return {
        article_id: StoryDoc(
            id=article_id,
            day=version.day,
            terms=memo.terms.get(article_id, {}),
            officials=frozenset(officials[article_id]),
            institutions=frozenset(institutions[article_id]),
            release=kinds[article_id][0] == Article.SourceFormat.PRESS_RELEASE,
            issuer=search_fold(kinds[article_id][1]).strip(),
        )
        for article_id, version in versions.items()
        if article_id in kinds
    }


def _decisions(ids: Iterable[int]):
    ids = list(ids)
    together, apart = [], []
    rows = StoryDecision.objects.filter(Q(first_id__in=ids) | Q(second_id__in=ids))
    for first, second, kind in rows.values_list("first_id", "second_id", "kind"):
        (together if kind == StoryDecision.Kind.TOGETHER else apart).append((first, second))
    return together, apart


# Regrouping -------------------------------------------------------------------------


def regroup(
    ids: Iterable[int],
    *,
    signatures: Mapping[int, story_text.Signature] | None = None,
    stored: set[int] | frozenset[int] = frozenset(),
    tuning: Tuning = TUNING,
) -> None:
    """Refresh the signatures of ``ids`` and regroup them with their neighbourhood.

    Dated articles are taken in date order, a chunk at a time (at most
    ``CHUNK`` articles, their window at most ``NEIGHBOURHOOD``), so each chunk
    loads one bounded window; undated ones a few at a time, with the articles
    that mention most of what they mention. Each chunk is one short
    transaction, so a large import never holds one open for long. ``signatures``: those already
    computed (by id), see ``refresh_signatures``; ``stored``: ids whose signature is
    already stored and current (their terms are read back when a chunk needs them).
    """
    ids = sorted(set(ids))
    memo = _RunMemo()
    touched: list[StoryVersion] = []
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        memo.pack(refresh_signatures([i for i in batch if i not in stored], known=signatures))
        touched += StoryVersion.objects.filter(article_id__in=batch).only("day", "group")
    dated = sorted((v for v in touched if v.day), key=lambda v: (v.day, v.article_id))
    undated = sorted((v for v in touched if v.day is None), key=lambda v: v.article_id)
    chunks = _dated_chunks(dated, tuning)
    if len(chunks) > MANY_CHUNKS:
        # The undated articles of this call get chunks of their own (below).
        memo.undated = _undated_mentions(skip={v.article_id for v in undated})
    chunks += [undated[i : i + UNDATED_CHUNK] for i in range(0, len(undated), UNDATED_CHUNK)]
    for chunk in chunks:
        with transaction.atomic():
            _regroup_chunk(chunk, tuning, memo)


def _dated_chunks(dated: list[StoryVersion], tuning: Tuning) -> list[list[StoryVersion]]:
    """``dated`` (in date order) cut into chunks of at most ``CHUNK`` articles.

    A chunk's window (its days and ``window_days`` around) holds at most
    ``NEIGHBOURHOOD`` articles, and no more than ``GAP`` untouched articles lie
    between two of its articles' windows: few chunks for a whole sparse
    archive, small windows for a dense one, no loading of what lies between
    a few scattered changes.
    """
    if not dated:
        return []
    margin = timedelta(days=tuning.window_days)
    per_day = (
        StoryVersion.objects.filter(day__range=(dated[0].day - margin, dated[-1].day + margin))
        .order_by()
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    days, running = [], [0]
    for day, n in sorted(per_day):
        days.append(day)
        running.append(running[-1] + n)

    def held(first, last) -> int:  # articles dated from first to last
        return running[bisect_right(days, last)] - running[bisect_left(days, first)]

    one_day = timedelta(days=1)
    chunks: list[list[StoryVersion]] = []
    for version in dated:
        chunk = chunks[-1] if chunks else None
        if (
            chunk is None
            or len(chunk) >= CHUNK
            or held(chunk[0].day - margin, version.day + margin) > NEIGHBOURHOOD
            or held(chunk[-1].day + margin + one_day, version.day - margin - one_day) > GAP
        ):
            chunks.append([version])
        else:
            chunk.append(version)
    return chunks


def _regroup_chunk(touched: list[StoryVersion], tuning: Tuning, memo: _RunMemo) -> None:
    versions = _neighbourhood(touched, tuning, memo)
    memo.keep_only(versions)
    docs = _docs(versions, memo)
    # Every pair with a touched article or within a touched article's group;
    # the other current groups stand as they are (a touched article may join one).
    touched_ids = {v.article_id for v in touched}
    affected = {v.group_id for v in versions.values() if v.article_id in touched_ids}
    focus = touched_ids | {v.article_id for v in versions.values() if v.group_id in affected}
    pairs = scored_pairs(docs.values(), focus=focus, tuning=tuning)
    # A standing group is loaded whole only when one of its members pairs with
    # the focus: loading every neighbour's group tripled an undated chunk's
    # neighbourhood for nothing (most neighbours pair with nobody). The members
    # added stand with their group; they were not candidates, so no new pair.
    partners = {x for _score, a, b in pairs for x in (a, b)} - focus
    partner_groups = {versions[x].group_id for x in partners if versions[x].group_id}
    docs.update(_docs(_add_groups(versions, partner_groups), memo))
    together, apart = _decisions(docs)
    standing: dict[int, list[int]] = defaultdict(list)
    for version in versions.values():
        if version.group_id and version.group_id not in affected:
            standing[version.group_id].append(version.article_id)
    together += [
        pair for members in standing.values() for pair in itertools.pairwise(sorted(members))
    ]
    clusters = cluster(
        docs,
        pairs,
        together=together,
        apart=apart,
        exclusive=release_issuers(docs.values()),
        days={doc.id: doc.day for doc in docs.values()},
        tuning=tuning,
    )
    _store_groups(versions, clusters, touched={v.article_id for v in touched}, memo=memo)


def _store_groups(
    versions: dict[int, StoryVersion], clusters: list[set[int]], touched, memo: _RunMemo
) -> None:
    grouped = {}
    used: set[int] = set()
    new: list[set[int]] = []
    for members in sorted(clusters, key=lambda m: (-len(m), min(m))):
        current = Counter(versions[m].group_id for m in members if versions[m].group_id)
        group_id = next((g for g, _ in current.most_common() if g not in used), None)
        if group_id is None:
            new.append(members)
            continue
        used.add(group_id)
        grouped.update(dict.fromkeys(members, group_id))
    # The new groups in one statement (their ids come back on both databases).
    for members, group in zip(
        new, StoryGroup.objects.bulk_create([StoryGroup() for _ in new]), strict=True
    ):
        used.add(group.pk)
        grouped.update(dict.fromkeys(members, group.pk))
    before = {v.group_id for v in versions.values() if v.group_id}
    changed = []
    for article_id, version in versions.items():
        group_id = grouped.get(article_id)
        if version.group_id != group_id:
            version.group_id = group_id
            changed.append(version)
    update_rows(changed, ["group"])
    StoryGroup.objects.filter(pk__in=before - used).delete()
    if used:
        StoryGroup.objects.filter(pk__in=used).update(updated_at=timezone.now())
    # Shares are recomputed for the groups whose members or texts changed.
    moved = {v.article_id for v in changed} | set(touched)
    stale = [members for members in clusters if members & moved]
    alone = [v for v in versions.values() if v.group_id is None and v.release_id]
    _store_shares(versions, stale, alone, memo)


def _store_shares(
    versions, clusters: list[set[int]], alone: list[StoryVersion], memo: _RunMemo
) -> None:
    """Which press release each rewrite comes from, and how much of its text."""
    for version in alone:
        version.release_id, version.share = None, None
    ids = {m for members in clusters for m in members}
    release_ids = set(
        Article.objects.filter(
            id__in=ids, source_format=Article.SourceFormat.PRESS_RELEASE
        ).values_list("id", flat=True)
    )
    # Only groups with a press release and a rewrite have shares to measure.
    measured = {m for members in clusters if members & release_ids for m in members}
    memo.load_stems(measured)
    stems = memo.stems
    changed = list(alone)
    for members in clusters:
        releases = [m for m in members if m in release_ids and m in stems]
        for member in members:
            version = versions[member]
            best, share = None, None
            if member not in releases:
                for release in releases:
                    value = story_text.text_share(stems[member], stems[release])
                    if share is None or value > share:
                        best, share = release, value
            if (version.release_id, version.share) != (best, share):
                version.release_id, version.share = best, share
                changed.append(version)
    update_rows(changed, ["release", "share"])


# Editors' decisions -------------------------------------------------------------------


def _pair(x: int, y: int) -> tuple[int, int]:
    return (x, y) if x < y else (y, x)


def _decide(pairs: Iterable[tuple[int, int]], kind: str, user) -> None:
    for first, second in {_pair(x, y) for x, y in pairs if x != y}:
        StoryDecision.objects.update_or_create(
            first_id=first, second_id=second, defaults={"kind": kind, "decided_by": user}
        )


def split(article: Article, *, user=None) -> None:
    """Take ``article`` out of its group; no regrouping puts it back with those articles."""
    with transaction.atomic():
        version = StoryVersion.objects.select_for_update().filter(article=article).first()
        if version is None or version.group_id is None:
            return
        mates = list(
            StoryVersion.objects.filter(group_id=version.group_id)
            .exclude(article=article)
            .values_list("article_id", flat=True)
        )
        _decide(((article.pk, mate) for mate in mates), StoryDecision.Kind.APART, user)
    regroup([article.pk, *mates])


def join(articles: Iterable[Article], *, user=None) -> None:
    """Make ``articles`` (and the groups they are in) versions of one story, for good."""
    ids = sorted({a.pk for a in articles})
    if len(ids) < 2:
        return
    with transaction.atomic():
        _decide(itertools.pairwise(ids), StoryDecision.Kind.TOGETHER, user)
        pairs = [_pair(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :]]
        apart = Q(pk__in=[])
        for first, second in pairs:
            apart |= Q(first_id=first, second_id=second)
        StoryDecision.objects.filter(apart, kind=StoryDecision.Kind.APART).delete()
    regroup(ids)


def regroup_on_commit(article_id: int) -> None:
    """After an editor's save: regroup the article once the save is committed."""
    transaction.on_commit(lambda: regroup([article_id]))


# The article page ---------------------------------------------------------------------

MAX_SHOWN = 12


@dataclass(frozen=True)
class OtherVersion:
    """One other version of the story, as the article page lists it."""

    article: Article
    outlet: str  # the outlet or the issuing office
    release: bool
    share: int | None  # percent of the text that comes from a press release
    share_of: str  # "page": of this page's text, from that release; "them": of theirs


def outlet(article: Article) -> str:
    return article.issuer or article.source


def other_versions(article: Article) -> list[OtherVersion]:
    """The published versions of ``article``'s story, in at most one query.

    The article's own place in the grouping comes with it when the page loaded
    it (``select_related("story")``, as the article page does; one small query
    otherwise): an article in no group, most of an archive, costs no query, and
    a grouped one a single query of its group's published members by the
    group's index (no subqueries to compile: they were 2 ms of the page's CPU).
    """
    try:
        mine = article.story
    except StoryVersion.DoesNotExist:
        return []
    if mine.group_id is None:
        return []
    others = (
        Article.objects.published()
        .filter(story__group_id=mine.group_id)
        .exclude(pk=article.pk)
        .select_related("story")
        .only(
            "title",
            "slug",
            "published_at",
            "source",
            "issuer",
            "source_format",
            "story__share",
            "story__release_id",
        )
        .order_by(F("published_at").asc(nulls_last=True), "id")[:MAX_SHOWN]
    )
    result = []
    for other in others:
        share, share_of = None, ""
        if mine.release_id == other.pk and mine.share is not None:
            share, share_of = round(mine.share * 100), "page"
        elif other.story.release_id == article.pk and other.story.share is not None:
            share, share_of = round(other.story.share * 100), "them"
        result.append(
            OtherVersion(
                article=other,
                outlet=outlet(other),
                release=is_release(other),
                share=share,
                share_of=share_of,
            )
        )
    return result


def regroup_imported(
    outcomes,
    *,
    signatures: Mapping[str, story_text.Signature] | None = None,
    stored: Iterable[int] = (),
) -> None:
    """At the end of an import run: regroup the articles it created or changed.

    ``stored``: ids of articles whose signature the run already stored from its
    workers' (``ImportState.signed``), not computed again. ``signatures``: by
    article slug, others computed elsewhere; the rest are computed here.
    """
    slugs = [o.article for o in outcomes if o.status in ("created", "updated") and o.article]
    signatures = signatures or {}
    ids: list[int] = []
    known: dict[int, story_text.Signature] = {}
    for start in range(0, len(slugs), BATCH):
        chunk = slugs[start : start + BATCH]
        for article_id, slug in Article.objects.filter(slug__in=chunk).values_list("id", "slug"):
            ids.append(article_id)
            if slug in signatures:
                known[article_id] = signatures[slug]
    regroup(ids, signatures=known, stored=set(stored))
