#!/usr/bin/env python3
"""Validate the blind test set in b1/ against the task's rules.

Usage: python3 validate.py            -> checks everything, exit 0 when valid
       python3 validate.py --tables   -> also prints the README tables (markdown)
"""
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

ROOT = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(ROOT, "b1")

STATES = [
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
    "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Guanajuato",
    "Guerrero", "Hidalgo", "Jalisco", "Estado de México", "Michoacán", "Morelos", "Nayarit",
    "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
    "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
]
FORBIDDEN_STATE = "Zacatecas"
KINDS = [
    "plural_list", "feminine", "rare_title", "after_name", "parenthesis", "cuyo_titular",
    "no_comma", "surname_only_later", "role_only_reference", "former", "military_rank",
    "nested_body", "apposition", "description_only", "other",
]
MIN_PER_KIND = 3
FORMAT_OF = {}
for i in range(1, 8):
    FORMAT_OF["%02d" % i] = "jekyll"
for i in range(8, 15):
    FORMAT_OF["%02d" % i] = "wire"
for i in range(15, 21):
    FORMAT_OF["%02d" % i] = "release"
EXT_OF = {"jekyll": ".md", "wire": ".md", "release": ".txt"}

HONORIFICS = re.compile(r"^(lic|licda|dr|dra|mtro|mtra|ing|arq|prof|profa|c\.p|gral|almte)\.?\s", re.I)
RANKS = {"general", "almirante", "coronel", "capitan", "teniente", "vicealmirante",
         "contralmirante", "brigadier", "comandante"}
STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "para", "por", "con"}
PRIVATE = re.compile(r"(C[aá]mara|Canaco|Canacintra|Coparmex|Consejo Coordinador|Uni[oó]n de Padres|"
                     r"Asociaci[oó]n de Padres|Sindicato|ITESO|Tecnol[oó]gico de Monterrey|Universidad Iberoamericana|"
                     r"Universidad Anáhuac|UPAEP|Di[oó]cesis|Arquidi[oó]cesis|Partido|CETEG|CNTE|Colegio de Notarios)", re.I)
NAMELIKE_REASON = re.compile(
    r"\b(colonia|calle|avenida|bulevar|boulevard|nombre d|apellido|localidad|municipio|barrio|"
    r"fraccionamiento|presa|plaza|mercado|ejido|poblado|comunidad|estadio|parque|puente|"
    r"carretera|unidad habitacional|cerro|rio|río|playa|pozo|sindicatura|villa|ciudad|"
    r"congregacion|congregación|ranchería|rancheria|escuela|hospital|universidad|instituto)\b", re.I)

