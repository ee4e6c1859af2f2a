#!/usr/bin/env python3
"""Validate the gold files of the blind set linker-o (b1/).

Checks: file pairs and formats, YAML keys, kinds, that official names, role
words, `also` forms and trap names occur in the article (accent- and
case-insensitive), that every official's institution is listed, that states are
distinct (and not Zacatecas), body word counts and set-wide totals.
Run with --stats to print the tables used in README.md.  Exits 0 when clean.
"""
import os, re, sys, unicodedata, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"}
OFF_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
STOP = {"de", "del", "la", "las", "el", "los", "y", "en", "e", "a", "para", "por", "con"}
HONORIFICS = ("dr.", "dra.", "ing.", "lic.", "mtro.", "mtra.", "arq.", "c.p.")

errors, warnings = [], []

def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def has(text_n, phrase):
    p = norm(phrase).strip()
    return re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text_n) is not None

def role_ok(text_n, role):
    """Every content word of the role occurs; plural/gender variants are
    accepted through a shared stem (regidora ~ regidores, diputada ~ diputados)."""
    bad = []
    for w in re.findall(r"\w+", norm(role)):
        if w in STOP or len(w) <= 2:
            continue
        if re.search(r"(?<!\w)" + re.escape(w), text_n):
            continue
        stem = w[:max(4, len(w) - 2)]
        if not re.search(r"(?<!\w)" + re.escape(stem), text_n):
            bad.append(w)
    return bad

def split_article(path, raw):
    """Return (format, body) and check the format conventions."""
    fn = os.path.basename(path)
    if fn.endswith(".txt"):
        fmt = "release"
        lines = raw.strip().splitlines()
        if not re.search(r"(-30-|---o0o---|\bFIN\b|- ?0 ?-)", raw.strip().splitlines()[-1]):
            errors.append(f"{fn}: release without end marker")
        if not re.search(r"(?i)(bolet[ií]n|comunicado)\s*(n[uú]m(ero|\.)?|no\.|n\.º)?\s*\S*\d", raw):
            errors.append(f"{fn}: release without bulletin number")
        m = re.search(r"^.+?, .+?, a? ?\d{1,2} de \w+ de \d{4}\.?\s?[-–—]", raw, re.M)
        if not m:
            errors.append(f"{fn}: release without dateline 'Ciudad, Estado, fecha.-'")
            return fmt, raw
        end = re.search(r"^\s*(-30-|---o0o---|FIN|- ?0 ?-)\s*$", raw, re.M)
        return fmt, raw[m.start(): end.start() if end else len(raw)]
    if raw.startswith("---\n"):
        fmt = "jekyll"
        parts = raw.split("\n---\n", 1)
        try:
            fm = yaml.safe_load(parts[0][4:])
        except Exception as e:
            errors.append(f"{fn}: bad front matter {e}")
            fm = {}
        for k in ("title", "date", "author", "categories"):
            if k not in (fm or {}):
                errors.append(f"{fn}: front matter lacks {k}")
        return fmt, parts[1] if len(parts) > 1 else ""
    if raw.startswith("## "):
        fmt = "wire"
        lines = raw.splitlines()
        body_start = 2
        if not re.search(r"\d{4}", "\n".join(lines[1:4])):
            errors.append(f"{fn}: wire without byline/date line")
        return fmt, "\n".join(lines[2:])
    errors.append(f"{fn}: unknown format")
    return "?", raw

