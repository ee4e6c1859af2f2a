"""Whether an imported story may be published: fail closed, from one table.

Every reader asks here: the Jekyll reader for its front matter, the labelled-field
readers for a CMS export's «ESTATUS:»/«Status:»/«Estado:» line, the structured exports
(JSON, XML, e-mail) for their status fields. ``STATUS_PUBLISHED`` and ``STATUS_DRAFT``
are every spelling a system writes (WordPress, Ghost, Strapi, Drupal, Joomla, Pelican,
a newsroom's own CMS); ``STATUS_SCHEDULED`` are the draft spellings that say the story
waits for a date («future», «scheduled», «programado»): a draft that keeps that date,
which an editor schedules (``published()`` publishes a published article at its date;
the importer never does it for them).

A post is published only when nothing in its front matter says otherwise
and every publication key it has can be read (``PUBLICATION_KEYS``: Jekyll's
``published``/``draft``, a CMS's ``status``, Joomla's numeric ``state``, and the
keys themes use to keep a post from the public: ``hidden``, ``private``,
``visible``, ``visibility``), and a headless CMS's publication stamp
(``publishedAt: null``: never published). A key whose value cannot be read ("nope", a list,
"pendiente de revisar") makes it a draft with a warning: an editor decides, the
importer never guesses "public".
"""

import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from people.naming import fold

# Folded values of `published:` / `publicado:` (and `draft:` with the meaning reversed).
YES = frozenset({"true", "yes", "si", "1", "on", "verdadero", "y", "s"})
NO = frozenset({"false", "no", "0", "off", "falso", "n"})

# Folded values of `status:` / `estado:`; a Drupal node's status is 1 (published) or 0.
STATUS_PUBLISHED = frozenset(
    {
        "published",
        "publish",
        "publicado",
        "publicada",
        "public",
        "publica",
        "live",
        "en linea",
        "true",
        "si",
        "yes",
        "1",
    }
)
# The draft spellings that wait for a date: scheduled, a draft with its date.
STATUS_SCHEDULED = frozenset(
    {
        "future",
        "scheduled",
        "schedule",
        "programado",
        "programada",
        "programar",
        "agendado",
        "agendada",
    }
)
STATUS_DRAFT = STATUS_SCHEDULED | frozenset(
    {
        "draft",
        "borrador",
        "en borrador",
        "pending",
        "pendiente",
        "pendiente de revision",
        "por revisar",
        "private",
        "privado",
        "privada",
        "review",
        "in review",
        "en revision",
        "revision",
        "revisar",
        "por aprobar",
        "unpublished",
        "not published",
        "no publicado",
        "no publicada",
        "sin publicar",
        "no publicar",
        "despublicado",
        "despublicada",
        "inactive",
        "inactivo",
        "inactiva",
        "archived",
        "archivado",
        "archivada",
        "trash",
        "trashed",
        "deleted",
        "eliminado",
        "eliminada",
        "papelera",
        "en papelera",
        "expired",
        "caducado",
        "caducada",
        "vencido",
        "vencida",
        "embargo",
        "embargado",
        "embargada",
        "retenido",
        "retenida",
        "inherit",  # WordPress: an attachment's or revision's status, never a post's own
        "auto-draft",
        "false",
        "no",
        "0",
        "2",
        "-1",
        "-2",
    }
)


# Folded values of Joomla's numeric `state:` that keep an article from the public.
JOOMLA_NOT_PUBLISHED = frozenset({"0", "2", "-2"})

# Folded values of `visibility:` / `visibilidad:`.
VISIBILITY_PUBLIC = frozenset({"public", "publico", "publica", "visible", "todos", "everyone"})
VISIBILITY_HIDDEN = frozenset(
    {
        "private",
        "privado",
        "privada",
        "hidden",
        "oculto",
        "oculta",
        "unlisted",
        "no listado",
        "no listada",
        "invisible",
        "password",
        "protected",
        "protegido",
        "protegida",
        "members",
        "miembros",
        "suscriptores",
    }
)


