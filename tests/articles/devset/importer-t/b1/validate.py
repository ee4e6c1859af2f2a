#!/usr/bin/env python3
"""Validate the b1 gold files against their decoded sources.

Checks, for every tNN.<ext> / tNN.gold.yaml pair:
  * exactly the 18 keys, in order, with values of the right type;
  * family-specific rules (bad files all null/empty, press-release fields only
    on press releases, published true for non-Jekyll readable files, ...);
  * title, body first/last words, must_keep sentences, boilerplate phrases,
    bylines, source/issuer, dateline city, bulletin number, placement,
    section and photo credit really occur in the decoded source;
  * the date is a real ISO date with evidence in the source;
  * body first words come before body last words, every must_keep sentence
    lies between them, no must_keep / first / last words contain boilerplate;
  * the real body (span minus boilerplate) has 150-300 words.
Exits 0 when everything passes, 1 otherwise. Standard library only.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = [
    "readable", "family", "title", "date", "published", "bylines", "source",
    "section", "placement", "bulletin_number", "issuer", "dateline_city",
    "body_first_words", "body_last_words", "boilerplate", "must_keep",
    "photo_credit", "refusal_reason",
]
FAMILIES = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
LIST_KEYS = {"bylines", "placement", "boilerplate", "must_keep"}
STR_OR_NULL = {"title", "source", "section", "bulletin_number", "issuer",
               "dateline_city", "body_first_words", "body_last_words",
               "photo_credit", "refusal_reason"}
PLACEMENT_WORDS = {"portada", "destacadas", "destacada", "principal", "home",
                   "inicio", "featured", "carrusel"}
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
          "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
        "nov", "dic"]

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


# ------------------------------------------------------------ mini YAML
def parse_scalar(s, name):
    s = s.strip()
    if s in ("null", "~", ""):
        return None
    if s == "true":
        return True
    if s == "false":
        return False
    if s == "[]":
        return []
    if s.startswith("'"):
        if not s.endswith("'") or len(s) < 2:
            raise ValueError("bad single-quoted scalar: %r" % s)
        inner = s[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", "")):
            raise ValueError("unescaped quote: %r" % s)
        return inner.replace("''", "'")
    if s.startswith('"'):
        if not s.endswith('"') or len(s) < 2:
            raise ValueError("bad double-quoted scalar: %r" % s)
        return s[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if s.startswith("[") and s.endswith("]"):
        return [parse_scalar(x, name) for x in s[1:-1].split(",")]
    return s


def load_gold(path, name):
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8")
    out, order, cur = {}, [], None
    for ln, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- ") or line.startswith("  - "):
            if cur is None or not isinstance(out[cur], list):
                raise ValueError("line %d: list item without list key" % ln)
            out[cur].append(parse_scalar(line.split("- ", 1)[1], name))
            continue
        m = re.match(r"^([a-z_]+):(?:\s(.*))?$", line)
        if not m:
            raise ValueError("line %d: cannot parse %r" % (ln, line))
        key, val = m.group(1), m.group(2)
        if key in out:
            raise ValueError("duplicate key %s" % key)
        order.append(key)
        if val is None or val.strip() == "":
            out[key] = []  # block list follows (or empty)
        else:
            out[key] = parse_scalar(val, name)
        cur = key
    return out, order


# ------------------------------------------------------------ sources
def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "UTF-8 with BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


def line_endings(raw):
    crlf = raw.count(b"\r\n")
    lf = raw.count(b"\n") - crlf
    if crlf and lf:
        return "mixed (%d CRLF, %d LF)" % (crlf, lf)
    if crlf:
        return "CRLF"
    if lf:
        return "LF"
    return "none"


def norm(text):
    t = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in ("\u00a0", "\u202f", "\u2009"):
        t = t.replace(ch, " ")
    for ch in ("\u200b", "\ufeff", "\u00ad", "\x1a"):
        t = t.replace(ch, "")
    t = t.replace("**", "")
    t = t.replace('\\"', '"')
    t = re.sub(r"\s+", " ", t)
    return t.strip()


def norm_phrase(p):
    return norm(p)


def occurs(phrase, src_variants, ci=False):
    p = norm_phrase(phrase)
    for s in src_variants:
        if (p.lower() in s.lower()) if ci else (p in s):
            return True
    return False


def date_evidence(d, src):
    y, m, dd = d.year, d.month, d.day
    low = src.lower()
    cands = [
        d.isoformat(),
        "%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (dd, m, y),
        "%02d.%02d.%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y),
        "%d de %s de %d" % (dd, MONTHS[m - 1], y),
        "%d %s %d" % (dd, MON3[m - 1], y),
        "%d-%s-%d" % (dd, MON3[m - 1], y),
    ]
    return any(c.lower() in low for c in cands)


def word_count(s):
    return len([w for w in s.split() if re.search(r"\w", w)])


# ------------------------------------------------------------ checks
def check_types(name, g):
    if not isinstance(g["readable"], bool):
        err(name, "readable must be bool")
    if g["family"] not in FAMILIES:
        err(name, "family %r unknown" % (g["family"],))
    for k in LIST_KEYS:
        if not isinstance(g[k], list) or not all(isinstance(x, str) and x for x in g[k]):
            err(name, "%s must be a list of non-empty strings" % k)
    for k in STR_OR_NULL:
        if g[k] is not None and (not isinstance(g[k], str) or not g[k].strip()):
            err(name, "%s must be a non-empty string or null" % k)
    if g["published"] is not None and not isinstance(g["published"], bool):
        err(name, "published must be bool or null")
    if g["date"] is not None:
        if not isinstance(g["date"], str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
            err(name, "date must be a quoted ISO date or null")
        else:
            try:
                datetime.date.fromisoformat(g["date"])
            except ValueError:
                err(name, "date %s is not a real date" % g["date"])


def check_bad(name, g):
    for k in KEYS:
        v = g[k]
        if k == "readable":
            ok = v is False
        elif k == "family":
            ok = v == "bad"
        elif k == "refusal_reason":
            ok = isinstance(v, str) and v.endswith(".") and v.count(". ") == 0
        elif k in LIST_KEYS:
            ok = v == []
        else:
            ok = v is None
        if not ok:
            err(name, "bad file: %s = %r" % (k, v))


def check_readable(name, g, text, enc_label):
    src = norm(text)
    variants = [src, src.replace("''", "'")]
    fam = g["family"]
    if g["readable"] is not True:
        err(name, "readable must be true")
    if g["refusal_reason"] is not None:
        err(name, "refusal_reason must be null")
    if g["title"] is None or not occurs(g["title"], variants):
        err(name, "title not found in source: %r" % (g["title"],))
    if g["title"] and ("#" in g["title"] or "**" in g["title"]):
        err(name, "title keeps Markdown markers")
    for k in ("body_first_words", "body_last_words"):
        if g[k] is None or not occurs(g[k], variants):
            err(name, "%s not found: %r" % (k, g[k]))
    for k in ("must_keep", "boilerplate", "bylines", "placement"):
        for p in g[k]:
            if not occurs(p, variants):
                err(name, "%s phrase not found: %r" % (k, p))
    for k in ("source", "issuer", "dateline_city", "bulletin_number", "section"):
        if g[k] is not None and not occurs(g[k], variants, ci=True):
            err(name, "%s not found (case-insensitive): %r" % (k, g[k]))
    if g["photo_credit"] is not None:
        pc = norm_phrase(g["photo_credit"])
        if not re.search(r"Foto:\s*" + re.escape(pc), src):
            err(name, "photo_credit not found after 'Foto:': %r" % pc)
    # family-specific
    if fam == "press_release":
        for k in ("bulletin_number", "issuer", "dateline_city", "source"):
            if g[k] is None:
                err(name, "press release needs %s" % k)
        if g["issuer"] != g["source"]:
            err(name, "issuer and source differ")
        if g["issuer"] and g["issuer"].startswith("H. "):
            err(name, "issuer keeps the honorific H.")
        if g["bulletin_number"] and re.match(r"(?i)(bolet[ií]n|no\.|n[uú]m\.|comunicado)", g["bulletin_number"]):
            err(name, "bulletin_number keeps its leading word")
        if g["bylines"] or g["placement"] or g["section"] is not None:
            err(name, "press release should have no bylines/section/placement")
    else:
        for k in ("bulletin_number", "issuer", "dateline_city"):
            if g[k] is not None:
                err(name, "%s must be null outside press releases" % k)
    if fam == "jekyll":
        if not text.lstrip("\ufeff").startswith("---"):
            err(name, "Jekyll file without front matter")
        if not isinstance(g["published"], bool):
            err(name, "Jekyll published must be bool")
    else:
        if g["published"] is not True:
            err(name, "non-Jekyll readable file must have published true")
        if g["placement"]:
            err(name, "placement only for Jekyll")
    if fam == "generic" and (g["bylines"] or g["source"] or g["section"]):
        err(name, "generic note should have no byline/source/section")
    if g["section"] and g["section"].lower() in PLACEMENT_WORDS:
        err(name, "section is a placement flag")
    for p in g["placement"]:
        if p.lower() not in PLACEMENT_WORDS:
            err(name, "unknown placement flag %r" % p)
    for b in g["bylines"]:
        if re.match(r"(?i)(por\b|por:|texto:|redacci[oó]n|staff)", b) or "/" in b or "|" in b:
            err(name, "byline not a clean person name: %r" % b)
    if g["date"] is not None:
        try:
            d = datetime.date.fromisoformat(g["date"])
            if not date_evidence(d, src):
                err(name, "no evidence of date %s in source" % g["date"])
        except ValueError:
            pass
    # boilerplate must not hide inside real text
    bps = [norm_phrase(b) for b in g["boilerplate"]]
    keep = [norm_phrase(x) for x in g["must_keep"]]
    for b in bps:
        for k in keep + [norm_phrase(g["body_first_words"] or ""),
                         norm_phrase(g["body_last_words"] or "")]:
            if b and b in k:
                err(name, "boilerplate %r inside real text %r" % (b, k))
        if g["title"] and b == norm_phrase(g["title"]):
            err(name, "title listed as boilerplate")
    # body span
    if g["body_first_words"] and g["body_last_words"]:
        bf = norm_phrase(g["body_first_words"])
        bl = norm_phrase(g["body_last_words"])
        start = src.find(bf)
        end = src.rfind(bl)
        if start < 0 or end < 0 or end + len(bl) <= start:
            err(name, "body last words do not come after first words")
            return None
        end += len(bl)
        span = src[start:end]
        for k in keep:
            if k not in span:
                err(name, "must_keep outside the body span: %r" % k)
        rest = span
        for b in sorted(bps, key=len, reverse=True):
            rest = rest.replace(b, " ")
        if g["photo_credit"]:
            rest = re.sub(r"Foto:\s*" + re.escape(norm_phrase(g["photo_credit"])), " ", rest)
        rest = re.sub(r"<!--.*?-->|\{%.*?%\}|\{\{.*?\}\}|\[\[.*?\]\]|!\[[^\]]*\]\([^)]*\)", " ", rest)
        n = word_count(rest)
        if not 150 <= n <= 300:
            err(name, "body has %d words (want 150-300)" % n)
        return n
    return None


def main():
    files = sorted(f for f in os.listdir(HERE)
                   if re.fullmatch(r"t\d\d\.(md|markdown|txt|text)", f))
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.yaml"))
    stems = [f.split(".")[0] for f in files]
    expected = ["t%02d" % i for i in range(1, 31)]
    if stems != expected:
        err("set", "source files are %s" % stems)
    if [g.split(".")[0] for g in golds] != expected:
        err("set", "gold files are %s" % golds)
    fam_count, sources = {}, {}
    rows = []
    for f in files:
        name = f
        stem = f.split(".")[0]
        gpath = os.path.join(HERE, stem + ".gold.yaml")
        if not os.path.exists(gpath):
            err(name, "missing gold")
            continue
        try:
            g, order = load_gold(gpath, name)
        except Exception as e:  # noqa: BLE001
            err(name, "gold not parseable: %s" % e)
            continue
        if order != KEYS:
            err(name, "keys/order differ: %s" % order)
            continue
        check_types(name, g)
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        text, enc = decode(raw)
        fam = g["family"]
        fam_count[fam] = fam_count.get(fam, 0) + 1
        n = None
        if fam == "bad":
            check_bad(name, g)
        else:
            n = check_readable(name, g, text, enc)
            if g["source"]:
                sources.setdefault(fam, []).append(g["source"])
        rows.append((f, fam, enc, line_endings(raw), n))
    for fam, want in FAMILIES.items():
        if fam_count.get(fam, 0) != want:
            err("set", "family %s has %d files, want %d" % (fam, fam_count.get(fam, 0), want))
    for fam, lst in sources.items():
        if len(set(lst)) != len(lst):
            err("set", "repeated source in family %s: %s" % (fam, lst))
    for r in rows:
        print("%-14s %-14s %-15s %-22s %s" % (r[0], r[1], r[2], r[3],
                                              "-" if r[4] is None else "%d words" % r[4]))
    print("families:", fam_count)
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all 30 gold files pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
