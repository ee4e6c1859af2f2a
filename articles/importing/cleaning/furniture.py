"""A page's furniture recognised by its shape, before the boilerplate's phrases.

Each function reads a *shape*, never one outlet's words: a reader poll (a question,
its marked options, its voting buttons), an ad box (a label over its copy, or a
business's name over its products and phone), a gallery heading over its numbered
captions, a print page's footer (its address and phone beside «Página 1 de 2»), a
note-taking app's property lines over the note (``NOTE_PROPERTIES``), a word
processor's comment anchors («…la paciencia.[a]») and the comments they point to at
the end. The labels they rely on are tables (``AD_LABELS``, ``POLL_LABELS``,
``POLL_ACTIONS``, ``GALLERY_LABELS``, ``NOTE_PROPERTIES``): adding a wording is a row.
``strip_furniture`` runs them over a body's paragraphs and returns what it removed.
"""

import re
from functools import lru_cache

from people.naming import fold

from .boilerplate import PAGE_REF, caption_credit_of, is_print_jump
from .note_apps import strip_note_app_blocks
from .text import is_rule

# Labels an ad slot prints over its copy (folded, matched whole): «PUBLICIDAD»,
# «Patrocinado», «Espacio publicitario», «Advertisement».
AD_LABELS = (
    r"publicidad(?: pagada)?",
    r"anuncio(?: pagado)?",
    r"aviso (?:comercial|pagado)",
    r"insercion pagada",
    r"espacio (?:publicitario|patrocinado)",
    r"(?:contenido )?patrocinado",
    r"advertisement|advertising|sponsored(?: content)?|ad",
)
_AD_LABEL = re.compile("(?:" + "|".join(AD_LABELS) + ")")
# The lead of a classified ad (folded, opening its line): «SE RENTAN BODEGAS · Tel. …»,
# «Vendo terreno … $350,000»; an ad only with a phone, a price or an address beside it.
CLASSIFIED_LEADS = (
    r"se (?:renta|rentan|vende|venden|traspasa|alquila|alquilan|solicita|solicitan|compra)",
    r"(?:vendo|rento|traspaso|compro|alquilo)",
)
_CLASSIFIED = re.compile(r"(?:" + "|".join(CLASSIFIED_LEADS) + r")\b")
_CLASSIFIED_MAX = 200
# A sponsor's line under a story: «Patrocinado por X: …», «Con el patrocinio de X», «Presented
# by X»; folded, at the start of a short line.
SPONSOR_LEADS = (
    r"(?:contenido |nota |seccion )?(?:patrocinad[oa]|presentad[oa]|traid[oa])"
    r" (?:por|por cortesia de)",
    r"con el (?:patrocinio|apoyo comercial) de",
    r"(?:sponsored|presented|brought to you) by",
)
_SPONSOR = re.compile(r"(?:" + "|".join(SPONSOR_LEADS) + r") \S")
# The sponsor's name and then its slogan after a colon («Patrocinado por X: el sabor…»);
# without it only a line set apart in italics or bold is a sponsor's (a sentence may open
# «Patrocinado por la cámara de comercio, el torneo…»).
_SPONSOR_NAMED = re.compile(r"(?:" + "|".join(SPONSOR_LEADS) + r") [^,:;.\n]{2,60}:\s")
_SET_APART = re.compile(r"^(\*{1,2}|_{1,2})[^*_\n].*[^*_\s]\1\W{0,2}$")
_SPONSOR_MAX = 220

# What makes a line an ad's: a price, a phone, a web address or an e-mail.
_PRICE = r"\$\s?\d[\d,.]*|\d[\d,.]*\s?(?:pesos|d[oó]lares|dlls?\.?|usd|mxn)\b"
_PHONE = r"(?<!\d)(?:\(?\d{2,3}\)?[ .-]?)?\d{3,4}[ .-]\d{4}(?!\d)"
_WEB = r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|mx|org|net|info)(?:\.mx)?\b|[\w.+-]+@[\w-]+\.[\w.]+"
_AD_TRAIT = re.compile(rf"{_PRICE}|{_PHONE}|{_WEB}", re.IGNORECASE)

