#!/usr/bin/env python3
"""Validate the blind gold set in b1/ against its texts.

Usage:  python3 validate.py            -> checks everything, exit 0 if all good
        python3 validate.py --tables   -> also prints the README tables (markdown)
"""
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

STATES = [
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
    "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Estado de México",
    "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos", "Nayarit",
    "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
    "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
    "Zacatecas",
]
FORBIDDEN_STATE = "Zacatecas"

KINDS = [
    "plural_list", "feminine", "rare_title", "after_name", "parenthesis", "cuyo_titular",
    "no_comma", "surname_only_later", "role_only_reference", "former", "military_rank",
    "nested_body", "apposition", "description_only", "other",
]
MIN_PER_KIND = 3

OFFICIAL_KEYS = {"name", "gender", "role", "institution", "former", "kind"}
INSTITUTION_KEYS = {"name", "also"}
HONORIFICS = ("lic ", "licda ", "dr ", "dra ", "mtro ", "mtra ", "ing ", "arq ",
              "gral ", "general ", "almirante ", "coronel ", "capitan ", "contralmirante ",
              "vicealmirante ", "teniente ", "profr ", "profra ", "c ")
STOP = {"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "o", "u",
        "para", "por", "con", "su"}
# private bodies must never be listed as institutions
PRIVATE = ["canaco", "coparmex", "canacintra", "canirac", "consejo coordinador empresarial",
           "camara nacional", "camara mexicana", "union nacional de padres",
           "asociacion de padres", "sindicato", "partido", "colegio de abogados",
           "universidad iberoamericana", "tec de monterrey", "diocesis", "arquidiocesis",
           "colectivo", "asociacion civil", "fundacion", "barra de abogados", "camara de comercio"]

MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"

