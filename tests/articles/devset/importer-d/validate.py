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


FLAGS = {"Portada", "Destacadas", "Principal"}
MONTHS = {m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto "
                                          "septiembre octubre noviembre diciembre".split())}


def fm_date(v):
    """Local calendar date of a front-matter date value (offsets keep their local date)."""
    import re
    if isinstance(v, datetime.datetime):
        return v.date()  # PyYAML keeps the wall-clock time when it parses an offset
    if isinstance(v, datetime.date):
        return v
    v = str(v).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", v)  # slash dates are day-first
        if m:
            d, mo, y = map(int, m.groups())
        else:
            m = re.match(r"(\d{1,2}) de (\w+) de (\d{4})", v.lower())
            if not m:
                return "?"
            d, mo, y = int(m.group(1)), MONTHS.get(m.group(2), 0), int(m.group(3))
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def check_jekyll(name, text, g):
    """Recompute the Jekyll fields from the front matter and compare with the gold."""
    import re
    errs = []
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return ["no front matter"]
    fm = yaml.safe_load(m.group(1)) or {}
    want_date = None
    for k in ("date", "fecha"):
        if fm.get(k) is not None:
            want_date = fm_date(fm[k]); break
    else:
        p = re.match(r"(\d{4})-(\d{2})-(\d{2})-", name)
        if p:
            want_date = datetime.date(*map(int, p.groups()))
    if want_date != g.get("date"):
        errs.append(f"jekyll date {g.get('date')} != front matter/prefix {want_date}")
    cats = []
    for k in ("category", "categories"):
        v = fm.get(k)
        if isinstance(v, str):
            cats += v.split() if k == "categories" else [v]
        elif isinstance(v, list):
            cats += [str(x) for x in v]
    sect = [c for c in cats if c not in FLAGS]
    want_sect = sect[0] if len(sect) == 1 else None
    if want_sect != g.get("section"):
        errs.append(f"jekyll section {g.get('section')!r} != {want_sect!r}")
    if [c for c in cats if c in FLAGS] != g.get("placement"):
        errs.append(f"jekyll placement {g.get('placement')!r} != {[c for c in cats if c in FLAGS]!r}")
    pub = not (fm.get("published") is False or fm.get("draft") is True)
    if pub != g.get("published"):
        errs.append(f"jekyll published {g.get('published')!r} != {pub!r}")
    a = fm.get("author", fm.get("autor"))
    want_by = [] if a is None else ([a] if isinstance(a, str) else list(a))
    if want_by != g.get("bylines"):
        errs.append(f"jekyll bylines {g.get('bylines')!r} != {want_by!r}")
    if norm(str(fm.get("title", ""))) != norm(g.get("title") or ""):
        errs.append("jekyll title differs from front matter")
    for k in ("source", "issuer", "bulletin_number", "dateline_city"):
        if g.get(k) is not None:
            errs.append(f"jekyll {k} must be null")
    return errs


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
                for k in KEYS:
                    if k in ("readable", "family", "refusal_reason"):
                        continue
                    if k in ("bylines", "placement", "boilerplate", "must_keep"):
                        if g.get(k) != []: errors.append(f"{where}: bad file needs {k}: []")
                    elif g.get(k) is not None:
                        errors.append(f"{where}: bad file needs {k}: null")
                continue
            if g.get("refusal_reason") is not None:
                errors.append(f"{where}: readable file needs refusal_reason: null")
            if not isinstance(g.get("published"), bool):
                errors.append(f"{where}: published must be true/false")
            bn = g.get("bulletin_number")
            if bn is not None and not isinstance(bn, str):
                errors.append(f"{where}: bulletin_number must be a string: {bn!r}")
            for p in g.get("placement") or []:
                if p not in FLAGS:
                    errors.append(f"{where}: unknown placement flag {p!r}")
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
            fw, lw = g.get("body_first_words"), g.get("body_last_words")
            if fw and lw and fw in text and lw in text and text.index(fw) > text.rindex(lw):
                errors.append(f"{where}: body_first_words come after body_last_words")
            if enc == "cp1252" and all(ord(c) < 128 for c in text):
                errors.append(f"{where}: cp1252 file is plain ASCII (hazard not exercised)")
            if fam == "jekyll":
                errors += [f"{where}: {e}" for e in check_jekyll(src, text, g)]
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
