"""Whether a Jekyll post may be published: fail closed.

A post is published only when nothing in its front matter says otherwise
and every publication key it has can be read. A key whose value cannot be
read ("nope", a list, "pendiente de revisar") makes it a draft with a
warning: an editor decides, the importer never guesses "public".
"""

from django.utils.translation import gettext as _

from people.naming import fold

# Folded values of `published:` / `publicado:` (and `draft:` with the meaning reversed).
YES = frozenset({"true", "yes", "si", "1", "on", "verdadero", "y", "s"})
NO = frozenset({"false", "no", "0", "off", "falso", "n"})

# Folded values of `status:` / `estado:`.
STATUS_PUBLISHED = frozenset(
    {"published", "publish", "publicado", "publicada", "public", "publica"}
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
    }
)


def _scalar(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return fold(str(value).strip())
    return None  # lists, mappings, dates: not a publication value


def _describe(value: object) -> str:
    return str(value)[:40]


# Each front-matter key that speaks of publication: the values that let the
# post be published, and those that make it a draft. Anything else is unreadable.
PUBLICATION_KEYS = (
    ("published", YES, NO),
    ("draft", NO, YES),
    ("status", STATUS_PUBLISHED, STATUS_DRAFT),
)


def publication_problems(fields: dict) -> tuple[bool, list[str]]:
    """(is_draft, warnings) from the front-matter fields `published`, `draft`, `status`."""
    draft = False
    warnings: list[str] = []
    for key, publish_values, draft_values in PUBLICATION_KEYS:
        if key not in fields:
            continue
        value = _scalar(fields[key])
        if value in draft_values:
            draft = True
        elif value not in publish_values:
            draft = True
            warnings.append(
                _("valor de «%(key)s» no reconocido («%(value)s»); se importa como borrador")
                % {"key": key, "value": _describe(fields[key])}
            )
    return draft, warnings
