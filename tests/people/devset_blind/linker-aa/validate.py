#!/usr/bin/env python3
"""Validate the linker-aa blind set (standard library only).

Checks per text: format, 250-350 words, one state, date within the set week,
8-10 officials, >=2 traps, every gold name / role words / institution / trap
occurs in the text. Set-wide: 12 texts, 12 distinct states (not Zacatecas),
4 files per format, >=45% women, all 15 construction kinds used, >=15 kinds of
public bodies. Exit code 0 when everything passes.
"""
import os, re, sys, json, datetime, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"plural_list", "feminine", "rare_title", "after_name", "parenthesis", "cuyo_titular",
         "no_comma", "surname_only_later", "role_only_reference", "former", "military_rank",
         "nested_body", "apposition", "description_only", "other"}
MONTHS = {m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto "
                                         "septiembre octubre noviembre diciembre".split())}
STOP = {"de", "del", "la", "las", "el", "los", "en", "y", "e", "para", "por", "con", "a", "al"}
# kinds of public bodies, by keyword on the canonical name (first match wins)
BODY_KINDS = [
    ("tribunal / juzgado / poder judicial", r"Tribunal|Juzgado|Poder Judicial"),
    ("congreso / legislatura", r"Congreso|Poder Legislativo"),
    ("instituto electoral", r"Electoral|Elecciones|Junta Local Ejecutiva del INE"),
    ("auditoría / fiscalización", r"Auditoría|Fiscalización"),
    ("universidad pública", r"Universidad"),
    ("hospital", r"Hospital"),
    ("IMSS", r"Seguro Social|IMSS"),
    ("ISSSTE / seguridad social estatal", r"Seguridad y Servicios Sociales|ISSSTE|Seguridad Social del Estado|Pensiones"),
    ("CFE", r"Electricidad|CFE|Termoeléctrica"),
    ("Conagua / organismos de agua", r"Agua|Riego|Conagua"),
    ("Pemex", r"Petróleos|Refinería"),
    ("Bienestar", r"Bienestar"),
    ("Ejército / zona militar", r"Zona Militar|Ejército|Defensa"),
    ("Guardia Nacional", r"Guardia Nacional"),
    ("ayuntamiento / municipio", r"Ayuntamiento|Municipio|Policía Municipal"),
    ("fiscalía", r"Fiscalía"),
    ("derechos humanos", r"Derechos Humanos"),
    ("secretaría / gobierno estatal", r"Secretaría|Gobierno del Estado|Jurisdicción Sanitaria|Contraloría"),
    ("otros federales", r"Tesorería|Agencia"),
]

def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

def parse_scalar(v):
    v = v.strip()
    if v.startswith('"'):
        return json.loads(v)
    if v.startswith("["):
        return json.loads(v) if v.strip() != "[]" else []
    if v in ("true", "false"):
        return v == "true"
    return v

def parse_flow(s):
    s = s.strip()
    assert s.startswith("{") and s.endswith("}"), s
    body, out, i = s[1:-1], {}, 0
    pat = re.compile(r'\s*(\w+):\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,}]+)\s*,?')
    while i < len(body):
        m = pat.match(body, i)
        if not m:
            raise ValueError("cannot parse: " + body[i:])
        out[m.group(1)] = parse_scalar(m.group(2))
        i = m.end()
    return out

def load_gold(path):
    g = {"officials": [], "institutions": [], "traps": []}
    sec = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("state:"):
            g["state"] = line.split(":", 1)[1].strip()
        elif re.match(r"^(officials|institutions|traps):", line):
            sec = line.split(":")[0]
        elif line.startswith("  - "):
            item = line[4:]
            g[sec].append(parse_flow(item) if item.startswith("{") else parse_scalar(item))
        else:
            raise ValueError(f"{path}: unexpected line {line!r}")
    return g

def body_and_meta(text, nn):
    """Return (format, body, date, errors)."""
    errs = []
    if text.startswith("---\n"):
        fm, body = text[4:].split("\n---\n", 1)
        for key in ("layout", "title", "date", "author", "categories"):
            if not re.search(rf"^{key}:", fm, re.M):
                errs.append(f"front matter lacks {key}")
        m = re.search(r"^date:\s*(\d{4})-(\d\d)-(\d\d)", fm, re.M)
        d = datetime.date(*map(int, m.groups())) if m else None
        return "jekyll", body, d, errs
    if text.startswith("## "):
        m = re.search(r"^Por [^|\n]+\|[^|\n]+\|\s*[^,\n]+,\s*[^,\n]+,\s*(\d{1,2}) de (\w+) de (\d{4})\s*$", text, re.M)
        if not m:
            errs.append("wire byline not found")
            return "wire", text, None, errs
        d = datetime.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        return "wire", text, d, errs
    lines = text.splitlines()
    if not any(l.strip() and l.strip() == l.strip().upper() and len(l.split()) >= 5 for l in lines):
        errs.append("press release lacks upper-case title")
    m = re.search(r"^[^\n,]+, [^\n,]+, (\d{1,2}) de (\w+) de (\d{4})\.-", text, re.M)
    if not m:
        errs.append("press release dateline not found")
        d = None
    else:
        d = datetime.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    if not re.search(r"^\s*(-30-|-0-|-o0o-|###)\s*$", text, re.M):
        errs.append("press release end marker missing")
    if not re.search(r"(Boletín|Comunicado)\s", text):
        errs.append("press release bulletin number missing")
    return "press", text, d, errs

