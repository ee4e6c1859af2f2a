#!/usr/bin/env python3
"""Validator for the linker-j blind set (b1/). Needs PyYAML.

Checks: file formats (Jekyll / wire / press release), body length (230-320 words),
gold keys and values, that every official name, role word, institution `also` form and
trap name occurs in its source text (accent- and case-insensitive), that each official's
institution is listed under `institutions`, that states are distinct, and prints totals.
Exits 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"}
OFF_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
STOP = {"de", "del", "la", "las", "el", "los", "y", "en", "a", "al", "para", "por", "e"}
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u2014", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s)


def contains(text, phrase):
    return re.search(r"(?<!\w)" + re.escape(norm(phrase)) + r"(?!\w)", text) is not None


def role_word_ok(text, w):
    """A role word occurs as written, or as the plural/other-gender form of the same stem."""
    w = norm(w)
    if re.search(r"(?<!\w)" + re.escape(w), text):
        return True
    for suf in ("as", "es", "os", "a", "o", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            if re.search(r"(?<!\w)" + re.escape(w[: -len(suf)]), text):
                return True
    return False


def words(s):
    return len(re.findall(r"\S+", s))


def parse_jekyll(f, raw):
    m = re.match(r"---\n(.*?)\n---\n(.*)$", raw, re.S)
    if not m:
        err(f, "no Jekyll front matter")
        return raw
    fm = yaml.safe_load(m.group(1))
    for k in ("title", "date", "categories", "author"):
        if k not in fm:
            err(f, f"front matter lacks {k}")
    if not str(fm.get("date", "")).startswith("2026"):
        err(f, "date not in 2026")
    return m.group(2)


def parse_wire(f, raw):
    lines = raw.strip("\n").split("\n")
    if not lines[0].startswith("## "):
        err(f, "wire article must start with '## Title'")
    rest = [l for l in lines[1:]]
    i = 0
    while i < len(rest) and not rest[i].strip():
        i += 1
    by = rest[i] if i < len(rest) else ""
    pat1 = rf"^\*\*[^*]+\*\* \| \d{{1,2}} de ({MONTHS}) de 2026$"
    pat2 = rf"^Por [^|]+ \| [^|]+ \| \d{{1,2}} de ({MONTHS}) de 2026$"
    if not (re.match(pat1, by) or re.match(pat2, by)):
        err(f, f"bad byline line: {by!r}")
    return "\n".join(rest[i + 1:])


def parse_release(f, raw):
    lines = [l.rstrip() for l in raw.strip("\n").split("\n")]
    bi = next((i for i, l in enumerate(lines) if re.match(r"^(Bolet[ií]n|Comunicado)\b.*\d", l)), None)
    if bi is None or bi == 0:
        err(f, "no issuer header followed by a Boletín/Comunicado number line")
        return raw
    ti = next((i for i in range(bi + 1, len(lines)) if lines[i].strip()), None)
    title = lines[ti] if ti is not None else ""
    if not title or title != title.upper() or not re.search(r"[A-ZÁÉÍÓÚÑ]", title):
        err(f, f"title not in capitals: {title!r}")
    di = next((i for i in range(ti + 1, len(lines))
               if re.match(rf"^[^,]+, [^,]+, \d{{1,2}} de ({MONTHS}) de 2026\.-", lines[i])), None)
    if di is None:
        err(f, "no dateline 'Ciudad, Estado, D de mes de 2026.-'")
        return raw
    ei = next((i for i in range(di, len(lines)) if lines[i].strip() in ("-30-", "–30–", "-0-", "oOo", "o0o", "#  #  #", "###")), None)
    if ei is None:
        err(f, "no end marker (-30-, -0-, oOo, ###)")
        ei = len(lines)
    body = "\n".join(lines[di:ei])
    return body


def main():
    totals = Counter()
    per_kind = Counter()
    per_file = []
    states = []
    inst_total = 0
    for n in range(1, 21):
        nn = f"{n:02d}"
        ext = "txt" if n >= 15 else "md"
        src = os.path.join(B1, f"{nn}.{ext}")
        gold = os.path.join(B1, f"{nn}.yaml")
        if not os.path.exists(src) or not os.path.exists(gold):
            err(nn, "missing source or gold file")
            continue
        raw = open(src, encoding="utf-8").read()
        if n <= 7:
            body = parse_jekyll(nn, raw)
        elif n <= 14:
            body = parse_wire(nn, raw)
        else:
            body = parse_release(nn, raw)
        wc = words(body)
        if not 230 <= wc <= 320:
            err(nn, f"body has {wc} words (want 230-320)")
        text = norm(raw)
        g = yaml.safe_load(open(gold, encoding="utf-8"))
        if set(g) != {"state", "officials", "institutions", "traps"}:
            err(nn, f"gold keys {sorted(g)}")
        state = g.get("state")
        states.append(state)
        if state == "Zacatecas":
            err(nn, "Zacatecas is not allowed")
        insts = g.get("institutions") or []
        inames = set()
        for ins in insts:
            if set(ins) != {"name", "also"}:
                err(nn, f"institution keys {sorted(ins)}")
            inames.add(ins["name"])
            for a in ins.get("also") or []:
                if not contains(text, a):
                    err(nn, f"'also' form not in text: {a!r}")
        if len(inames) != len(insts):
            err(nn, "duplicate institution names")
        offs = g.get("officials") or []
        fcount = Counter()
        for o in offs:
            if set(o) != OFF_KEYS:
                err(nn, f"official keys {sorted(o)}")
                continue
            if not contains(text, o["name"]):
                err(nn, f"name not in text: {o['name']!r}")
            for w in re.findall(r"[\wÁÉÍÓÚÑáéíóúñü-]+", o["role"]):
                if norm(w) in STOP:
                    continue
                if not role_word_ok(text, w):
                    err(nn, f"role word {w!r} of {o['name']} not in text")
            if o["gender"] not in ("f", "m"):
                err(nn, f"bad gender for {o['name']}")
            if not isinstance(o["former"], bool):
                err(nn, f"former must be boolean for {o['name']}")
            if o["former"] != (o["kind"] == "former" or norm(o["role"]).startswith("ex")):
                err(nn, f"former flag/role mismatch for {o['name']}")
            if o["kind"] not in KINDS:
                err(nn, f"bad kind {o['kind']!r}")
            if o["institution"] not in inames:
                err(nn, f"institution of {o['name']} not listed: {o['institution']!r}")
            per_kind[o["kind"]] += 1
            fcount[o["gender"]] += 1
            if o["former"]:
                totals["former"] += 1
        names = [o["name"] for o in offs]
        if len(set(names)) != len(names):
            err(nn, "duplicate official")
        traps = g.get("traps") or []
        for t in traps:
            nm = t.split(" (")[0]
            if "(" not in t:
                err(nn, f"trap without reason: {t!r}")
            if not contains(text, nm):
                err(nn, f"trap name not in text: {nm!r}")
        totals["articles"] += 1
        totals["officials"] += len(offs)
        totals["women"] += fcount["f"]
        totals["traps"] += len(traps)
        inst_total += len(insts)
        per_file.append((f"{nn}.{ext}", state, wc, len(offs), fcount["f"], len(insts), len(traps)))
    if len(set(states)) != len(states):
        err("set", "states repeat: " + ", ".join(s for s, c in Counter(states).items() if c > 1))
    print(f"{'file':8} {'state':22} {'words':>5} {'off':>4} {'fem':>4} {'inst':>4} {'traps':>5}")
    for row in per_file:
        print(f"{row[0]:8} {row[1]:22} {row[2]:>5} {row[3]:>4} {row[4]:>4} {row[5]:>4} {row[6]:>5}")
    o = totals["officials"] or 1
    print()
    print(f"articles: {totals['articles']}  officials: {totals['officials']}  women: {totals['women']} "
          f"({100 * totals['women'] / o:.1f}%)  former: {totals['former']}  traps: {totals['traps']}  "
          f"institutions: {inst_total}  states: {len(set(states))}")
    print("per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(per_kind.items())))
    if totals["articles"] == 20:
        if totals["officials"] < 140:
            err("set", "fewer than 140 officials")
        if totals["women"] / o < 0.45:
            err("set", "women below 45%")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
