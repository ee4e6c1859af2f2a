"""Labelled lines of a story's head, as a newsroom's template writes them: the
title behind a label («TÍTULO: Reabren el puente», «Cabeza: …»), and a section
line run into the title under it («Sección: Economía» or a lone «Economía» right
over the headline, with no blank line between). ``unlabel_head`` gives the readers
the head as a story's usually is: the title without its label, the section line a
paragraph of its own (which the readers take as a kicker or a section line).

The title labels are the title rows of ``field_block.HEAD_FIELDS``: adding a label
is adding a row there (and a test).
"""

import re

from people.naming import fold

from .field_block import HEAD_FIELDS
from .placement import is_section_name, section_label

# Labels of a title line: the title rows of the field-block table, less the mail
# headers («Asunto», «Subject»), which the letter reader reads with their message.
TITLE_LABELS = frozenset(label for label, name in HEAD_FIELDS.items() if name == "title") - {
    "asunto",
    "subject",
}
_LABELLED_LINE = re.compile(
    r"^(?P<open>[*_]*)(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)[*_]*\s*:\s*[*_]*\s*(?P<title>\S.*)$"
)
_HEAD_LINES = 3  # non-blank lines of the head where a labelled title is looked for
_TITLE_WORDS = 3  # «Título: Reabren el puente»; «Titular: Sí» is no headline


def _title_of(line: str) -> str:
    match = _LABELLED_LINE.match(line.strip())
    if (
        not match
        or fold(match.group("label")) not in TITLE_LABELS
        or len(match.group("title").split()) < _TITLE_WORDS
    ):
        return ""
    title = match.group("title").strip().strip("*_").strip()
    # A headline opens with a capital («Cabeza: la parte de arriba» is a glossary's line).
    return title if title[:1].isupper() or title[:1] in "¿¡«“\"'0123456789" else ""


def _section_line(line: str) -> bool:
    return bool(section_label(line) or is_section_name(line))


def unlabel_head(text: str) -> str:
    """``text`` with its head's title label dropped and a section line run into the
    title under it set apart; the text as it is when its head has neither."""
    lines = text.split("\n")
    changed = False
    head = [i for i, line in enumerate(lines) if line.strip()][:_HEAD_LINES]
    for index in head:
        if title := _title_of(lines[index]):
            lines[index] = title
            changed = True
            break
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if (
        first is not None
        and first + 1 < len(lines)
        and lines[first + 1].strip()
        and _section_line(lines[first])
        and not _section_line(lines[first + 1])
    ):
        lines.insert(first + 1, "")
        changed = True
    return "\n".join(lines) if changed else text
