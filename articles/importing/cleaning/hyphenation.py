"""Words a print page hyphenated at the end of its lines, kept in a text copied from
a PDF («mayor de-» / «manda de la ciudad»): the word is joined again («mayor
demanda» / «de la ciudad»).

A hyphen at a line's end may also be a real compound's («político-» / «electoral»,
«franco-» / «mexicano»): it stays when the text writes the compound with its hyphen
elsewhere, or when the first part is a compound's first element, a whole adjective
in «-o» (``COMPOUND_FIRST_ENDINGS``) before an adjective (``COMPOUND_SECOND_ENDINGS``);
the word is joined when the text writes it joined elsewhere, or else by those rules.
Letters on both sides, the second part in lower case: «Saltillo-» / «Monterrey», «COVID-» / «19»,
«T-» / «09» stay as they are.

The tables are data: adding an ending is adding a row (and a test).
"""

import re

# Endings of a compound's first element («político-electoral», «franco-mexicano»,
# «teórico-práctico»): a whole adjective in «-o», this long at least.
COMPOUND_FIRST_ENDINGS = ("o",)
_COMPOUND_FIRST_MIN = 5
# Endings of a compound's second element: an adjective too.
COMPOUND_SECOND_ENDINGS = (
    "al",
    "ales",
    "ico",
    "ica",
    "icos",
    "icas",
    "ano",
    "ana",
    "anos",
    "anas",
    "ivo",
    "iva",
    "ivos",
    "ivas",
    "ario",
    "aria",
    "arios",
    "arias",
    "ense",
    "enses",
)

_LETTERS = "a-záéíóúüñ"
# The word's rest may carry the punctuation closing it («tri-» / «buto.»): it goes up too.
_BROKEN = re.compile(
    rf"(?<![\w-])([A-ZÁÉÍÓÚÑ]?[{_LETTERS}]+)-\n([{_LETTERS}]+)([.,;:!?…»”\")]*)[^\S\n]*\n?"
)
_WORD = re.compile(rf"[{_LETTERS}]+(?:-[{_LETTERS}]+)*", re.IGNORECASE)


def join_broken_words(text: str) -> str:
    """``text`` with the words a line break hyphenated joined again, the rest of
    the word brought up to the line it began on."""
    if "-\n" not in text:
        return text
    words = {w.lower() for w in _WORD.findall(text)}

    def join(match: re.Match) -> str:
        first, second, closing = match.group(1), match.group(2), match.group(3)
        if not _joined(first, second, words):
            return match.group(0)
        return f"{first}{second}{closing}\n"  # the line's rest (or the next line) under it

    return _BROKEN.sub(join, text)


def _joined(first: str, second: str, words: set[str]) -> bool:
    """Whether «first-» over «second» is one word broken by the line."""
    if f"{first}-{second}" in words:
        return False  # the text writes the compound with its hyphen
    if first + second in words:
        return True
    return not _compound(first, second)


def _compound(first: str, second: str) -> bool:
    return (
        len(first) >= _COMPOUND_FIRST_MIN
        and first.endswith(COMPOUND_FIRST_ENDINGS)
        and second.endswith(COMPOUND_SECOND_ENDINGS)
    )
