#!/usr/bin/env python3
"""Validate the blind linker set in b1/ (see README.md)."""
import os, re, sys, unicodedata, collections
import yaml

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "b1")
KINDS = ["plural_list","feminine","rare_title","after_name","parenthesis","cuyo_titular","no_comma",
         "surname_only_later","role_only_reference","former","military_rank","nested_body","apposition",
         "description_only","other"]
CATS = ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies",
        "description_institution","name_inside_institution","private_leaders","surname_role_word","military","new_user"]
STOP = set("de del la las el los en y a al por para con e o u sin su sus que".split())
GENERIC = set("""ayuntamiento secretaria gobierno estado comision instituto oficina representacion
 direccion sistema desarrollo integral familia universidad autonoma hospital general zona
 fiscalia tribunal superior justicia congreso nacional federal municipal""".split())
BODY_KINDS = [  # first matching pattern wins
 ("electoral", r"electoral|\bine\b"), ("derechos humanos", r"derechos humanos"),
 ("dif", r"desarrollo integral de la familia"), ("militar/naval", r"zona militar|zona naval|sector naval|defensa nacional|secretaria de marina|ejercito|guardia nacional|capitania de puerto"),
 ("hospital", r"hospital"), ("jurisdiccion sanitaria", r"jurisdiccion sanitaria"),
 ("facultad universitaria", r"^facultad"), ("universidad", r"universidad"), ("bachillerato", r"colegio de bachilleres"),
 ("seguridad social", r"seguro social|\bimss\b|issste|seguridad y servicios sociales"),
 ("empresa publica energia", r"petroleos|refineria|electricidad|\bcfe\b"),
 ("agua", r"agua|conagua|cuenca"), ("fiscalia", r"fiscalia"), ("tribunal/poder judicial", r"tribunal|poder judicial|juzgado"),
 ("congreso", r"congreso"), ("auditoria", r"auditoria"), ("contraloria", r"contraloria"),
 ("proteccion civil", r"proteccion civil"), ("ambiental", r"proteccion al (medio )?ambiente|profepa"),
 ("puerto", r"portuaria"), ("migracion", r"migracion"),
 ("ayuntamiento", r"^ayuntamiento"), ("gobierno", r"^gobierno"), ("secretaria estatal", r"^secretaria de (?!la defensa|marina)"),
]

def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(re.findall(r"[a-z0-9ñ]+", s))

def has(text_n, phrase):
    p = norm(phrase)
    return bool(p) and re.search(r"(?<![a-z0-9])" + re.escape(p) + r"(?![a-z0-9])", text_n) is not None

