"""Shared helpers for the importer-ar blind set (prefix ar).

Story text is written with '\n' line breaks and a few placeholder tokens that are
turned into hazards at write time:
  <TS>  trailing spaces        <NB>  no-break space (U+00A0)
  <FF>  form feed (0x0C)       <VT>  vertical tab (0x0B)
  <SUB> 0x1A                   <BEL> 0x07
Gold files are emitted by hand as YAML (single-quoted strings, flow lists).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "b1")

TOKENS = {
    "<TS>": "   ",
    "<NB>": "\u00a0",
    "<FF>": "\x0c",
    "<VT>": "\x0b",
    "<SUB>": "\x1a",
    "<BEL>": "\x07",
}

KEYS = [
    "readable", "family", "title", "date", "published", "bylines", "source",
    "section", "placement", "bulletin_number", "issuer", "dateline_city",
    "body_first_words", "body_last_words", "boilerplate", "must_keep",
    "photo_credit", "refusal_reason",
]


def _q(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, list):
        return "[" + ", ".join(_q(x) for x in v) + "]"
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def gold(family, **kw):
    g = {
        "readable": True, "family": family, "title": None, "date": None,
        "published": True, "bylines": [], "source": None, "section": None,
        "placement": [], "bulletin_number": None, "issuer": None,
        "dateline_city": None, "body_first_words": None, "body_last_words": None,
        "boilerplate": [], "must_keep": [], "photo_credit": None,
        "refusal_reason": None,
    }
    for k, v in kw.items():
        if k not in g:
            raise KeyError(k)
        g[k] = v
    return g


def bad(reason):
    g = gold("bad", readable=False, published=None, refusal_reason=reason)
    return g


def emit_gold(g):
    assert list(g) == KEYS, list(g)
    lines = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list) and len(v) > 1:
            lines.append(f"{k}:")
            for x in v:
                lines.append(f"  - {_q(x)}")
        else:
            lines.append(f"{k}: {_q(v)}")
    return "\n".join(lines) + "\n"


def write(name, ext, text=None, *, g, enc="utf-8", bom=False, eol="lf", raw=None):
    """Write OUT/name.ext exactly and OUT/name.gold.yaml.

    text: str with '\n' breaks and placeholder tokens; eol in lf|crlf|mixed.
    raw:  bytes written as-is (bad files).
    """
    os.makedirs(OUT, exist_ok=True)
    if raw is None:
        for tok, rep in TOKENS.items():
            text = text.replace(tok, rep)
        if eol == "crlf":
            text = text.replace("\n", "\r\n")
        elif eol == "mixed":
            parts = text.split("\n")
            buf = []
            for i, line in enumerate(parts[:-1]):
                buf.append(line + ("\r\n" if i % 3 != 1 else "\n"))
            buf.append(parts[-1])
            text = "".join(buf)
        data = text.encode(enc)
        if bom:
            data = b"\xef\xbb\xbf" + data
    else:
        data = raw
    with open(os.path.join(OUT, f"{name}.{ext}"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, f"{name}.gold.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(emit_gold(g))