# A reader poll: its heading (folded, searched), the voting buttons under the options
# (folded, each item matched whole), the marks before each option.
POLL_LABELS = (r"encuesta", r"sondeo", r"\bpoll\b", r"tu opinion", r"opina", r"\bvota\b")
_POLL_LABEL = re.compile("|".join(POLL_LABELS))
POLL_ACTIONS = (
    r"vota(?:r)?(?: ahora| aqui)?",
    r"enviar(?: (?:voto|respuesta))?",
    r"(?:ver )?resultados",
    r"vote|results|view results|submit",
)
_POLL_ACTION = re.compile("(?:" + "|".join(POLL_ACTIONS) + ")")
_OPTION_MARK = r"(?:[○◯◉●◎☐☑☒□■▢]|\(\s?\)|\[\s?\])"
_OPTION_LINE = re.compile(rf"^{_OPTION_MARK}\s*\S.{{0,80}}$")
_OPTION_MARKS = re.compile(_OPTION_MARK)
_QUESTION = re.compile(r"^[*_]*¿[^\n?]{3,200}\?[*_]*$")
_ITEM_SEPARATOR = re.compile(r"\s*[|·•/]\s*")

# A gallery's heading (folded, its marks and count off): «GALERÍA (3 fotos)», «### Galería».
GALLERY_LABELS = (
    r"(?:foto ?)?galeria(?: de (?:fotos|imagenes))?(?: fotografica)?",
    r"(?:photo )?gallery",
    r"(?:en )?imagenes",
)
_GALLERY = re.compile(
    "(?:" + "|".join(GALLERY_LABELS) + r")(?: \(?\d{1,3} (?:fotos|imagenes|photos)\)?)?"
)
# A caption of a gallery's list: numbered («1 de 3. …», «2/5 …», «3. …», «Foto 4: …»).
_NUMBERED_CAPTION = re.compile(
    r"^[*_]*(?:\d{1,2}\s*(?:de|/|of)\s*\d{1,2}|\d{1,2}[.)]|(?:foto|imagen)\s+\d{1,2})[.:)\-–]?\s+\S"
)

# A print page's footer: the page number at one end of the line, the issuer's address,
# phone, e-mail or running title at the other.
_PAGE_AT_END = re.compile(
    r"^(?P<rest>.{3,200}?)\s+(?:p[aá]gina|p[aá]g\.|page|hoja)\s*\d{1,3}(?:\s*(?:de|of|/)\s*\d{1,3})?$"
    r"|^(?:p[aá]gina|p[aá]g\.|page|hoja)\s*\d{1,3}(?:\s*(?:de|of|/)\s*\d{1,3})?\s+(?P<after>.{3,200})$",
    re.IGNORECASE,
)

# Properties a note-taking or planning app prints over a note (Notion, Evernote, Google
# Keep, Trello): folded labels before a colon.
NOTE_PROPERTIES = (
    r"tags?(?:\(s\))?|etiquetas?|notebook|libreta|cuaderno",
    r"created(?: (?:at|on|time))?|creado(?: el)?|fecha de creacion",
    r"updated(?: (?:at|on))?|actualizado(?: el)?|last edited(?: time)?|ultima edicion|modified",
    r"status|estado|estatus|assignee|asignado a|responsable|owner|propietario",
    r"source url|url de origen|author|autor de la nota",
)
_NOTE_PROPERTY = re.compile(r"^(?:" + "|".join(NOTE_PROPERTIES) + r")\s*:")
_FIELD_LINE = re.compile(r"^[*_]*[^\W\d_][\w()]*(?: [^\W\d_][\w()]*){0,3}[*_]*\s*:\s*\S.{0,80}$")

