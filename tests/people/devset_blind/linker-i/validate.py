#!/usr/bin/env python3
"""Validate the blind linker-i development set (b1/) and print totals.

Usage: python3 validate.py [--markdown]
Needs PyYAML. Exits 0 when every check passes, 1 otherwise.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = ["apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"]
OFF_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "para", "a", "al", "por"}
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
MIN_WORDS, MAX_WORDS = 230, 320

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())


def occurs(needle, hay):
    """Whole-word, accent- and case-insensitive; 'el X' also matches the
    contractions 'del X' / 'al X'."""
    n = norm(needle).strip()
    alts = [n]
    if n.startswith("el "):
        alts += ["d" + n, "a" + n[1:]]
    return any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", hay) for a in alts)


def word_occurs(w, hay):
    """Role word: whole word, or as prefix (plural), or its stem minus last letter
    (a feminine/masculine singular written as a plural of the other gender)."""
    w = norm(w)
    if re.search(r"(?<!\w)" + re.escape(w), hay):
        return True
    cands = [re.sub(r"za?$", "c", w)] if re.search(r"za?$", w) else []  # juez/jueza -> jueces
    if len(w) >= 5:
        cands.append(w[:-1])
    return any(re.search(r"(?<!\w)" + re.escape(c), hay) for c in cands)


def split_jekyll(fname, text):
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        err(fname, "no Jekyll front matter")
        return text
    fm = yaml.safe_load(m.group(1)) or {}
    for k in ("title", "date", "categories", "author"):
        if k not in fm:
            err(fname, f"front matter lacks {k}")
    if not str(fm.get("date", "")).startswith("2026"):
        err(fname, "front matter date not in 2026")
    return m.group(2)


def split_wire(fname, text):
    lines = text.strip("\n").split("\n")
    if not lines[0].startswith("## "):
        err(fname, "wire article must start with '## Title'")
    rest = [l for l in lines[1:]]
    while rest and not rest[0].strip():
        rest.pop(0)
    byline = rest[0] if rest else ""
    d = rf"\d{{1,2}} de ({MONTHS}) de 2026"
    if not (re.fullmatch(rf"\*\*[^*]+\*\* \| {d}", byline)
            or re.fullmatch(rf"Por [^|]+ \| [^|]+ \| {d}", byline)):
        err(fname, f"bad wire byline: {byline!r}")
    return "\n".join(rest[1:])


def split_release(fname, text):
    lines = text.strip("\n").split("\n")
    dl = re.compile(rf"^[^\n]+, [^\n]+, \d{{1,2}} de ({MONTHS}) de 2026\.-")
    idx = next((i for i, l in enumerate(lines) if dl.match(l)), None)
    if idx is None:
        err(fname, "no dateline 'Ciudad, Estado, D de mes de 2026.-'")
        return text
    header = lines[:idx]
    if not any(re.search(r"(Bolet[ií]n|Comunicado)\b.*\d", l) for l in header):
        err(fname, "no Boletín/Comunicado number line")
    title = [l for l in header if l.strip() and l.strip() == l.strip().upper()
             and len(l.strip()) > 25 and not re.search(r"\d", l)]
    if not title:
        err(fname, "no title in capitals")
    if len([l for l in header[:3] if l.strip()]) < 1:
        err(fname, "no issuer header")
    end = next((i for i in range(len(lines) - 1, idx, -1)
                if lines[i].strip() in ("-30-", "—30—", "--oOo--", "-oOo-", "***", "- - -")), None)
    if end is None:
        err(fname, "no end marker (-30-, -oOo-, ***)")
        end = len(lines)
    return "\n".join(lines[idx:end])


def main():
    md = "--markdown" in sys.argv
    files = sorted(f for f in os.listdir(B1) if re.fullmatch(r"\d\d\.(md|txt)", f))
    expect = [f"{i:02d}.md" for i in range(1, 15)] + [f"{i:02d}.txt" for i in range(15, 21)]
    if files != expect:
        err("b1", f"expected files {expect}, found {files}")
    states = []
    tot = Counter()
    kinds = Counter()
    kinds_f = Counter()
    rows = []
    for f in files:
        n = int(f[:2])
        src = open(os.path.join(B1, f), encoding="utf-8").read()
        if n <= 7:
            body = split_jekyll(f, src)
        elif n <= 14:
            body = split_wire(f, src)
        else:
            body = split_release(f, src)
        words = len(re.findall(r"\w+(?:[-'’]\w+)*", body))
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(f, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
        hay = norm(src)
        gpath = os.path.join(B1, f"{n:02d}.yaml")
        if not os.path.exists(gpath):
            err(f, "missing gold file")
            continue
        g = yaml.safe_load(open(gpath, encoding="utf-8"))
        if set(g) != {"state", "officials", "institutions", "traps"}:
            err(gpath, f"gold keys {sorted(g)}")
            continue
        st = g["state"]
        states.append(st)
        if st == "Zacatecas":
            err(f, "Zacatecas is not allowed")
        if not occurs(st, hay):
            err(f, f"state {st} does not occur in the text")
        inst_names = []
        for inst in g["institutions"]:
            if set(inst) != {"name", "also"} or not isinstance(inst["also"], list):
                err(f, f"bad institution entry {inst}")
                continue
            inst_names.append(inst["name"])
            for a in inst["also"]:
                if not occurs(a, hay):
                    err(f, f"institution form {a!r} not in text")
        used = {o.get("institution") for o in g["officials"]}
        for inst in g["institutions"]:
            if (not occurs(inst["name"], hay) and not inst.get("also")
                    and inst["name"] not in used):
                err(f, f"institution {inst['name']!r} neither in text nor implied by a role")
        if len(set(inst_names)) != len(inst_names):
            err(f, "duplicate institution")
        nw = 0
        nformer = 0
        names = set()
        for o in g["officials"]:
            if set(o) != OFF_KEYS:
                err(f, f"official keys {sorted(o)}")
                continue
            if o["name"] in names:
                err(f, f"duplicate official {o['name']}")
            names.add(o["name"])
            if not occurs(o["name"], hay):
                err(f, f"name {o['name']!r} not in text")
            for w in re.findall(r"\w+", o["role"]):
                if norm(w) in STOP:
                    continue
                if not word_occurs(w, hay):
                    err(f, f"role word {w!r} ({o['name']}) not in text")
            if o["gender"] not in ("f", "m"):
                err(f, f"bad gender for {o['name']}")
            if o["kind"] not in KINDS:
                err(f, f"bad kind {o['kind']!r}")
            if not isinstance(o["former"], bool):
                err(f, f"former must be boolean ({o['name']})")
            if o["former"] != norm(o["role"]).startswith("ex"):
                err(f, f"former flag and role disagree ({o['name']})")
            if o["institution"] not in inst_names:
                err(f, f"institution {o['institution']!r} of {o['name']} not listed")
            nw += o["gender"] == "f"
            nformer += o["former"]
            kinds[o["kind"]] += 1
            kinds_f[o["kind"]] += o["gender"] == "f"
        ntraps = 0
        for t in g["traps"]:
            m = re.match(r"^(.*?) \((.+)\)$", t)
            if not m:
                err(f, f"trap not 'Name (why)': {t!r}")
                continue
            ntraps += 1
            if not occurs(m.group(1), hay):
                err(f, f"trap {m.group(1)!r} not in text")
        if len(g["officials"]) < 6:
            err(f, "fewer than 6 officials")
        if ntraps < 2:
            err(f, "fewer than 2 traps")
        rows.append((f, st, words, len(g["officials"]), nw, nformer, ntraps, len(inst_names)))
        tot.update(officials=len(g["officials"]), women=nw, former=nformer,
                   traps=ntraps, institutions=len(inst_names))
    if len(set(states)) != len(states) or len(states) != 20:
        err("b1", f"need 20 different states, got {len(set(states))}")
    if tot["officials"] < 140:
        err("b1", f"only {tot['officials']} officials (want >= 140)")
    if tot["officials"] and tot["women"] / tot["officials"] < 0.45:
        err("b1", "women below 45%")
    # print
    pct = 100 * tot["women"] / max(1, tot["officials"])
    if md:
        print("| file | state | words | officials | women | former | traps | institutions |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            print("| " + " | ".join(str(x) for x in r) + " |")
        print(f"| **total** | {len(set(states))} states | | {tot['officials']} | {tot['women']} | "
              f"{tot['former']} | {tot['traps']} | {tot['institutions']} |")
        print()
        print("| kind | officials | of which women |")
        print("|---|---:|---:|")
        for k in KINDS:
            print(f"| {k} | {kinds[k]} | {kinds_f[k]} |")
    else:
        for r in rows:
            print("%-7s %-20s words=%3d officials=%d women=%d former=%d traps=%d institutions=%d" % r)
        print(f"\narticles={len(rows)} officials={tot['officials']} women={tot['women']} ({pct:.1f}%) "
              f"former={tot['former']} traps={tot['traps']} institutions={tot['institutions']} "
              f"states={len(set(states))}")
        print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
