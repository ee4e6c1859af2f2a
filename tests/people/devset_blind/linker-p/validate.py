#!/usr/bin/env python3
"""Validate the blind gold set in b1/ against its articles.

Usage:  python3 validate.py            -> checks everything, exits 0 if all is well
        python3 validate.py --tables   -> also prints the Markdown tables for README.md
Standard library only, plus PyYAML when available (a small fallback parser handles the
flow-style gold files otherwise).
"""
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

KINDS = ["plural_list", "feminine", "rare_title", "after_name", "parenthesis",
         "cuyo_titular", "no_comma", "surname_only_later", "role_only_reference",
         "former", "military_rank", "nested_body", "apposition", "description_only",
         "other"]
STATES = ["Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
          "Chiapas", "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango",
          "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Estado de México", "Michoacán",
          "Morelos", "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro",
          "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco", "Tamaulipas",
          "Tlaxcala", "Veracruz", "Yucatán"]          # Zacatecas deliberately excluded
OFFICIAL_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
INST_KEYS = {"name", "also"}
HONORIFICS = ("lic ", "licenciado ", "licenciada ", "dr ", "dra ", "doctor ", "doctora ",
              "mtro ", "mtra ", "maestro ", "maestra ", "ing ", "arq ", "prof ", "profa ",
              "c ", "general ", "almirante ", "coronel ", "capitan ", "vicealmirante ",
              "contralmirante ", "teniente ", "mayor ", "sr ", "sra ")
# masculine-only role words that must not appear in a woman's role
MASC_ONLY = {"director", "subdirector", "secretario", "subsecretario", "diputado", "regidor",
             "sindico", "coordinador", "delegado", "alcalde", "gobernador", "magistrado",
             "juez", "rector", "auditor", "contralor", "comisario", "visitador", "consejero",
             "jefe", "encargado", "presidente", "senador", "tesorero", "exdirector",
             "exsecretario", "exgobernador", "exalcalde", "exdiputado", "exregidor",
             "expresidente", "vocal ejecutivo", "administrador", "procurador"}
STOP = {"de", "del", "la", "el", "los", "las", "y", "e", "en", "a", "al", "por", "para",
        "con", "su", "sus"}

# Kinds of public bodies: first matching rule wins (patterns on the normalised name).
BODY_RULES = [
    ("Hospital o clínica pública", r"\bhospital\b|\bclinica\b|unidad de medicina familiar|centro de salud"),
    ("IMSS (delegación, dirección, unidad)", r"\bimss\b|seguro social"),
    ("ISSSTE (delegación, unidad)", r"issste|servicios sociales de los trabajadores del estado"),
    ("Pemex (unidad, refinería)", r"\bpemex\b|petroleos mexicanos|refineria"),
    ("CFE (división, zona)", r"\bcfe\b|comision federal de electricidad"),
    ("Ejército (zona/región militar, Sedena)", r"zona militar|region militar|ejercito|guarnicion militar|defensa nacional|batallon"),
    ("Marina (zona/región/sector naval)", r"zona naval|region naval|sector naval|\bmarina\b"),
    ("Organismo electoral", r"electoral|\bine\b|junta local ejecutiva|junta distrital"),
    ("Sistema DIF", r"desarrollo integral de la familia|\bdif\b"),
    ("Comisión de derechos humanos", r"derechos humanos|\bcedh\b|visitaduria"),
    ("Órgano de auditoría o control", r"auditoria|fiscalizacion|contraloria|organo interno de control|funcion publica|anticorrupcion"),
    ("Organismo de agua", r"\bagua\b|\baguas\b|conagua|saneamiento|alcantarillado"),
    ("Policía y seguridad pública", r"policia|fuerza civil|guardia civil|seguridad publica|seguridad ciudadana|guardia nacional|transito"),
    ("Protección civil", r"proteccion civil|bomberos"),
    ("Fiscalía y servicio forense", r"fiscalia|ministerio publico|medico forense"),
    ("Tribunal o poder judicial", r"tribunal|poder judicial|juzgado|judicatura"),
    ("Congreso o cámara", r"congreso|camara de diputados|senado|legislatura"),
    ("Universidad o tecnológico público", r"universidad|tecnologico|politecnico|facultad|\buanl\b"),
    ("Escuela pública", r"escuela|colegio de bachilleres|secundaria|primaria|conalep|telebachillerato"),
    ("Aduana o autoridad hacendaria", r"aduana|administracion tributaria|\bsat\b"),
    ("Transporte público", r"\bmetro|transporte colectivo|movilidad|portuario|aeropuerto"),
    ("Ayuntamiento", r"^ayuntamiento|^municipio de"),
    ("Unidad municipal (dirección, tesorería, instituto)", r"municipal|del ayuntamiento"),
    ("Gobierno del estado", r"^gobierno del estado"),
    ("Oficina federal en el estado", r"oficina de representacion|delegacion federal|delegacion estatal|representacion en el estado|coordinacion estatal|delegacion de programas"),
    ("Secretaría o subsecretaría estatal", r"^(sub)?secretaria .* (STATE)$"),
    ("Secretaría federal", r"^(sub)?secretaria "),
    ("Instituto u organismo público", r"^instituto|^comision|^consejo|^sistema|^servicios|^procuraduria|^agencia|^centro|^registro"),
    ("Unidad administrativa estatal (dirección, coordinación)", r"^direccion|^coordinacion|^unidad|^departamento|^subdireccion|^oficina|^jurisdiccion"),
]


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^0-9a-zñ]+", " ", s.replace("ñ", "n"))
    return " " + " ".join(s.split()) + " "


