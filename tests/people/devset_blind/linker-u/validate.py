#!/usr/bin/env python3
"""Validate the blind test set in b1/ against its gold files.

Usage:  python3 validate.py            # check everything, exit 0 if the set is valid
        python3 validate.py --tables   # also print the README tables (Markdown)
        python3 validate.py --dir PATH # check a copy of the set kept elsewhere

Checks (all matching is accent-, case- and punctuation-insensitive, on whole words):
  * every article has its gold NN.yaml and the right format (Jekyll / wire / press release),
    body length 250-350 words, its own state (never Zacatecas) named in the text;
  * gold keys and values are valid; 8-10 officials per article; names occur in the text;
    every content word of each role occurs in the text (same stem, so "regidora" matches
    "regidores"); former officials are marked `former: true` and their role starts with "ex";
  * every official's institution is listed; every institution form (name or `also`) occurs
    in the text, or -- for a body evoked only through an official's title -- all the
    distinctive words of its canonical name do; nested bodies have their parent listed;
    no private body is listed; every institution maps to a kind of public body;
  * at least 2 traps per article, each "Name (reason)", the name occurring in the text and
    not being an official's full name;
  * set-wide: 10 articles in 10 states, 3 Jekyll posts + 4 wire articles + 3 press
    releases, >= 80 officials, >= 45 % women, all 15 construction kinds used, >= 15 kinds
    of public bodies.
"""
import os
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required (pip install pyyaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
if "--dir" in sys.argv[1:]:  # check another copy of the set (used to test the checks)
    B1 = os.path.abspath(sys.argv[sys.argv.index("--dir") + 1])

N_ARTICLES = 10
FORMATS_WANTED = {"jekyll": 3, "wire": 4, "press": 3}
MIN_OFF, MAX_OFF = 8, 10
MIN_TOTAL_OFF = 80
MIN_WOMEN = 0.45
MIN_BODY_KINDS = 15
MIN_TRAPS = 2
MIN_WORDS, MAX_WORDS = 250, 350

KINDS = ["plural_list", "feminine", "rare_title", "after_name", "parenthesis",
         "cuyo_titular", "no_comma", "surname_only_later", "role_only_reference",
         "former", "military_rank", "nested_body", "apposition", "description_only",
         "other"]

STATES = ["Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
          "Chiapas", "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango",
          "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "México", "Michoacán",
          "Morelos", "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro",
          "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco",
          "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán"]  # Zacatecas deliberately absent

STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "para", "por",
        "con", "su", "sus", "o", "u"}

HONORIFICS = ("lic", "licenciado", "licenciada", "dr", "dra", "doctor", "doctora", "mtro",
              "mtra", "maestro", "maestra", "ing", "ingeniero", "ingeniera", "profr",
              "profra", "c", "sr", "sra", "general", "vicealmirante", "contralmirante",
              "almirante", "coronel", "capitan", "teniente", "diputada", "diputado")

PRIVATE_MARKERS = ("coparmex", "canaco", "canirac", "iteso", "upaep", "iberoamericana",
                   "asociacion", "colectivo", "sindicato", "partido", "movimiento ciudadano",
                   "consejo coordinador empresarial", "camara nacional", "parroquia")

