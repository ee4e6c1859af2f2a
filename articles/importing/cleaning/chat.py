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

from .press import is_issuer_line

# A message's stamp and sender: «[05/06/21 10:42:17] Name: », «[7/9/2020, 7:03 p. m.]
# Name: », «05/06/21 10:42 - Name: ».
# day first, or a desktop client's ISO day («[2016-06-04 09:03] Name: »)
_DAY = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
_SENDER = r"[^:\n\]]{1,60}?"
MESSAGE_STAMPS = (
    r"\[" + _DAY + r",?\s+" + _CLOCK + r"\]\s+" + _SENDER + r":[ \t]?",  # iPhone
    _DAY + r",?\s+" + _CLOCK + r"\s+-\s+" + _SENDER + r":[ \t]?",  # Android
    # Telegram Desktop's copy: «Channel, [03.02.24 11:20]» on a line of its own
    r"(?P<channel>" + _SENDER + r"),\s+\[" + _DAY + r",?\s+" + _CLOCK + r"\][ \t]*$",
)
_STAMP = re.compile(r"^\s*(?:" + "|".join(MESSAGE_STAMPS) + r")", re.IGNORECASE)
# The app's own notice, stamped but sent by no one («22/03/21 7:04 - Los mensajes y las
# llamadas están cifrados…», «[05/06/21 10:40:02] Se creó el grupo»): never the story.
_NOTICE = re.compile(
    r"^\s*(?:\[" + _DAY + r",?\s+" + _CLOCK + r"\]|" + _DAY + r",?\s+" + _CLOCK + r"\s+-)\s+\S",
    re.IGNORECASE,
)

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
# What the app writes itself, by its shape (folded): the channel a post was forwarded
# from, a post's views and edit stamp («👁 2.4K  edited 11:24»).
APP_LINE_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\[?(?:forwarded from|reenviado desde|reenviado de) [^\]\n]{1,80}\]?",
        # the app a story was shared from («Compartido desde la app Tal», «Enviado con la
        # aplicación de Tal», «Shared via the Tal app»)
        r"(?:compartid[oa]|enviad[oa]|shared|sent) (?:desde|con|a traves de|via|from|with) "
        r"(?:(?:la|el|mi|tu|my|the) )?(?:app|aplicacion|application)\b[^\n]{0,60}",
        r"(?:shared|sent) (?:via|from|with) (?:the )?[^\n]{1,40} app",
        # an iPhone export's attachment: «<adjunto: 00000031-PHOTO-2023-….jpg>»
        r"(?:adjunto|attached|archivo adjunto):\s*\S{1,100}",
        # an Android export's: «IMG-20210312-WA0007.jpg (archivo adjunto)»
        r"\S{1,100}\.[a-z0-9]{2,4} \((?:archivo adjunto|file attached)\)",
        r"👁\ufe0f?\s*\d+(?:[.,]\d+)?\s*[km]?(?:\s+(?:edited|editado)\s+\d{1,2}:\d{2})?",
        r"\d+(?:[.,]\d+)?\s*[km]?\s+(?:views|vistas)(?:\s+(?:edited|editado)\s+\d{1,2}:\d{2})?",
    )
)
# The notice the app writes itself at a chat's start (folded starts, a row per wording):
# Android stamps it with no sender, an iPhone under the chat's name.
APP_NOTICES = (
    "los mensajes y las llamadas estan cifrados de extremo a extremo",
    "los mensajes estan cifrados de extremo a extremo",
    "messages and calls are end-to-end encrypted",
    "messages are end-to-end encrypted",
)
_SHORT_MESSAGE_WORDS = 25  # a message after the story this short is chatter about it


def _app_notice(text: str) -> bool:
    return fold(drop_invisible(text).strip()).startswith(APP_NOTICES)


def is_app_line(text: str) -> bool:
    """A line the chat app writes itself («Forwarded from Prensa Municipal», a post's
    views and edit stamp «👁 2.4K  edited 10:41», «<Multimedia omitido>»): never the
    story's, in an export or pasted with a forwarded post."""
    return _app_line(text)


def _app_line(text: str) -> bool:
    folded = fold(drop_invisible(text).strip().strip("<>*_ "))
    if folded in APP_LINES:
        return True
    return len(folded) <= 120 and any(p.fullmatch(folded) for p in APP_LINE_PATTERNS)


