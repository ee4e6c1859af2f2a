"""Dates: ISO and Mexican numeric forms, Spanish words, press datelines.

Every result is an aware datetime. A date without a time is midnight in
the site's time zone (settings.TIME_ZONE, America/Mexico_City).
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from django.utils.timezone import get_default_timezone
from django.utils.translation import gettext as _

from people.naming import fold

MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    # An old CMS's date stamps in English, its server's locale («Thursday, March 12,
    # 2009 10:32 AM»): the full names only, an English word in a Spanish date line.
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# Abbreviated months, folded: "jue 14 dic 2023".
MONTH_ABBREVIATIONS = {
    "ene": 1,
    "feb": 2,
    "mar": 3,
    "abr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "ago": 8,
    "sep": 9,
    "sept": 9,
    "set": 9,
    "oct": 10,
    "nov": 11,
    "dic": 12,
    # English spellings the Spanish ones do not cover (a blog platform's «Aug 3, 2021»)
    "jan": 1,
    "apr": 4,
    "aug": 8,
    "dec": 12,
}
_WEEKDAY = (
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"  # English stamps
)
# Abbreviated weekdays, folded: "lun", "mié" -> "mie", "sáb" -> "sab".
_WEEKDAY_ABBR = r"(?:lun|mar|mie|jue|vie|sab|dom)\.?"
_MONTH = "(" + "|".join(MONTHS) + ")"
_MONTH_ABBR = "(" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\.?"
# The first of the month as ordinals are written: «1o.», «1º», «1ro.», «1er.», «primero».
FIRST_DAY = (r"1o\.?", r"1º\.?", r"1°", r"1ro\.?", r"1er\.?", r"primero")
# Numbers written in words, folded, as an office's formal dateline writes its day and
# year («a veintiocho de febrero de dos mil veintiuno»): a row per word.
NUMBER_WORDS = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidos": 22, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}  # fmt: skip
# The hundreds a year in words opens with («mil novecientos …», «dos mil …»).
YEAR_WORDS = {"mil novecientos": 1900, "dos mil": 2000}
_NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# 1 to 99 in words: «siete», «veintiocho», «treinta y uno», «noventa y nueve».
_NUMBER_IN_WORDS = rf"{_NUMBER_WORD}(?:\s+y\s+{_NUMBER_WORD})?"
_DAY = r"(\d{1,2}|" + "|".join(FIRST_DAY) + rf"|{_NUMBER_IN_WORDS})"
_YEAR = r"(\d{4}|(?:" + "|".join(YEAR_WORDS).replace(" ", r"\s+") + rf")(?:\s+{_NUMBER_IN_WORDS})?)"
# On folded (accent- and case-free) text: "martes, 12 de marzo de 2024".
_SPANISH_CORE = rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de(?:l)?\s+)?{_YEAR}"
_SPANISH = re.compile(rf"{_SPANISH_CORE}\.?")
# "jue 14 dic 2023", "14 dic. 2023", "mié, 3 de ene de 2024".
_SPANISH_ABBR = re.compile(
    rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?{_DAY}\s+(?:de\s+)?{_MONTH_ABBR},?\s+(?:de\s+)?(\d{{4}})"
)
# The month first, as some CMSs print it: «julio 7, 2024», «Feb. 8 de 2024», «martes,
# marzo 12, 2024»; and the day, the month's abbreviation and the year joined by dashes or
# slashes: «08-feb-2024», «08/Feb/2024».
_MONTH_FIRST = re.compile(
    rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?(?:{_MONTH}|{_MONTH_ABBR})\s+{_DAY},?\s+"
    r"(?:de(?:l)?\s+)?(\d{4})"
)
_DASHED_ABBR = re.compile(rf"{_DAY}[-/](?:{_MONTH}|{_MONTH_ABBR})[-/](\d{{4}})")
# The month in Roman numerals, as agencies and print stamps write it: «30-IX-2015»,
# «3/XII/2019», «12.IV.2021». A row per month.
ROMAN_MONTHS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
    "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
}  # fmt: skip
_ROMAN_MONTH = "(" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"
_DASHED_ROMAN = re.compile(rf"(\d{{1,2}})([-/.])\s?{_ROMAN_MONTH}\s?\2(\d{{4}})")
# A weekday before a numeric date: "Jueves 29/02/2023", "lun. 2024-02-12".
_LEADING_WEEKDAY = re.compile(rf"^(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+(?=\d)")
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[t ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(z|utc|[+-]\d{2}:?\d{2})?"
)
# Year first with slashes: "2024/02/09", "2024/02/09 18:30".
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
# Mexican order: day/month/year.
# A time may follow after a comma, a bar or a dash («08/02/2024 - 13:45», «08/02/2024 | 9:05 h»).
_DMY = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:(?:\s*[,|·–—-]\s*|\s+)(?:a\s+las\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\s*(?:h|hs|hrs?|horas)\.?)?)?"
)
_FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")

# "Ciudad de México, martes 12 de marzo de 2024.- El director…": the place
# (which may hold a comma: "Zacatecas, Zac., …"), the date, then an optional
# separator and the first sentence. Matched on folded text.
# "Chilpancingo, Guerrero; a 19 de septiembre…" and "Durango, Dgo., a 26 de
# abril…" are the same shape with "; a" or ", a" before the date.
# A bilingual release gives the date in English too, after a slash («5 de junio de
# 2022 / June 5, 2022.–»): the translation is part of the dateline.
_TRANSLATED_DATE = (
    r"(?:\s*/\s*(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?,?\s+\d{4}))?"
)
_DATELINE = re.compile(
    rf"^(?P<place>[a-z][^\n]{{0,60}}?)\s*[,;]\s*(?:a\s+)?{_SPANISH_CORE}{_TRANSLATED_DATE}"
    r"\s*(?:\.?\s*[-–—]+\s*|[.:]\s+|\.?$)"
)
# The date as numbers, day first ("Oaxaca de Juárez, Oax., 12/03/2024.- …"), and
# both forms after a state with no comma before the date ("Mérida, Yuc. 3 de mayo de
# 2023.- …", "Mérida, Yucatán. 3 de mayo…", "Tuxpan, Ver. 12/03/2024"). Groups: the
# place, then the day, the month and the year.
_NUMERIC_CORE = rf"(?:{_WEEKDAY},?\s+)?(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}})"
_AFTER_DATE = r"\s*(?:\.?\s*[-–—]+\s*|[.:]\s+|\.?$)"
_PLACE_THEN = r"^(?P<place>[a-z][^\n]{0,60}?)\s*[,;]\s*(?:a\s+)?"
_STATE_THEN = r"^(?P<place>[a-z][^\n,;]{0,40},\s*[a-z][^\n,;]{0,25}?)\.?\s+(?:a\s+)?"
# The month abbreviated, as a council's office prints it («Ensenada, B.C., 5 ENE 2018.-»).
_ABBR_CORE = rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:de\s+)?{_MONTH_ABBR},?\s+(?:de\s+)?(\d{{4}})"
# (pattern, the month is a word)
_OTHER_DATELINES = (
    (re.compile(_STATE_THEN + _SPANISH_CORE + _TRANSLATED_DATE + _AFTER_DATE), True),
    (re.compile(_PLACE_THEN + _NUMERIC_CORE + _AFTER_DATE), False),
    (re.compile(_STATE_THEN + _NUMERIC_CORE + _AFTER_DATE), False),
    (re.compile(_PLACE_THEN + _ABBR_CORE + _AFTER_DATE), True),
)
# The same without the year ("Tlaxcala, Tlax., a 4 de junio.- …", an agency's
# "MINATITLAN, Ver., 12 ago.- …"): the year is
# the release's (its header's date line); only a dash or the line's end may
# follow, so a sentence («En Oaxaca, 3 de mayo. Luego…») is not taken for one.
_DATELINE_NO_YEAR = re.compile(
    rf"^(?P<place>[a-z][^\n]{{0,60}}?)\s*[,;]\s*(?:a\s+)?(?:{_WEEKDAY},?\s+)?{_DAY}\s+"
    rf"(?:de\s+)?(?:{_MONTH}|{_MONTH_ABBR})\s*(?:\.?\s*[-–—]+\s*|\.?$)"
)
# With the formal «a» before the date a full stop may close it too («Tuxtla Gutiérrez,
# Chiapas; a 3 de mayo. Ante las temperaturas…»): «…, a <day> de <month>.» is how
# offices date a release, never how a sentence runs.
_DATELINE_NO_YEAR_STOP = re.compile(
    rf"^(?P<place>[a-z][^\n]{{0,60}}?)\s*[,;]\s*a\s+(?:{_WEEKDAY},?\s+)?{_DAY}\s+"
    rf"(?:de\s+)?{_MONTH}\s*\.\s+"
)
# A date alone on a header line of a release: "4 de junio de 2021",
# "Martes 4 de junio de 2021", "04/06/2021".
_DATE_LINE_MAX = 64  # «treinta y uno de diciembre de mil novecientos noventa y nueve»
_TIME_MAX = 20  # a time and its zone after the date («, 13:40 h (tiempo del centro)»)
# A dateline's city is kept as the office wrote it («Cd. Victoria», «Gral. Escobedo»):
# four of the five blind writers who met it unprompted expected it so, and it
# is what the release printed.
# «Tapachula de Córdova y Ordóñez», «San Pedro y San Pablo Ayutla»: «y» joins a place's names.
_PLACE_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y"})


class DateProblem(ValueError):
    """A date field that was given but cannot be used; ``warning`` says why."""

    def __init__(self, warning: str, *, impossible: bool):
        super().__init__(warning)
        self.warning = warning
        self.impossible = impossible  # a real date form with an impossible value


def _impossible(raw: str) -> DateProblem:
    message = _("fecha imposible «%(value)s»; se importa sin fecha") % {"value": raw}
    return DateProblem(message, impossible=True)


def _unrecognised(raw: str) -> DateProblem:
    message = _("fecha no reconocida «%(value)s»; se importa sin fecha") % {"value": raw}
    return DateProblem(message, impossible=False)


def in_newsroom_time(moment: datetime) -> datetime:
    """A moment written with an offset, in the newsroom's time zone, on the day written.

    The source's local date is the article's date. A local offset that the
    newsroom's zone does not share that day (a "-06:00" written in summer
    before 2022, an outlet in another zone) could move a late-evening story to
    the next day; then the written clock time is read in the newsroom's zone.
    A UTC time ("Z", "+00:00") is converted: its written day is not local.
    """
    here = get_default_timezone()
    converted = moment.astimezone(here)
    if converted.date() == moment.date() or not moment.utcoffset():
        return converted
    return moment.replace(tzinfo=here)


def _aware(year, month, day, hour=0, minute=0, second=0, tz=None, *, raw: str) -> datetime:
    if not 1800 <= year <= 2200:
        raise _impossible(raw)
    try:
        local = tz or get_default_timezone()
        moment = datetime(year, month, day, hour, minute, second, tzinfo=local)
    except ValueError:
        raise _impossible(raw) from None
    return in_newsroom_time(moment) if tz else moment


def _offset(text: str | None, raw: str):
    if not text or text in ("z", "utc"):
        return UTC if text else None
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    try:
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    except ValueError:
        raise _impossible(raw) from None


def _words_number(text: str) -> int:
    """«veintiocho» -> 28, «treinta y uno» -> 31 (folded words); 0 when not a number."""
    return sum(NUMBER_WORDS.get(word, 0) for word in text.split() if word != "y")


def _day_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    return _words_number(text) or 1  # «primero», «1o.», «1er.»: the first


def _year_number(text: str) -> int:
    """«2021», or a year in words: «dos mil veintiuno» -> 2021."""
    if text.isdigit():
        return int(text)
    words = " ".join(text.split())
    for opening, hundreds in YEAR_WORDS.items():
        if words.startswith(opening):
            return hundreds + _words_number(words[len(opening) :])
    return int(text)


# A clock time after a date in words (folded): «mar 7 may 2024 08:30», «9 de enero
# de 2024, 13:40 h», «9 de enero de 2024 a las 8:05 p. m.».
_CLOCK_TAIL = re.compile(
    # «…, emisión de las 7:00 horas»: the newscast a script was read in, and its time
    # (starting only where a run of spaces starts, taken whole: linear on a long run)
    r"(?<!\s)\s*+(?:[,|·–—-]\s*+)?(?:a\s+las\s+|(?:emision|edicion|transmision)\s+de\s+las\s+)?"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
    r"(?:([ap])\.?\s?m\.?|h|hs|hrs?|horas)?\.?$"
)
# Time zones closing a date or a time («2024-07-04 23:15 (GMT-6)», «13:40 h, tiempo
# del centro», «8:30 CST»), folded: (pattern, hours from UTC). None is the newsroom's
# own zone (settings.TIME_ZONE); a numeric offset («GMT-6», «UTC -05:00») is read.
_CENTRAL = (
    r"(?:hora|tiempo)\s+(?:del\s+centro(?:\s+de\s+mexico)?|de\s+(?:la\s+)?(?:ciudad\s+de\s+mexico|cdmx)"
    r"|de\s+mexico|local)"
)
TIME_ZONES = (
    (r"(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?", "offset"),
    (r"gmt|utc", 0),
    (_CENTRAL, None),
    # Mexico's other zones by their legal names (Ley del Sistema de Horario): Pacífico
    # (Sonora, Sinaloa, Nayarit, Baja California Sur), Noroeste (Baja California), Sureste
    # (Quintana Roo).
    (r"(?:hora|tiempo)\s+del\s+pacifico", -7),
    (r"(?:hora|tiempo)\s+del\s+noroeste", -8),
    (r"(?:hora|tiempo)\s+del\s+sureste", -5),
    (r"cst", -6),
    (r"cdt", -5),
    (r"mst", -7),
    (r"mdt", -6),
    (r"pst", -8),
    (r"pdt", -7),
    (r"est", -5),
    (r"edt", -4),
    # a border outlet's zone without its season («7:05 p.m. MT»): the standard offset
    (r"mt", -7),
    (r"ct", -6),
    (r"pt", -8),
    (r"et", -5),
)
_ZONE_TAILS = tuple(
    (re.compile(r"(?:[\s,]+\(?|\()\s*(?:" + pattern + r")\s*\)?\.?$"), hours)
    for pattern, hours in TIME_ZONES
)
# Any of them, one search: most texts end in no time zone, and the rows are then not
# tried one by one (the first row that matches still says which zone it is).
_ANY_ZONE_TAIL = re.compile(
    r"(?:[\s,]+\(?|\()\s*(?:" + "|".join(pattern for pattern, _hours in TIME_ZONES) + r")\s*\)?\.?$"
)
_ZONE_OFFSET = re.compile(r"([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?\.?$")


def split_time_zone(text: str) -> tuple[str, object] | None:
    """(the date or time before it, its tzinfo or None for the newsroom's zone)
    when ``text`` ends in a time zone after a digit or a time («… 23:15 (GMT-6)»);
    None when it does not."""
    folded = fold(text.strip())
    if not _ANY_ZONE_TAIL.search(folded):
        return None
    for pattern, hours in _ZONE_TAILS:
        match = pattern.search(folded)
        if not match:
            continue
        head = text.strip()[: match.start()]
        if not any(c.isdigit() for c in head[-12:]):
            return None
        if hours == "offset":
            sign, hh, mm = _ZONE_OFFSET.search(match.group(0)).groups()
            delta = timedelta(hours=int(hh), minutes=int(mm or 0))
            if delta >= timedelta(hours=15):
                return None
            return head, timezone(-delta if sign in "-−" else delta)
        return head, None if hours is None else timezone(timedelta(hours=hours))
    return None


def _split_clock(folded: str) -> tuple[str, int, int, int] | None:
    """(the date before it, hour, minute, second) for a clock time closing
    ``folded``; None without one."""
    match = _CLOCK_TAIL.search(folded)
    if not match or not match.start():
        return None
    hour, minute, second, half = match.groups()
    hour = int(hour)
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return folded[: match.start()], hour, int(minute), int(second or 0)


def _day_and_month(first: int, second: int) -> tuple[int, int]:
    """(day, month) of a numeric date: day first, as Mexico writes it, unless only the
    other order reads (an English edition's «04/23/2021»: no month 23, so April 23)."""
    if second > 12 and 1 <= first <= 12 and second <= 31:
        return second, first
    return first, second


def parse_spanish_date(text: str, tz=None) -> datetime | None:
    """A date in Spanish words («9 de enero de 2024», «martes 12 de marzo de
    2024») as midnight that day, or at the time that closes it («mar 7 may
    2024 08:30»); None when ``text`` is not such a date, DateProblem when it
    is an impossible one. ``tz``: the zone the time is in (the newsroom's)."""
    raw = text.strip()
    if len(raw) > 80:
        return None
    folded = fold(raw)
    clock = (0, 0, 0)
    if (split := _split_clock(folded)) is not None:
        folded, clock = split[0], split[1:]
    if match := _SPANISH.fullmatch(folded):
        day, month, year = match.groups()
        return _aware(_year_number(year), MONTHS[month], _day_number(day), *clock, tz, raw=raw)
    if match := _SPANISH_ABBR.fullmatch(folded.rstrip(".")):
        day, month, year = match.groups()
        return _aware(int(year), MONTH_ABBREVIATIONS[month], _day_number(day), *clock, tz, raw=raw)
    if match := _MONTH_FIRST.fullmatch(folded.rstrip(".")):
        month, abbreviation, day, year = match.groups()
        return _aware(int(year), _month(month, abbreviation), _day_number(day), *clock, tz, raw=raw)
    if match := _DASHED_ABBR.fullmatch(folded.rstrip(".")):
        day, month, abbreviation, year = match.groups()
        return _aware(int(year), _month(month, abbreviation), _day_number(day), *clock, tz, raw=raw)
    if match := _DASHED_ROMAN.fullmatch(folded.rstrip(".")):
        day, _separator, month, year = match.groups()
        return _aware(int(year), ROMAN_MONTHS[month], int(day), *clock, tz, raw=raw)
    return None


def _month(name: str | None, abbreviation: str | None) -> int:
    return MONTHS[name] if name else MONTH_ABBREVIATIONS[abbreviation]


# Seconds since 1970 in nine or ten digits: 1973 to 2286, never a year or a short number.
_UNIX_TIME = re.compile(r"[1-9]\d{8,9}")


def parse_date(value: object) -> datetime | None:
    """Any date a source may hold: a YAML date/datetime, "2016-10-05",
    "2016-10-05 10:30:00 -0600", "05/10/2016" (day first), "5 de octubre de
    2016". None when empty; DateProblem when unusable (the caller turns its
    ``warning`` into an import warning and imports the article undated)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return _aware(value.year, value.month, value.day, value.hour, value.minute,
                          value.second, raw=str(value))  # fmt: skip
        return in_newsroom_time(value)
    if isinstance(value, date):
        return _aware(value.year, value.month, value.day, raw=str(value))
    if not isinstance(value, str | int):
        raise _unrecognised(str(value)[:40])
    raw = str(value).strip()
    if _UNIX_TIME.fullmatch(raw) and not isinstance(value, bool):
        # A CMS's Unix time (Drupal's «created: 1367601120»), read in the newsroom's zone.
        local = datetime.fromtimestamp(int(raw), tz=UTC).astimezone(get_default_timezone())
        return _aware(*local.timetuple()[:6], raw=raw)
    if len(raw) > 80:
        raise _unrecognised(raw[:80])
    zone = split_time_zone(raw)  # «2024-07-04 23:15 (GMT-6)»: the form, then its zone
    if zone is not None:
        raw, zone = zone
    text = _LEADING_WEEKDAY.sub("", fold(raw))
    if match := _ISO.fullmatch(text):
        y, m, d, hh, mm, ss, off = match.groups()
        tz = _offset(off, raw) or zone
        return _aware(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tz, raw=raw)
    if match := _DMY.fullmatch(text):
        d, m, y, hh, mm, ss = match.groups()
        d, m = _day_and_month(int(d), int(m))
        return _aware(int(y), m, d, int(hh or 0), int(mm or 0), int(ss or 0), zone,
                      raw=raw)  # fmt: skip
    if (clock := _split_clock(text)) is not None and (match := _DMY.fullmatch(clock[0])):
        # «04/23/2021 | 10:15 a.m.»: the clock in twelve hours closes the day.
        d, m, y = (int(g) for g in match.groups()[:3])
        d, m = _day_and_month(d, m)
        return _aware(y, m, d, *clock[1:], zone, raw=raw)
    if clock is not None and (match := _ISO.fullmatch(clock[0].strip())) and not match.group(4):
        # «2018-07-14 06:30 p.m.»: an ISO day closed by a clock in twelve hours.
        y, m, d = (int(g) for g in match.groups()[:3])
        return _aware(y, m, d, *clock[1:], zone, raw=raw)
    if match := _YMD_SLASH.fullmatch(text):
        y, m, d, hh, mm, ss = match.groups()
        return _aware(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0), zone,
                      raw=raw)  # fmt: skip
    moment = parse_spanish_date(raw, zone)
    if moment is None and _RFC2822.match(raw):
        moment = _parse_rfc2822(raw)
    if moment is None:
        raise _unrecognised(raw[:80])
    return moment


# An e-mail's date: "Tue, 14 Mar 2023 09:12:00 -0600" (RFC 2822).
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")


_RFC2822_LINE = re.compile(_RFC2822.pattern + r"(?::\d{2})?(?:\s+(?:[+-]\d{4}|[A-Z]{2,4}))?")


def _parse_rfc2822(raw: str) -> datetime | None:
    """The moment, in the newsroom's time zone like every dated source, or None."""
    try:
        moment = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return _aware(moment.year, moment.month, moment.day, moment.hour, moment.minute,
                      moment.second, raw=raw)  # fmt: skip
    return in_newsroom_time(moment)


# A date in an address's path: «/2014/03/27/», «/2014-03-27-slug».
_PATH_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)")


def date_in_path(address: str) -> datetime | None:
    """The date in a page's path («https://…/2014/03/27/nota/», a permalink
    «/2012/11/18/zafra/»), or None; an impossible one is None."""
    found = _PATH_DATE.search(address or "")
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    try:
        return _aware(year, month, day, raw=found.group(0))
    except DateProblem:
        return None


def date_from_filename(source_path: str) -> datetime | None:
    """Jekyll's ``YYYY-MM-DD-`` file-name prefix; DateProblem if impossible."""
    name = source_path.replace("\\", "/").rsplit("/", 1)[-1]
    match = _FILENAME_DATE.match(name)
    if not match:
        return None
    y, m, d = (int(g) for g in match.groups())
    return _aware(y, m, d, raw=match.group(0)[:-1])


@dataclass(frozen=True)
class Dateline:
    """A press dateline: its date (None when impossible), its city, and the
    text that follows it in the same paragraph."""

    moment: datetime | None
    city: str
    rest: str
    year_missing: bool = False  # "…, a 4 de junio.-": the day and month only
    # The state the place names after its city, by its name in the states table
    # ("Bahía Tortugas, B.C.S." -> "Baja California Sur"); "" when it names none.
    state: str = ""

    @property
    def place(self) -> str:
        """The city and the state's full name, as a location: «Bahía Tortugas, Baja
        California Sur»; the city alone when the dateline names no state."""
        return f"{self.city}, {self.state}" if self.city and self.state else self.city


def state_after_town(place: str) -> str:
    """The full name of the state a dateline's place names after its town («Mérida,
    Yuc.» -> «Yucatán», «Bahía Tortugas, Baja California Sur»); "" when none of its
    parts after the first comma is a state's name or abbreviation (the linker's states
    table, ``people.mentions.states``)."""
    from people.mentions.states import state_named

    for part in place.split(",")[1:]:
        if state := state_named(part.strip(" ;-–—*_")):
            return state.name
    return ""


def _other_dateline(folded: str) -> tuple[re.Match | None, bool]:
    """(the match, the month is a word) of the first of ``_OTHER_DATELINES``."""
    for pattern, in_words in _OTHER_DATELINES:
        if found := pattern.match(folded):
            return found, in_words
    return None, True


# A pictograph or two a post puts before its dateline (a pin, a calendar): no place's.
_LEAD_PICTOGRAPH = re.compile(r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][\ufe0f\u200d]?[ \t]*){1,2}")


