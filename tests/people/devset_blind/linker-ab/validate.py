#!/usr/bin/env python3
"""Validate the linker-ab blind set (standard library only).
Usage: python3 validate.py            -> prints per-file and set-wide results, exit 1 on any error."""
import json, os, re, sys, unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = ["plural_list", "feminine", "rare_title", "after_name", "parenthesis", "cuyo_titular",
         "no_comma", "surname_only_later", "role_only_reference", "former", "military_rank",
         "nested_body", "apposition", "description_only", "other"]
FORMATS = {"jekyll": ["01", "02", "03", "04"], "wire": ["05", "06", "07", "08"], "press": ["09", "10", "11", "12"]}
STOP = {"de", "del", "la", "las", "el", "los", "y", "en", "para", "a", "al", "e"}
MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
          "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
# institution kinds, first matching pattern wins (used for the ">= 15 kinds" check and the README)
INST_KINDS = [
    ("army", r"Zona Militar|Defensa|Ejército"),
    ("navy", r"Zona Naval|Marina|Capitanía de Puerto"),
    ("national guard", r"Guardia Nacional"),
    ("legislature", r"Congreso"),
    ("courts", r"Tribunal|Juzgado"),
    ("prosecutors", r"Fiscalía General"),
    ("human rights / search", r"Derechos Humanos|Búsqueda de Personas"),
    ("transparency", r"Transparencia"),
    ("audit / internal control", r"Fiscalización|Auditoría|Contraloría"),
    ("electoral", r"Electoral"),
    ("health system / social security", r"Hospital|Jurisdicción|IMSS|Seguro Social|ISSSTE|Seguridad y Servicios Sociales|Secretaría de Salud"),
    ("public education / universities", r"Universidad|Tecnológico|Colegio de Bachilleres|Escuela|Secretaría de Educación"),
    ("water agencies", r"Agua|SIAPA|Saneamiento|Cuenca|Conagua|Servicios Públicos"),
    ("transport / mobility", r"Movilidad"),
    ("state-owned companies", r"Petróleos|Terminal de Almacenamiento|Comisión Federal de Electricidad|Zona de Distribución|Litio|Portuario"),
    ("federal programmes / welfare", r"Bienestar"),
    ("civil protection", r"Protección Civil"),
    ("social assistance / women", r"Mujeres|Desarrollo Integral de la Familia"),
    ("security ministry", r"Seguridad Pública"),
    ("municipal councils", r"Ayuntamiento|Municipio"),
    ("state executive", r"Gobierno del Estado"),
    ("state cabinet ministries", r"Secretaría"),
]

def inst_kind(name):
    for k, pat in INST_KINDS:
        if re.search(pat, name):
            return k
    return "other"

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")

def parse_flow(s):
    s = s.strip()
    assert s.startswith("{") and s.endswith("}"), s
    s = s[1:-1]
    out, i = {}, 0
    while i < len(s):
        m = re.match(r"\s*([a-z_]+):\s*", s[i:])
        if not m:
            break
        key = m.group(1); i += m.end()
        if s[i] == '"':
            m2 = re.match(r'"(?:[^"\\]|\\.)*"', s[i:]); out[key] = json.loads(m2.group(0)); i += m2.end()
        elif s[i] == "[":
            j = i; depth = 0; inq = False
            while True:
                c = s[j]
                if c == '"' and s[j - 1] != "\\": inq = not inq
                elif not inq and c == "[": depth += 1
                elif not inq and c == "]":
                    depth -= 1
                    if depth == 0: break
                j += 1
            out[key] = json.loads(s[i:j + 1]); i = j + 1
        else:
            m2 = re.match(r"[^,}]+", s[i:]); v = m2.group(0).strip(); i += m2.end()
            out[key] = {"true": True, "false": False}.get(v, v)
        m3 = re.match(r"\s*,\s*", s[i:])
        if m3: i += m3.end()
    return out

