"""What a TV or radio newsroom's web copy carries around the story.

A station publishes the script of a report as a web story, with the leftovers of
its player and its schedule:

* the caption of the video or audio player, under the title or glued inside a
  paragraph («▶ VIDEO | Así fue el rescate (1:48)», «[VIDEO] Vecinos denuncian… ·
  Duración 2:14», «🎧 Escucha la nota completa en nuestra transmisión en vivo»,
  «[VIDEO: Oleaje en el malecón · 0:52]»);
* the program or newscast the report ran in, alone on a line or as a part of the
  masthead or byline line («Visto en Noticiero Estelar, 20:00 h», «EN VIVO | Noticiero
  Matutino», «Programa: Istmo al Día», «Nota de: Ana Ruiz / Edición: Telediario
  Mediodía», «Radio Puerto 1170 AM — «Informativo del Puerto»»);
* the schedule pitch closing it («Mira la emisión completa a las 21:00 h», «Escucha
  Primera Emisión de lunes a viernes», the boilerplate table ``PITCHES``).

They are recognised by their shape and the words of the tables below (a row per
word or spelling, folded), so no station's name is needed.
"""

import re

from people.naming import fold

# Folded words of a player's caption label («VIDEO |», «[AUDIO]», «🎥 Video:»).
MEDIA_LABELS = (
    r"video|videos|videonota|audio|audios|galeria|fotogaleria|podcast|en vivo|en directo",
)
# Symbols a player's caption opens with (play buttons, a camera, headphones, a radio).
PLAYER_SYMBOLS = "▶►▷⏯🎥🎬📹📺📻🎧🎙🔊🔴"
# Folded words that name a newscast or a program («Noticiero …», «Telediario …»).
PROGRAM_WORDS = frozenset(
    """
    noticiero noticieros telediario informativo emision edicion programa noticias
    """.split()  # noqa: SIM905 (a table of words)
)
# Folded words that name a newscast's slot («Edición Nocturna», «Primera Emisión»):
# with a program word, a program's name, never an outlet's.
SLOT_WORDS = frozenset(
    """
    matutino matutina vespertino vespertina nocturno nocturna estelar mediodia
    primera segunda tercera estelares
    """.split()  # noqa: SIM905 (a table of words)
)
# Program words that name a newscast wherever they stand («Telediario Grijalva»).
NEWSCAST_WORDS = frozenset({"telediario"})
# Folded first words of an outlet's or agency's name, never a program's («AGENCIA
# MATUTINA DE NOTICIAS», «Radio Noticias Primera»): such a name is the outlet.
OUTLET_LEADS = frozenset({"agencia", "diario", "periodico", "semanario", "radio", "canal", "tv"})
# Labels of the program a report ran in («Programa: Istmo al Día»; «Edición:» only
# before a program's name, for a paper's «Edición: impresa» is its own).
PROGRAM_LABELS = (r"programa|emision|noticiero|transmision|espacio",)
# Where a report was aired, with no colon («Visto en Noticiero Estelar, 20:00 h»).
PROGRAM_LEADS = (r"visto en|transmitido en|emitido en|escuchado en",)
_PROGRAM_LABEL = re.compile(
    r"^(?:(?:" + "|".join(PROGRAM_LABELS) + r")\s*:|(?:" + "|".join(PROGRAM_LEADS) + r")\s)\s*\S"
)
_EDITION_LABEL = re.compile(r"^edicion\s*:\s*(?P<value>\S.*)$")
_LIVE_LABEL = re.compile(r"^(?:en vivo|en directo|al aire)\s*[|:·•—–-]\s*(?P<value>\S.*)$")

