#!/usr/bin/env python3
"""Validate the gold of the blind set linker-l (b1/NN.{md,txt} + NN.yaml).

Checks: required keys and value types; official names, role words, institution
`also` forms and trap names occur in the article (accent- and case-insensitive);
every official's institution is listed; former officials have a role starting
with "ex"; kinds are from the allowed list; states are distinct and not
Zacatecas; body length 250-350 words; 7-10 officials per article; set totals
(>=150 officials, >=45% women, >=20 kinds of public bodies, 20 articles,
7/7/6 formats). Prints the totals; `--tables` also prints the README tables.
Exits 0 only if everything passes.
"""
import os, re, sys, unicodedata, glob
from collections import Counter, OrderedDict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"}
STOP = {"de", "del", "la", "las", "el", "los", "y", "en", "a", "al", "e"}

# body types: first matching pattern (on the normalised canonical name) wins
BODY_TYPES = [
    ("zona/sector/region militar o naval", r"zona militar|zona naval|region naval|sector naval|guarnicion|batallon"),
    ("guardia nacional / policia federal", r"guardia nacional"),
    ("facultad / escuela universitaria", r"^facultad|^escuela"),
    ("universidad publica", r"universidad|instituto tecnologico"),
    ("refineria / pemex", r"refineria|petroleos mexicanos|^pemex"),
    ("cfe (empresa, division o zona)", r"electricidad"),
    ("conagua / organismo de agua", r"agua|conagua"),
    ("imss / issste (oficina, hospital, area)", r"seguro social|\bimss\b|issste|seguridad y servicios sociales|prestaciones medicas"),
    ("hospital / clinica", r"hospital|clinica"),
    ("jurisdiccion sanitaria", r"jurisdiccion sanitaria"),
    ("organo electoral", r"electoral|nacional electoral|junta local ejecutiva|junta distrital"),
    ("tribunal / juzgado / poder judicial", r"tribunal|juzgado|judicatura|poder judicial"),
    ("fiscalia / ciencias forenses", r"fiscalia|forense|procuraduria general"),
    ("derechos humanos", r"derechos humanos"),
    ("auditoria / contraloria / fiscalizacion", r"auditoria|contraloria|fiscalizacion|organo interno"),
    ("tesoreria / finanzas", r"tesoreria|finanzas|hacienda"),
    ("proteccion civil", r"proteccion civil"),
    ("dif / asistencia social", r"desarrollo integral de la familia|\bdif\b"),
    ("seguridad publica / policia", r"seguridad|policia|transito"),
    ("mujeres (centro o instituto)", r"mujer"),
    ("congreso local / federal", r"congreso|camara de diputados|senado"),
    ("ayuntamiento", r"^ayuntamiento"),
    ("gobierno del estado", r"^gobierno del estado"),
    ("direccion o coordinacion municipal", r"^direccion|^coordinacion|^instituto municipal|^oficialia"),
    ("secretaria estatal", r"^secretaria .* de (aguascalientes|baja california|campeche|chiapas|chihuahua|coahuila|colima|durango|guanajuato|guerrero|hidalgo|jalisco|mexico|michoacan|morelos|nayarit|nuevo leon|oaxaca|puebla|queretaro|quintana roo|san luis potosi|sinaloa|sonora|tabasco|tamaulipas|tlaxcala|veracruz|yucatan|ciudad de mexico)$|^secretaria de salud de"),
    ("secretaria / dependencia federal", r"^secretaria|^procuraduria federal|instituto nacional|comision nacional|^servicio|administracion"),
    ("servicios de salud (opd)", r"servicios de salud"),
    ("otro organismo publico", r"."),
]


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9ñ/ ]+", " ", s.replace("ñ", "n"))
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def body_of(path, text):
    """Return (format, body) following the README layout rules."""
    lines = text.split("\n")
    if path.endswith(".txt"):
        start = next(i for i, l in enumerate(lines) if re.search(r"\.-", l))
        end = max(i for i, l in enumerate(lines) if l.strip() in ("-30-", "---o0o---", "FIN", "-o0o-", "- 30 -", "-0-"))
        first = lines[start].split(".-", 1)[1]
        return "release", "\n".join([first] + lines[start + 1:end])
    if text.startswith("---"):
        close = lines.index("---", 1)
        return "jekyll", "\n".join(lines[close + 1:])
    if text.startswith("## "):
        # "## Title", then the first non-empty line is the byline/outlet/date line
        by = next(i for i in range(1, len(lines)) if lines[i].strip())
        return "wire", "\n".join(lines[by + 1:])
    raise ValueError("unknown format")


def body_type(name):
    n = norm(name).strip()
    for label, pat in BODY_TYPES:
        if re.search(pat, n):
            return label
    return "otro organismo publico"


