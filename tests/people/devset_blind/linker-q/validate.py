#!/usr/bin/env python3
"""Validate the blind gold set in b1/ against its texts.

Usage: python3 validate.py            -> checks, prints problems, exit 0 if none
       python3 validate.py --tables   -> also prints the README tables (markdown)
Standard library only (+ PyYAML if present; a small fallback parser otherwise).
"""
import os, re, sys, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

KINDS = ["plural_list", "feminine", "rare_title", "after_name", "parenthesis",
         "cuyo_titular", "no_comma", "surname_only_later", "role_only_reference",
         "former", "military_rank", "nested_body", "apposition", "description_only", "other"]
OFF_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
INST_KEYS = {"name", "also"}
TOP_KEYS = {"state", "officials", "institutions", "traps"}
STATES = ["Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
          "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Estado de México",
          "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos", "Nayarit",
          "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
          "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán"]
STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "por", "para",
        "con", "ex", "su", "sus", "o"}

# ---------------------------------------------------------------- YAML
try:
    import yaml  # type: ignore
    def load_yaml(path):
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
except ImportError:  # minimal parser for the flow-style gold files
    def _scalar(s):
        s = s.strip()
        if s in ("true", "false"):
            return s == "true"
        if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
            return s[1:-1]
        return s
    def _split(s):
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
                out.append(cur); cur = ""
            else:
                cur += ch
        if cur.strip():
            out.append(cur)
        return out
    def _flow(s):
        s = s.strip()
        if s.startswith("{"):
            d = {}
            for part in _split(s[1:-1]):
                k, v = part.split(":", 1)
                d[k.strip()] = _flow(v)
            return d
        if s.startswith("["):
            return [_flow(p) for p in _split(s[1:-1])]
        return _scalar(s)
    def load_yaml(path):
        data, key = {}, None
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                if not line.startswith(" ") and ":" in line:
                    key, rest = line.split(":", 1)
                    key = key.strip()
                    data[key] = _scalar(rest) if rest.strip() else []
                elif line.strip().startswith("- "):
                    data[key].append(_flow(line.strip()[2:]))
        return data

# ---------------------------------------------------------------- helpers
def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u2014", " ").replace("\u2013", " ")
    return re.sub(r"\s+", " ", s)

def occurs(needle, hay_norm):
    n = norm(needle).strip()
    return re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", hay_norm) is not None

def stem(w):
    return w[:4] if len(w) <= 5 else w[:len(w) - 3]

def role_words_ok(role, hay_norm):
    missing = []
    for w in re.findall(r"[\w]+", norm(role)):
        if w in STOP or len(w) < 3:
            continue
        cands = {stem(w), stem(w).replace("z", "c")}  # juez/jueza -> jueces
        if not any(re.search(r"(?<!\w)" + re.escape(c), hay_norm) for c in cands):
            missing.append(w)
    return missing

def body_of(path, raw):
    if path.endswith(".md") and raw.startswith("---"):
        parts = raw.split("---", 2)
        return parts[2]
    return raw

