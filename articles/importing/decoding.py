"""Bytes to clean text, or an ImportFailure saying why the file is not text.

Order: size, emptiness, binary signatures, NUL bytes, then the encoding
(UTF-8, UTF-8 with BOM, UTF-16 with BOM, else Windows-1252), mojibake
repair, HTML character references, and line-ending / space normalisation.
"""

import codecs
import contextlib
import html
import html.entities
import re
import unicodedata

from django.utils.translation import gettext as _

from articles.importing.records import DecodedText, ImportFailure

_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # old Word / Excel
    b"\x7fELF",
    b"RIFF",  # webp, wav, avi
)
_SAMPLE = 8192
# Bytes a text file never holds (NUL is counted apart): C0 controls but
# tab, newline, vertical tab, form feed, carriage return; and DEL.
_CONTROL = bytes([*range(1, 9), *range(14, 32), 127])
_MAX_CONTROL_RATIO = 0.05

# Mojibake: UTF-8 bytes read as Windows-1252 (or Latin-1). A lead
# character ("Ã", "Â", "â", "ð") followed by continuation characters, that
# is characters whose cp1252/latin-1 byte is 0x80-0xBF.
_CONTINUATION_BYTES = range(0x80, 0xC0)
_TO_BYTE: dict[str, int] = {}
for _byte in _CONTINUATION_BYTES:
    _TO_BYTE[chr(_byte)] = _byte  # latin-1 reading (C1 controls, U+00A0-U+00BF)
    with contextlib.suppress(UnicodeDecodeError):  # five bytes cp1252 leaves undefined
        _TO_BYTE[bytes([_byte]).decode("cp1252")] = _byte
for _char in "ÂÃÄÅâïð":
    _TO_BYTE[_char] = ord(_char)  # the lead bytes we repair: C2-C5, E2, EF, F0
_CONT = "[" + re.escape("".join(c for c, b in _TO_BYTE.items() if 0x80 <= b < 0xC0)) + "]"
# Two-byte sequences for Latin letters (Â Ã Ä Å lead), three-byte for
# punctuation and symbols (â lead: “ ” – — … € ■), the BOM (ï»¿) and
# four-byte emoji (ð lead). Other leads are left alone: they are ordinary
# accented letters in Spanish text ("é…" is not mojibake).
_MOJIBAKE = re.compile(rf"[ÂÃÄÅ]{_CONT}|â{_CONT}{{2}}|ï»¿|ð{_CONT}{{3}}")
_MOJIBAKE_LEADS = "ÂÃÄÅâïð"

# Characters to remove or replace after decoding: C0/C1 controls (not tab,
# newline), zero-width characters, stray BOMs; NBSP and the other Unicode
# spaces become a space; Unicode line separators become newlines.
_SPECIAL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
_REPLACEMENT = {
    **{space: " " for space in "\u00a0\u1680\u202f\u205f\u3000"},
    **{chr(code): " " for code in range(0x2000, 0x200B)},
    "\u2028": "\n",
    "\u2029": "\n\n",
}


def _latin1_fallback(error: UnicodeDecodeError):
    # The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
    # 0x9D) read as Latin-1; they are C1 controls, removed afterwards.
    return chr(error.object[error.start]), error.start + 1


codecs.register_error("newsroom_latin1", _latin1_fallback)


def human_size(size: int) -> str:
    """1048576 -> "1 MB", 512000 -> "500 KB", 1572864 -> "1,5 MB"."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor:
            value = f"{size / factor:.1f}".removesuffix(".0").replace(".", ",")
            return f"{value} {unit}"
    return f"{size} bytes"


def _is_binary(data: bytes) -> bool:
    if data.startswith(_MAGIC) or (data.startswith(b"BM") and b"\0" in data[:16]):  # BMP
        return True
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > len(sample) * _MAX_CONTROL_RATIO


def _repair_sequence(match: re.Match) -> str:
    text = match.group(0)
    try:
        return bytes(_TO_BYTE[c] for c in text).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return text


def repair_mojibake(text: str) -> str:
    """Repair UTF-8 read as Windows-1252: «InformaciÃ³n» -> «Información».

    Only sequences that round-trip (cp1252 bytes that decode as UTF-8) are
    changed; twice-garbled text («InformaciÃƒÂ³n») takes a second pass.
    """
    for _pass in range(3):
        if not _has_mojibake_lead(text):
            break
        repaired = _MOJIBAKE.sub(_repair_sequence, text)
        if repaired == text:
            break
        text = repaired
    return text


def _has_mojibake_lead(text: str) -> bool:
    return any(lead in text for lead in _MOJIBAKE_LEADS)


# HTML character references an old CMS wrote for accents and punctuation
# («C&oacute;digo», «&quot;», «&#241;», «&copy;»). The markup-escaping ones
# (&lt; &gt;) stay: decoded they would turn quoted markup into tags.
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_KEPT_REFERENCES = frozenset({"&lt;", "&gt;"})


def _character_reference(match: re.Match) -> str:
    reference = match.group(0)
    if reference.lower() in _KEPT_REFERENCES:
        return reference
    if reference[1] != "#" and reference[1:] not in html.entities.html5:
        return reference  # «&ampliado;» is no «&amp;» followed by «liado;»
    return html.unescape(reference)


def decode_character_references(text: str) -> str:
    """«C&oacute;digo &copy; 2009» -> «Código © 2009»; unknown names stay."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(_character_reference, text)


