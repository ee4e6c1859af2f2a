"""A reporter's note to the desk left in the copy: «(para web e impreso, va con 4
fotos)», «[Ojo mesa: va con video]», «Nota para edición: pendiente la foto del
alcalde». It tells the editors what goes with the story and where it runs; readers
never see it. A short paragraph, wholly in brackets or after a label addressed to the
desk, that says what goes with the story (photos, video), where it runs (web, print)
or what is still missing."""

import re

from people.naming import fold

# What a note to the desk says, folded; a row per wording.
DESK_PHRASES = (
    r"va(?:n)? con (?:\d{1,2} |una |un |dos |tres |cuatro |cinco |sus )?"
    r"(?:fotos?|imagen(?:es)?|videos?|graficos?|infografias?|audios?|galerias?)",
    r"van (?:\d{1,2}|dos|tres|cuatro|cinco|seis) (?:fotos|imagenes|videos)",
    r"sin fotos?",
    r"(?:fotos?|imagenes|videos?) "
    r"(?:en (?:la )?carpeta|adjunt[oa]s?|anex[oa]s?|por (?:correo|whatsapp|drive))",
    # «las fotos van en el siguiente correo», «el video va por otro correo»
    r"(?:fotos?|imagenes|videos?) van? (?:en|por) (?:el|un|otro) (?:siguiente |otro )?"
    r"(?:correo|mensaje|mail|envio)",
    # «las fotos te las mando por whats», «el video se los paso por correo»
    r"(?:fotos?|imagenes|videos?) (?:te |se |les )?(?:las? |los? )?"
    r"(?:mando|envio|paso|mandare|enviare) (?:por|en) "
    r"(?:whats(?:app)?|correo|mail|drive|el siguiente)",
    r"va (?:la|mi) nota\b",
    r"pendiente(?:s)? (?:la |las |el |los )?(?:fotos?|imagen(?:es)?|videos?|graficos?)",
    r"para (?:la )?(?:web|redes|portal|impreso|edicion impresa|version impresa|impresion)",
    r"(?:web|portal) (?:e|y) impres[oa]",
    r"\d{1,2} cuartillas?",
    r"favor de (?:publicar|subir|incluir|agregar|usar)",
    # when it runs and what it still lacks: «va para el jueves», «falta foto del mercado»
    r"va para (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)",
    r"falta(?:n)? (?:la |las |el |los )?(?:fotos?|imagen(?:es)?|videos?|datos?|cifras?)",
    # what the reporter still has to check: «checar cifra con Salud», «pedir dato oficial»
    r"(?:pedir|solicitar|checar|chequear|verificar|confirmar|corroborar) (?:el |la |los |las "
    r"|un |una )?(?:datos?|cifras?|nombres?|fechas?|fotos?|cargos?)",
    # whom the reporter still has to check with: «confirmar con la fiscalía el número»
    r"(?:checar|chequear|verificar|confirmar|corroborar) con (?:el |la |los |las )?[^\W\d_]{3,}",
    # a note dictated by phone: what happened to the call («se cortó la llamada»)
    r"se (?:corto|corta|cayo|cae) la (?:llamada|comunicacion|linea)",
    r"(?:volvio|vuelve) a (?:marcar|llamar|comunicarse)",
)
# Labels that address the note to the desk («Ojo mesa:», «Nota para la mesa:»).
DESK_LABELS = (
    r"ojo(?: mesa| editor(?:a|es)?| edicion| web)?",
    r"nota (?:para|a) (?:la |el )?(?:mesa|edicion|redaccion|editor(?:a|es)?|web)",
    r"observaciones?|indicaciones?",  # a story sheet's closing field for the desk
    r"para (?:la )?mesa",
    r"a la mesa",
    r"mesa",  # «mesa: las fotos van en el siguiente correo»
    r"notas?|pendientes?",  # «NOTAS: pedir dato oficial…» under the reporter's «--»
)
# Labels of an editor's or reporter's comment left in the copy: in brackets, a note
# after one of them is for the desk whatever it says («[ED: ¿quién lo dice?]», «(OJO
# MESA: confirmar el apellido)»).
COMMENT_LABELS = (
    r"ed|editor(?:a|es)?|edicion|correccion|corrector(?:a)?|revision",
    r"ojo(?: mesa| editor(?:a|es)?| edicion| web)?",
    r"nota (?:para|a) (?:la )?(?:mesa|edicion|redaccion|editor(?:a|es)?|web)",
    r"(?:para|a) la mesa|mesa",
    r"n\. del? (?:e|r)\.?",
)
_COMMENT_LABEL = r"(?:" + "|".join(COMMENT_LABELS) + r")\s*:\s*\S"
# The comment in single or double brackets (or parentheses), its label first; double
# square brackets around a label in capitals are a writer's own note («[[ANA: falta
# la respuesta del municipio]]»), a wiki link never carries a label and a colon.
_BRACKETED_COMMENT = re.compile(
    r"[ \t]*(?:\[\[?(?P<square>[^\[\]\n]{3,300})\]\]?(?!\()|\((?P<round>[^()\n]{3,300})\))"
)
_WRITER_NOTE = re.compile(r"\[\[[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ. ]{1,20}:\s[^\[\]\n]{2,300}\]\]")
_COMMENT_OPENING = re.compile(_COMMENT_LABEL)
_PHRASE = re.compile(r"\b(?:" + "|".join(DESK_PHRASES) + r")\b")
_LABELLED = re.compile(r"^(?:" + "|".join(DESK_LABELS) + r")\s*:\s*\S")
# A mail's signature delimiter («--» alone on its line) over the note: the reporter's
# signature block, the note to the desk in it.
_SIGNATURE_DELIMITER = re.compile(r"^--[ \t]?\n")
_BRACKETS = {"(": ")", "[": "]"}
_QUOTE_MARK = re.compile(r"^>[ \t]*(?=\S)")
_NOTE_MAX = 160