_HEAD_LINE_WORDS = 12  # a message's first line this short is a head line (office, kicker)


def _short(message: list[str]) -> bool:
    return len(" ".join(message).split()) <= _SHORT_MESSAGE_WORDS


def _opens_with_head(message: list[str]) -> bool:
    """A message that is a whole story: lines and paragraphs, the first a short head line
    (an office's name, an outlet, a kicker, a headline), not a sentence run on."""
    lines = [line for line in message if line.strip()]
    first = lines[0].strip() if lines else ""
    return (
        len(lines) >= _STORY_LINES
        and any(not line.strip() for line in message)
        and len(first.split()) <= _HEAD_LINE_WORDS
        and not first.endswith((".", ":"))
    )


_STORY_LINES = 4


def _head_lines_apart(message: list[str]) -> list[str]:
    """A story's message with each line of its head (the lines before its first blank
    one: outlet, kicker, headline, byline, typed one under the other, for a chat does not
    wrap lines) a paragraph of its own, as the page had them."""
    end = next((i for i, line in enumerate(message) if not line.strip()), len(message))
    head = [line for line in message[:end] if not line.strip().endswith(".")]
    if len(head) < end:
        return message  # a sentence among them: the story's own text
    return [part for line in message[:end] for part in (line, "")][:-1] + message[end:]


def strip_chat_export(text: str) -> tuple[str, list[str]]:
    """(the story without the chat's stamps and app lines, the lines removed); the
    text as it is when its first line is no chat message."""
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    if not (_STAMP.match(first) or _NOTICE.match(first)):
        return text, []
    messages: list[list[str]] = []
    removed: list[str] = []
    notice = False  # the lines of the app's notice are no message's
    for line in lines:
        if not _STAMP.match(line) and _NOTICE.match(line):
            removed.append(line.strip())
            notice = True
            continue
        if stamp := _STAMP.match(line):
            notice = False
            removed.append(stamp.group(0).strip())
            channel = (stamp.group("channel") or "").strip()
            # a channel that is an office names the release's issuer: its line stays
            opening = channel if is_issuer_line(channel) else line[stamp.end() :]
            if _app_notice(opening):
                # iPhone's export writes the app's notice under the chat's name
                removed.append(drop_invisible(opening).strip())
                messages.append([])
                continue
            messages.append([drop_invisible(opening)])
        elif messages and not notice:
            messages[-1].append(line)
    kept: list[list[str]] = []
    for message in messages:
        if not message:
            continue
        if len(message) == 1 and _app_line(message[0]):
            removed.append(message[0].strip())
            continue
        # the app's lines inside a message: «[Forwarded from …]», the views under a post
        removed += [line.strip() for line in message if line.strip() and _app_line(line)]
        kept.append([line for line in message if not (line.strip() and _app_line(line))])
    if kept and (titled := _titled_message(kept)):
        # «Va nota, ahorita te mando fotos» / «Cabeza: Headline» / the story a message a
        # paragraph: the notes before the headline go, and the chatter after the credit
        # line that closes the story («Name / Corresponsal», «Recibido, gracias»).
        removed += [" ".join(m).strip() for m in kept[:titled]]
        kept = kept[titled:]
        if (signed := _signed_message(kept)) is not None:
            removed += [" ".join(m).strip() for m in kept[signed + 1 :]]
            kept = kept[: signed + 1]
        return "\n\n".join("\n".join(message) for message in kept), removed
    if kept:
        story = max(range(len(kept)), key=lambda i: len(" ".join(kept[i]).split()))
        head = kept[:story]
        if head and _opens_with_head(kept[story]) and all(_short(m) for m in head):
            # «Buenos días, les compartimos el boletín» over a message that holds the whole
            # story, its head lines first: the sender's note, no title.
            removed += [" ".join(m).strip() for m in head]
            kept, story = [_head_lines_apart(kept[story]), *kept[story + 1 :]], 0
        tail = kept[story + 1 :]
        if all(_short(m) for m in tail):
            removed += [" ".join(m).strip() for m in tail]
            kept = kept[: story + 1]
    # each message is a paragraph of its own: a headline sent alone is no body's first line
    return "\n\n".join("\n".join(message) for message in kept), removed