# A word processor's comment anchor glued to the text («…la paciencia.[a]») and the comment
# itself, at the end, opening with the same anchor.
_ANCHOR = re.compile(r"(?<=\S)\[([a-z]{1,2})\]")
_COMMENT = re.compile(r"^\[([a-z]{1,2})\]\s*\S")

_EDGE = "*_#>~`'\"“”«» \t"
_SYMBOLS = re.compile(r"^[^\w¿¡(\[$]+|[^\w?)\]]+$")


@lru_cache(maxsize=4096)  # each short line is asked about as a label, an ad, a newsletter's
def _bare(line: str) -> str:
    """A line folded, its Markdown and decorative symbols off both ends."""
    text = re.sub(r"^#{1,6}\s+", "", line.strip())
    return " ".join(fold(_SYMBOLS.sub("", text.strip(_EDGE))).split())


def _first_lines(paragraphs: list[str], start: int, count: int) -> list[str]:
    """The first ``count`` non-blank lines from paragraph ``start`` on."""
    found: list[str] = []
    for paragraph in paragraphs[start : start + count]:
        for line in paragraph.split("\n"):
            if line.strip():
                found.append(line)
                if len(found) == count:
                    return found
    return found


def _lines(paragraph: str) -> list[str]:
    return [line.strip() for line in paragraph.split("\n") if line.strip()]


def is_ad_label(line: str) -> bool:
    return len(line) <= 60 and bool(_AD_LABEL.fullmatch(_bare(line)))


def _is_ad_copy(lines: list[str]) -> bool:
    """A few short lines of an ad: none longer than a tagline, one with a price, a phone
    or an address."""
    return (
        1 <= len(lines) <= 4
        and all(len(line) <= 200 for line in lines)
        and any(_AD_TRAIT.search(line) for line in lines)
    )


def is_ad(paragraph: str) -> bool:
    """An ad slot: its label over its copy («PUBLICIDAD» / «Aire acondicionado desde
    $5,999 · Climas del Norte»), the label glued before it («**PUBLICIDAD** · Semilla
    certificada…»), or a sponsor's line («*Patrocinado por X: el sabor de…*»)."""
    lines = _lines(paragraph)
    while lines and is_rule(lines[0]):
        lines.pop(0)
    while lines and is_rule(lines[-1]):
        lines.pop()
    if not lines:
        return False
    if is_ad_label(lines[0]) and len(lines) > 1:
        return _is_ad_copy(lines[1:])
    if is_classified(lines):
        return True
    if len(lines) == 1 and len(lines[0]) <= 300:
        bare = _bare(lines[0])
        parts = re.split(r"\s*[·|:—–-]\s+", bare, maxsplit=1)
        if len(parts) == 2 and _AD_LABEL.fullmatch(parts[0].strip(_EDGE)):
            return True
        return (
            len(lines[0]) <= _SPONSOR_MAX
            and bool(_SPONSOR.match(bare))
            and bool(_SET_APART.match(lines[0]) or _SPONSOR_NAMED.match(bare))
        )
    return False


def is_classified(lines: list[str]) -> bool:
    """A classified ad set after or among the text: one or two short lines (marks alone on
    a line aside), the first opening with a classified's lead, one with a phone, a price
    or an address."""
    worded = [line for line in lines if any(c.isalnum() for c in line)]
    return (
        1 <= len(worded) <= 2
        and all(len(line) <= _CLASSIFIED_MAX for line in worded)
        and bool(_CLASSIFIED.match(_bare(worded[0])))
        and any(_AD_TRAIT.search(line) for line in worded)
    )


def is_ad_box(paragraph: str) -> bool:
    """A business's box set among the text (a print page's ad in reading order): a name
    in capitals over its products and a phone, price or address, in a few short lines
    none of which is a sentence."""
    lines = _lines(paragraph)
    if not 2 <= len(lines) <= 5 or any(len(line) > 80 for line in lines):
        return False
    name = lines[0].strip(_EDGE)
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or not name.isupper():
        return False
    if any(line.rstrip(_EDGE)[-1:] in ".;,!?" and len(line.split()) >= 6 for line in lines):
        return False
    return any(_AD_TRAIT.search(line) for line in lines[1:])


