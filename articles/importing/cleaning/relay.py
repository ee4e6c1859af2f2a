"""A relay's envelope: a syndicate or a press service that re-sends a member's story
(or an office's release) wraps it in its own head and foot. Two shapes:

- a head framed by two equal rules over the story («=====» / «SERVICE · NAME» /
  «Fecha de envío: 17/05/2022 08:14» / «Origen: …» / «=====»), labelled lines or a
  date among its lines, and a foot after the same rule at the end («=====» / «FIN DEL
  ENVÍO 5531» / «Material de uso exclusivo…» / a contact line);
- every line of the head and the foot behind the relay's own prompt («NAME>>> …»).

Neither is the story's: both go, and the date of sending dates a story that carries
none of its own (the ``sent`` field: it never overrides a date the story gives).
"""

import re

from .dates import DateProblem, parse_date_line
from .text import is_rule

# A relay's prompt opening a line: a name and two or more «>» («REMAC>>>», «SIR >>»).
_PROMPT = re.compile(r"^[ \t]*(?P<name>[^\W\d_][\w.-]{1,20})[ \t]?>{2,}[ \t]?")
_HEAD_LINES = 10  # lines between a framed head's two rules, at most
_FOOT_LINES = 6  # lines under the foot's rule, at most
_LINE_MAX = 160
_MIN_RULE = 10
# A labelled line of the head («Fecha de envío: …», «Origen: …»).
_LABELLED = re.compile(r"^[^\W\d_][^:\n]{0,30}:[ \t]+\S")
# The parts of a head's line: «ENVÍO 1877 >>> 08-02-2016 17:32 >>> …», «… | 372 palabras».
_PARTS = re.compile(r"[ \t]+(?:>{2,}|[|·•])[ \t]+|:[ \t]+")
_TIME = re.compile(r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:h|hrs?\.?))?(?:[ \t]+\(.*\))?$")


def read_relay(text: str) -> tuple[str, dict[str, str], list[str]] | None:
    """(the story, its fields, the envelope's lines) of a relayed text; None when
    ``text`` wears no relay's envelope."""
    lines = text.split("\n")
    return _prompted(lines) or _framed(lines)


def _prompted(lines: list[str]) -> tuple[str, dict[str, str], list[str]] | None:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not (prompt := _PROMPT.match(lines[first])):
        return None
    name = prompt.group("name")
    head = first
    while head < len(lines) and _prompt_of(lines[head]) == name:
        head += 1
    if head - first > _HEAD_LINES:
        return None
    foot = len(lines)
    while foot > head and (not lines[foot - 1].strip() or _prompt_of(lines[foot - 1]) == name):
        foot -= 1
    envelope = [line.strip() for line in [*lines[first:head], *lines[foot:]] if line.strip()]
    return "\n".join(lines[head:foot]), _sent(envelope), envelope


def _prompt_of(line: str) -> str:
    match = _PROMPT.match(line)
    return match.group("name") if match else ""


def _framed(lines: list[str]) -> tuple[str, dict[str, str], list[str]] | None:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _long_rule(lines[first]):
        return None
    rule = lines[first].strip()
    close = next(
        (
            i
            for i in range(first + 1, min(len(lines), first + _HEAD_LINES + 2))
            if lines[i].strip() == rule
        ),
        None,
    )
    if close is None:
        return None
    head = [line.strip() for line in lines[first + 1 : close] if line.strip()]
    if len(head) < 2 or any(len(line) > _LINE_MAX for line in head):
        return None
    labelled = sum(1 for line in head if _LABELLED.match(line))
    if labelled < 2:
        return None
    rest = lines[close + 1 :]
    envelope = [rule, *head, rule]
    # The foot: the same rule near the end, a few short lines under it (and the rule
    # again, closing them).
    start = None
    for index in reversed([i for i, line in enumerate(rest) if line.strip() == rule]):
        tail = [line.strip() for line in rest[index:] if line.strip()]
        if len(tail) > _FOOT_LINES + 2 or any(len(line) > _LINE_MAX for line in tail):
            break
        start = index
        if any(line != rule for line in tail):
            break
    if start is not None:
        envelope += [line.strip() for line in rest[start:] if line.strip()]
        rest = rest[:start]
    return "\n".join(rest), _sent(head), envelope


def _long_rule(line: str) -> bool:
    line = line.strip()
    return len(line) >= _MIN_RULE and is_rule(line)


def _sent(lines: list[str]) -> dict[str, str]:
    """The date of sending among the envelope's lines, as the ``sent`` field."""
    for line in lines:
        body = _PROMPT.sub("", line)
        for part in _PARTS.split(body):
            part = _TIME.sub("", part.strip())
            if not part or (not part[0].isdigit() and not part[:1].isalpha()):
                continue
            try:
                if parse_date_line(part) is not None:
                    return {"sent": part}
            except DateProblem:
                continue
    return {}
