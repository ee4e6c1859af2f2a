#!/usr/bin/env python3
"""Validate the importer-e blind development set (python3 + PyYAML).

Checks: every source file has a gold file with exactly the expected keys and types;
bad files have null scalars and empty lists; body words, title, boilerplate and must_keep
strings occur in the decoded source (whitespace-normalised); files that are not valid UTF-8
decode as Windows-1252 with real non-ASCII letters; family counts per batch.
Exit status 0 when everything is OK.
"""

import datetime
import re
import sys
from pathlib import Path

import yaml

KEYS = [
    "readable",
    "family",
    "title",
    "date",
    "published",
    "bylines",
    "source",
    "section",
    "placement",
    "bulletin_number",
    "issuer",
    "dateline_city",
    "body_first_words",
    "body_last_words",
    "boilerplate",
    "must_keep",
    "photo_credit",
    "refusal_reason",
]
FAMILIES = {"wire", "press_release", "jekyll", "generic", "bad"}
EXPECTED = {"wire": 7, "press_release": 7, "jekyll": 6, "generic": 3, "bad": 2}
LISTS = {"bylines", "placement", "boilerplate", "must_keep"}
CP1252_LETTERS = set(
    b"\xe1\xe9\xed\xf3\xfa\xf1\xc1\xc9\xcd\xd3\xda\xd1\xfc\x93\x94\x96\x97\xbf\xa1"
)


def norm(s):
    return " ".join(s.split())


def decode(data):
    """Return (text, encoding) or (None, reason)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def is_gold(p):
    return p.name.endswith(".gold.yaml")


def check_batch(bdir, errors):
    counts = {}
    sources = sorted(p for p in bdir.iterdir() if p.is_file() and not is_gold(p))
    golds = {p.name for p in bdir.iterdir() if is_gold(p)}
    used = set()
    for src in sources:
        err = lambda m, s=src: errors.append(f"{bdir.name}/{s.name}: {m}")  # noqa: E731
        gname = src.name.rsplit(".", 1)[0] + ".gold.yaml"
        if gname not in golds:
            err("missing gold file " + gname)
            continue
        if gname in used:
            err("two sources share gold " + gname)
        used.add(gname)
        gold = yaml.safe_load((bdir / gname).read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or list(gold) != KEYS:
            err(f"gold keys differ: {list(gold) if isinstance(gold, dict) else gold}")
            continue
        fam = gold["family"]
        if fam not in FAMILIES:
            err(f"bad family {fam!r}")
            continue
        counts[fam] = counts.get(fam, 0) + 1
        for k in LISTS:
            if not isinstance(gold[k], list) or not all(isinstance(x, str) for x in gold[k]):
                err(f"{k} must be a list of strings")
        if gold["date"] is not None and not isinstance(gold["date"], datetime.date):
            err("date must be a YAML date or null")
        if fam == "bad":
            if gold["readable"] is not False:
                err("bad file must have readable: false")
            for k in KEYS:
                if k in ("readable", "family", "refusal_reason"):
                    continue
                if k in LISTS:
                    if gold[k]:
                        err(f"bad file: {k} must be empty")
                elif gold[k] is not None:
                    err(f"bad file: {k} must be null")
            if not gold["refusal_reason"]:
                err("bad file needs refusal_reason")
            continue
        if gold["readable"] is not True or gold["refusal_reason"] is not None:
            err("readable file must have readable: true and refusal_reason: null")
        if not isinstance(gold["published"], bool):
            err("published must be a boolean")
        if gold["bulletin_number"] is not None and not isinstance(gold["bulletin_number"], str):
            err("bulletin_number must be a string")
        if fam != "press_release":
            for k in ("bulletin_number", "issuer", "dateline_city"):
                if gold[k] is not None:
                    err(f"{k} only for press releases")
        else:
            if gold["issuer"] != gold["source"] or not gold["issuer"]:
                err("press: issuer must equal source and be set")
        if fam == "wire" and not gold["source"]:
            err("wire needs a source")
        if fam in ("jekyll", "generic") and gold["source"] is not None:
            err("source must be null for jekyll/generic")
        if fam != "jekyll" and (gold["section"] is not None or gold["placement"]):
            err("section/placement only for jekyll")
        if fam != "jekyll" and gold["published"] is not True:
            err("published false only for jekyll")

        data = src.read_bytes()
        text, enc = decode(data)
        if enc == "cp1252" and not any(b in CP1252_LETTERS for b in data):
            err("cp1252 file without real non-ASCII letters")
        if "\ufffd" in text:
            err("undecodable bytes")
        ntext = norm(text)
        for k in ("body_first_words", "body_last_words"):
            v = gold[k]
            if not v or len(v.split()) < 3:
                err(f"{k} missing or too short")
            elif norm(v) not in ntext:
                err(f"{k} not in source: {v!r}")
        title = gold["title"]
        if not title:
            err("title missing")
        else:
            nt = norm(title)
            alt = ntext.replace("''", "'")
            if nt not in ntext and nt not in alt:
                err(f"title not in source: {title!r}")
        for k in ("boilerplate", "must_keep"):
            for s in gold[k]:
                if norm(s) not in ntext:
                    err(f"{k} string not in source: {s!r}")
        if gold["photo_credit"] and "Foto: " + gold["photo_credit"] not in ntext:
            err("photo_credit not found after 'Foto: '")
        for k in ("source", "issuer", "dateline_city", "section", "bulletin_number"):
            if gold[k] and norm(gold[k]) not in ntext:
                err(f"{k} not in source: {gold[k]!r}")
        for b in gold["bylines"] + gold["placement"]:
            if b not in ntext:
                err(f"byline/placement not in source: {b!r}")
        if fam == "jekyll":
            m = re.match(r"---\r?\n(.*?)\r?\n---\r?\n", text, re.S)
            if not m:
                err("jekyll without front matter")
            else:
                fm = yaml.safe_load(m.group(1))
                if norm(str(fm.get("title", fm.get("titulo")))) != norm(title):
                    err("jekyll title differs from front matter")
                pub = not (fm.get("published") is False or fm.get("draft") is True)
                if pub != gold["published"]:
                    err("published flag disagrees with front matter")
    for g in sorted(golds - used):
        errors.append(f"{bdir.name}/{g}: gold without source")
    if counts != EXPECTED:
        errors.append(f"{bdir.name}: family counts {counts} != {EXPECTED}")
    return len(sources)


def main():
    root = Path(__file__).resolve().parent
    errors = []
    total = 0
    for b in ("b1", "b2", "b3"):
        bdir = root / b
        if not bdir.is_dir():
            errors.append(f"{b}: missing batch")
            continue
        n = check_batch(bdir, errors)
        total += n
        print(f"{b}: {n} source files")
    for e in errors:
        print("ERROR", e)
    print(f"{total} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