def find_dateline(paragraph: str) -> Dateline | None:
    """A press dateline opening ``paragraph``, or None.

    "Mérida, Yucatán, 3 de mayo de 2023.- La Secretaría…" -> 2023-05-03,
    "Mérida", "La Secretaría…". The city is the place before its first comma
    (the state or its abbreviation follows it). A dateline without a year
    ("Tlaxcala, Tlax., a 4 de junio.-") has no date of its own
    (``year_missing``): the caller may take the year from the release.
    """
    if pin := _LEAD_PICTOGRAPH.match(paragraph):
        return find_dateline(paragraph[pin.end() :])  # «📍Chetumal, Q. Roo, a 2 de…»
    if not paragraph[:1].isupper() or not ("," in paragraph[:70] or ";" in paragraph[:70]):
        return None
    folded = fold(paragraph[:160])
    match, words = _DATELINE.match(folded), True
    if match is None:
        match, words = _other_dateline(folded)
    year_missing = match is None
    if year_missing:
        match = _DATELINE_NO_YEAR.match(folded) or _DATELINE_NO_YEAR_STOP.match(folded)
        words = True
        if not match:
            return None
    place = paragraph[: match.end("place")]
    if any(w[:1].islower() and w not in _PLACE_PARTICLES for w in place.split()):
        return None  # "En la sesión del martes, 12 de marzo…" is a sentence
    if any(c.isdigit() for c in place):
        return None  # "Boletín No. 45, 3 de mayo de 2023" is a bulletin's number and date
    if re.fullmatch(_WEEKDAY, fold(place.split(",", 1)[0].strip(" ;"))):
        return None  # "Jueves, 18 de mayo de 2017" is a date line: a weekday is no place
    moment = None
    if not year_missing:
        day, month, year = match.group(2, 3, 4)
        try:
            moment = _aware(
                _year_number(year),
                (MONTHS.get(month) or MONTH_ABBREVIATIONS[month]) if words else int(month),
                _day_number(day),
                raw=paragraph[: match.end()],
            )
        except DateProblem:
            moment = None
    # fold() keeps offsets, so the match end is valid in the original text.
    place = _without_venue(place)
    city = " ".join(place.split(",", 1)[0].strip(" ;").split())
    return Dateline(
        moment, city, paragraph[match.end() :].lstrip(), year_missing, state_after_town(place)
    )


