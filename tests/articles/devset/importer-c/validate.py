#!/usr/bin/env python3
"""Validate the blind importer development set (b1, b2, b3)."""
import os, sys, datetime, collections
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
BATCHES = ["b1", "b2", "b3"]
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source", "section",
        "placement", "bulletin_number", "issuer", "dateline_city", "body_first_words",
        "body_last_words", "boilerplate", "must_keep", "photo_credit", "refusal_reason"]
FAMILIES = ["wire", "press_release", "jekyll", "generic", "bad"]
EXPECTED = {"wire": 7, "press_release": 7, "jekyll": 6, "generic": 3, "bad": 2}


def decode(data):
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return None, None


def norm(s):
    return " ".join(s.split())


def main():
    errors = []
    counts = {}
    encs = collections.Counter()
    for b in BATCHES:
        d = os.path.join(ROOT, b)
        files = sorted(os.listdir(d))
        golds = {f for f in files if f.endswith(".gold.yaml")}
        sources = [f for f in files if f not in golds]
        counts[b] = collections.Counter()
        seen_golds = set()
        for src in sources:
            stem = src.rsplit(".", 1)[0]
            gname = stem + ".gold.yaml"
            where = f"{b}/{src}"
            if gname not in golds:
                errors.append(f"{where}: no gold file {gname}"); continue
            seen_golds.add(gname)
            with open(os.path.join(d, gname), encoding="utf-8") as f:
                g = yaml.safe_load(f)
            missing = [k for k in KEYS if k not in g]
            extra = [k for k in g if k not in KEYS]
            if missing: errors.append(f"{where}: missing keys {missing}")
            if extra: errors.append(f"{where}: unknown keys {extra}")
            fam = g.get("family")
            if fam not in FAMILIES:
                errors.append(f"{where}: bad family {fam!r}"); continue
            counts[b][fam] += 1
            for k in ("bylines", "placement", "boilerplate", "must_keep"):
                if not isinstance(g.get(k), list):
                    errors.append(f"{where}: {k} must be a list")
            if g.get("date") is not None and not isinstance(g["date"], datetime.date):
                errors.append(f"{where}: date is not a YAML date: {g['date']!r}")
            with open(os.path.join(d, src), "rb") as f:
                data = f.read()
            if fam == "bad":
                if g.get("readable") is not False: errors.append(f"{where}: bad file must be readable: false")
                if not g.get("refusal_reason"): errors.append(f"{where}: bad file needs refusal_reason")
                continue
            if g.get("readable") is not True: errors.append(f"{where}: readable must be true")
            text, enc = decode(data)
            if text is None:
                errors.append(f"{where}: cannot decode"); continue
            encs[("bom " if data.startswith(b"\xef\xbb\xbf") else "") + enc + (" crlf" if b"\r\n" in data else "")] += 1
            text = text.replace("\r\n", "\n")
            checks = [("body_first_words", g.get("body_first_words")), ("body_last_words", g.get("body_last_words"))]
            checks += [("must_keep", s) for s in g.get("must_keep") or []]
            checks += [("boilerplate", s) for s in g.get("boilerplate") or []]
            for k, s in checks:
                if not s or s not in text:
                    errors.append(f"{where}: {k} not found verbatim: {s!r}")
            for k in ("body_first_words", "body_last_words"):
                if g.get(k) and len(g[k].split()) != 8:
                    errors.append(f"{where}: {k} must have 8 tokens")
            if not g.get("title") or norm(g["title"]) not in norm(text):
                errors.append(f"{where}: title not found (whitespace-normalised): {g.get('title')!r}")
            if fam == "press_release":
                if not g.get("issuer") or g.get("source") != g.get("issuer"):
                    errors.append(f"{where}: press release needs issuer == source")
                if not g.get("dateline_city"):
                    errors.append(f"{where}: press release needs dateline_city")
                if g.get("bylines"):
                    errors.append(f"{where}: press release bylines must be []")
            else:
                for k in ("issuer", "dateline_city", "bulletin_number"):
                    if g.get(k) is not None:
                        errors.append(f"{where}: {k} must be null for {fam}")
            if fam == "wire" and not g.get("source"):
                errors.append(f"{where}: wire needs source")
            if fam in ("jekyll", "generic") and g.get("source") is not None:
                errors.append(f"{where}: source must be null for {fam}")
            if fam != "jekyll" and g.get("section") is not None:
                errors.append(f"{where}: section must be null for {fam}")
            pc = g.get("photo_credit")
            if pc and ("Foto: " + pc) not in text:
                errors.append(f"{where}: photo credit line not found")
        for gname in sorted(golds - seen_golds):
            errors.append(f"{b}/{gname}: gold without source")

    print("Per-batch counts by family:")
    print(f"  {'batch':6}" + "".join(f"{f:>15}" for f in FAMILIES) + f"{'total':>8}")
    for b in BATCHES:
        c = counts[b]
        print(f"  {b:6}" + "".join(f"{c[f]:>15}" for f in FAMILIES) + f"{sum(c.values()):>8}")
        for f in FAMILIES:
            if c[f] != EXPECTED[f]:
                errors.append(f"{b}: expected {EXPECTED[f]} {f}, found {c[f]}")
    print("Encodings of readable sources:", dict(encs))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all gold files complete; all verbatim strings found.")


if __name__ == "__main__":
    main()
