#!/usr/bin/env python3
"""Self-check of the importer-q/b1 gold files against their decoded sources. Exit 0 when clean."""
import datetime
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source", "section",
        "placement", "bulletin_number", "issuer", "dateline_city", "body_first_words",
        "body_last_words", "boilerplate", "must_keep", "photo_credit", "refusal_reason"]
EXPECTED = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
LISTS = ["bylines", "placement", "boilerplate", "must_keep"]
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def decode(b):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\s+", " ", s).strip()


def has(src, s, ci=False):
    s = norm(s)
    return (s.lower() in src.lower()) if ci else (s in src)


def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]


golds = sorted(glob.glob(os.path.join(HERE, "*.gold.yaml")))
if len(golds) != 30:
    err("set", f"expected 30 gold files, found {len(golds)}")
counts = {}
for gp in golds:
    stem = os.path.basename(gp)[:-len(".gold.yaml")]
    srcs = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith(".gold.yaml")]
    if len(srcs) != 1:
        err(stem, f"expected one source file, found {srcs}")
        continue
    sp = srcs[0]
    ext = sp.rsplit(".", 1)[1]
    if ext not in ("md", "txt", "text", "markdown", "html"):
        err(stem, f"bad extension {ext}")
    with open(gp, encoding="utf-8") as f:
        g = yaml.safe_load(f)
    if list(g.keys()) != KEYS:
        err(stem, f"keys/order wrong: {list(g.keys())}")
        continue
    fam = g["family"]
    counts[fam] = counts.get(fam, 0) + 1
    for k in LISTS:
        if not isinstance(g[k], list):
            err(stem, f"{k} must be a list")
    raw = open(sp, "rb").read()

    if fam == "bad":
        if g["readable"] is not False:
            err(stem, "bad file must have readable: false")
        for k in KEYS:
            if k in ("readable", "family", "refusal_reason"):
                continue
            if k in LISTS:
                if g[k] != []:
                    err(stem, f"{k} must be empty for bad")
            elif g[k] is not None:
                err(stem, f"{k} must be null for bad")
        rr = g["refusal_reason"]
        if not isinstance(rr, str) or not rr.endswith(".") or rr.count(".") != 1:
            err(stem, "refusal_reason must be one Spanish sentence")
        continue

    if fam not in EXPECTED:
        err(stem, f"unknown family {fam}")
        continue
    if g["readable"] is not True:
        err(stem, "readable must be true")
    if g["refusal_reason"] is not None:
        err(stem, "refusal_reason must be null")
    if not isinstance(g["published"], bool):
        err(stem, "published must be bool")
    if fam != "jekyll" and g["published"] is not True:
        err(stem, "non-jekyll readable files are published")
    try:
        src = norm(decode(raw))
    except Exception as e:  # noqa
        err(stem, f"cannot decode: {e}")
        continue

    d = g["date"]
    if d is not None:
        try:
            dd = datetime.date.fromisoformat(str(d))
            if str(dd.year) not in src:
                err(stem, f"year of date {d} not in source")
        except ValueError:
            err(stem, f"bad date {d!r}")
    if fam in ("wire", "press_release", "jekyll") and d is None:
        err(stem, "date expected for this family")

    # presence checks
    for k in ("title", "body_first_words", "body_last_words"):
        if not g[k] or not has(src, g[k]):
            err(stem, f"{k} not found in source: {g[k]!r}")
    for k in ("bylines", "boilerplate", "must_keep", "placement"):
        for v in g[k]:
            if not has(src, v):
                err(stem, f"{k} item not in source: {v!r}")
    for k, ci in (("source", True), ("issuer", True), ("section", False), ("dateline_city", False),
                  ("bulletin_number", False), ("photo_credit", False)):
        if g[k] is not None and not has(src, g[k], ci):
            err(stem, f"{k} not in source: {g[k]!r}")
    if g["photo_credit"] is not None and not re.search(r"Foto: ?" + re.escape(norm(g["photo_credit"])), src):
        err(stem, "photo_credit must be the text after 'Foto:'")
    for b in g["bylines"]:
        if "redacci" in b.lower() or b.lower().startswith("por "):
            err(stem, f"byline is not a person name: {b!r}")

    # family rules
    if fam == "press_release":
        if not g["issuer"] or g["issuer"] != g["source"]:
            err(stem, "press release: issuer must equal source")
        if not g["dateline_city"]:
            err(stem, "press release needs dateline_city")
        if g["bulletin_number"] and re.match(r"(?i)(bolet[ií]n|no\.|n[uú]m\.|comunicado)", g["bulletin_number"]):
            err(stem, "bulletin_number keeps a prefix word")
    else:
        for k in ("issuer", "dateline_city", "bulletin_number"):
            if g[k] is not None:
                err(stem, f"{k} only for press releases")
    if fam == "generic" and (g["source"] is not None or g["bylines"] or g["section"] or g["placement"]):
        err(stem, "generic notes carry no source/byline/section/placement")
    if fam in ("wire", "press_release", "jekyll") and not g["source"]:
        err(stem, "source required")
    if fam != "jekyll" and (g["section"] or g["placement"]):
        err(stem, "section/placement only expected for jekyll in this set")
    for p in g["placement"]:
        if p not in ("Portada", "Destacadas"):
            err(stem, f"unexpected placement flag {p}")
    if g["section"] in ("Portada", "Destacadas"):
        err(stem, "placement flag used as section")

    # body span and word count
    nf, nl = norm(g["body_first_words"] or ""), norm(g["body_last_words"] or "")
    i = src.find(nf)
    j = src.find(nl, i)
    if i < 0 or j < 0:
        err(stem, "body span not found")
        continue
    body = src[i:j + len(nl)]
    for mk in g["must_keep"]:
        if norm(mk) not in body:
            err(stem, f"must_keep outside body span: {mk[:50]!r}")
        for bp in g["boilerplate"]:
            if norm(bp) in norm(mk) and len(bp) > 3:
                err(stem, f"boilerplate {bp!r} inside must_keep")
    if g["title"] and norm(g["title"]) in body:
        err(stem, "title repeated inside body span")
    clean = body
    for bp in sorted(g["boilerplate"], key=len, reverse=True):
        clean = clean.replace(norm(bp), " ")
    if g["photo_credit"]:
        clean = clean.replace("Foto: " + norm(g["photo_credit"]), " ")
    clean = re.sub(r"<!--.*?-->", " ", clean)
    n = len(words(clean.replace("**", " ")))
    if not 150 <= n <= 350:
        err(stem, f"body has {n} words (need 150-350)")

for fam, n in EXPECTED.items():
    if counts.get(fam, 0) != n:
        err("set", f"family {fam}: {counts.get(fam, 0)} files, expected {n}")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK: 30 gold files consistent", counts)
