"""Validate the importer-ag blind set (standard library only)."""
import os, re, sys, collections
from common import OUT, KEYS

EXPECT = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
EXTS = (".md", ".markdown", ".txt", ".text")


def parse_gold(text):
    d, cur = {}, None
    for ln in text.split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("- "):
            d[cur].append(unq(ln[2:]))
            continue
        m = re.match(r"^([a-z_]+):(?: (.*))?$", ln)
        if not m:
            raise ValueError("bad line: " + ln)
        k, v = m.group(1), m.group(2)
        if k in d:
            raise ValueError("duplicate key " + k)
        cur = k
        if v is None:
            d[k] = []
        elif v == "[]":
            d[k] = []
        else:
            d[k] = unq(v)
    return d


def unq(v):
    if v == "null":
        return None
    if v == "true":
        return True
    if v == "false":
        return False
    if v.startswith("'") and v.endswith("'"):
        return v[1:-1].replace("''", "'")
    raise ValueError("unquoted scalar: " + v)


def decode(b):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def norm(s):
    return s.replace("\r\n", "\n").replace("\u00a0", " ")


def main():
    errs = []
    fam = collections.Counter()
    srcs = sorted(f for f in os.listdir(OUT) if not f.endswith(".gold.yaml"))
    names = [f"ag{i:02d}" for i in range(1, 31)]
    stems = [os.path.splitext(f)[0] for f in srcs]
    if stems != names:
        errs.append(f"expected ag01..ag30, got {stems}")
    for f in srcs:
        if not f.endswith(EXTS):
            errs.append(f"{f}: bad extension")
        gp = os.path.join(OUT, f + ".gold.yaml")
        if not os.path.exists(gp):
            errs.append(f"{f}: no gold"); continue
        g = parse_gold(open(gp, encoding="utf-8").read())
        if list(g) != KEYS:
            errs.append(f"{f}: keys {list(g)}"); continue
        src = norm(decode(open(os.path.join(OUT, f), "rb").read()))
        fam[g["family"]] += 1
        if g["family"] not in EXPECT:
            errs.append(f"{f}: family {g['family']}")
        if g["readable"] != (g["family"] != "bad"):
            errs.append(f"{f}: readable/family mismatch")
        if g["date"] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", g["date"]):
            errs.append(f"{f}: date {g['date']}")
        for k in ("bylines", "placement", "boilerplate", "must_keep"):
            if not isinstance(g[k], list):
                errs.append(f"{f}: {k} not a list")
        if g["readable"]:
            for k in ("title", "body_first_words", "body_last_words"):
                if not g[k]:
                    errs.append(f"{f}: {k} empty")
            if not 2 <= len(g["must_keep"]) <= 4:
                errs.append(f"{f}: must_keep count {len(g['must_keep'])}")
            n1 = len(g["body_first_words"].split()); n2 = len(g["body_last_words"].split())
            if not 8 <= n1 <= 15:
                errs.append(f"{f}: body_first_words has {n1} words")
            if not 6 <= n2 <= 12:
                errs.append(f"{f}: body_last_words has {n2} words")
            if g["refusal_reason"] is not None:
                errs.append(f"{f}: refusal_reason on readable file")
            if g["family"] == "press_release":
                for k in ("issuer", "dateline_city"):
                    if not g[k]:
                        errs.append(f"{f}: press release without {k}")
            else:
                for k in ("bulletin_number", "issuer", "dateline_city"):
                    if g[k] is not None:
                        errs.append(f"{f}: {k} on non-press file")
            if g["family"] == "generic" and g["source"] is not None:
                errs.append(f"{f}: generic with source")
        else:
            if not g["refusal_reason"]:
                errs.append(f"{f}: bad file without refusal_reason")
        checks = [g[k] for k in ("title", "body_first_words", "body_last_words", "photo_credit",
                                  "bulletin_number", "issuer", "dateline_city") if g[k]]
        checks += g["must_keep"] + g["boilerplate"] + g["bylines"]
        for s in checks:
            if s not in src:
                errs.append(f"{f}: not in source: {s!r}")
        for s in g["boilerplate"]:
            for mk in g["must_keep"]:
                if s in mk:
                    errs.append(f"{f}: boilerplate {s!r} inside must_keep")
    for k, n in EXPECT.items():
        if fam[k] != n:
            errs.append(f"family {k}: {fam[k]} files, expected {n}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(srcs)} files, families {dict(fam)}")
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