def main():
    errors = []
    tables = "--tables" in sys.argv
    arts = sorted(p for p in glob.glob(os.path.join(B1, "*")) if re.search(r"/\d\d\.(md|txt)$", p))
    if len(arts) != 20:
        errors.append(f"expected 20 articles, found {len(arts)}")
    states, fmts = [], Counter()
    tot_off = tot_f = tot_inst = tot_traps = 0
    kinds, btypes, rows = Counter(), Counter(), []
    for art in arts:
        nn = os.path.basename(art)[:2]
        ypath = os.path.join(B1, nn + ".yaml")
        if not os.path.exists(ypath):
            errors.append(f"{nn}: missing gold"); continue
        text = open(art, encoding="utf-8").read()
        ntext = norm(text)
        g = yaml.safe_load(open(ypath, encoding="utf-8"))
        def err(m): errors.append(f"{nn}: {m}")
        def has(s): return norm(s) in ntext
        if set(g) != {"state", "officials", "institutions", "traps"}:
            err(f"top-level keys {sorted(g)}")
        fmt, body = body_of(art, text)
        fmts[fmt] += 1
        wc = len(re.findall(r"\w+", body))
        if not 250 <= wc <= 350:
            err(f"body has {wc} words")
        st = g.get("state")
        states.append(st)
        if not st or norm(st) == norm("Zacatecas"):
            err("bad state")
        insts = g.get("institutions") or []
        inames = set()
        for ins in insts:
            if set(ins) != {"name", "also"} or not isinstance(ins["also"], list):
                err(f"institution keys {ins}"); continue
            if ins["name"] in inames:
                err(f"duplicate institution {ins['name']}")
            inames.add(ins["name"])
            btypes[body_type(ins["name"])] += 1
            for a in ins["also"]:
                if not has(a):
                    err(f"also form not in text: {a!r} ({ins['name']})")
        offs = g.get("officials") or []
        if not 7 <= len(offs) <= 10:
            err(f"{len(offs)} officials")
        nf = 0
        seen = set()
        for o in offs:
            if set(o) != {"name", "gender", "role", "institution", "former", "kind"}:
                err(f"official keys {o}"); continue
            if o["name"] in seen:
                err(f"duplicate official {o['name']}")
            seen.add(o["name"])
            if not has(o["name"]):
                err(f"name not in text: {o['name']}")
            for w in norm(o["role"]).split():
                stem = re.sub(r"(as|os|es|a|o|e)$", "", w) if len(w) > 5 else w
                if w not in STOP and f" {w}" not in ntext and f" {stem}" not in ntext:
                    err(f"role word {w!r} not in text ({o['name']})")
            if o["institution"] not in inames:
                err(f"institution not listed: {o['institution']}")
            if o["gender"] not in ("f", "m"):
                err(f"gender {o['gender']}")
            nf += o["gender"] == "f"
            if o["kind"] not in KINDS:
                err(f"kind {o['kind']}")
            if not isinstance(o["former"], bool):
                err("former must be bool")
            if o["former"] != norm(o["role"]).strip().startswith("ex"):
                err(f"former/role mismatch: {o['name']}")
            if o["former"] and o["kind"] != "former" and not has(o["role"]):
                pass
            kinds[o["kind"]] += 1
        traps = g.get("traps") or []
        if len(traps) < 2:
            err("fewer than 2 traps")
        for t in traps:
            tname = t.split(" (", 1)[0]
            if not has(tname):
                err(f"trap not in text: {tname!r}")
            if tname in seen:
                err(f"trap is also an official: {tname}")
        tot_off += len(offs); tot_f += nf; tot_inst += len(insts); tot_traps += len(traps)
        rows.append((os.path.basename(art), fmt, st, len(offs), nf, len(insts), len(traps), wc))
    dup = [s for s, c in Counter(states).items() if c > 1]
    if dup:
        errors.append(f"repeated states: {dup}")
    if fmts != Counter({"jekyll": 7, "wire": 7, "release": 6}) and len(arts) == 20:
        errors.append(f"formats {dict(fmts)}")
    if tot_off < 150:
        errors.append(f"only {tot_off} officials")
    if tot_off and tot_f / tot_off < 0.45:
        errors.append(f"women {tot_f}/{tot_off}")
    if len(btypes) < 20:
        errors.append(f"only {len(btypes)} kinds of public bodies")
    print(f"articles {len(arts)}  officials {tot_off}  women {tot_f} ({100*tot_f/max(tot_off,1):.1f}%)  "
          f"institutions {tot_inst}  traps {tot_traps}  body kinds {len(btypes)}  states {len(set(states))}")
    if tables:
        print("\n| file | format | state | officials | women | institutions | traps | body words |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print("| " + " | ".join(str(x) for x in r) + " |")
        print("\n| kind | officials |\n|---|---|")
        for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
            print(f"| {k} | {c} |")
        print("\n| kind of public body | institutions |\n|---|---|")
        for k, c in sorted(btypes.items(), key=lambda x: -x[1]):
            print(f"| {k} | {c} |")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
