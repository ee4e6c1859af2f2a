"""Validate the importer-aj blind set (standard library only)."""
import glob, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
FAMILIES = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
ENC = {"aj04": "cp1252", "aj10": "cp1252", "aj14": "cp1252", "aj22": "cp1252"}


def parse_scalar(s):
    s = s.strip()
    if s == "null":
        return None
    if s == "true":
        return True
    if s == "false":
        return False
    if s == "[]":
        return []
    if s.startswith("'") and s.endswith("'"):
        return s[1:-1].replace("''", "'")
    raise ValueError(f"unsupported scalar {s!r}")


def load_gold(path):
    d, cur = {}, None
    for ln in open(path, encoding="utf-8").read().splitlines():
        if not ln.strip():
            continue
        if ln.startswith("- "):
            d[cur].append(parse_scalar(ln[2:]))
            continue
        k, _, v = ln.partition(":")
        cur = k
        d[k] = [] if v.strip() == "" else parse_scalar(v)
    return d


def load_source(path, name):
    raw = open(path, "rb").read()
    enc = ENC.get(name, "utf-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode(enc)
    return text.replace("\r\n", "\n").replace("\u00a0", " ")


def main():
    errors = []
    fam = Counter()
    golds = sorted(glob.glob(os.path.join(HERE, "aj*.gold.yaml")))
    if len(golds) != 30:
        errors.append(f"expected 30 gold files, found {len(golds)}")
    for gp in golds:
        name = os.path.basename(gp)[:-len(".gold.yaml")]
        srcs = [p for p in glob.glob(os.path.join(HERE, name + ".*")) if not p.endswith(".gold.yaml")]
        if len(srcs) != 1:
            errors.append(f"{name}: expected one source file, got {srcs}")
            continue
        src = srcs[0]
        ext = src.rsplit(".", 1)[1]
        if ext not in ("md", "markdown", "txt", "text"):
            errors.append(f"{name}: bad extension {ext}")
        g = load_gold(gp)
        if list(g) != KEYS:
            errors.append(f"{name}: keys {list(g)} != 18 expected keys")
            continue
        fam[g["family"]] += 1
        if g["family"] not in FAMILIES:
            errors.append(f"{name}: unknown family {g['family']}")
        text = load_source(src, name)
        if g["family"] == "bad":
            if g["readable"] is not False or not g["refusal_reason"]:
                errors.append(f"{name}: bad file needs readable false and refusal_reason")
            continue
        if g["readable"] is not True or g["refusal_reason"] is not None:
            errors.append(f"{name}: readable file must have readable true, no refusal")
        if g["date"] is not None and not re.fullmatch(r"20(2[1-6])-\d\d-\d\d", g["date"]):
            errors.append(f"{name}: date {g['date']!r} not ISO in 2021-2026")
        for k in ("title", "body_first_words", "body_last_words"):
            if not g[k] or g[k] not in text:
                errors.append(f"{name}: {k} not in source: {g[k]!r}")
        n1, n2 = len(g["body_first_words"].split()), len(g["body_last_words"].split())
        if not 8 <= n1 <= 15:
            errors.append(f"{name}: body_first_words has {n1} words")
        if not 6 <= n2 <= 12:
            errors.append(f"{name}: body_last_words has {n2} words")
        if not 2 <= len(g["must_keep"]) <= 4:
            errors.append(f"{name}: must_keep needs 2-4 sentences, has {len(g['must_keep'])}")
        for k in ("must_keep", "boilerplate"):
            for s in g[k]:
                if s not in text:
                    errors.append(f"{name}: {k} not in source: {s!r}")
        for b in g["boilerplate"]:
            for m in g["must_keep"]:
                if b in m:
                    errors.append(f"{name}: boilerplate inside must_keep: {b!r}")
        if g["family"] == "press_release":
            if not g["issuer"] or g["issuer"] not in text:
                errors.append(f"{name}: issuer missing or not in source")
            if g["dateline_city"] and g["dateline_city"] not in text:
                errors.append(f"{name}: dateline_city not in source")
            if g["bulletin_number"] and g["bulletin_number"] not in text:
                errors.append(f"{name}: bulletin_number not in source")
        else:
            if g["bulletin_number"] or g["issuer"] or g["dateline_city"]:
                errors.append(f"{name}: press-release fields set on non-press file")
        if g["photo_credit"] and g["photo_credit"] not in text:
            errors.append(f"{name}: photo_credit not in source")
        for b in g["bylines"]:
            if b not in text:
                errors.append(f"{name}: byline {b!r} not in source")
    for f, want in FAMILIES.items():
        if abs(fam[f] - want) > 1:
            errors.append(f"family {f}: {fam[f]} files, want about {want}")
    print("families:", dict(fam))
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK: all", len(golds), "gold files valid")


if __name__ == "__main__":
    main()