# kinds of public bodies, first match wins (patterns on the normalised name)
BODY_KINDS = [
    (r"\bhospital\b", "hospital"),
    (r"\bfacultad\b|\bcentro universitario\b", "unidad de universidad pública"),
    (r"\buniversidad\b", "universidad pública"),
    (r"\bimss\b|seguro social", "IMSS (instituto y unidades)"),
    (r"\bissste\b|seguridad y servicios sociales", "ISSSTE"),
    (r"\bcfe\b|federal de electricidad", "CFE (empresa y unidades)"),
    (r"\bpemex\b|petroleos mexicanos|\brefineria\b", "Pemex (empresa y unidades)"),
    (r"zona militar|guarnicion militar|defensa nacional|\bejercito\b", "Ejército / zona militar"),
    (r"zona naval|sector naval|secretaria de marina", "Marina / zona naval"),
    (r"tribunal electoral", "tribunal electoral"),
    (r"instituto electoral|instituto nacional electoral|junta local ejecutiva", "organismo electoral"),
    (r"\btribunal\b|poder judicial", "poder judicial / tribunal"),
    (r"\bfiscalia\b", "fiscalía"),
    (r"derechos humanos", "organismo de derechos humanos"),
    (r"auditoria superior", "órgano de fiscalización (auditoría superior)"),
    (r"\bcontraloria\b", "contraloría municipal"),
    (r"desarrollo integral de la familia|\bdif\b", "DIF"),
    (r"comision nacional del agua|organismo de cuenca", "Conagua (comisión y organismos de cuenca)"),
    (r"\bagua\b|saneamiento|alcantarillado", "organismo operador de agua"),
    (r"policia|seguridad publica|comisaria|secretaria de seguridad", "policía / seguridad pública"),
    (r"proteccion civil", "protección civil"),
    (r"\bcongreso\b", "congreso local"),
    (r"\bayuntamiento\b", "ayuntamiento"),
    (r"gobierno del estado", "gobierno del estado"),
    (r"servicios de salud|secretaria de salud|jurisdiccion sanitaria", "servicios / secretaría de salud estatal"),
    (r"agencia de seguridad energia", "agencia federal reguladora (ASEA)"),
    (r"\bsecretaria de\b", "secretaría estatal"),
    (r"\binstituto\b", "instituto estatal"),
    (r"comision de busqueda", "comisión de búsqueda"),
    (r"\bcomite\b|\bcomision\b", "organismo estatal descentralizado"),
]

# a nested body whose name contains one of these needs a listed parent carrying it
PARENT_MARKERS = ["imss", "issste", "cfe", "pemex", "ine", "comision nacional del agua",
                  "universidad", "fiscalia general", "procuraduria", "servicios de salud",
                  "secretaria de salud"]

MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " " + " ".join(s.split()) + " "


def occurs(phrase, ntext):
    p = norm(phrase)
    return p.strip() != "" and p in ntext


