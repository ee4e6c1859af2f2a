#!/usr/bin/env python3
"""Self-check of the b1 gold files against the decoded sources.

Exit 0 when every check passes; otherwise prints the problems and exits 1.
"""
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
EXPECTED = {"wire": 8, "press_release": 8, "jekyll": 7, "generic": 4, "bad": 3}
SRC_EXT = (".md", ".txt", ".text", ".markdown", ".html")
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def decode(b):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\s+", " ", s).strip()


def strip_md(s):
    s = re.sub(r"\*+", "", s)
    s = re.sub(r"(?<!\w)_|_(?!\w)", "", s)
    s = re.sub(r"(^|\n)\s*#+\s*", r"\1", s)
    return s


def dates_in(text):
    """All calendar dates written in the text, in the formats the set uses."""
    out = set()
    t = text.replace("\u00a0", " ").lower()
    for d, m, y in re.findall(r"(\d{1,2}) de (\w+) de (\d{4})", t):
        if m in MESES:
            out.add((int(y), MESES.index(m) + 1, int(d)))
    for d, m, y in re.findall(r"(\d{1,2}) (\w+), (\d{4})", t):
        if m in MESES:
            out.add((int(y), MESES.index(m) + 1, int(d)))
    for d, m, y in re.findall(r"\b(\d{2})/(\d{2})/(\d{4})\b", t):
        out.add((int(y), int(m), int(d)))
    for y, m, d in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})", t):
        out.add((int(y), int(m), int(d)))
    return out


def check_weekdays(name, text):
    t = text.replace("\u00a0", " ").lower()
    for wd, d, m, y in re.findall(r"(lunes|martes|miércoles|jueves|viernes|sábado|domingo),? (\d{1,2}) de (\w+) de (\d{4})", t):
        if m not in MESES:
            continue
        real = dt.date(int(y), MESES.index(m) + 1, int(d)).weekday()
        if DIAS[real] != wd:
            err(name, f"weekday {wd} wrong for {d} de {m} de {y} (is {DIAS[real]})")


