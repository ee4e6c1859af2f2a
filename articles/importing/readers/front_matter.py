"""The YAML front matter block of a Jekyll post.

Most front matter is a flat list of ``key: value`` lines. Those are read by
a small line parser that resolves plain values with PyYAML's own resolver
table (so ``true`` is True and ``~`` is None exactly as in PyYAML); any
other construct (lists, nesting, anchors, escapes, comments after values,
numbers) goes to PyYAML's safe C loader. The two agree on every input the
fast path accepts (tests/articles/importing/test_front_matter.py checks it
with generated input); the fast path is several times cheaper than
PyYAML's Python-side object construction.
"""

import datetime
import json
import re
import tomllib

import yaml
from django.utils.translation import gettext as _

from articles.importing.decoding import decode_character_references, normalize_text
from articles.importing.records import ImportFailure

OPEN = re.compile(r"\A\n*---[ \t]*(?:\n|\Z)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class FrontMatterLoader(_BaseLoader):
    """The safe (C when available) loader, but dates stay text.

    PyYAML turns ``2016-10-05`` into a date and raises ValueError on
    ``2016-02-30``; ``cleaning.parse_date`` reads every date form itself
    (and date objects too), so an impossible date becomes a warning and the
    article is imported undated.
    """


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}

# One "key: value" line: a plain key, then nothing, a quoted string without
# escapes, or a plain scalar that cannot start with a YAML indicator.
_SIMPLE_LINE = re.compile(
    r"([^\W\d][\w-]*(?: [\w-]+)*):"
    r"(?: ++(?:\"([^\"\\\n]*)\" *|'([^'\n]*)' *|([^-?:,\[\]{}#&*!|>'\"%@`\s][^\n]*)))?"
)
# Characters that send the block to PyYAML: those YAML refuses (it raises
# a ReaderError), line breaks other than LF, tabs, backslashes and the BOM.
_NOT_SIMPLE_CHARS = re.compile(
    "[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[\\\\\u2028\u2029]"
)
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_BOOLEANS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
_RESOLVERS = FrontMatterLoader.yaml_implicit_resolvers
_NOT_SIMPLE = object()


def _resolve_plain(value: str) -> object:
    """A plain scalar as PyYAML would load it; _NOT_SIMPLE for numbers
    and the other tags left to PyYAML."""
    for tag, regexp in (*_RESOLVERS.get(value[0], ()), *_RESOLVERS.get(None, ())):
        if regexp.match(value):
            if tag == _BOOL:
                return _BOOLEANS[value.lower()]
            if tag == _NULL:
                return None
            return _NOT_SIMPLE
    return value


def load_simple(source: str) -> dict | None:
    """Flat ``key: scalar`` front matter as a dict, or None to use PyYAML."""
    if _NOT_SIMPLE_CHARS.search(source):
        return None
    data: dict = {}
    for line in source.split("\n"):
        if not line or line.startswith("#"):
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if not match:
            return None
        key, double, single, plain = match.groups()
        key = _resolve_plain(key)
        if key is _NOT_SIMPLE:
            return None
        if plain is not None:
            plain = plain.rstrip(" ")
            if ": " in plain or " #" in plain or plain.endswith(":"):
                return None
            value = _resolve_plain(plain)
            if value is _NOT_SIMPLE:
                return None
        else:
            value = double if double is not None else single
        data[key] = value
    return data or None  # nothing but comments: PyYAML says None


# Bounds on what a front matter may ask PyYAML to build. Real front matter
# nests two or three levels and uses a handful of aliases; deep nesting
# overflows the C loader's stack (a segfault), and aliases or merge keys
# ("<<: [*a, *a]") repeated level after level build exponentially large data
# from a few hundred bytes.
MAX_DEPTH = 32
MAX_NODES = 10_000  # nodes of the loaded data, each alias counted as what it repeats


