"""Press releases: plain text from an institution's press office.

    GOBIERNO DE YUCATÁN              header: letterhead, office, kicker,
    SECRETARÍA DE SALUD              bulletin number, dateline (any order)
    No. 318/2023
    Title (the first line that is none of those)
    - **highlight**
    Mérida, Yucatán, 3 de mayo de 2023.- Body… (or the dateline on its own line)
    ---o0o---                        end marker
    Unidad de Comunicación Social / Tel. … / links      contact block, not body
    (or, without an end marker: Atentamente / the office)  signature, not body

The shapes (end markers, kickers, offices, bulletin numbers, contact lines)
are the tables in ``cleaning.press``. The bulletin number, the issuer and
the dateline's city are kept as fields; the links after the end marker
become the article's media links. Without an office in the header, the
issuer is inferred from the text (``cleaning.issuer``) or the contact block.
"""

import re
from dataclasses import replace

from django.utils.translation import gettext as _

from articles.importing.cleaning import (
    build_article,
    clean_body,
    clean_title,
    find_dateline,
    is_bulletin_number,
    split_bylines,
)
from articles.importing.cleaning.bilingual import bilingual_title
from articles.importing.cleaning.boilerplate import caption_credit_of, photo_credit
from articles.importing.cleaning.issuer import infer_issuer, subject_institution
from articles.importing.cleaning.letters import is_address_line, strip_signature
from articles.importing.cleaning.press import (
    Header,
    about_heading,
    combine_issuer,
    date_line,
    header_parts,
    header_text,
    is_contact_block,
    is_contact_line,
    is_end_marker,
    is_issuer_line,
    is_kicker,
    is_letterhead,
    join_wrapped_offices,
    last_end_marker,
    numbered_title,
    office_in_line,
    parse_bulletin_number,
    read_header,
    take_credits,
)
from articles.importing.records import ParsedArticle

_TITLE_THEN_BULLETS = re.compile(r"\A\s*[^\s#>!|<*-][^\n]*\n(?:[ \t]*\n)*[ \t]*[-*+•][ \t]+\*\*")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_HEADER_LINES = 8  # evidence is looked for in the first lines only

# (signal, weight): how much each shape says "press release".
EVIDENCE = {
    "end_marker": 3,
    "bulletin_number": 3,
    "kicker": 3,
    "office_header": 2,
    "dateline": 2,
    "bold_bullets": 2,
    "contact_block": 1,
}
# Signals that, alone and under the title, say nothing about a press office
# (above the title, a dateline is a release's header).
WEAK_ALONE = frozenset({"dateline"})


def split_trailer(text: str) -> tuple[str, tuple[str, ...], str]:
    """Cut at the last end marker: (body, media links, removed trailer text)."""
    lines = text.split("\n")
    index = last_end_marker(lines)
    if index is None:
        return text, (), ""
    trailer = "\n".join(lines[index:])
    links = tuple(dict.fromkeys(_URL.findall(trailer)))
    words = _URL.sub(" ", trailer).replace("<", " ").replace(">", " ").split()
    return "\n".join(lines[:index]) + ("\n" if index else ""), links, " ".join(words)


def strip_contact_blocks(text: str) -> tuple[str, list[str]]:
    """Trailing paragraphs of press-office contact data, with no end marker before them."""
    paragraphs = text.rstrip().split("\n\n")
    removed: list[str] = []
    while len(paragraphs) > 1 and is_contact_block(paragraphs[-1].strip()):
        removed.insert(0, paragraphs.pop().strip())
    # The note about the issuer closing it («Acerca de la ASIPONA» over what the office is),
    # its heading over its text in one paragraph or in two.
    for size in (1, 2):
        if len(paragraphs) > size + 1 and about_heading(paragraphs[-size].split("\n")[0]):
            rest = [line for line in "\n".join(paragraphs[-size:]).split("\n")[1:] if line.strip()]
            if rest and rest[0].strip()[:1].isupper():
                removed[:0] = [p.strip() for p in paragraphs[-size:]]
                del paragraphs[-size:]
                break
    return "\n\n".join(paragraphs), removed


def _trailer_issuer(trailer_lines: list[str]) -> str:
    offices = [office for line in trailer_lines if (office := office_in_line(line))]
    return combine_issuer(offices[:1]) if offices else ""


