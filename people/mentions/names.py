"""Person names: tokens, surname keys, short forms and the compatibility rule.

Mexican names are given name(s) + paternal surname + maternal surname, with
particles ("de Jesús", "de la Madrid") that make splitting unreliable. These
helpers never store a split; they compare folded tokens.
"""

import re
from functools import lru_cache

from people.mentions.lexicon import PARTICLES
from people.mentions.patterns import NICKNAME
from people.mentions.text import normalize_alias

# A nickname inside a name, as ``patterns.NAME`` admits it.
_NICKNAME = re.compile(rf" {NICKNAME}(?= )")


def without_nickname(name: str) -> str:
    """The name without a nickname in quotes inside it: 'Rogelio "el Güero" Baeza
    Ontiveros' -> "Rogelio Baeza Ontiveros" (the person's name, not what the press calls them)."""
    return _NICKNAME.sub("", name) if " " in name else name


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens without particles: "Javier de Jesús Cabral Soto" ->
    ("javier", "jesus", "cabral", "soto")."""
    return tuple(t for t in normalize_alias(name).split() if t not in PARTICLES)


def surname_key(name: str) -> str:
    """The last two tokens ("cabral soto"), or the last one for two-token names."""
    parts = tokens(name)
    if len(parts) >= 3:
        return " ".join(parts[-2:])
    return parts[-1] if parts else ""


def compatible(mention: str, canonical: str) -> bool:
    """Could ``mention`` be the same person as ``canonical``?

    Three or more tokens: both surnames equal and the given names a
    prefix-subset of the canonical ones ("Javier Cabral Soto" ~ "Javier de
    Jesús Cabral Soto"). Two tokens: first given name and paternal surname
    equal ("Enrique Peña" ~ "Enrique Peña Nieto"). Bare surnames never match.
    """
    m, c = tokens(mention), tokens(canonical)
    if len(m) < 2 or len(c) < 2:
        return False
    if m == c:
        return True
    if len(m) >= 3:
        if len(c) == 2:  # "Zoé Robledo Aburto" ~ "Zoé Robledo"
            return m[0] == c[0] and m[-2] == c[1]
        if m[-2:] != c[-2:]:
            return False
        m_given, c_given = m[:-2], c[:-2]
        return m_given[0] == c_given[0] and _subsequence(m_given, c_given)
    # two tokens: given + paternal surname
    paternal = c[-2] if len(c) >= 3 else c[-1]
    return m[0] == c[0] and m[1] == paternal


def _subsequence(small, big) -> bool:
    it = iter(big)
    return all(token in it for token in small)


@lru_cache(maxsize=65536)
def short_form_keys(name: str) -> frozenset[str]:
    return frozenset(normalize_alias(f) for f in short_forms(name))


@lru_cache(maxsize=65536)
def short_forms(name: str) -> tuple[str, ...]:
    """Short forms an article may use after naming the person in full (as written).

    "Javier de Jesús Cabral Soto" -> ["Javier Cabral Soto", "Cabral Soto"];
    "Zoé Robledo" -> ["Robledo"]. Particles inside the surnames are kept
    ("Miguel de la Madrid Hurtado" -> "de la Madrid Hurtado" is not produced;
    "Madrid Hurtado" is).
    """
    words = name.split()
    content = [i for i, w in enumerate(words) if normalize_alias(w) not in PARTICLES]
    forms: list[str] = []
    if len(content) >= 3:
        surnames = " ".join(words[content[-2] :])
        forms.append(surnames)
        if len(content) >= 4 or content[1] != content[0] + 1:
            forms.append(f"{words[content[0]]} {surnames}")
    elif len(content) == 2:
        forms.append(words[content[-1]])
    return tuple(forms)
