#!/usr/bin/env python3
"""Validate the gold of blind set linker-n (b1/NN.{md,txt} + NN.yaml).

Exit 0 if all checks pass. `python3 validate.py --tables` also prints the
markdown tables used in README.md.
"""
import re, sys, unicodedata, glob, os
from collections import Counter
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"}
OFF_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
STOP = {"de", "del", "la", "las", "el", "los", "en", "y", "e", "a", "al", "para", "por", "con"}
END_MARKERS = ("-30-", "---o0o---", "FIN", "-0-", "oOo")

# body kinds: first matching keyword wins
BODY_KINDS = [
    ("jurisdiccion sanitaria", "jurisdicción sanitaria"),
    ("facultad", "facultad universitaria"),
    ("hospital", "hospital público"),
    ("zona militar", "zona militar (Sedena)"),
    ("region militar", "zona militar (Sedena)"),
    ("sector naval", "sector / región naval (Semar)"),
    ("region naval", "sector / región naval (Semar)"),
    ("refineria", "refinería de Pemex"),
    ("petroleos mexicanos", "Pemex"),
    ("imss", "IMSS (oficina estatal)"),
    ("seguro social", "IMSS"),
    ("issste", "ISSSTE"),
    ("cfe", "CFE (división / zona)"),
    ("electricidad", "CFE"),
    ("comision nacional del agua", "Conagua"),
    ("organismo de cuenca", "Conagua"),
    ("guardia nacional", "Guardia Nacional"),
    ("ayuntamiento", "ayuntamiento"),
    ("congreso", "congreso local"),
    ("tribunal electoral", "tribunal electoral"),
    ("tribunal de justicia administrativa", "tribunal administrativo"),
    ("tribunal", "tribunal superior de justicia / poder judicial"),
    ("poder judicial", "tribunal superior de justicia / poder judicial"),
    ("juzgado", "juzgado"),
    ("fiscalia", "fiscalía"),
    ("auditoria", "auditoría / órgano superior de fiscalización"),
    ("fiscalizacion", "auditoría / órgano superior de fiscalización"),
    ("contraloria", "contraloría"),
    ("tesoreria", "tesorería"),
    ("proteccion civil", "protección civil"),
    ("bomberos", "bomberos"),
    ("instituto electoral", "organismo electoral local"),
    ("instituto estatal electoral", "organismo electoral local"),
    ("transparencia", "órgano de transparencia"),
    ("derechos humanos", "comisión / defensoría de derechos humanos"),
    ("dif", "sistema DIF"),
    ("desarrollo integral de la familia", "sistema DIF"),
    ("universidad", "universidad pública"),
    ("instituto tecnologico", "tecnológico público"),
    ("secretaria", "secretaría / dependencia del gobierno"),
    ("agencia", "agencia estatal"),
    ("comision estatal", "comisión estatal"),
    ("comision", "comisión pública"),
    ("instituto", "instituto público"),
    ("junta", "junta / organismo operador"),
    ("sistema", "organismo operador"),
    ("direccion", "dirección municipal"),
    ("gobierno", "gobierno estatal"),
    ("policia", "policía"),
    ("registro", "registro civil"),
    ("centro", "centro público"),
    ("oficialia", "oficialía"),
    ("procuraduria", "procuraduría"),
]


