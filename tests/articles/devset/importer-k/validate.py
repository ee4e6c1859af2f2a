#!/usr/bin/env python3
"""Check the importer-k blind set (b1/): gold schema, and that every gold phrase
really occurs in its decoded source. Exits 0 when everything passes."""
import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
FAMILIES = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
PLACEMENTS = {"portada", "destacadas", "destacada", "principal", "home"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def decode(data):
    """UTF-8 (with or without BOM), else Windows-1252. Returns (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def norm(s):
    # unify line endings and all whitespace (incl. NBSP) to single spaces
    return re.sub(r"\s+", " ", s.replace("\r\n", "\n")).strip()


def has(text, phrase, ci=False):
    p = norm(phrase)
    return (p.lower() in text.lower()) if ci else (p in text)


def main():
    golds = sorted(f for f in os.listdir(B1) if f.endswith(".gold.yaml"))
    counts = collections.Counter()
    for gf in golds:
        name = gf[: -len(".gold.yaml")]
        srcs = [f for f in os.listdir(B1) if f.startswith(name + ".") and f != gf]
        if len(srcs) != 1:
            err(name, f"expected exactly one source file, found {srcs}")
            continue
        src = srcs[0]
        with open(os.path.join(B1, gf), encoding="utf-8") as fh:
            g = yaml.safe_load(fh)
        if list(g.keys()) != KEYS:
            err(name, f"keys/order wrong: {list(g.keys())}")
            continue
        fam = g["family"]
        counts[fam] += 1
        if fam not in FAMILIES:
            err(name, f"unknown family {fam}")
        for k in ("bylines", "placement", "boilerplate", "must_keep"):
            if not isinstance(g[k], list):
                err(name, f"{k} must be a list")
        if g["date"] is not None and not isinstance(g["date"], dt.date):
            err(name, f"date must be a date or null, got {g['date']!r}")
        raw = open(os.path.join(B1, src), "rb").read()

        if not g["readable"]:
            if fam != "bad":
                err(name, "unreadable file must have family bad")
            if not (isinstance(g["refusal_reason"], str) and g["refusal_reason"].strip()):
                err(name, "bad file needs a Spanish refusal_reason")
            if g["published"] is not None:
                err(name, "bad file must have published: null")
            for k in ("title", "date", "body_first_words", "body_last_words"):
                if g[k] is not None:
                    err(name, f"bad file must have {k}: null")
            continue

        if fam == "bad":
            err(name, "family bad but readable: true")
        if g["refusal_reason"] is not None:
            err(name, "readable file must have refusal_reason: null")
        if not isinstance(g["published"], bool):
            err(name, "published must be true/false for readable files")
        text, enc = decode(raw)
        if "\x00" in text:
            err(name, "readable source contains NUL")
        t = norm(text)

        for k in ("title", "body_first_words", "body_last_words"):
            if not g[k] or not has(t, g[k]):
                err(name, f"{k} not found in source: {g[k]!r}")
        for k in ("boilerplate", "must_keep", "bylines"):
            for p in g[k]:
                if not has(t, p):
                    err(name, f"{k} phrase not found in source: {p!r}")
        for p in g["boilerplate"]:
            for m in g["must_keep"]:
                if norm(p) in norm(m):
                    err(name, f"boilerplate {p!r} is inside must_keep {m!r}")
        for k in ("source", "issuer", "dateline_city", "bulletin_number", "section"):
            if g[k] is not None and not has(t, g[k], ci=True):
                err(name, f"{k} not found in source: {g[k]!r}")
        for p in g["placement"]:
            if not has(t, p, ci=True):
                err(name, f"placement not found in source: {p!r}")
        if g["section"] and g["section"].lower() in PLACEMENTS:
            err(name, f"section {g['section']!r} is a placement flag")
        if g["photo_credit"] is not None:
            if not re.search(r"Fotos?:\s*\**\s*" + re.escape(g["photo_credit"]), t):
                err(name, f"photo credit 'Foto: {g['photo_credit']}' not found")
        if fam == "press_release":
            for k in ("issuer", "dateline_city"):
                if not g[k]:
                    err(name, f"press release needs {k}")
        else:
            for k in ("bulletin_number", "issuer", "dateline_city"):
                if g[k] is not None:
                    err(name, f"{k} must be null outside press releases")
        if fam == "generic" and g["source"] is not None:
            err(name, "generic notes here carry no source")

        # body length: span from first words to last words, minus boilerplate
        a = t.find(norm(g["body_first_words"]))
        lw = norm(g["body_last_words"])
        b = t.rfind(lw)
        if a < 0 or b < 0 or b < a:
            err(name, "cannot locate body span")
            continue
        body = t[a: b + len(lw)]
        for p in g["boilerplate"]:
            body = body.replace(norm(p), " ")
        body = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", body)      # markdown images
        body = re.sub(r"\{%.*?%\}|<!--.*?-->", " ", body)        # liquid / comments
        words = re.findall(r"[\w][\w.,%/:-]*", body)
        if not 150 <= len(words) <= 300:
            err(name, f"body has {len(words)} words (want 150-300)")
        for m in g["must_keep"]:
            if norm(m) not in body:
                err(name, f"must_keep outside body span: {m[:50]!r}")

    for fam, n in FAMILIES.items():
        if counts[fam] != n:
            err("counts", f"{fam}: {counts[fam]} (want {n})")
    print(f"{len(golds)} gold files checked; families: {dict(counts)}")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
