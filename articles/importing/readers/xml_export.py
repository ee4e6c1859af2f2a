"""A content system's XML export of one article (WordPress's WXR ``<item>``, a Drupal
``<node>``, Joomla's J2XML ``<content>``, any export whose record has a title and a
body element), read as the format it is.

The export is found by evidence: an XML declaration, or a root element an exporter
writes (``EXPORT_ROOTS``), never a saved web page. The record is the element with a
title child and a body child (``TITLE_TAGS``, ``BODY_TAGS``: WXR's
``content:encoded``, Joomla's ``introtext`` and ``fulltext`` joined); its children are
its fields, by their local names (CDATA is text), a WXR ``postmeta`` pair
(``numero_boletin``) a field of its own, its ``category`` elements its categories or
tags by their ``domain``, the login in ``dc:creator`` the author's display name from
the channel's ``wp:author`` list, the channel's title the site's name. The fields are
written as a post's front matter (``front_matter.as_post``) for the Jekyll reader:
its dates (WordPress's local ``post_date`` before the GMT ``pubDate``), its status
(``cleaning.publication``, fail closed: «future» is a scheduled draft, Joomla's
``state`` -2 a trashed one), its HTML body, sanitized and converted like any other.

Safety: the standard library's parser with no DTD at all: a document that declares a
``<!DOCTYPE`` or an ``<!ENTITY`` (an entity bomb, an external entity) is refused
before parsing, so nothing is ever expanded or fetched; the tree is bounded like a
front matter (``MAX_DEPTH`` levels, ``MAX_NODES`` elements). A truncated or malformed
document, one with no record or with several, and a record with an empty body are
refused with one Spanish sentence.
"""

import html.entities
import re
import xml.etree.ElementTree as ET

from django.utils.translation import gettext as _

from articles.importing.records import ImportFailure
from people.naming import fold

from .front_matter import as_post, check_loaded_bounds

_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]*\?>", re.IGNORECASE)
# Root elements exporters write; a document opening with one of them is an export.
EXPORT_ROOTS = frozenset({"rss", "nodes", "node", "j2xml", "export", "articles", "articulos",
                          "notas", "items", "contenidos", "response", "xml", "data"})  # fmt: skip
_ROOT = re.compile(r"\A\s*(?:<!--[\s\S]*?-->\s*)*<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)[\s>/]")
_HTML_ROOT = re.compile(r"<html[\s>]|<!doctype\s+html", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)

TITLE_TAGS = frozenset({"title", "titulo", "titular", "headline", "cabeza", "post_title"})
BODY_TAGS = ("encoded", "body", "cuerpo", "contenido", "content", "texto", "text",
             "introtext", "fulltext", "post_content")  # fmt: skip
# Children whose text goes on the body, in order (Joomla's intro over its full text).
_JOINED_BODY = ("introtext", "fulltext")
# WXR's own names for fields the Jekyll reader reads under another.
_RENAMES = {
    "creator": "author_login",
    "post_name": "slug",
    "pubdate": "gmt_date",  # the GMT stamp: a date only when no local one is given
    "post_date_gmt": "post_date_gmt",
    "excerpt": "excerpt",
    "dependencia": "source",
    "emisor": "source",
}


# A system account's login: lower case, no space («comsoc_salud», «redaccion2»).
_LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]*")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def looks_like_xml(text: str) -> bool:
    """``text`` opens with an XML declaration or an exporter's root element."""
    if _HTML_ROOT.search(text[:4000]):
        return False  # a saved web page (XHTML too): refused as one by ``detect_reader``
    if _DECLARATION.match(text):
        return True
    root = _ROOT.match(text[:4000])
    return bool(root) and root.group(2).lower() in EXPORT_ROOTS


# An HTML entity an exporter left in its XML («&nbsp;», «&oacute;»): XML knows five.
_HTML_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _numeric(match: re.Match) -> str:
    """An HTML named entity as the numeric reference XML reads (a fixed table: nothing
    a document declares is ever expanded)."""
    name = match.group(1)
    if name in _XML_ENTITIES or name not in html.entities.name2codepoint:
        return match.group(0)
    return f"&#{html.entities.name2codepoint[name]};"


def _parse(text: str) -> ET.Element:
    if _DOCTYPE.search(text):
        raise ImportFailure(
            _("el XML declara un DOCTYPE o entidades; por seguridad no se lee ni se importa")
        )
    body = _DECLARATION.sub("", text, count=1)  # decoded already: its encoding is told
    body = _HTML_ENTITY.sub(_numeric, body)
    parser = ET.XMLParser()
    try:
        parser.feed(body)
        root = parser.close()
    except ET.ParseError as problem:
        line = problem.position[0] if problem.position else 0
        raise ImportFailure(
            _("el XML está truncado o mal formado (línea %(line)d): no se importa") % {"line": line}
        ) from None
    check_loaded_bounds(root, what="XML", children=list)  # an element's sub-elements
    return root