def check_bounds(source: str) -> None:
    """ImportFailure when ``source`` nests deeper than MAX_DEPTH or would load
    into more than MAX_NODES nodes. One pass over the parser's events (a state
    machine, not recursive), so it is itself safe on any input; syntax errors
    are left for the load to report with their line."""
    sizes: dict[str, int] = {}  # anchor -> expanded size of its node
    stack: list[list] = [[None, 0]]  # open collections: [anchor, size so far]
    try:
        for event in yaml.parse(source, Loader=FrontMatterLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) > MAX_DEPTH:
                    raise ImportFailure(
                        _("YAML demasiado anidado (más de %(depth)d niveles)")
                        % {"depth": MAX_DEPTH}
                    )
                stack.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = stack.pop()
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor, 1)
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            else:
                continue
            if anchor is not None:
                sizes[anchor] = size
            stack[-1][1] += size
            if stack[-1][1] > MAX_NODES:
                raise ImportFailure(
                    _("YAML demasiado grande al expandir sus alias (más de %(nodes)d valores)")
                    % {"nodes": MAX_NODES}
                )
    except yaml.YAMLError:
        return


def load_yaml(source: str, *, first_line: int) -> object:
    """PyYAML's safe load, within check_bounds; errors become ImportFailure
    with the file's line number (``first_line`` is the file line where
    ``source`` starts)."""
    check_bounds(source)
    try:
        return yaml.load(source, Loader=FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        if mark is None:
            raise ImportFailure(_("YAML inválido")) from None
        line = first_line + mark.line
        raise ImportFailure(_("YAML inválido en la línea %(line)d") % {"line": line}) from None
    except (ValueError, TypeError, OverflowError, RecursionError):
        raise ImportFailure(_("YAML inválido")) from None


# A top-level «key: value» line whose plain value holds «: », which strict YAML
# refuses («title: Feria del Cacao: veinte años») and a person reads as one value.
_COLON_IN_PLAIN = re.compile(
    r"^([^\W\d][\w-]{0,40}):[ \t]+([^-?:,\[\]{}#&*!|>'\"%@`\s][^\n]*?:[ \t][^\n]*)$",
    re.MULTILINE,
)


def _quote_colon_values(source: str) -> str:
    """``source`` with each top-level plain value that holds «: » double-quoted."""

    def quoted(match: re.Match) -> str:
        value = match.group(2).rstrip(" \t").replace("\\", "\\\\").replace('"', '\\"')
        return f'{match.group(1)}: "{value}"'

    return _COLON_IN_PLAIN.sub(quoted, source)


def _load_lenient(source: str, *, first_line: int) -> object:
    """PyYAML's load; when it refuses the block only for a plain value with «: »
    in it, the block read with those values quoted, as a person reads it."""
    try:
        return load_yaml(source, first_line=first_line)
    except ImportFailure:
        repaired = _quote_colon_values(source)
        if repaired == source:
            raise
        try:
            return load_yaml(repaired, first_line=first_line)
        except ImportFailure:
            pass
        raise


def split_front_matter(text: str) -> tuple[dict, str]:
    """(front matter mapping, body). An empty mapping when ``text`` has no
    front matter; ImportFailure when the block is unclosed, is not valid
    YAML, or is not a mapping."""
    opening = OPEN.match(text)
    if not opening:
        return {}, text
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise ImportFailure(_("falta el cierre del front matter («---»)"))
    source = text[opening.end() : closing.start()]
    data = load_simple(source)
    if data is None:
        data = _load_lenient(source, first_line=text.count("\n", 0, opening.end()) + 1)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ImportFailure(_("el front matter no es un mapeo de claves"))
    return data, text[closing.end() :]


# A Hugo post's TOML front matter, between «+++» lines.
_TOML_OPEN = re.compile(r"\A\n*\+\+\+[ \t]*\n")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)


def _data_children(value: object):
    if isinstance(value, dict):
        return value.values()
    if isinstance(value, list):
        return value
    return ()