# The first words of a building a dateline may name before its city («Palacio Legislativo
# de San Lázaro, Ciudad de México, …», «Recinto Legislativo, Toluca, …»), folded; a row
# per word.
VENUE_WORDS = frozenset(
    {"palacio", "recinto", "edificio", "salon", "sede", "auditorio", "teatro", "torre"}
)


def _without_venue(place: str) -> str:
    """A dateline's place without the building named before its city, when a city
    follows it."""
    first, comma, others = place.partition(",")
    words = fold(first).split()
    if (
        comma
        and words
        and words[0] in VENUE_WORDS
        and len(words) > 1
        and others.strip()[:1].isupper()
    ):
        return others.lstrip()
    return place


# A wire dateline crediting its outlet or agency in brackets before the dash:
# «MÉRIDA, Yuc., 7 de mayo de 2023 (Sureste Informa).- Los…», «Oaxaca, Oax., 3 de
# mayo de 2023 (EFE).— …». Groups: the place and date, the credit.
_CREDITED_DATELINE = re.compile(
    r"^(?P<head>[^\n()]{8,100}?)\s*\((?P<credit>[^()\n\d]{2,60})\)\s*\.?\s*[-–—]{1,2}\s*"
)


# The same with the credit between the place and the date: «JUCHITÁN, Oax. (Pulso
# Istmeño), 5 de julio de 2024.— …», «Tepic, Nay. (EFE), 3 de mayo de 2023.- …».
_CREDIT_BEFORE_DATE = re.compile(
    r"^(?P<place>[^\n()]{2,60}?)\s*\((?P<credit>[^()\n\d]{2,60})\)\s*[,;]\s*"
    r"(?P<date>[^\n()]{6,60}?)\s*\.?\s*[-–—]{1,2}\s*"
)


