"""The chrome of the system a text was copied or exported from.

A story copied from a CMS page, exported from an agency's client portal or saved
from a word processor carries lines that belong to the page, not to the story:

* a navigation bar: items separated by «|», «·» or «•», two or more of them a
  page's commands (``NAV_ITEMS``: «Agencia Norte (AN) | Servicio para clientes |
  Descargar en TXT | Imprimir»), the others at most a name (the outlet's, kept);
* a share bar, a page's commands and notices alone on a line, a page number, and
  the page's fields that say nothing about the story, alone or several on one line
  («Visto: 1532», «Palabras: 262», «Fecha: 12.03.2024   Hora: 14:32», whose «Hora»
  goes beside the word count; alone, an event's «Hora: 18:00» stays): the tables of
  ``cleaning.boilerplate`` (``SHARE_ITEMS``, ``CHROME_LINES``, ``CHROME_LABELS``,
  ``NEARBY_CHROME_LABELS``), which also take them out of a body;
* an agency's embargo and slug over its copy («EMBARGO: No publicar antes de las
  18:00 horas…», «ABC-SIN-0311-PRESAS / 412 palabras»: ``cleaning.boilerplate``);
* a breadcrumb that starts at the site's home («Inicio » Estados»: the section, kept);
* a TV or radio station's player captions and the newscast a report ran in
  (``cleaning.broadcast``: «▶ VIDEO | Así fue… (1:48)», «Visto en Noticiero Estelar»,
  «Nota de: Ana Ruiz | Noticiero Edición Nocturna» without its program part);
* rules (a line of dashes or underscores) between those lines and the story;
* and, closing the text, the desk's initials («(AN) ABO/KIF/mlr»), the copyright
  («AN © 2024. Prohibida su reproducción…»), a footer's navigation bar, the mail
  program's signature («Enviado desde mi iPhone»), with the rules between.

They are recognised by their shape with the words of the tables (a row per
spelling, folded) and removed before the readers look (``strip_chrome``), in the
head of the text (the lines before its first line of prose) and at its end, so
the title, byline and dateline are where the readers expect them. Lines the
readers understand stay: an outlet's name, «Sección: X», «Publicado: <date>»,
«Por …». What the removed lines said is kept in a ``Chrome`` record, for the
fields the reader left empty.
"""

import re
from dataclasses import dataclass, field, replace

from people.naming import fold

from .boilerplate import (
    chrome_fields,
    is_chrome_line,
    is_chrome_paragraph,
    is_client_notice,
    is_contact_only,
    is_copyright_notice,
    is_desk_initials,
    is_embargo_line,
    is_page_number,
    is_post_footer,
    is_reading_time,
    is_share_bar,
    is_share_item,
    is_tag_line,
    is_wire_slug,
)
from .broadcast import drop_program_parts, is_player_caption, strip_script_marks
from .chat import is_app_line
from .dates import MONTHS, DateProblem, parse_date_line
from .desk_notes import says_desk_note
from .furniture import is_newsletter_line
from .names import BY_START, BYLINE_ROLES, PARTICLES, is_agency_credit
from .outlets import outlet_like, outlet_name
from .placement import GENERIC_CRUMBS, HOME_CRUMBS, breadcrumb, is_section_name
from .press import is_end_marker
from .signatures import person_name
from .syndication import syndication_note
from .text import is_rule

# A page's commands in a navigation bar (folded, matched whole against an item).
NAV_ITEMS = tuple(
    re.compile(pattern)
    for pattern in (
        r"inicio|portada|home|menu|menu principal",
        r"buscar|busqueda|search",
        r"contacto|contactanos|directorio|quienes somos|acerca de|nosotros|publicidad",
        r"suscri(?:bete|pciones?|birse)|newsletter|hazte socio",
        r"(?:iniciar|cerrar) sesion|entrar|salir|registr(?:o|ate|arse)|mi cuenta|login|logout",
        r"(?:servicio|atencion) (?:para|a) (?:clientes|suscriptores|abonados)",
        r"(?:area|zona|portal|acceso) (?:de|para) (?:clientes|suscriptores|abonados)",
        r"descargar?(?: (?:en|como|el|la|nota|texto|archivo))*"
        r"(?: (?:pdf|txt|xml|rtf|docx?|word|html|json|zip|fotos?|audio|video))?",
        r"imprimir|version (?:para )?imprimir|version imprimible|print",
        r"enviar(?: por (?:correo|e-?mail)| a un amigo)?|compartir|guardar|favoritos",
        r"comentar|comentarios?(?: \(\d{1,6}\)?)?|votar|calificar|reportar(?: error)?",
        r"cerrar(?: (?:esta )?ventana)?|regresar|volver(?: (?:a la nota|atras))?",
        r"ayuda|aviso de privacidad|terminos(?: y condiciones)?(?: de uso)?|mapa del sitio",
        r"archivo|hemeroteca|ediciones anteriores|edicion impresa|version impresa",
        r"tamano de (?:letra|texto)|a\+ ?a-|a- ?a\+",
        # a government site's menu («Inicio   Trámites   Transparencia   Sala de prensa»)
        r"sala de prensa|transparencia|tramites(?: y servicios)?|gobierno|servicios",
        # a station's site menu («Inicio | Noticias | Programación | Escucha en vivo»)
        r"programacion|(?:escucha(?:nos)?|senal|transmision|radio) en vivo|en vivo|podcasts?",
    )
)
# Items apart by a bar or a dot, or by runs of spaces (a menu copied as text).
_NAV_SPLIT = re.compile(r"\s+[|·•]\s+|[ \t]{3,}|\t+")
_NAV_PART_WORDS = 8
_ACRONYM_TAIL = re.compile(r"\s*\([^()]{2,12}\)$")  # «Agencia Norte (AN)»

