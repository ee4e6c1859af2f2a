"""Headline evidence: the title a reader took, weighed against the headlines under it.

``headline.second_look`` replaces a title that shows a furniture *sign* (a date, a
path, a code). Each newsroom has furniture with no such sign: an app's share line, an
outlet's name alone, a label ending in a colon, a notice's address or an issuer's name
in capitals, a labelled field, an agency's transmission codes. No table can list them
all, but none of them reads as a headline, and the headline is a few lines further
down. So this look weighs evidence on both sides:

- the title is WEAK when nothing in it reads as a headline (``title_weakness``): it
  ends in a colon (a label announces what follows, a headline does not); it is
  «Label: value» with no verb (a field: «LUGAR: Cuauhtémoc, Chih.»; a headline after
  its subject's name and a colon has one: «Cosecha de miel: lo que cambia»);
  most of its words are codes («ZCZC API0237 BC-…», file names); or it has no verb
  (``verb_like``) and is a name, an app's line or a desk's order: an outlet, an
  office, a club, a place, a notice's address (``name_kind``), a line naming the app
  or device it was sent from (``APP_WORDS``); a headline says what happened, a name
  or a share line says who or where;
- a paragraph among the body's first is a STRONG candidate when it has a headline's
  shape (``headline.headline_shaped``; in capitals, a closing full stop too, as the
  wires set them), a verb when the title's weakness is having none, and under it
  what follows a headline: a byline or a date line, a dateline, or the prose.

A weak title gives way to the first strong candidate when only furniture (weak lines,
lines with a furniture sign, labelled lines, a summary in italics) stands between
them; the prose, or a headline-shaped paragraph that is not strong, ends the search.
A title in capitals that is no name but has no verb either («NO PUBLICAR TODAVÍA»)
gives way only to a sentence-case headline with a verb, and only past furniture: the
paragraph right under a headline in capitals may be its summary. A Jekyll post's
front-matter title and a title with headline evidence are never weighed.
"""

import re
from itertools import pairwise

from articles.importing.cleaning.outlets import (
    has_outlet_word,
    outlet_like,
    outlet_name,
    outlet_with_tagline,
)
from articles.importing.cleaning.press import is_issuer_head, is_issuer_line, is_kicker
from articles.importing.cleaning.title_edges import is_place
from people.naming import fold

# Words after which the next word is a verb (folded): a reflexive or object pronoun,
# a negation, a relative («Tlacotalpan se prepara», «no habrá», «lo que cambia»).
VERB_LEADS = frozenset({"se", "no", "que", "lo", "le", "les", "ya", "nos"})
# Short and irregular verb forms headlines use, no ending tells them (folded).
VERB_FORMS = frozenset(
    """
    es son fue fueron va van da dan ha han hay esta estan era eran sera seran tiene tienen
    hace hacen dice dicen pide piden sigue siguen llega llegan cae caen sube suben deja
    dejan
    """.split()  # noqa: SIM905 (a table of words)
)
# Verb endings (unfolded, lower case) with the shortest word that may carry them: the
# preterite («anunció», «detuvieron»), the future («tomarán», «abrirá») and the present
# plural («bloquean», «exigen»), the tenses of headlines.
VERB_ENDINGS = (
    ("aron", 6),
    ("ieron", 6),
    ("yeron", 6),
    ("ó", 4),
    ("ará", 5),
    ("erá", 5),
    ("irá", 5),
    ("arán", 6),
    ("erán", 6),
    ("irán", 6),
    ("an", 5),
    ("en", 5),
)
# Nouns ending as a present plural does («la orden», «el examen»), folded.
NOUNS_LIKE_VERBS = frozenset(
    """
    orden imagen joven origen examen crimen volumen margen virgen carmen certamen dictamen
    germen abdomen gravamen polen regimen resumen almacen belen ruben eden
    """.split()  # noqa: SIM905 (a table of words)
)
# An article after another word follows a verb («Llega el agua», «tomarán las calles»),
# unless that word is one of these: a preposition or a conjunction before a name's
# article («Casa de la Cultura», «A la opinión pública», «desde la app»), folded.
ARTICLE_LEADS = frozenset(
    """
    a al de del en para por con y e o u sobre entre desde hasta hacia sin tras ante bajo
    contra segun durante mediante como el la los las un una
    """.split()  # noqa: SIM905 (a table of words)
)
_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una"})
_NOUN_LEADS = ARTICLE_LEADS - {"y", "e", "o", "u", "como"}  # a conjunction may join two verbs
# First words of a body's or a notice's name that are no office's (the offices are
# ``press.ISSUER_HEADS``): clubs, leagues, associations, churches, a notice's label.
NAME_HEADS = frozenset(
    """
    club liga asociacion fundacion cooperativa colectivo parroquia iglesia diocesis
    arquidiocesis frente movimiento red consorcio grupo equipo aviso comunicado
    convocatoria boletin
    """.split()  # noqa: SIM905 (a table of words)
)
# The apps and devices a share line says a text was sent from («Compartido desde la
# app NotiX», «Enviado desde mi iPhone»), folded.
APP_WORDS = frozenset(
    """
    app apps aplicacion iphone ipad android movil celular whatsapp telegram messenger
    facebook instagram tiktok twitter youtube
    """.split()  # noqa: SIM905 (a table of words)
)

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,%/-]*")
_LABEL_VALUE = re.compile(
    r"^(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s+(?P<value>\S.*)$"
)
_BAR = re.compile(r"\s+[|•·–—/-]\s+")
_INFINITIVE = re.compile(r"(?:ar|er|ir)$")
_CODE = re.compile(r".*(?:\d.*[^\W\d_]|[^\W\d_].*\d).*|.*_.*|[^-]+-[^-]+-.+|\w+\.\w{2,4}")
_NO_VOWEL = re.compile(r"[B-DF-HJ-NP-TV-Z]{3,}")
_NAME_WORD = 4  # words this long are capitalised in a name, not in a sentence


