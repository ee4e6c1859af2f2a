#!/usr/bin/env python3
"""Validate the blind gold set linker-m/b1. Exit 0 when everything checks."""
import os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma", "role_only_reference",
         "surname_only_later", "former", "after_name", "military_rank", "cuyo_titular",
         "parenthesis", "nested_body", "description_only", "other"}
STATES = {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
          "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Estado de México",
          "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos", "Nayarit",
          "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
          "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán"}
STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "para", "por", "con"}
PERSON_TRAP = "no servidor publico"
# keyword -> kind of public body (first match wins); used for the >=20 kinds check
BODY_KINDS = [
    ("ayuntamiento", "ayuntamiento"), ("congreso", "congreso local"), ("camara de diputados", "congreso federal"),
    ("tribunal electoral", "tribunal electoral"), ("tribunal", "tribunal/poder judicial"),
    ("poder judicial", "tribunal/poder judicial"), ("juzgado", "juzgado"),
    ("fiscalia", "fiscalia"), ("instituto electoral", "organo electoral"), ("instituto nacional electoral", "organo electoral"),
    ("junta local ejecutiva", "organo electoral"), ("ople", "organo electoral"),
    ("auditoria", "auditoria/fiscalizacion"), ("contraloria", "contraloria"), ("tesoreria", "tesoreria"),
    ("oficialia mayor", "oficialia mayor"), ("sindicatura", "sindicatura"),
    ("proteccion civil", "proteccion civil"), ("comision estatal de derechos", "derechos humanos"),
    ("derechos humanos", "derechos humanos"), ("zona militar", "zona/region militar"),
    ("region militar", "zona/region militar"), ("sector naval", "marina"), ("zona naval", "marina"), ("region naval", "marina"),
    ("secretaria de marina", "marina"), ("guardia nacional", "guardia nacional"),
    ("facultad", "facultad universitaria"), ("universidad", "universidad publica"),
    ("imss", "seguridad social"), ("issste", "seguridad social"), ("instituto mexicano del seguro social", "seguridad social"),
    ("hospital", "hospital publico"), ("jurisdiccion sanitaria", "jurisdiccion sanitaria"),
    ("comision federal de electricidad", "CFE"), ("cfe", "CFE"), ("petroleos mexicanos", "Pemex"), ("pemex", "Pemex"),
    ("refineria", "Pemex"), ("administracion del sistema portuario", "puerto"), ("capitania de puerto", "puerto"),
    ("aduana", "aduana"), ("comision nacional del agua", "agua federal"), ("conagua", "agua federal"),
    ("agua", "organismo de agua"), ("sistema dif", "DIF"), ("dif", "DIF"),
    ("secretaria de salud", "secretaria de salud"), ("servicios de salud", "secretaria de salud"),
    ("secretaria de educacion", "secretaria de educacion"), ("secretaria de seguridad", "seguridad publica"),
    ("seguridad publica", "seguridad publica"), ("policia", "seguridad publica"),
    ("secretaria de agricultura", "agricultura"), ("desarrollo rural", "agricultura"), ("senasica", "agricultura"),
    ("secretaria de economia", "economia/mineria"), ("mineria", "economia/mineria"), ("profepa", "medio ambiente"),
    ("medio ambiente", "medio ambiente"), ("semarnat", "medio ambiente"),
    ("secretaria de finanzas", "finanzas"), ("secretaria de hacienda", "finanzas"), ("planeacion y finanzas", "finanzas"),
    ("secretaria de gobierno", "secretaria general de gobierno"), ("secretaria general de gobierno", "secretaria general de gobierno"),
    ("gobierno del estado", "poder ejecutivo estatal"), ("gobierno de", "poder ejecutivo estatal"),
    ("direccion", "direccion municipal/estatal"), ("secretaria", "otra secretaria"), ("instituto", "otro instituto"),
    ("comision", "otra comision"), ("coordinacion", "otra coordinacion"),
]
ERR = []


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def err(f, msg):
    ERR.append(f"{f}: {msg}")


def split_article(path, text):
    """Return (format, body) and check the outer format."""
    name = os.path.basename(path)
    if path.endswith(".txt"):
        lines = text.strip("\n").split("\n")
        markers = ("-30-", "---o0o---", "FIN", "- 30 -", "oOo")
        last = lines[-1].strip()
        if last not in markers:
            err(name, f"release without end marker (last line {last!r})")
        if not re.search(r"(?im)^(bolet[ií]n|comunicado)\b.*\d", text):
            err(name, "release without bulletin number")
        m = re.search(r"(?m)^[^\n]*?,\s*[^\n,]+?,\s*(a\s+)?\d{1,2}\s+de\s+\w+\s+de\s+\d{4}\.-", text)
        if not m:
            err(name, "release without dateline 'Ciudad, Estado, fecha.-'")
            return "release", text
        body = text[m.start():]
        body = body[: body.rstrip().rfind("\n")]
        return "release", body
    if text.startswith("---\n"):
        end = text.index("\n---", 4)
        fm = yaml.safe_load(text[4:end])
        for k in ("title", "date", "author", "categories"):
            if k not in fm:
                err(name, f"front matter lacks {k}")
        return "jekyll", text[end + 4:]
    if text.startswith("## "):
        lines = text.split("\n")
        i = 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        j = i
        while j < len(lines) and lines[j].strip():  # byline block: up to the first blank line
            j += 1
        byline = " ".join(lines[i:j])
        if not re.search(r"\d{4}", byline):
            err(name, f"wire byline lacks a date: {byline!r}")
        return "wire", "\n".join(lines[j:])
    err(name, "unknown format")
    return "?", text


