"""Every version of a story: which articles report the same event (pure functions).

Two articles are versions of one story when a score combining three kinds of
evidence reaches ``Tuning.threshold``:

- **text**: the weighted cosine of their signatures (their rare content
  words, ``articles/story_text.py``), the names of the people and bodies
  they mention left out, so two stories about the same official are not
  alike for that alone; in a large neighbourhood a word many of its articles
  use weighs less;
- **entities**: the officials and institutions both mention (the linker's
  mention tables), a small bonus each;
- **dates**: both dated, they must lie within ``window_days`` (no pair
  across it is ever scored); the same day adds a little, an undated article
  needs stronger text, and two undated ones near-identical text.

Groups are made greedily from the strongest pair down, never joining two
articles an editor set apart nor two press releases of one office (their
template language is not one story), always keeping together those an editor
joined (``cluster``). ``articles/story_grouping.py`` loads and stores what this
module decides.
"""

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class StoryDoc:
    """What grouping knows of one article."""

    id: int
    day: date | None
    terms: Mapping[int, float]  # signature: term hash -> rarity
    officials: frozenset[int] = frozenset()
    institutions: frozenset[int] = frozenset()
    release: bool = False  # a press release ("boletín")
    issuer: str = ""


@dataclass(frozen=True)
class Tuning:
    """The weights of the score, as data (tuned on tests/articles/versions_devset/b1)."""

    window_days: int = 3
    # A group spans at most this many days from its first to its last dated
    # article: an ongoing subject covered day after day never chains into one.
    max_span_days: int = 6
    threshold: float = 0.11
    official: float = 0.04  # per shared official, at most max_entities of them
    institution: float = 0.01  # per shared institution
    max_entities: int = 3
    same_day: float = 0.03
    undated: float = -0.04  # one of the two has no date
    both_undated: float = -0.2  # neither has: only near-identical texts are grouped
    # In a neighbourhood of at least common_population articles, a word used
    # by more than common_share of them weighs proportionally less.
    common_population: int = 30
    common_share: float = 0.08
    # A word shared by more articles than this proposes no pair (it still counts
    # in the score of pairs another word proposes): keeps the search linear.
    max_posting: int = 200
    # A word the neighbourhood dampens proposes pairs only while this few
    # articles (or common_share of them) use it: a story told by dozens of
    # outlets still pairs, a common word no longer walks a long list.
    common_posting: int = 50
    # Each article is scored against at most this many others, those whose
    # signatures resemble its own most: the cost is linear in the articles.
    max_candidates: int = 10
    # A story has a few versions from a few days: no automatic group grows past
    # this (editors' "together" pairs may), so look-alike articles never chain
    # into one huge group.
    max_group: int = 12


TUNING = Tuning()


def dampening(docs: Iterable[StoryDoc], tuning: Tuning = TUNING) -> dict[int, float]:
    """Factor for the words a large neighbourhood uses too often to tell stories apart."""
    docs = list(docs)
    if len(docs) < tuning.common_population:
        return {}
    frequency = Counter(term for doc in docs for term in doc.terms)
    limit = tuning.common_share * len(docs)
    return {term: limit / count for term, count in frequency.items() if count > limit}


def text_similarity(a: StoryDoc, b: StoryDoc, damp: Mapping[int, float] | None = None) -> float:
    """Weighted cosine of two signatures (0 to 1)."""
    damp = damp or {}

    def weight(doc, term):
        return doc.terms[term] * damp.get(term, 1.0)

    norm_a = sum(weight(a, t) for t in a.terms)
    norm_b = sum(weight(b, t) for t in b.terms)
    if not norm_a or not norm_b:
        return 0.0
    small, large = (a, b) if len(a.terms) <= len(b.terms) else (b, a)
    shared = sum((weight(a, t) + weight(b, t)) / 2 for t in small.terms if t in large.terms)
    return shared / math.sqrt(norm_a * norm_b)


def within_window(a: StoryDoc, b: StoryDoc, tuning: Tuning = TUNING) -> bool:
    if a.day is None or b.day is None:
        return True
    return abs((a.day - b.day).days) <= tuning.window_days


def pair_score(
    a: StoryDoc,
    b: StoryDoc,
    damp: Mapping[int, float] | None = None,
    tuning: Tuning = TUNING,
    *,
    similarity: float | None = None,
) -> float | None:
    """How surely ``a`` and ``b`` are versions of one story; None when they cannot be.

    ``similarity``: their ``text_similarity``, when already known.
    """
    if not within_window(a, b, tuning):
        return None
    score = text_similarity(a, b, damp) if similarity is None else similarity
    score += tuning.official * min(len(a.officials & b.officials), tuning.max_entities)
    score += tuning.institution * min(len(a.institutions & b.institutions), tuning.max_entities)
    if a.day is None and b.day is None:
        score += tuning.both_undated
    elif a.day is None or b.day is None:
        score += tuning.undated
    elif a.day == b.day:
        score += tuning.same_day
    return score


