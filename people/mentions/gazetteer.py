"""Known names: one Aho–Corasick pass over the folded text, then checks on the original.

A hit counts only when it is a whole word in the original text, has the
capitals its alias has ("Seguro Social", not "seguro social"; every letter of a
one-word acronym such as IMSS or AMLO), and, for aliases an editor marked as not
auto-linking, when its scope allows it: institutions only inside their
jurisdiction, officials only when the article names them in full (resolution).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from people.mentions.lexicon import STATE_BY_NAME, STOPWORDS
from people.mentions.registry import INSTITUTION, OFFICIAL, AliasEntry, Registry
from people.mentions.text import Document, fold_word, normalize_alias, one_word_before


@dataclass
class InstOcc:
    """An institution occurrence in the document."""

    start: int
    end: int
    name: str
    key: str
    id: int | None = None
    jurisdiction: str = ""
    acronym: str = ""
    surface: str = ""
    aliases: list[str] = field(default_factory=list)
    source: str = "gazetteer"  # "gazetteer", "phrase", "acronym", "title"


def overlaps(occs, start: int, end: int) -> bool:
    """Does the span ``start``–``end`` overlap any of ``occs``?"""
    return any(o.start < end and start < o.end for o in occs)


@dataclass
class PersonOcc:
    start: int
    end: int
    official_id: int
    surface: str


@dataclass
class DeferredOcc:
    """A registered alias that may only link in-article (surnames, shared names)."""

    start: int
    end: int
    entries: list[AliasEntry]
    surface: str


def in_scope(institution_jurisdiction: str, jurisdiction: str) -> bool:
    if not institution_jurisdiction or not jurisdiction:
        return False
    return institution_jurisdiction == jurisdiction or institution_jurisdiction.startswith(
        jurisdiction + "/"
    )


def word_boundaries(text: str, start: int, end: int) -> bool:
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or (before == "-" and start > 1 and text[start - 2].isalnum()):
            return False
    if end < len(text):
        after = text[end]
        if after.isalnum() or (after == "-" and end + 1 < len(text) and text[end + 1].isalnum()):
            return False
    return True


def case_matches(text: str, start: int, end: int, entry: AliasEntry) -> bool:
    if entry.exact:
        return text[start:end].isupper()
    for offset in entry.caps:  # noqa: SIM110 - a loop is several times faster than all()
        if not text[start + offset].isupper():
            return False
    return True


_STATE_NAMES = sorted(STATE_BY_NAME, key=len, reverse=True)
_PLACE_AFTER = re.compile(
    r" (?:de|del estado de|en) ("
    + "|".join(re.escape(n) for n in [*_STATE_NAMES, "mexico"])
    + r")\b"
)
_LEVEL_AFTER = re.compile(r" (federal|estatal|municipal)\b")
# Names that are also the end of another body's name: "Municipio de Durango" (the
# Ayuntamiento's other name) inside "Aguas del Municipio de Durango". Folded openings.
NAME_ENDINGS = ("municipio de ",)
# A capitalised word and "del"/"de la" just before a hit: the hit continues that name.
_NAME_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+ (?:del|de la|de los|de las) $")
_CAPWORD_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+) $")
_CAPWORD_AFTER = re.compile(r" ([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)")


def state_after(doc: Document, end: int, key: str) -> str | None:
    """The state named right after an institution hit ("… de Puebla"), as an ISO code."""
    match = _PLACE_AFTER.match(doc.folded, end)
    if not match:
        return None
    place = match.group(1)
    if place == "mexico":
        # "Gobierno del Estado de México" names the state; "Gobierno de México" the country.
        return "MX-MEX" if key.endswith("estado") else None
    return STATE_BY_NAME.get(place)


def scan(
    doc: Document, registry: Registry, jurisdiction: str
) -> tuple[list[InstOcc], list[PersonOcc], list[DeferredOcc]]:
    text = doc.text
    institutions: list[InstOcc] = []
    persons: list[PersonOcc] = []
    deferred: list[DeferredOcc] = []
    entries_of = registry._entries.get
    after_cache: dict[int, tuple[str | None, str | None]] = {}
    for start, end, key in registry.scan(doc.matching):
        if not word_boundaries(text, start, end):
            continue
        bucket = entries_of(key)
        if not bucket:
            continue
        if len(bucket) == 1:
            if not case_matches(text, start, end, bucket[0]):
                continue
            entries = bucket
        else:
            entries = [e for e in bucket if case_matches(text, start, end, e)]
            if not entries:
                continue
        if entries[0].entity == INSTITUTION or any(e.entity == INSTITUTION for e in entries):
            if key.startswith(NAME_ENDINGS) and _NAME_BEFORE.search(
                text, max(0, start - 40), start
            ):
                continue  # "Aguas del Municipio de Durango": a name of its own
            occ = _institution(doc, registry, entries, start, end, key, jurisdiction, after_cache)
            if occ is not None:
                institutions.append(occ)
                continue
        person_entries = [e for e in entries if e.entity == OFFICIAL]
        if not person_entries or not _stands_alone(doc, start, end):
            continue
        surface = text[start:end]
        auto = {e.entity_id for e in person_entries if e.auto_link}
        if len(auto) == 1:
            persons.append(PersonOcc(start, end, auto.pop(), surface))
        else:
            deferred.append(DeferredOcc(start, end, person_entries, surface))
    return institutions, persons, deferred


def _institution(doc, registry, entries, start, end, key, jurisdiction, cache) -> InstOcc | None:
    candidates = []
    for entry in entries:
        if entry.entity != INSTITUTION:
            continue
        record = registry.institutions.get(entry.entity_id)
        if record is None:
            continue
        if entry.auto_link or in_scope(record.jurisdiction, jurisdiction):
            candidates.append(record)
    if not candidates:
        return None
    if doc.text.startswith(" ", end):
        level, named_state = _context_after(doc, end, key, cache)
        if level:
            # "la Secretaría de Salud federal" is not the state's, "… estatal" not the
            # nation's, "… municipal" neither.
            candidates = [r for r in candidates if _level(r.jurisdiction) == level]
        if named_state:
            # "Secretaría de Finanzas de Puebla" is not Zacatecas's Secretaría de Finanzas.
            candidates = [
                r
                for r in candidates
                if not _is_state_level(r.jurisdiction) or in_scope(r.jurisdiction, named_state)
            ]
    ids = {r.id for r in candidates}
    if len(ids) > 1:
        local = {r.id for r in candidates if in_scope(r.jurisdiction, jurisdiction)}
        ids = local if len(local) == 1 else ids
    if len(ids) != 1:
        return None
    record = registry.institutions[ids.pop()]
    # keyed by its name, not the alias the text wrote ("Cabildo de Hermosillo" is the
    # Ayuntamiento de Hermosillo's): rules read the kind of body from its key
    return InstOcc(
        start,
        end,
        record.name,
        normalize_alias(record.name),
        id=record.id,
        jurisdiction=record.jurisdiction,
        acronym=record.acronym,
        surface=doc.text[start:end],
    )


def _context_after(doc, end, key, cache):
    """(level word, named state) right after a hit: " federal", " de Puebla"."""
    if end not in cache:
        level = _LEVEL_AFTER.match(doc.folded, end)
        cache[end] = (level.group(1) if level else None, state_after(doc, end, key))
    return cache[end]


def _level(jurisdiction: str) -> str:
    if "/" in jurisdiction:
        return "municipal"
    return "estatal" if jurisdiction.startswith("MX-") else "federal"


def _is_state_level(jurisdiction: str) -> bool:
    return jurisdiction.startswith("MX-")


def _stands_alone(doc: Document, start: int, end: int) -> bool:
    """A person alias glued to another capitalised word is part of a longer name.

    "Enrique Peña" inside "Luis Enrique Peña Gómez" is someone else.
    """
    text = doc.text
    before = _CAPWORD_BEFORE.search(text, one_word_before(text, start, 40), start)
    if before and fold_word(before.group(1)) not in STOPWORDS and not doc.in_title(start):
        return False
    after = _CAPWORD_AFTER.match(text, end)
    return not (after and fold_word(after.group(1)) not in STOPWORDS and not doc.in_title(start))
