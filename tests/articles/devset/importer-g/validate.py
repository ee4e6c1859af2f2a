#!/usr/bin/env python3
"""Check the importer-g development set: sources, gold files and their consistency.

Usage: python3 validate.py  (exit 0 when everything is consistent)
"""

import datetime
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
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
LISTS = {"bylines", "placement", "boilerplate", "must_keep"}
FAMILIES = {"wire", "press_release", "jekyll", "generic", "bad"}
MIX = {"wire": 7, "press_release": 7, "jekyll": 6, "generic": 3, "bad": 2}
CP1252_ONLY = set(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def decode(data):
    """Return (text, encoding) or (None, reason)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return None, "undecodable"


def check_pair(src, errors):
    gold_path = src.with_name(src.name.rsplit(".", 1)[0] + ".gold.yaml")
    where = f"{src.parent.name}/{src.name}"
    if not gold_path.exists():
        errors.append(f"{where}: no gold file {gold_path.name}")
        return None
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if not isinstance(gold, dict) or list(gold) != KEYS:
        errors.append(f"{where}: gold keys differ from the required list/order")
        return None
    err = errors.append
    fam = gold["family"]
    if fam not in FAMILIES:
        err(f"{where}: bad family {fam!r}")
    for key in LISTS:
        if not isinstance(gold[key], list):
            err(f"{where}: {key} must be a list")
    if gold["date"] is not None and not isinstance(gold["date"], datetime.date):
        err(f"{where}: date must be a YAML date or null")
    if gold["bulletin_number"] is not None and not isinstance(gold["bulletin_number"], str):
        err(f"{where}: bulletin_number must be a string")

    data = src.read_bytes()
    if fam == "bad":
        if gold["readable"] is not False:
            err(f"{where}: bad file must have readable: false")
        for key in KEYS:
            if key in ("readable", "family", "refusal_reason"):
                continue
            if key in LISTS and gold[key] != []:
                err(f"{where}: bad file {key} must be []")
            if key not in LISTS and gold[key] is not None:
                err(f"{where}: bad file {key} must be null")
        if not gold["refusal_reason"]:
            err(f"{where}: bad file needs a refusal_reason")
        return fam

    if gold["readable"] is not True:
        err(f"{where}: readable must be true")
    if not isinstance(gold["published"], bool):
        err(f"{where}: published must be a boolean")
    if gold["refusal_reason"] is not None:
        err(f"{where}: refusal_reason must be null")
    text, enc = decode(data)
    if text is None:
        err(f"{where}: cannot decode")
        return fam
    if enc == "cp1252":
        if not any(b >= 0x80 for b in data):
            err(f"{where}: cp1252 file without non-ASCII bytes")
        if not re.search("[áéíóúñÁÉÍÓÚÑü]", text):
            err(f"{where}: cp1252 file shows no Spanish letters after decoding")
    flat = norm(text)
    for key in ("title", "body_first_words", "body_last_words"):
        if not gold[key]:
            err(f"{where}: {key} is empty")
        elif norm(gold[key]) not in flat:
            err(f"{where}: {key} not found in source: {gold[key]!r}")
    for key in ("boilerplate", "must_keep", "bylines", "placement"):
        for item in gold[key]:
            if norm(str(item)) not in flat:
                err(f"{where}: {key} item not found in source: {item!r}")
    for key in ("source", "issuer", "dateline_city", "section", "photo_credit"):
        if gold[key] is not None and norm(gold[key]) not in flat:
            err(f"{where}: {key} not found in source: {gold[key]!r}")
    if gold["bulletin_number"] is not None and gold["bulletin_number"] not in flat:
        err(f"{where}: bulletin_number not found in source")
    if fam != "press_release":
        for key in ("bulletin_number", "issuer", "dateline_city"):
            if gold[key] is not None:
                err(f"{where}: {key} must be null outside press releases")
    else:
        if gold["issuer"] != gold["source"]:
            err(f"{where}: issuer and source must be equal for press releases")
    if fam != "jekyll" and (gold["section"] is not None or gold["placement"]):
        err(f"{where}: section/placement only for jekyll")
    if fam in ("jekyll", "generic") and gold["source"] is not None:
        err(f"{where}: source must be null for {fam}")
    if gold["body_first_words"] and gold["body_last_words"]:
        start = flat.find(norm(gold["body_first_words"]))
        end = flat.rfind(norm(gold["body_last_words"])) + len(norm(gold["body_last_words"]))
        if start < 0 or end <= start:
            err(f"{where}: body_last_words before body_first_words")
        else:
            body = flat[start:end]
            for item in gold["boilerplate"]:
                body = body.replace(norm(str(item)), " ")
            words = len(body.split())
            if not 150 <= words <= 450:
                err(f"{where}: body has {words} words (wanted 150-450)")
    return fam


def main():
    errors = []
    batches = sorted(p for p in HERE.iterdir() if p.is_dir() and re.fullmatch(r"b\d+", p.name))
    if not batches:
        errors.append("no batch folders")
    for batch in batches:
        counts = dict.fromkeys(MIX, 0)
        sources = [p for p in sorted(batch.iterdir()) if not p.name.endswith(".gold.yaml")]
        golds = {p.name for p in batch.iterdir() if p.name.endswith(".gold.yaml")}
        expected = {p.name.rsplit(".", 1)[0] + ".gold.yaml" for p in sources}
        for orphan in sorted(golds - expected):
            errors.append(f"{batch.name}/{orphan}: gold without source")
        if len(expected) != len(sources):
            errors.append(f"{batch.name}: two sources share one gold name")
        for src in sources:
            fam = check_pair(src, errors)
            if fam in counts:
                counts[fam] += 1
        if counts != MIX:
            errors.append(f"{batch.name}: family mix {counts} != {MIX}")
        print(f"{batch.name}: {len(sources)} sources, {counts}")
    for line in errors:
        print("ERROR", line)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
