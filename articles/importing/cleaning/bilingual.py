"""A title printed in two languages, one line each, as offices serving indigenous
communities write them:

    NÁHUATL | Ipan Altepetl motlapoua yankuik kaltlamachtiloyan
    ESPAÑOL | Abren en el municipio una escuela de intérpretes

or, with no labels, the indigenous-language line first and the Spanish one under it
(both headings, or both plain lines). The Spanish line is the title; the other is an
alternate title, not body. A labelled pair is recognised by its labels
(``LANGUAGE_LABELS``); an unlabelled one when the Spanish line holds Spanish function
words and the other holds none and is made of words general Spanish does not use.

The tables are data: adding a language is adding a row (and a test).
"""

import re

from people.naming import fold

# Folded language labels -> the label is Spanish's.
LANGUAGE_LABELS = {
    "espanol": True,
    "castellano": True,
    "nahuatl": False,
    "nahuat": False,
    "maya": False,
    "mixteco": False,
    "tu'un savi": False,
    "zapoteco": False,
    "diidxaza": False,
    "mazateco": False,
    "mixe": False,
    "ayuuk": False,
    "tlapaneco": False,
    "me'phaa": False,
    "amuzgo": False,
    "nomndaa": False,
    "tseltal": False,
    "tsotsil": False,
    "chol": False,
    "otomi": False,
    "hnahnu": False,
    "mazahua": False,
    "purepecha": False,
    "totonaco": False,
    "tutunaku": False,
    "huasteco": False,
    "tenek": False,
    "raramuri": False,
    "yaqui": False,
    "mayo": False,
    "triqui": False,
    "chinanteco": False,
    "cuicateco": False,
    "ingles": False,
    "english": False,
}
# Spanish words no title in another language is made of (folded).
SPANISH_FUNCTION_WORDS = frozenset(
    {"de", "del", "la", "las", "el", "los", "en", "y", "con", "por", "para", "que", "a", "al"}
)
_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w' ]{1,20}?)\s*[|:]\s*(?P<text>\S.*)$")
_HEADING = re.compile(r"^(#{1,6}[ \t]+|\*\*|__)?")
_MIN_WORDS = 3
_MAX_LINE = 250
_FOREIGN_SHARE = 0.6  # of the other line's words that general Spanish does not use
_RARE_ZIPF = 1.0


def _labelled(line: str) -> tuple[bool, str] | None:
    match = _LABEL.match(line.strip().strip("*_#").strip())
    if match is None:
        return None
    spanish = LANGUAGE_LABELS.get(" ".join(fold(match.group("label")).split()))
    return None if spanish is None else (spanish, match.group("text").strip(" *_"))


# An apostrophe inside a word: a glottal stop or an ejective, as Mayan languages write
# them («k'iin», «ya'ab»); no Spanish word has one.
_APOSTROPHES = "'’ʼ"
_INNER_APOSTROPHE = re.compile(f"(?<=\\w)[{_APOSTROPHES}](?=\\w)")
_SHORT_WORD = 2  # letters: a word this short is written alike in many languages («tu», «u»)


def _words(line: str) -> list[str]:
    text = fold(line).replace("#", " ").replace("*", " ")
    return [w.strip(_APOSTROPHES) for w in text.split() if _bare(w).isalpha()]


def _bare(word: str) -> str:
    return word.strip(_APOSTROPHES).translate(str.maketrans("", "", _APOSTROPHES))


def _foreign(words: list[str], shared: list[str] = ()) -> bool:
    """Most of ``words`` unused in general Spanish (wordfreq; loaded only here): a word
    with an apostrophe inside is foreign; words too short to tell, and names or loans
    the Spanish line also has (``shared``), are not counted."""
    from wordfreq import zipf_frequency  # a tenth of a second, only for a likely pair

    counted = [w for w in words if len(w) > _SHORT_WORD and w not in shared]
    rare = sum(
        1 for w in counted if _INNER_APOSTROPHE.search(w) or zipf_frequency(w, "es") < _RARE_ZIPF
    )
    return bool(counted) and rare >= _FOREIGN_SHARE * len(counted)


def bilingual_title(first: str, second: str) -> tuple[str, str] | None:
    """(the Spanish line, the other line) when ``first`` and ``second`` are one title in
    two languages; None otherwise. The Spanish line keeps its markup, loses its label."""
    if not first.strip() or not second.strip() or max(len(first), len(second)) > _MAX_LINE:
        return None
    one, two = _labelled(first), _labelled(second)
    if one and two and one[0] != two[0]:
        return (one[1], second.strip()) if one[0] else (two[1], first.strip())
    if one or two:
        return None
    if _HEADING.match(first).group(0) != _HEADING.match(second).group(0):
        return None
    if first.rstrip()[-1:] in ".!?:" or second.rstrip()[-1:] in ".!?:":
        return None  # a sentence: a lede or a subtitle, no title
    words_one, words_two = _words(first), _words(second)
    if min(len(words_one), len(words_two)) < _MIN_WORDS:
        return None
    # a function word both lines have is part of a name they share («Los Pinos»)
    spanish_one = any(w in SPANISH_FUNCTION_WORDS and w not in words_two for w in words_one)
    spanish_two = any(w in SPANISH_FUNCTION_WORDS and w not in words_one for w in words_two)
    if spanish_one == spanish_two:
        return None
    spanish, other, other_words, spanish_words = (
        (first, second, words_two, words_one)
        if spanish_one
        else (second, first, words_one, words_two)
    )
    return (spanish.strip(), other.strip()) if _foreign(other_words, spanish_words) else None


_ENGLISH_MARGIN = 1.0  # mean Zipf frequency in English over Spanish that marks a translation


def is_english(line: str) -> bool:
    """A line written in English rather than Spanish (a headline's translation set under
    it): its words are, on the whole, much more frequent in English than in Spanish."""
    from wordfreq import zipf_frequency  # loaded only for a likely translation

    words = [w for w in line.lower().replace("*", " ").replace("_", " ").split() if w.isalpha()]
    if len(words) < _MIN_WORDS:
        return False
    english = sum(zipf_frequency(w, "en") for w in words)
    spanish = sum(zipf_frequency(w, "es") for w in words)
    return english - spanish >= _ENGLISH_MARGIN * len(words)
