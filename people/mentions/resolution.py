"""Who is who inside one article: candidates to people, short forms, counts.

- A name next to a title is the registered official when an alias matches
  exactly or, failing that, when exactly one official's name is compatible
  ("Javier Cabral Soto" ~ "Javier de Jesús Cabral Soto"); otherwise a new
  (discovered) person. Two compatible names in one article are one person.
- Short forms ("Cabral Soto", "Robledo") and surname aliases an editor marked
  as not auto-linking count only for a person named in full in the same
  article, and only when no other person of the article shares them: with
  Javier Cabral Soto and Fernando Soto Acosta, "Soto" links to nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from people.mentions import lexicon as lx
from people.mentions.discovery import Candidate
from people.mentions.gazetteer import (
    DeferredOcc,
    InstOcc,
    PersonOcc,
    _stands_alone,
    word_boundaries,
)
from people.mentions.names import (
    compatible,
    short_form_keys,
    short_forms,
    tokens,
    without_nickname,
)
from people.mentions.patterns import CAP, PART
from people.mentions.registry import OFFICIAL, Registry
from people.mentions.text import Document, normalize_alias


@dataclass
class Person:
    id: int | None
    name: str
    key: str
    names: list[str] = field(default_factory=list)  # full names seen in the text
    spans: list[tuple[int, int]] = field(default_factory=list)
    candidate: Candidate | None = None  # the title that describes the person
    candidates: list[Candidate] = field(default_factory=list)
    past_only: bool = True

    def add_span(self, start: int, end: int) -> None:
        if (start, end) not in self.spans:
            self.spans.append((start, end))


class People:
    def __init__(self, registry: Registry):
        self.registry = registry
        self.people: list[Person] = []
        self._by_id: dict[int, Person] = {}

    def known(self, official_id: int) -> Person:
        person = self._by_id.get(official_id)
        if person is None:
            record = self.registry.officials[official_id]
            person = Person(official_id, record.name, normalize_alias(record.name))
            self._by_id[official_id] = person
            self.people.append(person)
        return person

    def discovered(self, name: str) -> Person:
        key = normalize_alias(name)
        for person in self.people:
            if person.id is None and (
                person.key == key or compatible(name, person.name) or compatible(person.name, name)
            ):
                if len(tokens(name)) > len(tokens(person.name)):
                    person.name, person.key = name, key
                if name not in person.names:
                    person.names.append(name)
                return person
        person = Person(None, name, key, [name])
        self.people.append(person)
        return person

    def owner_of(self, start: int, end: int) -> Person | None:
        for person in self.people:
            for s, e in person.spans:
                if s < end and start < e:
                    return person
        return None


def resolve_people(
    doc: Document,
    registry: Registry,
    persons: list[PersonOcc],
    deferred: list[DeferredOcc],
    candidates: list[Candidate],
    institutions: list[InstOcc],
) -> list[Person]:
    people = People(registry)
    for occ in persons:
        person = people.known(occ.official_id)
        person.add_span(occ.start, occ.end)
        if occ.surface not in person.names and len(tokens(occ.surface)) >= 2:
            person.names.append(occ.surface)

    # Full names first, so a short form ("la magistrada Sosa Bretón") finds its person
    # wherever the full name stands in the text.
    candidates = [_full_name(doc, _nickname_dropped(cand)) for cand in candidates]
    for cand in sorted(candidates, key=lambda c: (-len(tokens(c.name)), c.start)):
        person = people.owner_of(cand.start, cand.end)
        if person is None:
            person = _person_for(people, registry, cand)
            if person is None:
                continue
        person.add_span(cand.start, cand.end)
        if cand.name not in person.names and len(tokens(cand.name)) >= 2:
            person.names.append(cand.name)
        person.candidates.append(cand)
        if (
            person.candidate is None
            or (person.candidate.past and not cand.past)
            or _organ_post_after_seat(doc, person.candidate, cand)
            or _post_after_bare_title(doc, person.candidate, cand)
        ):
            person.candidate = cand
        if not cand.past:
            person.past_only = False

    anchored = {p.id for p in people.people if p.id is not None}
    for occ in deferred:
        ids = {e.entity_id for e in occ.entries if e.entity_id in anchored}
        if len(ids) == 1 and people.owner_of(occ.start, occ.end) is None:
            people.known(ids.pop()).add_span(occ.start, occ.end)

    _count_short_forms(doc, registry, people, institutions)
    return [p for p in people.people if p.spans]


_LEGISLATORS = frozenset({"diputado", "senador"})


def _post_after_bare_title(doc: Document, title: Candidate, post: Candidate) -> bool:
    """A title that names no body before the name (a police rank: "la comisaria X") and
    a post with its body or area in apposition after it ("…, secretaria municipal de
    Seguridad Ciudadana,"): the person holds the post after the name."""
    if title.institution is not None or title.unit or title.own_unit or title.past:
        return False
    if title.pattern != "P2" or post.pattern != "P3" or post.past:
        return False
    if post.institution is None and not post.unit and post.own_unit is None:
        return False
    return post.title_start > title.end and doc.text[title.end : post.title_start].strip() == ","


def _organ_post_after_seat(doc: Document, seat: Candidate, post: Candidate) -> bool:
    """A legislator's seat before the name and a post in an organ after it, in apposition:
    "el diputado X, presidente de la Comisión de Hacienda" holds the post (an aside
    between dashes, "la diputada X —presidenta de la Comisión …—", keeps the seat)."""
    if seat.category not in _LEGISLATORS or seat.organ or seat.start != post.start:
        return False
    # its organ named, or the seat's own body after it ("presidenta de la Comisión de
    # Salud del Congreso del Estado"): a post inside the chamber the seat is in
    inside = post.organ or (
        post.institution is not None
        and seat.institution is not None
        and post.institution.key == seat.institution.key
        and post.category not in _LEGISLATORS
    )
    if not inside or post.past or post.pattern != "P3":
        return False
    return doc.text[post.end : post.title_start].strip().startswith(",")


def _nickname_dropped(cand: Candidate) -> Candidate:
    """A candidate named with a nickname in quotes is the person without it."""
    name = without_nickname(cand.name)
    return cand if name == cand.name else replace(cand, name=name)


def _full_name(doc: Document, cand: Candidate) -> Candidate:
    """A surname pair after a title ("la magistrada Sosa Bretón") is the person named
    in full elsewhere in the article ("Irma Lucía Sosa Bretón"), when one is."""
    if len(tokens(cand.name)) != 2 or lx.fold(cand.name.split()[0]) in lx.GIVEN_NAMES:
        return cand
    for match in _longer_name(cand.name).finditer(doc.text):
        start = match.start()
        # Drop leading words that are a place ("el exalcalde de Tehuacán Felipe …").
        for word in match.group().split()[: -len(cand.name.split())]:
            first = lx.fold(word)
            before = doc.text[max(0, start - 4) : start]
            if (
                first not in lx.STOPWORDS
                and first not in lx.INSTITUTION_WORDS
                and first not in lx.STATE_BY_NAME
                and not before.endswith((" de ", " del", "del "))
            ):
                return replace(cand, name=doc.text[start : match.end()])
            start += len(word) + 1
    return cand


@lru_cache(maxsize=4096)
def _longer_name(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{CAP} (?:{PART} )?){{1,3}}{re.escape(name)}(?![\w])")


def _person_for(people: People, registry: Registry, cand: Candidate) -> Person | None:
    key = normalize_alias(cand.name)
    if key in registry.rejected_officials:
        return None
    # A short form of someone already in the article ("el delegado Cabral Soto").
    for person in people.people:
        for name in person.names or [person.name]:
            if key in short_form_keys(name):
                return person
    exact = {e.entity_id for e in registry.entries(key) if e.entity == OFFICIAL}
    exact &= set(registry.officials)
    if len(exact) == 1:
        return people.known(exact.pop())
    if len(exact) > 1:
        return None
    similar = registry.compatible_officials(cand.name)
    if len(similar) == 1:
        return people.known(similar.pop())
    if len(similar) > 1:
        return None
    return people.discovered(cand.name)


def _count_short_forms(doc: Document, registry: Registry, people: People, institutions) -> None:
    """Occurrences of each person's names and unambiguous short forms, once each."""
    owners: dict[str, set[int]] = {}
    inside: dict[tuple[str, ...], set[int]] = {}  # token runs of each person's names
    for index, person in enumerate(people.people):
        keys = set()
        for name in {person.name, *person.names}:
            name_keys, runs = _name_shapes(name)
            keys.update(name_keys)
            for run in runs:
                inside.setdefault(run, set()).add(index)
        if person.id is not None:
            keys.update(e.key for e in registry.official_aliases(person.id))
        for key in keys:
            owners.setdefault(key, set()).add(index)

    text, matching = doc.text, doc.matching
    claimed = bytearray(len(text))  # 1 where a name is already counted
    for occ in institutions:
        claimed[occ.start : occ.end] = b"\x01" * (occ.end - occ.start)
    for p in people.people:
        for s, e in p.spans:
            claimed[s:e] = b"\x01" * (e - s)
    for key in sorted(owners, key=len, reverse=True):
        indexes = owners[key]
        if len(indexes) != 1:
            continue
        index = next(iter(indexes))
        others = inside.get(tokens(key))
        if others is not None and not others <= indexes:
            continue  # "Soto" of Cabral Soto and of Soto Acosta
        person = people.people[index]
        pos = matching.find(key)
        while pos != -1:
            end = pos + len(key)
            if (
                claimed.find(1, pos, end) == -1
                and word_boundaries(text, pos, end)
                and _capitalised(text, pos, end)
                and _stands_alone(doc, pos, end)
            ):
                person.add_span(pos, end)
                claimed[pos:end] = b"\x01" * (end - pos)
            pos = matching.find(key, end)


@lru_cache(maxsize=65536)
def _name_shapes(name: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The keys of a name and of its short forms, and the runs of its tokens shorter
    than the whole name ("cabral", "cabral soto", … of "Javier Cabral Soto")."""
    keys = frozenset(k for k in map(normalize_alias, (name, *short_forms(name))) if k)
    parts = tokens(name)
    runs = tuple(
        parts[i : i + size] for size in range(1, len(parts)) for i in range(len(parts) - size + 1)
    )
    return keys, runs


def _capitalised(text: str, start: int, end: int) -> bool:
    """Every word of a name form starts with a capital, particles aside."""
    for word in text[start:end].split():
        if word[0].isalpha() and not word[0].isupper() and word.lower() not in _PARTICLES:
            return False
    return True


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})