def stem(w):
    for suf in ("es","as","os","a","o","e","s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)]
    return w

def word_ok(w, words):
    s = stem(w)
    for t in words:
        st = stem(t)
        if st == s or (len(s) >= 5 and (st.startswith(s) or s.startswith(st)) and len(st) >= 5):
            return True
    return False

def body(path, raw):
    if path.endswith(".md") and raw.startswith("---"):
        return raw.split("---", 2)[2], "jekyll"
    if raw.startswith("## "):
        lines = raw.splitlines()
        i = next(k for k, l in enumerate(lines) if l.startswith("Por "))
        return "\n".join(lines[i+1:]), "wire"
    m = re.search(r"^.*\d{4}\.-", raw, re.M)
    return raw[m.start():raw.index("-30-")], "press"

def classify(name):
    n = norm(name)
    for k, pat in BODY_KINDS:
        if re.search(pat, n):
            return k
    return None

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

tot = collections.Counter(); kinds = collections.Counter(); cats = collections.Counter()
bodykinds = collections.Counter(); fmts = collections.Counter(); states = []
rows = []
files = sorted(f for f in os.listdir(D) if re.fullmatch(r"\d\d\.(md|txt)", f))
for f in files:
    nn = f[:2]; raw = open(os.path.join(D, f), encoding="utf-8").read()
    g = yaml.safe_load(open(os.path.join(D, nn + ".yaml"), encoding="utf-8"))
    b, fmt = body(f, raw); fmts[fmt] += 1
    if fmt == "press":
        if not re.search(r"^[A-ZÁÉÍÓÚÑ0-9 ,.\-]{20,}$", raw, re.M): err(f, "no upper-case title")
        if not re.search(r"[Bb]olet[ií]n", raw): err(f, "no bulletin number")
    if fmt == "jekyll":
        fm = raw.split("---")[1]
        for k in ("layout","title","date","author","categories"):
            if not re.search(rf"^{k}:", fm, re.M): err(f, f"front matter lacks {k}")
    if fmt == "wire" and not re.search(r"^Por .+\|.+\|.+, .+, \d+ de \w+ de \d{4}$", raw, re.M): err(f, "bad byline")
    nw = len(re.findall(r"\w+", b))
    if not 250 <= nw <= 400: err(f, f"body has {nw} words")
    tn = norm(raw); words = set(tn.split())
    st = g["state"]; states.append(st)
    if st == "Zacatecas" or not has(tn, st): err(f, f"state {st} not in text / Zacatecas")
    offs = g["officials"]; insts = g["institutions"]; traps = g["traps"] or []
    inames = {i["name"] for i in insts}
    if not 8 <= len(offs) <= 10: err(f, f"{len(offs)} officials")
    women = 0
    for o in offs:
        if not has(tn, o["name"]): err(f, f"name not in text: {o['name']}")
        for w in norm(o["role"]).split():
            if w in STOP or len(w) < 3: continue
            if not word_ok(w, words): err(f, f"role word '{w}' of {o['name']} not supported")
        if o["institution"] not in inames: err(f, f"institution of {o['name']} not listed: {o['institution']}")
        if o["kind"] not in KINDS: err(f, f"bad kind {o['kind']}")
        if o["gender"] not in ("f","m"): err(f, "bad gender")
        if o["former"] != bool(re.match(r"ex", norm(o["role"]))): err(f, f"former flag vs role of {o['name']}")
        if o["kind"] == "former" and not o["former"]: err(f, f"kind former but not former: {o['name']}")
        women += o["gender"] == "f"; kinds[o["kind"]] += 1
    for i in insts:
        forms = [i["name"]] + list(i.get("also") or [])
        if not any(has(tn, x) for x in forms):
            dist = [w for w in norm(i["name"]).split() if w not in STOP and w not in GENERIC]
            if not dist or not all(w in words for w in dist):
                err(f, f"institution not supported: {i['name']}")
        k = classify(i["name"])
        if k is None: err(f, f"cannot classify institution {i['name']}")
        else: bodykinds[k] += 1
    if len(traps) < 2: err(f, "fewer than 2 traps")
    offnames = {norm(o["name"]) for o in offs}
    for t in traps:
        tname = t.split(" (")[0]
        if not has(tn, tname): err(f, f"trap not in text: {tname}")
        if norm(tname) in offnames: err(f, f"trap is an official: {tname}")
    for c in g.get("categories", []):
        if c not in CATS: err(f, f"bad category {c}")
        cats[c] += 1
    tot["officials"] += len(offs); tot["women"] += women; tot["institutions"] += len(insts); tot["traps"] += len(traps)
    rows.append((nn, fmt, st, len(offs), women, len(insts), len(traps), nw))

if len(files) != 12: errors.append(f"set: {len(files)} articles, want 12")
if fmts != collections.Counter(jekyll=4, wire=5, press=3): errors.append(f"set: formats {dict(fmts)}")
if len(set(states)) != len(states): errors.append("set: repeated state")
if tot["officials"] < 100: errors.append(f"set: {tot['officials']} officials < 100")
if tot["women"] < 0.45 * tot["officials"]: errors.append("set: women < 45%")
for k in KINDS[:-1]:
    if kinds[k] < 4: errors.append(f"set: kind {k} appears {kinds[k]} < 4 times")
for c in CATS:
    if cats[c] < 4: errors.append(f"set: category {c} appears {cats[c]} < 4 times")
if len(bodykinds) < 15: errors.append(f"set: {len(bodykinds)} kinds of public bodies < 15")

print("file fmt state officials women institutions traps words")
for r in rows: print(*r)
print("totals", dict(tot), f"women {tot['women']/tot['officials']:.0%}")
print("kinds", dict(kinds)); print("categories", dict(cats)); print("body kinds", len(bodykinds), dict(bodykinds))
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
