"""Comparing two revisions of an article, field by field."""

import difflib
from dataclasses import dataclass

COMPARED_FIELDS = [
    "title",
    "slug",
    "deck",
    "highlights",
    "body",
    "status",
    "published_at",
    "section",
    "location",
    "source",
    "lead_image_url",
    "lead_image_credit",
    "media_links",
]


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    lines: list[tuple[str, str]]  # (kind, text): kind is "+", "-" or " "


def _as_lines(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value).splitlines() or [""]


def compare_revisions(older, newer) -> list[FieldChange]:
    """The fields that differ between two historical records, as line diffs."""
    changes = []
    opts = newer.instance_type._meta
    for name in COMPARED_FIELDS:
        field = opts.get_field(name)
        attname = field.attname
        before, after = getattr(older, attname), getattr(newer, attname)
        if before == after:
            continue
        diff = difflib.ndiff(_as_lines(before), _as_lines(after))
        lines = [(line[0], line[2:]) for line in diff if line[:1] in {"+", "-", " "}]
        changes.append(FieldChange(name, str(field.verbose_name), lines))
    return changes
