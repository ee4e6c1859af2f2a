"""A post copied from a social network's page: the account's head over the caption.

Instagram's web page prints the account's handle with its «• Seguir» («• Follow»)
button and the post's place under it, then the caption with the handle glued before
its first line («handle 📰 | Headline ❄️»). The head and the glued handle are the
page's; the caption is the story.
"""

import re

from .dates import DateProblem, parse_date_line

# «handle • Seguir»: a handle, a bullet and the follow button's words, a row per language.
FOLLOW_BUTTONS = ("seguir", "siguiendo", "follow", "following")
_HEAD = re.compile(
    r"^[ \t]*(?P<handle>[\w.]{2,40})[ \t]+[•·][ \t]+(?i:" + "|".join(FOLLOW_BUTTONS) + r")[ \t]*$"
)
_PLACE_MAX = 60  # the post's place under the head: a short line, no sentence


def strip_post_head(text: str) -> tuple[str, list[str]]:
    """``text`` without a copied post's account head and the handle glued before its
    caption; the lines taken off."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not (head := _HEAD.match(lines[first])):
        return text, []
    handle = head.group("handle")
    removed = [lines[first].strip()]
    index = first + 1
    if (
        index < len(lines)
        and (place := lines[index].strip())
        and len(place) <= _PLACE_MAX
        and not place.startswith(handle)
        and place[-1] not in ".!?"
    ):
        removed.append(place)
        index += 1
    rest = lines[index:]
    caption = next((i for i, line in enumerate(rest) if line.strip()), None)
    if caption is not None and rest[caption].lstrip().startswith(handle + " "):
        rest[caption] = rest[caption].lstrip()[len(handle) :].lstrip()
        removed.append(handle)
    return "\n".join(rest), removed


# A page's post copied from a social network's page: the page's name over the post's
# stamp, its time after «a las» and its audience's icon after a dot («14 de agosto de
# 2018 a las 19:42 · 🌎»); the page is the story's outlet, the stamp its date.
AUDIENCE_ICONS = ("🌎", "🌍", "🌏", "👥", "🔒", "⚙️", "⚙")
_STAMP = re.compile(
    r"^[ \t]*(?P<stamp>[^\n·•]*?\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?[ \t]?m\.?|h(?:rs?)?\.?))?)"
    r"[ \t]*[·•][ \t]*(?:" + "|".join(map(re.escape, AUDIENCE_ICONS)) + r")\ufe0f?[ \t]*$",
    re.IGNORECASE,
)
# The stamp may be the day alone with its year, the icon lost in the copy («12 de agosto
# de 2019 ·»): then it must read as a date.
_DAY_STAMP = re.compile(
    r"^\s*(?P<stamp>[^\n·•]{6,40}?)\s*[·•]\s*(?:"
    + "|".join(map(re.escape, AUDIENCE_ICONS))
    + r")?\ufe0f?\s*$"
)
_PAGE_NAME_WORDS = 8  # the page's name: a short line, no sentence


def _stamp(line: str) -> re.Match | None:
    if match := _STAMP.match(line):
        return match
    match = _DAY_STAMP.match(line) if len(line) <= 60 else None
    try:
        return match if match and parse_date_line(match.group("stamp")) else None
    except DateProblem:
        return None


def read_page_post_head(text: str) -> tuple[str, list[str], dict[str, str]] | None:
    """(``text`` without a page post's head, the lines taken off, the page's name as
    ``source`` and the stamp as ``date``) when it opens with one; else None."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 3:
        return None
    name, stamp = lines[content[0]].strip(), lines[content[1]].strip()
    match = _stamp(lines[content[1]])
    if (
        match is None
        or content[1] != content[0] + 1
        or not 1 <= len(name.split()) <= _PAGE_NAME_WORDS
        or name[-1] in ".!?:"
    ):
        return None
    rest = "\n".join(lines[content[1] + 1 :])
    return rest, [name, stamp], {"source": name, "date": match.group("stamp").strip()}