# What a mail program adds under a message («Enviado desde mi iPhone», «Obtener Outlook
# para Android»): folded, matched whole.
MAIL_FOOTERS = tuple(
    re.compile(pattern)
    for pattern in (
        r"enviado desde mi [\w ®™]{2,40}",  # «… mi BlackBerry® de Telcel»
        r"sent from my [\w ®™]{2,40}",
        # a post typed on the phone, with its apology («Escrito desde el celular,
        # disculpen los dedazos»)
        r"(?:escrito|enviado|redactado|publicado) desde (?:el|mi) (?:celular|cel|telefono|movil"
        r"|smartphone)(?:[,;.]? [\w ,]{2,50})?",
        r"(?:obtener|descargar?) outlook para (?:ios|android)|get outlook for (?:ios|android)",
    )
)

# A social network's post pasted whole (a page's post, a thread): the status label
# before its first line («🧵 HILO |», «📢 #AVISO |», «🔴 #ÚLTIMAHORA |»), a row per label;
# the audience icon after its date («30 de junio de 2021 · 🌐»); a lone «·» between the
# account's handle and the date.
POST_STATUS_LABELS = (
    r"hilo",
    r"aviso(?:\s+importante)?",
    r"[uú]ltima\s?hora",
    r"[uú]ltimo\s?momento",
    r"urgente",
    r"alerta",
    r"atenci[oó]n",
    r"importante",
)
_POST_STATUS = re.compile(
    r"^[^\w\s#]{0,3}[ \t]*#?(?:" + "|".join(POST_STATUS_LABELS) + r")[ \t]*\|[ \t]*",
    re.IGNORECASE,
)
_POST_AUDIENCE = re.compile(r"(?<![ \t])[ \t]+·[ \t]+[🌐🌎🌍🌏👥🔒][\ufe0f]?[ \t]*$")
_LONE_DOT = frozenset({"·", "•"})
_HANDLE_ONLY = re.compile(r"^@\w{2,40}$")
# A thread's counters closing each post («… (2/6)»): at least this many in the text.
_THREAD_COUNTER = re.compile(r"(?<![ \t])[ \t]*\((\d{1,2})/(\d{1,2})\)[ \t]*$", re.MULTILINE)
_THREAD_POSTS = 2


def strip_thread_counters(text: str) -> tuple[str, list[str]]:
    """``text`` without the counters a thread's posts end with («(2/6)»), when two or
    more of them count the same thread; and the counters removed."""
    counters = _THREAD_COUNTER.findall(text)
    totals = {total for _n, total in counters}
    if len(counters) < _THREAD_POSTS or len(totals) != 1:
        return text, []
    return _THREAD_COUNTER.sub("", text), [f"({n}/{total})" for n, total in counters]


# Where the story starts: a line of prose this long ends the head.
_PROSE_WORDS = 20
_HEAD_LINES = 30


@dataclass(frozen=True)
class Chrome:
    """What the removed chrome said: the outlet a navigation bar names, the
    section of a breadcrumb, and the lines removed."""

    source: str = ""
    section: str = ""
    removed: tuple[str, ...] = ()
    acronym: str = ""  # the outlet's acronym, in brackets after its name in the bar

    def names_outlet(self, name: str) -> bool:
        """``name`` is the outlet of the bar by its acronym («ACO», «AIN»)."""
        initials = "".join(w[0] for w in self.source.split() if w[:1].isupper())
        return bool(name) and name.isupper() and name in (self.acronym, initials)


def _nav_item(part: str) -> bool:
    folded = " ".join(fold(part.strip("*_[]() ")).split())
    return any(pattern.fullmatch(folded) for pattern in NAV_ITEMS)


def nav_bar(line: str) -> tuple[list[str], list[str]] | None:
    """(the commands, the other items) of a navigation bar: items separated by
    «|», «·» or «•», two or more of them commands, every other one short; None for
    any other line."""
    parts = [p.strip() for p in _NAV_SPLIT.split(line.strip()) if p.strip()]
    if len(parts) < 2 or len(line) > 300:
        return None
    commands = [p for p in parts if _nav_item(p)]
    others = [p for p in parts if not _nav_item(p)]
    if len(commands) < 2 or any(len(p.split()) > _NAV_PART_WORDS for p in others):
        return None
    return commands, others


# Between the crumbs of a breadcrumb from the home page: its usual marks, and a slash
# or a bar too («Inicio / Estados / Salud»), which a crumb never holds.
_HOME_CRUMB_SPLIT = re.compile(r"\s+[>»›/|]{1,2}\s+")


_ARCHIVE_CRUMB = re.compile(r"(?:19|20)\d\d|" + "|".join(MONTHS))
# A crumb written as a Markdown link («[Estados](https://…/estados/)»): its text.
_CRUMB_LINK = re.compile(r"\[([^\[\]\n]{1,60})\]\([^()\s]{1,300}\)")


def home_breadcrumb(line: str) -> str:
    """The section of a breadcrumb that starts at the site's home («Inicio » Estados»,
    «Inicio / Noticias / Estados», «[Inicio](/) / [Estados](/estados/)» -> «Estados»),
    or ""."""
    text = line.strip().strip("*_ ")
    if len(text) <= 1000:
        text = _CRUMB_LINK.sub(r"\1", text)
    parts = _HOME_CRUMB_SPLIT.split(text) if len(text) <= 160 else []
    if len(parts) < 2 or fold(parts[0]).strip() not in HOME_CRUMBS:
        return ""
    # an archive's levels under the section («… » Boletines » 2017 » Mayo»): no section
    parts = [part for part in parts if not _ARCHIVE_CRUMB.fullmatch(fold(part).strip())]
    if len(parts) < 2:
        return ""
    crumbs = breadcrumb(" » ".join(parts))
    return crumbs[1] if crumbs else ""


