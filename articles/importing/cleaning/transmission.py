"""An agency's transmission around its copy, as a teleprinter or its successors send it:

    ZCZC                                    start of message
    AN0347 2 GRO 0412 ESP /AN-ECO           message number, priority, state, words,
                                            language, category (the agency's own code)
    URGENTE / PRIORIDAD: 2                  the priority
    CAFE-SIERRA-PRECIOS (AMPLÍA)            the slug, and the take's label
    Agencia del Norte                       the agency's name, alone (or in the notice)
    Title
    Por Ana Ruiz
    Sierra, Gro., 14 mar (AN).- The lede…   a dateline with no year
    …
    AN/ARZ/mcl                              the editors' initials
    14/03/2017 13:22:05                     the transmission stamp (day first)
    Agencia del Norte. Servicio exclusivo para suscriptores.
    NNNN                                    end of message

None of it is the story. The agency's name (a line whose initials are the agency's
code, or the sentence opening its subscription notice) is the source; the stamp
dates a dateline that has no year (its day and month, the stamp's year). The wrapper
is recognised only when the text opens with ``ZCZC`` or a message-number line, so
any other text costs one anchored match on its first line.

A story sent in takes («1a. parte» … «(SIGUE)», the slug again, «2a. parte y
última») is one story: the take's lines and the repeated slug go from its body.

The shapes are data (``PRIORITY_LINES``, ``TAKE_LABELS``, ``TAKE_LINES``,
``NOTICE_PHRASES``): adding a case is adding a row and a test.
"""

import datetime
import re
from dataclasses import dataclass, field

from people.naming import fold

from .dates import MONTH_ABBREVIATIONS, MONTHS, DateProblem, parse_date_line
from .names import spanish_name_case
from .outlets import initials_of, outlet_like, outlet_name
from .placement import is_section_name