def _abbreviated_dateline(head: str) -> Dateline | None:
    """The place and date of a credited dateline whose date has an abbreviated month
    («OTTAWA, 18 sep 2024»: the agencies' style); None for any other head."""
    place, _comma, when = head.rpartition(",")
    if not place or not place[:1].isupper() or any(c.isdigit() for c in place):
        return None
    try:
        moment = parse_date_line(when.strip())
    except DateProblem:
        return None
    if moment is None:
        return None
    city = " ".join(place.split(",", 1)[0].split())
    return Dateline(moment, city, "", state=state_after_town(place))


def find_credited_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """(the dateline, the credited outlet) for a dateline with its outlet in
    brackets opening ``paragraph``, after the date or between the place and the
    date; None otherwise (or when its date is missing). A place with no date
    before the credit («CIUDAD JUÁREZ, Chih. (Norte Informa).— …») is a dateline
    too, with no moment: the date is then the byline's."""
    match = _CREDITED_DATELINE.match(paragraph[:200])
    if match is not None:
        head = match.group("head").rstrip(" .,;")
    elif match := _CREDIT_BEFORE_DATE.match(paragraph[:200]):
        head = f"{match.group('place').rstrip(' .,;')}, {match.group('date').rstrip(' .,;')}"
    else:
        return None
    rest = paragraph[match.end() :].lstrip()
    credit = match.group("credit").strip()
    found = find_dateline(head + ".-") or _abbreviated_dateline(head)
    if found is None and (place := find_place_dateline(head + ".- X")) and place.rest == "X":
        return Dateline(None, place.city, rest, state=place.state), credit
    if found is None:
        return None
    # «MONTERREY, N.L., 18 de julio (AINE).– …»: the day and month only, like an
    # uncredited dateline without its year (the story's date line gives the year).
    return Dateline(found.moment, found.city, rest, found.year_missing, found.state), credit


