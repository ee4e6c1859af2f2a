"""A content system's JSON export of one article (Ghost, Strapi, a headless or home-made
CMS's API answer), read as the format it is.

The export is found by evidence, never by the file's name: a text that is one JSON
value. Inside it, the article is the object with a title and a body (``TITLE_KEYS``,
``BODY_KEYS``), wherever the system nests it (Strapi's ``data.attributes``, Ghost's
``db[0].data.posts[0]``, an API's ``{"status": "ok", "data": {…}}``); a relation
written as ``{"data": {"attributes": {…}}}`` is its attributes (``autor.data.attributes.
nombre`` is the author's name), and a Ghost export's authors and tags are joined from
its tables. The article's fields are then written as a post's front matter
(``front_matter.as_post``) for the Jekyll reader, which reads every CMS's spelling of a
title, a date (ISO with its zone, a Unix time: the Mexican local day), an author, a
section, a status (``cleaning.publication``: fail closed) and an HTML or Markdown body
(sanitized and converted like any other).

A JSON file with no article in it (a site's navigation menu, settings, a list of
links), one whose article has an empty body, one holding several articles, one that is
truncated, nested deeper than ``front_matter.MAX_DEPTH`` or larger than
``front_matter.MAX_NODES`` values is refused with one Spanish sentence.
"""

import json
import re

from django.utils.translation import gettext as _

from articles.importing.records import ImportFailure
from people.naming import fold

from .front_matter import MAX_DEPTH, as_post, check_loaded_bounds, json_depth

# A text that is one JSON value: an object or an array from its first character to
# its last.
_JSON_VALUE = re.compile(r"\A\s*[\[{][\s\S]*[\]}]\s*\Z")
_JSON_START = re.compile(r"\A\s*(?:\{\s*(?:\"|\})|\[\s*[\[{\"\]])")

# Folded keys (camel case and «_» as words) of an article's title and body, a row per
# spelling.
TITLE_KEYS = frozenset(
    {"title", "titulo", "headline", "titular", "post title", "cabeza", "encabezado", "name"}
)
BODY_KEYS = (  # in order of preference: the HTML a system renders, then its sources
    "html",
    "content html",
    "body html",
    "cuerpo html",
    "content",
    "contenido",
    "body",
    "cuerpo",
    "texto",
    "text",
    "post content",
    "article body",
    "markdown",
    "plaintext",
)
_BODY_KEYS = frozenset(BODY_KEYS)
# Keys a system writes beside an article that are no field of it.
_SYSTEM_KEYS = frozenset(
    {"mobiledoc", "lexical", "uuid", "comment id", "codeinjection head", "codeinjection foot"}
)
_CAMEL = re.compile(r"(?<=[a-záéíóúñ])(?=[A-ZÁÉÍÓÚÑ])")


def _key(name: object) -> str:
    return " ".join(fold(_CAMEL.sub(" ", str(name))).replace("_", " ").replace("-", " ").split())


def looks_like_json(text: str) -> bool:
    """``text`` opens and closes as one JSON object or array."""
    return bool(_JSON_START.match(text[:200])) and bool(_JSON_VALUE.match(text))


def _relation(value: object) -> object:
    """Strapi's relation («{"data": {"id": 4, "attributes": {…}}}»): its attributes, a
    list's each; any other value as it is."""
    if isinstance(value, dict) and set(value) <= {"data", "meta"} and "data" in value:
        value = value["data"]
    if isinstance(value, list):
        return [_relation(item) for item in value]
    if isinstance(value, dict) and isinstance(value.get("attributes"), dict):
        return {k: v for k, v in value.items() if k != "attributes"} | value["attributes"]
    return value


def _title(obj: dict) -> str:
    for key, value in obj.items():
        if _key(key) in TITLE_KEYS and isinstance(value, str) and value.strip():
            return value
    return ""


def _body_key(obj: dict) -> str | None:
    keys = {_key(key): key for key in obj}
    return next((keys[k] for k in BODY_KEYS if k in keys), None)