def word_count(text):
    return len(re.findall(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+", text))

def fmt_of(path, raw):
    if path.endswith(".txt"):
        return "press"
    return "jekyll" if raw.startswith("---") else "wire"

# kinds of public bodies: first matching rule wins
BODY_RULES = [
    (r"proteccion civil", "protección civil"),
    (r"desarrollo integral de la familia|\bdif\b", "DIF"),
    (r"derechos humanos", "comisión de derechos humanos"),
    (r"auditoria|contraloria|organo interno de control|fiscalizacion", "auditoría / control"),
    (r"electoral|participacion ciudadana|\bine\b", "órgano electoral"),
    (r"zona naval|region naval|secretaria de marina|sector naval", "marina (zona naval)"),
    (r"zona militar|region militar|defensa nacional|batallon", "ejército (zona militar)"),
    (r"guardia nacional|policia|seguridad publica|seguridad ciudadana|transito|vialidad", "policía / seguridad pública"),
    (r"hospital|clinica|centro de salud|unidad de medicina", "hospital / unidad médica"),
    (r"agua|alcantarillado|saneamiento", "organismo de agua"),
    (r"jurisdiccion sanitaria|^servicios de salud", "servicios de salud estatales"),
    (r"seguro social|\bimss\b", "IMSS"),
    (r"issste|seguridad y servicios sociales", "ISSSTE"),
    (r"comision federal de electricidad|\bcfe\b", "CFE"),
    (r"petroleos mexicanos|pemex|refineria", "Pemex"),
    (r"procuraduria", "procuraduría"),
    (r"defensoria", "defensoría pública"),
    (r"reinsercion|penitenciari|cereso", "sistema penitenciario"),
    (r"juzgado civico", "juzgado cívico municipal"),
    (r"congreso|legislatura", "congreso estatal"),
    (r"juzgado .*distrito|tribunal colegiado|circuito", "juzgado / tribunal federal"),
    (r"tribunal|poder judicial|juzgado|junta local de conciliacion|consejo de la judicatura|centro de justicia", "tribunal / poder judicial estatal"),
    (r"fiscalia|ministerio publico", "fiscalía"),
    (r"universidad|tecnologico|facultad|colegio de bachilleres|escuela|preparatoria|conalep", "universidad / educación pública"),
    (r"\bmujer(es)?\b", "instituto de las mujeres"),
    (r"ayuntamiento|cabildo", "ayuntamiento"),
    (r"municipal|del municipio", "dependencia municipal"),
    (r"^gobierno del estado|^gobierno de ", "gobierno estatal (ejecutivo)"),
    (r"\ben (" + "|".join(norm(s) for s in STATES) + r")$|representacion|delegacion|oficina", "oficina federal en el estado"),
    (r"^instituto|^comision|^consejo|^organismo|^servicios", "instituto / organismo descentralizado"),
    (r"^secretaria|^subsecretaria|^direccion|^coordinacion", None),  # decided below
]

def body_kind(name):
    n = norm(name)
    for rx, kind in BODY_RULES:
        if re.search(rx, n):
            if kind is None:
                if any(norm(s) in n for s in STATES):
                    return "secretaría / dependencia estatal"
                return "secretaría / dependencia federal"
            return kind
    return "otro"

PARENTS = [(r"(del|de la) imss$", "Instituto Mexicano del Seguro Social"),
           (r"(del|de la) issste$", "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado"),
           (r"de la cfe$", "Comisión Federal de Electricidad"),
           (r"de pemex$", "Petróleos Mexicanos")]

# ---------------------------------------------------------------- checks
def check_file(stem_path, errors):
    txts = [p for p in (stem_path + ".md", stem_path + ".txt") if os.path.exists(p)]
    base = os.path.basename(stem_path)
    if len(txts) != 1:
        errors.append(f"{base}: expected exactly one .md or .txt, found {len(txts)}")
        return None
    tpath = txts[0]
    raw = open(tpath, encoding="utf-8").read()
    hay = norm(raw)
    fmt = fmt_of(tpath, raw)
    body = body_of(tpath, raw)
    wc = word_count(body)
    if not 250 <= wc <= 350:
        errors.append(f"{base}: {wc} words (need 250-350)")
    # format checks
    if fmt == "jekyll":
        fm = raw.split("---", 2)[1]
        for k in ("title", "date", "author", "categories"):
            if not re.search(r"^" + k + r":", fm, re.M):
                errors.append(f"{base}: front matter lacks {k}")
    elif fmt == "wire":
        if not re.search(r"^## \S", raw, re.M):
            errors.append(f"{base}: wire article lacks '## Title'")
        if not re.search(r"^Por [^|\n]+ \| [^|\n]+ \| [^,\n]+, \d{1,2} de \w+ de \d{4}\s*$", raw, re.M):
            errors.append(f"{base}: wire article lacks byline 'Por Name | Outlet | City, date'")
    else:
        if not re.search(r"^(Bolet[ií]n|Comunicado)[^\n]*\d", raw, re.M):
            errors.append(f"{base}: press release lacks bulletin number")
        if not re.search(r"^[^\n,]+, [^\n,]+, \d{1,2} de \w+ de \d{4}\.-\s*\S", raw, re.M):
            errors.append(f"{base}: press release lacks dateline 'City, State, date.-'")
        if not re.search(r"^\s*-\s?30\s?-\s*$", raw, re.M):
            errors.append(f"{base}: press release lacks end marker -30-")
    gold = load_yaml(stem_path + ".yaml")
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        errors.append(f"{base}: top-level keys must be {sorted(TOP_KEYS)}")
        return None
    if gold["state"] not in STATES or gold["state"] == "Zacatecas":
        errors.append(f"{base}: bad state {gold['state']!r}")
    insts = gold["institutions"] or []
    inames = []
    for ins in insts:
        if not isinstance(ins, dict) or set(ins) != INST_KEYS:
            errors.append(f"{base}: institution keys must be name, also: {ins}")
            continue
        if not isinstance(ins["also"], list):
            errors.append(f"{base}: 'also' must be a list: {ins['name']}")
            continue
        inames.append(ins["name"])
        forms = [ins["name"]] + ins["also"]
        for a in ins["also"]:
            if not occurs(a, hay):
                errors.append(f"{base}: institution form not in text: {a!r} ({ins['name']})")
        if not any(occurs(f, hay) for f in forms):
            errors.append(f"{base}: no form of institution in text: {ins['name']}")
        k = body_kind(ins["name"])
        if k == "otro":
            errors.append(f"{base}: institution not classified: {ins['name']}")
        n = norm(ins["name"])
        for rx, parent in PARENTS:
            if re.search(rx, n) and parent not in [i.get("name") for i in insts]:
                errors.append(f"{base}: nested body {ins['name']} without parent {parent}")
        m = re.search(r" (de la|del) (universidad .*|ayuntamiento de .*)$", n)
        if m and m.group(2) not in [norm(i.get("name", "")) for i in insts]:
            errors.append(f"{base}: nested body {ins['name']} without parent")
    if len(set(inames)) != len(inames):
        errors.append(f"{base}: duplicate institution")
    offs = gold["officials"] or []
    if not 8 <= len(offs) <= 10:
        errors.append(f"{base}: {len(offs)} officials (need 8-10)")
    names = []
    for o in offs:
        if not isinstance(o, dict) or set(o) != OFF_KEYS:
            errors.append(f"{base}: official keys must be {sorted(OFF_KEYS)}: {o}")
            continue
        names.append(o["name"])
        if not occurs(o["name"], hay):
            errors.append(f"{base}: official name not in text: {o['name']!r}")
        if re.match(r"(lic|dr|dra|mtro|mtra|ing|prof|profa|gral|gral)\.? ", norm(o["name"])):
            errors.append(f"{base}: honorific in name {o['name']!r}")
        if o["gender"] not in ("f", "m"):
            errors.append(f"{base}: bad gender for {o['name']}")
        if o["kind"] not in KINDS:
            errors.append(f"{base}: bad kind {o['kind']!r} for {o['name']}")
        if not isinstance(o["former"], bool):
            errors.append(f"{base}: former must be boolean for {o['name']}")
        is_ex = re.match(r"ex[\s-]?\w", norm(o["role"])) is not None
        if o["former"] != is_ex:
            errors.append(f"{base}: former={o['former']} but role {o['role']!r}")
        if o["kind"] == "former" and not o["former"]:
            errors.append(f"{base}: kind former without former: true ({o['name']})")
        miss = role_words_ok(o["role"], hay)
        if miss:
            errors.append(f"{base}: role words not in text for {o['name']}: {miss}")
        if o["institution"] not in inames:
            errors.append(f"{base}: institution of {o['name']} not listed: {o['institution']!r}")
    if len(set(names)) != len(names):
        errors.append(f"{base}: duplicate official")
    traps = gold["traps"] or []
    if len(traps) < 2:
        errors.append(f"{base}: fewer than 2 traps")
    tnames = []
    for t in traps:
        m = re.match(r"^(.+?) \((.+)\)$", t or "")
        if not m:
            errors.append(f"{base}: trap must be 'Name (reason)': {t!r}")
            continue
        tnames.append(m.group(1))
        if not occurs(m.group(1), hay):
            errors.append(f"{base}: trap name not in text: {m.group(1)!r}")
        if norm(m.group(1)) in [norm(x) for x in names]:
            errors.append(f"{base}: trap is also an official: {m.group(1)!r}")
    return {"file": os.path.basename(tpath), "fmt": fmt, "state": gold["state"], "words": wc,
            "officials": offs, "institutions": insts, "traps": traps}

def main():
    errors = []
    stems = sorted(p[:-5] for p in glob.glob(os.path.join(B1, "*.yaml")))
    expected = [os.path.join(B1, f"{i:02d}") for i in range(1, 21)]
    if stems != expected:
        errors.append(f"expected gold files 01..20.yaml, found {[os.path.basename(s) for s in stems]}")
    rows = [r for r in (check_file(s, errors) for s in stems) if r]
    offs = [o for r in rows for o in r["officials"]]
    n_off = len(offs)
    n_f = sum(1 for o in offs if o.get("gender") == "f")
    fmts = [r["fmt"] for r in rows]
    if (fmts.count("jekyll"), fmts.count("wire"), fmts.count("press")) != (7, 7, 6):
        errors.append(f"formats jekyll/wire/press = {fmts.count('jekyll')}/{fmts.count('wire')}/{fmts.count('press')} (need 7/7/6)")
    states = [r["state"] for r in rows]
    if len(set(states)) != len(states) or len(states) != 20:
        errors.append(f"need 20 different states, got {len(set(states))}")
    if n_off < 160:
        errors.append(f"only {n_off} officials (need >=160)")
    if n_off and n_f / n_off < 0.45:
        errors.append(f"women {n_f}/{n_off} = {100*n_f/n_off:.1f}% (< 45%)")
    used = {o.get("kind") for o in offs}
    for k in KINDS:
        if k not in used:
            errors.append(f"kind never used: {k}")
    body_kinds = {}
    for r in rows:
        for i in r["institutions"]:
            body_kinds.setdefault(body_kind(i["name"]), set()).add(i["name"])
    if len([k for k in body_kinds if k != "otro"]) < 20:
        errors.append(f"only {len(body_kinds)} kinds of public bodies (need >=20)")
    n_inst = sum(len(r["institutions"]) for r in rows)
    n_traps = sum(len(r["traps"]) for r in rows)

    if "--tables" in sys.argv:
        print(f"Totals: {len(rows)} articles, {n_off} official mentions, {n_f} women "
              f"({100*n_f/max(n_off,1):.1f}%), {n_inst} institutions, "
              f"{len(body_kinds)} kinds of public bodies, {n_traps} traps, "
              f"{sum(r['words'] for r in rows)} words.\n")
        print("| file | format | state | words | officials | women | institutions | traps |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['file']} | {r['fmt']} | {r['state']} | {r['words']} | {len(r['officials'])} | "
                  f"{sum(1 for o in r['officials'] if o['gender']=='f')} | {len(r['institutions'])} | {len(r['traps'])} |")
        print("\n| kind | officials | women | former | files |")
        print("|---|---|---|---|---|")
        for k in KINDS:
            ks = [(r['file'][:2], o) for r in rows for o in r["officials"] if o["kind"] == k]
            print(f"| {k} | {len(ks)} | {sum(1 for _, o in ks if o['gender']=='f')} | "
                  f"{sum(1 for _, o in ks if o['former'])} | {', '.join(sorted({f for f, _ in ks}))} |")
        print("\n| kind of public body | institutions | examples |")
        print("|---|---|---|")
        for k in sorted(body_kinds, key=lambda x: (-len(body_kinds[x]), x)):
            ex = sorted(body_kinds[k])[:3]
            print(f"| {k} | {len(body_kinds[k])} | {'; '.join(ex)} |")
        print()
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(rows)} files, {n_off} officials, {100*n_f/max(n_off,1):.1f}% women, "
          f"{n_inst} institutions, {len(body_kinds)} kinds of bodies, {n_traps} traps")
    sys.exit(0)

if __name__ == "__main__":
    main()
