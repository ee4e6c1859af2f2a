"""Shared helpers for the importer-ae blind set (stdlib only)."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "b1")
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]


def write_source(name, text, enc="utf-8", eol="lf", bom=False, raw_tail=b""):
    """text uses '\n'; eol: lf | crlf | mixed (first half CRLF, rest LF)."""
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    elif eol == "mixed":
        lines = text.split("\n")
        half = len(lines) // 2
        text = "\r\n".join(lines[:half]) + "\r\n" + "\n".join(lines[half:])
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    data += raw_tail
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def _q(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return "'" + str(v).replace("'", "''") + "'"


def write_gold(name, **g):
    base = dict(readable=True, family=None, title=None, date=None, published=True,
                bylines=[], source=None, section=None, placement=[],
                bulletin_number=None, issuer=None, dateline_city=None,
                body_first_words=None, body_last_words=None, boilerplate=[],
                must_keep=[], photo_credit=None, refusal_reason=None)
    for k in g:
        if k not in base:
            raise KeyError(k)
    base.update(g)
    out = []
    for k in KEYS:
        v = base[k]
        if isinstance(v, list):
            if not v:
                out.append(f"{k}: []")
            else:
                out.append(f"{k}:")
                out.extend(f"- {_q(x)}" for x in v)
        else:
            out.append(f"{k}: {_q(v)}")
    with open(os.path.join(OUT, name + ".gold.yaml"), "wb") as f:
        f.write(("\n".join(out) + "\n").encode("utf-8"))


def bad(name, reason):
    write_gold(name, readable=False, family="bad", published=None, refusal_reason=reason)
