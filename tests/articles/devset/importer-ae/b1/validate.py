"""Validate the importer-ae blind set (stdlib only)."""
import os, re, sys, collections
from common import OUT, KEYS

ENC = {  # declared encodings per file (everything else utf-8, BOM stripped)
    "ae02.txt": "cp1252", "ae05.md": "cp1252", "ae13.md": "cp1252", "ae19.txt": "cp1252",
    "ae27.md": "cp1252", "ae30.txt": "cp1252",
}
EXPECTED = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
EXTS = {".md", ".markdown", ".txt", ".text"}


def parse_gold(path):
    d, cur = {}, None
    for ln in open(path, encoding="utf-8").read().splitlines():
        if ln.startswith("- "):
            d[cur].append(scalar(ln[2:]))
            continue
        k, _, v = ln.partition(":")
        v = v.strip()
        cur = k
        if v == "":
            d[k] = []
        elif v == "[]":
            d[k] = []
        else:
            d[k] = scalar(v)
    return d


def scalar(v):
    if v == "null":
        return None
    if v == "true":
        return True
    if v == "false":
        return False
    if v.startswith("'") and v.endswith("'"):
        return v[1:-1].replace("''", "'")
    raise ValueError("unquoted scalar: " + v)


def load(name):
    b = open(os.path.join(OUT, name), "rb").read()
    enc = ENC.get(name, "utf-8")
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    t = b.decode(enc)
    return t.replace("\r\n", "\n").replace("\u00a0", " ")


errs = []
fam = collections.Counter()
files = sorted(f for f in os.listdir(OUT) if not f.endswith(".gold.yaml"))
if len(files) != 30:
    errs.append(f"expected 30 source files, got {len(files)}")
for i in range(1, 31):
    stem = f"ae{i:02d}"
    src = [f for f in files if os.path.splitext(f)[0] == stem]
    if len(src) != 1:
        errs.append(f"{stem}: {len(src)} source files"); continue
    src = src[0]
    if os.path.splitext(src)[1] not in EXTS:
        errs.append(f"{src}: bad extension")
    gp = os.path.join(OUT, stem + ".gold.yaml")
    if not os.path.exists(gp):
        errs.append(f"{stem}: no gold"); continue
    g = parse_gold(gp)
    if list(g) != KEYS:
        errs.append(f"{stem}: keys {sorted(set(g) ^ set(KEYS))} / order")
        continue
    fam[g["family"]] += 1
    try:
        text = load(src)
    except UnicodeDecodeError as e:
        errs.append(f"{src}: decode {e}"); continue
    def need(label, s):
        if s not in text:
            errs.append(f"{src}: {label} not in source: {s!r}")
    if g["family"] == "bad":
        if g["readable"] is not False or not g["refusal_reason"]:
            errs.append(f"{stem}: bad file needs readable false + refusal_reason")
        continue
    if g["readable"] is not True or g["refusal_reason"] is not None:
        errs.append(f"{stem}: readable file flags")
    if g["family"] not in EXPECTED:
        errs.append(f"{stem}: family {g['family']}")
    if g["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"]):
        errs.append(f"{stem}: date format")
    if not isinstance(g["published"], bool):
        errs.append(f"{stem}: published")
    need("title", g["title"])
    need("body_first_words", g["body_first_words"])
    need("body_last_words", g["body_last_words"])
    n1, n2 = len(g["body_first_words"].split()), len(g["body_last_words"].split())
    if not 8 <= n1 <= 15: errs.append(f"{stem}: body_first_words has {n1} words")
    if not 6 <= n2 <= 12: errs.append(f"{stem}: body_last_words has {n2} words")
    if not 2 <= len(g["must_keep"]) <= 4: errs.append(f"{stem}: must_keep count")
    for s in g["must_keep"]:
        need("must_keep", s)
    for s in g["boilerplate"]:
        need("boilerplate", s)
        for kept in g["must_keep"] + [g["body_first_words"], g["body_last_words"]]:
            if s in kept:
                errs.append(f"{stem}: boilerplate {s!r} inside kept text")
    for b in g["bylines"]:
        need("byline", b)
    for k in ("source", "issuer", "dateline_city", "photo_credit", "bulletin_number"):
        if g[k] is not None and g[k] not in text:
            errs.append(f"{stem}: {k} not in source: {g[k]!r}")
    if g["family"] == "press_release" and not (g["issuer"] and g["dateline_city"]):
        errs.append(f"{stem}: press release needs issuer and dateline_city")
    if g["family"] != "press_release" and (g["issuer"] or g["bulletin_number"] or g["dateline_city"]):
        errs.append(f"{stem}: press-release fields on non-press file")
    if g["family"] == "generic" and g["source"] is not None:
        errs.append(f"{stem}: generic source must be null")

for f, n in EXPECTED.items():
    if abs(fam[f] - n) > 1:
        errs.append(f"family {f}: {fam[f]} (expected about {n})")
print("families:", dict(fam))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: 30 files valid")
