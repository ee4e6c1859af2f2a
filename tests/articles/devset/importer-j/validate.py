#!/usr/bin/env python3
"""Validate the importer-j blind set in b1/.

Checks, for every NAME.gold.yaml in b1/:
  * exactly the 18 gold keys, in order, with sane types;
  * a single source file NAME.<ext> beside it;
  * for readable files: the source decodes (UTF-8 with/without BOM, else Windows-1252)
    and title, body_first_words, body_last_words, every boilerplate phrase and every
    must_keep phrase occur in it (whitespace-normalised: CRLF and line wraps collapse to
    one space); boilerplate phrases occur exactly once and do not overlap the kept text;
    photo credit, issuer, source, dateline city and bulletin number occur too;
    the real body (from body_first_words to body_last_words, minus boilerplate) has
    150-300 words;
  * for refused files: readable false, family bad, a Spanish refusal_reason;
  * set-level counts: 8 wire / 8 press_release / 7 jekyll / 4 generic / 3 bad, and
    distinct outlets / issuers.
Exits 0 when everything passes, 1 otherwise.
"""
import datetime
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
FAMILIES = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-bom"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "cp1252"


def norm(s):
    return " ".join(s.replace("\r\n", "\n").split())


def check_readable(name, g, text):
    t = norm(text)
    for key in ("title", "body_first_words", "body_last_words"):
        v = g[key]
        if not isinstance(v, str) or not v.strip():
            err(name, f"{key} missing")
        elif norm(v) not in t:
            err(name, f"{key} not found in source: {v!r}")
    kept = [norm(x) for x in [g["title"], g["body_first_words"], g["body_last_words"]] + g["must_keep"] if x]
    for p in g["boilerplate"]:
        n = norm(p)
        c = t.count(n)
        if c != 1:
            err(name, f"boilerplate occurs {c} times (want exactly 1): {p!r}")
        for k in kept:
            if n in k or k in n:
                err(name, f"boilerplate {p!r} overlaps kept text {k!r}")
    for p in g["must_keep"]:
        if norm(p) not in t:
            err(name, f"must_keep not found: {p!r}")
    if g["photo_credit"] is not None and ("Foto: " + norm(g["photo_credit"])) not in t:
        err(name, f"photo credit not found: {g['photo_credit']!r}")
    low = t.lower()
    for key in ("source", "issuer", "dateline_city", "bulletin_number"):
        v = g[key]
        if v is not None and norm(str(v)).lower() not in low:
            err(name, f"{key} not found in source (case-insensitive): {v!r}")
    for b in g["bylines"]:
        if norm(b) not in t:
            err(name, f"byline not found: {b!r}")
    # body length, measured between first and last words, minus boilerplate
    i = t.find(norm(g["body_first_words"] or "\0"))
    j = t.rfind(norm(g["body_last_words"] or "\0"))
    if i >= 0 and j >= 0:
        body = t[i:j + len(norm(g["body_last_words"]))]
        for p in g["boilerplate"]:
            body = body.replace(norm(p), " ")
        if g["photo_credit"]:
            body = body.replace("Foto: " + norm(g["photo_credit"]), " ")
        n = len(body.split())
        if not 150 <= n <= 300:
            err(name, f"body has {n} words (want 150-300)")
    # family-specific expectations
    fam = g["family"]
    if fam == "press_release":
        if not g["issuer"] or not g["dateline_city"]:
            err(name, "press release without issuer or dateline_city")
    else:
        for key in ("bulletin_number", "issuer", "dateline_city"):
            if g[key] is not None:
                err(name, f"{key} must be null outside press releases")
    if fam != "jekyll" and (g["section"] is not None or g["placement"]):
        err(name, "section/placement only expected for jekyll in this set")
    if fam in ("wire", "press_release", "jekyll") and not g["source"]:
        err(name, "source missing")
    if g["refusal_reason"] is not None:
        err(name, "readable file with refusal_reason")


def main():
    golds = sorted(f for f in os.listdir(B1) if f.endswith(".gold.yaml"))
    counts = {f: 0 for f in FAMILIES}
    wire_sources, press_issuers, jekyll_sources = [], [], []
    others = [f for f in os.listdir(B1) if not f.endswith(".gold.yaml")]
    for gf in golds:
        name = gf[: -len(".gold.yaml")]
        srcs = [f for f in others if f.rsplit(".", 1)[0] == name]
        if len(srcs) != 1:
            err(name, f"expected one source file, found {srcs}")
            continue
        with open(os.path.join(B1, gf), encoding="utf-8") as fh:
            g = yaml.safe_load(fh)
        if list(g) != KEYS:
            err(name, f"keys differ from the 18 gold keys: {list(g)}")
            continue
        if not isinstance(g["readable"], bool):
            err(name, "readable not bool")
        if g["family"] not in FAMILIES:
            err(name, f"bad family {g['family']!r}")
            continue
        counts[g["family"]] += 1
        if g["date"] is not None and not (isinstance(g["date"], datetime.date)
                                          and not isinstance(g["date"], datetime.datetime)):
            err(name, f"date must be a calendar date or null: {g['date']!r}")
        for key in ("bylines", "placement", "boilerplate", "must_keep"):
            if not isinstance(g[key], list):
                err(name, f"{key} must be a list")
        with open(os.path.join(B1, srcs[0]), "rb") as fh:
            raw = fh.read()
        if g["readable"]:
            if g["family"] == "bad":
                err(name, "family bad but readable true")
            if not isinstance(g["published"], bool):
                err(name, "published must be true/false for readable files")
            text, _ = decode(raw)
            check_readable(name, g, text)
            if g["family"] == "wire":
                wire_sources.append(g["source"])
            elif g["family"] == "press_release":
                press_issuers.append(g["issuer"])
            elif g["family"] == "jekyll":
                jekyll_sources.append(g["source"])
        else:
            if g["family"] != "bad":
                err(name, "unreadable file must have family bad")
            if g["published"] is not None:
                err(name, "published must be null for bad files")
            r = g["refusal_reason"]
            if not isinstance(r, str) or len(r.split()) < 5:
                err(name, "refusal_reason must be a Spanish sentence")
            for key in ("title", "date", "source", "section", "bulletin_number", "issuer",
                        "dateline_city", "body_first_words", "body_last_words", "photo_credit"):
                if g[key] is not None:
                    err(name, f"{key} must be null for a refused file")
    for fam, want in FAMILIES.items():
        if counts[fam] != want:
            errors.append(f"set: {counts[fam]} {fam} files, want {want}")
    for label, lst in (("wire outlets", wire_sources), ("press issuers", press_issuers),
                       ("jekyll sites", jekyll_sources)):
        if len(set(lst)) != len(lst):
            errors.append(f"set: duplicated {label}: {lst}")
    if len(golds) != 30 or len(others) != 30:
        errors.append(f"set: {len(golds)} gold files and {len(others)} source files, want 30 + 30")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(golds)} gold files, counts {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