def main():
    names = sorted(n for n in os.listdir(HERE) if n.endswith(SRC_EXT) and not n.startswith("README"))
    counts = {k: 0 for k in EXPECTED}
    if len(names) != 30:
        err("set", f"expected 30 source files, found {len(names)}")
    for n in names:
        if not re.match(r"p\d\d-", n):
            err(n, "name must start with pNN-")
    nums = sorted(int(n[1:3]) for n in names)
    if nums != list(range(1, 31)):
        err("set", f"numbering not 1..30: {nums}")

    for n in names:
        stem = n.rsplit(".", 1)[0]
        gp = os.path.join(HERE, stem + ".gold.yaml")
        if not os.path.exists(gp):
            err(n, "missing gold")
            continue
        with open(gp, encoding="utf-8") as fh:
            raw_gold = fh.read()
        g = yaml.safe_load(raw_gold)
        top = [ln.split(":", 1)[0] for ln in raw_gold.splitlines() if ln and not ln[0].isspace() and not ln.startswith("-")]
        if top != KEYS or list(g.keys()) != KEYS:
            err(n, f"keys/order wrong: {list(g.keys())}")
            continue
        fam = g["family"]
        if fam not in EXPECTED:
            err(n, f"bad family {fam}")
            continue
        counts[fam] += 1
        with open(os.path.join(HERE, n), "rb") as fh:
            b = fh.read()

        if fam == "bad":
            if g["readable"] is not False or g["published"] is not None:
                err(n, "bad file must be readable false / published null")
            for k in KEYS:
                if k in ("readable", "family", "published", "refusal_reason"):
                    continue
                if g[k] not in (None, []):
                    err(n, f"bad file field {k} must be empty")
            rr = g["refusal_reason"]
            if not isinstance(rr, str) or not rr.endswith(".") or rr.count(". ") > 0:
                err(n, "refusal_reason must be one Spanish sentence")
            continue

        # ---- readable files
        if g["readable"] is not True:
            err(n, "readable must be true")
        if g["refusal_reason"] is not None:
            err(n, "refusal_reason must be null")
        if not isinstance(g["published"], bool):
            err(n, "published must be bool")
        if fam != "jekyll" and g["published"] is not True:
            err(n, "non-jekyll must be published true")
        for k in ("bylines", "placement", "boilerplate", "must_keep"):
            if not isinstance(g[k], list):
                err(n, f"{k} must be a list")
        if g["date"] is not None:
            try:
                dt.date.fromisoformat(str(g["date"]))
            except ValueError:
                err(n, f"invalid date {g['date']}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(g["date"])):
                err(n, "date must be YYYY-MM-DD string")

        try:
            text = decode(b)
        except Exception as e:  # noqa
            err(n, f"cannot decode: {e}")
            continue
        check_weekdays(n, text)
        N = norm(text)
        S = norm(strip_md(text.replace("\r\n", "\n").replace("\r", "\n")))

        def has(s, ci=False):
            s = norm(s)
            if ci:
                return s.lower() in N.lower() or s.lower() in S.lower()
            return s in N or s in S

        # family-specific shape
        if fam == "press_release":
            for k in ("issuer", "bulletin_number", "dateline_city", "source"):
                if not g[k]:
                    err(n, f"press release needs {k}")
            if g["source"] != g["issuer"]:
                err(n, "press release source must equal issuer")
            if g["bylines"]:
                err(n, "press release without personal bylines expected")
        else:
            for k in ("issuer", "bulletin_number", "dateline_city"):
                if g[k] is not None:
                    err(n, f"{k} only for press releases")
        if fam == "generic":
            if g["source"] is not None or g["bylines"] or g["section"] or g["placement"]:
                err(n, "generic note: source/bylines/section/placement must be empty")
        if fam == "wire":
            if not g["source"]:
                err(n, "wire needs an outlet source")
            if g["section"] is not None or g["placement"]:
                err(n, "wire: section/placement expected empty in this set")
        if fam == "jekyll":
            if not text.lstrip("\ufeff").startswith("---"):
                err(n, "jekyll file must start with front matter")
            if not g["source"]:
                err(n, "jekyll needs the site as source")

        # occurrences
        t = g["title"]
        if not t or "#" in t or "**" in t:
            err(n, f"title empty or with markers: {t!r}")
        elif not has(t):
            err(n, f"title not in source: {t!r}")
        for p in g["bylines"]:
            if not has(p):
                err(n, f"byline not in source: {p}")
            if p.lower().startswith(("por ", "texto")) or "redacci" in p.lower():
                err(n, f"byline must be a bare person name: {p}")
        for k in ("source", "issuer"):
            if g[k] and not has(g[k], ci=True):
                err(n, f"{k} not in source: {g[k]}")
        if g["section"] and not has(g["section"]):
            err(n, f"section not in source: {g['section']}")
        for p in g["placement"]:
            if not has(p):
                err(n, f"placement not in source: {p}")
        if g["bulletin_number"]:
            bn = g["bulletin_number"]
            ok = any(bn in ln and re.search(r"bolet[ií]n|no\.|n[uú]m\.|comunicado", ln, re.I)
                     for ln in text.replace("\r", "\n").split("\n"))
            if not ok:
                err(n, f"bulletin_number not on a numbering line: {bn}")
            if re.search(r"bolet[ií]n|no\.|n[uú]m\.|comunicado|:", bn, re.I):
                err(n, f"bulletin_number keeps a label: {bn}")
        if g["dateline_city"] and not has(g["dateline_city"]):
            err(n, f"dateline_city not in source: {g['dateline_city']}")
        if g["photo_credit"]:
            pc = norm(g["photo_credit"])
            if not re.search(r"Fotos?: " + re.escape(pc), S):
                err(n, f"photo credit not after Foto:/Fotos: {pc}")
        for bp in g["boilerplate"]:
            if not has(bp):
                err(n, f"boilerplate not in source: {bp!r}")
        for mk in g["must_keep"]:
            if not has(mk):
                err(n, f"must_keep not in source: {mk!r}")
            for bp in g["boilerplate"]:
                if len(bp) > 6 and norm(bp) in norm(mk):
                    err(n, f"must_keep contains boilerplate {bp!r}")

        # date appears in the source
        if g["date"]:
            y, m, d = map(int, str(g["date"]).split("-"))
            if (y, m, d) not in dates_in(text):
                err(n, f"date {g['date']} not written in the source")

        # body span
        fw, lw = g["body_first_words"], g["body_last_words"]
        if not fw or not lw:
            err(n, "body words missing")
            continue
        fwn, lwn = norm(fw), norm(lw)
        for src in (S, N):
            i = src.find(fwn)
            j = src.rfind(lwn)
            if i >= 0 and j >= 0:
                break
        if i < 0:
            err(n, f"body_first_words not found: {fw!r}")
            continue
        if j < 0 or j < i:
            err(n, f"body_last_words not found after first: {lw!r}")
            continue
        body = src[i:j + len(lwn)]
        for bp in sorted(g["boilerplate"], key=len, reverse=True):
            for v in (norm(bp), norm(strip_md(bp))):
                if v:
                    body = body.replace(v, " ")
        words = len(body.split())
        if not 150 <= words <= 350:
            err(n, f"body has {words} words (need 150-350)")
        for mk in g["must_keep"]:
            if norm(strip_md(mk)) not in body and norm(mk) not in body:
                err(n, f"must_keep outside body span: {mk[:50]!r}")
        if g["title"] and norm(g["title"]) in body:
            err(n, "title inside body span")
        if g["dateline_city"] and body.startswith(g["dateline_city"]):
            err(n, "body must start after the dateline")
        print(f"{n:45s} {fam:14s} {words:4d} words")

    for k, v in EXPECTED.items():
        if counts[k] != v:
            err("set", f"family {k}: {counts[k]} files, expected {v}")
    print("counts:", counts)
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