def check_loaded_bounds(data: object, *, what: str = "front matter", children=_data_children):
    """ImportFailure when loaded ``data`` nests deeper than MAX_DEPTH or holds more than
    MAX_NODES values: the bounds ``check_bounds`` keeps on YAML, for a format whose parser
    has no events to count (TOML, JSON; an XML tree with ``children=list``), walked without
    recursion. ``what`` names the format in the refusal."""
    pending = [(data, 0)]
    nodes = 0
    while pending:
        value, depth = pending.pop()
        nodes += 1
        if depth > MAX_DEPTH:
            raise ImportFailure(
                _("%(what)s demasiado anidado (más de %(depth)d niveles): no se importa")
                % {"what": what, "depth": MAX_DEPTH}
            )
        if nodes > MAX_NODES:
            raise ImportFailure(
                _("%(what)s demasiado grande (más de %(nodes)d valores): no se importa")
                % {"what": what, "nodes": MAX_NODES}
            )
        pending.extend((child, depth + 1) for child in children(value))


def _plain(value: object) -> object:
    """TOML's dates and times as the text a YAML front matter would hold."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def toml_as_yaml(text: str) -> str:
    """``text`` with a Hugo post's TOML front matter («+++ … +++») written as the YAML
    front matter the Jekyll reader reads; the text as it is when it has none.
    ImportFailure when the block is unclosed, is not TOML, or is too deep or large."""
    opening = _TOML_OPEN.match(text)
    if not opening:
        return text
    closing = _TOML_CLOSE.search(text, opening.end())
    if not closing:
        raise ImportFailure(_("falta el cierre del front matter («+++»)"))
    source = text[opening.end() : closing.start()]
    if source.count("[") + source.count("{") > MAX_NODES:
        raise ImportFailure(_("TOML inválido"))
    try:
        data = tomllib.loads(source)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        raise ImportFailure(_("TOML inválido")) from None
    check_loaded_bounds(data, what="TOML")
    block = yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{block}---{text[closing.end() :]}"


def as_post(fields: dict, body: str) -> str:
    """A structured export's fields and body written as the post the Jekyll reader
    reads (YAML front matter over the body), as ``toml_as_yaml`` does for Hugo's TOML:
    one reader of front matter for every format that names its fields."""

    def plain(value: object) -> object:
        if isinstance(value, str):
            return normalize_text(decode_character_references(value))
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value

    block = yaml.safe_dump(plain(_plain(fields)), allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{block}---\n\n{plain(body.strip())}\n"


# A Hugo post's JSON front matter: an object opening the file, the body under it.
_JSON_OPEN = re.compile(r"\A\s*\{\s*\"")


def json_front_matter_as_yaml(text: str) -> str:
    """``text`` with a Hugo post's JSON front matter («{ "title": … }» over the body)
    written as YAML front matter; the text as it is when it opens with no JSON object or
    when the object is the whole file (an export: ``json_export``)."""
    if not _JSON_OPEN.match(text):
        return text
    start = text.index("{")
    depth = json_depth(text)
    if depth is None or depth > MAX_DEPTH:
        return text  # too deep, or no closing brace: the export reader says so
    try:
        data, end = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):
        return text
    body = text[end:]
    if not isinstance(data, dict) or not body.strip():
        return text
    check_loaded_bounds(data, what="JSON")
    return as_post(data, body)


# A JSON string (escapes included) or a bracket: what nesting is counted from.
_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*+"|[\[\]{}]')


def json_depth(text: str) -> int | None:
    """The deepest nesting of brackets outside strings in ``text``'s leading JSON value
    (None when it never closes), stopping past MAX_DEPTH: counted without parsing, so
    any input is safe (a parser recurses on each level)."""
    depth = deepest = 0
    for token in _JSON_TOKEN.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return deepest
        elif char in "]}":
            depth -= 1
            if depth <= 0:
                return deepest
    return None