def load_gold(path):
    g = {"officials": [], "institutions": [], "traps": []}; sec = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip(): continue
        if line.startswith("state:"):
            g["state"] = line.split(":", 1)[1].strip().strip('"'); continue
        if re.match(r"^[a-z]+:\s*$", line):
            sec = line[:-1].strip(); continue
        m = re.match(r"^\s*-\s+(.*)$", line)
        if m and sec:
            v = m.group(1)
            g[sec].append(parse_flow(v) if v.startswith("{") else json.loads(v))
    return g

def body_of(fmt, text):
    if fmt == "jekyll":
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S); return m.group(2)
    if fmt == "wire":
        lines = text.split("\n"); return "\n".join(l for l in lines if not l.startswith("## ") and not l.startswith("Por "))
    m = re.search(r"^(.+?, .+?, \d{1,2} de \w+ de \d{4}\.-.*?)^-30-", text, re.S | re.M); return m.group(1)

def main():
    errors, warns = [], []
    def err(f, msg): errors.append(f"{f}: {msg}")
    files = sorted(x for x in os.listdir(B1) if re.match(r"^\d\d\.(md|txt)$", x))
    if len(files) != 12: err("set", f"expected 12 texts, found {len(files)}")
    states, dates, tot_off, tot_w, tot_inst, tot_traps = [], [], 0, 0, 0, 0
    kinds_used, inst_kinds = {}, {}
    rows = []
    for fn in files:
        nn = fn[:2]; text = open(os.path.join(B1, fn), encoding="utf-8").read()
        fmt = [k for k, v in FORMATS.items() if nn in v][0]
        ypath = os.path.join(B1, nn + ".yaml")
        if not os.path.exists(ypath): err(fn, "missing yaml"); continue
        g = load_gold(ypath)
        # format
        if fmt == "jekyll":
            if not fn.endswith(".md"): err(fn, "jekyll post must be .md")
            fm = re.match(r"^---\n(.*?)\n---\n", text, re.S)
            if not fm: err(fn, "no front matter")
            else:
                for k in ["layout", "title", "date", "author", "categories"]:
                    if not re.search(rf"^{k}:", fm.group(1), re.M): err(fn, f"front matter lacks {k}")
                m = re.search(r"^date:\s*(\d{4})-(\d\d)-(\d\d)", fm.group(1), re.M)
                if m: dates.append((fn, date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
        elif fmt == "wire":
            if not text.startswith("## "): err(fn, "wire must start with '## Title'")
            m = re.search(r"^Por [^|\n]+ \| [^|\n]+ \| [^,\n]+, [^,\n]+, (\d{1,2}) de (\w+) de (\d{4})$", text, re.M)
            if not m: err(fn, "bad byline")
            else: dates.append((fn, date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))))
        else:
            head = text.split("\n")
            if len([l for l in head[:3] if l.strip()]) < 3: err(fn, "press header needs issuer, office, bulletin number")
            if not re.search(r"(?i)bolet[ií]n|comunicado", "\n".join(head[:4])): err(fn, "no bulletin number line")
            if not any(l.strip() and l == l.upper() and len(l.split()) > 4 for l in head[3:8]): err(fn, "no upper-case title")
            m = re.search(r"^[^\n,]+, ([^\n,]+), (\d{1,2}) de (\w+) de (\d{4})\.-", text, re.M)
            if not m: err(fn, "no dateline 'City, State, D de mes de AAAA.-'")
            else: dates.append((fn, date(int(m.group(4)), MONTHS[m.group(3)], int(m.group(2)))))
            if not re.search(r"^-30-\s*$", text, re.M): err(fn, "no end marker -30-")
        body = body_of(fmt, text); nw = len(body.split())
        if not 250 <= nw <= 350: err(fn, f"body has {nw} words (250-350)")
        # state
        st = g.get("state", ""); states.append(st)
        if st == "Zacatecas": err(fn, "Zacatecas is not allowed")
        if st not in text: err(fn, f"state {st} not named in text")
        low = text.lower(); ftext = fold(text)
        inst_names = {i["name"] for i in g["institutions"]}
        offs = g["officials"]
        if not 8 <= len(offs) <= 10: err(fn, f"{len(offs)} officials (8-10)")
        women = 0
        for o in offs:
            for k in ["name", "gender", "role", "institution", "former", "kind"]:
                if k not in o: err(fn, f"official lacks {k}: {o}")
            name = o["name"]
            if name not in text: err(fn, f"name not in text: {name}")
            if o["gender"] not in ("f", "m"): err(fn, f"bad gender {name}")
            women += o["gender"] == "f"
            if o["kind"] not in KINDS: err(fn, f"bad kind {o['kind']} for {name}")
            kinds_used[o["kind"]] = kinds_used.get(o["kind"], 0) + 1
            if o["institution"] not in inst_names: err(fn, f"institution of {name} not listed: {o['institution']}")
            for w in re.findall(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+", o["role"]):
                wl = w.lower()
                if wl in STOP or len(wl) < 3: continue
                if wl in low: continue
                if wl[:max(4, len(wl) - 3)] in low: continue
                err(fn, f"role word '{w}' of {name} not in text")
            has_ex = bool(re.match(r"^ex", o["role"]))
            if o["former"] != has_ex: err(fn, f"former flag vs role mismatch for {name}")
            if o["kind"] == "surname_only_later":
                toks = name.split()
                if not any(text.count(t) > text.count(name) for t in toks[1:]):
                    err(fn, f"no later surname-only mention for {name}")
        for i in g["institutions"]:
            forms = [i["name"]] + list(i.get("also", []))
            for a in i.get("also", []):
                if a not in text: err(fn, f"'also' form not in text: {a}")
            ok = any(f in text for f in forms) or fold(i["name"]) in ftext
            if not ok:
                parts = re.split(r" del? ", i["name"], maxsplit=1)
                tail = parts[1] if len(parts) == 2 else ""
                if tail and tail in text: warns.append(f"{fn}: institution evoked through a title only: {i['name']}")
                else: err(fn, f"institution not in text: {i['name']}")
            k = inst_kind(i["name"]); inst_kinds.setdefault(k, set()).add(i["name"])
        if len(g["traps"]) < 2: err(fn, "fewer than 2 traps")
        for t in g["traps"]:
            tn = t.split(" (")[0]
            if tn not in text: err(fn, f"trap not in text: {tn}")
            if tn in {o["name"] for o in offs}: err(fn, f"trap is also an official: {tn}")
        tot_off += len(offs); tot_w += women; tot_inst += len(g["institutions"]); tot_traps += len(g["traps"])
        rows.append((fn, fmt, st, len(offs), women, len(g["institutions"]), len(g["traps"]), nw))
    # set-wide
    if len(set(states)) != 12: err("set", f"states not 12 distinct: {states}")
    if dates:
        ds = [d for _, d in dates]
        if (max(ds) - min(ds)).days > 6: err("set", f"dates span more than one week: {min(ds)}..{max(ds)}")
    if tot_off and tot_w / tot_off < 0.45: err("set", f"women {tot_w}/{tot_off} < 45%")
    missing = [k for k in KINDS if k not in kinds_used]
    if missing: err("set", f"kinds not used: {missing}")
    if len([k for k in inst_kinds if k != "other"]) < 15: err("set", f"only {len(inst_kinds)} kinds of public bodies")
    print(f"{'file':8}{'format':8}{'state':22}{'off':>5}{'wom':>5}{'inst':>6}{'traps':>6}{'words':>7}")
    for r in rows: print(f"{r[0]:8}{r[1]:8}{r[2]:22}{r[3]:>5}{r[4]:>5}{r[5]:>6}{r[6]:>6}{r[7]:>7}")
    print(f"TOTAL texts={len(rows)} officials={tot_off} women={tot_w} ({100*tot_w/max(tot_off,1):.1f}%) "
          f"institutions={tot_inst} traps={tot_traps} dates={min(ds)}..{max(ds)}")
    print("official kinds:", ", ".join(f"{k}={kinds_used.get(k,0)}" for k in KINDS))
    print(f"institution kinds ({len(inst_kinds)}):", ", ".join(f"{k}={len(v)}" for k, v in sorted(inst_kinds.items())))
    for w in warns: print("NOTE", w)
    for e in errors: print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