# A dateline with a place and no date: «Armería, Col.- El Instituto…», «TAPACHULA,
# CHIS.— La…», «Ensenada.- Los…». One to four capitalised words (particles aside), an
# optional state of one to three words, then a dash glued to a full stop or alone.
_PLACE_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w'.]*|de|del|la|las|los|el)"
_PLACE_STATE = rf",\s*[A-ZÁÉÍÓÚÑ][\w.]*(?:\s{_PLACE_WORD}){{0,2}}"
_PLACE_ONLY = re.compile(
    rf"^(?P<place>[A-ZÁÉÍÓÚÑ][\w'.]*(?:\s{_PLACE_WORD}){{0,3}})"
    rf"(?:(?:{_PLACE_STATE})?\.\s*[-–—]{{1,2}}|{_PLACE_STATE}\s*[—–]{{1,2}})"
    r"\s*(?=(?:[*_]{1,3}\s*)?[¿¡\"“«]?[A-ZÁÉÍÓÚÑ])"
)


def find_place_dateline(paragraph: str) -> Dateline | None:
    """A press dateline with a place and no date opening ``paragraph``
    («Armería, Col.- El Instituto…»): its city and the text after it."""
    match = _PLACE_ONLY.match(paragraph[:120])
    if match is None:
        return None
    place = match.group("place")
    if place.rstrip(".").lower() in _PLACE_PARTICLES or place.split()[-1] in _PLACE_PARTICLES:
        return None
    city = " ".join(place.split())
    state = state_after_town(paragraph[match.start("place") : match.end()].rstrip(" -–—"))
    return Dateline(None, city, paragraph[match.end() :].lstrip(), state=state)