def evidence(text: str) -> int:
    """How strongly ``text`` looks like a press release (0: not at all)."""
    head = [header_text(line) for line in text.lstrip().split("\n", _HEADER_LINES)[:_HEADER_LINES]]
    signals = set()
    if last_end_marker(text.split("\n")) is not None:
        signals.add("end_marker")
    first = next((line for line in head if line), "")
    for line in head:
        if not line:
            continue
        if is_bulletin_number(line) or any(
            is_bulletin_number(part) for part in header_parts(line) or ()
        ):
            signals.add("bulletin_number")
        elif is_kicker(line):
            signals.add("kicker")
        elif is_issuer_line(line):
            signals.add("office_header")
        elif find_dateline(line) is not None:
            signals.add("dateline")
    if _TITLE_THEN_BULLETS.match(text):
        signals.add("bold_bullets")
    tail = text.rstrip().rsplit("\n\n", 1)[-1].strip()
    if tail and is_contact_block(tail) and "@" in tail:
        signals.add("contact_block")
    if signals <= WEAK_ALONE and find_dateline(first) is None:
        return 0  # a note's «City, date» line under its title is no office's release
    return sum(EVIDENCE[s] for s in signals)


class PressReleaseReader:
    name = "press_release"

    def score(self, text: str) -> int:
        return evidence(text)

    def sniff(self, text: str) -> bool:
        return self.score(text) > 0

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        lines = join_wrapped_offices(text.split("\n"))
        header = read_header(lines)
        index = header.title_index
        title = clean_title(lines[index]) if index < len(lines) else ""
        number_in_title = ""
        if numbered := numbered_title(title):  # «📢 BOLETÍN 215 | Inicia …»
            number_in_title, title = numbered[0], clean_title(numbered[1])
        alternate: tuple[str, ...] = ()
        if index + 1 < len(lines) and (pair := bilingual_title(lines[index], lines[index + 1])):
            # The title in an indigenous language and in Spanish: the Spanish one.
            title, alternate = clean_title(pair[0]), (pair[1],)
            index += 1
        else:
            # a title broken over short lines («CAPACITAN A 35» / «PARTERAS» / …)
            for _line in range(_TITLE_LINES - 1):
                if not (index + 1 < len(lines) and continues_title(title, lines[index + 1])):
                    break
                title = clean_title(f"{title} {lines[index + 1]}")
                index += 1
        header, index = _header_under_title(header, lines, index)
        head = lines[: header.title_index]
        body, letterhead_again = _without_letterhead(lines[index + 1 :], head)
        body, page_furniture = _without_page_furniture(body, lines)
        body, links, trailer = split_trailer(body)
        body, contact = strip_contact_blocks(body)
        kept, signature = strip_signature(body.split("\n\n"))
        address = [kept.pop(0).strip()] if kept and is_address_line(kept[0]) else []
        credits = take_credits(kept)
        body = "\n\n".join(credits.paragraphs)
        contact = [*signature, *contact]
        cleaned = clean_body(body, bullet_highlights=True, datelines=True)
        warnings = list(cleaned.warnings)
        letterhead = bool(header.issuer) and is_letterhead(header.issuer)
        issuer = (
            # «GOBIERNO DE MÉXICO» over «La Oficina de … capacitó…»: the letterhead is
            # every office's; the office the text opens with issued it.
            (letterhead and subject_institution(cleaned.text))
            or header.issuer
            or infer_issuer(title, cleaned.text)
            or _trailer_issuer(_after_marker(lines) + "\n".join(contact).split("\n"))
            or cleaned.source
        )
        if not issuer:
            warnings.append(_("no se identificó la institución emisora"))
        published_at = header.moment if header.dated else cleaned.dateline_date
        return build_article(
            format=self.name,
            title=title,
            body=cleaned.text,
            highlights=cleaned.highlights,
            bylines=split_bylines(list(credits.writers), desk=False),
            source=issuer,
            issuer=issuer,
            bulletin_number=(
                header.bulletin_number
                or number_in_title
                or cleaned.bulletin_number
                or _trailer_number(lines)
            ),
            dateline_city=header.city or cleaned.dateline_city,
            # the dateline's state, else the letterhead's (``places.with_state``)
            state=(header.city and header.state) or cleaned.dateline_state or header.state,
            published_at=published_at,
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=(
                cleaned.lead_image_credit
                or credits.photo
                or _photo_in(contact)
                or _caption_credit(_after_marker(lines))
            ),
            media_links=links,
            removed=(
                *header.removed,
                *letterhead_again,
                *page_furniture,
                *alternate,
                *address,
                *credits.removed,
                *cleaned.removed,
                *([trailer] if trailer else []),
                *contact,
            ),
            warnings=tuple(warnings),
        )