_DURATION = re.compile(
    r"(?:[·|•—–-]\s*)?(?:\(\s*)?(?:duracion\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*min\.?)?\s*\)?\s*$"
)
_CAPTION_LABEL = re.compile(r"^\[?\s*(?:" + "|".join(MEDIA_LABELS) + r")\s*(?:\]|[:|·•—–-])")
_INLINE_CAPTION = re.compile(
    r"\s*\[(?:" + "|".join(MEDIA_LABELS) + r")\s*[:|·•—–-]\s*[^\]\n]{3,200}\](?!\()\s*",
    re.IGNORECASE,
)
# «Escucha la nota completa en nuestra transmisión en vivo», «Mira el video completo»:
# a call to the player, folded, matched from the start of the line.
PLAYER_CALLS = (
    r"(?:escucha|mira|ve|ver|reproduce|reproducir|dale play a)\s+(?:la|el|nuestra|nuestro)?\s*"
    r"(?:nota|video|audio|reportaje|entrevista|transmision|emision)\s+(?:completa|completo)\b",
    r"(?:ver|reproducir|escuchar)\s+(?:el\s+)?(?:video|audio)$",
)
_PLAYER_CALL = re.compile(r"^(?:" + "|".join(PLAYER_CALLS) + r")")
_PART_SEPARATOR = re.compile(r"(\s+[·•|–—/]\s+|\s+-\s+)")
_CAPTION_MAX = 200
_CAPTION_WORDS = 2  # a caption says what the clip shows
_PROGRAM_WORDS_MAX = 8


def _folded(text: str) -> str:
    return " ".join(fold(text.strip().strip('*_«»"“” ')).split())


def _unsymbolled(line: str) -> tuple[str, bool]:
    """``line`` without the player's symbol opening it, and whether it had one."""
    text = line.strip().strip("*_ ")
    stripped = text.lstrip(PLAYER_SYMBOLS + "\ufe0f ")
    return stripped, stripped != text


def is_player_caption(line: str) -> bool:
    """The caption of a video or audio player alone on its line: a media label with a
    player's symbol, in brackets, or with the clip's duration («▶ VIDEO | Así fue… (1:48)»,
    «[VIDEO] Vecinos… · Duración 2:14», «🎥 VIDEO: Así fue…»), or a call to the player
    («🎧 Escucha la nota completa en nuestra transmisión en vivo»). A headline that
    opens with «VIDEO:» has none of those marks, and stays."""
    if "\n" in line.strip() or len(line) > _CAPTION_MAX:
        return False
    text, symbol = _unsymbolled(line)
    folded = _folded(text)
    if _PLAYER_CALL.match(folded):
        return True
    label = _CAPTION_LABEL.match(folded)
    if label and _DURATION.fullmatch(folded[label.end() :].strip()):
        return True  # «VIDEO | 02:14»: the player's label and the clip's length
    if not label or len(folded[label.end() :].split()) < _CAPTION_WORDS:
        return False  # «[Video]» alone: an embed's placeholder, not a caption
    return symbol or text.startswith("[") or bool(_DURATION.search(folded))


def is_program_name(part: str) -> bool:
    """The name of a newscast or program, not an outlet's: a program word with its slot
    («Noticiero Estelar TeleGolfo», «Primera Emisión con Gabriel Osuna», «Noticiero Canal 9
    Edición Nocturna»), a newscast's own word («Telediario Grijalva Mediodía»), a
    program's label («Programa: Istmo al Día», «Edición: Telediario…», «Visto en …»), a
    live label before a program («EN VIVO | Noticiero Matutino»), or a name in
    guillemets («Radio Puerto 1170 AM — «Informativo del Puerto»»)."""
    text = part.strip().strip("*_ ")
    if not text or len(text) > 120 or text[-1:] in ".;!?":
        return False
    folded = _folded(text)
    if live := _LIVE_LABEL.match(folded):
        return _program_words(live.group("value"))
    if _PROGRAM_LABEL.match(folded):
        return True
    if edition := _EDITION_LABEL.match(folded):
        return _program_words(edition.group("value"))
    if text.startswith("«") and text.endswith("»") and _has_program_word(folded):
        return True
    lead, _space, name = text.partition(" ")
    if fold(lead) in PROGRAM_WORDS and name[:1] in _QUOTES and name[-1:] in _QUOTES:
        return True  # «NOTICIERO "DESPERTAR COSTEÑO"»: a program word, then its name quoted
    return _named(text) and _program_words(folded)


