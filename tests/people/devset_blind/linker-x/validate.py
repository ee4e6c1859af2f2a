#!/usr/bin/env python3
"""Validate the blind set in b1/ (standard library only)."""
import json, os, re, sys, unicodedata
from collections import Counter
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'b1')
KINDS = "plural_list feminine rare_title after_name parenthesis cuyo_titular no_comma surname_only_later role_only_reference former military_rank nested_body apposition description_only other".split()
BODY_KINDS = [  # first matching pattern wins
 ("zona/región/guarnición militar", r"zona militar|region militar|guarnicion militar"),
 ("zona/sector naval", r"zona naval|sector naval"),
 ("ministerio militar/naval federal", r"defensa nacional|secretaria de marina|ejercito mexicano"),
 ("guardia nacional", r"guardia nacional"),
 ("DIF", r"desarrollo integral de la familia"),
 ("derechos humanos", r"derechos humanos"),
 ("tribunal electoral", r"tribunal (estatal )?electoral|sala regional"),
 ("instituto electoral", r"instituto (estatal|nacional) electoral"),
 ("transparencia", r"transparencia|acceso a la informacion"),
 ("tribunal administrativo", r"justicia administrativa"),
 ("juzgado federal", r"juzgado .*de distrito"),
 ("juzgado local", r"^juzgado"),
 ("sala de tribunal estatal", r"^sala "),
 ("tribunal superior de justicia", r"tribunal superior de justicia"),
 ("fiscalía especializada", r"fiscalia (especializada|anticorrupcion)"),
 ("fiscalización superior", r"auditoria superior|fiscalizacion"),
 ("congreso estatal", r"^congreso"),
 ("facultad", r"^facultad"),
 ("universidad pública", r"universidad"),
 ("jurisdicción sanitaria", r"jurisdiccion sanitaria"),
 ("hospital", r"^hospital"),
 ("oficina estatal de instituto federal de seguridad social", r"oficina de representacion del imss"),
 ("seguridad social", r"seguro social|issste|servicios sociales de los trabajadores"),
 ("división/zona de CFE", r"(division|zona) .* comision federal de electricidad"),
 ("CFE", r"comision federal de electricidad"),
 ("organismo de agua", r"agua"),
 ("autoridad portuaria", r"portuario"),
 ("dependencia ambiental federal", r"medio ambiente y recursos naturales|proteccion al ambiente"),
 ("instituto de la mujer", r"mujer"),
 ("instituto municipal de planeación", r"planeacion"),
 ("seguridad pública municipal", r"comisaria|seguridad publica"),
 ("tesorería municipal", r"tesoreria municipal"),
 ("dirección municipal", r"^direccion general .*municipales"),
 ("secretaría de salud estatal", r"secretaria de salud"),
 ("secretaría de finanzas/hacienda estatal", r"secretaria de (la )?(hacienda|finanzas)"),
 ("ayuntamiento", r"^ayuntamiento"),
 ("gobierno estatal", r"^gobierno del estado"),
]
def norm(s):
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return ' '.join(re.findall(r'[a-z0-9ñ]+', s))
def stem(w):
    for suf in ('es', 'as', 'os', 'a', 'o', 'e', 's'):
        if w.endswith(suf) and len(w) - len(suf) >= 3: return w[:-len(suf)]
    return w
def has(text, phrase):
    return (' ' + norm(phrase) + ' ') in (' ' + text + ' ')
STOP = set('de del la las el los y en para a al e por municipio municipal estado gobierno ayuntamiento secretaria sistema'.split())
def parse_yaml(path):
    d = {'officials': [], 'institutions': [], 'traps': []}; cur = None
    for line in open(path):
        line = line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('state:'): d['state'] = line.split(':', 1)[1].strip(); continue
        if re.match(r'^\w+:\s*$', line): cur = line[:-1]; continue
        item = line.strip()[2:]
        if item.startswith('{'):
            item = re.sub(r'([{,]\s*)(\w+):', r'\1"\2":', item)
            item = re.sub(r'(:\s*)([a-z_]+)(\s*[,}])', lambda m: m.group(1) + (m.group(2) if m.group(2) in ('true', 'false') else json.dumps(m.group(2))) + m.group(3), item)
        d[cur].append(json.loads(item))
    return d
