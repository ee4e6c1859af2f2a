#!/usr/bin/env python3
"""Validate the blind set in b1/ (standard library only). Exit 0 when all checks pass."""
import json, os, re, sys, unicodedata
from collections import Counter
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "b1")
KINDS = "plural_list feminine rare_title after_name parenthesis cuyo_titular no_comma surname_only_later role_only_reference former military_rank nested_body apposition description_only other".split()
errs = []

def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def stem(w):
    for suf in ("es", "as", "os", "a", "o", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w

def has(text, phrase):
    return (" " + norm(phrase) + " ") in (" " + norm(text) + " ")

def stems(s):
    return [stem(w) for w in norm(s).split()]

def load_gold(p):
    g = {"officials": [], "institutions": [], "traps": []}; cur = None
    for line in open(p, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("state:"): g["state"] = line[6:].strip()
        elif line.endswith(":") and not line.startswith(" "): cur = line[:-1]
        elif line.startswith("  - "):
            v = line[4:]
            if v.startswith("{"): v = re.sub(r'([{,]\s*)([a-z_]+):\s', r'\1"\2": ', v)
            g[cur].append(json.loads(v))
    return g

def body_of(path, text):
    if path.endswith(".txt"):
        m = re.search(r"^.*?, [A-ZÁÉÍÓÚa-záéíóúñ ]+, \d{1,2} de [a-z]+ de \d{4}\.-", text, re.M)
        if not m or "-30-" not in text: errs.append(f"{path}: press release needs dateline and -30-"); return text
        return text[m.start(): text.index("-30-")]
    if text.startswith("---\n"):
        fm, _, b = text[4:].partition("\n---\n")
        for k in ("layout", "title", "date", "author", "categories"):
            if not re.search(rf"^{k}:", fm, re.M): errs.append(f"{path}: front matter lacks {k}")
        return b
    lines = text.split("\n")
    if not lines[0].startswith("## ") or not re.match(r"^Por .+ \| .+ \| .+, .+, \d{1,2} de [a-z]+ de \d{4}$", lines[2]):
        errs.append(f"{path}: wire article needs '## Title' and byline")
    return "\n".join(lines[3:])

GENERIC = set(norm("de del la las los el y en a secretaria secretaría gobierno estado ayuntamiento municipal municipio").split())
BODY_KINDS = [  # (kind, regex on normalized name) first match wins
 ("electoral court", r"tribunal electoral"), ("agrarian court", r"tribunal unitario agrario"),
 ("state high court", r"tribunal superior|poder judicial"), ("federal district court", r"juzgado"),
 ("electoral institute (state)", r"instituto (estatal )?electoral"), ("electoral institute (federal)", r"nacional electoral|junta (local|distrital)"),
 ("specialised/regional prosecutor", r"fiscalia (especializada|regional|anticorrupcion)"), ("prosecutor", r"fiscalia|procuraduria general de justicia"),
 ("child protection", r"proteccion de ninas"), ("federal agrarian/environmental attorney", r"procuraduria"),
 ("human rights", r"derechos humanos"), ("family welfare (DIF)", r"desarrollo integral de la familia"),
 ("military", r"zona militar|region militar|zona naval|sector naval|defensa nacional|marina|guardia nacional"),
 ("hospital", r"hospital"), ("health unit", r"jurisdiccion sanitaria|imss bienestar"), ("social security", r"seguro social"),
 ("university faculty", r"facultad"), ("university", r"universidad"), ("upper secondary", r"colegio de bachilleres"),
 ("electric utility", r"federal de electricidad|cfe"), ("oil company", r"petroleos|pemex|refineria"),
 ("federal water", r"comision nacional del agua|conagua|organismo de cuenca"),
 ("water utility", r"agua potable|comision estatal del agua"),
 ("audit body", r"auditoria|fiscalizacion"), ("legislature", r"congreso|legislatura|camara de diputados"),
 ("municipal government", r"ayuntamiento|alcaldia"), ("state government", r"^gobierno del estado"),
 ("civil protection", r"proteccion civil"), ("roads and transport", r"caminos|sict|comunicaciones|infraestructura|obras|transporte colectivo|portuario"),
 ("culture and heritage", r"cultura|inah|antropologia|bellas artes|nacional de las artes|turismo"),
 ("agriculture", r"agroalimentari|agricultura|agropecuari|desarrollo rural|sanidad|sader"),
 ("education", r"educacion|sep"), ("health", r"salud"), ("security", r"seguridad"),
 ("environment", r"ecologia|sustentable|medio ambiente"), ("welfare", r"bienestar"),
]
def body_kind(name):
    n = norm(name)
    for k, rx in BODY_KINDS:
        if re.search(rx, n): return k
    return None

files = sorted(f for f in os.listdir(D) if re.match(r"^\d\d\.(md|txt)$", f))
if len(files) != 20: errs.append(f"expected 20 articles, found {len(files)}")
fmt_count = Counter(); tot_off = tot_f = 0; kinds = Counter(); bodyk = Counter(); states = []
evoked = []; rows = []; bodies_all = {}
for f in files:
    nn = f[:2]; path = os.path.join(D, f); text = open(path, encoding="utf-8").read()
    fmt = "press" if f.endswith(".txt") else ("jekyll" if text.startswith("---") else "wire")
    fmt_count[fmt] += 1
    exp = "jekyll" if int(nn) <= 6 else ("wire" if int(nn) <= 14 else "press")
    if fmt != exp: errs.append(f"{f}: format {fmt}, expected {exp}")
    body = body_of(path, text); wc = len(re.findall(r"\w+", body))
    if not 250 <= wc <= 400: errs.append(f"{f}: {wc} words")
    g = load_gold(os.path.join(D, nn + ".yaml")); states.append(g["state"])
    if g["state"] == "Zacatecas": errs.append(f"{f}: Zacatecas not allowed")
    if not has(text, g["state"]): errs.append(f"{f}: state not in text")
    offs = g["officials"]; insts = {i["name"]: i for i in g["institutions"]}
    if not 8 <= len(offs) <= 10: errs.append(f"{f}: {len(offs)} officials")
    tstem = set(stems(text)); tnorm = norm(text)
    for o in offs:
        if not has(text, o["name"]): errs.append(f"{f}: name not in text: {o['name']}")
        rs = " ".join(stems(o["role"]))
        if (" " + rs + " ") not in (" " + " ".join(stems(text)) + " ") and not all(w in tstem for w in rs.split()):
            errs.append(f"{f}: role not supported: {o['name']}: {o['role']}")
        if o["institution"] not in insts: errs.append(f"{f}: institution of {o['name']} not listed: {o['institution']}")
        if o["kind"] not in KINDS: errs.append(f"{f}: bad kind {o['kind']}")
        if o["gender"] not in ("f", "m"): errs.append(f"{f}: bad gender {o['name']}")
        if o["former"] != ("former" == o["kind"] or bool(re.search(r"\bex", norm(o["role"])))): errs.append(f"{f}: former flag mismatch {o['name']}")
        kinds[o["kind"]] += 1; tot_off += 1; tot_f += o["gender"] == "f"
    for i in insts.values():
        if any(has(text, x) for x in [i["name"]] + i["also"]): pass
        else:
            dist = [w for w in norm(i["name"]).split() if w not in GENERIC]
            if dist and all(stem(w) in tstem for w in dist): evoked.append(f"{nn}: {i['name']}")
            else: errs.append(f"{f}: institution not supported: {i['name']}")
        for a in i["also"]:
            if not has(text, a): errs.append(f"{f}: also-form not in text: {a}")
        k = body_kind(i["name"])
        if not k: errs.append(f"{f}: cannot classify body {i['name']}")
        else: bodyk[k] += 1
        bodies_all[i["name"]] = k
    full = {norm(o["name"]) for o in offs}
    if len(g["traps"]) < 2: errs.append(f"{f}: fewer than 2 traps")
    for t in g["traps"]:
        m = re.match(r"^(.+?) \((.+)\)$", t)
        if not m: errs.append(f"{f}: bad trap format {t}"); continue
        if not has(text, m.group(1)): errs.append(f"{f}: trap not in text: {m.group(1)}")
        if norm(m.group(1)) in full: errs.append(f"{f}: trap is an official: {m.group(1)}")
    rows.append((nn, fmt, g["state"], len(offs), sum(o["gender"] == "f" for o in offs), len(insts), len(g["traps"]), wc))

if len(set(states)) != len(states): errs.append("states repeat")
if fmt_count != Counter(jekyll=6, wire=8, press=6): errs.append(f"formats {dict(fmt_count)}")
if tot_off < 170: errs.append(f"only {tot_off} officials")
if tot_f / max(tot_off, 1) < 0.45: errs.append(f"women share {tot_f/tot_off:.2f}")
if len(bodyk) < 25: errs.append(f"only {len(bodyk)} kinds of bodies")
for k in KINDS:
    if kinds[k] < 6: errs.append(f"kind {k} used {kinds[k]} times (<6)")

if "--report" in sys.argv:
    print("| file | format | state | officials | women | institutions | traps | words |\n|---|---|---|---|---|---|---|---|")
    for r in rows: print("| " + " | ".join(map(str, r)) + " |")
    print("\n| kind | officials |\n|---|---|")
    for k in KINDS: print(f"| {k} | {kinds[k]} |")
    bk = Counter(bodies_all.values())
    print("\n| kind of body | distinct institutions |\n|---|---|")
    for k, v in sorted(bk.items(), key=lambda x: -x[1]): print(f"| {k} | {v} |")
    print("\nevoked:", evoked)
print(f"articles={len(files)} officials={tot_off} women={tot_f} ({tot_f/max(tot_off,1):.1%}) "
      f"institutions={sum(r[5] for r in rows)} distinct={len(bodies_all)} body_kinds={len(bodyk)} "
      f"traps={sum(r[6] for r in rows)} evoked={len(evoked)}")
print("kinds:", dict(kinds))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