def stem(w):
    for suf in ("es", "as", "os", "a", "o", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def words(s):
    return [w for w in norm(s).split() if w]


def body_kind(name):
    n = norm(name)
    for pat, kind in BODY_KINDS:
        if re.search(pat, n):
            return kind
    return None


def split_front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not m:
        return None, text
    return m.group(1), m.group(2)


def check_format(fname, text, errors):
    """Return (format, body) and record format errors."""
    ext = os.path.splitext(fname)[1]
    if ext == ".md" and text.startswith("---\n"):
        fm, body = split_front_matter(text)
        if fm is None:
            errors.append(f"{fname}: unterminated front matter")
            return "jekyll", text
        try:
            meta = yaml.safe_load(fm)
        except yaml.YAMLError as e:
            errors.append(f"{fname}: front matter is not YAML: {e}")
            meta = {}
        for k in ("title", "date", "author", "categories"):
            if not meta or k not in meta or meta[k] in (None, "", []):
                errors.append(f"{fname}: front matter lacks {k}")
        return "jekyll", body
    if ext == ".md":
        lines = text.splitlines()
        if not lines or not lines[0].startswith("## "):
            errors.append(f"{fname}: wire article must start with '## Title'")
        byline_idx = None
        for i, ln in enumerate(lines[:5]):
            if re.match(rf"^Por [^|]+ \| [^|]+ \| [^,]+(, [^,]+)?, \d{{1,2}} de ({MONTHS}) de \d{{4}}$", ln.strip()):
                byline_idx = i
                break
        if byline_idx is None:
            errors.append(f"{fname}: wire article lacks 'Por Name | Outlet | City, date' byline")
            return "wire", text
        return "wire", "\n".join(lines[byline_idx + 1:])
    if ext == ".txt":
        lines = [ln.rstrip() for ln in text.splitlines()]
        nonempty = [ln for ln in lines if ln.strip()]
        if len(nonempty) < 5:
            errors.append(f"{fname}: press release too short")
            return "press", text
        header = nonempty[:3]
        if not any(re.search(r"(bolet[ií]n|comunicado)", h, re.I) and re.search(r"\d", h) for h in header):
            errors.append(f"{fname}: press release lacks a bulletin number in its header")
        dl_re = rf"^[A-ZÁÉÍÓÚÑ][^,\n]+, [A-ZÁÉÍÓÚÑ][^,\n]+, \d{{1,2}} de ({MONTHS}) de \d{{4}}\.-\s*\S"
        start = None
        for i, ln in enumerate(lines):
            if re.match(dl_re, ln):
                start = i
                break
        if start is None:
            errors.append(f"{fname}: no paragraph opens with 'City, State, D de mes de AAAA.-'")
            start = 0
        else:
            # the title (upper case) must come between header and dateline
            before = [ln for ln in lines[:start] if ln.strip()]
            if not before or before[-1] != before[-1].upper():
                errors.append(f"{fname}: missing upper-case title before the dateline")
        if nonempty[-1].strip() not in ("-30-", "- 30 -", "--30--", "###"):
            errors.append(f"{fname}: press release lacks an end marker (-30-)")
        end = len(lines)
        for j in range(len(lines) - 1, -1, -1):
            if lines[j].strip() in ("-30-", "- 30 -", "--30--", "###"):
                end = j
                break
        return "press", "\n".join(lines[start:end])
    errors.append(f"{fname}: unknown article format")
    return None, text


def parse_trap(t):
    m = re.match(r"^\s*(.+?)\s*\((.+)\)\s*$", str(t), re.S)
    if not m:
        return None, None
    return m.group(1), m.group(2)


def main():
    want_tables = "--tables" in sys.argv[1:]
    errors = []
    rows = []
    all_officials = []
    body_kind_counts = {}
    states_seen = {}
    formats = {}
    n_implicit = 0

    files = sorted(f for f in os.listdir(B1) if re.match(r"^\d\d\.(md|txt)$", f))
    golds = sorted(f for f in os.listdir(B1) if re.match(r"^\d\d\.yaml$", f))
    if len(files) != N_ARTICLES:
        errors.append(f"expected {N_ARTICLES} articles, found {len(files)}")
    if [os.path.splitext(f)[0] for f in files] != [f"{i:02d}" for i in range(1, len(files) + 1)]:
        errors.append("articles must be numbered 01..NN without gaps")
    if [g[:2] for g in golds] != [f[:2] for f in files]:
        errors.append("every article needs exactly one NN.yaml gold and vice versa")

    for fname in files:
        num = fname[:2]
        text = open(os.path.join(B1, fname), encoding="utf-8").read()
        ntext = norm(text)
        text_stems = {stem(w) for w in ntext.split()}
        fmt, body = check_format(fname, text, errors)
        formats[fmt] = formats.get(fmt, 0) + 1
        nwords = len(body.split())
        if not (MIN_WORDS <= nwords <= MAX_WORDS):
            errors.append(f"{fname}: body has {nwords} words (want {MIN_WORDS}-{MAX_WORDS})")

        gpath = os.path.join(B1, num + ".yaml")
        if not os.path.exists(gpath):
            continue
        try:
            gold = yaml.safe_load(open(gpath, encoding="utf-8"))
        except yaml.YAMLError as e:
            errors.append(f"{num}.yaml: not valid YAML: {e}")
            continue
        if not isinstance(gold, dict) or set(gold) != {"state", "officials", "institutions", "traps"}:
            errors.append(f"{num}.yaml: top-level keys must be state, officials, institutions, traps")
            continue

        state = gold["state"]
        if state not in STATES:
            errors.append(f"{num}.yaml: state {state!r} not allowed")
        elif not occurs(state, ntext):
            errors.append(f"{num}: state {state} is not named in the text")
        if state in states_seen:
            errors.append(f"{num}: state {state} already used by {states_seen[state]}")
        states_seen[state] = num

        # institutions
        insts = gold["institutions"] or []
        inst_names = []
        inst_kinds = []
        for inst in insts:
            if not isinstance(inst, dict) or set(inst) != {"name", "also"} or not isinstance(inst["also"], list):
                errors.append(f"{num}.yaml: bad institution entry {inst!r}")
                continue
            inst_names.append(inst["name"])
        if len(set(inst_names)) != len(inst_names):
            errors.append(f"{num}.yaml: duplicated institution")

        officials = gold["officials"] or []
        used_insts = set()
        n_women = 0
        for o in officials:
            if not isinstance(o, dict) or set(o) != {"name", "gender", "role", "institution", "former", "kind"}:
                errors.append(f"{num}.yaml: bad official entry {o!r}")
                continue
            who = f"{num}: {o['name']}"
            if o["gender"] not in ("f", "m"):
                errors.append(f"{who}: gender must be f or m")
            if o["gender"] == "f":
                n_women += 1
            if not isinstance(o["former"], bool):
                errors.append(f"{who}: former must be true/false")
            if o["kind"] not in KINDS:
                errors.append(f"{who}: unknown kind {o['kind']!r}")
            if o["kind"] == "former" and o["former"] is not True:
                errors.append(f"{who}: kind former but former is not true")
            nrole = norm(o["role"]).strip()
            if bool(o["former"]) != nrole.startswith("ex"):
                errors.append(f"{who}: former={o['former']} but role is {o['role']!r}")
            first = norm(o["name"]).split()[0] if norm(o["name"]).strip() else ""
            if first in HONORIFICS:
                errors.append(f"{who}: name carries an honorific or rank")
            if not occurs(o["name"], ntext):
                errors.append(f"{who}: name not found in the text")
            for w in words(o["role"]):
                if w in STOP or len(w) < 3:
                    continue
                if stem(w) not in text_stems and w not in ntext.split():
                    errors.append(f"{who}: role word {w!r} not found in the text")
            if o["institution"] not in inst_names:
                errors.append(f"{who}: institution {o['institution']!r} is not listed")
            used_insts.add(o["institution"])
            all_officials.append(dict(o, file=num))

        n_off = len(officials)
        if not (MIN_OFF <= n_off <= MAX_OFF):
            errors.append(f"{num}: {n_off} officials (want {MIN_OFF}-{MAX_OFF})")

        for inst in insts:
            if not isinstance(inst, dict) or "name" not in inst:
                continue
            name = inst["name"]
            nname = norm(name)
            if any(m in nname for m in PRIVATE_MARKERS):
                errors.append(f"{num}: {name} looks like a private body")
            forms = [name] + list(inst.get("also") or [])
            for a in inst.get("also") or []:
                if not occurs(a, ntext):
                    errors.append(f"{num}: institution form {a!r} ({name}) not in the text")
            if not any(occurs(f, ntext) for f in forms):
                # evoked only through an official's title
                distinctive = [w for w in words(name)[1:] if w not in STOP]
                if name not in used_insts:
                    errors.append(f"{num}: institution {name!r} neither named in the text nor any official's body")
                elif not all(stem(w) in text_stems or w in ntext.split() for w in distinctive):
                    errors.append(f"{num}: institution {name!r}: distinctive words missing from the text")
                else:
                    n_implicit += 1
            k = body_kind(name)
            if k is None:
                errors.append(f"{num}: institution {name!r} has no kind of public body")
            else:
                body_kind_counts[k] = body_kind_counts.get(k, 0) + 1
                inst_kinds.append(k)
            # nested bodies need their parent
            for mk in PARENT_MARKERS:
                if f" {mk} " in nname:
                    own = [i for i in insts if i is not inst and (
                        f" {mk} " in norm(i["name"]) or any(f" {mk} " == norm(a) for a in i.get("also") or []))]
                    # the institution *is* the marker body when its own name starts with it
                    is_root = nname.strip().startswith(mk) or (
                        mk == "imss" and "seguro social" in nname) or any(norm(a).strip() == mk for a in inst.get("also") or [])
                    if not own and not is_root:
                        errors.append(f"{num}: nested body {name!r} lacks a listed parent ({mk})")

        traps = gold["traps"] or []
        if len(traps) < MIN_TRAPS:
            errors.append(f"{num}: only {len(traps)} traps")
        off_names = {norm(o["name"]) for o in officials if isinstance(o, dict) and "name" in o}
        for t in traps:
            tname, reason = parse_trap(t)
            if tname is None:
                errors.append(f"{num}: trap {t!r} is not 'Name (reason)'")
                continue
            if not occurs(tname, ntext):
                errors.append(f"{num}: trap name {tname!r} not in the text")
            if norm(tname) in off_names:
                errors.append(f"{num}: trap {tname!r} is also an official")

        rows.append({"file": fname, "format": fmt, "state": state, "officials": n_off,
                     "women": n_women, "institutions": len(insts), "traps": len(traps),
                     "words": nwords})

    # set-wide counts
    for f, n in FORMATS_WANTED.items():
        if formats.get(f, 0) != n:
            errors.append(f"want {n} {f} articles, found {formats.get(f, 0)}")
    total = len(all_officials)
    women = sum(1 for o in all_officials if o["gender"] == "f")
    if total < MIN_TOTAL_OFF:
        errors.append(f"only {total} officials in all (want >= {MIN_TOTAL_OFF})")
    if total and women / total < MIN_WOMEN:
        errors.append(f"women are {women / total:.1%} (want >= {MIN_WOMEN:.0%})")
    kinds_used = {o["kind"] for o in all_officials}
    for k in KINDS:
        if k not in kinds_used:
            errors.append(f"kind {k} never used")
    if len(body_kind_counts) < MIN_BODY_KINDS:
        errors.append(f"only {len(body_kind_counts)} kinds of public bodies (want >= {MIN_BODY_KINDS})")

    n_inst = sum(r["institutions"] for r in rows)
    n_traps = sum(r["traps"] for r in rows)
    summary = (f"{len(rows)} articles, {total} officials, {women} women "
               f"({(women / total if total else 0):.1%}), {n_inst} institutions "
               f"({n_implicit} evoked only through a title), {len(body_kind_counts)} kinds of "
               f"public bodies, {n_traps} traps")

    if want_tables:
        fmt_names = {"jekyll": "Jekyll post", "wire": "wire article", "press": "press release"}
        print(f"**Totals:** {summary}.\n")
        print("| File | Format | State | Officials | Women | Institutions | Traps | Words |")
        print("|---|---|---|---:|---:|---:|---:|---:|")
        for r in rows:
            print(f"| {r['file']} | {fmt_names.get(r['format'], r['format'])} | {r['state']} | "
                  f"{r['officials']} | {r['women']} | {r['institutions']} | {r['traps']} | {r['words']} |")
        print(f"| **Total** | | | **{total}** | **{women}** | **{n_inst}** | **{n_traps}** | |")
        print()
        print("| Kind | Officials | Women | Files |")
        print("|---|---:|---:|---|")
        for k in KINDS:
            ks = [o for o in all_officials if o["kind"] == k]
            fs = ", ".join(sorted({o["file"] for o in ks}))
            print(f"| {k} | {len(ks)} | {sum(1 for o in ks if o['gender'] == 'f')} | {fs} |")
        print()
        print("| Kind of public body | Institutions |")
        print("|---|---:|")
        for k, n in sorted(body_kind_counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"| {k} | {n} |")
        print()

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s). {summary}")
        return 1
    print(f"OK: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
