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
from .names import BY_WORDS, BYLINE_LABELS
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
# deeper under a form's labelled fields («ÁREA: …», «BOLETÍN: …», «FECHA: …»), the
# office's name alone over them
_FORM_HEAD_LINES = 10
_FIELD_LINE = re.compile(r"^[*_]*[^\W\d_]+(?: [^\W\d_]+){0,2}[*_]*\s*:\s*\S")
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


def _body_label(line: str) -> bool:
    """A body's label alone on its line («TEXTO:», «Cuerpo:»)."""
    label = line.strip().strip("*_").strip()
    return label.endswith(":") and HEAD_FIELDS.get(fold(label[:-1]).strip()) == "body"


def _section_line(line: str) -> bool:
    return bool(section_label(line) or is_section_name(line))


# A byline's lead alone on its line, the name on the next («Por:» / «Ana Ruiz»), as a
# print layout sets it: one credit line for the readers.
_BARE_LEAD = re.compile(
    r"[*_]*(?:" + BY_WORDS + r"\s*:?|(?:" + "|".join(BYLINE_LABELS) + r")\s*:)[*_]*",
    re.IGNORECASE,
)
_LEAD_LINES = 12  # non-blank lines of the head where such a lead is looked for
_NAME_WORDS = 8  # the line under it: a name or two, not a sentence


def _join_bare_lead(lines: list[str]) -> bool:
    """Join a lone byline lead in the head to the name on the line under it."""
    seen = 0
    for index, line in enumerate(lines[:-1]):
        if not line.strip():
            continue
        seen += 1
        if seen > _LEAD_LINES:
            return False
        if len(line) < 20 and _BARE_LEAD.fullmatch(line.strip()):
            name = lines[index + 1].strip()
            if name[:1].isupper() and len(name.split()) <= _NAME_WORDS and name[-1:] != ".":
                lines[index : index + 2] = [f"{line.strip()} {name}"]
                return True
    return False


def unlabel_head(text: str) -> str:
    """``text`` with its head's title label dropped, a section line run into the title
    under it set apart and a lone byline lead joined to the name under it; the text as
    it is when its head has none of them."""
    lines = text.split("\n")
    changed = "\n" in text[:4000] and _join_bare_lead(lines)
    filled = [i for i, line in enumerate(lines) if line.strip()][:_FORM_HEAD_LINES]
    for position, index in enumerate(filled):
        over = filled[1:position]  # the lines over it, but the first (an office's name)
        if position >= _HEAD_LINES and not all(_FIELD_LINE.match(lines[i]) for i in over):
            break
        if title := _title_of(lines[index]):
            lines[index] = title
            changed = True
            if position + 1 < len(filled) and _body_label(lines[filled[position + 1]]):
                lines[filled[position + 1]] = ""  # «TEXTO:» alone under it: the body follows
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
