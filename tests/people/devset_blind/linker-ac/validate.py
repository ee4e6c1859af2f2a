#!/usr/bin/env python3
"""Validate the linker-ac blind set (standard library only). Usage: python3 validate.py"""
import json, os, re, sys, unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")
KINDS = {"plural_list", "feminine", "rare_title", "after_name", "parenthesis", "cuyo_titular", "no_comma",
         "surname_only_later", "role_only_reference", "former", "military_rank", "nested_body", "apposition",
         "description_only", "other"}
FORMATS = {**{f"{i:02d}": ("jekyll", "md") for i in range(1, 5)},
           **{f"{i:02d}": ("wire", "md") for i in range(5, 9)},
           **{f"{i:02d}": ("press", "txt") for i in range(9, 13)}}
MONTHS = {m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())}
HONORIFICS = r"^(dr|dra|lic|mtro|mtra|ing|c|diputad[oa]|general|almirante|vicealmirante|coronel|magistrad[oa])\.?\s"
STOP = {"de", "del", "la", "las", "el", "los", "y", "en", "por", "a", "al", "e"}
# kinds of public body, by keyword in the canonical name
BODY_KINDS = [
    ("state/municipal executive", r"^Gobierno del Estado"), ("secretaría", r"^Secretaría"),
    ("municipality/alcaldía", r"^(Ayuntamiento|Alcaldía)"), ("congress", r"^Congreso"),
    ("audit body", r"^Auditoría"), ("comptroller", r"^Contraloría"), ("public university", r"^(Universidad|Benemérita)"),
    ("university unit", r"^Instituto de Ciencias"), ("social security (IMSS)", r"(IMSS|Seguro Social)"),
    ("hospital", r"^Hospital"), ("federal court", r"^Juzgado"), ("state court", r"^(Supremo )?Tribunal (Superior|de Justicia)|^Supremo Tribunal"),
    ("electoral court", r"^Tribunal Electoral"), ("electoral body", r"(Electoral|INE)"),
    ("state-owned company", r"^(Petróleos|Comisión Federal de Electricidad|Refinería)"),
    ("military zone", r"Zona Militar"), ("naval zone/region", r"(Naval|Marina)"), ("army", r"^Ejército"),
    ("National Guard", r"^Guardia Nacional"), ("prosecutor", r"^Fiscalía"), ("human-rights commission", r"Derechos Humanos"),
    ("migration", r"(Migración|Migratoria|INM)"), ("sanitary jurisdiction", r"^Jurisdicción Sanitaria"), ("police", r"^Policía"),
    ("civil protection", r"Protección Civil"), ("transparency body", r"Transparencia"), ("state health institute", r"^Instituto Chihuahuense de Salud"),
]

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

def parse_value(v):
    v = v.strip()
    if v.startswith('"') or v.startswith("["):
        return json.loads(v)
    return {"true": True, "false": False}.get(v, v)

def parse_map(s):
    s = s.strip()
    assert s.startswith("{") and s.endswith("}"), s
    out = {}
    for m in re.finditer(r'(\w+):\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,}]+)', s[1:-1]):
        out[m.group(1)] = parse_value(m.group(2))
    return out

def load_yaml(path):
    data, cur = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if not line.startswith(" "):
            k, _, v = line.partition(":")
            if v.strip():
                data[k] = v.strip()
            else:
                data[k], cur = [], k
        else:
            item = line.strip()[2:]
            data[cur].append(parse_map(item) if item.startswith("{") else parse_value(item))
    return data

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

def occurs(needle, text):
    return fold(needle) in fold(text)

def role_words_ok(role, text):
    ft = fold(text)
    for w in re.findall(r"\w+", fold(role)):
        if w in STOP or w.isdigit() or len(w) < 3:
            continue
        stem = w[:max(4, len(w) - 3)] if len(w) > 4 else w
        if not re.search(r"\b" + re.escape(stem), ft):
            return w
    return None