def _special(match: re.Match) -> str:
    return _REPLACEMENT.get(match.group(0), "")


def normalize_text(text: str) -> str:
    """LF line endings, NFC, no control or zero-width characters, NBSP as a
    space, no trailing spaces (so lines holding only spaces are empty)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _SPECIAL.search(text):
        text = _SPECIAL.sub(_special, text)
    for _pass in range(3):  # usually one space: replace() beats a regex here
        if " \n" not in text and "\t\n" not in text:
            break
        text = text.replace(" \n", "\n").replace("\t\n", "\n")
    else:
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return text.rstrip(" \t")


# A file that is not UTF-8 was written by one of the legacy 8-bit code pages
# a newsroom's archive holds: Windows (most), DOS (old teletype and
# terminals: «Agencia» files in cp850) or a Mac before OS X (Mac Roman).
# The page is the one whose reading looks like Spanish: accented letters
# inside words, punctuation outside them. Windows-1252 wins ties.
LEGACY_ENCODINGS = (
    ("cp1252", "Windows-1252"),
    ("cp850", "DOS (CP850)"),
    ("mac_roman", "Mac Roman"),
)
_SPANISH_LETTERS = frozenset("áéíóúñüÁÉÍÓÚÑÜ")
_SPANISH_MARKS = frozenset("¿¡“”‘’«»—–…•·°ºª€©®")


def _spanish_likeness(text: str) -> int:
    """+1 for each non-ASCII character a Spanish text would hold where it
    stands, -1 for any other: «Comisión» scores, «Comisi¢n» and «Edici—n» don't."""
    score = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in _SPANISH_LETTERS:
            inside = before.isalpha() or after.isalpha()
            capital_after_small = char.isupper() and before.isalpha() and before.islower()
            score += 1 if inside and not capital_after_small else -1
        elif char in _SPANISH_MARKS:
            score += -1 if before.isalpha() and after.isalpha() and after.islower() else 1
        else:
            score -= 1
    return score


def _decode_legacy(data: bytes) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    for codec, label in LEGACY_ENCODINGS:
        errors = "newsroom_latin1" if codec == "cp1252" else "strict"
        try:
            text = data.decode(codec, errors=errors)
        except UnicodeDecodeError:
            continue
        score = _spanish_likeness(text)
        if best is None or score > best[0]:
            best = (score, text, label)
    assert best is not None  # cp1252 with the Latin-1 fallback reads any bytes
    return best[1], best[2]


def decode(data: bytes, *, max_bytes: int, references: bool = True) -> DecodedText:
    """Decode a source file's bytes into normalised text; with ``references`` False,
    its HTML character references as written (a JSON or XML export escapes its own
    text: ``parsing.structured`` decodes them once it has read the format)."""
    if len(data) > max_bytes:
        raise ImportFailure(_("excede %(limit)s") % {"limit": human_size(max_bytes)})
    if not data.strip():
        raise ImportFailure(_("vacío"))
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailure(_("no es texto")) from None
        warnings.append(_("codificación UTF-16 convertida a UTF-8"))
    else:
        if _is_binary(data):
            raise ImportFailure(_("no es texto"))
        if b"\0" in data:
            raise ImportFailure(_("contiene bytes nulos: copia dañada"))
        data = data.removeprefix(codecs.BOM_UTF8)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, label = _decode_legacy(data)
            warnings.append(_("codificación %(name)s convertida a UTF-8") % {"name": label})
    if not text.isascii() and _has_mojibake_lead(text):
        repaired = repair_mojibake(text)
        if repaired != text:
            text = repaired
            warnings.append(_("codificación reparada"))
    text = normalize_text(decode_character_references(text) if references else text)
    if not text.strip():
        raise ImportFailure(_("vacío"))
    return DecodedText(text=text, warnings=tuple(warnings))
