#!/usr/bin/env python3
"""Validate the importer-f blind devset: gold files, encodings and verbatim strings."""

import datetime
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BATCHES = ["b1", "b2", "b3"]
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
WANT = {"wire": 7, "press_release": 7, "jekyll": 6, "generic": 3, "bad": 2}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def decode(data, where):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not any(b >= 0x80 for b in data):
        err(f"{where}: not UTF-8 and no non-ASCII bytes")
    text = data.decode("cp1252")
    if not re.search("[áéíóúñÁÉÍÓÚÑü]", text):
        err(f"{where}: cp1252 decoding shows no Spanish letters")
    return text, "cp1252"


def gold_name(name):
    return name.rsplit(".", 1)[0] + ".gold.yaml"


def check_file(batch, name, sources_by_batch, stats):
    path = os.path.join(HERE, batch, name)
    gpath = os.path.join(HERE, batch, gold_name(name))
    where = f"{batch}/{name}"
    if not os.path.exists(gpath):
        err(f"{where}: missing gold {gold_name(name)}")
        return
    with open(gpath, encoding="utf-8") as f:
        g = yaml.safe_load(f)
    if not isinstance(g, dict) or set(g) != set(KEYS):
        err(f"{where}: gold keys differ: {sorted(set(g or {}) ^ set(KEYS))}")
        return
    fam = g["family"]
    if fam not in FAMILIES:
        err(f"{where}: bad family {fam!r}")
        return
    stats.setdefault(batch, {}).setdefault(fam, 0)
    stats[batch][fam] += 1
    for k in LISTS:
        if not isinstance(g[k], list):
            err(f"{where}: {k} must be a list")
    if fam == "bad":
        if g["readable"] is not False:
            err(f"{where}: bad file must have readable: false")
        for k in KEYS:
            if k in ("readable", "family", "refusal_reason"):
                continue
            if k in LISTS:
                if g[k]:
                    err(f"{where}: bad file {k} must be empty")
            elif g[k] is not None:
                err(f"{where}: bad file {k} must be null")
        if not g["refusal_reason"]:
            err(f"{where}: bad file needs refusal_reason")
        return
    if g["readable"] is not True:
        err(f"{where}: readable must be true")
    if g["refusal_reason"] is not None:
        err(f"{where}: refusal_reason must be null")
    if not isinstance(g["published"], bool):
        err(f"{where}: published must be a boolean")
    if g["published"] is False and fam != "jekyll":
        err(f"{where}: published false only for jekyll")
    d = g["date"]
    if d is not None:
        if isinstance(d, str):
            try:
                datetime.date.fromisoformat(d)
            except ValueError:
                err(f"{where}: bad date {d!r}")
        elif not isinstance(d, datetime.date):
            err(f"{where}: bad date {d!r}")
    if fam == "press_release":
        for k in ("source", "issuer", "dateline_city"):
            if not g[k]:
                err(f"{where}: press release needs {k}")
        if g["source"] != g["issuer"]:
            err(f"{where}: issuer must equal source")
        if g["bulletin_number"] is not None and not isinstance(g["bulletin_number"], str):
            err(f"{where}: bulletin_number must be a string")
    else:
        for k in ("bulletin_number", "issuer", "dateline_city"):
            if g[k] is not None:
                err(f"{where}: {k} must be null outside press releases")
    if fam == "wire" and not g["source"]:
        err(f"{where}: wire needs source")
    if fam in ("jekyll", "generic") and g["source"] is not None:
        err(f"{where}: source must be null for {fam}")
    if fam != "jekyll" and (g["section"] is not None or g["placement"]):
        err(f"{where}: section/placement only for jekyll")
    if g["source"]:
        sources_by_batch.setdefault(g["source"], set()).add(batch)

    with open(path, "rb") as f:
        data = f.read()
    text, enc = decode(data, where)
    stats.setdefault("enc", {}).setdefault(enc, 0)
    stats["enc"][enc] += 1
    if b"\r\n" in data:
        stats["enc"].setdefault("crlf", 0)
        stats["enc"]["crlf"] += 1
    nt = norm(text)
    low = nt.lower()

    def occurs(label, s, ci=False):
        if not isinstance(s, str) or not s.strip():
            err(f"{where}: {label} empty or not a string: {s!r}")
            return
        if ci:
            if norm(s).lower() not in low:
                err(f"{where}: {label} not in source: {s!r}")
        elif norm(s) not in nt:
            err(f"{where}: {label} not in source: {s!r}")

    occurs("title", g["title"])
    occurs("body_first_words", g["body_first_words"])
    occurs("body_last_words", g["body_last_words"])
    for k in ("boilerplate", "must_keep", "bylines", "placement"):
        for s in g[k]:
            occurs(k, s)
    for k in ("issuer", "dateline_city", "bulletin_number", "section"):
        if g[k] is not None:
            occurs(k, g[k])
    if g["source"]:
        occurs("source", g["source"], ci=True)
    if g["photo_credit"] is not None:
        occurs("photo_credit", "Foto: " + g["photo_credit"])
    for s in g["boilerplate"]:
        for m in g["must_keep"]:
            if norm(s) and norm(s) in norm(m):
                err(f"{where}: boilerplate {s!r} inside must_keep sentence")
    a = nt.find(norm(g["body_first_words"]))
    b = nt.rfind(norm(g["body_last_words"]))
    if a >= 0 and b >= 0:
        span = nt[a : b + len(norm(g["body_last_words"]))]
        for s in g["boilerplate"]:
            span = span.replace(norm(s), " ")
        n = len(span.split())
        if not 150 <= n <= 450:
            err(f"{where}: body has {n} words (want 150-450)")
        if b < a:
            err(f"{where}: body_last_words before body_first_words")


def main():
    stats, sources_by_batch = {}, {}
    for batch in BATCHES:
        d = os.path.join(HERE, batch)
        if not os.path.isdir(d):
            err(f"missing batch {batch}")
            continue
        names = sorted(os.listdir(d))
        srcs = [n for n in names if not n.endswith(".gold.yaml") and not n.startswith(".")]
        golds = [n for n in names if n.endswith(".gold.yaml")]
        for gname in golds:
            if not any(gold_name(s) == gname for s in srcs):
                err(f"{batch}/{gname}: gold without source")
        if len({gold_name(s) for s in srcs}) != len(srcs):
            err(f"{batch}: two sources share a gold name")
        for s in srcs:
            check_file(batch, s, sources_by_batch, stats)
        got = stats.get(batch, {})
        for fam, n in WANT.items():
            if got.get(fam, 0) != n:
                err(f"{batch}: {got.get(fam, 0)} {fam} files, want {n}")
    for src, bs in sources_by_batch.items():
        if len(bs) > 1:
            err(f"source {src!r} appears in batches {sorted(bs)}")
    for batch in BATCHES:
        print(batch, stats.get(batch, {}))
    print("encodings:", stats.get("enc", {}), "| distinct sources:", len(sources_by_batch))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