def _is_poll_actions(line: str) -> bool:
    items = [_bare(item) for item in _ITEM_SEPARATOR.split(line.strip(_EDGE)) if item.strip()]
    return bool(items) and len(line) <= 80 and all(_POLL_ACTION.fullmatch(i) for i in items)


def _is_poll_heading(line: str) -> bool:
    bare = _bare(line)
    return len(line) <= 60 and len(bare.split()) <= 6 and bool(_POLL_LABEL.search(bare))


def poll_length(paragraphs: list[str], start: int) -> int:
    """How many paragraphs from ``start`` a reader poll fills (0: none): an optional
    heading, the question («¿…?»), its options (each marked «○», «( )», «☐», on lines
    of their own or in one line) and the voting buttons («Votar · Ver resultados»). The
    options' marks or the buttons must be there: a question over a list is text."""
    if not any("¿" in line for line in _first_lines(paragraphs, start, 2)):
        return 0  # the question opens the poll, under a heading at most
    lines: list[tuple[int, str]] = []
    for index in range(start, min(start + 5, len(paragraphs))):
        lines += [(index, line) for line in _lines(paragraphs[index])]
    if not lines:
        return 0
    position = 0
    if _is_poll_heading(lines[0][1]) and len(lines) > 1:
        position = 1
    if position >= len(lines) or not _QUESTION.match(lines[position][1]):
        return 0
    position += 1
    options = marked = 0
    while position < len(lines):
        line = lines[position][1]
        if _OPTION_LINE.match(line):
            options, marked = options + 1, marked + 1
        elif len(_OPTION_MARKS.findall(line)) >= 2 and len(line) <= 160:
            options, marked = options + 2, marked + 2
        else:
            break
        position += 1
    actions = position < len(lines) and _is_poll_actions(lines[position][1])
    if actions:
        position += 1
    if options < 2 and not (actions and options):
        return 0
    if not (marked >= 2 or actions):
        return 0
    last = lines[position - 1][0]
    if position < len(lines) and lines[position][0] == last:
        return 0  # the poll ends inside a paragraph of text
    return last - start + 1


def is_gallery_heading(line: str) -> bool:
    return len(line) <= 60 and bool(_GALLERY.fullmatch(_bare(line)))


def _is_caption_list(paragraph: str) -> bool:
    lines = _lines(paragraph)
    return bool(lines) and all(
        len(line) <= 300 and _NUMBERED_CAPTION.match(line.lstrip("-*+• ")) for line in lines
    )


def is_page_footer(line: str) -> bool:
    """A print page's footer on one line: the page number and, beside it, the issuer's
    address, phone or e-mail, or a running title in capitals («Blvd. Fundadores km 5,
    Saltillo · Tel. 844 555 0190 · prensa@… Página 1 de 2»)."""
    text = line.strip().strip(_EDGE)
    match = _PAGE_AT_END.match(text) if len(text) <= 240 else None
    if match is None:
        return False
    rest = (match.group("rest") or match.group("after") or "").strip(" ·|-–—")
    if rest.isupper():
        return True
    parts = [p for p in re.split(r"\s+[·|•]\s+", rest) if p.strip()]
    return any(_AD_TRAIT.search(p) for p in parts) and all(len(p.split()) <= 10 for p in parts)


def _property_block(paragraph: str) -> bool:
    lines = _lines(paragraph)
    return (
        len(lines) >= 2
        and all(_FIELD_LINE.match(line) for line in lines)
        and any(_NOTE_PROPERTY.match(fold(line.strip("*_ "))) for line in lines)
    )


def _strip_properties(paragraphs: list[str], removed: list[str]) -> list[str]:
    """A note app's property lines opening the body (with the rules around them)."""
    start = 0
    while start < len(paragraphs) and is_rule(paragraphs[start]):
        start += 1
    if start >= len(paragraphs) or not _property_block(paragraphs[start]):
        return paragraphs
    end = start + 1
    while end < len(paragraphs) and is_rule(paragraphs[end]):
        end += 1
    removed.extend(p for p in paragraphs[:end] if not is_rule(p))
    return paragraphs[end:]