def _without_current_page(line: str, lines: list[str], index: int) -> str:
    """A breadcrumb without its last crumb when that crumb is the headline printed on the
    next line («Inicio » Noticias » Región » Headline» over «Headline»): the page itself,
    no section."""
    parts = _HOME_CRUMB_SPLIT.split(line) if len(line) <= 400 else []
    following = next((other.strip() for other in lines[index + 1 : index + 3] if other.strip()), "")
    if len(parts) < 3 or not following or fold(parts[-1]) != fold(following):
        return line
    return " » ".join(parts[:-1])


# A print view's or a saved page's title bar over the story: the outlet's name and
# one page command («Diario X - Versión para imprimir», «Diario X | Imprimir»).
_TITLE_BAR_SPLIT = re.compile(r"\s+[-–—|·•:]\s+")


# The page's address, printed under its title bar by a print view: chrome too.
_PAGE_ADDRESS = re.compile(r"<?https?://[^\s<>]{1,500}>?")


def page_title_bar(line: str) -> str:
    """The outlet a page's title bar names («El Diario - Versión para imprimir» ->
    «El Diario»), or ""."""
    parts = _TITLE_BAR_SPLIT.split(line.strip().strip("*_ ")) if len(line) <= 160 else []
    if len(parts) != 2 or not _nav_item(parts[1]):
        return ""
    return outlet_name(parts[0])


_SECTION_BAR_SPLIT = re.compile(r"\s+\|\s+")


def section_title_bar(line: str) -> tuple[str, str] | None:
    """(the outlet, the section) of a browser's page title saved over the story: a
    usual section's name and the outlet's, a bar between them, either first («Deportes |
    Diario Tal», «Diario Tal | Economía»), or None. A dash is a masthead's («Diario Tal —
    Local»: an edition, a motto), not a page title's."""
    parts = _SECTION_BAR_SPLIT.split(line.strip().strip("*_ ")) if len(line) <= 120 else []
    if len(parts) != 2:
        return None
    for section, outlet in (parts, parts[::-1]):
        if (
            is_section_name(section)
            and not is_section_name(outlet)
            and outlet_name(outlet) == outlet.strip()
        ):
            return outlet.strip(), section.strip()
    return None


_OUTLET_CRUMB_SPLIT = re.compile(r"\s+[>»›]{1,2}\s+")


def _over_heading(lines: list[str], index: int) -> bool:
    """The next line with text is a Markdown heading («# Title»)."""
    following = next((line for line in lines[index + 1 : index + 4] if line.strip()), "")
    return following.lstrip().startswith("#")


def outlet_breadcrumb(line: str) -> tuple[str, str] | None:
    """(the outlet, the section) of a breadcrumb that starts at the outlet's name
    («Noticias Canal 12 Baja > Tijuana»), or None."""
    text = line.strip().strip("*_ ")
    parts = _OUTLET_CRUMB_SPLIT.split(text) if len(text) <= 160 else []
    if len(parts) < 2 or not (outlet := outlet_name(parts[0])) or outlet != parts[0].strip():
        return None
    # the crumbs after the outlet's name read as from the home page (its name may hold
    # a number a crumb never does: «Canal 12»)
    crumbs = breadcrumb(" » ".join(["Inicio", *parts[1:]]))
    return (outlet, crumbs[1]) if crumbs else None


_LEADING_SYMBOLS = re.compile(r"^[^\w¿¡]+")


def is_mail_footer(line: str) -> bool:
    folded = " ".join(fold(_LEADING_SYMBOLS.sub("", line.strip()).strip("*_.- ")).split())
    return len(folded) <= 60 and any(pattern.fullmatch(folded) for pattern in MAIL_FOOTERS)


def _rule(line: str) -> bool:
    """A rule, not a release's end marker («===», «* * *»: the press reader's)."""
    return is_rule(line) and not is_end_marker(line)


def _prose(line: str) -> bool:
    return len(line.split()) >= _PROSE_WORDS


def _outlet_of(others: list[str]) -> str:
    """The outlet a navigation bar names among its other items: one name, no date,
    without the acronym in brackets after it; "" when the items say more."""
    if len(others) != 1 or BY_START.match(others[0]) or _dated(others[0]):
        return ""
    name = _ACRONYM_TAIL.sub("", others[0].strip("*_ "))
    # «Inicio | Noticias | Contacto»: a usual section's name in the menu is no outlet
    return name if outlet_name(name) and not is_section_name(name) else ""


def _dated(part: str) -> bool:
    try:
        return parse_date_line(part) is not None
    except DateProblem:
        return True


def _block_has_chrome_field(lines: list[str], index: int) -> bool:
    """A field that is always chrome («Clave:», «Palabras:») in the lines around
    ``index`` with no blank line between: a portal's block of fields."""
    start = index
    while start > 0 and lines[start - 1].strip():
        start -= 1
    end = index
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return any(chrome_fields(line) for line in lines[start : end + 1])


@dataclass
class _Head:
    kept: list[str]
    removed: list[str]
    source: str = ""
    section: str = ""
    acronym: str = ""
    dropped_last: bool = False  # the line above was chrome: a rule under it goes too
    named_next: bool = False  # a lone «Published in»: the line under it is the publication
    in_menu: bool = False  # the line above was an item of the site's menu


_PASTED_TWICE_WORDS = 4  # a line this long repeated right under itself is one line
# A blog platform's head (Medium and the like): the publication the post ran in
# («Published in [Selva Adentro](…)», «Publicado en [El Sol](…)»), the writer's picture
# linked to the profile, and the name linked to it (a «/@handle» address).
_PUBLISHED_IN = re.compile(
    r"^(?:published in|publicado en)\s+\[(?P<name>[^\[\]\n]{2,80})\]\([^()\s]{1,500}\)$"
    r"|^published in\s+(?P<plain>[^\W\d_][^\n]{1,79})$",
    re.IGNORECASE,
)
# The same label alone on its line, the publication's name on the next one.
_PUBLISHED_IN_ALONE = re.compile(r"^(?:published in|publicado en)$", re.IGNORECASE)
# A blog platform's button beside the writer's name («Ana Ruiz» over «Follow»), folded.
_FOLLOW_BUTTONS = frozenset({"follow", "seguir"})
# The readers' count under the platform's reactions bar («--» over «2»).
_REACTION_COUNT = re.compile(r"\d[\d.,]{0,6}(?:\s*[kK])?")
_AVATAR_LINK = re.compile(r"^\[!\[[^\[\]\n]{0,120}\]\([^()\s]{1,500}\)\]\([^()\s]{1,500}\)$")
_PROFILE_LINK = re.compile(
    r"^\[(?P<name>[^\W\d_][^\[\]\n]{2,60})\]\((?:https?://)?[^()\s]{0,200}/@[\w.-]{2,40}"
    r"(?:[/?][^()\s]{0,300})?\)$"
)