def norm(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()


def word_in(word, text):
    """Word of a role occurs in text, allowing gender / number variation."""
    if word in text:
        return True
    stem = re.sub(r"(as|os|es|a|o|s)$", "", word)
    if len(stem) >= 4 and re.search(r"\b" + re.escape(stem), text):
        return True
    return False


def body_of(raw, ext):
    lines = raw.splitlines()
    if ext == ".md" and raw.startswith("---"):
        end = lines.index("---", 1)
        return "\n".join(lines[end + 1:]), "jekyll"
    if ext == ".md" and raw.startswith("## "):
        # title, then byline line, then body
        rest = [l for l in lines[1:]]
        i = 0
        while i < len(rest) and not rest[i].strip():
            i += 1
        return "\n".join(rest[i + 1:]), "wire"
    if ext == ".txt":
        start = next(i for i, l in enumerate(lines) if ".-" in l)
        end = next((i for i, l in enumerate(lines) if l.strip() in END_MARKERS), len(lines))
        return "\n".join(lines[start:end]), "release"
    raise ValueError("unknown format")


def body_kind(name):
    n = norm(name)
    for kw, k in BODY_KINDS:
        if re.search(r"\b" + re.escape(kw) + r"\b", n):
            return k
    return "otro"


def main():
    errors = []
    rows, kinds, bodykinds = [], Counter(), Counter()
    states, fmt_count = [], Counter()
    tot_off = tot_f = tot_inst = tot_traps = 0
    arts = sorted(glob.glob(os.path.join(B1, "[0-9][0-9].md")) + glob.glob(os.path.join(B1, "[0-9][0-9].txt")))
    for path in arts:
        base, ext = os.path.splitext(os.path.basename(path))
        ypath = os.path.join(B1, base + ".yaml")
        def err(m):
            errors.append(f"{base}{ext}: {m}")
        if not os.path.exists(ypath):
            err("missing gold"); continue
        raw = open(path, encoding="utf-8").read()
        text = norm(raw)
        try:
            body, fmt = body_of(raw, ext)
        except Exception as e:
            err(f"format: {e}"); continue
        fmt_count[fmt] += 1
        if fmt == "release" and not any(l.strip() in END_MARKERS for l in raw.splitlines()):
            err("release without end marker")
        if fmt == "jekyll":
            fm = yaml.safe_load(raw.split("---")[1])
            for k in ("title", "date", "author", "categories"):
                if k not in fm:
                    err(f"front matter lacks {k}")
        nwords = len(re.findall(r"\w+(?:[-.,']\w+)*", body))
        if not 250 <= nwords <= 350:
            err(f"body has {nwords} words (want 250-350)")
        g = yaml.safe_load(open(ypath, encoding="utf-8"))
        if set(g) != {"state", "officials", "institutions", "traps"}:
            err(f"top keys {sorted(g)}")
        st = g["state"]
        states.append(st)
        if norm(st) == "zacatecas":
            err("Zacatecas not allowed")
        inst_names = set()
        for ins in g["institutions"]:
            if set(ins) != {"name", "also"}:
                err(f"institution keys {sorted(ins)}")
            inst_names.add(ins["name"])
            for a in ins["also"] or []:
                if norm(a) not in text:
                    err(f"also form not in text: {a!r} ({ins['name']})")
            bodykinds[body_kind(ins["name"])] += 1
        used = {o["institution"] for o in g["officials"]}
        for ins in g["institutions"]:
            if norm(ins["name"]) not in text and not any(norm(a) in text for a in ins["also"] or []) \
                    and ins["name"] not in used:
                err(f"institution neither written nor implied by a role: {ins['name']}")
        nf = 0
        for o in g["officials"]:
            if set(o) != OFF_KEYS:
                err(f"official keys {sorted(o)}")
                continue
            if norm(o["name"]) not in text:
                err(f"name not in text: {o['name']}")
            if len(o["name"].split()) < 2:
                err(f"name too short: {o['name']}")
            if o["gender"] not in ("f", "m"):
                err(f"gender {o['gender']}")
            nf += o["gender"] == "f"
            if o["kind"] not in KINDS:
                err(f"kind {o['kind']}")
            kinds[o["kind"]] += 1
            if not isinstance(o["former"], bool):
                err("former not bool")
            if o["former"] != norm(o["role"]).startswith("ex"):
                err(f"former/role mismatch: {o['name']} {o['role']}")
            for w in norm(o["role"]).split():
                if w in STOP:
                    continue
                if not word_in(w, text):
                    err(f"role word {w!r} not in text ({o['name']})")
            if o["institution"] not in inst_names:
                err(f"institution of {o['name']} not listed: {o['institution']}")
        n = len(g["officials"])
        if not 7 <= n <= 10:
            err(f"{n} officials (want 7-10)")
        persons = 0
        for t in g["traps"]:
            m = re.match(r"^(.+?) \((.+)\)$", t)
            if not m:
                err(f"trap format: {t}"); continue
            nm, why = m.groups()
            if norm(nm) not in text:
                err(f"trap name not in text: {nm}")
            if not re.match(r"(nombre|apellido)", norm(why)):
                persons += 1
        if persons < 2:
            err(f"only {persons} non-public-servant person traps")
        tot_off += n; tot_f += nf; tot_inst += len(g["institutions"]); tot_traps += len(g["traps"])
        rows.append((base + ext, fmt, st, n, nf, len(g["institutions"]), len(g["traps"])))
    if len(arts) != 20:
        errors.append(f"{len(arts)} articles (want 20)")
    if len(set(map(norm, states))) != len(states):
        errors.append(f"states not distinct: {Counter(states).most_common(3)}")
    if fmt_count != Counter({"jekyll": 7, "wire": 7, "release": 6}) and len(arts) == 20:
        errors.append(f"format mix {dict(fmt_count)}")
    if tot_off < 150 and len(arts) == 20:
        errors.append(f"only {tot_off} officials")
    if tot_off and tot_f / tot_off < 0.45:
        errors.append(f"women {tot_f}/{tot_off} < 45%")
    if len(bodykinds) < 20 and len(arts) == 20:
        errors.append(f"only {len(bodykinds)} kinds of public bodies")
    missing = KINDS - set(kinds) - {"other"}
    if missing and len(arts) == 20:
        errors.append(f"kinds never used: {sorted(missing)}")
    pct = 100 * tot_f / tot_off if tot_off else 0
    print(f"articles {len(arts)}  officials {tot_off}  women {tot_f} ({pct:.1f}%)  "
          f"institutions {tot_inst}  traps {tot_traps}  body kinds {len(bodykinds)}  formats {dict(fmt_count)}")
    if "--tables" in sys.argv:
        print("\n| file | format | state | officials | women | institutions | traps |\n|---|---|---|---|---|---|---|")
        for r in rows:
            print("| " + " | ".join(map(str, r)) + " |")
        print("\n| kind | officials |\n|---|---|")
        for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
            print(f"| {k} | {v} |")
        print("\n| kind of public body | institutions |\n|---|---|")
        for k, v in sorted(bodykinds.items(), key=lambda x: -x[1]):
            print(f"| {k} | {v} |")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
