"""Syndication boilerplate: "También puedes leer" teasers, photo credits,
subscription calls, link bullets and "Fuente:" lines.

The teaser rule (``split_teaser``). A teaser is a headline glued to the
real text: "También puedes leer: Federación da seguimiento a transición del
IMSS-Bienestar en Puebla El IMSS-Bienestar asumirá un papel…". Headlines
have no terminal punctuation, so the cut is made by words. The teaser ends
right before the first word, from the third word on, that:

* is a capitalised sentence opener (an article, determiner, preposition or
  adverb: "El", "La", "Durante", "Además"…) or a capitalised past-tense
  verb ("Destacó", "Informó"; headlines use the present tense), and
* does not follow a connector ("en", "de", "a", "la"…), because "en El
  Salvador" or "de La Paz" are names inside the headline, and
* starts at least three words of text.

An opener followed by a lower-case word, a number or an acronym ("El
IMSS-Bienestar asumirá", "Las autoridades") is a strong cut; one followed
by a capitalised word ("El Buen Fin") may be a proper name and is used only
when no strong cut exists. "Foto:" and a Markdown link also end a teaser.
With no cut at all, the whole paragraph is the teaser.
"""

import re

from people.naming import fold

_TEASER = re.compile(
    r"^[*_]*(?:tambi[eé]n\s+(?:puedes|te\s+puede\s+interesar)\s+leer|tambi[eé]n\s+lee"
    r"|lee\s+tambi[eé]n|leer\s+tambi[eé]n|puedes\s+leer|te\s+puede\s+interesar"
    r"|te\s+recomendamos|recomendamos|lee\s+m[aá]s|leer\s+m[aá]s|mira\s+tambi[eé]n"
    r"|nota\s+relacionada|relacionad[oa]s?)\s*[*_]*\s*:\s*[*_]*\s*",
    re.IGNORECASE,
)
_LEADING_LINK = re.compile(r"\[[^\]\n]{0,300}\]\([^)\s]{0,1000}(?:\s+\"[^\"\n]*\")?\)")
_CREDIT = re.compile(
    r"^[*_]*(?:fotos?|fotograf[ií]as?|im[aá]gen(?:es)?|cr[eé]ditos?)[*_]*\s*:\s*[*_]*\s*(.{1,150}?)[*_\s]*$",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"^[*_]*(?:fotos?|fotograf[ií]as?|imagen|cr[eé]dito)[*_]*:", re.I)