def parse_date_line(line: str) -> datetime | None:
    """A line that is only a date («4 de junio de 2021», «Martes, 4 de junio de
    2021.», «04/06/2021», «Jueves 29/02/2023», «jue 14 dic 2023»): midnight
    that day. None when the line is something else; DateProblem when it is an
    impossible date. A time, and a zone after it, may close the date («jue 14
    dic 2023 13:40 h (GMT-6)»)."""
    text = line.strip().strip("*_").strip().rstrip(".").strip()
    if not text or len(text) > _DATE_LINE_MAX + _TIME_MAX or not text[:1].isalnum():
        return None
    zone = split_time_zone(text)
    whole = fold(zone[0] if zone else text)
    folded = _LEADING_WEEKDAY.sub("", whole)
    if (clock := _split_clock(folded)) is not None:
        folded = clock[0]
    if len(folded) > _DATE_LINE_MAX or not (
        _SPANISH.fullmatch(folded)
        or _MONTH_FIRST.fullmatch(whole)  # «Mar 12, 2020»: March, not Tuesday (martes)
        or _SPANISH_ABBR.fullmatch(folded)
        or _MONTH_FIRST.fullmatch(folded)
        or _DASHED_ABBR.fullmatch(folded)
        or _DASHED_ROMAN.fullmatch(folded)
        or _DMY.fullmatch(folded)
        or _YMD_SLASH.fullmatch(folded)
        or _ISO.fullmatch(folded)
        or _RFC2822_LINE.fullmatch(text)  # a feed's or a mail's «Tue, 14 Mar 2023 09:12 -0600»
    ):
        return None
    return parse_date(text)


