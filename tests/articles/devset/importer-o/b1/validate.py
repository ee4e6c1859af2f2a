#!/usr/bin/env python3
"""Checks the gold of blind set importer-o / b1 against the decoded sources. Exit 0 = OK."""
import datetime
import glob
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
EXPECTED = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
EXTS = (".md", ".txt", ".text", ".markdown", ".html")
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def norm(s):
    s = s.replace("\u00a0", " ")
    s = re.sub(r"\*\*|__", "", s)
    s = re.sub(r"(?m)^[ \t]*#{1,6}[ \t]+(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def has(hay, needle, ci=False):
    n = norm(needle)
    return (n.lower() in hay.lower()) if ci else (n in hay)


stats = Counter()
families = Counter()
sources = {"wire": [], "press_release": [], "jekyll": []}
sources_files = sorted(p for p in glob.glob(os.path.join(HERE, "o*")) if p.endswith(EXTS))
if len(sources_files) != 30:
    err("set", f"expected 30 source files, found {len(sources_files)}")

for path in sources_files:
    name = os.path.basename(path)
    stem = name.rsplit(".", 1)[0]
    gpath = os.path.join(HERE, stem + ".gold.yaml")
    if not os.path.exists(gpath):
        err(name, "missing gold")
        continue
    with open(gpath, encoding="utf-8") as f:
        text_gold = f.read()
    g = yaml.safe_load(text_gold)
    if list(g.keys()) != KEYS:
        err(name, f"keys/order wrong: {list(g.keys())}")
        continue
    fam = g["family"]
    families[fam] += 1
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        stats["bom"] += 1
    if b"\r\n" in data:
        if re.search(rb"(?<!\r)\n", data):
            stats["mixed_eol"] += 1
        else:
            stats["crlf"] += 1
    if fam == "bad":
        for k in KEYS:
            v = g[k]
            if k == "readable":
                ok = v is False
            elif k == "family":
                ok = v == "bad"
            elif k == "refusal_reason":
                ok = isinstance(v, str) and v.strip().endswith(".") and v.count(". ") == 0
            elif k in ("bylines", "placement", "boilerplate", "must_keep"):
                ok = v == []
            else:
                ok = v is None
            if not ok:
                err(name, f"bad file field {k}={v!r}")
        continue
    if g["readable"] is not True:
        err(name, "readable must be true")
    if g["refusal_reason"] is not None:
        err(name, "refusal_reason must be null")
    if fam not in EXPECTED:
        err(name, f"unknown family {fam}")
    try:
        text, enc = decode(data)
    except Exception as e:  # noqa
        err(name, f"cannot decode: {e}")
        continue
    stats[enc] += 1
    if "\u00a0" in text:
        stats["nbsp"] += 1
    if re.search(r"[ \t]+\r?$", text, re.M):
        stats["trailing_spaces"] += 1
    H = norm(text)
    # date
    d = g["date"]
    if d is not None:
        try:
            datetime.date.fromisoformat(str(d))
        except ValueError:
            err(name, f"bad date {d}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(d)):
            err(name, f"date format {d}")
    if not isinstance(g["published"], bool):
        err(name, "published must be bool")
    if fam != "jekyll" and g["published"] is not True:
        err(name, "non-jekyll must be published")
    if not g["title"] or not has(H, g["title"]):
        err(name, f"title not in source: {g['title']!r}")
    for b in g["bylines"]:
        if not has(H, b):
            err(name, f"byline not in source: {b}")
    for k in ("source", "issuer", "section", "dateline_city", "bulletin_number", "photo_credit"):
        v = g[k]
        if v is not None and not has(H, str(v), ci=(k in ("source", "issuer"))):
            err(name, f"{k} not in source: {v!r}")
    for p in g["placement"]:
        if not has(H, p):
            err(name, f"placement not in source: {p}")
    if fam == "press_release":
        if not g["issuer"] or g["source"] != g["issuer"]:
            err(name, "press release: source must equal issuer")
        if not g["dateline_city"]:
            err(name, "press release needs dateline_city")
        if g["bylines"]:
            err(name, "press release bylines should be empty")
    else:
        if g["issuer"] or g["dateline_city"] or g["bulletin_number"]:
            err(name, "issuer/dateline/bulletin only for press releases")
    if fam == "generic" and g["source"] is not None:
        err(name, "generic source must be null")
    if fam in sources:
        sources[fam].append(g["source"])
        if not g["source"]:
            err(name, "source missing")
    for k in ("boilerplate", "must_keep"):
        for p in g[k]:
            if not has(H, p):
                err(name, f"{k} phrase not in source: {p!r}")
    bf, bl = g["body_first_words"], g["body_last_words"]
    if not bf or not bl:
        err(name, "body words missing")
        continue
    i, j = H.find(norm(bf)), H.rfind(norm(bl))
    if i < 0:
        err(name, f"body_first_words not in source: {bf!r}")
    if j < 0:
        err(name, f"body_last_words not in source: {bl!r}")
    if i >= 0 and j >= 0:
        body = H[i:j + len(norm(bl))]
        for p in g["boilerplate"]:
            body = body.replace(norm(p), " ")
        n = len(body.split())
        stats["words_min"] = min(stats.get("words_min", 10**6), n)
        stats["words_max"] = max(stats.get("words_max", 0), n)
        if not 150 <= n <= 350:
            err(name, f"body has {n} words (150-350)")
        for p in g["must_keep"]:
            if norm(p) not in body:
                err(name, f"must_keep outside body span: {p[:50]!r}")
        for p in g["boilerplate"]:
            # boilerplate must not be entirely the real body start/end
            if norm(p) == norm(bf) or norm(p) == norm(bl):
                err(name, "boilerplate equals body boundary")

complete = len(sources_files) == 30
if complete:
    for fam, n in EXPECTED.items():
        if families[fam] != n:
            err("set", f"family {fam}: {families[fam]} != {n}")
    for fam, n in (("wire", 8), ("press_release", 8), ("jekyll", 7)):
        if len(set(sources[fam])) != n:
            err("set", f"{fam} sources not distinct: {sources[fam]}")
    for k, n in (("bom", 2), ("cp1252", 2), ("crlf", 2), ("mixed_eol", 1), ("nbsp", 1),
                 ("trailing_spaces", 1)):
        if stats[k] < n:
            err("set", f"need at least {n} files with {k}, have {stats[k]}")
    if not os.path.exists(os.path.join(HERE, "..", "README.md")):
        err("set", "README.md missing one level up")

print("families:", dict(families))
print("stats:", dict(stats))
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