def _strip_comments(paragraphs: list[str], removed: list[str]) -> list[str]:
    """Comments a word processor exported at the end («[a]¿Confirmamos …? —Édgar») and
    their anchors in the text; only when every comment's anchor is in the text."""
    tail = len(paragraphs)
    while tail and all(_COMMENT.match(line) for line in _lines(paragraphs[tail - 1])):
        tail -= 1
    if tail == len(paragraphs) or tail == 0:
        return paragraphs
    comments = [line for p in paragraphs[tail:] for line in _lines(p)]
    keys = {_COMMENT.match(line).group(1) for line in comments}
    text = "\n".join(paragraphs[:tail])
    anchors = set(_ANCHOR.findall(text))
    if not keys or not keys <= anchors:
        return paragraphs
    removed.extend(comments)
    removed.extend(f"[{key}]" for key in sorted(keys))
    pattern = re.compile(r"(?<=\S)\[(?:" + "|".join(map(re.escape, sorted(keys))) + r")\]")
    return [pattern.sub("", p) for p in paragraphs[:tail]]


def _split_rules(paragraphs: list[str]) -> list[str]:
    """A rule on the first line of a paragraph is a paragraph of its own (the text under
    «---» is what a footer's pitch or an ad opens with)."""
    out: list[str] = []
    for paragraph in paragraphs:
        first, newline, rest = paragraph.partition("\n")
        if newline and rest.strip() and is_rule(first.strip()):
            out += [first.strip(), rest]
        else:
            out.append(paragraph)
    return out


# A mailed newsletter's own lines (folded, at the start of a line): the link to its web
# copy, why the reader got it, the bar to leave the list.
NEWSLETTER_LINES = (
    r"¿?\s*no (?:puedes|logras|alcanzas a) ver (?:bien )?este (?:correo|mensaje|email|boletin)",
    r"¿?\s*no (?:ves|se ve) (?:bien )?este (?:correo|mensaje|email|boletin)",
    r"¿?\s*(?:tienes )?(?:problemas|dificultades) (?:para|al) ver (?:bien )?(?:este|el) "
    r"(?:correo|mensaje|email|boletin)",
    r"(?:ver|abrir|abre|abrelo|consultalo|velo|leelo) (?:este (?:correo|mensaje|boletin) )?"
    r"en (?:tu|el|su) navegador",
    r"(?:view|open|read) (?:this (?:email|message|newsletter) |it )?(?:in|on) (?:your |a |the )?"
    r"(?:web )?browser",
    # a newsletter platform's link to the post's web copy («View this post on the web at …»)
    r"(?:view|read|open) (?:this|the) (?:post|email|issue|newsletter) on the web\b",
    r"(?:ver|leer|abrir) (?:esta|la) (?:entrada|publicacion|edicion|entrega) en (?:la )?web\b",
    r"(?:usted )?(?:recibiste|recibes|recibe|recibio|estas recibiendo|esta recibiendo) "
    r"(?:este|el) (?:correo|mensaje|boletin|email|servicio|envio) (?:porque|por que)",
    r"you (?:are )?receiv(?:ed|ing) this (?:email|message|newsletter) because",
    # a mailing list's way out by reply («Para dejar de recibir estas notas responda con
    # la palabra BAJA»)
    r"(?:para |si desea )?dejar de recibir (?:est[oa]s|nuestr[oa]s|l[oa]s) "
    r"(?:notas|correos|mensajes|boletines|envios|comunicados)\b",
    # «Para dejar de recibirlo responda a este correo con la palabra BAJA»
    r"(?:para |si desea )?dejar de recibirl[oa]s? (?:responda|responde|conteste|envie|escriba)",
)
_NEWSLETTER_LINE = re.compile("(?:" + "|".join(NEWSLETTER_LINES) + ")")
UNSUBSCRIBE_ITEMS = (
    r"darse de baja|darte de baja|date de baja|cancelar (?:la |tu )?suscripcion|unsubscribe",
    r"(?:actualizar|administrar|cambiar) (?:tus |mis )?(?:preferencias|suscripcion(?:es)?)",
    r"(?:update|manage) (?:your )?(?:preferences|subscription)",
    r"ver en (?:el )?navegador|view (?:in|on) browser|reenviar a un amigo|forward to a friend",
)
_UNSUBSCRIBE = re.compile("(?:" + "|".join(UNSUBSCRIBE_ITEMS) + ")")