_QUOTES = '«»"“”'

# Words a program's name holds in lower case («Primera Emisión con Gabriel Osuna»).
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "con", "en", "al"})


def _named(text: str) -> bool:
    """Every word capitalised (or a figure, or a particle): a name, never a headline in
    sentence case («Arranca la segunda edición del programa»)."""
    words = [w.strip('«»"“”,.:()') for w in text.split()]
    return all(not w or w[:1].isupper() or w[:1].isdigit() or w in _NAME_PARTICLES for w in words)


def _has_program_word(folded: str) -> bool:
    return any(word.strip(",.") in PROGRAM_WORDS for word in folded.split())


def _program_words(folded: str) -> bool:
    words = [word.strip(",.:") for word in folded.split()]
    if not words or len(words) > _PROGRAM_WORDS_MAX or words[0] in OUTLET_LEADS:
        return False
    if any(word in NEWSCAST_WORDS for word in words):
        return True
    return any(w in PROGRAM_WORDS for w in words) and any(w in SLOT_WORDS for w in words)


# A script's running time among its production line's parts («Duración: 2'30"», «DUR.
# 1:45», «Duración total: 90 seg»), folded.
_RUNNING_TIME = re.compile(
    r"dur(?:acion(?:\s+total)?|\.)\s*:?\s*(?:\d{1,2}\s*['’]\s*\d{1,2}\s*[\"”]?|\d{1,2}:\d{2}"
    r"|\d{1,3}\s*(?:seg|segundos|min|minutos)\.?)"
)


def is_production_line(line: str) -> bool:
    """A script's production line under its title: parts between dots or bars, one the
    running time («Cápsula para la barra vespertina · Duración: 1'50"»): no credit, no
    story."""
    parts = _PART_SEPARATOR.split(line.strip())[::2]
    return len(line) <= _CAPTION_MAX and any(
        _RUNNING_TIME.fullmatch(_folded(part)) for part in parts
    )


def drop_program_parts(line: str) -> tuple[str, list[str]]:
    """``line`` without the parts that name a program («Nota de:
    Ana Ruiz | Noticiero Edición Nocturna» -> «Nota de: Ana Ruiz»), and the parts
    dropped; the whole line dropped when every part is one."""
    if is_program_name(line):
        return "", [line.strip()]
    pieces = _PART_SEPARATOR.split(line.strip())
    parts, separators = pieces[::2], pieces[1::2]
    dropped = [p.strip() for p in parts if is_program_name(p)]
    if not dropped:
        return line, []
    if len(dropped) == len(parts):
        return "", [line.strip()]
    kept = ""
    for index, part in enumerate(parts):
        if part.strip() in dropped:
            continue
        kept += (separators[index - 1] if kept and index else "") + part
    return kept.strip(), dropped


def cut_inline_captions(paragraph: str) -> tuple[str, list[str]]:
    """``paragraph`` without the player captions in brackets glued inside it («… por
    tripulación. [VIDEO: Oleaje en el malecón · 0:52] El oleaje…»), and the captions."""
    found = [match.group(0).strip() for match in _INLINE_CAPTION.finditer(paragraph)]
    if not found:
        return paragraph, []
    return _INLINE_CAPTION.sub(" ", paragraph).strip(), found


