#!/usr/bin/env python3
"""Checks the gold of blind set importer-m/b1 against the decoded source files.
Exit 0 when every check passes."""
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
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def light(s):
    return " ".join(s.replace("\u00a0", " ").split())


def md(s):
    s = s.replace("\u00a0", " ")
    s = re.sub(r"[*#_>]", " ", s)
    return " ".join(s.split())


def found(needle, hay_light, hay_md):
    if light(needle) and light(needle) in hay_light:
        return True
    m = md(needle)
    return bool(m) and m in hay_md


def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]


def main():
    sources = sorted(p for p in glob.glob(os.path.join(HERE, "m*"))
                     if p.endswith(EXTS) and not p.endswith(".gold.yaml"))
    fams = Counter()
    if len(sources) != 30:
        err("set", f"expected 30 source files, found {len(sources)}")
    for path in sources:
        name = os.path.basename(path)
        stem = name.rsplit(".", 1)[0]
        gpath = os.path.join(HERE, stem + ".gold.yaml")
        if not os.path.exists(gpath):
            err(name, "missing gold")
            continue
        with open(gpath, encoding="utf-8") as fh:
            g = yaml.safe_load(fh)
        if list(g) != KEYS:
            err(name, f"keys/order wrong: {list(g)}")
            continue
        fams[g["family"]] += 1
        for k in ("bylines", "placement", "boilerplate", "must_keep"):
            if not isinstance(g[k], list):
                err(name, f"{k} must be a list")
        if g["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(g["date"])):
            err(name, f"bad date {g['date']!r}")
        if g["family"] == "bad":
            if g["readable"] is not False or g["published"] is not None:
                err(name, "bad file must be readable false, published null")
            for k in KEYS:
                if k in ("readable", "family", "published", "refusal_reason"):
                    continue
                if g[k] not in (None, []):
                    err(name, f"bad file has non-empty {k}")
            if not g["refusal_reason"]:
                err(name, "bad file without refusal_reason")
            continue
        if g["readable"] is not True or g["refusal_reason"] is not None:
            err(name, "readable file must be readable true, refusal null")
        if not isinstance(g["published"], bool):
            err(name, "published must be bool")
        if g["family"] != "jekyll" and g["published"] is not True:
            err(name, "non-jekyll must be published true")
        fam = g["family"]
        with open(path, "rb") as fh:
            src = decode(fh.read())
        hl, hm = light(src), md(src)

        def need(label, val):
            if val is None:
                return
            if not found(str(val), hl, hm):
                err(name, f"{label} not in source: {val!r}")

        if not g["title"]:
            err(name, "empty title")
        need("title", g["title"])
        for b in g["bylines"]:
            need("byline", b)
        for b in g["boilerplate"]:
            need("boilerplate", b)
        for b in g["must_keep"]:
            need("must_keep", b)
        for k in ("source", "issuer", "dateline_city", "bulletin_number", "section", "photo_credit"):
            need(k, g[k])
        for p in g["placement"]:
            need("placement", p)
        # family-specific consistency
        if fam == "press_release":
            if g["source"] != g["issuer"] or not g["issuer"]:
                err(name, "press release: source must equal issuer")
            if not g["dateline_city"]:
                err(name, "press release without dateline_city")
        else:
            for k in ("issuer", "dateline_city", "bulletin_number"):
                if g[k] is not None:
                    err(name, f"{k} only for press releases")
        if fam == "generic" and (g["source"] is not None or g["bylines"]):
            err(name, "generic: source null, no bylines")
        if fam in ("wire", "jekyll") and not g["source"]:
            err(name, "wire/jekyll need a source")
        if g["photo_credit"] and not re.search(r"Foto:\s*" + re.escape(md(g["photo_credit"])), hm):
            err(name, "photo_credit must follow 'Foto:'")
        # body span
        fw, lwd = md(g["body_first_words"]), md(g["body_last_words"])
        i = hm.find(fw)
        j = hm.rfind(lwd)
        if i < 0:
            err(name, f"body_first_words not found: {fw!r}")
            continue
        if j < 0 or j < i:
            err(name, f"body_last_words not found after first words: {lwd!r}")
            continue
        if hm.count(fw) != 1:
            err(name, "body_first_words not unique")
        span = hm[i:j + len(lwd)]
        for b in g["boilerplate"]:
            if md(b):
                span = span.replace(md(b), " ")
        if g["photo_credit"]:
            span = re.sub(r"Foto:\s*" + re.escape(md(g["photo_credit"])), " ", span)
        for k in g["must_keep"]:
            if md(k) not in hm[i:j + len(lwd)]:
                err(name, f"must_keep outside body span: {k[:40]!r}")
        for k in (g["title"],):
            if md(k) in span:
                err(name, "title inside body span")
        n = len(words(span))
        if not 150 <= n <= 350:
            err(name, f"body has {n} words (need 150-350)")
        print(f"{name:40s} {fam:14s} {n:4d} words")
    # byte-level hazards the set promises
    hz = Counter()
    for path in sources:
        data = open(path, "rb").read()
        if b"\x00" in data:
            continue  # binary junk (bad file) is not a text hazard
        if data.startswith(b"\xef\xbb\xbf"):
            hz["bom"] += 1
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            hz["cp1252"] += 1
        crlf = data.count(b"\r\n")
        lf = data.count(b"\n") - crlf
        if crlf and lf:
            hz["mixed"] += 1
        elif crlf:
            hz["crlf"] += 1
        if "\u00a0" in decode(data):
            hz["nbsp"] += 1
        if re.search(rb"[ \t]+\r?\n", data):
            hz["trailing"] += 1
    print("hazards:", dict(hz))
    for k, n in (("bom", 3), ("cp1252", 3), ("crlf", 3), ("mixed", 1), ("nbsp", 2), ("trailing", 2)):
        if hz[k] < n:
            err("set", f"hazard {k}: {hz[k]} files, need at least {n}")
    for f, n in EXPECTED.items():
        if fams[f] != n:
            err("set", f"family {f}: {fams[f]} files, expected {n}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