def role_ok(role, text_n, words_n):
    if norm(role) in text_n:
        return True, []
    missing = []
    for w in re.findall(r"[\wáéíóúñü/.]+", norm(role)):
        w = w.strip(".")
        if len(w) < 3 or w in STOP:
            continue
        stem = w[:5] if len(w) > 5 else w
        if not any(t.startswith(stem) for t in words_n):
            missing.append(w)
    return not missing, missing

def main():
    errors, stats = [], []
    fmts, states, dates = {}, [], []
    all_off, kinds_used, body_kinds = [], set(), {}
    files = sorted(f for f in os.listdir(B1) if re.match(r"^\d\d\.(md|txt)$", f))
    if len(files) != 12:
        errors.append(f"expected 12 texts, found {len(files)}")
    for f in files:
        nn = f[:2]
        text = open(os.path.join(B1, f), encoding="utf-8").read()
        ypath = os.path.join(B1, nn + ".yaml")
        if not os.path.exists(ypath):
            errors.append(f"{nn}: gold missing"); continue
        g = load_gold(ypath)
        fmt, body, d, ferrs = body_and_meta(text, nn)
        errors += [f"{nn}: {e}" for e in ferrs]
        fmts[fmt] = fmts.get(fmt, 0) + 1
        nwords = len(re.findall(r"\w+", body))
        if not 250 <= nwords <= 350:
            errors.append(f"{nn}: {nwords} words (need 250-350)")
        st = g.get("state")
        states.append(st)
        if st == "Zacatecas":
            errors.append(f"{nn}: Zacatecas is not allowed")
        if st not in text:
            errors.append(f"{nn}: state {st} not in text")
        if d: dates.append(d)
        tn = norm(text)
        wn = re.findall(r"[\w/]+", tn)
        offs, insts, traps = g["officials"], g["institutions"], g["traps"]
        inst_names = {i["name"] for i in insts}
        if not 8 <= len(offs) <= 10:
            errors.append(f"{nn}: {len(offs)} officials (need 8-10)")
        if len(traps) < 2:
            errors.append(f"{nn}: {len(traps)} traps (need >=2)")
        for o in offs:
            for k in ("name", "gender", "role", "institution", "former", "kind"):
                if k not in o: errors.append(f"{nn}: {o.get('name')} lacks {k}")
            if o["name"] not in text:
                errors.append(f"{nn}: name not in text: {o['name']}")
            ok, miss = role_ok(o["role"], tn, wn)
            if not ok:
                errors.append(f"{nn}: role words of {o['name']} not in text: {miss}")
            if o["institution"] not in inst_names:
                errors.append(f"{nn}: institution of {o['name']} not listed: {o['institution']}")
            if o["kind"] not in KINDS:
                errors.append(f"{nn}: bad kind {o['kind']}")
            if o["gender"] not in ("f", "m"):
                errors.append(f"{nn}: bad gender for {o['name']}")
            if o["former"] != (o["kind"] == "former" or bool(re.match(r"ex", norm(o["role"])))):
                errors.append(f"{nn}: former flag inconsistent for {o['name']}")
            kinds_used.add(o["kind"])
            all_off.append(o)
        for i in insts:
            forms = [i["name"]] + list(i.get("also", []))
            if not any(norm(x) in tn for x in forms):
                errors.append(f"{nn}: institution not in text in any form: {i['name']}")
            for a in i.get("also", []):
                if norm(a) not in tn:
                    errors.append(f"{nn}: 'also' form not in text: {a}")
            for label, rx in BODY_KINDS:
                if re.search(rx, i["name"]):
                    body_kinds.setdefault(label, set()).add(i["name"]); break
            else:
                errors.append(f"{nn}: institution kind unknown: {i['name']}")
        for t in traps:
            nm = t.split(" (")[0]
            if nm not in text:
                errors.append(f"{nn}: trap not in text: {nm}")
            if any(nm == o["name"] for o in offs):
                errors.append(f"{nn}: trap is also an official: {nm}")
        women = sum(o["gender"] == "f" for o in offs)
        stats.append((nn, fmt, st, nwords, len(offs), women, len(insts), len(traps), d))
    # set-wide
    if len(set(states)) != 12:
        errors.append(f"states not distinct: {states}")
    for k in ("jekyll", "wire", "press"):
        if fmts.get(k) != 4:
            errors.append(f"format {k}: {fmts.get(k)} texts (need 4)")
    if dates and (max(dates) - min(dates)).days > 6:
        errors.append(f"dates span more than one week: {min(dates)}..{max(dates)}")
    n = len(all_off); w = sum(o["gender"] == "f" for o in all_off)
    if n and w / n < 0.45:
        errors.append(f"women {w}/{n} < 45%")
    if KINDS - kinds_used:
        errors.append(f"kinds never used: {sorted(KINDS - kinds_used)}")
    if len(body_kinds) < 15:
        errors.append(f"only {len(body_kinds)} kinds of public bodies")
    # report
    print("file fmt    words offs women insts traps date       state")
    for s in stats:
        print(f"{s[0]}   {s[1]:6} {s[3]:5} {s[4]:4} {s[5]:5} {s[6]:5} {s[7]:5} {s[8]}  {s[2]}")
    print(f"totals: texts={len(stats)} officials={n} women={w} ({100*w/max(n,1):.1f}%) "
          f"institutions={sum(s[6] for s in stats)} traps={sum(s[7] for s in stats)}")
    print(f"kinds used: {len(kinds_used)}/15; body kinds: {len(body_kinds)}")
    for label in sorted(body_kinds):
        print(f"  {label}: {len(body_kinds[label])}")
    from collections import Counter
    print("per construction kind:", dict(sorted(Counter(o['kind'] for o in all_off).items())))
    if errors:
        print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("\nPASS")

if __name__ == "__main__":
    main()