def _last_kept(head: _Head) -> str:
    return next((line.strip() for line in reversed(head.kept) if line.strip()), "")


def _reader_view_name(head: _Head) -> str:
    """The name a reader view prints on the line under the title, over the reading time
    («Ana Ruiz Peña» / «5–6 minutos»): the head's second line kept, or ""."""
    kept = [line.strip() for line in head.kept]
    if len(kept) != 2 or not all(kept):
        return ""
    return person_name(kept[1].strip("*_ "))


_MENU_ITEM_WORDS = 3
_MENU_ITEMS = 3  # the home item and at least this many items under it, one a line


def _menu_item(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MENU_ITEM_WORDS
        and line[:1].isupper()
        and not any(c.isdigit() for c in line)
        and not any(c in line for c in ".:;,!?»>|/")
    )


def _menu_under_home(lines: list[str], index: int) -> bool:
    """The line at ``index`` is a site's home item over its menu, an item a line
    («Inicio» / «Senadores» / «Comisiones» / «Gaceta»; a page pasted with no blank line
    is opened a line a paragraph before)."""
    if fold(lines[index].strip()) not in HOME_CRUMBS:
        return False
    under = [line for line in lines[index + 1 : index + 1 + 2 * _MENU_ITEMS] if line.strip()]
    under = under[:_MENU_ITEMS]
    return len(under) == _MENU_ITEMS and all(_menu_item(line.strip()) for line in under)


def _head_window(lines: list[str]) -> int:
    """Where the head's window ends: ``_HEAD_LINES`` lines with text in them, so a page
    pasted a line a paragraph has as many head lines as one pasted as it was."""
    seen = 0
    for index, line in enumerate(lines):
        seen += bool(line.strip())
        if seen > _HEAD_LINES:
            return index
    return len(lines)


def _dropped_over_blanks(head: _Head, lines: list[str], index: int) -> bool:
    """The line over ``index``, past blank lines, went (a page pasted a line a
    paragraph: «Compartir» / «» / «Facebook»)."""
    over = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    return bool(over) and bool(head.removed) and head.removed[-1] == over