def main():
    stats = "--stats" in sys.argv
    files = sorted(f for f in os.listdir(B1) if re.fullmatch(r"\d\d\.(md|txt)", f))
    states = collections.Counter()
    tot = collections.Counter()
    kinds = collections.Counter()
    rows = []
    all_insts = []
    for fn in files:
        stem = fn.split(".")[0]
        ap = os.path.join(B1, fn)
        gp = os.path.join(B1, stem + ".yaml")
        if not os.path.exists(gp):
            errors.append(f"{fn}: missing gold {stem}.yaml"); continue
        raw = open(ap, encoding="utf-8").read()
        fmt, body = split_article(ap, raw)
        nwords = len(re.findall(r"\w+", body))
        if not 250 <= nwords <= 350:
            errors.append(f"{fn}: body has {nwords} words (want 250-350)")
        tn = norm(raw)
        g = yaml.safe_load(open(gp, encoding="utf-8"))
        if set(g) != {"state", "officials", "institutions", "traps"}:
            errors.append(f"{stem}.yaml: top keys {sorted(g)}")
        st = g.get("state")
        states[st] += 1
        if norm(st or "") == "zacatecas":
            errors.append(f"{stem}.yaml: Zacatecas not allowed")
        insts = g.get("institutions") or []
        inames = set()
        for i in insts:
            if set(i) != {"name", "also"}:
                errors.append(f"{stem}.yaml: institution keys {sorted(i)}")
            if i["name"] in inames:
                errors.append(f"{stem}.yaml: duplicate institution {i['name']}")
            inames.add(i["name"])
            for a in i.get("also") or []:
                if not has(tn, a):
                    errors.append(f"{stem}.yaml: also form '{a}' not in text")
        offs = g.get("officials") or []
        nf = 0
        seen = set()
        for o in offs:
            if set(o) != OFF_KEYS:
                errors.append(f"{stem}.yaml: official keys {sorted(o)} ({o.get('name')})")
            n = o["name"]
            if n in seen:
                errors.append(f"{stem}.yaml: duplicate official {n}")
            seen.add(n)
            if not has(tn, n):
                errors.append(f"{stem}.yaml: name '{n}' not in text")
            if norm(n).startswith(HONORIFICS):
                errors.append(f"{stem}.yaml: honorific in name '{n}'")
            bad = role_ok(tn, o["role"])
            if bad:
                errors.append(f"{stem}.yaml: role words {bad} of '{o['role']}' not in text")
            if o["institution"] not in inames:
                errors.append(f"{stem}.yaml: institution '{o['institution']}' of {n} not listed")
            if o["gender"] not in ("f", "m"):
                errors.append(f"{stem}.yaml: gender of {n}")
            if o["kind"] not in KINDS:
                errors.append(f"{stem}.yaml: kind '{o['kind']}' of {n}")
            if not isinstance(o["former"], bool):
                errors.append(f"{stem}.yaml: former of {n} not bool")
            if o["former"] != norm(o["role"]).startswith("ex"):
                errors.append(f"{stem}.yaml: former/role 'ex' mismatch for {n}")
            nf += o["gender"] == "f"
            kinds[o["kind"]] += 1
        if not 7 <= len(offs) <= 10:
            errors.append(f"{stem}.yaml: {len(offs)} officials (want 7-10)")
        traps = g.get("traps") or []
        nonserv = 0
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", t)
            if not m:
                errors.append(f"{stem}.yaml: trap not 'Name (reason)': {t}"); continue
            if not has(tn, m.group(1)):
                errors.append(f"{stem}.yaml: trap name '{m.group(1)}' not in text")
            if m.group(1) in seen:
                errors.append(f"{stem}.yaml: trap '{m.group(1)}' is also an official")
            if " " in m.group(1) and not re.search(r"(?i)nombre|apellido|calle|colonia|municipio|escuela|parque", m.group(2)):
                nonserv += 1
        if nonserv < 2:
            errors.append(f"{stem}.yaml: only {nonserv} non-public-servant traps (want 2)")
        tot["articles"] += 1; tot["officials"] += len(offs); tot["women"] += nf
        tot["institutions"] += len(insts); tot["traps"] += len(traps); tot[fmt] += 1
        tot["words"] += nwords
        all_insts += [i["name"] for i in insts]
        rows.append((fn, fmt, st, len(offs), nf, len(insts), len(traps), nwords))
    for s, c in states.items():
        if c > 1:
            errors.append(f"state {s} used {c} times")
    bk = body_kinds(all_insts)
    if tot["articles"] == 20:
        if tot["officials"] < 150:
            errors.append(f"only {tot['officials']} officials (want >=150)")
        if tot["women"] < 0.45 * tot["officials"]:
            errors.append(f"women {tot['women']}/{tot['officials']} < 45%")
        if len(bk) < 20:
            errors.append(f"only {len(bk)} kinds of public bodies (want >=20)")
    else:
        warnings.append(f"{tot['articles']} articles so far (want 20)")
    if stats:
        print("| file | format | state | officials | women | institutions | traps | words |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print("| " + " | ".join(str(x) for x in r) + " |")
        print()
        print(dict(tot))
        print()
        print("| construction kind | officials |\n|---|---|")
        for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
            print(f"| {k} | {c} |")
        print()
        print("| kind of public body | institutions |\n|---|---|")
        for k, c in sorted(bk.items(), key=lambda x: -x[1]):
            print(f"| {k} | {c} |")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)

BODY_KINDS = [
    ("ayuntamiento", r"^ayuntamiento"),
    ("congreso estatal", r"^congreso del estado"),
    ("poder judicial / tribunal / juzgado", r"tribunal superior|poder judicial|juzgado|consejo de la judicatura|tribunal de justicia"),
    ("tribunal electoral", r"tribunal electoral"),
    ("órgano electoral", r"instituto electoral|instituto nacional electoral|junta local"),
    ("fiscalía", r"^fiscal[ií]a"),
    ("secretaría estatal", r"^secretar[ií]a (?!de la defensa|de marina)"),
    ("gobierno del estado", r"^gobierno del estado"),
    ("universidad pública", r"^universidad"),
    ("facultad / escuela universitaria", r"^facultad|^escuela"),
    ("IMSS / ISSSTE y sus oficinas", r"imss|seguro social|issste"),
    ("hospital", r"^hospital"),
    ("jurisdicción sanitaria", r"jurisdicci[oó]n sanitaria"),
    ("CFE y sus divisiones", r"cfe|comisi[oó]n federal de electricidad"),
    ("Pemex / refinería", r"pemex|petr[oó]leos|refiner[ií]a"),
    ("zona militar / Defensa", r"zona militar|defensa nacional"),
    ("Marina / sector o zona naval", r"naval|marina"),
    ("Guardia Nacional", r"guardia nacional"),
    ("protección civil", r"protecci[oó]n civil"),
    ("tesorería / finanzas municipal", r"^tesorer[ií]a"),
    ("contraloría / auditoría", r"contralor[ií]a|auditor[ií]a"),
    ("oficialía mayor", r"oficial[ií]a mayor"),
    ("dirección municipal", r"^direcci[oó]n (?!local|general del)"),
    ("organismo de agua", r"agua|conagua"),
    ("derechos humanos", r"derechos humanos"),
    ("DIF", r"desarrollo integral de la familia"),
    ("instituto / comisión estatal", r"^(instituto|comisi[oó]n|procuradur[ií]a|coordinaci[oó]n|consejo|sistema|junta|servicios)"),
    ("oficina federal en el estado", r"oficina|representaci[oó]n|delegaci[oó]n|direcci[oó]n local"),
]

def body_kinds(names):
    c = collections.Counter()
    for n in names:
        nn = norm(n)
        for k, rx in BODY_KINDS:
            if re.search(rx, nn):
                c[k] += 1
                break
        else:
            c["otro"] += 1
    return c

if __name__ == "__main__":
    main()
