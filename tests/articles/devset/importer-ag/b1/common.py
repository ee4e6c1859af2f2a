"""Shared helpers for the importer-ag blind set (standard library only)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "b1")

KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]

NBSP = "\u00a0"


def gold(**kw):
    d = dict(readable=True, family=None, title=None, date=None, published=True,
             bylines=[], source=None, section=None, placement=[],
             bulletin_number=None, issuer=None, dateline_city=None,
             body_first_words=None, body_last_words=None, boilerplate=[],
             must_keep=[], photo_credit=None, refusal_reason=None)
    for k in kw:
        if k not in d:
            raise KeyError(k)
    d.update(kw)
    return d


def _q(s):
    return "'" + s.replace("'", "''") + "'"


def _scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return _q(str(v))


def dump_gold(d):
    out = []
    for k in KEYS:
        v = d[k]
        if isinstance(v, list):
            if not v:
                out.append(f"{k}: []")
            else:
                out.append(f"{k}:")
                out.extend(f"- {_q(x)}" for x in v)
        else:
            out.append(f"{k}: {_scalar(v)}")
    return "\n".join(out) + "\n"


def write(name, text, g, enc="utf-8", eol="lf", bom=False, tail=b""):
    """text uses '\\n'; eol in lf|crlf|mixed; bytes written exactly."""
    lines = text.split("\n")
    if eol == "lf":
        s = "\n".join(lines)
    elif eol == "crlf":
        s = "\r\n".join(lines)
    elif eol == "mixed":
        parts = []
        for i, ln in enumerate(lines[:-1]):
            parts.append(ln + ("\r\n" if i % 3 != 2 else "\n"))
        parts.append(lines[-1])
        s = "".join(parts)
    else:
        raise ValueError(eol)
    data = s.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    data += tail
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".gold.yaml"), "wb") as f:
        f.write(dump_gold(g).encode("utf-8"))