def _head_line(head: _Head, lines: list[str], index: int) -> None:
    """Keep or drop the line ``index`` of the head."""
    line = lines[index]
    stripped = line.strip()
    if not stripped:
        head.kept.append(line)
        head.dropped_last = False
        return
    if _rule(stripped):
        if head.dropped_last or not any(k.strip() for k in head.kept):
            head.removed.append(stripped)
            head.kept.append("")  # a rule separates: the lines around it stay apart
        else:
            head.kept.append(line)
        return
    dropped = True
    if status := _POST_STATUS.match(stripped):
        head.removed.append(status.group(0).strip())  # «🔴 #ÚLTIMAHORA |» over a post
        lines[index] = stripped = stripped[status.end() :]
        line = stripped
        if not stripped:
            head.dropped_last = True
            return
    if audience := _POST_AUDIENCE.search(stripped):
        head.removed.append(stripped[audience.start() :].strip())
        line = stripped = stripped[: audience.start()]
    named_next, head.named_next = head.named_next, False
    in_menu, head.in_menu = head.in_menu, False
    if (in_menu or _menu_under_home(lines, index)) and _menu_item(stripped):
        head.removed.append(stripped)  # «Inicio» / «Senadores» / «Comisiones»: the menu
        head.in_menu = True
        head.dropped_last = True
        return
    if named_next and outlet_like(stripped):
        head.source = head.source or stripped  # «Published in» / «Name»: the publication
        head.removed.append(stripped)
    elif _PUBLISHED_IN_ALONE.match(stripped):
        head.removed.append(stripped)
        head.named_next = True
    elif (
        fold(stripped) in _FOLLOW_BUTTONS
        and index
        and lines[index - 1].strip() == _last_kept(head)
        and (name := person_name(_last_kept(head).strip("*_ ")))
        and not BY_START.match(_last_kept(head))
    ):
        # the writer's name over the platform's «Follow» button: the byline
        head.kept[len(head.kept) - 1 - head.kept[::-1].index(lines[index - 1])] = f"Por {name}"
        head.removed.append(stripped)
    elif (
        _REACTION_COUNT.fullmatch(stripped)
        and head.dropped_last
        and head.removed
        and _REACTIONS_BAR.match(head.removed[-1])
    ):
        head.removed.append(stripped)  # the readers' claps under the platform's «--»
    elif stripped in _LONE_DOT or _HANDLE_ONLY.match(stripped):
        head.removed.append(stripped)  # the account's handle and the «·» beside it
    elif published := _PUBLISHED_IN.match(stripped):
        name = published.group("name") or published.group("plain")
        head.source = head.source or name.strip()  # the publication the post ran in
        head.removed.append(stripped)
    elif _REACTIONS_BAR.match(stripped) and head.removed:
        head.removed.append(stripped)  # a blog platform's «--» (its reactions bar) under chrome
    elif _AVATAR_LINK.match(stripped):
        head.removed.append(stripped)  # the writer's picture, linked to the profile
    elif profile := _PROFILE_LINK.match(stripped):
        # the writer's name linked to the profile (a blog platform's «/@handle»): a byline
        head.kept.append(f"Por {profile.group('name').strip()}")
        head.removed.append(stripped)
        dropped = False
    elif len(stripped.split()) >= _PASTED_TWICE_WORDS and stripped == _last_kept(head):
        head.removed.append(stripped)  # the title a page prints twice, pasted twice
    elif (bar := nav_bar(stripped)) is not None:
        commands, others = bar
        # «Inicio | Noticias | Programación»: a site's generic crumb among the commands
        # names neither the outlet nor the story
        others = [p for p in others if " ".join(fold(p.strip("*_ ")).split()) not in GENERIC_CRUMBS]
        outlet = _outlet_of(others)
        if others and not outlet:
            head.kept.append(" | ".join(others))  # «Por Ana Ruiz | Imprimir | Compartir»
            head.removed.extend(commands)
            dropped = False
        else:
            if outlet and not head.source:
                head.source = outlet
                acronym = _ACRONYM_TAIL.search(others[0].strip("*_ "))
                head.acronym = acronym.group(0).strip(" ()") if acronym else ""
            head.removed.append(stripped)
    elif is_reading_time(stripped) and (name := _reader_view_name(head)):
        # a reader view's writer alone under the title, over its «5–6 minutos»
        head.kept[-1] = f"Por {name}"
        head.removed.append(stripped)
    elif is_share_bar(stripped) or is_chrome_line(stripped) or is_page_number(stripped):
        head.removed.append(stripped)
    elif (
        (head.dropped_last or _dropped_over_blanks(head, lines, index))
        and is_share_item(stripped)
        and (is_share_bar(head.removed[-1]) or is_share_item(head.removed[-1]))
    ):
        head.removed.append(stripped)  # «Compartir» over «Facebook» over «WhatsApp»
    elif is_newsletter_line(stripped) or is_app_line(stripped):
        # «¿No puedes ver este correo? Ábrelo en tu navegador», «Forwarded from …»
        head.removed.append(stripped)  # «¿No puedes ver este correo? Ábrelo en tu navegador»
    elif is_embargo_line(stripped) or is_wire_slug(stripped):
        head.removed.append(stripped)  # an agency's embargo and slug, for its clients
    elif outlet := page_title_bar(stripped):
        head.source = head.source or outlet
        head.removed.append(stripped)
    elif not any(k.strip() for k in head.kept) and (titled := section_title_bar(stripped)):
        # the first line, a browser's page title «Deportes | Diario Tal» over the headline
        head.source = head.source or titled[0]
        head.section = head.section or titled[1]
        head.removed.append(stripped)
    elif head.dropped_last and _PAGE_ADDRESS.fullmatch(stripped):
        head.removed.append(stripped)  # the page's address under its title bar
    elif crumb := home_breadcrumb(_without_current_page(stripped, lines, index)):
        head.section = head.section or crumb
        head.removed.append(stripped)
        masthead = [i for i, kept in enumerate(head.kept) if kept.strip()]
        if (
            len(masthead) == 1
            and index
            and head.kept[masthead[0]] == lines[index - 1]
            and (name := outlet_name(head.kept[masthead[0]].strip()))
        ):
            # the site's name alone over its breadcrumb (a page copied from the browser)
            head.source = head.source or name
            head.removed.append(head.kept[masthead[0]].strip())
            head.kept[masthead[0]] = ""
    elif _over_heading(lines, index) and (crumbs := outlet_breadcrumb(stripped)):
        # over a plain title, the readers read the outlet's breadcrumb as a masthead
        head.source = head.source or crumbs[0]
        head.section = head.section or crumbs[1]
        head.removed.append(stripped)
    elif (
        fields := chrome_fields(stripped, nearby=_block_has_chrome_field(lines, index))
    ) is not None:
        chrome, others = fields
        head.removed.extend(chrome)
        head.kept.extend(others)  # «Fecha: 12.03.2024» without its «Hora: 14:32»
        dropped = not others
    elif is_player_caption(stripped) and any(kept.strip() for kept in head.kept):
        head.removed.append(stripped)  # «▶ VIDEO | Así fue… (1:48)» under a station's title
    elif (program := drop_program_parts(stripped))[1]:
        # «Visto en Noticiero Estelar, 20:00 h»; «Nota de: Ana Ruiz | Noticiero Edición
        # Nocturna»: the newscast it ran in, not the story's outlet or byline.
        head.removed.extend(program[1])
        if program[0]:
            head.kept.append(program[0])
        dropped = not program[0]
    else:
        head.kept.append(line)
        dropped = False
    head.dropped_last = dropped


_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")


def _leading_note(lines: list[str]) -> tuple[int, str, str] | None:
    """(the line after it, the note, the outlet it names) for a note of where the
    story first ran opening the text, quoted or not («> Esta nota se publicó
    originalmente en El Sol…» over the kicker): a repost's note, not its title."""
    start = next((i for i, line in enumerate(lines[:_HEAD_LINES]) if line.strip()), None)
    if start is None:
        return None
    end = start
    while end < len(lines) and lines[end].strip() and end - start < _NOTE_LINES:
        end += 1
    paragraph = " ".join(_QUOTE_MARK.sub("", line).strip() for line in lines[start:end])
    note = syndication_note(paragraph) if len(paragraph) <= _NOTE_MAX else None
    if note is None or note[1]:
        return None
    return end, paragraph, note[0]


_NOTE_LINES = 4
_NOTE_MAX = 400


# A mailed newsletter's lead story: under the newsletter's own line («¿No puedes ver
# este correo? Ábrelo en tu navegador»), its masthead, issue line and greeting, the
# first section heading framed by rules («————» / «LA NOTA DEL DÍA» / «————») over a
# headline and prose. What comes before the story's headline is the newsletter's.
_NEWSLETTER_HEAD_LINES = 40
_SECTION_HEADING_WORDS = 8
_HEADLINE_WORDS = (3, 30)
_NOT_A_HEADLINE = re.compile(r"^(?:[-*•>+]|\d+[.)]\s|https?:|\[)")