# A release pasted from a PDF carries each page's furniture into the text: the letterhead's
# footer printed on every page (an address and a phone, twice or more), and the head of
# the pages after the first, whose parts are only the office, the bulletin's number, the
# date and the sheet («Gobierno del Estado · Boletín 1187 · 28/03/08», «Boletín 037/19 ·
# Hoja 2»).
_PAGE_PARTS = re.compile(r"\s+[·|•]\s+")
_SHEET = re.compile(r"(?:hoja|p[aá]gina|p[aá]g\.?|page)\s*\d{1,3}(?:\s+(?:de|of)\s+\d{1,3})?", re.I)
_FURNITURE_MAX = 160
_SHORT_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}")  # the page head's «28/03/08»
# A sheet's count alone on its line («HOJA 1 DE 2»), and the line a fax machine prints
# over each page it sends: «FAX», a clock time and the page («FAX DIF CUAUTLA 22-IX-98
# 11:47 P.02»).
_SHEET_OF = re.compile(r"(?:hoja|p[aá]gina|p[aá]g\.?|page)\s*\d{1,3}\s+(?:de|of)\s+\d{1,3}", re.I)
_FAX_STAMP = re.compile(
    r"^(?=.*\bFAX\b)(?=.*\b\d{1,2}:\d{2}\b).*\b(?:P|PAG|P[AÁ]G\.|PAGE)\s?\.?\s?\d{1,3}$", re.I
)


def _page_head(line: str) -> bool:
    parts = [part.strip() for part in _PAGE_PARTS.split(line)]
    sheet = any(_SHEET.fullmatch(part) for part in parts)
    numbered = sheet or any(parse_bulletin_number(part) for part in parts)
    return len(parts) >= 2 and all(
        parse_bulletin_number(part)
        or _SHEET.fullmatch(part)
        or (numbered and _OFFICE_ACRONYM.fullmatch(part))  # «CONAPESCA · Comunicado 118»
        or is_issuer_line(part)
        or date_line(part)
        or _SHORT_DATE.fullmatch(part)
        or (sheet and _HASHTAGS.fullmatch(part))  # «#ZitlalaAvanza | Página 1»
        for part in parts
    )


_HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)*")
_OFFICE_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{3,12}")  # the office's acronym beside the number


def _unnumbered(line: str) -> str:
    """A page's foot without its sheet's count, which changes from page to page
    («Blvd. X 555 · Tel. 844 555 0133     Página 1 de 2» -> «Blvd. X 555 · Tel. …»)."""
    return " ".join(_SHEET_OF.sub(" ", line).split()).strip(" ·|•-–—")


def _without_page_furniture(body: str, lines: list[str]) -> tuple[str, list[str]]:
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip():
            counts[line.strip()] = counts.get(line.strip(), 0) + 1
            if (foot := _unnumbered(line)) != " ".join(line.split()):
                counts[foot] = counts.get(foot, 0) + 1
    kept: list[str] = []
    removed: list[str] = []
    for line in body.split("\n"):
        text = line.strip()
        if (
            text
            and len(text) <= _FURNITURE_MAX
            and not text.endswith(".")
            and (
                (counts.get(text, 0) > 1 and is_contact_line(text))
                or (
                    _SHEET_OF.search(text)
                    and counts.get(foot := _unnumbered(text), 0) > 1
                    and is_contact_line(foot)
                )  # the letterhead's foot on each page, with the page's number
                or _page_head(text)
                or _SHEET_OF.fullmatch(text)
                or _FAX_STAMP.match(text)
            )
        ):
            removed.append(text)
            continue
        kept.append(line)
    return ("\n".join(kept), removed) if removed else (body, [])


_LETTERHEAD_WORDS = 2  # a header line this long printed again in the body is the letterhead


def _without_letterhead(body: list[str], head: list[str]) -> tuple[str, list[str]]:
    """The body's text without the header's lines printed again inside it (a PDF's
    letterhead at the top of each page, pasted with the text), and the lines removed."""
    header = {line.strip() for line in head if len(line.split()) >= _LETTERHEAD_WORDS}
    kept = [line for line in body if line.strip() not in header]
    removed = [line.strip() for line in body if line.strip() in header]
    return "\n".join(kept), removed


