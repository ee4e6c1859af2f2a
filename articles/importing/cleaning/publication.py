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


def publication_problems(fields: dict) -> tuple[bool, list[str]]:
    """(is_draft, warnings) from the front-matter fields `published`, `draft`, `status`."""
    draft = False
    warnings: list[str] = []

    def unreadable(key: str, value: object) -> None:
        nonlocal draft
        draft = True
        warnings.append(
            _("valor de «%(key)s» no reconocido («%(value)s»); se importa como borrador")
            % {"key": key, "value": _describe(value)}
        )

    if "published" in fields:
        value = _scalar(fields["published"])
        if value in NO:
            draft = True
        elif value not in YES:
            unreadable("published", fields["published"])
    if "draft" in fields:
        value = _scalar(fields["draft"])
        if value in YES:
            draft = True
        elif value not in NO:
            unreadable("draft", fields["draft"])
    if "status" in fields:
        value = _scalar(fields["status"])
        if value in STATUS_DRAFT:
            draft = True
        elif value not in STATUS_PUBLISHED:
            unreadable("status", fields["status"])
    return draft, warnings
