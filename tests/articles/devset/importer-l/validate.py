#!/usr/bin/env python3
"""Self-check of the importer-l blind set (b1/).  Exit 0 when every check passes.

Checks the gold files against the decoded sources: keys and order, types,
family counts and family rules, that every quoted string occurs in the
source, body length 150-350 words, and the byte-level hazards promised in
README.md.
"""
import datetime
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
EXPECTED = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
EXTS = (".md", ".txt", ".text", ".markdown", ".html")
PLACEMENT_FLAGS = {"Portada", "Destacadas"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def decode(data):
    """Return (text, encoding) or (None, reason)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if b"\x00" in data:
        return None, "binary"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def norm(text):
    """Matching form: NBSP -> space, no bold markers, whitespace collapsed."""
    t = text.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    t = t.replace("**", "")
    return re.sub(r"\s+", " ", t).strip()


def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]


def split_front_matter(text):
    m = re.match(r"---\r?\n(.*?)\r?\n---\r?\n?(.*)\Z", text, re.S)
    if not m:
        return None, text
    return m.group(1), m.group(2)


def valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except ValueError:
        return False


def main():
    files = sorted(f for f in os.listdir(B1) if not f.endswith(".gold.yaml"))
    golds = sorted(f for f in os.listdir(B1) if f.endswith(".gold.yaml"))
    if len(files) != 30:
        err("b1", f"expected 30 source files, found {len(files)}")
    if len(golds) != len(files):
        err("b1", f"{len(golds)} gold files for {len(files)} sources")
    nums = []
    fam_count = {k: 0 for k in EXPECTED}
    sources = {"wire": set(), "press_release": set(), "jekyll": set()}
    hazards = {"bom": [], "cp1252": [], "crlf": [], "mixed": [], "nbsp": [], "trailing": []}

    for name in files:
        stem, ext = os.path.splitext(name)
        m = re.match(r"l(\d\d)-[a-z0-9-]+$", stem)
        if not m:
            err(name, "name must look like lNN-slug")
        else:
            nums.append(int(m.group(1)))
        if ext not in EXTS:
            err(name, f"extension {ext} not allowed")
        gpath = os.path.join(B1, stem + ".gold.yaml")
        if not os.path.exists(gpath):
            err(name, "missing gold")
            continue
        with open(gpath, encoding="utf-8") as f:
            g = yaml.safe_load(f)
        if list(g.keys()) != KEYS:
            err(name, f"gold keys/order wrong: {list(g.keys())}")
            continue
        fam = g["family"]
        if fam not in EXPECTED:
            err(name, f"bad family {fam}")
            continue
        fam_count[fam] += 1
        data = open(os.path.join(B1, name), "rb").read()
        text, enc = decode(data)

        # ---- bad files -------------------------------------------------
        if fam == "bad":
            if g["readable"] is not False or g["published"] is not None:
                err(name, "bad file: readable must be false and published null")
            for k in KEYS:
                if k in ("readable", "family", "published", "refusal_reason"):
                    continue
                if g[k] not in (None, []):
                    err(name, f"bad file: {k} must be null/empty")
            rr = g["refusal_reason"]
            if not isinstance(rr, str) or not rr.endswith(".") or rr.count(". ") > 0:
                err(name, "bad file needs one Spanish sentence as refusal_reason")
            continue

        # ---- readable files: types ------------------------------------
        if g["readable"] is not True:
            err(name, "readable must be true")
        if g["refusal_reason"] is not None:
            err(name, "refusal_reason must be null")
        if not isinstance(g["published"], bool):
            err(name, "published must be bool")
        if fam in ("wire", "press_release", "generic") and g["published"] is not True:
            err(name, "wire/press/generic must be published: true")
        if g["date"] is not None and not (isinstance(g["date"], str) and valid_date(g["date"])):
            err(name, f"date not a valid YYYY-MM-DD string: {g['date']!r}")
        for k in ("bylines", "placement", "boilerplate", "must_keep"):
            if not isinstance(g[k], list):
                err(name, f"{k} must be a list")
        for k in ("title", "body_first_words", "body_last_words"):
            if not isinstance(g[k], str) or not g[k].strip():
                err(name, f"{k} must be a non-empty string")
        if text is None:
            err(name, "readable file does not decode")
            continue

        # ---- family rules ----------------------------------------------
        if fam == "press_release":
            for k in ("issuer", "bulletin_number", "dateline_city", "source", "date"):
                if not g[k]:
                    err(name, f"press release needs {k}")
            if g["source"] != g["issuer"]:
                err(name, "press release: source must equal issuer")
            if g["bylines"]:
                err(name, "press release: no bylines expected in this set")
        else:
            for k in ("issuer", "bulletin_number", "dateline_city"):
                if g[k] is not None:
                    err(name, f"{k} only for press releases")
        if fam == "generic":
            if g["source"] is not None or g["bylines"] or g["section"] or g["placement"]:
                err(name, "generic: source/section null, bylines/placement empty")
        if fam in ("wire", "jekyll") and not g["source"]:
            err(name, "source required")
        if fam in sources:
            sources[fam].add(g["source"])
        for p in g["placement"]:
            if p not in PLACEMENT_FLAGS:
                err(name, f"placement {p!r} is not a placement flag")
        if g["section"] in PLACEMENT_FLAGS:
            err(name, "section must not be a placement flag")
        for r in g["bylines"]:
            if "Redacción" in r or r == g["source"]:
                err(name, f"byline {r!r} is not a person")

        # ---- hazards -----------------------------------------------------
        if data.startswith(b"\xef\xbb\xbf"):
            hazards["bom"].append(name)
        if enc == "cp1252":
            hazards["cp1252"].append(name)
        n_crlf = data.count(b"\r\n")
        n_lf = data.count(b"\n") - n_crlf
        if n_crlf and n_lf:
            hazards["mixed"].append(name)
        elif n_crlf:
            hazards["crlf"].append(name)
        if "\u00a0" in text:
            hazards["nbsp"].append(name)
        if re.search(r"[ \t]+\r?$", text, re.M):
            hazards["trailing"].append(name)

        # ---- occurrence checks ------------------------------------------
        fm, body_text = split_front_matter(text) if fam == "jekyll" else (None, text)
        if fam == "jekyll":
            if fm is None:
                err(name, "jekyll file without front matter")
                continue
            meta = yaml.load(fm, Loader=yaml.BaseLoader)
            if meta.get("title") != g["title"]:
                err(name, f"front-matter title differs: {meta.get('title')!r}")
            if g["source"] not in meta.values():
                err(name, "source is not a front-matter value")
        N = norm(text)
        NB = norm(body_text)

        def must_occur(label, s, hay=N):
            if s and norm(s) not in hay:
                err(name, f"{label} not in source: {s!r}")

        must_occur("title", g["title"])
        for k in ("source", "issuer", "bulletin_number", "section", "photo_credit"):
            must_occur(k, g[k])
        for r in g["bylines"]:
            must_occur("byline", r)
        for p in g["placement"]:
            must_occur("placement", p)
        for b in g["boilerplate"]:
            must_occur("boilerplate", b)
        for s in g["must_keep"]:
            must_occur("must_keep", s, NB)
        must_occur("body_first_words", g["body_first_words"], NB)
        must_occur("body_last_words", g["body_last_words"], NB)
        if g["dateline_city"]:
            plain = text.replace("\u00a0", " ")
            if not re.search(r"^\s*" + re.escape(g["dateline_city"]) + r",", plain, re.M):
                err(name, f"dateline_city not written at a line start: {g['dateline_city']!r}")
        if g["bulletin_number"]:
            ok = False
            for line in text.splitlines():
                stripped = re.sub(r"(?i)\b(bolet[ií]n|comunicado)\b|\b(no|n[uú]m)\.", "", line)
                stripped = stripped.replace(":", "").strip()
                if stripped == g["bulletin_number"]:
                    ok = True
            if not ok:
                err(name, "no header line reduces to bulletin_number")
        if g["photo_credit"] and ("Foto: " + g["photo_credit"]) not in N:
            err(name, "photo credit must follow 'Foto: '")
        for b in g["boilerplate"]:
            for s in g["must_keep"] + [g["title"]]:
                if norm(b) in norm(s) or norm(s) in norm(b):
                    err(name, f"boilerplate {b!r} overlaps kept text {s[:40]!r}")
            if g["photo_credit"] and g["photo_credit"] in b:
                err(name, "photo credit listed as boilerplate")

        # ---- body span and length ---------------------------------------
        a = NB.find(norm(g["body_first_words"]))
        z = NB.rfind(norm(g["body_last_words"]))
        if a < 0 or z < 0 or z < a:
            err(name, "body span not found")
            continue
        span = NB[a:z + len(norm(g["body_last_words"]))]
        for s in g["must_keep"]:
            if norm(s) not in span:
                err(name, f"must_keep outside body span: {s[:40]!r}")
        if norm(g["title"]) in span:
            err(name, "title inside body span")
        for b in g["boilerplate"]:
            span = span.replace(norm(b), " ")
        if g["photo_credit"]:
            span = span.replace("Foto: " + norm(g["photo_credit"]), " ")
        n = len(words(span))
        if not 150 <= n <= 350:
            err(name, f"body has {n} words (needs 150-350)")

    # ---- set-level checks ------------------------------------------------
    if sorted(nums) != list(range(1, 31)):
        err("b1", f"numbers must be l01..l30 exactly once: {sorted(nums)}")
    if fam_count != EXPECTED:
        err("b1", f"family counts {fam_count} != {EXPECTED}")
    want = {"wire": 8, "press_release": 8, "jekyll": 7}
    for fam, n in want.items():
        if len(sources[fam]) != n:
            err("b1", f"{fam}: {len(sources[fam])} distinct sources, need {n}")
    minimum = {"bom": 3, "cp1252": 3, "crlf": 3, "mixed": 1, "nbsp": 2, "trailing": 2}
    for k, n in minimum.items():
        if len(hazards[k]) < n:
            err("b1", f"hazard {k}: {len(hazards[k])} files, need >= {n}")
        if k == "mixed" and len(hazards[k]) != 1:
            err("b1", "exactly one mixed-line-ending file expected")

    print("families:", fam_count)
    for k, v in hazards.items():
        print(f"{k:9s} {len(v):2d}  {' '.join(sorted(v))}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