def _text(element: ET.Element) -> str:
    return "".join(element.itertext()).strip()


def _is_record(element: ET.Element) -> bool:
    names = {_local(child.tag).lower() for child in element}
    return bool(names & TITLE_TAGS) and any(tag in names for tag in BODY_TAGS)


def _records(root: ET.Element) -> list[ET.Element]:
    """The elements with a title and a body child, outermost first; WXR items that are
    attachments, pages' revisions or menu entries are no articles."""
    found = []
    pending = [root]
    while pending:
        element = pending.pop(0)
        if _is_record(element):
            kind = _child_text(element, "post_type")
            if kind in ("", "post", "page", "article", "nota", "noticia"):
                found.append(element)
            continue
        pending.extend(element)
    return found


def _child_text(element: ET.Element, name: str) -> str:
    for child in element:
        if _local(child.tag).lower() == name:
            return _text(child)
    return ""


def _authors(root: ET.Element) -> dict[str, str]:
    """A WXR channel's logins -> display names."""
    names = {}
    for author in root.iter():
        if _local(author.tag) != "author" or not len(author):
            continue
        login = _child_text(author, "author_login")
        name = _child_text(author, "author_display_name")
        if login and name:
            names[login] = name
    return names


def _site_name(root: ET.Element, record: ET.Element) -> str:
    """The channel's title (the site that exported the record), when the record is an
    RSS item."""
    for channel in root.iter("channel"):
        if record in list(channel):
            return _child_text(channel, "title")
    return ""


def _fields(root: ET.Element, record: ET.Element) -> tuple[dict, str]:
    fields: dict = {}
    body_parts: dict[str, str] = {}
    categories: list[str] = []
    tags: list[str] = []
    for child in record:
        name = _local(child.tag).lower()
        value = _text(child)
        if name in BODY_TAGS and not (name == "encoded" and "excerpt" in _namespace(child.tag)):
            body_parts.setdefault(name, value)
            continue
        if name == "encoded":  # WXR's excerpt:encoded
            name = "excerpt"
        if name == "postmeta":
            key, meta = _child_text(child, "meta_key"), _child_text(child, "meta_value")
            if key and not key.startswith("_") and meta:
                fields.setdefault(key, meta)
            continue
        if name == "category":
            domain = child.get("domain", "category")
            (tags if domain in ("post_tag", "tag", "etiqueta") else categories).append(value)
            continue
        if len(child) or not value:
            continue  # a nested record (comments) or an empty element
        fields.setdefault(_RENAMES.get(name, name), value)
    if categories:
        fields["categories"] = categories
    if tags:
        fields["tags"] = tags
    if login := fields.pop("author_login", ""):
        fields.setdefault("author", _authors(root).get(login, login))
    for key in [k for k in fields if fold(k) in ("author", "autor")]:
        if _LOGIN.fullmatch(fields[key]):
            del fields[key]  # an account's login («comsoc_salud»), no one's name
    gmt = fields.pop("gmt_date", "")
    fields.pop("post_date_gmt", None)
    if gmt and not any(fold(k) in ("post_date", "date", "fecha", "publish_up") for k in fields):
        fields["date"] = gmt
    if site := _site_name(root, record):
        fields.setdefault("site_name", site)
    joined = [body_parts[k] for k in _JOINED_BODY if body_parts.get(k)]
    if joined:
        body = "\n\n".join(joined)
    else:
        body = next((body_parts[k] for k in BODY_TAGS if body_parts.get(k)), "")
    return fields, body


def read_xml_export(text: str) -> str | None:
    """The article an XML export holds, as a post for the Jekyll reader; None when
    ``text`` is no XML export; ImportFailure when it is one but holds no single readable
    article."""
    if not looks_like_xml(text):
        return None
    root = _parse(text)
    records = _records(root)
    if len(records) > 1:
        raise ImportFailure(
            _("la exportación XML trae %(count)d notas; se importa una nota por archivo")
            % {"count": len(records)}
        )
    if not records:
        raise ImportFailure(
            _("es un archivo XML sin nota (no trae título y cuerpo): no se importa")
        )
    fields, body = _fields(root, records[0])
    if not body.strip():
        raise ImportFailure(
            _("la exportación XML solo trae metadatos: el cuerpo de la nota está vacío")
        )
    return as_post(fields, body)
