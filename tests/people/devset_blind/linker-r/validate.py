#!/usr/bin/env python3
"""Validate the blind test set in b1/ (articles + gold YAML).

Usage:
    python3 validate.py            # check everything, exit 0 if all is well
    python3 validate.py --tables   # also print the README tables (markdown)

Checks (accent- and case-insensitive, whitespace collapsed):
  * 20 articles 01..20, each with a gold NN.yaml; 7 Jekyll posts, 7 wire
    articles, 6 press releases, with the structure each format requires;
  * 250-350 words per article (front matter excluded);
  * 20 different states, no Zacatecas, the state named in the text;
  * gold keys and values valid; 8-10 officials per article, >= 160 in all,
    >= 45 % women; every kind used (several times);
  * every official's name and role words occur in the text, and the
    official's institution is listed among the institutions;
  * every institution has its name or one of its `also` forms in the text,
    and every `also` form occurs in the text;
  * >= 2 traps per article, each "Name (reason)", name in the text and not
    the name of an official;
  * >= 20 kinds of public bodies across the set.
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

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

KINDS = [
    "plural_list", "feminine", "rare_title", "after_name", "parenthesis",
    "cuyo_titular", "no_comma", "surname_only_later", "role_only_reference",
    "former", "military_rank", "nested_body", "apposition", "description_only",
    "other",
]
MIN_PER_KIND = 3

STATES = [
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
    "Chiapas", "Chihuahua", "Ciudad de México", "Coahuila", "Colima",
    "Durango", "Estado de México", "Guanajuato", "Guerrero", "Hidalgo",
    "Jalisco", "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca",
    "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa",
    "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
    "Zacatecas",
]

STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al",
        "para", "por", "con", "su", "sus", "o", "u"}

MONTHS = ("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
          "octubre|noviembre|diciembre")

# Kinds of public bodies, first match wins (patterns on the normalised name).
BODY_KINDS = [
    ("hospital o unidad médica", r"^(hospital|clinica|unidad de medicina|centro de salud|centro estatal de|instituto estatal de cancerologia)"),
    ("IMSS (unidad u oficina)", r"\bimss\b|seguro social"),
    ("ISSSTE (unidad u oficina)", r"\bissste\b|seguridad y servicios sociales"),
    ("CFE (unidad)", r"\bcfe\b|comision federal de electricidad"),
    ("Pemex (unidad)", r"\bpemex\b|petroleos mexicanos"),
    ("zona o región militar / Defensa", r"zona militar|region militar|defensa nacional|\bsedena\b"),
    ("Guardia Nacional", r"guardia nacional"),
    ("zona o región naval / Marina", r"zona naval|region naval|secretaria de marina|capitania de puerto"),
    ("organismo electoral", r"electoral|\bine\b"),
    ("DIF", r"\bdif\b|desarrollo integral de la familia"),
    ("comisión de derechos humanos", r"derechos humanos"),
    ("órgano de auditoría o control", r"auditoria|contraloria|organo interno de control|fiscalizacion"),
    ("protección civil", r"proteccion civil"),
    ("organismo de agua", r"\bagua\b|conagua|alcantarillado|saneamiento|servicios publicos de tijuana"),
    ("policía o seguridad pública", r"policia|seguridad publica|seguridad ciudadana|proteccion ciudadana|transito"),
    ("oficina federal en el estado", r"oficina de representacion|centro inah|representacion estatal|delegacion federal|oficina estatal|delegacion estatal"),
    ("organismo federal regulador o de protección", r"^agencia|procuraduria federal|\bprofepa\b|comision internacional de limites"),
    ("fiscalía", r"fiscalia|procuraduria general|procuraduria de justicia"),
    ("tribunal o juzgado", r"tribunal|juzgado|poder judicial|judicatura"),
    ("congreso", r"congreso|legislatura|camara de diputados|senado"),
    ("universidad o unidad universitaria", r"universidad|facultad|instituto tecnologico|tecnologico nacional|escuela normal|colegio de bachilleres|\b(uabjo|uady|buap|umsnh|uanl|uaeh|uaq|ujed|ujat|uabc|uaslp|ugto)$"),
    ("ayuntamiento o cabildo", r"^(ayuntamiento|cabildo|municipio)"),
    ("gobierno estatal (poder ejecutivo)", r"^(gobierno del estado|gobierno de)"),
    ("dependencia municipal", r"municipal|del ayuntamiento|del municipio"),
    ("instituto u organismo público", r"^(instituto|comision|consejo|sistema|servicio|junta|registro|coordinacion|centro)"),
    ("secretaría o dependencia estatal", r"@STATE@|del estado"),
    ("secretaría o dependencia federal", r"^(secretaria|direccion|subsecretaria|oficina|servicio)"),
]


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower()
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def occurs(needle, hay):
    n = norm(needle)
    if not n:
        return False
    pat = r"(?<!\w)" + re.escape(n) + r"(?!\w)"
    return re.search(pat, hay) is not None


def word_matches(tok, words):
    if tok in words:
        return True
    for w in words:
        k = 0
        for a, b in zip(tok, w):
            if a != b:
                break
            k += 1
        if k >= 4 and k >= min(len(tok), len(w)) - 2:
            return True
    return False


def body_kind(name, state):
    n = norm(name)
    for label, pat in BODY_KINDS:
        pat = pat.replace("@STATE@", re.escape(norm(state)))
        if re.search(pat, n):
            return label
    return "otro"


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[4:end], text[end + 4:]
    return None, text


def check_format(fname, raw, errs):
    """Return (format label, body text used for word count)."""
    if fname.endswith(".txt"):
        lines = [l.strip() for l in raw.splitlines()]
        nonempty = [l for l in lines if l]
        if len(nonempty) < 5:
            errs.append("%s: press release too short" % fname)
            return "comunicado", raw
        if not any(re.search(r"(bolet[ií]n|comunicado)\b.*\d", l, re.I) for l in nonempty[:4]):
            errs.append("%s: no bulletin number in header" % fname)
        dl = re.compile(r"^[^,]+, [^,]+, \d{1,2} de (%s) de \d{4}\.-\s*\S" % MONTHS)
        if not any(dl.match(l) for l in nonempty):
            errs.append("%s: no dateline 'City, State, d de mes de aaaa.-' opening a paragraph" % fname)
        if not re.match(r"^(-30-|-o0o-|---oOo---|# # #|-0-)$", nonempty[-1]):
            errs.append("%s: no end marker (-30-) as last line" % fname)
        return "comunicado", raw
    fm, body = split_front_matter(raw)
    if fm is not None:
        if yaml is not None:
            try:
                meta = yaml.safe_load(fm)
            except Exception as e:  # noqa
                errs.append("%s: bad front matter: %s" % (fname, e))
                meta = {}
        else:
            meta = {}
            for l in fm.splitlines():
                if ":" in l:
                    k, v = l.split(":", 1)
                    meta[k.strip()] = v.strip()
        for k in ("title", "date", "author", "categories"):
            if k not in (meta or {}):
                errs.append("%s: front matter lacks %s" % (fname, k))
        return "jekyll", body
    nonempty = [l.strip() for l in raw.splitlines() if l.strip()]
    if not nonempty or not nonempty[0].startswith("## "):
        errs.append("%s: wire article must start with '## Title'" % fname)
    by = re.compile(r"^Por [^|]+ \| [^|]+ \| [^,|]+, \d{1,2} de (%s) de \d{4}$" % MONTHS)
    if len(nonempty) < 2 or not by.match(nonempty[1]):
        errs.append("%s: second line must be 'Por Name | Outlet | City, date'" % fname)
    return "cable", raw


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def main():
    tables = "--tables" in sys.argv[1:]
    errs = []
    rows = []
    kind_count = Counter()
    kind_women = Counter()
    body_kinds = OrderedDict()
    states_seen = []
    fmt_count = Counter()
    tot_off = tot_w = tot_inst = tot_traps = tot_former = 0

    for i in range(1, 21):
        nn = "%02d" % i
        cands = [nn + ".md", nn + ".txt"]
        present = [c for c in cands if os.path.exists(os.path.join(B1, c))]
        if len(present) != 1:
            errs.append("%s: need exactly one of %s" % (nn, cands))
            continue
        fname = present[0]
        with open(os.path.join(B1, fname), encoding="utf-8") as f:
            raw = f.read()
        fmt, body = check_format(fname, raw, errs)
        fmt_count[fmt] += 1
        nwords = len(re.findall(r"\w+", body))
        if not 250 <= nwords <= 350:
            errs.append("%s: %d words (need 250-350)" % (fname, nwords))
        text = norm(raw)
        words = set(re.findall(r"\w+", text))

        ypath = os.path.join(B1, nn + ".yaml")
        if not os.path.exists(ypath):
            errs.append("%s: missing gold" % ypath)
            continue
        try:
            g = load_yaml(ypath)
        except Exception as e:  # noqa
            errs.append("%s.yaml: YAML error %s" % (nn, e))
            continue
        if not isinstance(g, dict) or set(g) != {"state", "officials", "institutions", "traps"}:
            errs.append("%s.yaml: keys must be state, officials, institutions, traps" % nn)
            continue
        st = g["state"]
        if st not in STATES or st == "Zacatecas":
            errs.append("%s.yaml: bad state %r" % (nn, st))
        if not occurs(st, text):
            errs.append("%s.yaml: state %s not named in the text" % (nn, st))
        states_seen.append(st)

        insts = g["institutions"] or []
        inames = []
        for inst in insts:
            if not isinstance(inst, dict) or set(inst) != {"name", "also"}:
                errs.append("%s.yaml: institution keys must be name, also: %r" % (nn, inst))
                continue
            if not isinstance(inst["also"], list):
                errs.append("%s.yaml: also must be a list (%s)" % (nn, inst["name"]))
                continue
            inames.append(inst["name"])
            forms = [inst["name"]] + inst["also"]
            if not any(occurs(x, text) for x in forms):
                errs.append("%s.yaml: institution %s: no form in text" % (nn, inst["name"]))
            for a in inst["also"]:
                if not occurs(a, text):
                    errs.append("%s.yaml: institution %s: also %r not in text" % (nn, inst["name"], a))
            bk = body_kind(inst["name"], st)
            body_kinds.setdefault(bk, []).append(inst["name"])
        if len(set(inames)) != len(inames):
            errs.append("%s.yaml: duplicate institution names" % nn)

        offs = g["officials"] or []
        if not 8 <= len(offs) <= 10:
            errs.append("%s.yaml: %d officials (need 8-10)" % (nn, len(offs)))
        onames = []
        nw = 0
        for o in offs:
            keys = {"name", "gender", "role", "institution", "former", "kind"}
            if not isinstance(o, dict) or set(o) != keys:
                errs.append("%s.yaml: official keys wrong: %r" % (nn, o))
                continue
            onames.append(o["name"])
            if not occurs(o["name"], text):
                errs.append("%s.yaml: name %r not in text" % (nn, o["name"]))
            if re.match(r"^(lic|dr|dra|mtro|mtra|ing|prof|profa|c|gral|cap|mayor|coronel|general|almirante)\.?\s", o["name"], re.I):
                errs.append("%s.yaml: name %r keeps an honorific or rank" % (nn, o["name"]))
            if o["gender"] not in ("f", "m"):
                errs.append("%s.yaml: gender of %s" % (nn, o["name"]))
            if o["gender"] == "f":
                nw += 1
            if not isinstance(o["former"], bool):
                errs.append("%s.yaml: former of %s must be true/false" % (nn, o["name"]))
            if o["kind"] not in KINDS:
                errs.append("%s.yaml: kind %r of %s" % (nn, o["kind"], o["name"]))
            else:
                kind_count[o["kind"]] += 1
                if o["gender"] == "f":
                    kind_women[o["kind"]] += 1
            role = norm(o["role"])
            for tok in re.findall(r"\w+", role):
                if tok in STOP:
                    continue
                if not word_matches(tok, words):
                    errs.append("%s.yaml: role word %r (%s) not in text" % (nn, tok, o["name"]))
            if o["former"] is True:
                tot_former += 1
                if not re.match(r"^ex", role) and " ex" not in " " + role:
                    errs.append("%s.yaml: former %s: role should keep its 'ex'" % (nn, o["name"]))
            if o["kind"] == "former" and o["former"] is not True:
                errs.append("%s.yaml: kind former but former false (%s)" % (nn, o["name"]))
            if o["institution"] not in inames:
                errs.append("%s.yaml: institution %r of %s not listed" % (nn, o["institution"], o["name"]))
        if len(set(onames)) != len(onames):
            errs.append("%s.yaml: duplicate officials" % nn)

        traps = g["traps"] or []
        if len(traps) < 2:
            errs.append("%s.yaml: need >= 2 traps" % nn)
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", str(t))
            if not m:
                errs.append("%s.yaml: trap must be 'Name (reason)': %r" % (nn, t))
                continue
            tn = m.group(1)
            if not occurs(tn, text):
                errs.append("%s.yaml: trap %r not in text" % (nn, tn))
            if tn in onames:
                errs.append("%s.yaml: trap %r is also an official" % (nn, tn))

        tot_off += len(offs)
        tot_w += nw
        tot_inst += len(insts)
        tot_traps += len(traps)
        rows.append((fname, fmt, st, len(offs), nw, len(insts), len(traps), nwords))

    if len(set(states_seen)) != len(states_seen):
        errs.append("states repeat: %s" % [s for s, c in Counter(states_seen).items() if c > 1])
    if fmt_count != Counter({"jekyll": 7, "cable": 7, "comunicado": 6}):
        errs.append("formats: %s (need 7 jekyll, 7 wire, 6 press releases)" % dict(fmt_count))
    if tot_off < 160:
        errs.append("only %d officials (need >= 160)" % tot_off)
    if tot_off and tot_w / tot_off < 0.45:
        errs.append("women %.1f%% (need >= 45%%)" % (100.0 * tot_w / tot_off))
    for k in KINDS:
        if kind_count[k] < MIN_PER_KIND:
            errs.append("kind %s used %d times (need >= %d)" % (k, kind_count[k], MIN_PER_KIND))
    nbk = len([k for k in body_kinds if k != "otro"])
    if nbk < 20:
        errs.append("only %d kinds of public bodies (need >= 20)" % nbk)

    if tables:
        pct = 100.0 * tot_w / tot_off if tot_off else 0
        print("## Totals\n")
        print("| articles | officials | women | women % | former officials | institutions | kinds of bodies | traps |")
        print("|---|---|---|---|---|---|---|---|")
        print("| %d | %d | %d | %.1f | %d | %d | %d | %d |\n" % (
            len(rows), tot_off, tot_w, pct, tot_former, tot_inst, nbk, tot_traps))
        print("## Per file\n")
        print("| file | format | state | words | officials | women | institutions | traps |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print("| %s | %s | %s | %d | %d | %d | %d | %d |" % (r[0], r[1], r[2], r[7], r[3], r[4], r[5], r[6]))
        print("\n## Per kind\n")
        print("| kind | officials | women |")
        print("|---|---|---|")
        for k in KINDS:
            print("| %s | %d | %d |" % (k, kind_count[k], kind_women[k]))
        print("\n## Kinds of public bodies\n")
        print("| kind of body | institutions | examples |")
        print("|---|---|---|")
        for k, v in body_kinds.items():
            ex = "; ".join(sorted(set(v))[:3])
            print("| %s | %d | %s |" % (k, len(v), ex))
        print()

    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errs), file=sys.stderr)
        return 1
    print("OK: %d articles, %d officials (%d women, %.1f%%), %d institutions, %d kinds of bodies, %d traps"
          % (len(rows), tot_off, tot_w, 100.0 * tot_w / max(tot_off, 1), tot_inst, nbk, tot_traps),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
