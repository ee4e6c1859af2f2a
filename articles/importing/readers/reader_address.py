"""A line that addresses the reader: a pitch, not a report.

News prose reports in the third person; the lines a site or a mailer wraps round it
speak to whoever reads («Síguenos…», «Compártelo…», «Si ya no quieres recibir este
boletín, date de baja», «Para comentar necesitas estar registrado. Inicia sesión o
regístrate.», «Descarga la app…»). No phrase table lists them; their grammar tells them:

- an IMPERATIVE WITH AN ENCLITIC opening a sentence: a verb whose stress mark, on its
  own -a or -e, shows a pronoun was joined to it («Síguenos», «Compártelo»,
  «Descárgala», «Suscríbase»); a later clause's opener only with «te» or «se»
  («Inicia sesión o regístrate»: nouns end as «órganos» or «pétalos», hardly as
  «regístrate»); or a short irregular imperative with its pronoun
  (``_SHORT_IMPERATIVES``: «date de baja», «dale», «hazlo»);
- a SECOND-PERSON PRONOUN OR POSSESSIVE (``SECOND_PERSON``: «te», «tu», «tus», «ti»,
  «contigo», «usted») in lower case or opening a clause («Tu Casa» mid-sentence is a
  programme's name), in a sentence with Spanish small words (``_SMALL_WORDS``: «te» is
  an article in Tseltal);
- an app's AVAILABILITY: a short line with no verb naming an app or a device
  («Disponible para Android y iPhone.»: ``headline_evidence.APP_WORDS``).

Every part of the line (its sentences, and what follows a colon) that has a verb must
so address the reader: «Si tienes dudas, acércate a la radio: cada jueves una abogada
atiende consultas» reports what the story offers, and stays. A line of more than
``_MAX_WORDS`` words is a paragraph of prose, whoever it speaks to.

What a speaker says is never weighed: quoted words are cut out first, and a line that
opens with a quote, a dialogue dash or a speaker's label («LOCUTORA: …», «P: …») is the
story's. A third-person request («La dependencia pidió a la población que …») or a
service note («Las personas interesadas pueden acudir …») has none of these signs.
"""

import re

from people.naming import fold

from .headline_evidence import APP_WORDS, verb_like

# Second-person pronouns and possessives (folded, lower case).
SECOND_PERSON = frozenset({"te", "tu", "tus", "ti", "contigo", "usted"})
# Imperatives of one syllable that take a pronoun without a stress mark (folded):
# «date», «dale», «dime», «hazlo», «ponte», «vete».
_SHORT_IMPERATIVES = frozenset({"da", "di", "haz", "pon", "ten", "ven", "ve"})
_CLITIC = re.compile(r"^(?P<stem>[^\W\d_]+?)(?P<clitic>me|te|se|nos|lo|la|los|las|le|les)$")
_STRESS = re.compile(r"[áéíóú]")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|‘[^’]*’")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_SPEAKER = re.compile(r"^[^\W\d_][^\W\d_.]*(?: [^\W\d_.]+){0,3}\s*:\s*\S")
_SENTENCES = re.compile(r"(?<=[.!?…:;])\s+")
# Clause breaks: punctuation, a bracket, a bar, or «y», «o» joining two orders.
_CLAUSES = re.compile(r"[.,;:!?¡¿()\[\]|·•—–⬇▶]+|\s(?:y|o|e|u)\s")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 24  # a longer line is a paragraph of prose, whoever it speaks to
_REFLEXIVE = frozenset({"te", "se"})
# Small words of Spanish (folded): a pronoun counts in a Spanish sentence only («te» is
# an article in Tseltal).
_SMALL_WORDS = frozenset(
    """
    de del la el los las en que para por con a al un una no se si y o este esta estos
    estas
    """.split()  # noqa: SIM905 (a table of words)
)


def _enclitic_imperative(word: str, *, first: bool) -> bool:
    """``word`` is an imperative carrying a pronoun: its stress mark falls before the
    pronoun, on the verb's own -a or -e («compárte-lo», «síga-nos»), or it is a short
    imperative's («da-te»). Only a sentence's first word may carry any pronoun; a later
    clause's opener carries «te» or «se» («Inicia sesión o regístrate»): a noun ends
    as «órganos» or «pétalos» do, hardly as «regístrate»."""
    lower = word.lower()
    found = _CLITIC.match(lower)
    if not found or lower.endswith("mente") or not (first or word.islower()):
        return False
    stem, clitic = found.group("stem"), found.group("clitic")
    if fold(stem) in _SHORT_IMPERATIVES and not _STRESS.search(stem):
        return True
    if not first and clitic not in _REFLEXIVE:
        return False
    return stem[-1:] in "ae" and bool(_STRESS.search(stem[:-1]))


def _sentence_addresses(text: str) -> bool:
    clauses = [_WORD.findall(clause) for clause in _CLAUSES.split(text)]
    clauses = [words for words in clauses if words]
    if any(_enclitic_imperative(words[0], first=not at) for at, words in enumerate(clauses)):
        return True
    spanish = any(fold(word) in _SMALL_WORDS for words in clauses for word in words)
    return spanish and any(
        fold(word) in SECOND_PERSON and (word.islower() or word.isupper() or not index)
        for words in clauses
        for index, word in enumerate(words)
    )


def _availability(text: str) -> bool:
    """An app's availability: a short line with no verb naming an app or a store."""
    words = _WORD.findall(text)
    return len(words) <= 8 and not verb_like(text) and bool({fold(w) for w in words} & APP_WORDS)


def addresses_reader(line: str) -> bool:
    """``line`` speaks to its reader, outside any quote, in every sentence that has a
    verb (the others are an app's availability or words with no verb)."""
    text = _URL.sub(" ", _LINK.sub(r"\1", line)).strip(" _*#>\t")
    if not text or text[:1] in '«“"—–-' or _SPEAKER.match(text):
        return False
    text = _QUOTED.sub(" ", text)
    if len(_WORD.findall(text)) > _MAX_WORDS:
        return False
    addressing = False
    for sentence in _SENTENCES.split(text):
        if _sentence_addresses(sentence) or _availability(sentence):
            addressing = True
        elif verb_like(sentence):
            return False  # a sentence that reports: the line is the story's
    return addressing