# A message that sends the headline under its label («Cabeza: …», «Título: …»).
_TITLE_LABEL = re.compile(r"^\W*(?:cabeza|titulo|titular|encabezado)\W*:\s*\S")
_TITLED_WITHIN = 4  # messages before the headline's, all short notes


def _titled_message(messages: list[list[str]]) -> int | None:
    """The index of the message that sends the headline under its label, when only
    short notes come before it and story paragraphs after it; None otherwise."""
    for index, message in enumerate(messages[: _TITLED_WITHIN + 1]):
        if _TITLE_LABEL.match(fold(" ".join(message).strip())):
            if index + 1 < len(messages) and all(_short(m) for m in messages[:index]):
                return index
            return None
    return None


def _signed_message(messages: list[list[str]]) -> int | None:
    """The index of the message of the writer's credit closing the story («Name /
    Corresponsal»), only short messages after it; None otherwise."""
    from .signatures import closing_credits

    for index in range(len(messages) - 1, 0, -1):
        text = "\n".join(messages[index]).strip()
        if closing_credits(text):
            return index
        if not _short(messages[index]):
            return None
    return None


# A phone's message backup opens with its own head over the messages («Conversación con:
# Ana Ruiz - Corresp. (Agencia Norte)», «Número: …», «Exportado el … con …»): a short
# paragraph of labelled or dated lines right over the first stamped message.
_EXPORT_HEAD_LINES = 5
_EXPORT_HEAD_WIDTH = 160
_EXPORT_STAMPED_SHARE = 0.8  # of the lines under the head that open with a stamp
_EXPORT_MIN_MESSAGES = 3
_HEAD_LINE = re.compile(r"^[^\W\d_][^:\n]{1,40}:\s*\S|.*\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# A story typed in numbered parts, one message each: «(1/7) CIUDAD VALLES…».
_PART = re.compile(r"^\s*\(?(\d{1,2})\s*/\s*(\d{1,2})\)?[ \t]+(?=\S)")
# A note that closes on a title label: the next message is the headline («…Cabeza:»).
_TITLE_NEXT = re.compile(r"(?:^|[\s.,;])(?:cabeza|titulo|titular|encabezado)\s*:\s*$")
_BRACKETED = re.compile(r"\(([^()\n]{3,80})\)")
_SENDER_OF = re.compile(r":[ \t]?$")


def _export_head(lines: list[str]) -> int | None:
    """The index of the first stamped line under a backup's head paragraph, or None."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or _STAMP.match(lines[start]):
        return None
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    head = [line.strip() for line in lines[start:end]]
    if len(head) > _EXPORT_HEAD_LINES or any(
        len(line) > _EXPORT_HEAD_WIDTH or not _HEAD_LINE.match(line) for line in head
    ):
        return None
    under = [line for line in lines[end:] if line.strip()]
    stamped = sum(1 for line in under if _STAMP.match(line))
    if stamped < _EXPORT_MIN_MESSAGES or stamped < _EXPORT_STAMPED_SHARE * len(under):
        return None
    return next(i for i in range(end, len(lines)) if lines[i].strip())


def read_chat_filing(text: str) -> tuple[str, list[str], dict[str, str]] | None:
    """A story its writer filed by phone in numbered messages («(1/7) …» to «(7/7) …»),
    from a chat or SMS export (its backup's head over the messages, if any): the
    headline the messages before the parts send (the note that announces it, closing on
    «Cabeza:», goes), the parts a paragraph each without their numbers, and the notes
    after them gone. Fields: the sender of the parts is the writer, their first stamp's
    day the date, an outlet in brackets in the backup's head the source. None for any
    other text."""
    lines = text.split("\n")
    removed: list[str] = []
    fields: dict[str, str] = {}
    if (first := _export_head(lines)) is not None:
        head = [line.strip() for line in lines[:first] if line.strip()]
        removed += head
        for line in head:
            for inside in _BRACKETED.findall(line):
                if outlet := _outlet(inside):
                    fields.setdefault("source", outlet)
        lines = lines[first:]
    messages: list[tuple[str, str]] = []  # (stamp, text)
    for line in lines:
        if stamp := _STAMP.match(line):
            messages.append((stamp.group(0), line[stamp.end() :]))
        elif messages:
            messages[-1] = (messages[-1][0], messages[-1][1] + "\n" + line)
        elif line.strip():
            return None
    parts = [i for i, (_s, body) in enumerate(messages) if _PART.match(body)]
    if len(parts) < 2 or parts != list(range(parts[0], parts[0] + len(parts))):
        return None
    numbers = [_PART.match(messages[i][1]).groups() for i in parts]
    total = numbers[0][1]
    if (
        [int(n) for n, _t in numbers] != list(range(1, len(parts) + 1))
        or any(t != total for _n, t in numbers)
        or int(total) != len(parts)
    ):
        return None
    senders = {_SENDER_OF.sub("", _sender(messages[i][0])) for i in parts}
    if len(senders) != 1:
        return None
    kept: list[str] = []
    title_next = False
    for stamp, body in messages[: parts[0]]:
        removed.append(stamp.strip())
        if title_next:
            kept.append(body.strip())
        else:
            removed.append(body.strip())
        title_next = bool(_TITLE_NEXT.search(fold(body.strip())))
    for index in parts:
        stamp, body = messages[index]
        number = _PART.match(body)
        removed.append(f"{stamp.strip()} {number.group(0).strip()}")
        kept.append(body[number.end() :].strip())
    removed += [body.strip() for _stamp, body in messages[parts[-1] + 1 :]]
    (writer,) = senders
    fields["byline"] = writer.strip()
    if day := re.search(_DAY, messages[parts[0]][0]):
        fields["date"] = day.group(0)
    return "\n\n".join(kept), removed, fields


_STAMP_DAY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b|(\d{4}-\d{2}-\d{2})")


def sent_day(text: str) -> str:
    """The day stamped on a chat export's first message someone sent (not the app's
    notice), day first with its year in four digits («22/03/21 7:05 - Name:» ->
    «22/03/2021»): it dates a story pasted from the chat that carries no date of its
    own. "" when the text is no chat export."""
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    if not (_STAMP.match(first) or _NOTICE.match(first)):
        return ""
    for line in lines:
        if (stamp := _STAMP.match(line)) and (day := _STAMP_DAY.search(stamp.group(0))):
            if day.group(4):
                return day.group(4)
            first_part, second, year = day.group(1, 2, 3)
            if len(year) == 2:
                year = f"20{year}"  # a phone's export: this century's
            return f"{first_part}/{second}/{year}"
    return ""


def channel_outlet(text: str) -> str:
    """The outlet that sent every message of a chat export: a news channel's or broadcast
    list's name («Noticias del Llano», «Cuautla al Momento»), the story's source; "" when
    the messages have other senders, or the one sender is no outlet (a person, an
    office)."""
    senders = set()
    for line in text.split("\n"):
        if stamp := _STAMP.match(line):
            channel = (stamp.group("channel") or "").strip()
            senders.add(channel or _sender(stamp.group(0)).rstrip(": \t"))
    if len(senders) != 1:
        return ""
    sender = drop_invisible(senders.pop()).strip()
    return sender if _channel_name(sender) and not is_issuer_line(sender) else ""


_NAME_PARTICLES = frozenset({"de", "del", "al", "la", "las", "los", "el", "y", "en"})
_CHANNEL_WORDS = (2, 7)


def _channel_name(name: str) -> bool:
    """An outlet's name as a chat shows its sender: capitalised words and particles,
    an outlet's word among them («Costa Grande Noticias», «Cuautla al Momento»)."""
    from .outlets import has_outlet_word

    words = name.split()
    if not _CHANNEL_WORDS[0] <= len(words) <= _CHANNEL_WORDS[1] or not has_outlet_word(name):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_PARTICLES for w in words)


def _sender(stamp: str) -> str:
    """The sender's name in a message's stamp."""
    stamp = stamp.strip()
    if "]" in stamp:
        return stamp.split("]", 1)[1].strip()
    return stamp.split(" - ", 1)[-1].strip()


def _outlet(text: str) -> str:
    from .outlets import has_outlet_word, outlet_name

    name = outlet_name(text)
    return name if name and has_outlet_word(name) else ""
