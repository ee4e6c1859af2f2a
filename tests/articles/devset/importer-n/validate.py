#!/usr/bin/env python3
"""Self-check of the gold files of blind set importer-n (b1).

Usage: python3 validate.py [b1-folder]
Exit code 0 when every check passes, 1 otherwise.
"""
import datetime
import os
import re
import sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "b1")

KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
EXPECTED = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
EXTS = (".md", ".txt", ".text", ".markdown", ".html")
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
PLACEMENT_FLAGS = {"portada", "destacadas", "destacada", "principal"}

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def decode(data):
    """Return (text, encoding label) or (None, 'binary')."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if b"\x00" in data:
        return None, "binary"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def norm(text):
    """Whitespace-normalised text with Markdown emphasis and heading marks removed."""
    t = text.replace("\r", "").replace("\u00a0", " ")
    t = re.sub(r"(?m)^[ \t]*#{1,6}[ \t]+", "", t)       # heading markers at line start
    t = t.replace("**", "")
    t = re.sub(r"\s+", " ", t)
    return t


def norm_raw(text):
    t = text.replace("\r", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t)


def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]


def front_matter(text):
    m = re.match(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n?(.*)\Z", text.replace("\r", ""), re.S)
    if not m:
        return None, None
    return yaml.safe_load(m.group(1)), m.group(2)


def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    mon = MONTHS[m - 1]
    return ["%04d-%02d-%02d" % (y, m, dd), "%02d/%02d/%04d" % (dd, m, y),
            "%d/%02d/%04d" % (dd, m, y), "%d de %s de %d" % (dd, mon, y),
            "%d de %s de %d" % (dd, mon.capitalize(), y)]


def check(name, src_bytes, gold):
    # ---- keys and order
    if list(gold.keys()) != KEYS:
        err(name, "keys/order wrong: %s" % list(gold.keys()))
        return
    fam = gold["family"]
    if fam not in EXPECTED:
        err(name, "unknown family %r" % fam)
        return
    for k in ("bylines", "placement", "boilerplate", "must_keep"):
        if not isinstance(gold[k], list):
            err(name, "%s must be a list" % k)
    text, enc = decode(src_bytes)

    # ---- bad files
    if fam == "bad":
        if gold["readable"] is not False:
            err(name, "bad file must be readable: false")
        if gold["published"] is not None:
            err(name, "bad file must have published: null")
        for k in KEYS:
            if k in ("readable", "family", "published", "refusal_reason"):
                continue
            if gold[k] not in (None, []):
                err(name, "bad file field %s must be null/empty" % k)
        rr = gold["refusal_reason"]
        if not isinstance(rr, str) or not rr.endswith(".") or rr.count(". ") > 0:
            err(name, "refusal_reason must be one Spanish sentence")
        return

    # ---- readable files
    if text is None:
        err(name, "readable file does not decode")
        return
    if gold["readable"] is not True:
        err(name, "readable must be true")
    if gold["refusal_reason"] is not None:
        err(name, "refusal_reason must be null")
    if not isinstance(gold["published"], bool):
        err(name, "published must be bool")
    if fam in ("wire", "press_release", "generic") and gold["published"] is not True:
        err(name, "published must be true for %s" % fam)
    if not gold["title"]:
        err(name, "title missing")

    N = norm(text)
    R = norm_raw(text)

    def occurs(s):
        s2 = re.sub(r"\s+", " ", s.replace("\u00a0", " "))
        return s2 in N or s2 in R

    # ---- date
    d = None
    if gold["date"] is not None:
        try:
            d = datetime.date.fromisoformat(gold["date"])
        except (TypeError, ValueError):
            err(name, "date not YYYY-MM-DD: %r" % gold["date"])
    if d is not None and fam != "jekyll":
        if not any(f in R for f in date_forms(d)):
            err(name, "date %s not found in the source in any known form" % d)

    # ---- family-specific fields
    if fam == "press_release":
        if not gold["issuer"] or gold["source"] != gold["issuer"]:
            err(name, "press release: source must equal issuer")
        if not gold["dateline_city"]:
            err(name, "press release needs dateline_city")
        if gold["section"] is not None or gold["placement"]:
            err(name, "press release: section null, placement empty")
        if d is not None and gold["dateline_city"]:
            i = R.find(gold["dateline_city"])
            window = R[i:i + 90] if i >= 0 else ""
            if "%d de %s" % (d.day, MONTHS[d.month - 1]) not in window:
                err(name, "press release date not in the dateline")
    else:
        for k in ("issuer", "dateline_city", "bulletin_number"):
            if gold[k] is not None:
                err(name, "%s must be null outside press releases" % k)
    if fam == "generic":
        if gold["source"] is not None or gold["section"] is not None or gold["placement"] or gold["bylines"]:
            err(name, "generic: source/section null, bylines/placement empty")
    if fam == "wire":
        if not gold["source"]:
            err(name, "wire needs source")
        if gold["placement"]:
            err(name, "wire: placement empty")
    if fam == "jekyll":
        fm, body = front_matter(text)
        if not isinstance(fm, dict):
            err(name, "jekyll front matter does not parse")
        else:
            if str(fm.get("title", "")).strip() != gold["title"]:
                err(name, "jekyll title differs from front matter")
            if gold["source"] not in [str(v) for v in fm.values()]:
                err(name, "jekyll source is not a front-matter value")
            pub = fm.get("published", True)
            status = str(fm.get("status", "")).lower()
            exp = (pub is True) and status != "draft"
            if gold["published"] != exp:
                err(name, "jekyll published should be %s" % exp)
            cats = fm.get("categories", fm.get("category"))
            if isinstance(cats, str):
                cats = [c.strip() for c in cats.split(",")]
            cats = cats or []
            tags = fm.get("tags") or []
            if isinstance(tags, str):
                tags = [t.strip() for t in tags.split(",")]
            exp_place = [c for c in list(cats) + list(tags) if str(c).lower() in PLACEMENT_FLAGS]
            exp_sec = [c for c in cats if str(c).lower() not in PLACEMENT_FLAGS]
            if gold["placement"] != exp_place:
                err(name, "placement should be %s" % exp_place)
            if gold["section"] != (exp_sec[0] if exp_sec else None):
                err(name, "section should be %s" % (exp_sec[0] if exp_sec else None))
            fdate = fm.get("date", fm.get("fecha"))
            if isinstance(fdate, datetime.datetime):
                fd = fdate.date() if fdate.tzinfo is None else None
            elif isinstance(fdate, datetime.date):
                fd = fdate
            else:
                fd = None
            raw_date = re.search(r"(?m)^(?:date|fecha):\s*\"?(\d{4}-\d{2}-\d{2})", text.replace("\r", ""))
            if raw_date and d and raw_date.group(1) != gold["date"]:
                err(name, "jekyll date should be the local date %s" % raw_date.group(1))
            if fd and d and fd != d:
                err(name, "jekyll date mismatch %s" % fd)

    # ---- occurrence checks
    for k in ("title", "source", "issuer", "dateline_city", "bulletin_number", "section",
              "body_first_words", "body_last_words"):
        v = gold[k]
        if v is not None and not occurs(v):
            err(name, "%s not in source: %r" % (k, v))
    for k in ("bylines", "placement", "boilerplate", "must_keep"):
        for v in gold[k]:
            if not occurs(v):
                err(name, "%s item not in source: %r" % (k, v))
    if gold["photo_credit"] is not None and not occurs("Foto: " + gold["photo_credit"]):
        err(name, "photo credit not in source after 'Foto:'")
    if gold["bulletin_number"] is not None:
        if re.search(r"(?i)bolet[ií]n|no\.|n[uú]m\.|comunicado|:", gold["bulletin_number"]):
            err(name, "bulletin_number still carries a label word or colon")
    for b in gold["bylines"]:
        if "redacci" in b.lower() or "/" in b:
            err(name, "byline is not a person: %r" % b)

    # ---- body segment
    first, last = gold["body_first_words"], gold["body_last_words"]
    if not first or not last:
        err(name, "body first/last words missing")
        return
    i = N.find(first)
    j = N.find(last, i)
    if i < 0 or j < 0:
        err(name, "body first/last words not found in order")
        return
    seg = N[i:j + len(last)]
    if seg.count(first) != 1 and fam != "press_release":
        pass
    for mk in gold["must_keep"]:
        if re.sub(r"\s+", " ", mk) not in seg:
            err(name, "must_keep outside the body: %r" % mk[:40])
    cleaned = seg
    for bp in sorted(gold["boilerplate"], key=len, reverse=True):
        cleaned = cleaned.replace(bp, " ")
    if gold["photo_credit"]:
        cleaned = cleaned.replace("Foto: " + gold["photo_credit"], " ")
    cleaned = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", cleaned)
    if gold["dateline_city"]:
        cleaned = re.sub(re.escape(gold["dateline_city"]) + r"[^.]{0,60}?\d{4}\s*\.[-–—]?", " ", cleaned, count=1)
    n = len(words(cleaned))
    if not 150 <= n <= 350:
        err(name, "body has %d words (150-350 expected)" % n)
    # short end markers must not be inside the body
    for bp in gold["boilerplate"]:
        if len(bp) <= 5 and bp in seg:
            err(name, "short marker %r occurs inside the body" % bp)
        if len(bp) <= 5 and bp.isalpha() and re.search(r"(?i)\b%s\b" % re.escape(bp), seg):
            err(name, "marker word %r occurs (any case) inside the body" % bp)
    return n


def main():
    if not os.path.isdir(B1):
        print("no folder", B1)
        return 1
    names = sorted(f for f in os.listdir(B1) if f.endswith(EXTS) and not f.endswith(".gold.yaml"))
    golds = sorted(f for f in os.listdir(B1) if f.endswith(".gold.yaml"))
    if len(names) != 30:
        err("set", "expected 30 source files, found %d" % len(names))
    if len(golds) != 30:
        err("set", "expected 30 gold files, found %d" % len(golds))
    fams = {k: 0 for k in EXPECTED}
    stats = {"bom": 0, "cp1252": 0, "crlf": 0, "mixed": 0, "nbsp": 0, "trailing": 0}
    sources, issuers = {}, {}
    for i, f in enumerate(names, 1):
        if not f.startswith("n%02d-" % i):
            err(f, "numbering not consecutive (expected n%02d-)" % i)
        stem = f.rsplit(".", 1)[0]
        gp = os.path.join(B1, stem + ".gold.yaml")
        if not os.path.exists(gp):
            err(f, "missing gold file")
            continue
        with open(gp, encoding="utf-8") as fh:
            gold = yaml.safe_load(fh)
        with open(os.path.join(B1, f), "rb") as fh:
            data = fh.read()
        fam = gold.get("family")
        if fam in fams:
            fams[fam] += 1
        n = check(f, data, gold)
        # hazard statistics
        if data.startswith(b"\xef\xbb\xbf"):
            stats["bom"] += 1
        text, enc = decode(data)
        if enc == "cp1252":
            stats["cp1252"] += 1
        if text is not None:
            crlf = data.count(b"\r\n")
            lf = data.count(b"\n") - crlf
            if crlf and lf:
                stats["mixed"] += 1
            elif crlf:
                stats["crlf"] += 1
            if "\u00a0" in text:
                stats["nbsp"] += 1
            if re.search(r"[ \t]+\r?\n", text):
                stats["trailing"] += 1
        if fam == "wire":
            sources.setdefault(gold["source"], []).append(f)
        if fam == "press_release":
            issuers.setdefault(gold["issuer"], []).append(f)
        if fam in ("wire", "press_release", "jekyll", "generic") and n is not None:
            print("  %-24s %-14s %3d body words" % (f, fam, n))
    if fams != EXPECTED:
        err("set", "family counts %s, expected %s" % (fams, EXPECTED))
    if len(sources) != 8:
        err("set", "wire must come from 8 different outlets, found %d" % len(sources))
    if len(issuers) != 8:
        err("set", "press releases must come from 8 different issuers, found %d" % len(issuers))
    for k, minimum in (("bom", 3), ("cp1252", 3), ("crlf", 3), ("mixed", 1), ("nbsp", 2), ("trailing", 2)):
        if stats[k] < minimum:
            err("set", "need at least %d files with %s, found %d" % (minimum, k, stats[k]))
    print("families:", fams)
    print("encodings/line endings:", stats)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