STATE_ALT = "|".join(norm(x).strip() for x in STATES)
BODY_RULES = [(lab, re.compile(p.replace("STATE", STATE_ALT))) for lab, p in BODY_RULES]


def body_kind(name):
    n = norm(name).strip()
    for lab, rx in BODY_RULES:
        if rx.search(n):
            return lab
    return None


def stem(w):
    for suf in ("as", "os", "es", "a", "o", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


# ---------------------------------------------------------------- YAML loading
def load_yaml(path):
    text = open(path, encoding="utf-8").read()
    try:
        import yaml
        return yaml.safe_load(text)
    except ImportError:
        return _mini_yaml(text)


def _scalar(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    if v in ("true", "false"):
        return v == "true"
    return v


def _split_top(s):
    out, depth, cur, q = [], 0, "", None
    for ch in s:
        if q:
            cur += ch
            if ch == q:
                q = None
            continue
        if ch in "\"'":
            q = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def _flow(v):
    v = v.strip()
    if v.startswith("{"):
        d = {}
        for part in _split_top(v[1:-1]):
            k, _, val = part.partition(":")
            d[k.strip()] = _flow(val)
        return d
    if v.startswith("["):
        return [_flow(x) for x in _split_top(v[1:-1])]
    return _scalar(v)


def _mini_yaml(text):
    data, key = {}, None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" ") and ":" in line:
            key, _, val = line.partition(":")
            key = key.strip()
            data[key] = _flow(val) if val.strip() else []
        elif line.strip().startswith("- "):
            data[key].append(_flow(line.strip()[2:]))
    return data


# ---------------------------------------------------------------- article parsing
def split_article(path, errors):
    raw = open(path, encoding="utf-8").read()
    fname = os.path.basename(path)
    num = int(fname[:2])
    body = raw
    if num <= 7:
        fmt = "Jekyll"
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
        if not m or not path.endswith(".md"):
            errors.append(f"{fname}: not a Jekyll post with front matter")
        else:
            fm = m.group(1)
            for k in ("title", "date", "author", "categories"):
                if not re.search(rf"^{k}:", fm, re.M):
                    errors.append(f"{fname}: front matter lacks {k}")
            body = m.group(2)
    elif num <= 14:
        fmt = "Cable"
        lines = [l for l in raw.splitlines() if l.strip()]
        if not path.endswith(".md") or not lines[0].startswith("## "):
            errors.append(f"{fname}: wire article must start with '## Title'")
        if not re.match(r"^Por .+ \| .+ \| .+, \d{1,2} de [a-z]+ de 20\d\d\s*$", lines[1]):
            errors.append(f"{fname}: bad byline {lines[1]!r}")
    else:
        fmt = "Boletín"
        if not path.endswith(".txt"):
            errors.append(f"{fname}: press release must be .txt")
        if not re.search(r"bolet[ií]n|comunicado", raw[:400], re.I) or not re.search(r"\d+/20\d\d", raw[:400]):
            errors.append(f"{fname}: no bulletin number in header")
        paras = [p for p in re.split(r"\n\s*\n", raw) if p.strip()]
        dl = [p for p in paras if re.match(r"^[A-ZÁÉÍÓÚÑ][^,\n]+, [^,\n]+, \d{1,2} de [a-z]+ de 20\d\d\.-", p)]
        if not dl:
            errors.append(f"{fname}: no dateline 'City, State, d de mes de aaaa.-'")
        if not re.search(r"^\s*-\s?30\s?-\s*$", raw, re.M):
            errors.append(f"{fname}: no end marker -30-")
    return fmt, raw, body


def word_count(body):
    return sum(1 for t in body.split() if re.search(r"\w", t))


# ---------------------------------------------------------------- main check
def main():
    errors = []
    rows = []
    all_off = []
    inst_kinds = OrderedDict()
    states_seen = {}
    texts = sorted(f for f in os.listdir(B1) if re.match(r"^\d\d\.(md|txt)$", f))
    nums = [int(f[:2]) for f in texts]
    if nums != list(range(1, 21)):
        errors.append(f"expected articles 01..20, found {texts}")
    for f in texts:
        num = int(f[:2])
        path = os.path.join(B1, f)
        ypath = os.path.join(B1, f"{num:02d}.yaml")
        if not os.path.exists(ypath):
            errors.append(f"{f}: gold file missing")
            continue
        fmt, raw, body = split_article(path, errors)
        T = norm(raw)
        toks = T.split()
        tokstems = {stem(t) for t in toks} | set(toks)
        wc = word_count(body)
        if not 250 <= wc <= 350:
            errors.append(f"{f}: {wc} words (250-350 required)")
        g = load_yaml(ypath) or {}
        if set(g) != {"state", "officials", "institutions", "traps"}:
            errors.append(f"{ypath}: top-level keys {sorted(g)}")
        st = g.get("state")
        if st not in STATES:
            errors.append(f"{f}: invalid state {st!r}")
        elif st in states_seen:
            errors.append(f"{f}: state {st} already used in {states_seen[st]}")
        else:
            states_seen[st] = f
            if norm(st) not in T:
                errors.append(f"{f}: state {st} never named in the text")
        insts = g.get("institutions") or []
        inames = []
        for it in insts:
            if not isinstance(it, dict) or set(it) != INST_KEYS:
                errors.append(f"{f}: bad institution entry {it!r}")
                continue
            nm, also = it["name"], it["also"] or []
            if not isinstance(also, list):
                errors.append(f"{f}: 'also' must be a list in {nm}")
                also = []
            if nm in inames:
                errors.append(f"{f}: duplicate institution {nm}")
            inames.append(nm)
            forms = [nm] + list(also)
            if not any(norm(x) in T for x in forms):
                errors.append(f"{f}: institution {nm} - no form occurs in text")
            for a in also:
                if norm(a) not in T:
                    errors.append(f"{f}: institution {nm} - alias {a!r} not in text")
            bk = body_kind(nm)
            if bk is None:
                errors.append(f"{f}: cannot classify institution {nm}")
            else:
                inst_kinds.setdefault(bk, []).append(f"{f[:2]}:{nm}")
        offs = g.get("officials") or []
        if not 8 <= len(offs) <= 10:
            errors.append(f"{f}: {len(offs)} officials (8-10 required)")
        names = set()
        for o in offs:
            if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
                errors.append(f"{f}: bad official entry {o!r}")
                continue
            nm, role = str(o["name"]), str(o["role"])
            if nm in names:
                errors.append(f"{f}: duplicate official {nm}")
            names.add(nm)
            if norm(nm) not in T:
                errors.append(f"{f}: official name {nm!r} not in text")
            if norm(nm).lstrip().startswith(HONORIFICS):
                errors.append(f"{f}: name {nm!r} carries an honorific or rank")
            if len(nm.split()) < 2:
                errors.append(f"{f}: name {nm!r} is not a full name")
            if o["gender"] not in ("f", "m"):
                errors.append(f"{f}: {nm}: gender must be f or m")
            if not isinstance(o["former"], bool):
                errors.append(f"{f}: {nm}: former must be true/false")
            if o["kind"] not in KINDS:
                errors.append(f"{f}: {nm}: unknown kind {o['kind']!r}")
            if o["institution"] not in [i.get("name") for i in insts if isinstance(i, dict)]:
                errors.append(f"{f}: {nm}: institution {o['institution']!r} not listed")
            rw = [w for w in norm(role).split() if w not in STOP]
            if not rw:
                errors.append(f"{f}: {nm}: empty role")
            for w in rw:
                if w not in toks and stem(w) not in tokstems:
                    errors.append(f"{f}: {nm}: role word {w!r} not in text")
            is_ex = norm(role).split()[0].startswith("ex")
            if bool(o["former"]) != is_ex:
                errors.append(f"{f}: {nm}: former={o['former']} but role is {role!r}")
            if o["kind"] == "former" and not o["former"]:
                errors.append(f"{f}: {nm}: kind former needs former: true")
            if o["gender"] == "f":
                # only the title itself: the words before the first preposition
                nr = " " + " ".join(re.split(r" (?:de|del|en) ", norm(role))[0].split()) + " "
                for mw in MASC_ONLY:
                    if f" {mw} " in nr:
                        errors.append(f"{f}: {nm}: woman with masculine role word {mw!r}")
            all_off.append((f, o))
        traps = g.get("traps") or []
        if len(traps) < 2:
            errors.append(f"{f}: {len(traps)} traps (at least 2 required)")
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", str(t))
            if not m:
                errors.append(f"{f}: trap not 'Name (reason)': {t!r}")
                continue
            tn = m.group(1)
            if norm(tn) not in T:
                errors.append(f"{f}: trap {tn!r} not in text")
            if tn in names:
                errors.append(f"{f}: trap {tn!r} is also an official")
        nw = sum(1 for o in offs if isinstance(o, dict) and o.get("gender") == "f")
        rows.append((f, fmt, st, wc, len(offs), nw, len(insts), len(traps)))

    # global counts
    total = len(all_off)
    women = sum(1 for _, o in all_off if o.get("gender") == "f")
    if total < 160:
        errors.append(f"only {total} officials (at least 160)")
    if total and women / total < 0.45:
        errors.append(f"women {women}/{total} = {women/total:.1%} (< 45%)")
    kc = Counter(o.get("kind") for _, o in all_off)
    for k in KINDS:
        if kc[k] < 3:
            errors.append(f"kind {k} used {kc[k]} times (at least 3)")
    if len(inst_kinds) < 20:
        errors.append(f"only {len(inst_kinds)} kinds of public bodies (at least 20)")
    fmts = Counter(r[1] for r in rows)
    if rows and (fmts["Jekyll"], fmts["Cable"], fmts["Boletín"]) != (7, 7, 6):
        errors.append(f"format counts {dict(fmts)}")

    if "--tables" in sys.argv:
        print_tables(rows, all_off, inst_kinds, kc)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(rows)} articles, {total} officials, {women} women "
          f"({(women/total if total else 0):.1%}), {sum(r[6] for r in rows)} institutions, "
          f"{len(inst_kinds)} kinds of bodies, {sum(r[7] for r in rows)} traps; "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