def parse_field_date(value: str) -> datetime | None:
    """The value of a field labelled as a date («Fecha:», «Publish date:»): a date line
    (``parse_date_line``), or a CMS's Unix time («1500910200»), which a label alone makes
    a date (unlabelled, ten digits are as likely a phone number). None, or DateProblem."""
    text = value.strip()
    if _UNIX_TIME.fullmatch(text):
        return parse_date(text)
    return parse_date_line(text)


# A date closing a title, in brackets or after a dash («Notas de la reunión con
# vecinos (8 de agosto de 2024)», «Minuta del comité — 12/03/2024»).
_TITLE_DATE = re.compile(r"(?:[(\[]\s*([^()\[\]\n]{6,80})\s*[)\]]|\s[-–—|]\s*([^\n]{6,80}?))\s*$")


def date_in(text: str) -> datetime | None:
    """The first written-out date in ``text`` («… martes 14 de marzo de 2006 PÁGINA
    4-A», «19 ago 2014»), or None; an impossible one is passed over."""
    folded = fold(text)
    for pattern in (_SPANISH, _SPANISH_ABBR):
        for match in pattern.finditer(folded):
            try:
                moment = parse_date_line(match.group(0))
            except DateProblem:
                continue
            if moment is not None:
                return moment
    return None


def title_date(title: str) -> datetime | None:
    """The date that closes a note's title, or None: for a file dated nowhere
    else (a memo or meeting note titled with its day). An impossible one is None."""
    match = _TITLE_DATE.search(title[-100:])
    if not match:
        return None
    try:
        return parse_date_line(match.group(1) or match.group(2))
    except DateProblem:
        return None


