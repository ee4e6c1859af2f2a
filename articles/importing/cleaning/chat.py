"""Stories pasted from a chat export (WhatsApp, Telegram): each message opens with
its stamp and sender («[05/06/21 10:42:17] Prensa Municipal: …», Android's
«05/06/21 10:42 - Prensa Municipal: …»), and the app's own lines ride along
(«Reenviado», «<Multimedia omitido>»). ``strip_chat_export`` keeps the messages'
text without their stamps, drops the app's lines, and drops the short messages
sent after the story («Favor de confirmar de recibido 🙏»).

The tables are data: adding an app's spelling is adding a row (and a test).
"""

import re

from people.naming import drop_invisible, fold

# A message's stamp and sender: «[05/06/21 10:42:17] Name: », «[7/9/2020, 7:03 p. m.]
# Name: », «05/06/21 10:42 - Name: ».
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
_SENDER = r"[^:\n\]]{1,60}?"
MESSAGE_STAMPS = (
    r"\[" + _DAY + r",?\s+" + _CLOCK + r"\]\s+" + _SENDER + r":[ \t]?",  # iPhone
    _DAY + r",?\s+" + _CLOCK + r"\s+-\s+" + _SENDER + r":[ \t]?",  # Android
)
_STAMP = re.compile(r"^\s*(?:" + "|".join(MESSAGE_STAMPS) + r")", re.IGNORECASE)

# What the app writes itself, alone in a message (folded, without its angle brackets).
APP_LINES = frozenset(
    {
        "reenviado",
        "reenviado muchas veces",
        "forwarded",
        "forwarded many times",
        "multimedia omitido",
        "media omitted",
        "imagen omitida",
        "image omitted",
        "video omitido",
        "video omitted",
        "audio omitido",
        "audio omitted",
        "sticker omitido",
        "documento omitido",
        "se elimino este mensaje",
        "this message was deleted",
    }
)
_SHORT_MESSAGE_WORDS = 25  # a message after the story this short is chatter about it


def _app_line(text: str) -> bool:
    return fold(drop_invisible(text).strip().strip("<>*_ ")) in APP_LINES


def strip_chat_export(text: str) -> tuple[str, list[str]]:
    """(the story without the chat's stamps and app lines, the lines removed); the
    text as it is when its first line is no chat message."""
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    if not _STAMP.match(first):
        return text, []
    messages: list[list[str]] = []
    removed: list[str] = []
    for line in lines:
        if stamp := _STAMP.match(line):
            removed.append(stamp.group(0).strip())
            messages.append([drop_invisible(line[stamp.end() :])])
        elif messages:
            messages[-1].append(line)
    kept: list[list[str]] = []
    for message in messages:
        if len(message) == 1 and _app_line(message[0]):
            removed.append(message[0].strip())
            continue
        kept.append(message)
    if kept:
        story = max(range(len(kept)), key=lambda i: len(" ".join(kept[i]).split()))
        tail = kept[story + 1 :]
        if all(len(" ".join(m).split()) <= _SHORT_MESSAGE_WORDS for m in tail):
            removed += [" ".join(m).strip() for m in tail]
            kept = kept[: story + 1]
    return "\n".join(line for message in kept for line in message), removed
