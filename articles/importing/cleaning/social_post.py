"""A post copied from a social network's page: the account's head over the caption.

Instagram's web page prints the account's handle with its «• Seguir» («• Follow»)
button and the post's place under it, then the caption with the handle glued before
its first line («handle 📰 | Headline ❄️»). The head and the glued handle are the
page's; the caption is the story.
"""

import re

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
