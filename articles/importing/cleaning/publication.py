"""Whether a Jekyll post may be published: fail closed.

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
from dataclasses import dataclass

from django.utils.translation import gettext as _

from people.naming import fold

# Folded values of `published:` / `publicado:` (and `draft:` with the meaning reversed).
YES = frozenset({"true", "yes", "si", "1", "on", "verdadero", "y", "s"})
NO = frozenset({"false", "no", "0", "off", "falso", "n"})

# Folded values of `status:` / `estado:`; a Drupal node's status is 1 (published) or 0.
STATUS_PUBLISHED = frozenset(
    {"published", "publish", "publicado", "publicada", "public", "publica", "1"}
)
STATUS_DRAFT = frozenset(
    {
        "draft",
        "borrador",
        "pending",
        "pendiente",
        "private",
        "privado",
        "privada",
        "review",
        "revision",
        "en revision",
        "unpublished",
        "despublicado",
        "despublicada",
        "archived",
        "archivado",
        "trash",
        "papelera",
        "future",
        "programado",
        "programada",
        "0",
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
    PublicationKey("status", STATUS_PUBLISHED, STATUS_DRAFT),
    PublicationKey("hidden", NO, YES, hides=True),
    PublicationKey("private", NO, YES, hides=True),
    PublicationKey("visible", YES, NO, hides=True),
    PublicationKey("visibility", VISIBILITY_PUBLIC, VISIBILITY_HIDDEN, hides=True),
    # Joomla's article state: 1 published, 0 unpublished, 2 archived, -2 trashed.
    PublicationKey("state", frozenset({"1"}), JOOMLA_NOT_PUBLISHED, numbers_only=True),
)


def publication_problems(fields: dict) -> tuple[bool, list[str]]:
    """(is_draft, warnings) from the front-matter fields of ``PUBLICATION_KEYS``."""
    draft = False
    warnings: list[str] = []
    for key in PUBLICATION_KEYS:
        if key.field not in fields:
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
