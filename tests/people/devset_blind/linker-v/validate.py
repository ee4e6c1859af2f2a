#!/usr/bin/env python3
"""Validate the blind set in b1/: gold vs text and set-wide counts. Exit 0 when all pass."""
import os, re, sys, unicodedata, json
from collections import Counter
try:
    import yaml
    load = lambda p: yaml.safe_load(open(p))
except ImportError:  # fallback: our gold lines are JSON flow mappings
    def load(p):
        d, key = {}, None
        for line in open(p):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if not line.startswith(" "):
                k, _, v = line.partition(":")
                key = k; d[k] = json.loads(v) if v.strip() else []
            else:
                d[key].append(json.loads(line.strip()[2:]))
        return d

B = os.path.join(os.path.dirname(os.path.abspath(__file__)), "b1")
STOP = set("de del la las el los y en e a al por para con su sus o".split())
GENERIC = STOP | set("ayuntamiento gobierno estado secretaria municipio municipal".split())

def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.sub(r"[^a-z0-9ñ]+", " ", s.replace("ñ", "n")).split())

def has(text_n, needle):
    n = norm(needle)
    return bool(n) and (" " + n + " ") in (" " + text_n + " ")

def stem(w):
    for suf in ("es", "as", "os", "a", "o", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w

KINDS = ["plural_list", "feminine", "rare_title", "after_name", "parenthesis", "cuyo_titular",
         "no_comma", "surname_only_later", "role_only_reference", "former", "military_rank",
         "nested_body", "apposition", "description_only", "other"]

BODY_KINDS = [  # (kind, regex on normalized name) first match wins
 ("centro penitenciario", r"penitenciari"), ("academia de policia", r"^academia"),
 ("policia / seguridad publica", r"^policia|seguridad (publica|ciudadana)|centro de mando"),
 ("proteccion civil", r"proteccion civil"),
 ("fiscalia especializada / regional", r"^fiscalia (especializada|regional|de distrito)|^vicefiscalia"),
 ("servicio medico forense", r"servicio medico forense"),
 ("fiscalia general del estado", r"^fiscalia general (de justicia )?del estado"),
 ("fiscalia general de la republica", r"^fiscalia general de la republica"),
 ("tribunal electoral", r"^tribunal electoral"),
 ("tribunal superior / poder judicial", r"^(tribunal superior|supremo tribunal|poder judicial)"),
 ("juzgado", r"^juzgado"), ("consejo de la judicatura", r"judicatura"),
 ("defensoria publica", r"defensoria"), ("centro de justicia para las mujeres", r"centro de justicia para las mujeres"),
 ("organismo electoral local", r"^instituto electoral"),
 ("ine (junta / instituto nacional electoral)", r"(instituto nacional electoral|del ine)"),
 ("derechos humanos", r"derechos humanos"), ("atencion a victimas / busqueda", r"victimas|busqueda de personas"),
 ("dif", r"desarrollo integral de la familia"), ("instituto de las mujeres", r"de las mujeres$"),
 ("jurisdiccion sanitaria", r"^jurisdiccion sanitaria"),
 ("hospital / clinica", r"^(hospital|clinica)"), ("centro medico / trasplantes / laboratorio", r"^(centro medico|centro estatal de trasplantes|laboratorio)"),
 ("imss (oficina / jefatura)", r"imss"), ("imss", r"^instituto mexicano del seguro social"),
 ("issste", r"issste|trabajadores del estado$"),
 ("servicios de salud / beneficencia", r"^(servicios de salud|beneficencia)"),
 ("facultad universitaria", r"^facultad"), ("universidad publica", r"^universidad"),
 ("cfe", r"(comision federal de electricidad|cfe)"), ("pemex", r"(petroleos mexicanos|pemex)"),
 ("organismo de agua", r"agua"),
 ("zona militar / naval / guarnicion", r"(zona militar|zona naval|sector naval|guarnicion|batallon)"),
 ("ejercito / defensa", r"(ejercito|defensa nacional)"), ("marina", r"secretaria de marina"),
 ("guardia nacional", r"guardia nacional"),
 ("auditoria superior", r"auditoria superior"), ("tesoreria / finanzas", r"(tesoreria|finanzas)"),
 ("congreso local", r"^congreso del estado"), ("camara de diputados federal", r"^camara de diputados"),
 ("secretaria de salud", r"^secretaria de salud"), ("secretaria estatal (otra)", r"^secretaria"),
 ("gobierno del estado", r"^gobierno del estado"), ("ayuntamiento", r"^ayuntamiento"),
]

def body_kind(name):
    n = norm(name)
    for k, rx in BODY_KINDS:
        if re.search(rx, n):
            return k
    return None

def body_of(fn, raw):
    if fn.endswith(".txt"):
        m = re.search(r"^.*?\d{4}\.-", raw, re.M | re.S)
        lines = raw.split("\n")
        start = next(i for i, l in enumerate(lines) if re.search(r"de \d{4}\.-", l))
        end = next(i for i, l in enumerate(lines) if l.strip() == "-30-")
        return "\n".join(lines[start:end]), "press release"
    if raw.startswith("---"):
        return raw.split("---", 2)[2], "jekyll"
    lines = raw.split("\n")
    i = next(i for i, l in enumerate(lines) if l.startswith("Por ") and "|" in l)
    return "\n".join(lines[i + 1:]), "wire"

def check_format(fn, raw, fmt):
    errs = []
    if fmt == "jekyll":
        fm = raw.split("---", 2)[1]
        for k in ("layout", "title", "date", "author", "categories"):
            if not re.search(r"^%s:" % k, fm, re.M):
                errs.append("front matter lacks " + k)
    elif fmt == "wire":
        if not raw.startswith("## "):
            errs.append("wire lacks ## title")
        if not re.search(r"^Por [^|]+\|[^|]+\|[^,]+, [^,]+, \d+ de \w+ de \d{4}$", raw, re.M):
            errs.append("bad byline")
    else:
        L = raw.split("\n")
        if not (L[0].strip() and L[1].strip() and re.search(r"\d", L[2])):
            errs.append("press release header (issuer/office/number)")
        title = L[4]
        if title != title.upper():
            errs.append("title not upper case")
        if not re.search(r"^[^,\n]+, [^,\n]+, \d{1,2} de \w+ de \d{4}\.-", raw, re.M):
            errs.append("bad dateline")
        if "-30-" not in raw:
            errs.append("missing -30-")
    return errs

def main():
    errors, rows = [], []
    kinds, bodykinds, women, total = Counter(), Counter(), 0, 0
    evoked = []
    states = set()
    arts = sorted(f for f in os.listdir(B) if re.match(r"\d\d\.(md|txt)$", f))
    fmts = Counter()
    for fn in arts:
        nn = fn[:2]
        raw = open(os.path.join(B, fn)).read()
        body, fmt = body_of(fn, raw)
        fmts[fmt] += 1
        errors += ["%s: %s" % (fn, e) for e in check_format(fn, raw, fmt)]
        T = norm(raw)
        words = len(body.split())
        if not 250 <= words <= 400:
            errors.append("%s: %d words" % (fn, words))
        g = load(os.path.join(B, nn + ".yaml"))
        st = g["state"]
        if st in states or norm(st) == "zacatecas":
            errors.append("%s: state repeated or Zacatecas" % fn)
        states.add(st)
        if not has(T, st):
            errors.append("%s: state not in text" % fn)
        stems_text = {stem(w) for w in T.split()}
        inames = {i["name"]: i for i in g["institutions"]}
        offs = g["officials"]
        if not 8 <= len(offs) <= 10:
            errors.append("%s: %d officials" % (fn, len(offs)))
        for o in offs:
            total += 1
            women += o["gender"] == "f"
            if o["kind"] not in KINDS:
                errors.append("%s: bad kind %s" % (fn, o["kind"]))
            kinds[o["kind"]] += 1
            if not has(T, o["name"]):
                errors.append("%s: name not in text: %s" % (fn, o["name"]))
            for w in norm(o["role"]).split():
                if w not in STOP and w not in T.split() and stem(w) not in stems_text:
                    errors.append("%s: role word '%s' of %s not in text" % (fn, w, o["name"]))
            if o["institution"] not in inames:
                errors.append("%s: institution of %s not listed" % (fn, o["name"]))
            if o["former"] != (o["kind"] == "former") and o["kind"] == "former":
                errors.append("%s: former flag" % fn)
            if o["former"] and not norm(o["role"]).startswith("ex"):
                errors.append("%s: former role without ex: %s" % (fn, o["name"]))
        for i in g["institutions"]:
            bk = body_kind(i["name"])
            if bk is None:
                errors.append("%s: cannot classify institution %s" % (fn, i["name"]))
            else:
                bodykinds[bk] += 1
            if not any(has(T, x) for x in [i["name"]] + i["also"]):
                dist = [w for w in norm(i["name"]).split() if w not in GENERIC]
                if dist and all(w in T.split() or stem(w) in stems_text for w in dist):
                    evoked.append((nn, i["name"]))
                else:
                    errors.append("%s: institution not supported: %s" % (fn, i["name"]))
        if len(g["traps"]) < 2:
            errors.append("%s: fewer than 2 traps" % fn)
        for t in g["traps"]:
            nm = t.split(" (")[0]
            if not has(T, nm):
                errors.append("%s: trap not in text: %s" % (fn, nm))
            if any(norm(nm) == norm(o["name"]) for o in offs):
                errors.append("%s: trap equals official %s" % (fn, nm))
        rows.append((fn, fmt, st, len(offs), sum(o["gender"] == "f" for o in offs),
                     len(g["institutions"]), len(g["traps"]), words))
    if len(arts) != 20:
        errors.append("expected 20 articles, got %d" % len(arts))
    if fmts != Counter({"jekyll": 6, "wire": 8, "press release": 6}):
        errors.append("format counts %s" % dict(fmts))
    if total < 170:
        errors.append("only %d officials" % total)
    if total and women / total < 0.45:
        errors.append("women share %.2f" % (women / total))
    if len(bodykinds) < 25:
        errors.append("only %d kinds of public bodies" % len(bodykinds))
    groups = {"plural_list": ["plural_list"], "feminine": ["feminine"],
              "rare_title": ["rare_title", "military_rank"], "former": ["former"],
              "position (after_name/parenthesis/cuyo/no_comma/surname/role_only)":
                  ["after_name", "parenthesis", "cuyo_titular", "no_comma", "surname_only_later", "role_only_reference"],
              "nested/description": ["nested_body", "description_only"]}
    for gname, ks in groups.items():
        if sum(kinds[k] for k in ks) < 6:
            errors.append("category %s appears < 6 times" % gname)
    print("%-7s %-13s %-20s %4s %5s %5s %5s %5s" % ("file", "format", "state", "off", "women", "inst", "traps", "words"))
    for r in rows:
        print("%-7s %-13s %-20s %4d %5d %5d %5d %5d" % r)
    print("officials %d, women %d (%.1f%%), institutions %d, traps %d" % (
        total, women, 100 * women / max(total, 1), sum(r[5] for r in rows), sum(r[6] for r in rows)))
    print("kinds:", dict(kinds.most_common()))
    print("body kinds (%d):" % len(bodykinds), dict(bodykinds.most_common()))
    print("institutions accepted through distinctive words (%d):" % len(evoked), evoked)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