def says_desk_note(line: str) -> bool:
    """A line that says what a note to the desk says, labelled or not."""
    return len(line) <= _NOTE_MAX and bool(_PHRASE.search(fold(line)))


def is_desk_note(paragraph: str) -> bool:
    """A note to the desk alone in its paragraph: in brackets, or after a label
    addressed to the desk, and saying what goes with the story or where it runs."""
    text = _SIGNATURE_DELIMITER.sub("", paragraph.strip(), count=1).strip("*_").strip()
    text = _QUOTE_MARK.sub("", text, count=1).strip("*_").strip()  # «> Nota para la mesa: …»
    if not text or "\n" in text or len(text) > _NOTE_MAX:
        return False
    folded = fold(text)
    if is_bracketed_comment(text):
        return True
    if text[0] in _BRACKETS and text[-1] == _BRACKETS[text[0]]:
        inner = folded[1:-1].strip()
        return "(" not in inner and bool(_PHRASE.search(inner))
    return bool(_LABELLED.match(folded)) and bool(_PHRASE.search(folded))


# A note to the desk in brackets inside a paragraph («… anda en 280 [checar cifra con
# Salud] y el de sierra…»): it opens with what the desk is to do or still lacks.
_INLINE_NOTE = re.compile(r"[ \t]*\[(?P<inner>[^\[\]\n]{3,100})\](?!\()")
_OPENS_WITH_PHRASE = re.compile(r"(?:" + "|".join(DESK_PHRASES) + r")\b")


def is_bracketed_comment(text: str) -> bool:
    """``text`` wholly an editor's or writer's comment in brackets (``COMMENT_LABELS``)."""
    match = _BRACKETED_COMMENT.fullmatch(text.strip())
    return match is not None and _is_comment(match)


def _is_comment(match: re.Match) -> bool:
    inner = match.group("square") or match.group("round")
    if _COMMENT_OPENING.match(fold(inner.strip())):
        return True
    return bool(_WRITER_NOTE.fullmatch(match.group(0).strip()))


# The end's words with the writer's note to the desk after a dash («FIN DE LA NOTA --
# revisar nombres con el corresponsal», «FIN — dictó Ana, recibió Luis, 21:40»): longer
# than an end marker, still the end, and the note is the desk's.
_NOTED_END = re.compile(
    r"(?:(?i:fin(?: del?| de la)? (?:comunicado|bolet[ií]n|texto|nota))|FIN) *+(?:--|[–—]) *+"
    r"[^\W\d_][^\n]{2,100}"
)
_MAX_NOTED_END = 140


def is_noted_end(line: str) -> bool:
    """An end mark with the writer's note after a dash, in any format."""
    line = line.strip().strip("*_").strip()
    return len(line) <= _MAX_NOTED_END and bool(_NOTED_END.fullmatch(line))


def cut_inline_desk_notes(paragraph: str) -> tuple[str, list[str]]:
    """``paragraph`` without the bracketed notes to the desk inside it, and the notes."""
    if "[" not in paragraph and "(" not in paragraph:
        return paragraph, []
    cut: list[str] = []

    def comment(match: re.Match) -> str:
        if not _is_comment(match):
            return match.group(0)
        cut.append(match.group(0).strip())
        return ""

    if ":" in paragraph:
        paragraph = _BRACKETED_COMMENT.sub(comment, paragraph)
    if "[" not in paragraph:
        return paragraph, cut

    def note(match: re.Match) -> str:
        if not _OPENS_WITH_PHRASE.match(fold(match.group("inner").strip())):
            return match.group(0)
        cut.append(match.group(0).strip())
        return ""

    return _INLINE_NOTE.sub(note, paragraph), cut