def occurs(phrase, ntext):
    return norm(phrase) in ntext


def stem_occurs(word, ntext):
    w = norm(word).strip()
    if not w or w in STOP:
        return True
    if (" " + w) in ntext:
        return True
    for cut in (1, 2, 3):  # gender/number variants: regidora/regidores, diputada/diputados
        if len(w) - cut >= 4 and (" " + w[:-cut]) in ntext:
            return True
    return False


def body_kind(name):
    n = norm(name)
    for key, kind in BODY_KINDS:
        if " " + key in n:
            return kind
    return "otro"


def main():
    files = sorted(f for f in os.listdir(B1) if re.fullmatch(r"\d\d\.(md|txt)", f))
    if len(files) != 20:
        err("b1", f"expected 20 articles, found {len(files)}")
    fmts, states, tot, women = {}, [], 0, 0
    kinds_count, body_kinds = {}, set()
    for f in files:
        path = os.path.join(B1, f)
        text = open(path, encoding="utf-8").read()
        fmt, body = split_article(path, text)
        fmts[fmt] = fmts.get(fmt, 0) + 1
        words = len(re.findall(r"\w+", body))
        if not 250 <= words <= 350:
            err(f, f"body has {words} words (250-350)")
        ntext = norm(text)
        gpath = os.path.join(B1, f[:2] + ".yaml")
        if not os.path.exists(gpath):
            err(f, "missing gold")
            continue
        g = yaml.safe_load(open(gpath, encoding="utf-8"))
        if set(g) != {"state", "officials", "institutions", "traps"}:
            err(f, f"gold keys {sorted(g)}")
            continue
        st = g["state"]
        if st not in STATES:
            err(f, f"bad state {st!r}")
        states.append(st)
        inames = []
        for inst in g["institutions"]:
            if set(inst) - {"name", "also"} or "name" not in inst:
                err(f, f"institution keys {inst}")
                continue
            inames.append(inst["name"])
            body_kinds.add(body_kind(inst["name"]))
            also = inst.get("also") or []
            for a in also:
                if not occurs(a, ntext):
                    err(f, f"also form not in text: {a!r}")
            implied = any(o.get("institution") == inst["name"] for o in g["officials"])
            if not occurs(inst["name"], ntext) and not also and not implied:
                err(f, f"institution neither in text, nor with also forms, nor implied by a role: {inst['name']!r}")
        if len(set(inames)) != len(inames):
            err(f, "duplicate institution")
        offs = g["officials"]
        if not 7 <= len(offs) <= 10:
            err(f, f"{len(offs)} officials (7-10)")
        seen = set()
        for o in offs:
            if set(o) != {"name", "gender", "role", "institution", "former", "kind"}:
                err(f, f"official keys {sorted(o)}")
                continue
            if o["name"] in seen:
                err(f, f"duplicate official {o['name']}")
            seen.add(o["name"])
            if not occurs(o["name"], ntext):
                err(f, f"name not in text: {o['name']!r}")
            if re.match(r"(?i)(dr|dra|ing|lic|mtro|mtra|c|prof)\.? ", o["name"]):
                err(f, f"honorific kept in name: {o['name']!r}")
            if o["gender"] not in ("f", "m"):
                err(f, f"gender {o['gender']!r}")
            if o["kind"] not in KINDS:
                err(f, f"kind {o['kind']!r}")
            kinds_count[o["kind"]] = kinds_count.get(o["kind"], 0) + 1
            if not isinstance(o["former"], bool):
                err(f, "former not bool")
            if o["former"] != o["role"].lower().startswith("ex"):
                err(f, f"former/role mismatch for {o['name']}")
            for w in re.findall(r"\w+", o["role"]):
                if not stem_occurs(w, ntext):
                    err(f, f"role word {w!r} of {o['name']} not in text")
            if o["institution"] not in inames:
                err(f, f"institution of {o['name']} not listed: {o['institution']!r}")
            tot += 1
            women += o["gender"] == "f"
        ptraps = 0
        for t in g["traps"]:
            m = re.fullmatch(r"(.+?) \((.+)\)", t)
            if not m:
                err(f, f"trap not 'Name (reason)': {t!r}")
                continue
            if not occurs(m.group(1), ntext):
                err(f, f"trap name not in text: {m.group(1)!r}")
            if m.group(1) in seen:
                err(f, f"trap is also an official: {m.group(1)!r}")
            if PERSON_TRAP in norm(m.group(2)):
                ptraps += 1
        if ptraps < 2:
            err(f, f"only {ptraps} non-public-servant traps")
    if len(set(states)) != len(states):
        err("set", "states repeat")
    if "Zacatecas" in states:
        err("set", "Zacatecas used")
    if fmts != {"jekyll": 7, "wire": 7, "release": 6}:
        err("set", f"formats {fmts}")
    if tot < 150:
        err("set", f"only {tot} officials")
    if tot and women / tot < 0.45:
        err("set", f"women share {women / tot:.2%}")
    for k in KINDS - {"other"}:
        if kinds_count.get(k, 0) < 2:
            err("set", f"kind {k} used {kinds_count.get(k, 0)} times")
    if len(body_kinds - {"otro"}) < 20:
        err("set", f"only {len(body_kinds - {'otro'})} kinds of public bodies")
    print(f"articles {len(files)}  officials {tot}  women {women} ({women / max(tot, 1):.1%})  "
          f"body kinds {len(body_kinds - {'otro'})}  states {len(set(states))}")
    for e in ERR:
        print("ERROR", e)
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