def _header_under_title(header: Header, lines: list[str], index: int) -> tuple[Header, int]:
    """The header written under the title instead of over it («Vinculan a proceso…» /
    «FISCALÍA DE JUSTICIA DEL ESTADO» / «Comunicado No. 1187 | Unidad de Comunicación
    Social»): when the lines under the title (``index``) name an office or a bulletin
    number, they are header too. Returns the header with what they add (what the header
    over the title gave comes first) and the index of the last line they take."""
    under = read_header(lines[index + 1 :])
    # «*La Paz, B.C.S., 14 de julio de 2021*» alone under the title: the release's dateline
    dateline_alone = under.dated and bool(under.city) and not header.dated
    # «Jueves, 18 de mayo de 2017» alone right under the title (a web page's release): its date
    first = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    date_alone = under.dated and under.removed == (first,) and bool(date_line(first))
    if not (under.issuer or under.bulletin_number or dateline_alone or date_alone):
        return header, index
    dated = header.dated or under.dated
    merged = replace(
        header,
        issuer=header.issuer or under.issuer,
        bulletin_number=header.bulletin_number or under.bulletin_number,
        moment=header.moment if header.dated else under.moment,
        dated=dated,
        city=header.city or under.city,
        removed=(*header.removed, *under.removed),
        state=header.state or under.state,
    )
    return merged, index + under.title_index


_TITLE_CONTINUATION_MAX = 160
_NOT_CONTINUATION = ("-", "*", "+", "•", "■", "▪", "#", ">", "!", "[", "|", "<")


def continues_title(title: str, line: str) -> bool:
    """A title broken over two lines: the next line, with no blank line
    between, goes on with it («MANTIENE PROTECCIÓN CIVIL VIGILANCIA» /
    «ANTE LLUVIAS…», «Aprueba Consejo General calendario» / «para las
    presidencias…»). Not when the title closes a sentence, nor when the line
    is a sentence, a bullet, a dateline, a number, a date or an end marker."""
    text = line.strip()
    if not title or title[-1] in ".:;!?" or not text or len(text) > _TITLE_CONTINUATION_MAX:
        return False
    if text[-1] in ".:;" or text.startswith(_NOT_CONTINUATION):
        return False
    if is_end_marker(text) or is_bulletin_number(text) or is_kicker(text):
        return False
    if find_dateline(text) is not None or date_line(text):
        return False
    if title.isupper():
        return text.isupper()
    # A mixed-case title goes on in lower case («… calendario» / «para las presidencias…»)
    # or after a word no headline ends with («… en» / «San Pedro…»); a capitalised line
    # under a complete one is its subtitle («Arranca bacheo…» / «Se atenderán…»).
    return text[:1].islower() or title.split()[-1].lower() in _OPEN_ENDINGS


_TITLE_LINES = 5  # lines a title is broken over, at most

# Words a headline never ends with: a line that stops on one goes on in the next.
_OPEN_ENDINGS = frozenset(
    ["de", "del", "la", "las", "los", "el", "en", "y", "e", "o", "a", "al", "para", "por",
     "con", "sin", "su", "sus", "que", "ante", "tras", "entre", "sobre", "hacia", "desde"]
)  # fmt: skip


def _photo_in(paragraphs: list[str]) -> str:
    """A photo credit among the closing contact lines («Foto: Comunicación
    Social» over the end marker), alone or closing the photo's caption."""
    lines = (line for paragraph in paragraphs for line in paragraph.split("\n"))
    found = (photo_credit(line) or caption_credit_of(line) for line in lines)
    return next((credit for credit in found if credit), "")


def _caption_credit(lines: list[str]) -> str:
    """The credit closing a photo's caption under the end marker («Pie de foto: …
    (Foto: Comunicación Social)»); a bare «Fotografías: <link>» there is a link."""
    return next((credit for line in lines if (credit := caption_credit_of(line))), "")


def _trailer_number(lines: list[str]) -> str:
    """A bulletin number written under the end marker («-30-» over «Núm. CS-412/2023»),
    when the header has none."""
    found = (parse_bulletin_number(line.strip()) for line in _after_marker(lines))
    return next((number for number in found if number), "")


def _after_marker(lines: list[str]) -> list[str]:
    index = last_end_marker(lines)
    return [] if index is None else lines[index + 1 :]


__all__ = ["EVIDENCE", "PressReleaseReader", "evidence", "is_end_marker", "split_trailer"]
