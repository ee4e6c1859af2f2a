"""A raw e-mail message saved whole (an ``.eml`` file: RFC 5322 headers, MIME parts,
base64 or quoted-printable bodies, encoded words in the headers), read as the format
it is.

The message is found by evidence: its first lines are mail headers (``From:`` and a
``Subject:`` or ``Date:``, with a header only a mail program writes: ``MIME-Version``,
``Message-ID``, ``Received``, ``Return-Path``, ``Content-Type``). The standard
library's parser decodes it: the headers are metadata, never body; the text the
readers see is the sender, the date and the subject as plain header lines over the
decoded text of its first ``text/plain`` part (its ``text/html`` part, as text, when it
has no plain one), so the mail readers (``cleaning.letters``, ``readers.mailed``, a
release's or a wire story's reader) read it as any mail saved as text. A header a
content system adds for the story's status («X-CMS-Estado: pending») is the story's
status (``cleaning.publication``, fail closed).
"""

import email
import email.policy
import re
from dataclasses import dataclass

import nh3

# The first line of a message's headers, and the headers only a mail program writes.
_HEADER = re.compile(r"^[A-Za-z][\w-]{0,60}:")
_MAIL_HEADERS = frozenset({"mime-version", "message-id", "received", "return-path",
                           "content-type", "x-mailer", "delivered-to"})  # fmt: skip
_HEAD_LINES = 80
# Headers that carry the story's status in a content system's notice.
_STATUS_HEADER = re.compile(r"^x-[\w-]*(?:status|estado|estatus)$", re.IGNORECASE)
_ENCODED = frozenset({"base64", "quoted-printable"})
_KEPT = ("From", "To", "Date", "Subject")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|blockquote)>|<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class MailMessage:
    text: str  # the headers that matter, decoded, over the decoded text
    status: str | None = None  # a status header's value, if any


def looks_like_mail(text: str) -> bool:
    """``text`` opens with a mail's header block."""
    names = []
    for line in text.lstrip("\n").split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        if not line.strip():
            break
        if line[:1] in " \t":
            continue  # a header going on
        if not _HEADER.match(line):
            return False
        names.append(line.split(":", 1)[0].lower())
    has = set(names)
    return "from" in has and bool(has & {"subject", "date"}) and bool(has & _MAIL_HEADERS)


def _part_text(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    if part.get("Content-Transfer-Encoding", "").strip().lower() not in _ENCODED:
        content = part.get_payload()  # 7bit or 8bit: the text as it was read
    else:
        content = None
    try:
        content = content if isinstance(content, str) else part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace")
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = nh3.clean(_BLOCK_END.sub("\n\n", content), tags=set())
        content = re.sub(r"[ \t]+", " ", content)
    return content.replace("\r\n", "\n").replace("\r", "\n")


def _needs_decoding(text: str) -> bool:
    """The message's headers or text are encoded (encoded words, base64 or
    quoted-printable parts, MIME parts): a message in plain text is read as it is."""
    return bool(_ENCODED_MARK.search(text))


_ENCODED_MARK = re.compile(
    r"=\?[\w-]+\?[bq]\?|^content-transfer-encoding\s*:\s*(?:base64|quoted-printable)"
    r"|^content-type\s*:\s*multipart/",
    re.IGNORECASE | re.MULTILINE,
)


def read_mail_message(text: str) -> MailMessage | None:
    """The decoded message ``text`` holds; None when it is no raw mail message, or one
    in plain text (its status header still read)."""
    if not looks_like_mail(text):
        return None
    message = email.message_from_string(text.lstrip("\n"), policy=email.policy.default)
    status = None
    for name in message:
        if _STATUS_HEADER.match(name):
            status = _header(message, name) or "?"  # unreadable: not in the table, a draft
    if not _needs_decoding(text):
        return MailMessage(text, status)
    head = []
    for name in dict.fromkeys(message.keys()):
        if name.lower() in _TRANSPORT or name.lower().startswith(_TRANSPORT_PREFIXES):
            continue
        if value := _header(message, name):
            head.append(f"{name}: {value}")
    body = _part_text(message).strip("\n")
    return MailMessage("\n".join(head) + "\n\n" + body + "\n", status)


# Headers of the transport and the encoding, not of the message: never shown.
_TRANSPORT = frozenset({"received", "return-path", "message-id", "mime-version",
                        "content-type", "content-transfer-encoding", "delivered-to",
                        "authentication-results", "in-reply-to", "references"})  # fmt: skip
_TRANSPORT_PREFIXES = ("x-", "dkim-", "arc-", "received-")


def _header(message: email.message.EmailMessage, name: str) -> str:
    """A header's decoded value on one line; "" when it cannot be read."""
    try:
        return " ".join(str(message.get(name, "")).split())
    except (ValueError, IndexError, TypeError, LookupError):
        return ""