# kinds of public bodies: ordered (first match wins), on normalised names
BODY_RULES = [
    ("Guardia Nacional", r"guardia nacional"),
    ("Ejército / zona militar (Sedena)", r"zona militar|region militar|defensa nacional|batallon|ejercito"),
    ("Armada / zona naval (Semar)", r"naval|secretaria de marina|armada"),
    ("Tribunal electoral", r"tribunal (estatal )?electoral|tribunal de justicia electoral|tribunal electoral"),
    ("Organismo electoral (INE / OPLE)", r"electoral|junta local ejecutiva|junta distrital"),
    ("Comisión de derechos humanos", r"derechos humanos"),
    ("Fiscalía / procuración de justicia", r"fiscalia|ministerio publico|centro de justicia"),
    ("Poder Judicial / tribunal / juzgado", r"tribunal|juzgado|poder judicial|judicatura"),
    ("Auditoría / contraloría / control interno", r"auditoria|contraloria|organo interno de control|fiscalizacion|funcion publica|anticorrupcion|sindicatura"),
    ("Sistema DIF", r"\bdif\b|desarrollo integral de la familia"),
    ("Hospital / clínica pública", r"hospital|clinica|unidad de medicina familiar|centro de salud"),
    ("IMSS / ISSSTE (unidad o delegación)", r"\bimss\b|seguro social|issste|seguridad y servicios sociales"),
    ("Pemex (unidad)", r"pemex|petroleos mexicanos|refineria|petroquimic"),
    ("CFE (división o unidad)", r"\bcfe\b|comision federal de electricidad"),
    ("Organismo de agua", r"\bagua\b|saneamiento|alcantarillado|conagua|\bjmas\b|\bsiapa\b|hidraulic"),
    ("Universidad / instituto tecnológico público", r"universidad|tecnologico|facultad|escuela normal"),
    ("Protección civil", r"proteccion civil"),
    ("Escuela pública (plantel)", r"^escuela|primaria|secundaria|colegio de bachilleres|conalep|\bcbtis\b"),
    ("Policía / seguridad pública", r"seguridad publica|seguridad ciudadana|policia|transito|seguridad y proteccion|guardia estatal"),
    ("Congreso / legislatura", r"congreso|camara de diputados|senado|legislatura"),
    ("Secretaría / dirección municipal", r"^(secretaria|subsecretaria|direccion|subdireccion|oficialia|tesoreria|coordinacion|comisaria|sindicatura).*(municipal|ayuntamiento)"),
    ("Ayuntamiento / cabildo", r"ayuntamiento|cabildo|presidencia municipal"),
    ("Gobierno del estado (ejecutivo)", r"^gobierno del estado|^gobierno de "),
    ("Organismo descentralizado / instituto / comisión", r"^instituto|^comision|^consejo|^sistema|^procuraduria|^registro|^centro"),
    ("Secretaría / dirección municipal", r"municipal|del ayuntamiento"),
    ("Secretaría / dirección estatal", r"(^secretaria|^direccion|^subsecretaria|^coordinacion|^oficialia).*(" + "|".join(
        s.lower().replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o") for s in STATES) + r"|del estado)"),
    ("Secretaría / oficina federal", r"^secretaria|^oficina de representacion|^delegacion|^direccion|^coordinacion|^servicio de administracion"),
]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    s = strip_accents(str(s)).lower()
    s = re.sub(r"[^0-9a-zñ]+", " ", s.replace("ñ", "n"))
    return " " + " ".join(s.split()) + " "


def occurs(phrase, ntext):
    p = norm(phrase)
    return p.strip() != "" and p in ntext


def stem(w):
    for suf in ("es", "as", "os", "a", "o", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def role_ok(role, ntext):
    """every content word of the role occurs (allowing gender/number changes)."""
    words = [w for w in norm(role).split() if w not in STOP]
    twords = set(ntext.split())
    missing = []
    for w in words:
        if w in twords:
            continue
        st = stem(w)
        if len(st) >= 4 and any(t.startswith(st) and len(t) - len(st) <= 3 for t in twords):
            continue
        missing.append(w)
    return missing


def body_kind(name):
    n = norm(name).strip()
    for label, rx in BODY_RULES:
        if re.search(rx, n):
            return label
    return None


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            return text[4:end], text[end + 4:]
    return None, text


def word_count(s):
    return len(re.findall(r"\w+", s))


def check_format(fname, text, state):
    """returns (format label, body text)"""
    where = fname
    ext = os.path.splitext(fname)[1]
    if ext == ".md" and text.startswith("---\n"):
        fm, body = split_front_matter(text)
        try:
            meta = yaml.safe_load(fm)
        except Exception as e:  # noqa
            err(where, f"front matter not YAML: {e}")
            return "Jekyll", body
        for k in ("title", "date", "author", "categories"):
            if not meta or k not in meta or meta[k] in (None, "", []):
                err(where, f"front matter lacks {k}")
        if meta and not isinstance(meta.get("categories"), (list, str)):
            err(where, "categories must be list or string")
        return "Jekyll", body
    if ext == ".md":
        lines = [l for l in text.splitlines() if l.strip()]
        if not lines or not lines[0].startswith("## "):
            err(where, "wire article must start with '## Title'")
        if len(lines) < 2 or not re.match(
                r"^Por [^|]+ \| [^|]+ \| [^|,]+, \d{1,2} de (" + MONTHS + r") de 20\d\d\s*$", lines[1]):
            err(where, "wire byline 'Por Name | Outlet | City, date' missing as line 2")
        return "Cable", text
    if ext == ".txt":
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        if not re.search(r"(?im)^(bolet[ií]n|comunicado)\b.*\d", text):
            err(where, "release lacks bulletin number line")
        m = re.search(r"(?m)^([A-ZÁÉÍÓÚÑ][^,\n]+), ([^,\n]+), (\d{1,2}) de (" + MONTHS + r") de (20\d\d)\.- \S", text)
        if not m:
            err(where, "release lacks dateline 'City, State, d de mes de aaaa.-' opening a paragraph")
        elif norm(m.group(2)) != norm(state):
            err(where, f"dateline state {m.group(2)!r} != gold state {state!r}")
        if not lines or not re.match(r"^(-\s*30\s*-|-0-|###|- 0 -)$", lines[-1]):
            err(where, "release lacks end marker (-30-) as last line")
        if m:
            # header (issuer) before the bulletin number
            before = text[: m.start()].strip().splitlines()
            if len([l for l in before if l.strip()]) < 3:
                err(where, "release needs issuer header, bulletin line and title before the dateline")
        return "Boletín", text
    err(where, f"unknown extension {ext}")
    return "?", text


def main():
    tables = "--tables" in sys.argv
    ymls = sorted(f for f in os.listdir(B1) if f.endswith(".yaml"))
    if len(ymls) != 20:
        err("b1", f"expected 20 gold files, found {len(ymls)}")
    rows = []
    kind_counter = Counter()
    kind_women = Counter()
    body_counter = OrderedDict()
    states_seen = {}
    formats = Counter()
    all_off = 0
    all_women = 0
    all_inst = 0
    all_traps = 0
    implied_count = [0]
    for y in ymls:
        nn = y[:-5]
        texts = [f for f in (nn + ".md", nn + ".txt") if os.path.exists(os.path.join(B1, f))]
        if len(texts) != 1:
            err(y, f"needs exactly one text file, found {texts}")
            continue
        tname = texts[0]
        with open(os.path.join(B1, tname), encoding="utf-8") as fh:
            text = fh.read()
        with open(os.path.join(B1, y), encoding="utf-8") as fh:
            try:
                gold = yaml.safe_load(fh)
            except Exception as e:
                err(y, f"YAML error: {e}")
                continue
        if set(gold) != {"state", "officials", "institutions", "traps"}:
            err(y, f"top keys {sorted(gold)}")
            continue
        state = gold["state"]
        if state not in STATES:
            err(y, f"unknown state {state!r}")
        if state == FORBIDDEN_STATE:
            err(y, "Zacatecas is not allowed")
        if state in states_seen:
            err(y, f"state {state} already used in {states_seen[state]}")
        states_seen[state] = y
        fmt, body = check_format(tname, text, state)
        formats[fmt] += 1
        wc = word_count(body)
        if not 250 <= wc <= 350:
            err(tname, f"{wc} words (need 250-350)")
        ntext = norm(text)
        if not occurs(state, ntext):
            err(y, f"state name {state} does not occur in text")

        # institutions
        insts = gold["institutions"] or []
        inames = []
        for i, inst in enumerate(insts):
            w = f"{y} institution #{i+1}"
            if not isinstance(inst, dict) or set(inst) != INSTITUTION_KEYS:
                err(w, f"keys must be {sorted(INSTITUTION_KEYS)}: {inst}")
                continue
            name, also = inst["name"], inst["also"]
            if not isinstance(also, list):
                err(w, "also must be a list")
                also = []
            if name in inames:
                err(w, f"duplicate institution {name}")
            inames.append(name)
            if not (occurs(name, ntext) or any(occurs(a, ntext) for a in also)):
                # implied institution: named only through the role of one of its officials
                # ("secretario de Gobierno" -> Secretaría de Gobierno de Sonora); the role must occur verbatim
                implied = [o for o in (gold["officials"] or []) if isinstance(o, dict)
                           and o.get("institution") == name and occurs(str(o.get("role", "")), ntext)]
                if not implied:
                    err(w, f"neither {name!r} nor any 'also' form occurs in text, nor a verbatim role implies it")
                else:
                    implied_count[0] += 1
            for a in also:
                if not occurs(a, ntext):
                    err(w, f"also form {a!r} does not occur in text")
            nn_ = norm(name)
            for p in PRIVATE:
                if " " + p + " " in nn_:
                    err(w, f"{name!r} looks like a private body")
            bk = body_kind(name)
            if bk is None:
                err(w, f"cannot classify kind of body for {name!r}")
            else:
                body_counter.setdefault(bk, []).append(name)
        all_inst += len(insts)

        # officials
        offs = gold["officials"] or []
        if not 8 <= len(offs) <= 10:
            err(y, f"{len(offs)} officials (need 8-10)")
        names = []
        women = 0
        for i, o in enumerate(offs):
            w = f"{y} official #{i+1}"
            if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
                err(w, f"keys must be {sorted(OFFICIAL_KEYS)}: {o}")
                continue
            name = str(o["name"])
            w = f"{y} {name}"
            if norm(name) in [norm(n) for n in names]:
                err(w, "duplicate official")
            names.append(name)
            if len(name.split()) < 2:
                err(w, "name must be the full name as written")
            if norm(name).lstrip().startswith(HONORIFICS):
                err(w, "name must not carry honorific or rank")
            if not occurs(name, ntext):
                err(w, "name does not occur in text")
            if o["gender"] not in ("f", "m"):
                err(w, f"gender {o['gender']!r}")
            women += o["gender"] == "f"
            if not isinstance(o["role"], str) or not o["role"].strip():
                err(w, "empty role")
            else:
                miss = role_ok(o["role"], ntext)
                if miss:
                    err(w, f"role words not in text: {miss}")
            if not isinstance(o["former"], bool):
                err(w, "former must be true/false")
            has_ex = bool(re.search(r"(^| )ex", norm(o["role"]))) if isinstance(o["role"], str) else False
            if o["former"] is True and not has_ex:
                err(w, "former official whose role lacks 'ex'")
            if o["former"] is False and norm(o["role"]).strip().startswith("ex"):
                err(w, "role starts with ex- but former is false")
            if o["kind"] not in KINDS:
                err(w, f"kind {o['kind']!r} not allowed")
            else:
                kind_counter[o["kind"]] += 1
                kind_women[o["kind"]] += o["gender"] == "f"
            if o["institution"] not in inames:
                err(w, f"institution {o['institution']!r} not in institutions list")
        all_off += len(offs)
        all_women += women

        # traps
        traps = gold["traps"] or []
        if len(traps) < 2:
            err(y, "needs at least 2 traps")
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", str(t))
            if not m:
                err(y, f"trap not 'Name (reason)': {t!r}")
                continue
            tn = m.group(1)
            if not occurs(tn, ntext):
                err(y, f"trap name {tn!r} not in text")
            if norm(tn) in [norm(n) for n in names]:
                err(y, f"trap {tn!r} is also an official")
            if norm(tn) in [norm(n) for n in inames]:
                err(y, f"trap {tn!r} is also an institution")
        all_traps += len(traps)
        rows.append((tname, fmt, state, len(offs), women, len(insts), len(traps), wc))

    # global counts
    if formats != Counter({"Jekyll": 7, "Cable": 7, "Boletín": 6}):
        err("set", f"formats {dict(formats)} (need 7 Jekyll, 7 wire, 6 releases)")
    if all_off < 160:
        err("set", f"{all_off} officials (need >= 160)")
    if all_off and all_women / all_off < 0.45:
        err("set", f"women {all_women}/{all_off} = {all_women/all_off:.1%} (< 45%)")
    for k in KINDS:
        if kind_counter[k] < MIN_PER_KIND:
            err("set", f"kind {k} used {kind_counter[k]} times (need >= {MIN_PER_KIND})")
    if len(body_counter) < 20:
        err("set", f"{len(body_counter)} kinds of public bodies (need >= 20)")

    if tables:
        pct = f"{all_women/all_off:.1%}" if all_off else "-"
        print("## Totals\n")
        print(f"- Articles: {len(rows)} ({formats['Jekyll']} Jekyll, {formats['Cable']} wire, {formats['Boletín']} press releases)")
        print(f"- Official mentions: {all_off}; women {all_women} ({pct}); men {all_off-all_women}")
        print(f"- Institutions: {all_inst}; kinds of public bodies: {len(body_counter)}")
        print(f"- Institutions named only through an official's role (implied): {implied_count[0]}")
        print(f"- Traps: {all_traps}\n")
        print("## Per file\n")
        print("| File | Format | State | Words | Officials | Women | Institutions | Traps |")
        print("|---|---|---|---:|---:|---:|---:|---:|")
        for r in rows:
            print(f"| {r[0]} | {r[1]} | {r[2]} | {r[7]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} |")
        print(f"| **Total** | | | | **{all_off}** | **{all_women}** | **{all_inst}** | **{all_traps}** |\n")
        print("## Per kind (hardest construction used for each official)\n")
        print("| Kind | Officials | Women |")
        print("|---|---:|---:|")
        for k in KINDS:
            print(f"| {k} | {kind_counter[k]} | {kind_women[k]} |")
        print("\n## Kinds of public bodies\n")
        print("| Kind of body | Institutions | Examples |")
        print("|---|---:|---|")
        for bk, lst in sorted(body_counter.items(), key=lambda kv: -len(kv[1])):
            ex = "; ".join(list(OrderedDict.fromkeys(lst))[:3])
            print(f"| {bk} | {len(lst)} | {ex} |")
        print()

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    if not tables:
        print(f"OK: {len(rows)} articles, {all_off} officials ({all_women} women), "
              f"{all_inst} institutions, {len(body_counter)} kinds of bodies, {all_traps} traps")
    sys.exit(0)


if __name__ == "__main__":
    main()