rows, all_off, states, dates, kinds_used, bodies = [], [], [], [], set(), set()
for nn, (fmt, ext) in sorted(FORMATS.items()):
    tp, yp = os.path.join(B1, f"{nn}.{ext}"), os.path.join(B1, f"{nn}.yaml")
    if not (os.path.exists(tp) and os.path.exists(yp)):
        err(nn, "missing text or yaml"); continue
    text = open(tp, encoding="utf-8").read()
    g = load_yaml(yp)
    body = text
    if fmt == "jekyll":
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m: err(nn, "no front matter"); continue
        for key in ("layout", "title", "date", "author", "categories"):
            if not re.search(rf"^{key}:", m.group(1), re.M): err(nn, f"front matter lacks {key}")
        body = text[m.end():]
        dm = re.search(r"^date:\s*(\d{4})-(\d{2})-(\d{2})", m.group(1), re.M)
        d = date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))
    else:
        dm = re.search(r"(\d{1,2}) de (\w+) de (\d{4})", text)
        d = date(int(dm.group(3)), MONTHS[dm.group(2)], int(dm.group(1)))
        if fmt == "wire":
            if not text.startswith("## "): err(nn, "wire lacks '## Title'")
            if not re.search(r"^Por [^|\n]+\|[^|\n]+\|[^|\n]+, \d{1,2} de \w+ de \d{4}$", text, re.M): err(nn, "bad byline")
        else:
            lines = [l for l in text.splitlines() if l.strip()]
            if not re.search(r"(Boletín|Comunicado)", "\n".join(lines[:4])): err(nn, "no bulletin number")
            if not any(l.isupper() and len(l) > 20 for l in lines[3:6]): err(nn, "no upper-case title")
            if not re.search(r"^[^\n,]+, [^\n,]+, \d{1,2} de \w+ de \d{4}\.- ", text, re.M): err(nn, "no dateline '.-'")
            if lines[-1].strip() != "-30-": err(nn, "no end marker -30-")
    dates.append(d)
    words = len(re.findall(r"\w+", body))
    if not 250 <= words <= 350: err(nn, f"body has {words} words (250-350)")
    state = g["state"]; states.append(state)
    if not occurs(state, text): err(nn, f"state {state} not in text")
    insts = g.get("institutions", []); inames = {i["name"] for i in insts}
    offs = g.get("officials", []); traps = g.get("traps", [])
    if not 8 <= len(offs) <= 10: err(nn, f"{len(offs)} officials (8-10)")
    if len(traps) < 2: err(nn, "fewer than 2 traps")
    evoked = set()
    for o in offs:
        if not occurs(o["name"], text): err(nn, f"name not in text: {o['name']}")
        if re.match(HONORIFICS, o["name"], re.I): err(nn, f"honorific/rank in name: {o['name']}")
        if o["gender"] not in ("f", "m"): err(nn, f"bad gender {o['name']}")
        if o["kind"] not in KINDS: err(nn, f"bad kind {o['kind']}")
        kinds_used.add(o["kind"])
        bad = role_words_ok(o["role"], text)
        if bad: err(nn, f"role word '{bad}' of '{o['role']}' not in text")
        if o["former"] != fold(o["role"]).startswith("ex"): err(nn, f"former flag vs role: {o['name']}")
        if o["institution"] not in inames: err(nn, f"institution not listed: {o['institution']}")
        evoked.add(o["institution"])
        all_off.append(o)
    for i in insts:
        for a in i["also"]:
            if not occurs(a, text): err(nn, f"'also' form not in text: {a}")
        if not (occurs(i["name"], text) or i["also"] or i["name"] in evoked):
            err(nn, f"institution neither in text nor evoked by a title: {i['name']}")
        for label, rx in BODY_KINDS:
            if re.search(rx, i["name"]):
                bodies.add(label); break
        else:
            err(nn, f"institution has no body kind: {i['name']}")
    offnames = {o["name"] for o in offs}
    for t in traps:
        nm = t.split(" (")[0]
        if not occurs(nm, text): err(nn, f"trap not in text: {nm}")
        if nm in offnames: err(nn, f"trap is also an official: {nm}")
    rows.append((nn, fmt, ext, state, str(d), words, len(offs), sum(o["gender"] == "f" for o in offs), len(insts), len(traps)))

# set-wide checks
if len(rows) != 12: err("set", f"{len(rows)} texts (12)")
if len(set(states)) != len(states): err("set", "states repeat")
if any(fold(s) == "zacatecas" for s in states): err("set", "Zacatecas used")
if dates and (max(dates) - min(dates)).days > 6: err("set", "dates span more than one week")
women = sum(o["gender"] == "f" for o in all_off)
if all_off and women / len(all_off) < 0.45: err("set", f"women {women}/{len(all_off)} < 45%")
if KINDS - kinds_used: err("set", f"kinds never used: {sorted(KINDS - kinds_used)}")
if len(bodies) < 15: err("set", f"only {len(bodies)} kinds of public body")

print(f"{'file':5} {'format':7} {'state':17} {'date':10} {'words':>5} {'off':>4} {'wom':>4} {'inst':>4} {'trap':>4}")
for r in rows:
    print(f"{r[0]+'.'+r[2]:7} {r[1]:7} {r[3]:17} {r[4]:10} {r[5]:>5} {r[6]:>4} {r[7]:>4} {r[8]:>4} {r[9]:>4}")
tot = [sum(r[i] for r in rows) for i in (6, 7, 8, 9)]
print(f"TOTAL texts={len(rows)} officials={tot[0]} women={tot[1]} ({100*tot[1]/max(tot[0],1):.0f}%) institutions={tot[2]} traps={tot[3]}")
print(f"kinds used: {len(kinds_used)}/15; public-body kinds: {len(bodies)}")
if errors:
    print("\nFAIL"); [print("  " + e) for e in errors]; sys.exit(1)
print("\nOK")
