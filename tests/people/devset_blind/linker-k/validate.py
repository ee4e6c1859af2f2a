#!/usr/bin/env python3
"""Validate the gold of the blind set linker-k (b1/NN.{md,txt} + NN.yaml).

Checks (any failure -> exit 1):
  * 20 articles 01..20 with gold beside; formats: 01-07 Jekyll .md, 08-14 wire .md,
    15-20 press-release .txt (header, bulletin number, dateline ".-", end marker);
    body 250-350 words.
  * gold keys; official keys/values (gender f|m, former bool, kind in the list,
    former <=> role starts with "ex"); no honorifics in names.
  * names, role words, `also` forms and trap names occur in the text
    (accent- and case-insensitive; role words matched by stem so that
    "regidora" is found in "los regidores ...").
  * each official's institution is listed; institution names unique per file.
  * states real, distinct, not Zacatecas.
  * 7-10 officials per article, >=2 non-public-servant person traps per article.
  * totals: >=150 officials, >=45% women, >=20 kinds of public bodies.
Run with --tables to print the README tables.
"""
import os, re, sys, unicodedata, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

STATES = {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
          "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Guanajuato",
          "Guerrero", "Hidalgo", "Jalisco", "Estado de México", "Michoacán", "Morelos",
          "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo",
          "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala",
          "Veracruz", "Yucatán", "Zacatecas"}
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"}
OFF_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
STOP = {"de", "del", "la", "las", "el", "los", "y", "en", "por", "a", "al"}
HONORIFICS = re.compile(r"^(dr|dra|ing|lic|mtro|mtra|arq|c\.p|prof|profa)\.?\s", re.I)
END_MARKERS = ("-30-", "---o0o---", "FIN")

