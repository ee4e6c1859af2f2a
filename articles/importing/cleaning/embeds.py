"""What an embedded post leaves in copied text when the embed did not render: the
platform's own lines around it («Ver esta publicación en Instagram», «Una publicación
compartida por Ana (@ana)», «View this post on Instagram», «Ver este video en TikTok»),
sometimes after the platform's name in brackets («[Instagram] Ver esta…»). They are the
player's chrome, never the story's text. The post's own words, when quoted, are handled
with the quoted posts (``boilerplate.is_embedded_post``)."""

import re

from people.naming import fold

# Platforms whose embeds leave chrome; folded.
PLATFORMS = (
    r"instagram",
    r"facebook",
    r"tiktok",
    r"twitter",
    r"x",
    r"youtube",
    r"threads",
    r"tweet",
    r"embed",
    r"publicacion",
    r"post",
    r"video",
)
# The chrome's lines, folded, a row per wording (the platform's name as PLATFORM).
EMBED_LINES = (
    r"ver esta publicacion en PLATFORM",
    r"ver este (?:video|reel|post) en PLATFORM",
    r"ver (?:la )?publicacion (?:completa )?en PLATFORM",
    r"ver en PLATFORM",
    r"abrir en PLATFORM",
    r"view this (?:post|video|reel) on PLATFORM",
    r"view (?:on|in) PLATFORM",
    r"watch on PLATFORM",
    r"una publicacion compartida (?:por|de) .{2,80}",
    r"un video compartido (?:por|de) .{2,80}",
    r"a post shared by .{2,80}",
    r"a video shared by .{2,80}",
    r"publicacion compartida (?:por|de) .{2,80}",
    # a video player's controls left in copied text: «Reproducir video», «0:00 / 2:31»
    r"(?:reproducir|reproduce|pausar|play|pause|watch) (?:el |este )?(?:video|audio|clip)",
    r"\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?",
    # an audio player's speed control («Velocidad 1x», «Velocidad 1.5x»)
    r"(?:velocidad|speed) ?(?:de reproduccion ?)?:? ?\d(?:[.,]\d{1,2})? ?x",
)
# A credit of the player's clip («Video: Canal 12», «Audio: Radio Sur»): chrome only in a
# paragraph with one of the lines above, never alone (a lone credit is kept as a credit).
PLAYER_CREDITS = (r"(?:video|audio|clip)\s?: .{2,60}",)
_PLATFORM = r"(?:" + "|".join(PLATFORMS) + r")"
_LABEL = re.compile(r"^\[\s*" + _PLATFORM + r"\s*\]\s*")
# A player's button symbols before its controls («▶ 00:00 / 02:41», «⏯ Velocidad 1x»).
_BUTTONS = r"[\u25b6\u25ba\u23ef\u23f5\u23f8\u25a0\ufe0e\ufe0f ]*"
_LINE = re.compile(
    r"^"
    + _BUTTONS
    + r"(?:"
    + "|".join(row.replace("PLATFORM", _PLATFORM) for row in EMBED_LINES)
    + r")[.:\s]*$"
)
_PLAYER_CREDIT = re.compile(r"^(?:" + "|".join(PLAYER_CREDITS) + r")$")
_LINE_MAX = 200
_LINES_MAX = 4


def is_embed_line(line: str) -> bool:
    """A line of an embed's chrome («[Instagram] Ver esta publicación en Instagram»)."""
    folded = fold(line.strip().strip("*_>").strip())
    if not folded or len(folded) > _LINE_MAX:
        return False
    return bool(_LINE.match(_LABEL.sub("", folded)))


def is_embed_chrome(paragraph: str) -> bool:
    """A paragraph of one to four lines, each an embed's chrome."""
    lines = [line for line in paragraph.strip().split("\n") if line.strip()]
    if not 0 < len(lines) <= _LINES_MAX:
        return False
    chrome = [is_embed_line(line) for line in lines]
    return any(chrome) and all(
        is_chrome or _is_player_credit(line) for is_chrome, line in zip(chrome, lines, strict=True)
    )


def _is_player_credit(line: str) -> bool:
    folded = fold(line.strip().strip("*_").strip())
    return len(folded) <= _LINE_MAX and bool(_PLAYER_CREDIT.match(folded))
