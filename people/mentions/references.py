"""A role referred to after the name: "Mónica Ruiz Soto respondió… La alcaldesa agregó…".

The press often names a person with no title and gives the title alone in the next
sentence, as its subject. The title is the person's only when exactly one person fits:
the previous sentence of the same paragraph names exactly one untitled person of the
title's gender, at the start of a clause (the sentence's opening, after a comma or a
semicolon: "En el muelle, Verónica Pacheco Uc dio…"), and no one else in the article
holds that title.
Anything else (two people, a person described by a noun, "la activista X"; a title
someone already holds) links nobody.

Pure text logic; ``discovery`` turns what it finds into candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from people.mentions import lexicon as lx
from people.mentions.patterns import NAME
from people.mentions.text import fold_word

# The categories of the roles a bare title may refer back with: titles that say the
# post on their own ("la alcaldesa", "el munícipe", "la regidora"); "el presidente
# municipal" is a president's title with its level.
REFERRING_CATEGORIES = frozenset({"alcalde", "gobernador", "municipal", "diputado", "senador"})
# Other titles one body has one holder of, named by the title alone ("la ombudsperson
# estatal"): rows by their masculine forms.
REFERRING_ROLES = frozenset({"ombudsperson|ombudsman"})
_LEVEL_PRESIDENT = "presidente"
# Their forms in lower case, each row's under its masculine: what someone holding one is
# held as.
REFERRING_FORMS = {
    role.masculine: tuple(form.lower() for form in role.forms())
    for role in lx.ROLES
    if role.masculine in REFERRING_ROLES
}

ROWS = [
    i
    for i, role in enumerate(lx.ROLES)
    if role.category in REFERRING_CATEGORIES
    or role.category == _LEVEL_PRESIDENT
    or role.masculine in REFERRING_ROLES
]
REFERRING_ROLE_CATEGORIES = frozenset(
    role.category for role in lx.ROLES if role.masculine in REFERRING_ROLES
)
# What holding each row's title is held as, for "nobody in the article holds that title":
# its category ("el presidente municipal" is a mayor's), or its own row.
ROW_HELD = {
    i: "alcalde"
    if lx.ROLES[i].category == _LEVEL_PRESIDENT
    else lx.ROLES[i].masculine
    if lx.ROLES[i].masculine in REFERRING_ROLES
    else lx.ROLES[i].category
    for i in ROWS
}
# "El munícipe sostuvo", "La alcaldesa leonesa agregó", "El presidente municipal pidió":
# a sentence opened by the article and a title, in the same paragraph as the one before.
# (It opens with the literal ". ", which the engine looks for before trying the titles.)
_REFERRING = re.compile(
    r"\. (?P<article>El|La) (?i:"
    + "|".join(f"(?P<r{i}>{lx.TITLES[i][0]})" for i in ROWS)
    + r")(?![\w])"
)
# What a referring title may carry before its verb: its level or a demonym ("leonesa",
# "capitalina"); then the verb, in lower case.
_TAIL = re.compile(
    r"(?P<tail>(?: [a-záéíóúñ]+(?:al|ense|eño|eña|ano|ana|ino|ina|esa|és))?) [a-záéíóúñ]"
)
_NAME = re.compile(NAME)


@dataclass(frozen=True)
class Reference:
    """A bare title at ``title_start`` that refers to the person at ``name``."""

    title_start: int
    word_end: int  # the end of the title's words
    title_end: int  # the title and its level or demonym, as written
    row: int  # the title's row in ``lexicon.ROLES``
    feminine: bool
    name: tuple[int, int]


def bare_titles(masked: str) -> list[re.Match]:
    """The sentences of ``masked`` opened by a referring title: what ``references`` reads."""
    if ". El " not in masked and ". La " not in masked:
        return []
    return [
        match
        for match in _REFERRING.finditer(masked)
        if _TAIL.match(masked, match.end()) is not None
    ]


def references(
    masked: str, bare: list[re.Match], taken: list[tuple[int, int]], held: set[int], name_at
) -> list[Reference]:
    """The bare titles (``bare_titles``) whose one person is found, in order.

    ``taken``: the spans of people already titled; ``held``: the rows of the titles
    someone in the article already holds; ``name_at(start, end)``: the person's name in
    a span of the text (``discovery.clean_name``), or None."""
    found = []
    for match in bare:
        row = int(match.lastgroup[1:])
        if row in held:
            continue
        tail = _TAIL.match(masked, match.end())  # a name, a comma or a complement: no bare title
        title_end = match.end() + len(tail.group("tail"))
        role = lx.ROLES[row]
        if role.category == _LEVEL_PRESIDENT and not tail.group("tail").endswith("municipal"):
            continue  # "el presidente" alone may be anyone's
        feminine = match.group("article") == "La"
        name = _antecedent(masked, match.start("article"), feminine, taken, name_at)
        if name is not None:
            found.append(
                Reference(match.start(match.lastgroup), match.end(), title_end, row, feminine, name)
            )
    return found


def _antecedent(masked, start, feminine, taken, name_at) -> tuple[int, int] | None:
    """The one untitled person of the gender the previous sentence names, if one."""
    sentence = max(masked.rfind(". ", 0, start - 2) + 2, masked.rfind("\n", 0, start) + 1)
    if sentence == 1:
        sentence = 0  # no sentence before it in the text: ". " not found
    fits = []
    for match in _NAME.finditer(masked, sentence, start):
        span = name_at(match.start(), match.end())
        if span is None or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        first = fold_word(masked[span[0] : span[1]].split()[0])
        if first not in lx.GIVEN_NAMES and first not in lx.FEMININE_GIVEN_NAMES:
            continue
        if lx.is_feminine_name(masked[span[0] : span[1]]) != feminine:
            continue
        before = masked[sentence : span[0]]
        if before.strip() and not before.endswith((", ", "; ")):
            return None  # "la activista X": a person the sentence describes otherwise
        fits.append(span)
    return fits[0] if len(fits) == 1 else None