_SUBSCRIBE = re.compile(
    r"^#*\s*[*_]*\s*(?:recuerda\s+suscribirte|suscr[ií]bete|s[ií]guenos\s+en|[uú]nete\s+a\s+nuestro"
    r"|recibe\s+(?:las\s+)?noticias)",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^[*_]*fuentes?[*_]*\s*:\s*[*_]*\s*(.{1,120}?)[*_\s]*$", re.IGNORECASE)
# A line holding only a link: "- → https://bit.ly/x", "- 📰 elciudadano.com",
# "- [Otra nota](https://…)".
_LINK_LINE = re.compile(
    r"^(?P<bullet>[-*+•]\s*)?[^\w\s]{0,4}\s*"
    r"(?:<?https?://\S+?>?|(?:www\.)?[\w-]++(?:\.[\w-]++)*\.[a-z]{2,}(?:/\S*)?"
    r"|\[[^\]\n]{0,300}\]\(\S{1,1000}\))$",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SENTENCE_OPENERS = _words(
    """el la los las un una unos unas lo al este esta estos estas ese esa esos esas
    aquel aquella dicho dicha dichos dichas en con durante por para segun ante tras
    desde hacia sin sobre entre mediante ademas asimismo tambien asi hoy ayer manana
    cabe no se le les cuando mientras luego despues antes aunque pero sin finalmente
    posteriormente previamente actualmente recientemente alli ahi aqui"""
)
CONNECTORS = _words(
    """de del la las los el en a al y e o u por para con sin sobre entre hacia desde
    hasta ante tras que su sus un una unos unas lo"""
)
_WORD = re.compile(r"\S+")
# Cheap first test: could this paragraph be boilerplate at all?
_MAYBE_BOILERPLATE = re.compile(
    r"[#*_\s]*(?:tambi|lee|puedes|te\s|recom|mira|nota|relac|foto|im[aá]g|cr[eé]d|fuente|recuerda"
    r"|suscr|s[ií]gue|[uú]nete|recibe|[-+•]|\*\s)",
    re.IGNORECASE,
)
_EDGE_PUNCT = "*_¿¡\"“”«»'‘’()[]:,;."


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCT)


def _is_acronym(word: str) -> bool:
    head = word.split("-", 1)[0]
    return len(head) >= 2 and head.isupper()


def split_teaser(text: str) -> tuple[str, str]:
    """Split what follows "También puedes leer:" into (teaser, real text)."""
    link = _LEADING_LINK.match(text)
    if link:
        return link.group(0), text[link.end() :].lstrip()
    words = list(_WORD.finditer(text))
    weak = None
    for i, match in enumerate(words):
        word = match.group(0)
        if ":" in word and _CREDIT_WORD.match(word):
            return text[: match.start()].rstrip(), text[match.start() :]
        if i < 2 or len(words) - i < 3:
            continue
        bare = _bare(word)
        if not bare[:1].isupper() or fold(_bare(words[i - 1].group(0))) in CONNECTORS:
            continue
        folded = fold(bare)
        past_verb = len(bare) >= 5 and bare.endswith("ó")
        if folded not in SENTENCE_OPENERS and not past_verb:
            continue
        following = _bare(words[i + 1].group(0))
        if past_verb or not following[:1].isupper() or _is_acronym(following):
            return text[: match.start()].rstrip(), text[match.start() :]
        weak = weak or match
    if weak:
        return text[: weak.start()].rstrip(), text[weak.start() :]
    return text.strip(), ""


def _is_link_block(paragraph: str, *, bullets_only: bool) -> bool:
    for line in paragraph.split("\n"):
        match = _LINK_LINE.match(line) if len(line) <= 2000 else None
        if not match or (bullets_only and not match.group("bullet")):
            return False
    return True


def strip_boilerplate(paragraphs: list[str]) -> tuple[list[str], str, str, list[str]]:
    """Remove syndication boilerplate from a list of paragraphs.

    Returns (paragraphs kept, photo credit, "Fuente:" value, removed texts).
    Teaser text is cut and the real sentence glued to it kept; a credit
    ("Foto: *Archivo El Ciudadano*") becomes the lead image credit.
    """
    kept: list[str] = []
    removed: list[str] = []
    credit = source = ""
    after_subscribe = False
    for paragraph in paragraphs:
        if after_subscribe and _is_link_block(paragraph, bullets_only=False):
            removed.append(paragraph)
            continue
        after_subscribe = False
        if not _MAYBE_BOILERPLATE.match(paragraph):
            kept.append(paragraph)
            continue
        teaser = _TEASER.match(paragraph)
        if teaser:
            headline, paragraph = split_teaser(paragraph[teaser.end() :])
            removed.append(f"{teaser.group(0).strip()} {headline}".strip())
            if not paragraph:
                continue
        short = len(paragraph) <= 200
        if short and (match := _CREDIT.match(paragraph)):
            credit = credit or match.group(1).strip("*_ ")
            removed.append(paragraph)
        elif short and (match := _SOURCE.match(paragraph)):
            source = source or match.group(1).strip("*_ ")
            removed.append(paragraph)
        elif _SUBSCRIBE.match(paragraph):
            removed.append(paragraph)
            after_subscribe = True
        elif _is_link_block(paragraph, bullets_only=True):
            removed.append(paragraph)
        else:
            kept.append(paragraph)
    return kept, credit, source, removed