def _scalar(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return fold(str(value).strip())
    return None  # lists, mappings, dates: not a publication value


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and value.strip().lstrip("-").isdigit()


def _describe(value: object) -> str:
    return str(value)[:40]


@dataclass(frozen=True)
class PublicationKey:
    """A front-matter field that speaks of publication (``readers.jekyll`` maps each of
    its spellings to ``field``), the values that let the post be published and those
    that make it a draft; any other value is unreadable, a draft with a warning.
    ``hides`` says the field is a theme's way of keeping a post from the public
    («hidden: true», «private: true», «visible: false»): not a draft for the site that
    wrote it, so the draft it makes is said in a warning."""

    field: str
    publish_values: frozenset[str]
    draft_values: frozenset[str]
    hides: bool = False
    numbers_only: bool = False  # any other value is not about publication («state: Jalisco»)


# A row per field. The spellings of each (``hidden``, ``oculto``, ``private``…) are in
# ``readers.jekyll._KEYS``.
PUBLICATION_KEYS = (
    PublicationKey("published", YES, NO),
    PublicationKey("draft", NO, YES),
    PublicationKey("status", STATUS_PUBLISHED, STATUS_DRAFT),  # read by ``read_status``
    PublicationKey("hidden", NO, YES, hides=True),
    PublicationKey("private", NO, YES, hides=True),
    PublicationKey("visible", YES, NO, hides=True),
    PublicationKey("visibility", VISIBILITY_PUBLIC, VISIBILITY_HIDDEN, hides=True),
    # Joomla's article state: 1 published, 0 unpublished, 2 archived, -2 trashed.
    PublicationKey("state", frozenset({"1"}), JOOMLA_NOT_PUBLISHED, numbers_only=True),
)


def status_spelling(value: object) -> str | None:
    """«published», «scheduled» or «draft» for a status value the tables know (its
    first part when a note follows: «BORRADOR · NO PUBLICAR TODAVÍA», «Pendiente (2)»);
    None for any other value."""
    folded = _scalar(value)
    if folded is None:
        return None
    folded = " ".join(folded.replace("_", " ").split()).strip(" .:;*")
    candidates = [folded, _STATUS_NOTE.split(folded, maxsplit=1)[0].strip(" .:;*")]
    for candidate in candidates:
        if candidate in STATUS_SCHEDULED:
            return "scheduled"
        if candidate in STATUS_DRAFT:
            return "draft"
        if candidate in STATUS_PUBLISHED:
            return "published"
    return None


# Where a status's note starts («BORRADOR · NO PUBLICAR», «En revisión - falta foto»).
_STATUS_NOTE = re.compile(r"\s+[·•|/–—-]\s+|\s*[(\[,;]")


def read_status(value: object, *, label: str = "status") -> tuple[bool, list[str]]:
    """(is_draft, warnings) for a status field's value: published only when the value
    is a published spelling; a draft spelling is a draft (a scheduled one says so in a
    warning: an editor schedules it); any other value is a draft with a warning."""
    spelling = status_spelling(value)
    if spelling == "published":
        return False, []
    if spelling == "scheduled":
        return True, [_("la nota estaba programada; se importa como borrador con su fecha")]
    if spelling == "draft":
        return True, []
    return True, [
        _("valor de «%(key)s» no reconocido («%(value)s»); se importa como borrador")
        % {"key": label, "value": _describe(value)}
    ]


def publication_problems(fields: dict) -> tuple[bool, list[str]]:
    """(is_draft, warnings) from the front-matter fields of ``PUBLICATION_KEYS``."""
    draft = False
    warnings: list[str] = []
    for key in PUBLICATION_KEYS:
        if key.field not in fields:
            continue
        if key.field == "status":
            status_draft, status_warnings = read_status(fields["status"])
            draft = draft or status_draft
            warnings.extend(status_warnings)
            continue
        value = _scalar(fields[key.field])
        if key.numbers_only and not _is_number(fields[key.field]):
            continue
        if value in key.draft_values:
            draft = True
            if key.hides:
                warnings.append(
                    _("la entrada está marcada como oculta o privada; se importa como borrador")
                )
        elif value not in key.publish_values:
            draft = True
            warnings.append(
                _("valor de «%(key)s» no reconocido («%(value)s»); se importa como borrador")
                % {"key": key.field, "value": _describe(fields[key.field])}
            )
    stamp = fields.get("stamp", datetime.date.min)
    if not isinstance(stamp, datetime.date) and _scalar(stamp) in (None, "", "null", "none"):
        # «publishedAt: null»: a headless CMS's post that was never published.
        draft = True
        warnings.append(_("la entrada no tiene fecha de publicación; se importa como borrador"))
    return draft, warnings


# The labels of a status line in a text's head (folded, «_»/«-» as spaces), a row per
# spelling: True when any value the tables do not know keeps the story a draft
# («Status: EXPIRED», «ESTATUS: revisar»); False when the label also names other things
# and only a status spelling counts («Estado: Veracruz» is a state).
STATUS_LABELS = {
    "status": True,
    "estatus": True,
    "post status": True,
    "wp status": True,
    "publication status": True,
    "estado de publicacion": True,
    "estado de la nota": True,
    "estado editorial": True,
    "x cms status": True,
    "x cms estado": True,
    "x cms estatus": True,
    "estado": False,
    "state": False,
}
_LABEL_LINE = re.compile(
    r"^[ \t>*_]*([^\W\d][\w .-]{1,30}?)[*_]*[ \t]*:[ \t]*[*_]*(\S[^\n]{0,120})$"
)
HEAD_LINES = 60  # lines of a text's head a status line may stand in
_PROSE_WORDS = 40  # a line this long is the story's prose: the head is over


def head_status(text: str) -> tuple[bool, list[str], list[str]] | None:
    """(is_draft, warnings, the status lines) for the status lines among the labelled
    lines of a text's head (a CMS's export, a system's notice: «ESTADO: BORRADOR»,
    «Status: EXPIRED», «Estado: En revisión», «X-CMS-Estado: pending»); None when it has
    none. A draft or an unreadable status wins over a published one."""
    draft, warnings, lines = False, [], []
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        if len(line.split()) > _PROSE_WORDS:
            break
        match = _LABEL_LINE.match(line.strip())
        if not match:
            continue
        label = " ".join(fold(match.group(1)).replace("_", " ").replace("-", " ").split())
        strict = STATUS_LABELS.get(label)
        if strict is None:
            continue
        value = match.group(2).strip().strip("*_").strip()
        if not strict and status_spelling(value) is None:
            continue
        line_draft, line_warnings = read_status(value, label=match.group(1).strip())
        draft = draft or line_draft
        warnings.extend(line_warnings)
        lines.append(line.strip())
    return (draft, warnings, lines) if lines else None