def print_tables(rows, all_off, inst_kinds, kc):
    total = len(all_off)
    women = sum(1 for _, o in all_off if o.get("gender") == "f")
    print("## Totals\n")
    print("| articles | officials | women | women % | former | institutions | kinds of bodies | traps | words |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {len(rows)} | {total} | {women} | {women/total:.1%} | "
          f"{sum(1 for _, o in all_off if o.get('former'))} | {sum(r[6] for r in rows)} | "
          f"{len(inst_kinds)} | {sum(r[7] for r in rows)} | {sum(r[3] for r in rows)} |\n")
    print("## Per file\n")
    print("| file | format | state | words | officials | women | institutions | traps |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print("\n## Per kind (hardest construction per official)\n")
    print("| kind | officials | women | files |")
    print("|---|---|---|---|")
    for k in KINDS:
        offs = [(f, o) for f, o in all_off if o.get("kind") == k]
        files = sorted({f[:2] for f, _ in offs})
        print(f"| {k} | {len(offs)} | {sum(1 for _, o in offs if o.get('gender') == 'f')} | {', '.join(files)} |")
    print("\n## Kinds of public bodies\n")
    print("| kind of body | institutions | examples |")
    print("|---|---|---|")
    for k, v in inst_kinds.items():
        ex = "; ".join(list(OrderedDict.fromkeys(x.split(":", 1)[1] for x in v))[:3])
        print(f"| {k} | {len(v)} | {ex} |")
    print()


if __name__ == "__main__":
    main()