_MAIL_HEADER = re.compile(r"^[^\W\d_][\w-]{1,20}:[ \t]+\S")
_MAIL_SUBJECT = re.compile(r"^(?:asunto|subject|tema):", re.IGNORECASE)


def _headline_shaped(line: str) -> bool:
    words = line.split()
    return (
        _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1]
        and line[:1].isupper()
        and line[-1] not in ".:;,"
        and not _NOT_A_HEADLINE.match(line)
        and not BY_START.match(line)
    )


def _newsletter_lead(lines: list[str]) -> tuple[int, int] | None:
    """(the newsletter's own line, the line its lead story starts on: the headline under
    the first section heading framed by rules), or None for any other text. The lines
    over the newsletter's own line (a mail's headers) are not its."""
    mailed = None
    for index, line in enumerate(lines[:_NEWSLETTER_HEAD_LINES]):
        stripped = line.strip()
        if mailed is None:
            mailed = index if is_newsletter_line(stripped) else None
            continue
        if not is_rule(stripped) or index + 2 >= len(lines):
            continue
        heading, closing = lines[index + 1].strip(), lines[index + 2].strip()
        if not (
            is_rule(closing)
            and heading
            and not is_rule(heading)
            and len(heading.split()) <= _SECTION_HEADING_WORDS
            and heading[-1] not in ".;,"
        ):
            continue
        after = [line.strip() for line in lines[index + 3 : index + 20]]
        paragraphs = [p.replace("\n", " ") for p in "\n".join(after).strip().split("\n\n")]
        first = next((line for line in after if line), "")
        if _headline_shaped(first) and any(map(_prose, paragraphs[1:4])):
            return mailed, index + 3
        return None  # the first section holds no story: a digest of headlines
    return None


def strip_chrome(text: str) -> tuple[str, Chrome]:
    """``text`` without the chrome in its head (the lines before the first line
    of prose) and at its end, and what that chrome said."""
    text, counters = strip_thread_counters(text)
    text, script = strip_script_marks(text)
    lines = text.split("\n")
    if counters or script:
        text, chrome = strip_chrome(text)
        return text, replace(chrome, removed=(*counters, *script, *chrome.removed))
    if note := _leading_note(lines):
        text, chrome = strip_chrome("\n".join(lines[note[0] :]).lstrip("\n"))
        outlet = chrome.source or note[2]
        return text, replace(chrome, source=outlet, removed=(note[1], *chrome.removed))
    if (lead := _newsletter_lead(lines)) is not None:
        # a mail's headers over it stay (its date, its sender), but for its subject: the
        # issue's, not the story's
        mail = [line for line in lines[: lead[0]] if _MAIL_HEADER.match(line)]
        kept = [line for line in mail if not _MAIL_SUBJECT.match(line)]
        text, chrome = strip_chrome("\n".join([*kept, "", *lines[lead[1] :]]).lstrip("\n"))
        cut = tuple(line.strip() for line in lines[: lead[1]] if line.strip() and line not in kept)
        return text, replace(chrome, removed=(*cut, *chrome.removed))
    window = _head_window(lines)
    head_end = next((i for i, line in enumerate(lines[:window]) if _prose(line)), window)
    head = _Head([], [])
    for index in range(head_end):
        _head_line(head, lines[:head_end], index)
    tail, signed = _strip_mail_signature(lines[head_end:])
    tail, tail_removed = _strip_tail(tail)
    tail_removed += signed.removed
    if not head.removed and not tail_removed:
        return text, Chrome()
    removed = (*head.removed, *tail_removed)
    source, acronym = head.source, head.acronym
    if not source and signed.source:
        source, acronym = signed.source, signed.acronym
    if not source:
        # «© Agencia Norte. Todos los derechos reservados.»: the outlet the rights are its.
        source = next((name for line in tail_removed if (name := copyright_outlet(line))), "")
    chrome = Chrome(source, head.section, removed, acronym)
    return "\n".join(head.kept + tail), chrome


# The mark and the year opening a copyright line («© 2024», «Copyright (c) 2023»).
_COPYRIGHT_MARK = re.compile(
    r"^\W{0,3}(?:copyright\s*)?(?:©|\(c\))?\s*(?:(?:19|20)\d\d\s*[.,]?\s*)?", re.IGNORECASE
)


def copyright_outlet(line: str) -> str:
    """The outlet a copyright line names before its first stop («© 2024 El Sol del
    Valle. Todos los derechos reservados.» -> «El Sol del Valle»), or ""."""
    text = line.strip().strip("*_ ")
    if not is_copyright_notice(text) or not (mark := _COPYRIGHT_MARK.match(text)).group(0):
        return ""
    name = text[mark.end() :].split(". ", 1)[0].strip(" .,")
    return outlet_name(name) if name and outlet_like(name) else ""


_LONE_INITIALS = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,4}")
_HASHTAGS_ONLY = re.compile(r"#\w+(?:[ \t]+#\w+){1,9}")


# A post's reactions as their symbols and counts, two or more on a line («❤️ 152  😮 41»).
_PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF]\ufe0f?"
_REACTION_COUNTS = re.compile(
    rf"^(?:{_PICTOGRAPH}[ \t]*\d[\d.,]{{0,8}}(?:[ \t]*(?:mil|k|K))?[ \t]*){{2,8}}$"
)