def is_newsletter_line(line: str) -> bool:
    """A mailed newsletter's own line: «¿No puedes ver bien este correo? Ábrelo en tu
    navegador: …», «Recibiste este correo porque…», «Darse de baja | Actualizar
    preferencias»."""
    if len(line) > 300:
        return False
    bare = _bare(line)
    if _NEWSLETTER_LINE.match(bare):
        return True
    items = [i.strip() for i in re.split(r"\s*[|·•]\s*", bare) if i.strip()]
    return (
        bool(items)
        and any(_UNSUBSCRIBE.fullmatch(i) for i in items)
        and all(len(i.split()) <= 4 for i in items)
    )


# A print story's jumps (folded): where it goes on, in brackets closing a line of its
# text («… con cubetas. (Pasa a la página 6-A)»); where it comes from, after the
# continuation's slug («PESCADORES... (Viene de la 1-A)»).
_JUMP_OUT_TAIL = re.compile(
    rf"\s*\(\s*(?:continua|pasa|sigue)\s+(?:en|a)\s+(?:la\s+)?{PAGE_REF}\s*\.?\s*\)\s*$"
)
_JUMP_IN_TAIL = re.compile(
    rf"^(?P<slug>[^()\n]{{1,60}}?)\s*\(\s*viene\s+de\s+(?:la\s+)?{PAGE_REF}\s*\.?\s*\)$"
)
_JUMP_GAP = 15  # lines between a jump out and the jump in (another page's furniture)
_SLUG_WORDS = 6
_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")


def _jump(line: str) -> str:
    """«out» or «in» for a print jump line (alone, or closing a line of text, or after
    the continuation's slug), else ""."""
    folded = fold(line)
    if is_print_jump(line):
        return "in" if re.search(r"\bviene\b", folded) else "out"
    if _JUMP_OUT_TAIL.search(folded):
        return "out"
    return "in" if _JUMP_IN_TAIL.match(folded.strip()) else ""


def _is_slug(line: str) -> bool:
    """The continuation's slug under its jump: the headline's first words in capitals or
    cut by an ellipsis («EXIGEN PESCADORES...»)."""
    text = line.strip(_EDGE)
    return 0 < len(text.split()) <= _SLUG_WORDS and (
        bool(_ELLIPSIS.search(text)) or (text.isupper() and not text.endswith("."))
    )


def _strip_page_breaks(paragraphs: list[str], removed: list[str]) -> list[str]:
    """A print story copied across its pages: the jump lines («(Pasa a la página 6-A)»,
    «VIENE DE LA PÁGINA 4-A») and what stands between a jump out and the jump in (the
    other page's running head, an ad, a rule, the continuation's slug) are the paper's.
    A jump closing a line of text leaves the text."""
    lines = [(i, line) for i, p in enumerate(paragraphs) for line in p.split("\n")]
    kinds = [_jump(line) for _i, line in lines]
    if not any(kinds):
        return paragraphs
    drop: set[int] = set()
    keep_text: dict[int, str] = {}
    for at, kind in enumerate(kinds):
        if kind == "out":
            line = lines[at][1]
            match = _JUMP_OUT_TAIL.search(fold(line))
            text = line[: match.start()].rstrip() if match and not is_print_jump(line) else ""
            if text:
                keep_text[at] = text
            drop.add(at)
            ahead = kinds[at + 1 : at + 1 + _JUMP_GAP]
            if "in" in ahead and "out" not in ahead[: ahead.index("in")]:
                drop.update(range(at + 1, at + 1 + ahead.index("in")))
        elif kind == "in":
            drop.add(at)
            following = at + 1
            if (
                following < len(lines)
                and lines[following][0] == lines[at][0]
                and _is_slug(lines[following][1])
            ):
                drop.add(following)
    removed.extend(lines[at][1] for at in sorted(drop) if lines[at][1].strip())
    rebuilt: dict[int, list[str]] = {}
    for at, (index, line) in enumerate(lines):
        rebuilt.setdefault(index, [])
        if at in keep_text:
            rebuilt[index].append(keep_text[at])
        elif at not in drop:
            rebuilt[index].append(line)
    out = ["\n".join(rebuilt[i]).strip("\n") for i in range(len(paragraphs))]
    return [p for p in out if p.strip()]