# Labels before a date on its own line ("Fecha: 12/09/2023", "Publicado el 7 de
# marzo de 2024", "Lugar y fecha: Oaxaca, 2 de diciembre de 2023"), folded.
DATE_LABELS = (
    r"fecha(?:\s+de\s+(?:publicacion|envio|emision|transmision|creacion|nota|respuesta))?\s*:",
    # a script's air date among its production fields («Transmisión: 4 de mayo de 2019»)
    r"(?:emision|transmision)\s*:",
    r"lugar\s+y\s+fecha\s*:",
    r"publicad[oa](?:\s+el)?\s*:?",
    r"cread[oa](?:\s+el)?\s*:",  # Joomla's «Creado: Lunes, 03 Junio 2024 10:12»
    # A station's script: «Transmitido el 22 de agosto de 2015», «Emitido el …»
    r"(?:transmitid[oa]|emitid[oa]|difundid[oa])(?:\s+el)?\s*:?",
    # the broadcast a script or its transcript is of: «Emisión del martes 12 de marzo de
    # 2019», «Transcripción de la emisión del …», «Transmisión del …»
    r"(?:transcripcion\s+de\s+(?:la\s+)?)?(?:emision|transmision)\s+del?\s*:?",
    # A CMS's stamp naming the account that posted the story, a login and no one's name
    # (Drupal's «Enviado por editor_web el Mar, 04/06/2024 - 09:15», «Submitted by admin on»).
    r"(?:enviado|publicado|posted|submitted)\s+(?:por|by)\s+[\w.@-]{2,30}\s+(?:el|on)\s+",
    # A weekly's or a daily's edition: «Edición 2024/02/29», «Edición impresa del 3 de mayo
    # de 2024», «Edición digital: 03-05-2024».
    r"edicion(?:\s+(?:impresa|digital|semanal|dominical|matutina|vespertina|especial))?"
    r"(?:\s+del?)?\s*:?",
)
_DATE_LABEL = re.compile(r"^[*_]*(?:" + "|".join(DATE_LABELS) + r")[*_]*\s*")
# Relative stamps a site prints instead of a date: never a date.
RELATIVE_STAMPS = (
    r"(?:(?:actualizad[oa]|publicad[oa]|editad[oa])\s*:?\s+)?hace\s+(?:un|una|unos|unas|\d{1,3})\s+"
    r"(?:segundos?|minutos?|mins?|horas?|hrs?|h|dias?|semanas?|mes|meses|anos?)",
    # English CMS stamps: "3 hours ago", "Last updated 3 hours ago", "Updated an hour ago".
    r"(?:(?:last\s+)?(?:updated|edited|posted)\s*:?\s+)?(?:an?|one|\d{1,3})\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",
)
_RELATIVE_STAMP = re.compile(r"^(?:" + "|".join(RELATIVE_STAMPS) + r")\.?$")


def strip_date_label(line: str) -> str | None:
    """What follows a date label («Fecha: 12/09/2023» -> «12/09/2023»), or None."""
    match = _DATE_LABEL.match(fold(line.strip()))
    return line.strip()[match.end() :].strip() if match else None


def is_relative_stamp(text: str) -> bool:
    """«hace 2 horas», «Actualizado hace 15 minutos»: not a date."""
    return bool(_RELATIVE_STAMP.match(fold(text.strip().strip("*_").strip())))


def split_dateline(paragraph: str) -> tuple[datetime | None, str] | None:
    """A press dateline opening ``paragraph``: returns its date (None when
    impossible) and what follows it; None when there is no dateline.

    "Ciudad de México, martes 12 de marzo de 2024" -> (2024-03-12, "")
    "Zacatecas, Zac., 5 de octubre de 2016.- El gobernador…" -> (…, "El gobernador…")
    """
    found = find_dateline(paragraph)
    return None if found is None else (found.moment, found.rest)


# An update of a live blog: a clock time opening its paragraph, then a dash or a bar
# («16:40 — …», «**9:05 h** | …», «### 12:32 - …»), folded.
_CLOCK_UPDATE = re.compile(
    r"^[#*_\s]*\d{1,2}:\d{2}(?:\s*(?:h|hrs?|hs|[ap]\.?\s?m\.?))?[*_]*\s*[—–|-]\s*\S"
)
LIVE_UPDATES = 3  # the fewest updates stamped with a clock that make a live blog


def live_blog(paragraphs: list[str]) -> bool:
    """The paragraphs are a live blog's: three or more open with a clock stamp (its
    updates, newest first, carry a time and no day)."""
    stamped = 0
    for paragraph in paragraphs:
        if _CLOCK_UPDATE.match(fold(paragraph[:40])):
            stamped += 1
            if stamped >= LIVE_UPDATES:
                return True
    return False


# The label of an update stamp, folded («Última actualización:», «Actualizado el»).
UPDATE_STAMP_LABELS = (
    r"ultima\s+actualizacion",
    r"actualizad[oa]",
    r"(?:last\s+)?updated",
)
_UPDATE_STAMP_LABEL = re.compile(
    r"(^|\s[·|•]\s)\s*(?:" + "|".join(UPDATE_STAMP_LABELS) + r")\b\s*(?:el\s+|:\s*|\s)"
)


def update_unlabelled(line: str) -> str:
    """``line`` with its update stamp's label dropped, the stamp's date left as the
    line's date: a live blog's head gives only its last update's day, and that day is
    its coverage's («Medio · Redacción · Última actualización: 14/06/2024 16:40»)."""
    match = _UPDATE_STAMP_LABEL.search(fold(line))
    return line if match is None else line[: match.end(1)] + line[match.end() :]