def scored_pairs(
    docs: Iterable[StoryDoc], *, focus: set[int] | None = None, tuning: Tuning = TUNING
) -> list[tuple[float, int, int]]:
    """The pairs worth comparing, scored, strongest first.

    An inverted index over the signatures: only articles sharing a word are
    compared, within the date window, and each article (of ``focus``, when
    given) with at most ``max_candidates`` others, those whose text resembles
    its own most.
    """
    docs = list(docs)
    by_id = {doc.id: doc for doc in docs}
    damp = dampening(docs, tuning)
    # Each signature's weights, dampened once, and their sums (the cosine's norms).
    weights = {
        doc.id: {term: w * damp.get(term, 1.0) for term, w in doc.terms.items()} for doc in docs
    }
    norms = {doc_id: sum(terms.values()) for doc_id, terms in weights.items()}
    # Each word's articles with their weight for it: the inner loop below is
    # the hot spot of a large regrouping, so it does no other lookup.
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for doc_id, terms in weights.items():
        for term, weight in terms.items():
            postings[term].append((doc_id, weight))
    ordinals = {doc.id: doc.day.toordinal() if doc.day else None for doc in docs}
    window = tuning.window_days
    # Words the neighbourhood dampens (too common to tell stories apart) walk
    # shorter lists: their long posting lists were most of a large regrouping.
    # They still count in the score of every pair proposed.
    longest = tuning.max_posting
    if damp:
        longest = min(longest, max(tuning.common_posting, len(docs) * tuning.common_share))

    def similarity(x: int, y: int) -> float:  # text_similarity, from the weights above
        small, large = sorted((weights[x], weights[y]), key=len)
        shared = sum(w + large[t] for t, w in small.items() if t in large) / 2
        return shared / math.sqrt(norms[x] * norms[y])

    pairs: set[tuple[int, int]] = set()
    for doc in docs:
        if (focus is not None and doc.id not in focus) or not norms[doc.id]:
            continue
        shared: dict[int, float] = defaultdict(float)
        for term, weight in weights[doc.id].items():
            posting = postings[term]
            if len(posting) > longest:
                continue
            for other, other_weight in posting:
                shared[other] += weight + other_weight
        shared.pop(doc.id, None)
        mine, day = norms[doc.id], ordinals[doc.id]
        # within_window() inlined on day ordinals.
        candidates = [
            (-value / math.sqrt(mine * norms[other]), other)
            for other, value in shared.items()
            if norms[other]
            and (day is None or ordinals[other] is None or abs(day - ordinals[other]) <= window)
        ]
        for _similarity, other in heapq.nsmallest(tuning.max_candidates, candidates):
            pairs.add((doc.id, other) if doc.id < other else (other, doc.id))
    scored = []
    for x, y in pairs:
        score = pair_score(by_id[x], by_id[y], tuning=tuning, similarity=similarity(x, y))
        if score is not None and score >= tuning.threshold:
            scored.append((score, x, y))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    return scored


def release_issuers(docs: Iterable[StoryDoc]) -> dict[int, str]:
    """Each press release's issuer: one office tells one story in one release."""
    return {doc.id: doc.issuer for doc in docs if doc.release and doc.issuer}


@dataclass
class _Clusters:
    parent: dict[int, int] = field(default_factory=dict)
    members: dict[int, set[int]] = field(default_factory=dict)
    keys: dict[int, set[str]] = field(default_factory=dict)
    span: dict[int, tuple[date, date] | None] = field(default_factory=dict)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return
        if len(self.members[rx]) < len(self.members[ry]):
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.members[rx] |= self.members.pop(ry)
        self.keys[rx] |= self.keys.pop(ry)
        self.span[rx] = _merged(self.span[rx], self.span.pop(ry))


def _merged(a: tuple[date, date] | None, b: tuple[date, date] | None):
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def cluster(
    ids: Iterable[int],
    pairs: Iterable[tuple[float, int, int]],
    *,
    together: Iterable[tuple[int, int]] = (),
    apart: Iterable[tuple[int, int]] = (),
    exclusive: Mapping[int, str] | None = None,
    days: Mapping[int, date | None] | None = None,
    tuning: Tuning = TUNING,
) -> list[set[int]]:
    """Groups of two or more articles (a list of id sets).

    Editors' "together" pairs are joined first; then the scored pairs,
    strongest first, join two groups unless an editor set apart two of their
    articles, or both hold an article with the same ``exclusive`` key (two
    press releases of one office: template language is not one story), or
    the joined group would span more than ``max_span_days`` (``days``) or
    hold more than ``max_group`` articles.
    """
    exclusive = exclusive or {}
    days = days or {}
    clusters = _Clusters()
    for x in ids:
        clusters.parent[x] = x
        clusters.members[x] = {x}
        clusters.keys[x] = {exclusive[x]} if x in exclusive else set()
        clusters.span[x] = (days[x], days[x]) if days.get(x) else None
    kept_apart: dict[int, set[int]] = defaultdict(set)
    for x, y in apart:
        kept_apart[x].add(y)
        kept_apart[y].add(x)

    def may_join(x: int, y: int) -> bool:
        rx, ry = clusters.find(x), clusters.find(y)
        if rx == ry:
            return False
        if len(clusters.members[rx]) + len(clusters.members[ry]) > tuning.max_group:
            return False
        if clusters.keys[rx] & clusters.keys[ry]:
            return False
        span = _merged(clusters.span[rx], clusters.span[ry])
        if span and (span[1] - span[0]).days > tuning.max_span_days:
            return False
        other = clusters.members[ry]
        return not any(kept_apart[m] & other for m in clusters.members[rx])

    for x, y in together:
        if x in clusters.parent and y in clusters.parent:
            clusters.union(x, y)
    for _score, x, y in sorted(pairs, key=lambda item: -item[0]):
        if may_join(x, y):
            clusters.union(x, y)
    return [set(m) for m in clusters.members.values() if len(m) > 1]