# What a transcriber's note in brackets says about the copy it was typed from (folded,
# searched): «[Dos líneas ilegibles en el original]», «[Captura del archivo impreso: …]».
TRANSCRIPTION_NOTES = (
    r"ilegibles?",
    r"en el original",
    r"(?:captura|transcripcion|digitalizacion|cotejo) del? (?:archivo|original|impreso|texto)",
    r"\b(?:transcri(?:bio|pcion|to|ta)|cotejo|digitaliz[oó]|capturo)\s*:",
    r"nota del? (?:transcriptor|capturista|digitalizador)a?",
)
_TRANSCRIPTION_NOTE = re.compile("|".join(TRANSCRIPTION_NOTES))
_BRACKETED = re.compile(r"^\[[^\[\]\n]{3,300}\]$")


def is_transcription_note(paragraph: str) -> bool:
    """A paragraph wholly in square brackets about the copy the text was typed from."""
    text = paragraph.strip().strip("*_").strip()
    return bool(_BRACKETED.match(text)) and bool(_TRANSCRIPTION_NOTE.search(fold(text)))


def strip_furniture(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(the paragraphs kept, the furniture removed) of a body's paragraphs."""
    removed: list[str] = []
    paragraphs = _strip_page_breaks(paragraphs, removed)
    paragraphs = _split_rules(paragraphs)
    paragraphs = _strip_properties(paragraphs, removed)
    paragraphs = strip_note_app_blocks(paragraphs, removed)  # callouts, checklists
    paragraphs = _strip_comments(paragraphs, removed)
    kept: list[str] = []
    index = 0
    after_ad_label = in_gallery = False
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        lines = _lines(paragraph)
        if span := poll_length(paragraphs, index):
            removed.extend(paragraphs[index : index + span])
            index += span
            after_ad_label = in_gallery = False
            continue
        index += 1
        if (
            lines
            and is_gallery_heading(lines[0])
            and (len(lines) == 1 or _is_caption_list("\n".join(lines[1:])))
        ):
            removed.append(lines[0])
            paragraph, lines, in_gallery = "\n".join(lines[1:]), lines[1:], True
            if not lines:
                continue
        if after_ad_label and _is_ad_copy(lines):
            removed.append(paragraph)
            after_ad_label = False
            continue
        if in_gallery and _is_caption_list(paragraph):
            if any(caption_credit_of(line) for line in lines):
                kept.append(paragraph)  # the boilerplate step takes it, and its credit
            else:
                removed.append(paragraph)
            continue
        after_ad_label = len(lines) == 1 and is_ad_label(lines[0])
        in_gallery = False
        if after_ad_label or is_ad(paragraph) or is_ad_box(paragraph):
            removed.append(paragraph)
            continue
        if lines and all(is_newsletter_line(line) for line in lines):
            removed.append(paragraph)
            continue
        if is_transcription_note(paragraph):
            removed.append(paragraph)
            continue
        if len(lines) == 1 and is_page_footer(lines[0]):
            removed.append(paragraph)
            continue
        kept.append(paragraph)
    return kept, removed