def _tail_chrome(line: str) -> bool:
    """A closing line of a page or a wire: the desk's initials, the copyright, a
    footer's navigation bar, a share bar, the mail program's signature."""
    if is_desk_initials(line) or is_copyright_notice(line) or is_mail_footer(line):
        return True
    if len(line) <= 120 and _REACTION_COUNTS.match(line.strip()):
        return True  # «❤️ 152  😮 41  🙏 18» under a pasted post
    if is_newsletter_line(line):
        return True  # «Para dejar de recibir estas notas responda con la palabra BAJA.»
    if _LONE_INITIALS.fullmatch(line.strip()) and not is_agency_credit(line.strip()):
        return True  # «VYH»: the writer's or the editor's initials signing off the copy
    if is_client_notice(line):
        return True  # «CORRECCIÓN (18:42 h): … Favor de sustituir.»: for the agency's clients
    if is_share_bar(line) or is_chrome_line(line) or is_page_number(line):
        return True
    if is_app_line(line) or _HASHTAGS_ONLY.fullmatch(line):
        return True  # a forwarded post's views and edit stamp, its hashtags under it
    if is_post_footer(line) or is_tag_line(line):
        return True  # «Publicado por El Sol en 10:15 p.m.», «Etiquetas: …» under the post
    bar = nav_bar(line)
    return bar is not None and not bar[1]


# The separator of an e-mail's signature («-- », RFC 3676), and the signature under it
# at most this many lines: the sender's outlet and the notices its mails carry.
_SIGNATURE_SEPARATOR = re.compile(r"^--[ \t]?$")
_SIGNATURE_LINES = 5
# «AIN · Agencia Informativa Nacional», «Agencia Informativa Nacional (AIN)»: the outlet
# a signature names, with its acronym beside it.
_SIGNATURE_OUTLET = re.compile(
    r"^(?:(?P<before>[A-ZÁÉÍÓÚÑ]{2,8})\s*[·|•—–-]\s*(?P<name>.+)|(?P<named>.+?)\s*\((?P<after>[A-ZÁÉÍÓÚÑ]{2,8})\))$"
)


@dataclass(frozen=True)
class _Signature:
    removed: list[str] = field(default_factory=list)
    source: str = ""
    acronym: str = ""


def _signature_outlet(line: str) -> tuple[str, str] | None:
    """(name, acronym) of the outlet a signature's line names, or None."""
    text = line.strip().strip("*_ ")
    if match := _SIGNATURE_OUTLET.match(text):
        name = (match.group("name") or match.group("named")).strip()
        acronym = match.group("before") or match.group("after")
        if outlet_name(name):
            return outlet_name(name), acronym
    return (outlet_name(text), "") if outlet_name(text) else None


_SIGNER_WORDS = 6


def _signer_line(line: str) -> bool:
    """A line of the sender's signature: a name («Julia Pérez Luna») or a role
    («Corresponsal en Zacatecas», «Reportera»)."""
    words = line.strip().strip("*_ ").split()
    if not 1 <= len(words) <= _SIGNER_WORDS or any(c.isdigit() for c in line):
        return False
    if fold(words[0]) in BYLINE_ROLES:
        return True
    return len(words) >= 2 and all(w[:1].isupper() or w in PARTICLES for w in words)


def _strip_mail_signature(lines: list[str]) -> tuple[list[str], _Signature]:
    """``lines`` without the e-mail signature closing them: the «-- » line, then a few
    lines, each the sender's outlet or a closing notice («Servicio exclusivo para
    suscriptores…»). The outlet named there is the story's when nothing else names it."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    last = content[-_SIGNATURE_LINES - 1 :]
    separators = [i for i in last if _SIGNATURE_SEPARATOR.match(lines[i])]
    if not separators or separators[0] == content[0]:
        return lines, _Signature()
    start = separators[0]
    signature = [line.strip() for line in lines[start + 1 :] if line.strip()]
    source, acronym = "", ""
    for line in signature:
        if (outlet := _signature_outlet(line)) is not None:
            source, acronym = source or outlet[0], acronym or outlet[1]
        elif not (_tail_chrome(line) or is_contact_only(line) or _signer_line(line)):
            return lines, _Signature()
    removed = [lines[start].strip(), *signature]
    return lines[:start], _Signature(removed, source, acronym)


# A blog platform's card about the writer closing the post: «Written by Ana Ruiz» (or
# «Escrito por …», «Sobre la autora»), the followers and a short bio under it, the
# publication's logo and the «--» of the reactions bar over it.
_CARD_OPENER = re.compile(
    r"^(?:written by|escrito por|escrita por|about the author|sobre (?:el|la) autor[a]?)\b",
    re.IGNORECASE,
)
_CARD_PARAGRAPHS = 4  # the opener this near the end, and what follows it
_CARD_WORDS = 40  # each paragraph under the opener at most this long
_REACTIONS_BAR = re.compile(r"^--$")


def _over_card(line: str) -> bool:
    """A line of the platform's bar over the writer's card, in its paragraph: the
    reactions bar, the readers' count, the «Follow» button, a lone dot."""
    return bool(line) and bool(
        _REACTIONS_BAR.match(line)
        or _REACTION_COUNT.fullmatch(line)
        or fold(line) in _FOLLOW_BUTTONS
        or line in _LONE_DOT
    )


def _author_card(lines: list[str]) -> int | None:
    """The line where a closing writer's card starts, or None."""
    starts = [
        i for i in range(len(lines)) if lines[i].strip() and (i == 0 or not lines[i - 1].strip())
    ]
    tail = starts[-_CARD_PARAGRAPHS:]
    for position, start in enumerate(tail):
        opener = start
        while opener < len(lines) and _over_card(lines[opener].strip()):
            opener += 1  # «--» / «2» / «Follow» over «Written by …»: the same card
        if opener >= len(lines) or not _CARD_OPENER.match(lines[opener].strip()):
            continue
        after = [lines[i].strip() for i in range(opener + 1, len(lines)) if lines[i].strip()]
        if any(len(line.split()) > _CARD_WORDS for line in after):
            return None
        first = start
        for before in reversed(starts[: len(starts) - len(tail) + position]):
            line = lines[before].strip()
            if not (_AVATAR_LINK.match(line) or _REACTIONS_BAR.match(line) or _rule(line)):
                break
            first = before
        return first
    return None