# Start and end of message, alone on a line.
_START, _END = "ZCZC", "NNNN"
# «AN0347 2 GRO 0412 ESP /AN-ECO»: the agency's code glued to the message number, then
# two to six short codes (priority, state, word count, language), then the category.
# The code may stand apart from the number («APN 0912 4 3 0461 COAH-MINERIA-RESCATE»)
# and the category may be the story's slug.
# The number may be followed by the priority and the day-first stamp of its sending
# instead, the year in two digits («SIG0231 4 11-06-12 14:35»).
_HEADER = re.compile(
    r"^(?:ZCZC[ \t]+)?(?P<code>[A-Z]{2,6})[ \t]?\d{2,6}(?:(?:[ \t]+[A-Z0-9]{1,5}){2,6}"
    r"(?:[ \t]+/?[A-Z]{2,8}(?:-[A-Z]{2,10}){0,4})?"
    r"|(?:[ \t]+[A-Z0-9]{1,5}){0,3}[ \t]+(?P<stamp>\d{1,2}[/.-](?:\d{1,2}|[A-Za-z]{3,4})[/.-]"
    r"\d{2}(?:\d{2})?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?))[ \t]*$"
)
# The priority, folded and matched whole; a row per spelling.
PRIORITY_LINES = re.compile(
    "|".join(
        (
            r"prioridad:?\s*\d",
            r"priority:?\s*\d",
            # the priority's label before its word («PRIORIDAD: URGENTE», «Prioridad: normal»)
            r"(?:prioridad|priority):?\s*(?:urgente|urgent|flash|alerta|ordinaria|ordinario"
            r"|normal|alta|media|baja|high|low)",
            r"urgente",
            r"urgent",
            r"flash",
            r"alerta",
            r"ordinaria",
            r"ordinario",
        )
    )
)
# The label of a take («(AMPLÍA)», «(CORRIGE)»), folded; a row per spelling.
TAKE_LABELS = frozenset(
    {
        "amplia",
        "ampliacion",
        "ampliada",
        "corrige",
        "correccion",
        "corregida",
        "repite",
        "repeticion",
        "sustituye",
        "adelanto",
        "avance",
        "complemento",
        "actualiza",
        "actualizacion",
        "nueva version",
        "urgente",
    }
)
# The slug: capitals and digits joined by hyphens or slashes («CAFE-SIERRA-PRECIOS»,
# «AN-0347/NL/LLUVIAS»), and the take's label in brackets after it.
_SLUG = re.compile(
    r"^(?P<slug>[A-ZÁÉÍÓÚÑÜ0-9]{2,20}(?:[-/][A-ZÁÉÍÓÚÑÜ0-9]{1,20}){1,8})"
    r"(?:[ \t]*\((?P<take>[^()\n]{2,30})\))?[ \t]*$"
)
# A take's own line, folded and matched whole: which part it is, or that the story
# goes on in the next take; a row per spelling.
TAKE_LINES = re.compile(
    "|".join(
        (
            r"\d{1,2}(?:a|ra|da|ta|era)?\.? parte(?: y ultima| final)?",
            r"ultima parte",
            r"\(?sigue\)?",
            r"\(?continua\)?",
            r"\(?mas\)?",
            r"[-=]{1,2} ?(?:mas|sigue|continua) ?[-=]{1,2}",  # «-MÁS-», «--SIGUE--», «=MÁS=»
            # a further take's label, the slug's words after it («1a. ADICIONAL ACUÍFERO»)
            r"\d{1,2}(?:a|ra|da|ta|era)?\.? ?(?:adicional|add|adic)\.?(?: [a-z0-9 /-]{1,30})?",
        )
    )
)
_TAKE_ALONE = re.compile(r"^\((?P<take>[^()\n]{2,30})\)$")
# The editors' initials («AN/ARZ/mcl»): the agency's code, then two to four sets.
# The agency's name may open the line, and a count close it («SIGNO OTG/MHR/0-41»).
# The time may follow after a space («ANV/RMH/jgc 13:05»).
_INITIALS = re.compile(
    r"^(?:[A-Z]{2,12}[ \t]+)?[A-Z]{2,8}(?:/[A-Za-z]{2,5}){1,4}"
    r"(?:[/ \t]\d{1,2}:\d{2}|/\d{1,3}-\d{1,4})?$"
)
# The transmission stamp, day first («14/03/2017 13:22:05», «19-05-2023 07:41»).
_STAMP = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$")
# The same in the tail with the year in two digits and the sender's zone
# («11-06-12 14:35 CDT»), or the month in letters («22-SEP-99»): only inside a
# transmission, where the day comes first.
_SHORT_STAMP = re.compile(
    r"^(?P<day>\d{1,2})[/.-](?P<month>\d{1,2}|[A-Za-z]{3,4})[/.-](?P<year>\d{2}(?:\d{2})?)"
    r"(?:[ \t]+(?:\d{1,2}:\d{2}(?::\d{2})?|\d{4})(?:[ \t]+[A-Z]{2,4}\.?)?)?$"
)  # the time may be four figures and the hours' label («14-03-03 1742 HRS»)
# What a subscription or rights notice says, folded; a row per phrase.
NOTICE_PHRASES = (
    "exclusivo para suscriptores",
    "exclusivo para abonados",
    "especial para suscriptores",  # «SERVICIO ESPECIAL PARA SUSCRIPTORES» over the copy
    "servicio para suscriptores",
    "prohibida su reproduccion",
    "prohibida la reproduccion",
    "queda prohibida",
    "derechos reservados",
    "all rights reserved",
)
_NOTICE_MAX = 300
# A dateline with a day and month and no year, crediting the agency in brackets:
# «Sierra Alta, Gro., 14 mar (AN).- », «San Juan, Pue., 19 de mayo (AN).— ».
_MONTH_NAMES = "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
_YEARLESS_DATELINE = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑ][^\n()\d]{1,80}?),[ \t]*(?P<day>\d{1,2})[ \t]+(?:de[ \t]+)?"
    rf"(?P<month>{_MONTH_NAMES})\.?[ \t]*\((?P<credit>[^()\n\d]{{2,40}})\)[ \t]*\.?[ \t]*"
    r"[-–—]{1,2}[ \t]*",
    re.IGNORECASE,
)
_HEAD_LINES = 8  # lines of the head where the wrapper's lines are looked for
_TAIL_LINES = 8
_NAME_WORDS = 8  # an agency's name alone on its line is short
_SENTENCE_END = '.!?"”»)'
_SHORT_LINE = 60  # a byline's line, under the title, closes no sentence