def _words(text: str) -> list[str]:
    return [word.strip(".,;:«»\"“”'()¿?¡!") for word in _WORD.findall(text)]


def in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters)


def _verb_word(word: str, *, capitals: bool, first: bool) -> bool:
    """``word`` reads as a verb by its form: a short irregular one, or a tense's ending
    (in mixed case only a word in lower case or opening the text: «Durán» is a name)."""
    lower, folded = word.lower(), fold(word)
    if folded in VERB_FORMS:
        return True
    if not capitals and not first and word[:1].isupper():
        return False
    if folded in NOUNS_LIKE_VERBS:
        return False
    return any(len(word) >= size and lower.endswith(ending) for ending, size in VERB_ENDINGS)


def verb_like(text: str) -> bool:
    """``text`` holds a word that reads as a verb: after a pronoun, a negation or a
    relative (not an infinitive: «NO PUBLICAR» is an order), a tense's form or ending,
    or an article right after it (an article follows a verb or a preposition)."""
    capitals = in_capitals(text)
    for part in _BAR.split(text):
        words = [word for word in _words(part) if word]
        for index, word in enumerate(words):
            if index and fold(words[index - 1]) in _NOUN_LEADS:
                continue  # «DEL VALLE DE ZACUALPAN»: after a preposition or an article, a noun
            if _verb_word(word, capitals=capitals, first=not index):
                return True
        for before, word in pairwise(words):
            if fold(before) in VERB_LEADS and not _INFINITIVE.search(fold(word)):
                return True
            if (
                fold(word) in _ARTICLES
                and fold(before) not in ARTICLE_LEADS
                and before[:1].isalpha()
                and (capitals or word.islower())  # «Diario El Sol»: a name's article
            ):
                return True
    return False


def named_only(text: str) -> bool:
    """Every long word capitalised: a name («Quintana Roo al Instante»), not a sentence."""
    long_words = [word for word in _words(text) if len(word) >= _NAME_WORD]
    return bool(long_words) and all(word[0].isupper() for word in long_words)


def name_kind(text: str) -> bool:
    """``text`` is a name: an outlet's (with its motto too), an office's, a body's, a
    place's, or a notice's label and the public it addresses («AVISO A LOS SOCIOS»)."""
    capitals = in_capitals(text)
    if not capitals and not named_only(_BAR.split(text)[0]):
        return False
    words = _words(text)
    first = fold(words[0]) if words else ""
    return bool(
        has_outlet_word(text)
        or outlet_with_tagline(text)
        or (not capitals and outlet_like(text) and outlet_name(text))
        or is_issuer_line(text)
        or is_issuer_head(first)
        or first in NAME_HEADS
        or is_kicker(text)
        or is_place(text.rstrip("."))
    )


def codes(text: str) -> bool:
    """Most of the words are codes: letters and figures run together, underscores, a
    file's extension, a slug's hyphens, capitals with no vowel («ZCZC API0237
    BC-CAMPECHE-PETROLEO»)."""
    tokens = text.split()
    codes = [t for t in tokens if _CODE.fullmatch(t.strip(".,;:()")) or _NO_VOWEL.fullmatch(t)]
    return len(tokens) >= 2 and 2 * len(codes) >= len(tokens)


def title_weakness(title: str) -> str:
    """Why ``title`` is no headline («label», «codes», «field», «app», «name»,
    «capitals»), or "" when it has a headline's evidence."""
    text = " ".join(title.split()).strip("*_ #")
    if not text:
        return ""
    if text.endswith(":"):
        return "label"  # «Contacto para medios:»: it announces what follows
    if codes(text):
        return "codes"
    if verb_like(text):
        return ""
    if _LABEL_VALUE.match(text):
        return "field"  # «LUGAR: Cuauhtémoc, Chih.», «ARCHIVO: NOTA_0412.TXT»
    if {fold(word) for word in _words(text)} & APP_WORDS:
        return "app"  # «Compartido desde la app NotiX»
    if name_kind(text):
        return "name"
    if in_capitals(text):
        return "capitals"  # no name, no verb: «NO PUBLICAR TODAVÍA»
    return ""


def labelled_line(line: str) -> bool:
    """«Label: value» (a note, a field) or a label alone closed by a colon."""
    text = line.strip().strip("*_ ")
    return text.endswith(":") or bool(_LABEL_VALUE.match(text))
