"""Validate the importer-ar gold files against their sources.

Run: python3 validate.py   (uses PyYAML when importable, else a small parser
that understands the subset the generator emits).
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
PREFIX = "ar"
EXTS = {"md", "txt", "text", "markdown"}
KEYS = [
    "readable", "family", "title", "date", "published", "bylines", "source",
    "section", "placement", "bulletin_number", "issuer", "dateline_city",
    "body_first_words", "body_last_words", "boilerplate", "must_keep",
    "photo_credit", "refusal_reason",
]
WANT = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
PLACEMENT_WORDS = {"portada", "destacadas", "destacada", "principal", "home", "en vivo"}

try:
    import yaml  # type: ignore

    def load_yaml(text):
        return yaml.safe_load(text)
except ImportError:  # minimal fallback for the emitted subset
    def _scalar(s):
        s = s.strip()
        if s == "null":
            return None
        if s == "true":
            return True
        if s == "false":
            return False
        if s.startswith("'") and s.endswith("'"):
            return s[1:-1].replace("''", "'")
        raise ValueError(f"unsupported scalar {s!r}")

    def _flow(s):
        s = s.strip()[1:-1].strip()
        if not s:
            return []
        out, buf, inq, i = [], "", False, 0
        while i < len(s):
            c = s[i]
            if c == "'":
                if inq and i + 1 < len(s) and s[i + 1] == "'":
                    buf += "''"
                    i += 2
                    continue
                inq = not inq
            if c == "," and not inq:
                out.append(_scalar(buf))
                buf = ""
            else:
                buf += c
            i += 1
        out.append(_scalar(buf))
        return out

    def load_yaml(text):
        d, cur = {}, None
        for line in text.splitlines():
            if not line.strip():
                continue
            if line.startswith("  - "):
                d[cur].append(_scalar(line[4:]))
                continue
            k, _, v = line.partition(":")
            cur = k
            v = v.strip()
            if v == "":
                d[k] = []
            elif v.startswith("["):
                d[k] = _flow(v)
            else:
                d[k] = _scalar(v)
        return d


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = data[3:].decode("utf-8"), "utf-8-sig"
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc = data.decode("cp1252"), "cp1252"
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    return text, enc


def main():
    errors = []
    counts = {}

    def err(name, msg):
        errors.append(f"{name}: {msg}")

    sources = {}
    for fn in sorted(os.listdir(B1)):
        if fn.endswith(".gold.yaml"):
            continue
        name, _, ext = fn.partition(".")
        if ext not in EXTS:
            err(fn, f"unexpected extension .{ext}")
        if not re.fullmatch(rf"{PREFIX}\d\d", name):
            err(fn, "bad file name")
        if name in sources:
            err(fn, "duplicate stem")
        sources[name] = fn
    expected = {f"{PREFIX}{i:02d}" for i in range(1, 31)}
    if set(sources) != expected:
        err("set", f"missing {sorted(expected - set(sources))} extra {sorted(set(sources) - expected)}")
    golds = {fn[:-10] for fn in os.listdir(B1) if fn.endswith(".gold.yaml")}
    if golds != set(sources):
        err("set", f"gold/source mismatch: {sorted(golds ^ set(sources))}")

    for name in sorted(sources):
        fn = sources[name]
        gpath = os.path.join(B1, f"{name}.gold.yaml")
        if not os.path.exists(gpath):
            continue
        with open(gpath, encoding="utf-8") as f:
            g = load_yaml(f.read())
        if list(g) != KEYS:
            err(name, f"keys {list(g)} != expected 18 keys")
            continue
        fam = g["family"]
        counts[fam] = counts.get(fam, 0) + 1
        if fam not in WANT:
            err(name, f"unknown family {fam!r}")
        with open(os.path.join(B1, fn), "rb") as f:
            data = f.read()

        if fam == "bad":
            if g["readable"] is not False:
                err(name, "bad file must have readable: false")
            for k in ("title", "date", "published", "source", "section", "bulletin_number",
                      "issuer", "dateline_city", "body_first_words", "body_last_words",
                      "photo_credit"):
                if g[k] is not None:
                    err(name, f"bad file: {k} must be null")
            for k in ("bylines", "placement", "boilerplate", "must_keep"):
                if g[k] != []:
                    err(name, f"bad file: {k} must be []")
            if not g["refusal_reason"]:
                err(name, "bad file needs refusal_reason")
            continue

        if g["readable"] is not True:
            err(name, "readable must be true")
        if g["refusal_reason"] is not None:
            err(name, "refusal_reason must be null")
        if not isinstance(g["published"], bool):
            err(name, "published must be a bool")
        try:
            src, enc = decode(data)
        except UnicodeDecodeError as e:
            err(name, f"undecodable: {e}")
            continue

        def must_occur(label, s):
            if not isinstance(s, str) or not s:
                err(name, f"{label} empty or not a string")
            elif s not in src:
                err(name, f"{label} not in source: {s!r}")

        must_occur("title", g["title"])
        must_occur("body_first_words", g["body_first_words"])
        must_occur("body_last_words", g["body_last_words"])
        for lab in ("body_first_words", "body_last_words"):
            n = len((g[lab] or "").split())
            if not 6 <= n <= 16:
                err(name, f"{lab} has {n} words (want ~10)")
        if not 2 <= len(g["must_keep"]) <= 4:
            err(name, f"must_keep has {len(g['must_keep'])} items (want 2-4)")
        for s in g["must_keep"]:
            must_occur("must_keep", s)
        for s in g["boilerplate"]:
            must_occur("boilerplate", s)
        for s in g["bylines"]:
            must_occur("byline", s)
            if s.lower().startswith("por ") or s in ("Redacción", "Staff", "Agencias"):
                err(name, f"byline not a person: {s!r}")
        for k in ("source", "section", "issuer", "dateline_city", "photo_credit", "bulletin_number"):
            if g[k] is not None:
                must_occur(k, g[k])
        for p in g["placement"]:
            must_occur("placement", p)
        if g["section"] and g["section"].lower() in PLACEMENT_WORDS:
            err(name, "placement word used as section")

        # keep / drop must not overlap
        keep = g["must_keep"] + [g["body_first_words"], g["body_last_words"], g["title"]]
        for b in g["boilerplate"]:
            for k in keep:
                if k and (b in k or k in b):
                    err(name, f"boilerplate {b!r} overlaps kept text {k[:40]!r}")
        if g["photo_credit"] and not any(g["photo_credit"] in b for b in g["boilerplate"]):
            err(name, "photo_credit line not listed in boilerplate")

        # date
        if g["date"] is not None:
            try:
                d = datetime.date.fromisoformat(str(g["date"]))
                if not (datetime.date(2016, 1, 1) <= d <= datetime.date(2026, 12, 31)):
                    err(name, f"date {d} outside 2016-2026")
            except ValueError:
                err(name, f"bad date {g['date']!r}")
        elif fam != "generic":
            err(name, "date null for a dated family")

        # family-specific
        press = ("bulletin_number", "issuer", "dateline_city")
        if fam == "press_release":
            if not g["issuer"] or not g["dateline_city"]:
                err(name, "press needs issuer and dateline_city")
            if g["source"] != g["issuer"]:
                err(name, "press: source must equal issuer")
            if not g["boilerplate"]:
                err(name, "press should list its end marker/contact block")
        else:
            for k in press:
                if g[k] is not None:
                    err(name, f"{k} must be null outside press releases")
        if fam == "wire" and not g["source"]:
            err(name, "wire needs an outlet as source")
        if fam == "generic" and (g["source"] or g["bylines"]):
            err(name, "generic: no source/bylines expected")

        # story length: words between first and last words
        i = src.find(g["body_first_words"] or "\0")
        j = src.find(g["body_last_words"] or "\0")
        if i >= 0 and j >= 0:
            if j < i:
                err(name, "body_last_words before body_first_words")
            else:
                region = src[i:j + len(g["body_last_words"])]
                n = len(region.split())
                if not 150 <= n <= 450:
                    err(name, f"body has {n} words (want 150-450)")

    if counts != WANT:
        err("set", f"family counts {counts} != {WANT}")

    if errors:
        print("\n".join(errors))
        print(f"\n{len(errors)} problem(s)")
        return 1
    print(f"OK: {len(sources)} files, families {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
