"""Field cleaners, one small pure function each (see the modules)."""

from .body import (
    CleanedBody,
    LeadImage,
    clean_body,
    is_safe_url,
    take_dateline,
    take_highlights,
    take_lead_image,
)
from .boilerplate import is_boilerplate, split_teaser, strip_boilerplate
from .dates import (
    Dateline,
    DateProblem,
    date_from_filename,
    find_dateline,
    parse_date,
    parse_spanish_date,
    split_dateline,
)
from .fields import build_article, clean_tags
from .names import DESK_NAME, clean_byline, spanish_name_case, split_bylines
from .press import is_bulletin_number, parse_bulletin_number
from .text import (
    clean_title,
    collapse_whitespace,
    drop_unsafe_html,
    normalize_whitespace,
    repair_paragraphs,
    split_paragraphs,
    strip_closing_hashes,
)

__all__ = [
    "DESK_NAME",
    "CleanedBody",
    "DateProblem",
    "Dateline",
    "LeadImage",
    "build_article",
    "clean_body",
    "clean_byline",
    "clean_tags",
    "clean_title",
    "collapse_whitespace",
    "date_from_filename",
    "drop_unsafe_html",
    "find_dateline",
    "is_boilerplate",
    "is_bulletin_number",
    "is_safe_url",
    "normalize_whitespace",
    "parse_bulletin_number",
    "parse_date",
    "parse_spanish_date",
    "repair_paragraphs",
    "spanish_name_case",
    "split_bylines",
    "split_dateline",
    "split_paragraphs",
    "split_teaser",
    "strip_boilerplate",
    "strip_closing_hashes",
    "take_dateline",
    "take_highlights",
    "take_lead_image",
]
