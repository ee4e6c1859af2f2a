"""Shared helpers for the importer-aj blind set (standard library only)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]


def q(s):
    return "'" + s.replace("'", "''") + "'"


def scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return q(str(v))


def dump_gold(g):
    missing = [k for k in KEYS if k not in g]
    extra = [k for k in g if k not in KEYS]
    assert not missing and not extra, (missing, extra)
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append(f"{k}: []")
            else:
                out.append(f"{k}:")
                out.extend(f"- {scalar(x)}" for x in v)
        else:
            out.append(f"{k}: {scalar(v)}")
    return "\n".join(out) + "\n"


def gold(**kw):
    base = dict(readable=True, family=None, title=None, date=None, published=True,
                bylines=[], source=None, section=None, placement=[],
                bulletin_number=None, issuer=None, dateline_city=None,
                body_first_words=None, body_last_words=None, boilerplate=[],
                must_keep=[], photo_credit=None, refusal_reason=None)
    for k in kw:
        assert k in base, k
    base.update(kw)
    return base


def to_bytes(text, enc="utf-8", bom=False, eol="lf"):
    """text uses \n; eol: lf | crlf | mixed (every third line and the tail CRLF)."""
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    elif eol == "mixed":
        lines = text.split("\n")
        half = len(lines) // 2
        parts = []
        for i, ln in enumerate(lines[:-1]):
            parts.append(ln + ("\r\n" if (i % 3 == 0 or i > half) else "\n"))
        parts.append(lines[-1])
        text = "".join(parts)
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def emit(name, ext, text, g, enc="utf-8", bom=False, eol="lf", raw=None):
    path = os.path.join(HERE, f"{name}.{ext}")
    with open(path, "wb") as f:
        f.write(raw if raw is not None else to_bytes(text, enc, bom, eol))
    with open(os.path.join(HERE, f"{name}.gold.yaml"), "wb") as f:
        f.write(dump_gold(g).encode("utf-8"))
    print("wrote", path)