def body_of(fn, raw):
    if fn.endswith('.txt'):
        m = re.search(r'^.*\d{4}\.-', raw, re.M); return raw[m.start():raw.index('-30-')], bool(m) and '-30-' in raw
    if raw.startswith('---'):
        parts = raw.split('---', 2); return parts[2], all(k in parts[1] for k in ('layout:', 'title:', 'date:', 'author:', 'categories:'))
    lines = raw.split('\n'); ok = lines[0].startswith('## ') and lines[2].startswith('Por ') and lines[2].count('|') == 2
    return '\n'.join(lines[3:]), ok
errors = []; tot = Counter(); kinds = Counter(); bodyk = Counter(); states = []; fmts = Counter(); rows = []
for i in range(1, 21):
    n = f"{i:02d}"; fn = [f for f in (n + '.md', n + '.txt') if os.path.exists(os.path.join(B, f))]
    if not fn: errors.append(f"{n}: missing article"); continue
    fn = fn[0]; raw = open(os.path.join(B, fn)).read(); body, fmt_ok = body_of(fn, raw)
    fmt = 'press' if fn.endswith('.txt') else ('jekyll' if raw.startswith('---') else 'wire'); fmts[fmt] += 1
    if not fmt_ok: errors.append(f"{n}: bad {fmt} format")
    text = norm(raw); wc = len(re.findall(r'\w+', body)); stems = {stem(w) for w in text.split()}
    if not 250 <= wc <= 400: errors.append(f"{n}: {wc} words")
    g = parse_yaml(os.path.join(B, n + '.yaml')); states.append(g['state'])
    if not has(text, g['state']): errors.append(f"{n}: state not in text")
    inames = {x['name'] for x in g['institutions']}
    for x in g['institutions']:
        if not (has(text, x['name']) or any(has(text, a) for a in x['also'])):
            dist = [w for w in norm(x['name']).split() if w not in STOP]
            if x['also'] or not all(w in text.split() for w in dist): errors.append(f"{n}: institution unsupported: {x['name']}")
        k = next((k for k, p in BODY_KINDS if re.search(p, norm(x['name']))), None)
        if not k: errors.append(f"{n}: unclassified body {x['name']}")
        bodyk[k] += 1
    offs = g['officials']; women = sum(o['gender'] == 'f' for o in offs)
    if not 8 <= len(offs) <= 10: errors.append(f"{n}: {len(offs)} officials")
    for o in offs:
        if not has(text, o['name']): errors.append(f"{n}: name missing {o['name']}")
        for w in norm(o['role']).split():
            if stem(w) not in stems: errors.append(f"{n}: role word '{w}' unsupported for {o['name']}")
        if o['institution'] not in inames: errors.append(f"{n}: institution of {o['name']} not listed")
        if o['kind'] not in KINDS: errors.append(f"{n}: bad kind {o['kind']}")
        if o['former'] != norm(o['role']).startswith('ex'): errors.append(f"{n}: former flag/role mismatch {o['name']}")
        kinds[o['kind']] += 1
    if len(g['traps']) < 2: errors.append(f"{n}: fewer than 2 traps")
    onames = {norm(o['name']) for o in offs}
    for t in g['traps']:
        tn = t.split(' (')[0]
        if not has(text, tn): errors.append(f"{n}: trap not in text {tn}")
        if norm(tn) in onames: errors.append(f"{n}: trap is an official {tn}")
    tot['officials'] += len(offs); tot['women'] += women; tot['institutions'] += len(g['institutions']); tot['traps'] += len(g['traps'])
    rows.append((n, fmt, g['state'], len(offs), women, len(g['institutions']), len(g['traps']), wc))
if len(set(states)) != 20 or 'Zacatecas' in states: errors.append("states not 20 distinct non-Zacatecas")
if fmts != Counter(jekyll=6, wire=8, press=6): errors.append(f"formats {dict(fmts)}")
if tot['officials'] < 170: errors.append(f"only {tot['officials']} officials")
if tot['women'] < 0.45 * tot['officials']: errors.append(f"women {tot['women']}/{tot['officials']}")
if len(bodyk) < 25: errors.append(f"only {len(bodyk)} body kinds")
for k in KINDS:
    if k != 'other' and kinds[k] < 6: errors.append(f"kind {k}: {kinds[k]} < 6")
if '-v' in sys.argv or errors:
    for r in rows: print(*r, sep='\t')
    print(dict(tot), f"women {tot['women']/max(1,tot['officials']):.1%}")
    print(sorted(kinds.items(), key=lambda x: -x[1])); print(len(bodyk), 'body kinds:', dict(bodyk))
for e in errors: print('ERROR', e)
sys.exit(1 if errors else 0)