# A radio or TV script published as it was read: the production cues alone on their line,
# in capitals and brackets («(ENTRA CORTINILLA)», «(INSERTO 1: AUDIO VECINA, 0:32)»), the
# speaker labels opening the paragraphs read («LOCUTORA: …») and the presenter's greeting
# («Muy buenos días, Costa Grande, son las siete…»). Folded words, a row per word.
SCRIPT_CUE_WORDS = frozenset(
    """
    entra sale inserto insert corte cortinilla rubrica pausa musica fondo sube baja efecto
    sonido rola cambio transicion fade cue ident identificacion regresa vuelve cabina
    pasa
    """.split()  # noqa: SIM905 (a table of words)
)
SPEAKER_LABELS = (
    r"locutor(?:a|es)?",
    r"loc\.?",
    r"conductor(?:a)?",
    r"presentador(?:a)?",
    r"reporter[oa]",
    r"corresponsal",
    r"voz(?: en off)?",
)
SCRIPT_GREETINGS = (
    r"(?:muy\s+)?buen(?:os|as)\s+(?:d[ií]as|tardes|noches)\b",
    r"hola\s*,?\s+(?:muy\s+)?buen(?:os|as)\b",
)
# Who runs the desk, not who reads: a cue may stand after their label in capitals
# («OPERADOR: ENTRA CORTINILLA Y BAJA A FONDO», «CONTROL: SALE MÚSICA»), folded, a row each.
CUE_ROLES = (r"operador(?:a)?", r"operacion", r"control", r"cabina", r"tecnico", r"audio")
_SCRIPT_CUE = re.compile(
    r"^[ \t]*(?:\((?P<cue>[^()\n]{2,240})\)|\[(?P<square>[^\[\]\n]{2,240})\]"
    r"|(?-i:[A-ZÁÉÍÓÚÑ]{4,12})[ \t]*:[ \t]*(?P<role>[^\n]{2,240}?))[ \t]*$",
    re.MULTILINE,
)
_CUE_ROLE = re.compile(r"(?:" + "|".join(CUE_ROLES) + r")")
# A cue written bare on its line, its label in capitals up to a dash, a bracket or a colon,
# with the insert's timing («ENTRA RÚBRICA (5")», «CORTE 1 — Name (0'25") — ENTRA: …») or
# a number closing the label («PASA A NOTA 4»): only in a text that is a script.
_BARE_CUE_HEAD = re.compile(r"^(?P<head>[^—–(:\n]{2,60}?)\s*(?:[—–(:]|\s-\s|$)")
_TIMING = re.compile(r"\(\s*\d{1,2}(?:\s*['’]\s*\d{1,2})?\s*[\"”]\s*\)")
_NUMBERED_HEAD = re.compile(r"\s\d{1,2}$")
_BARE_CUE_MAX = 240
_SPEAKER = re.compile(
    r"^[ \t]*(?-i:(?:" + "|".join(label.upper() for label in SPEAKER_LABELS) + r")"
    r"(?:[ \t]+\d{1,2})?)[ \t]*:[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
_GREETING = re.compile(r"^(?:" + "|".join(SCRIPT_GREETINGS) + r")", re.IGNORECASE)
# A speaker's label alone in brackets over what they read («(CONDUCTOR)», «(REPORTERA)»).
_SPEAKER_CUE = re.compile(r"(?:" + "|".join(SPEAKER_LABELS) + r")(?:\s+\d{1,2})?")
# The reporter's sign-off closing a report read on air, a paragraph alone: where from, who,
# for which station («Desde la colonia Centro, reportó Ana Ruiz para Radio Sur.»,
# «Para Radio Sur, Ana Ruiz, desde Torreón.»). Folded.
SIGN_OFFS = (
    r"desde\s+[^,\n]{2,60},\s+(?:reporto|informo|reporta|informa)\s+[^,\n]{3,60}"
    r"\s+para\s+[^,\n]{2,60}",
    r"(?:reporto|informo)\s+[^,\n]{3,60},\s+desde\s+[^,\n]{2,60},\s+para\s+[^,\n]{2,60}",
    r"para\s+[^,\n]{2,60},\s+[^,\n]{3,60},\s+desde\s+[^,\n]{2,60}",
    r"desde\s+[^,\n]{2,60},\s+[^,\n]{3,60},\s+para\s+[^,\n]{2,60}",
)
_SIGN_OFF = re.compile(r"^(?:" + "|".join(SIGN_OFFS) + r")\.?$")
_SIGN_OFF_MAX = 200
_GREETING_MAX = 200
_SCRIPT_MARKS = 2  # cues and labels a text needs to be read as a script


_CUE_WORDS = 80  # characters of a cue in capitals; after its label, the insert's note


def _is_cue(cue: str) -> bool:
    """A production cue in capitals («(ENTRA CORTINILLA)»), or a cue's label in capitals
    over the note of what the insert says («(ENTRA AUDIO 1: director de Obras — 0'18"
    — ENTRA: «…» SALE: «…»)»)."""
    head, colon, _note = cue.partition(":")
    if not colon and len(cue) > _CUE_WORDS:
        return False
    words = _folded(head).split()
    if not colon and head == head.upper() and _SPEAKER_CUE.fullmatch(_folded(head)):
        return True  # «(CONDUCTOR)»: who reads the paragraph under it
    return head == head.upper() and bool(words) and words[0].strip(":,") in SCRIPT_CUE_WORDS


def _cue_match(match: re.Match) -> bool:
    """A cue in brackets, or after the label of who runs the desk (``CUE_ROLES``)."""
    if match.group("role") is None:
        return _is_cue(match.group("cue") or match.group("square"))
    label = match.group(0).strip().partition(":")[0]
    return bool(_CUE_ROLE.fullmatch(_folded(label))) and _is_cue(match.group("role"))


def is_bare_cue(line: str) -> bool:
    """A cue alone on its line with no brackets (``_BARE_CUE_HEAD``): its label in
    capitals opening with a cue word, and a timing or a number saying which insert."""
    text = line.strip()
    match = _BARE_CUE_HEAD.match(text) if len(text) <= _BARE_CUE_MAX else None
    if match is None:
        return False
    head = match.group("head").strip()
    words = _folded(head).split()
    if head != head.upper() or not words or words[0] not in SCRIPT_CUE_WORDS:
        return False  # a speaker's label («LOC 1: …») opens what is read
    return bool(_TIMING.search(text) or _NUMBERED_HEAD.search(head))


_READ_WORDS = 8  # words after a speaker's label that make it what is read, no field


def is_read_aloud(line: str) -> bool:
    """A paragraph read on air under its speaker's label in capitals («LOCUTOR: Después
    de seis días cerrado, …»): a sentence of ``_READ_WORDS`` words or more, never a
    script's field naming who reads («LOCUTORA: Ana Ruiz»)."""
    speaker = _SPEAKER.match(line)
    return bool(speaker) and len(line[speaker.end() :].split()) >= _READ_WORDS


def strip_script_marks(text: str) -> tuple[str, list[str]]:
    """``text`` without a script's cues, speaker labels and greeting when it holds two
    or more cues or labels (a script); the text as it is otherwise. And what went."""
    cues = [m for m in _SCRIPT_CUE.finditer(text) if _cue_match(m)]
    speakers = list(_SPEAKER.finditer(text))
    if len(cues) + len(speakers) < _SCRIPT_MARKS:
        return text, []
    removed = [m.group(0).strip() for m in cues] + [m.group(0).strip() for m in speakers]
    cue_starts = {m.start() for m in cues}
    out, position = [], 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if start in cue_starts:
            continue
        if is_bare_cue(line):
            removed.append(line.strip())
            continue
        bare = _SPEAKER.sub("", line, count=1) if _SPEAKER.match(line) else line
        if bare is not line and len(bare) <= _GREETING_MAX and _GREETING.match(bare):
            removed.append(bare.strip())  # the presenter greets the audience
            continue
        if len(bare) <= _SIGN_OFF_MAX and _SIGN_OFF.match(_folded(bare)):
            removed.append(bare.strip())  # the reporter's sign-off
            continue
        out.append(bare)
    return "\n".join(out), removed