# kind of public body, by institution canonical name (first match wins)
BODY_KINDS = [
    (r"^Ayuntamiento de", "gobierno municipal (ayuntamiento)"),
    (r"^(Dirección de Obras|Secretaría de Gobierno Municipal)", "dependencia municipal con titular"),
    (r"^Instituto Municipal de la Mujer", "instituto municipal de la mujer"),
    (r"^(Sistema Descentralizado de Agua|Junta Municipal de Agua|Comisión de Agua Potable|Comisión Estatal de Servicios Públicos|Comisión Estatal de Aguas)", "organismo operador de agua"),
    (r"^(Comisión Nacional del Agua|Organismo de Cuenca)", "Conagua y organismo de cuenca"),
    (r"^Congreso del Estado", "congreso local"),
    (r"^Cámara de Diputados", "cámara federal"),
    (r"^Gobierno del Estado", "poder ejecutivo estatal"),
    (r"^(Tribunal Superior|Supremo Tribunal|Poder Judicial)", "poder judicial estatal"),
    (r"^Consejo de la Judicatura", "consejo de la judicatura"),
    (r"^Juzgado", "juzgado"),
    (r"^Tribunal Electoral", "tribunal electoral"),
    (r"^(Organismo Público Local Electoral|Instituto Nacional Electoral|Junta Local Ejecutiva)", "autoridad electoral administrativa"),
    (r"^(Fiscalía|Procuraduría General de Justicia)", "fiscalía / procuración de justicia"),
    (r"^(Comisión Estatal de los Derechos Humanos|Defensoría de los Derechos Humanos|Procuraduría de los Derechos Humanos)", "organismo público de derechos humanos"),
    (r"^(Auditoría Superior|Órgano de Fiscalización)", "fiscalización superior"),
    (r"^Contraloría", "contraloría"),
    (r"^Instituto de Transparencia", "órgano de transparencia"),
    (r"^(Universidad|Benemérita Universidad)", "universidad pública"),
    (r"^Facultad", "facultad universitaria"),
    (r"^(Instituto Mexicano del Seguro Social|Instituto de Seguridad y Servicios Sociales|Oficina de Representación|Unidad de Medicina Familiar)", "seguridad social (IMSS/ISSSTE) y sus oficinas"),
    (r"^(Hospital|OPD Hospital)", "hospital público"),
    (r"^Jurisdicción Sanitaria", "jurisdicción sanitaria"),
    (r"^(Petróleos Mexicanos|Pemex|Refinería|Activo de Producción)", "Pemex, refinería y activo"),
    (r"^(Comisión Federal de Electricidad|División de Distribución|Zona de Distribución)", "CFE y sus divisiones/zonas"),
    (r"(Zona Militar|Secretaría de la Defensa)", "Sedena y zona militar"),
    (r"(Región Naval|Zona Naval|Sector Naval|Secretaría de Marina)", "Semar, región/zona/sector naval"),
    (r"^Guardia Nacional", "Guardia Nacional"),
    (r"Protección Civil", "protección civil estatal"),
    (r"^Comisión Estatal de Búsqueda", "comisión de búsqueda"),
    (r"(Sistema DIF|Procuraduría de Protección de Niñas)", "DIF y procuraduría de protección"),
    (r"^Comité Administrador Poblano", "organismo descentralizado estatal"),
    (r"^(Comisión Nacional de Acuacultura|Procuraduría Federal de Protección al Ambiente|Servicio Meteorológico|Secretaría de Pesca$)", "órgano federal desconcentrado / sectorial"),
    (r"^Secretaría de", "secretaría estatal"),
]


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("—", " ").replace("–", " ")
    s = re.sub(r"[\"“”«»]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    return re.findall(r"[a-z0-9ñ]+", norm(s))


def stem(w):
    for suf in ("es", "as", "os", "a", "o", "s", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def occurs(needle, hay_norm):
    n = norm(needle)
    return re.search(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", hay_norm) is not None


def body_kind(name):
    for pat, k in BODY_KINDS:
        if re.search(pat, name):
            return k
    return None


def split_body(fn, text, errs):
    """return (format, body) and check the format skeleton"""
    num = int(os.path.basename(fn)[:2])
    if num <= 7:
        if not fn.endswith(".md") or not text.startswith("---\n"):
            errs.append("expected Jekyll .md with front matter")
            return "jekyll", text
        _, fm, body = text.split("---\n", 2)
        meta = yaml.safe_load(fm)
        for k in ("title", "date", "author", "categories"):
            if k not in meta:
                errs.append(f"front matter lacks {k}")
        return "jekyll", body
    if num <= 14:
        lines = text.split("\n")
        if not fn.endswith(".md") or not lines[0].startswith("## "):
            errs.append("expected wire .md starting with '## Title'")
        nonblank = [i for i, l in enumerate(lines) if l.strip()]
        byline = lines[nonblank[1]]
        if not re.search(r"20\d\d", byline):
            errs.append("wire byline/outlet/date line lacks a date")
        return "wire", "\n".join(lines[nonblank[1] + 1:])
    if not fn.endswith(".txt"):
        errs.append("expected press release .txt")
    m = re.search(r"^.*\d{4}\.-", text, re.M)
    if not m:
        errs.append("no dateline paragraph 'Ciudad, Estado, fecha.-'")
        return "release", text
    if not re.search(r"(Boletín|Comunicado)", text[: m.start()]):
        errs.append("no bulletin number in header")
    end = None
    for mk in END_MARKERS:
        i = text.rfind(mk)
        if i > m.start():
            end = i if end is None else min(end, i)
    if end is None:
        errs.append("no end marker")
        end = len(text)
    return "release", text[m.start():end]


def main():
    tables = "--tables" in sys.argv
    errors, infos = [], []
    per_file, kinds_c, bodies = [], Counter(), defaultdict(set)
    states = []
    tot_off = tot_f = 0
    golds = sorted(glob.glob(os.path.join(B1, "*.yaml")))
    if [os.path.basename(g)[:2] for g in golds] != [f"{i:02d}" for i in range(1, 21)]:
        errors.append(f"expected gold 01..20, got {[os.path.basename(g) for g in golds]}")
    for g in golds:
        nn = os.path.basename(g)[:2]
        arts = [p for p in (os.path.join(B1, nn + ".md"), os.path.join(B1, nn + ".txt")) if os.path.exists(p)]
        errs = []
        if len(arts) != 1:
            errors.append(f"{nn}: expected exactly one article, found {arts}")
            continue
        art = arts[0]
        text = open(art, encoding="utf-8").read()
        fmt, body = split_body(art, text, errs)
        nwords = len(body.split())
        if not 250 <= nwords <= 350:
            errs.append(f"body has {nwords} words (250-350)")
        hay = norm(text)
        htoks = tokens(text)
        hstems = {stem(t) for t in htoks}
        gold = yaml.safe_load(open(g, encoding="utf-8"))
        if set(gold) != {"state", "officials", "institutions", "traps"}:
            errs.append(f"top-level keys {sorted(gold)}")
        st = gold.get("state")
        if st not in STATES or st == "Zacatecas":
            errs.append(f"bad state {st!r}")
        states.append(st)
        insts = gold.get("institutions") or []
        inames = [i.get("name") for i in insts]
        if len(set(inames)) != len(inames):
            errs.append("duplicate institution names")
        for inst in insts:
            if set(inst) != {"name", "also"} or not isinstance(inst.get("also"), list):
                errs.append(f"institution keys {inst}")
                continue
            bk = body_kind(inst["name"])
            if bk is None:
                errs.append(f"institution without body kind: {inst['name']}")
            else:
                bodies[bk].add(f"{nn}:{inst['name']}")
            for a in inst["also"]:
                if not occurs(a, hay):
                    errs.append(f"also form not in text: {a!r} ({inst['name']})")
            if not occurs(inst["name"], hay) and not any(occurs(a, hay) for a in inst["also"]):
                infos.append(f"{nn}: institution only implied by a role: {inst['name']}")
        offs = gold.get("officials") or []
        nf = 0
        for o in offs:
            if set(o) != OFF_KEYS:
                errs.append(f"official keys {sorted(o)}")
                continue
            if o["gender"] not in ("f", "m"):
                errs.append(f"gender {o['gender']!r} for {o['name']}")
            nf += o["gender"] == "f"
            if not isinstance(o["former"], bool):
                errs.append(f"former not bool for {o['name']}")
            if o["kind"] not in KINDS:
                errs.append(f"kind {o['kind']!r} for {o['name']}")
            kinds_c[o["kind"]] += 1
            if o["former"] != norm(o["role"]).startswith("ex"):
                errs.append(f"former/role 'ex' mismatch for {o['name']}: {o['role']}")
            if o["former"] and o["kind"] != "former":
                infos.append(f"{nn}: former official {o['name']} has kind {o['kind']}")
            if HONORIFICS.match(o["name"]):
                errs.append(f"honorific in name {o['name']}")
            if not occurs(o["name"], hay):
                errs.append(f"name not in text: {o['name']}")
            for w in tokens(o["role"]):
                if w in STOP or len(w) < 3:
                    continue
                sw = stem(w)
                if sw not in hstems and not any(t.startswith(w) for t in htoks):
                    errs.append(f"role word {w!r} not in text ({o['name']}: {o['role']})")
            if o["institution"] not in inames:
                errs.append(f"institution of {o['name']} not listed: {o['institution']}")
        if not 7 <= len(offs) <= 10:
            errs.append(f"{len(offs)} officials (7-10)")
        traps = gold.get("traps") or []
        person_traps = 0
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", str(t))
            if not m:
                errs.append(f"trap not 'Name (reason)': {t}")
                continue
            if not occurs(m.group(1), hay):
                errs.append(f"trap name not in text: {m.group(1)}")
            if not re.search(r"(nombre de|apellido)", m.group(2)):
                person_traps += 1
        if person_traps < 2:
            errs.append(f"only {person_traps} non-public-servant person traps")
        offnames = {norm(o.get("name", "")) for o in offs}
        for t in traps:
            if norm(str(t).split(" (")[0]) in offnames:
                errs.append(f"trap is also an official: {t}")
        for e in errs:
            errors.append(f"{nn}: {e}")
        tot_off += len(offs)
        tot_f += nf
        trapnames = "; ".join(str(t).split(" (")[0] for t in traps)
        per_file.append((os.path.basename(art), fmt, st, len(offs), nf, len(insts), len(traps), trapnames, nwords))
    dup = [s for s, c in Counter(states).items() if c > 1]
    if dup:
        errors.append(f"states repeated: {dup}")
    if tot_off < 150:
        errors.append(f"only {tot_off} officials (>=150)")
    if tot_off and tot_f / tot_off < 0.45:
        errors.append(f"women {tot_f}/{tot_off} < 45%")
    if len(bodies) < 20:
        errors.append(f"only {len(bodies)} kinds of public bodies (>=20)")
    missing = KINDS - set(kinds_c) - {"other"}
    if missing:
        infos.append(f"construction kinds not used: {sorted(missing)}")

    ninst = sum(r[5] for r in per_file)
    ntraps = sum(r[6] for r in per_file)
    print(f"articles: {len(per_file)}  officials: {tot_off}  women: {tot_f} "
          f"({100.0 * tot_f / max(tot_off, 1):.1f}%)  former: "
          f"{kinds_c['former']}  institutions: {ninst}  body kinds: {len(bodies)}  traps: {ntraps}")
    if tables:
        print("\n| file | format | state | words | officials | women | institutions | traps |")
        print("|---|---|---|---|---|---|---|---|")
        for r in per_file:
            print(f"| {r[0]} | {r[1]} | {r[2]} | {r[8]} | {r[3]} | {r[4]} | {r[5]} | {r[6]}: {r[7]} |")
        print("\n| construction kind | officials |\n|---|---|")
        for k, c in sorted(kinds_c.items(), key=lambda x: (-x[1], x[0])):
            print(f"| {k} | {c} |")
        print("\n| kind of public body | institutions listed | files |\n|---|---|---|")
        for k, v in sorted(bodies.items(), key=lambda x: (-len(x[1]), x[0])):
            files = sorted({x[:2] for x in v})
            print(f"| {k} | {len(v)} | {', '.join(files)} |")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