# A social network's post pasted with what the page shows under it: the reactions bar
# (its counts, «Me gusta · Comentar · Compartir», «Ver menos») and the readers' comments
# under it, each with its «Responder» and its age. Folded, matched whole; a row per line.
REACTION_LINES = (
    r"me gusta|me encanta|comentar|compartir|responder|like|comment|share|reply",
    r"restack|reenviar|repostear|repost",  # a newsletter platform's bar, «Like · Comment · Restack»
    r"ver (?:menos|mas)|see (?:less|more)|ver (?:mas )?comentarios|view (?:more )?comments",
    r"todas las reacciones|all reactions",
    # an Instagram post's: «Ver traducción», «Ver los 18 comentarios», «Agrega un comentario…»
    r"ver traduccion|see translation|ver (?:los|las) [\d.,]+ (?:comentarios|respuestas)",
    r"view all [\d.,]+ comments|agrega un comentario(?:\.\.\.|…)?|add a comment(?:\.\.\.|…)?",
    r"[\d.,]+ ?(?:mil|k)? (?:comentarios?|comments?|veces compartid[oa]|compartid[oa]s?|shares?"
    r"|reacciones|reactions|me gusta|likes?)",
)
_REACTION_ITEM = "(?:" + "|".join(REACTION_LINES) + r")\s*:?"
_REACTION_LINE = re.compile(_REACTION_ITEM)
# A bar's items may share a line, apart by spaces or a dot («Me gusta   Comentar
# Compartir», «37 comentarios · 58 veces compartido»): a line of items, each one counted.
_REACTION_ROW = re.compile(rf"{_REACTION_ITEM}(?:\s*[·•|]?\s*{_REACTION_ITEM})*")
_REACTION_ROW_ITEM = re.compile(_REACTION_ITEM)
# The reactions' pictographs and their total, «👍❤️😮 1,4 mil»: one item of the bar.
_REACTION_TOTAL = re.compile(
    rf"^(?:{_PICTOGRAPH}){{1,6}}[ \t]*\d[\d.,]{{0,8}}(?:[ \t]*(?:mil|k|K))?$"
)
_REACTIONS = 3  # reaction items among the closing lines: the bar is there
_REACTIONS_LOOK_BACK = 30  # closing lines searched
_COMMENT_WORDS = 60  # a reader's comment under the bar is short
_REACTION_ROW_CHARS = 80  # a row of the bar's items is short


def _reaction_items(line: str) -> int:
    """How many of a reactions bar's items ``line`` holds (0: it is no line of the bar)."""
    stripped = line.strip()
    if _REACTION_TOTAL.match(stripped) or _REACTION_COUNTS.match(stripped):
        return 1
    text = " ".join(fold(_LEADING_SYMBOLS.sub("", stripped)).strip("*_ ·").split())
    if len(text) <= 40 and _REACTION_LINE.fullmatch(text):
        return 1
    if len(text) <= _REACTION_ROW_CHARS and _REACTION_ROW.fullmatch(text):
        return len(_REACTION_ROW_ITEM.findall(text))
    return 0


def is_reaction_line(line: str) -> bool:
    return _reaction_items(line) > 0


def _post_reactions(lines: list[str]) -> int | None:
    """The line where a pasted post's reactions bar starts (the hashtags right over it
    included): it and everything under it, the readers' comments, are the page's."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    found = [i for i in content[-_REACTIONS_LOOK_BACK:] if is_reaction_line(lines[i])]
    distinct = {fold(lines[i].strip()): _reaction_items(lines[i]) for i in found}
    if sum(distinct.values()) < _REACTIONS:
        return None
    first = found[0]
    if any(len(lines[i].split()) > _COMMENT_WORDS for i in content if i > first):
        return None
    before = [i for i in content if i < first]
    if before and _HASHTAGS_ONLY.fullmatch(lines[before[-1]].strip()):
        first = before[-1]
    return first


def _strip_tail(lines: list[str]) -> tuple[list[str], list[str]]:
    """The closing chrome taken off the end of ``lines``: the last paragraphs whose
    lines are all closing chrome or rules (or that are a page's chrome together:
    «Compartir esto:» over «Twitter» over «Facebook»), one chrome line at least; a
    pasted post's reactions bar and the comments under it."""
    if (bar := _post_reactions(lines)) is not None:
        kept, removed = _strip_tail(lines[:bar])
        return kept, [*removed, *(line.strip() for line in lines[bar:] if line.strip())]
    if (card := _author_card(lines)) is not None:
        kept, removed = _strip_tail(lines[:card])
        return kept, [*removed, *(line.strip() for line in lines[card:] if line.strip())]
    end = len(lines)
    found = False
    while end > 0:
        start = end
        while start > 0 and lines[start - 1].strip():
            start -= 1
        block = [line.strip() for line in lines[start:end] if line.strip()]
        if not block:
            end = start - 1 if start > 0 else 0
            continue
        rules = [line for line in block if _rule(line)]
        # A wire's end mark («FIN», «-30-») goes with the chrome beside it («ABC/mlr» over
        # «FIN»); alone, it is a release's, for the press reader.
        marks = [line for line in block if is_end_marker(line)] if len(block) > 1 else []
        chrome = [line for line in block if not _rule(line) and _tail_chrome(line)]
        if any(is_mail_footer(line) for line in block):
            # the sender's note to the desk over the phone's signature («Va la nota jefe,
            # las fotos te las mando por whats» over «Enviado desde mi …»)
            chrome += [line for line in block if says_desk_note(line)]
        if len(rules) < len(block) and not (
            (chrome and all(_rule(line) or line in chrome or line in marks for line in block))
            or is_chrome_paragraph("\n".join(line for line in block if not _rule(line)))
        ):
            break
        found = found or len(rules) < len(block)
        end = start
    if not found:
        return lines, []
    return lines[:end], [line.strip() for line in lines[end:] if line.strip()]