# ---- kinds of public bodies (ordered rules on the canonical name) ----
BODY_RULES = [
    ("comisión / órgano legislativo", r"^(comision|mesa directiva|junta de coordinacion politica|diputacion permanente)\b.* del congreso"),
    ("comisión edilicia", r"^comision .* del ayuntamiento"),
    ("congreso estatal", r"^(congreso|legislatura)\b"),
    ("DIF", r"desarrollo integral de la familia|\bdif\b"),
    ("derechos humanos", r"derechos humanos"),
    ("auditoría / fiscalización", r"auditoria|fiscalizacion"),
    ("contraloría / anticorrupción", r"contraloria|anticorrupcion|funcion publica"),
    ("órgano electoral", r"electoral|\bine\b"),
    ("tribunal / poder judicial", r"tribunal|juzgado|poder judicial|judicatura"),
    ("defensoría pública", r"^defensoria publica"),
    ("fiscalía", r"^fiscalia|^vicefiscalia|^unidad .* fiscalia|fiscalia general"),
    ("zona o región militar", r"zona militar|region militar|defensa nacional|batallon"),
    ("marina", r"naval|marina"),
    ("Guardia Nacional", r"guardia nacional"),
    ("IMSS / ISSSTE", r"\bimss\b|seguro social|issste|trabajadores del estado"),
    ("CFE", r"\bcfe\b|federal de electricidad"),
    ("Pemex", r"pemex|petroleos mexicanos"),
    ("puerto / aduana", r"portuari|^aduana|aduanas"),
    ("hospital / clínica", r"^(antiguo )?hospital|^clinica|^centro de salud|^unidad de medicina"),
    ("agua (organismo operador / comisión)", r"\bagua\b|\baguas\b|cuenca|alcantarillado|saneamiento|servicios publicos de ensenada|distrito de riego"),
    ("protección civil", r"proteccion civil"),
    ("policía", r"policia|seguridad publica municipal|transito|seguridad ciudadana"),
    ("facultad / unidad universitaria", r"^(facultad|centro universitario|escuela de|escuela superior|unidad academica)|^(instituto|centro|departamento) .* (de la|del) (buap|uabjo|umsnh|uas|uacj|ujat|uaslp|uaq|uady|universidad)\b"),
    ("universidad / escuela pública", r"^(benemerita )?universidad|^instituto tecnologico|^escuela normal|^colegio de bachilleres|^conalep"),
    ("dependencia municipal", r"ayuntamiento|municipal|municipio"),
    ("ayuntamiento", r"^ayuntamiento"),
    ("gobierno estatal", r"^gobierno del estado|^poder ejecutivo|^gobierno de (STATES)"),
    ("oficina federal en el estado", r"^(oficina|delegacion|representacion|coordinacion estatal de la|estacion migratoria)\b"),
    ("organismo federal", r"^agencia\b|^(procuraduria|comision|instituto|consejo|servicio|sistema|centro|agencia)\b.*\b(federal|nacional|mexicano)\b"),
    ("unidad de secretaría estatal", r"^(direccion|subdireccion|subsecretaria|coordinacion|unidad|departamento|jefatura|jurisdiccion|centro|programa|procuraduria) "),
    ("secretaría estatal", r"^secretaria .*(STATES)"),
    ("secretaría federal", r"^secretaria "),
    ("instituto / organismo estatal", r"^(instituto|comision|consejo|sistema|procuraduria|servicios|junta)"),
]


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("ª", "a").replace("º", "o")
    s = re.sub(r"[^0-9a-zñ]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


STATES_N = [norm(s).strip() for s in STATES]


def body_kind(name):
    n = norm(name).strip()
    if re.search(r"ayuntamiento", n) and re.match(r"^ayuntamiento", n):
        return "ayuntamiento"
    if re.search(r"^(secretaria|direccion|comisaria) de (seguridad|transito).*municipal", n):
        return "policía"
    if n.startswith("secretaria ") or n.startswith("secretaria de"):
        if re.search(r"ayuntamiento|municipal|municipio", n):
            return "dependencia municipal"
        if re.search("(" + "|".join(STATES_N) + ")", n):
            return "secretaría estatal"
        if not re.search(r"^secretaria .* (del|de la) (secretaria|congreso|universidad)", n):
            return "secretaría federal"
    for label, rx in BODY_RULES:
        rx = rx.replace("(STATES)", "(" + "|".join(STATES_N) + ")")
        if re.search(rx, n):
            return label
    return None


def occurs(needle, text_n):
    nn = norm(needle)
    return nn.strip() != "" and nn in text_n


def positions(needle, text_n):
    nn = norm(needle)
    out, i = [], text_n.find(nn)
    while i >= 0:
        out.append(i)
        i = text_n.find(nn, i + 1)
    return out


def stem(w):
    w = norm(w).strip()
    for suf in ("as", "os", "es", "a", "o", "s", "e"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def role_words(role):
    return [w for w in norm(role).split() if w not in STOP]


def role_positions(role, kind, text_n):
    """Positions where the role (or, for plural lists, its stems) appears."""
    pos = positions(role, text_n)
    if pos or kind != "plural_list":
        return pos
    words = role_words(role)
    if not words:
        return []
    toks = [(m.start(), m.group(0)) for m in re.finditer(r"[0-9a-zñ]+", text_n)]
    first = stem(words[0])
    out = []
    for p, t in toks:
        if stem(t) == first or t.startswith(first):
            out.append(p)
    # all the other words must occur somewhere by stem
    stems_text = {stem(t) for _, t in toks}
    for w in words[1:]:
        if stem(w) not in stems_text and not any(s.startswith(stem(w)) for s in stems_text):
            return []
    return out


def words_count(text):
    return len([t for t in text.split() if re.search(r"\w", t)])


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def check_format(fmt, text, errs, tag):
    body = text
    if fmt == "jekyll":
        m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        if not m:
            errs.append(tag + ": no YAML front matter")
            return text
        fm = yaml.safe_load(m.group(1)) or {}
        for k in ("title", "date", "author", "categories"):
            if k not in fm:
                errs.append(tag + ": front matter lacks " + k)
        if not isinstance(fm.get("categories"), list):
            errs.append(tag + ": categories must be a list")
        body = text[m.end():]
    elif fmt == "wire":
        lines = [l for l in text.splitlines() if l.strip()]
        if not lines or not lines[0].startswith("## "):
            errs.append(tag + ": wire article must start with '## Title'")
        if len(lines) < 2 or not re.match(r"^Por [^|]+ \| [^|]+ \| [^,|]+, \d{1,2} de [a-z]+ de 20\d\d\s*$", lines[1]):
            errs.append(tag + ": second line must be 'Por Name | Outlet | City, date'")
    elif fmt == "release":
        lines = [l for l in text.splitlines() if l.strip()]
        if not re.search(r"(?im)^\s*(bolet[ií]n|comunicado)\b.*\d", text):
            errs.append(tag + ": release lacks a bulletin number")
        paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        dl = [p for p in paras if re.match(r"^[^,\n]+, [^,\n]+, \d{1,2} de [a-z]+ de 2024\.-", p)]
        if len(dl) != 1:
            errs.append(tag + ": release needs one paragraph opening with 'City, State, D de mes de 2024.-'")
        if not lines or not re.match(r"^\s*-\s*30\s*-\s*$", lines[-1]):
            errs.append(tag + ": release must end with -30-")
        if not lines or re.search(r"\d", lines[0]) and "bolet" in lines[0].lower():
            errs.append(tag + ": first line must be the issuer header")
    return body


def main():
    tables = "--tables" in sys.argv
    if yaml is None:
        print("PyYAML is required")
        return 2
    errs, warns = [], []
    rows, all_off, all_inst, states = [], [], [], []
    body_counter, body_examples = Counter(), OrderedDict()
    kind_counter, kind_women = Counter(), Counter()
    fmt_counter = Counter()
    trap_total = 0
    for nn in sorted(FORMAT_OF):
        fmt = FORMAT_OF[nn]
        tpath = os.path.join(B1, nn + EXT_OF[fmt])
        gpath = os.path.join(B1, nn + ".yaml")
        other = [e for e in (".md", ".txt") if e != EXT_OF[fmt] and os.path.exists(os.path.join(B1, nn + e))]
        if other:
            errs.append(nn + ": unexpected extension " + other[0])
        if not os.path.exists(tpath) or not os.path.exists(gpath):
            errs.append(nn + ": missing text or gold (%s)" % os.path.basename(tpath))
            continue
        fmt_counter[fmt] += 1
        text = open(tpath, encoding="utf-8").read()
        body = check_format(fmt, text, errs, nn)
        wc = words_count(body)
        if not 250 <= wc <= 350:
            errs.append("%s: %d words (need 250-350)" % (nn, wc))
        tn = norm(text)
        g = load_yaml(gpath)
        if set(g) != {"state", "officials", "institutions", "traps"}:
            errs.append(nn + ": gold keys must be state, officials, institutions, traps: %s" % sorted(g))
            continue
        st = g["state"]
        if st == FORBIDDEN_STATE or st not in STATES:
            errs.append(nn + ": bad state %r" % st)
        if not occurs(st, tn):
            errs.append(nn + ": state %s not named in text" % st)
        if occurs(FORBIDDEN_STATE, tn):
            errs.append(nn + ": text mentions Zacatecas")
        states.append(st)
        # institutions
        inst_names = []
        for inst in g["institutions"] or []:
            if not isinstance(inst, dict) or set(inst) != {"name", "also"} or not isinstance(inst["also"], list):
                errs.append(nn + ": bad institution entry %r" % (inst,))
                continue
            name = inst["name"]
            if name in inst_names:
                errs.append(nn + ": duplicate institution " + name)
            inst_names.append(name)
            forms = [name] + list(inst["also"])
            if not any(occurs(f, tn) for f in forms):
                errs.append(nn + ": institution %s: no form occurs in text" % name)
            for a in inst["also"]:
                if not occurs(a, tn):
                    errs.append(nn + ": institution %s: form %r not in text" % (name, a))
            if PRIVATE.search(name):
                errs.append(nn + ": private-looking body listed as institution: " + name)
            bk = body_kind(name)
            if bk is None:
                errs.append(nn + ": cannot classify kind of body: " + name)
            else:
                body_counter[bk] += 1
                body_examples.setdefault(bk, name)
            all_inst.append((nn, name))
        # officials
        offs = g["officials"] or []
        if not 8 <= len(offs) <= 10:
            errs.append("%s: %d officials (need 8-10)" % (nn, len(offs)))
        names_seen = set()
        women = 0
        for o in offs:
            if not isinstance(o, dict) or set(o) != {"name", "gender", "role", "institution", "former", "kind"}:
                errs.append(nn + ": bad official entry %r" % (o,))
                continue
            tag = "%s: %s" % (nn, o["name"])
            if o["name"] in names_seen:
                errs.append(tag + ": duplicate official")
            names_seen.add(o["name"])
            if o["gender"] not in ("f", "m"):
                errs.append(tag + ": gender must be f or m")
            women += o["gender"] == "f"
            if not isinstance(o["former"], bool):
                errs.append(tag + ": former must be true/false")
            if o["kind"] not in KINDS:
                errs.append(tag + ": bad kind %r" % o["kind"])
            if HONORIFICS.match(o["name"]) or norm(o["name"]).split()[0] in RANKS:
                errs.append(tag + ": name must not carry honorific or rank")
            if len(o["name"].split()) < 2:
                errs.append(tag + ": full name expected")
            npos = positions(o["name"], tn)
            if not npos:
                errs.append(tag + ": name not in text")
            rpos = role_positions(o["role"], o["kind"], tn)
            if not rpos:
                errs.append(tag + ": role %r not in text" % o["role"])
            elif npos and min(abs(a - b) for a in npos for b in rpos) > 260:
                errs.append(tag + ": role %r not near the name" % o["role"])
            if o["institution"] not in inst_names:
                errs.append(tag + ": institution %r not listed" % o["institution"])
            has_ex = any(w.startswith("ex") and len(w) > 4 for w in norm(o["role"]).split()) or norm(o["role"]).startswith(" ex ")
            if o["former"] and not has_ex:
                errs.append(tag + ": former official's role must keep its 'ex'")
            if not o["former"] and has_ex and not norm(o["role"]).split()[0].startswith("ext"):
                errs.append(tag + ": role with 'ex' but former is false")
            if o["kind"] == "former" and not o["former"]:
                errs.append(tag + ": kind former but former false")
            fem = norm(o["role"]).split()[0]
            if o["gender"] == "f" and re.match(r"^(director|secretario|diputado|regidor|presidente|coordinador|gobernador|alcalde|rector|subsecretario|delegado|contralor|auditor|visitador|comisario|sindico|consejero)$", fem):
                errs.append(tag + ": role not in the woman's gender")
            kind_counter[o["kind"]] += 1
            kind_women[o["kind"]] += o["gender"] == "f"
            all_off.append((nn, o))
        # traps
        traps = g["traps"] or []
        if len(traps) < 2:
            errs.append(nn + ": needs at least 2 traps")
        nperson = nname = 0
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", str(t))
            if not m:
                errs.append(nn + ": trap must be 'Name (reason)': %r" % t)
                continue
            tname, reason = m.group(1), m.group(2)
            if not occurs(tname, tn):
                errs.append(nn + ": trap %r not in text" % tname)
            if tname in names_seen:
                errs.append(nn + ": trap %r is also an official" % tname)
            if NAMELIKE_REASON.search(reason):
                nname += 1
            else:
                nperson += 1
        if nperson < 1 or nname < 1:
            errs.append(nn + ": needs at least one non-official person trap and one name-like trap (%d/%d)" % (nperson, nname))
        trap_total += len(traps)
        rows.append((nn, fmt, st, wc, len(offs), women, len(g["institutions"] or []), len(traps)))
    # totals
    n_off = len(all_off)
    n_w = sum(1 for _, o in all_off if o["gender"] == "f")
    if fmt_counter != Counter({"jekyll": 7, "wire": 7, "release": 6}):
        errs.append("formats: %s" % dict(fmt_counter))
    if len(set(states)) != 20 or len(states) != 20:
        errs.append("need 20 different states, got %d" % len(set(states)))
    if n_off < 160:
        errs.append("only %d official mentions (need 160)" % n_off)
    if n_off and n_w / n_off < 0.45:
        errs.append("women %.1f%% (need 45%%)" % (100.0 * n_w / n_off))
    for k in KINDS:
        if kind_counter[k] < MIN_PER_KIND:
            errs.append("kind %s used %d times (need %d)" % (k, kind_counter[k], MIN_PER_KIND))
    if len(body_counter) < 20:
        errs.append("only %d kinds of public bodies (need 20)" % len(body_counter))
    if tables:
        print_tables(rows, n_off, n_w, all_inst, trap_total, kind_counter, kind_women, body_counter, body_examples)
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print("%d files, %d officials (%d women, %.1f%%), %d institutions, %d body kinds, %d traps: %s" % (
        len(rows), n_off, n_w, 100.0 * n_w / max(n_off, 1), len(all_inst), len(body_counter), trap_total,
        "OK" if not errs else "%d errors" % len(errs)))
    return 1 if errs else 0


def print_tables(rows, n_off, n_w, all_inst, trap_total, kind_counter, kind_women, body_counter, body_examples):
    print("## Totals\n")
    print("| articles | officials | women | women % | institutions | kinds of bodies | traps |")
    print("|---|---|---|---|---|---|---|")
    print("| %d | %d | %d | %.1f | %d | %d | %d |\n" % (len(rows), n_off, n_w, 100.0 * n_w / max(n_off, 1),
                                                 len(all_inst), len(body_counter), trap_total))
    print("## Per file\n")
    print("| file | format | state | words | officials | women | institutions | traps |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        ext = EXT_OF[r[1]]
        print("| %s%s | %s | %s | %d | %d | %d | %d | %d |" % (r[0], ext, r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
    print("\n## Per kind (construction)\n")
    print("| kind | mentions | women |")
    print("|---|---|---|")
    for k in KINDS:
        print("| %s | %d | %d |" % (k, kind_counter[k], kind_women[k]))
    print("\n## Kinds of public bodies\n")
    print("| kind of body | institutions | example |")
    print("|---|---|---|")
    for k, c in body_counter.most_common():
        print("| %s | %d | %s |" % (k, c, body_examples[k]))
    print()


if __name__ == "__main__":
    sys.exit(main())