@dataclass(frozen=True)
class Transmission:
    """The copy without its transmission, and what the transmission said."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)
    removed: tuple[str, ...] = ()


# «SINAC  07/03/2006  13:42  HGO-MIN  URGENTE», «ANP-0412  18/06/2011  09:47  URGENTE»:
# the agency's code (and the message's number), then, two spaces or a tab apart, the
# day-first stamp and its time, the slug and the priority.
_SLUG_LINE_PART = re.compile(r"[ \t]{2,}|\t")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*h(?:rs?)?\.?)?$")
# The time the take was sent, alone on a line of the tail («12:45 HRS», «07:35 P.M.»).
_TAIL_CLOCK = re.compile(
    r"^\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:h(?:rs?)?\.?|[ap]\.?[ \t]?m\.?))?$", re.IGNORECASE
)
# The code, alone or with the message's number after a hyphen («ANP-0412»).
_CODE = re.compile(r"^(?P<code>[A-Z]{2,8})(?:-\d{2,6})?$")


def _slug_line(line: str) -> re.Match | None:
    """The agency's slug line opening its copy: its code, a stamp, and a slug or a
    priority, every part one of those (the code's match, or None)."""
    parts = _SLUG_LINE_PART.split(line.strip()) if len(line) <= 120 else []
    if not any(_STAMP.match(part) for part in parts[1:]):
        # Single spaces apart («ANN 20/06/2024 08:12 NAL-EST»).
        parts = line.split() if len(line) <= 120 else []
    code = _CODE.match(parts[0]) if len(parts) >= 3 else None
    if code is None or not any(_STAMP.match(part) for part in parts[1:]):
        return None
    rest = [part for part in parts[1:] if not (_STAMP.match(part) or _CLOCK.match(part))]
    if not rest or not all(_slug(part) or _priority(part) or _take_line(part) for part in rest):
        return None
    return code


# An agency's bracketed header over its copy: its code in brackets, the section, the
# date and the time, «::» apart («[NPS] SALUD :: 4 marzo 2015 :: 11:20»).
_BRACKET_HEADER = re.compile(
    r"^\[(?P<code>[A-Z]{2,8})\][ \t]+(?P<section>[^\W\d_][^\W\d]{1,30}(?: [^\W\d]{1,30}){0,3})"
    r"[ \t]+::[ \t]+(?P<date>[^:\n]{6,40}?)(?:[ \t]+::[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"
)


def _bracket_header(line: str) -> dict[str, str]:
    """The code, section and date of an agency's bracketed header, or {}."""
    match = _BRACKET_HEADER.match(line.strip()) if len(line) <= 120 else None
    if match is None or not _stamp_date(match.group("date")):
        return {}
    section = match.group("section").strip()
    return {
        "code": match.group("code"),
        "section": section.capitalize() if section.isupper() else section,
        "date": match.group("date").strip(),
    }


# ``ZCZC`` and the message's number on its line («ZCZC ANV0147»): after «ZCZC», one or
# two short codes are enough («ZCZC AN0457 EST»); the story's slug and the day-first
# stamp of its sending may close the line («ZCZC AN0237 BC-SIERRA-CAFE», «ZCZC AN0237
# CAFE/SIERRA 14-05-01 10:12»).
_START_NUMBER = re.compile(
    r"^ZCZC[ \t]+(?P<code>[A-Z]{2,6})[ \t]?\d{2,6}(?:[ \t]+[A-Z0-9]{1,5}){0,3}"
    r"(?:[ \t]+/?(?P<slug>[A-ZÁÉÍÓÚÑÜ0-9]{2,20}(?:[-/][A-ZÁÉÍÓÚÑÜ0-9]{1,20}){1,8}))?"
    r"(?:[ \t]+(?P<stamp>\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d{2})?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?))?"
    r"[ \t]*$"
)
# The slug, the take's label if any, and the day-first stamp of the sending with its
# time, single spaces apart («AGUA-SUMINISTRO 16-03-99 12:47»,
# «AGUA-SUMINISTRO 1a. ADD. 16-03-99 12:52»).
_SLUG_STAMP = re.compile(
    r"^(?P<slug>[A-ZÁÉÍÓÚÑÜ0-9]{2,20}(?:[-/][A-ZÁÉÍÓÚÑÜ0-9]{1,20}){1,8})"
    r"(?:[ \t]+\d{1,2}(?i:a|ra|da|ta|era)?\.?[ \t]*[A-Za-zÁÉÍÓÚáéíóú]{2,10}\.?)?"
    r"[ \t]+(?P<stamp>\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d{2})?)"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"
)


# The sending's place line under the message line: the desk's town in capitals, the
# day-first stamp with its time, the agency's code in brackets («HERMOSILLO 12-03-2019
# 11:42 (AN)», «CD. JUÁREZ, CHIH. 05/11/2021»).
_PLACE_STAMP = re.compile(
    r"^[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.]*(?:,?[ \t]+[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.]*){0,4},?[ \t]+"
    r"(?P<stamp>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"(?:[ \t]+\([A-Z]{2,8}\))?[ \t]*$"
)


def _place_stamp(line: str):
    """The date of a place and stamp line under the message line, or None."""
    match = _PLACE_STAMP.match(line) if len(line) <= 100 else None
    return _stamp_date(match.group("stamp")) if match else None


def _slug_stamp(line: str) -> re.Match | None:
    return _SLUG_STAMP.match(line.strip()) if len(line) <= 120 else None


# The agency's name with its code in brackets, then the dispatch's number after a dash
# or a bar («AGENCIA NACIONAL DE NOTICIAS (ANN) -- DESPACHO 0457», «… (AT) | Mensaje 12»);
# the words naming a dispatch, folded, a row each.
DISPATCH_WORDS = ("despacho", "mensaje", "cable", "envio", "dispatch", "message")
_DISPATCH_LINE = re.compile(
    r"^(?P<name>[^\W\d_][^\W\d_ .]*(?:[ \t]+[^\W\d_][^\W\d_.]*\.?){0,8})[ \t]*"
    r"\((?P<code>[A-Z]{2,8})\)[ \t]*(?:-{1,2}|[–—|·])[ \t]*"
    r"(?P<kind>[^\W\d_]{4,10})\.?[ \t]+(?:(?i:n[uú]m|no)\.?[ \t]*)?\d{1,6}[ \t]*$"
)


def _dispatch_line(line: str) -> re.Match | None:
    """The dispatch line an agency's copy opens with (its ``code``, its ``name``), or
    None."""
    match = _DISPATCH_LINE.match(line.strip()) if len(line) <= 120 else None
    if match is None or fold(match.group("kind")) not in DISPATCH_WORDS:
        return None
    name = match.group("name")
    return match if initials_of(match.group("code"), spanish_name_case(name)) else None


# The slug as a labelled field, between slashes or not («CLAVE: /SENADO-BOSQUES/»).
_SLUG_FIELD = re.compile(
    r"(?i:clave|slug|tema)\s*:\s*/?[A-ZÁÉÍÓÚÑÜ0-9]{2,20}(?:[-/][A-ZÁÉÍÓÚÑÜ0-9]{1,20}){0,8}/?"
)


def _priority_and_slug(line: str) -> bool:
    """A line of the priority and the slug's field side by side («PRIORIDAD: ORDINARIA
    CLAVE: /SENADO-BOSQUES/»), two spaces or a tab apart."""
    parts = _SLUG_LINE_PART.split(line.strip()) if len(line) <= 120 else []
    return len(parts) >= 2 and all(_priority(part) or _SLUG_FIELD.fullmatch(part) for part in parts)


def _opens_transmission(line: str) -> re.Match | None:
    """The message-number line (or ``ZCZC``, or a slug line, or a dispatch line) a
    transmission opens with, or None."""
    line = line.strip()
    if line == _START:
        return re.match(r"", line)
    if len(line) > 120:
        return None
    return (
        _HEADER.match(line) or _START_NUMBER.match(line) or _slug_line(line) or _dispatch_line(line)
    )


# An agency's note under the headline of a take («(CORRIGE CIFRA DE TRABAJADORES EN EL
# CUARTO PÁRRAFO)», «(Amplía con declaraciones del alcalde)»): a take's label opens it.
# The note may stand between asterisks instead («** Sustituye a AN-0341 (corrige cifra) **»).
_TAKE_NOTE = re.compile(
    r"^(?:\((?P<label>[^()\n]{2,30}?)(?:[ \t]+[^()\n]{0,100})?\)"
    r"|\*{1,3}[ \t]*[^*\n]{2,130}?[ \t]*\*{1,3})$"
)


def _take_note(line: str) -> bool:
    match = _TAKE_NOTE.match(line.strip())
    if match is None:
        return False
    words = fold(match.group(0).strip("()* ")).split()
    return any(" ".join(words[:n]) in TAKE_LABELS for n in (1, 2))


def _take_line(line: str) -> bool:
    """A take's label alone on its line («1a. parte», «(SIGUE)», «AMPLÍA»)."""
    folded = fold(line).strip(" .:")
    return len(line) <= 40 and (
        bool(TAKE_LINES.fullmatch(folded))
        or bool(TAKE_LINES.fullmatch(folded.strip("()").strip(" .")))  # «(2a. parte)»
        or folded.strip("()") in TAKE_LABELS
    )


def _priority(line: str) -> bool:
    return len(line) <= 30 and bool(PRIORITY_LINES.fullmatch(fold(line).strip(" .:")))


def _slug_section(line: str) -> str:
    """The section a slug opens with, when its first part is a usual section's name
    («ECONOMÍA-NL-ACERO» -> «Economía»), or ""."""
    match = _SLUG.match(line) if len(line) <= 120 else None
    if not match:
        return ""
    head = re.split(r"[-/]", match.group("slug"), maxsplit=1)[0]
    if not is_section_name(head):
        return ""
    return head.capitalize() if head.isupper() else head


def _slug(line: str) -> bool:
    if match := _SLUG.match(line):
        take = match.group("take")
        return take is None or fold(take).strip(" .") in TAKE_LABELS
    take = _TAKE_ALONE.match(line)
    return take is not None and fold(take.group("take")).strip(" .") in TAKE_LABELS


def _agency_name(line: str, code: str, *, notice: bool = False) -> str:
    """``line`` (or the sentence opening it) when it is the agency's name: the
    initials of its capitalised words are ``code``, or, opening a subscription
    notice, it is an outlet's name («Noticias del Norte. Servicio exclusivo…»)."""
    name = line.strip().split(". ", 1)[0].strip(" .")
    if code and name.endswith(f"({code})"):
        name = name.removesuffix(f"({code})").strip()  # «Agencia Noticiosa del Valle (ANV)»
    if not name or len(name.split()) > _NAME_WORDS:
        return ""
    if code and initials_of(code, name):
        return name
    return name if notice and outlet_name(name) == name and outlet_like(name) else ""


# The agency's name over the service its client bought, a dash or a bar apart.
_SERVICE_APART = re.compile(r"[ \t]+[-–—|·][ \t]+")


def _service_name(line: str) -> str:
    """The part of an agency's line before the service it names, or ""."""
    parts = _SERVICE_APART.split(line.strip(), maxsplit=1) if len(line) <= 120 else []
    return parts[0] if len(parts) == 2 else ""


def _notice(line: str) -> bool:
    folded = fold(line)
    return len(line) <= _NOTICE_MAX and any(phrase in folded for phrase in NOTICE_PHRASES)


# The agency's code and name over its slug line («APSUR — Agencia Periodística del Sur»).
_CODE_AND_NAME = re.compile(r"^(?P<code>[A-Z]{2,8})[ \t]+[—–-][ \t]+(?P<name>[^\W\d_][^\n]{2,80})$")


def _named_over(lines: list[str], first: int) -> tuple[int, str, str] | None:
    """(the slug line's index, the agency's name, the line) when the first line names
    the agency by the code its slug line opens with; None otherwise."""
    match = _CODE_AND_NAME.match(lines[first].strip()) if len(lines[first]) <= 120 else None
    if match is None:
        return None
    following = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
    if following is None or following - first > 2:
        return None
    slug = _slug_line(lines[following])
    if slug is None or slug.group("code") != match.group("code"):
        return None
    return following, match.group("name").strip(), lines[first].strip()


def read_transmission(text: str) -> Transmission | None:
    """The copy inside an agency's transmission, or None when ``text`` is not one."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines[:_HEAD_LINES]) if line.strip()), None)
    if first is None:
        return None
    if bracketed := _bracket_header(lines[first]):
        return _bracketed_copy(lines, first, bracketed)
    source = ""
    named = _named_over(lines, first)
    if named is not None:
        first, source = named[0], named[1]  # «APSUR — Agencia …» over its slug line
    if not (opening := _opens_transmission(lines[first])):
        return None
    removed: list[str] = [named[2]] if named else []
    code = opening.groupdict().get("code") or ""
    if not source and (dispatch := _dispatch_line(lines[first])):
        name = dispatch.group("name").strip()  # the agency's name over its dispatch's number
        source = spanish_name_case(name) if name.isupper() else name
    section = ""
    stamp = None
    index = first
    head_end = min(len(lines), first + _HEAD_LINES)
    while index < head_end:
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        header = (_HEADER.match(line) if len(line) <= 80 else None) or _slug_line(line)
        header = header or _START_NUMBER.match(line) or (index == first and _dispatch_line(line))
        slug_stamp = _slug_stamp(line) if index > first else None
        if (
            line == _START
            or header
            or slug_stamp
            or _priority(line)
            or _slug(line)
            or _take_line(line)
            or (index > first and _priority_and_slug(line))
        ):
            code = code or (header.group("code") if header else "")
            stamp = stamp or _head_stamp(line) or _header_stamp(header or slug_stamp)
            slugged = slug_stamp or (header if header and header.groupdict().get("slug") else None)
            section = section or _slug_section(slugged.group("slug") if slugged else line)
        elif not source and (name := _agency_name(line, code, notice=True)) and name == line:
            source = name
        elif not source and code and (name := _agency_name(_service_name(line), code)):
            source = name  # «Agencia Tal (AT) - Servicio Estatal»: the name, then its service
        elif index > first and _STAMP.match(line):
            stamp = stamp or _stamp_date(line)  # «17/05/2007 13:42» under the message line
        elif index > first and (placed := _place_stamp(line)):
            stamp = stamp or placed  # «HERMOSILLO 12-03-2019 11:42 (AN)»: where and when sent
        elif index > first and (short := _SHORT_STAMP.match(line)):
            stamp = stamp or _short_stamp_date(short)  # «14-05-13 11:42»: the year in two
        elif index > first and not section and is_section_name(line):
            section = line  # the category line under the header («ESTADOS»), as written
        elif index > first and len(line) <= 80 and _notice(line):
            pass  # «SERVICIO ESPECIAL PARA SUSCRIPTORES» over the copy: for its clients
        else:
            break
        removed.append(line)
        index += 1
    if index == first + 1 and lines[first].strip() == _START:
        return None  # «ZCZC» alone over a text with nothing else of a transmission
    if index + 1 < len(lines) and _take_note(lines[index + 1]):
        # The headline, then the take's note to the clients: the note goes.
        removed.append(lines[index + 1].strip())
        lines = [*lines[: index + 1], *lines[index + 2 :]]
    body = _without_takes(lines[index:], removed)
    tail_start = len(body)
    seen = 0
    while tail_start > 0 and seen < _TAIL_LINES:
        line = body[tail_start - 1].strip()
        if line:
            seen += 1
            if line == _END or _INITIALS.match(line) or _notice(line):
                source = source or _agency_name(line, code, notice=_notice(line))
            elif _STAMP.match(line):
                stamp = stamp or _stamp_date(line)
            elif short := _SHORT_STAMP.match(line):
                stamp = stamp or _short_stamp_date(short)
            elif not _TAIL_CLOCK.match(line):
                break
            removed.append(line)
        tail_start -= 1
    body = body[:tail_start]
    fields: dict[str, str] = {}
    story, date, dateline = _without_yearless_dateline(body, stamp)
    if not source and code and f"({code})" in dateline:
        source = code  # the agency's code crediting its dateline, when nothing names it
    elif not source and code and (credit := _dateline_credit(dateline)).startswith(code):
        source = credit  # «(SIGNO)» crediting the dateline of a message numbered «SIG…»
    if source:
        fields["source"] = source
    if section:
        fields["section"] = section
    if dateline:
        removed.append(dateline)
    if date:
        fields["date"] = date
    return Transmission(_paragraphs(story), fields, tuple(removed))


def _bracketed_copy(lines: list[str], first: int, header: dict[str, str]) -> Transmission:
    """The copy under an agency's bracketed header: the header gives the section and
    the date; the agency's code crediting the dateline is the source."""
    code = header.pop("code")
    text = "\n".join(lines[first + 1 :]).strip("\n")
    fields = dict(header)
    if f"({code})" in text[:2000]:
        fields["source"] = code
    return Transmission(text, fields, (lines[first].strip(),))


def _without_takes(lines: list[str], removed: list[str]) -> list[str]:
    """The copy without the lines that join its takes: a take's label and the slug
    repeated over the next take (two takes are one story)."""
    slugs = {line for line in removed if _SLUG.match(line)}
    slugs |= {match.group("slug") for line in removed if (match := _slug_stamp(line))}
    slugs |= {
        match["slug"] for line in removed if (match := _START_NUMBER.match(line)) and match["slug"]
    }
    codes = {match.group("code") for line in removed if (match := _slug_line(line))}
    codes |= {match.group("code") for line in removed if (match := _START_NUMBER.match(line))}
    codes |= {match.group("code") for line in removed if (match := _HEADER.match(line))}
    kept = []
    for line in lines:
        stripped = line.strip()
        if stripped and (
            stripped == _END  # the end of one take's message, the next one following
            or stripped in slugs
            or _slug_and_take(stripped, slugs)
            or _take_line(stripped)
            or _take_note(stripped)
            or ((slug := _slug_line(stripped)) is not None and slug.group("code") in codes)
            or ((start := _START_NUMBER.match(stripped)) is not None and start["code"] in codes)
            or (len(stripped) <= 80 and (head := _HEADER.match(stripped)) and head["code"] in codes)
            or ((slug := _slug_stamp(stripped)) is not None and slug.group("slug") in slugs)
        ):  # the slug line again over the next take («APN  NL-LLUVIAS/2  …  (2a. parte)»),
            # or the next take's «ZCZC» and number and its slug and stamp
            removed.append(stripped)
            continue
        kept.append(line)
    return kept


def _slug_and_take(line: str, slugs: set[str]) -> bool:
    """The slug again over a further take with the take's label after it
    («PUE-SISMO 2 ADD», «NL-LLUVIAS 2a. parte»)."""
    slug, _, take = line.partition(" ")
    return bool(take) and slug in slugs and _take_line(take)


def _head_stamp(line: str):
    """The date of the day-first stamp inside a slug line («ANP-0412  18/06/2011  09:47»)."""
    if not _slug_line(line):
        return None
    parts = line.split()
    stamp = next((i for i, part in enumerate(parts) if _STAMP.match(part)), None)
    if stamp is None:
        return None
    return _stamp_date(" ".join(parts[stamp : stamp + 2]))


def _header_stamp(header: re.Match | None):
    """The date of the stamp closing a message-number line («SIG0231 4 11-06-12 14:35»)."""
    stamp = header.groupdict().get("stamp") if header else None
    if not stamp:
        return None
    if short := _SHORT_STAMP.match(stamp):
        return _short_stamp_date(short)
    return _stamp_date(stamp)


def _short_stamp_date(match: re.Match):
    """A day-first stamp's date with its year in two digits: this century's, unless
    that lies in the future (a teletype's «16-03-99» is 1999)."""
    year = int(match["year"])
    if year < 100:
        year += 2000
        if year > datetime.date.today().year + 1:
            year -= 100
    month = match["month"]
    # a teletype's month in letters, Spanish or English («22-SEP-99», «03-ABR-01»)
    number = int(month) if month.isdigit() else MONTH_ABBREVIATIONS.get(month.lower())
    if number is None:
        return None
    try:
        return datetime.date(year, number, int(match["day"]))
    except ValueError:
        return None


def _dateline_credit(dateline: str) -> str:
    """The agency's name in capitals crediting a dateline («(SIGNO)»), or ""."""
    match = re.search(r"\((?P<credit>[A-Z]{2,12})\)", dateline)
    return match.group("credit") if match else ""


def _stamp_date(line: str):
    try:
        return parse_date_line(line)
    except DateProblem:
        return None


def _without_yearless_dateline(lines: list[str], stamp) -> tuple[list[str], str, str]:
    """(the lines without the yearless dateline opening the lede, its date as
    ``YYYY-MM-DD`` from the stamp's year, the dateline), looked for in the first
    lines of the copy; the lines as they are when there is none or no stamp."""
    for index, line in enumerate(lines[:_HEAD_LINES]):
        match = _YEARLESS_DATELINE.match(line.strip()) if line.lstrip()[:1].isupper() else None
        if match is None:
            continue
        dateline = match.group(0).strip()
        rest = line.strip()[match.end() :]
        kept = [*lines[:index], rest, *lines[index + 1 :]]
        if stamp is None:
            return kept, "", dateline
        month_name = fold(match.group("month")).rstrip(".")
        month = MONTHS.get(month_name) or MONTH_ABBREVIATIONS.get(month_name)
        day = int(match.group("day"))
        # A dateline of December sent on the 1st of January is last year's.
        year = stamp.year - 1 if month > stamp.month else stamp.year
        return kept, f"{year:04d}-{month:02d}-{day:02d}", dateline
    return lines, "", ""


def _paragraphs(lines: list[str]) -> str:
    """The copy, one paragraph per line when the agency sent no blank lines and every
    line closes a sentence (a teleprinter's paragraphs); as it is otherwise."""
    kept = [line.strip() for line in lines]
    filled = [line for line in kept if line]
    if len(filled) != len(kept) or len(filled) < 3:
        return "\n".join(lines).strip("\n")
    if not all(line[-1] in _SENTENCE_END or len(line) <= _SHORT_LINE for line in filled[1:]):
        return "\n".join(lines).strip("\n")
    return "\n\n".join(filled)
