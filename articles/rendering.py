"""Markdown to safe HTML, done once when an article is saved.

markdown-it-py follows the CommonMark spec; nh3 (the Rust ammonia
sanitizer) then keeps only an allow-list of tags, attributes and URL
schemes, so imported or edited HTML can never carry script.
"""

import html
import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Raw HTML is passed through to the sanitizer, which decides what stays.
    return MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


# Body images the source gave no description get an empty one, which tells
# screen readers they are decorative instead of reading the file name.
_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)")


def render_markdown(source: str) -> str:
    if not source:
        return ""
    return _IMG_WITHOUT_ALT.sub('<img alt=""', sanitize_html(_markdown().render(source)))


def strip_tags(text: str) -> str:
    """Plain text from a fragment that may hold HTML (titles, decks)."""
    return html.unescape(nh3.clean(text, tags=set(), attributes={}))