def _body(obj: dict) -> str:
    keys = {_key(key): key for key in obj}
    for name in BODY_KEYS:
        value = obj.get(keys.get(name, object()))
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _candidates(data: object) -> list[dict]:
    """Every object of ``data`` with a title and a body key, outermost first (walked
    without recursion; the data is already bounded)."""
    found: list[dict] = []
    pending = [data]
    while pending:
        value = _relation(pending.pop(0))
        if isinstance(value, list):
            pending.extend(value)
        elif isinstance(value, dict):
            if _title(value) and _body_key(value) is not None:
                found.append(value)
                continue  # its own fields are no other article
            pending.extend(v for v in value.values() if isinstance(v, dict | list))
    return found


def _ghost_people(data: object, post: dict) -> dict:
    """A Ghost export's authors and tags for ``post``, from its join tables."""
    tables = _ghost_tables(data)
    if not tables:
        return {}
    post_id = post.get("id")
    joined: dict = {}
    for link_table, ref, table, name in (
        ("posts_authors", "author_id", "users", "authors"),
        ("posts_tags", "tag_id", "tags", "tags"),
    ):
        rows = {row.get("id"): row for row in tables.get(table, []) if isinstance(row, dict)}
        links = [
            link for link in tables.get(link_table, [])
            if isinstance(link, dict) and link.get("post_id") == post_id
        ]  # fmt: skip
        links.sort(key=lambda link: link.get("sort_order") or 0)
        names = [rows[link.get(ref)].get("name") for link in links if link.get(ref) in rows]
        if names := [n for n in names if isinstance(n, str) and n.strip()]:
            joined[name] = names
    return joined


def _ghost_tables(data: object) -> dict:
    """The ``data`` mapping of a Ghost export («{"db": [{"meta": …, "data": {"posts":
    …}}]}»), or {}."""
    if isinstance(data, dict) and isinstance(data.get("db"), list) and data["db"]:
        data = data["db"][0]
    if isinstance(data, dict) and isinstance(data.get("data"), dict):
        tables = data["data"]
        if isinstance(tables.get("posts"), list):
            return tables
    return {}


def _fields(article: dict, body_key: str | None) -> dict:
    """The article's fields as front matter: relations as their attributes, nulls kept
    (a null publication stamp says «never published»), the body and the system's own
    keys left out."""
    fields: dict = {}
    for key, value in article.items():
        if key == body_key or _key(key) in _SYSTEM_KEYS or _key(key) in _BODY_KEYS:
            continue
        fields[str(key)] = _relation(value)
    return fields


def read_json_export(text: str) -> str | None:
    """The article a JSON export holds, as a post for the Jekyll reader; None when
    ``text`` is no JSON value; ImportFailure when it is one but holds no single
    readable article."""
    if not _JSON_START.match(text[:200]):
        return None
    depth = json_depth(text)
    if depth is None:
        raise ImportFailure(_("el JSON está incompleto o truncado: no se importa"))
    if depth <= MAX_DEPTH and not looks_like_json(text):
        return None  # an object over a body: a Hugo post's JSON front matter
    if depth > MAX_DEPTH:
        raise ImportFailure(
            _("JSON demasiado anidado (más de %(depth)d niveles): no se importa")
            % {"depth": MAX_DEPTH}
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as problem:
        line = getattr(problem, "lineno", None)
        raise ImportFailure(
            _("JSON inválido en la línea %(line)s: no se importa") % {"line": line}
            if line
            else _("JSON inválido: no se importa")
        ) from None
    check_loaded_bounds(data, what="JSON")
    articles = _candidates(data)
    if len(articles) > 1:
        raise ImportFailure(
            _("la exportación JSON trae %(count)d notas; se importa una nota por archivo")
            % {"count": len(articles)}
        )
    if not articles:
        raise ImportFailure(
            _("es un archivo JSON sin nota (no trae título y cuerpo): no se importa")
        )
    article = articles[0]
    body_key = _body_key(article)
    body = _body(article)
    if not body.strip():
        raise ImportFailure(
            _("la exportación JSON solo trae metadatos: el cuerpo de la nota está vacío")
        )
    fields = {**_fields(article, body_key), **_ghost_people(data, article)}
    return as_post(fields, body)
