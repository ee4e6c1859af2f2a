"""Short fields (tags, section, credit…) and the checks every article passes."""

import re

from django.utils.translation import gettext as _

from articles.importing.records import Byline, ImportFailure, ParsedArticle
from people.naming import fold

from .text import TITLE_WARNING_LENGTH, collapse_whitespace

MAX_TAGS = 30
# Column sizes of the models the persist step writes to.
_LIMITS = {"section": 100, "location": 100, "source": 200, "lead_image_credit": 200}
_TAG_LIMIT = 100
_NAME_LIMIT = 200
_TAG_SEPARATORS = re.compile("[,;]")


def clean_tags(values: list[str] | str) -> tuple[str, ...]:
    """Tags from a list or a comma string, whitespace fixed, duplicates
    (ignoring case and accents) dropped, at most MAX_TAGS."""
    if isinstance(values, str):
        values = _TAG_SEPARATORS.split(values, maxsplit=MAX_TAGS * 10)
    tags: list[str] = []
    seen: set[str] = set()
    for value in values[: MAX_TAGS * 10]:
        tag = collapse_whitespace(value).strip("#")[:_TAG_LIMIT].strip()
        key = fold(tag)
        if tag and key not in seen:
            seen.add(key)
            tags.append(tag)
        if len(tags) == MAX_TAGS:
            break
    return tuple(tags)


def build_article(**fields) -> ParsedArticle:
    """The ParsedArticle every reader returns, after the checks they share:
    a title is required; a very long title, a missing date and an empty body
    are warned about; short fields are cut to the size of their columns.
    ``fields`` are ParsedArticle's fields."""
    title = fields["title"]
    if not title:
        raise ImportFailure(_("falta el título"))
    warnings = list(fields.get("warnings", ()))
    if len(title) > TITLE_WARNING_LENGTH:
        warnings.append(_("título muy largo"))
    if fields.get("published_at") is None:
        warnings.append(_("sin fecha"))
    if not fields["body"]:
        warnings.append(_("el cuerpo está vacío"))
    fields["warnings"] = tuple(warnings)
    for name, limit in _LIMITS.items():
        value = fields.get(name, "")
        if len(value) > limit:
            fields[name] = value[:limit].rstrip()
    bylines = fields.get("bylines", ())
    if any(len(b.name) > _NAME_LIMIT for b in bylines):
        fields["bylines"] = tuple(Byline(b.name[:_NAME_LIMIT], b.kind) for b in bylines)
    return ParsedArticle(**fields)
