#!/usr/bin/env python3
"""Validate the linker-z blind set (standard library only). Usage: python3 validate.py"""
import os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); B1 = os.path.join(HERE, 'b1')
KINDS = {"plural_list","feminine","rare_title","after_name","parenthesis","cuyo_titular","no_comma",
         "surname_only_later","role_only_reference","former","military_rank","nested_body","apposition",
         "description_only","other"}
FMT = {**{f'{i:02d}': ('jekyll','md') for i in range(1,5)}, **{f'{i:02d}': ('wire','txt') for i in range(5,9)},
       **{f'{i:02d}': ('press','txt') for i in range(9,13)}}
MONTHS = {'noviembre': 11}
DATE_MIN, DATE_MAX = (2026,11,2), (2026,11,8)
STOP = {'de','del','la','las','los','el','en','y','e','a','al','por','para','con','su','sus','que','no'}
BODY_TYPES = [  # (type, keywords) checked in order on the canonical name
 ('marina', ['Región Naval','Zona Naval','Escuela Naval','Secretaría de Marina']),
 ('ejército', ['Zona Militar','Defensa Nacional']),
 ('puerto', ['Sistema Portuario']),
 ('aduanas', ['Aduana']),
 ('agua (organismo operador)', ['Agua Potable','Comisión Estatal del Agua']),
 ('agua (federal)', ['Comisión Nacional del Agua','Organismo de Cuenca']),
 ('salud: jurisdicción sanitaria', ['Jurisdicción Sanitaria']),
 ('salud: hospital', ['Hospital']),
 ('delegación federal', ['Oficina de Representación','Delegación','Programas para el Bienestar']),
 ('seguridad social', ['IMSS','Seguro Social']),
 ('regulador sanitario', ['Riesgos Sanitarios']),
 ('universidad pública / facultad', ['Universidad','Facultad']),
 ('asuntos indígenas', ['Pueblos Indígenas','Cultura Maya']),
 ('órgano de fiscalización', ['Auditoría']),
 ('derechos humanos', ['Derechos Humanos']),
 ('electoral', ['Electoral','INE']),
 ('fiscalía', ['Fiscalía','Vicefiscalía']),
 ('policía estatal', ['Policía','Guardia Civil','Seguridad Pública','Seguridad Ciudadana']),
 ('poder judicial', ['Tribunal','Poder Judicial']),
 ('congreso local', ['Congreso','Junta de Coordinación']),
 ('ayuntamiento / área municipal', ['Ayuntamiento','Municipal de']),
 ('empresa pública del Estado', ['Petróleos','Refinería','Electricidad','CFE']),
 ('ejecutivo estatal', ['Gobierno']),
 ('secretaría estatal', ['Secretaría']),
]
def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.casefold()) if unicodedata.category(c) != 'Mn')

# ---- minimal parser for the flow-style YAML used in NN.yaml ----
def parse_scalar(tok):
    tok = tok.strip()
    if tok.startswith('"'):
        return bytes(tok[1:-1], 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') if '\\' in tok else tok[1:-1]
    if tok in ('true','false'): return tok == 'true'
    return tok
def split_top(s, sep=','):
    out, cur, depth, inq, esc = [], '', 0, False, False
    for ch in s:
        if inq:
            cur += ch
            if esc: esc = False
            elif ch == '\\': esc = True
            elif ch == '"': inq = False
            continue
        if ch == '"': inq = True; cur += ch; continue
        if ch in '[{': depth += 1
        if ch in ']}': depth -= 1
        if ch == sep and depth == 0: out.append(cur); cur = ''
        else: cur += ch
    if cur.strip(): out.append(cur)
    return out
def parse_flow(s):
    s = s.strip()
    if s.startswith('{'):
        d = {}
        for part in split_top(s[1:-1]):
            k, v = part.split(':', 1); d[k.strip()] = parse_flow(v)
        return d
    if s.startswith('['):
        return [parse_flow(p) for p in split_top(s[1:-1])]
    return parse_scalar(s)
def load_yaml(path):
    data, key = {}, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'): continue
        m = re.match(r'^(\w+):\s*(.*)$', line)
        if m:
            key = m.group(1); data[key] = parse_flow(m.group(2)) if m.group(2) else []
        elif line.lstrip().startswith('- '):
            data[key].append(parse_flow(line.lstrip()[2:]))
        else: raise ValueError(f'{path}: cannot parse line: {line}')
    return data

errors = []
def err(nn, msg): errors.append(f'{nn}: {msg}')

def check_format(nn, kind, text):
    """returns (body_for_wordcount, date tuple)"""
    if kind == 'jekyll':
        m = re.match(r'^---\n(.*?)\n---\n(.*)$', text, re.S)
        if not m: err(nn, 'no YAML front matter'); return text, None
        fm, body = m.group(1), m.group(2)
        for k in ('layout','title','date','author','categories'):
            if not re.search(rf'^{k}:', fm, re.M): err(nn, f'front matter lacks {k}')
        d = re.search(r'^date:\s*(\d{4})-(\d{2})-(\d{2})', fm, re.M)
        return body, tuple(map(int, d.groups())) if d else None
    lines = text.split('\n')
    if kind == 'wire':
        if not lines[0].startswith('## '): err(nn, 'wire text must open with "## Title"')
        by = next((l for l in lines if l.startswith('Por ')), '')
        m = re.match(r'^Por [^|]+ \| [^|]+ \| [^,|]+, [^,|]+, (\d{1,2}) de (\w+) de (\d{4})$', by)
        if not m: err(nn, f'bad byline: {by!r}'); return text, None
        return text, (int(m.group(3)), MONTHS.get(m.group(2), 0), int(m.group(1)))
    # press release
    if not re.search(r'^(Boletín|Comunicado)\b.*\d', text, re.M): err(nn, 'no bulletin number')
    if not any(l.strip() and l.strip() == l.strip().upper() and len(l.split()) >= 4 and not l.startswith(('GOBIERNO','CONGRESO')) for l in lines):
        err(nn, 'no upper-case title')
    if not re.search(r'-30-\s*$', text): err(nn, 'no end marker -30-')
    m = re.search(r'^[^\n,]+, [^\n,]+, (\d{1,2}) de (\w+) de (\d{4})\.- \S', text, re.M)
    if not m: err(nn, 'no dateline "City, State, D de mes de AAAA.-" opening a paragraph'); return text, None
    return text, (int(m.group(3)), MONTHS.get(m.group(2), 0), int(m.group(1)))

def role_words_ok(role, ftext):
    for w in re.findall(r'[\wÁÉÍÓÚÑáéíóúñü.-]+', role):
        fw = fold(w).strip('.,()')
        if len(fw) < 3 or fw in STOP: continue
        if fw in ftext: continue
        if len(fw) >= 5 and fw[:5] in ftext: continue   # regidor/regidora/regidores
        return w
    return None

rows, states, tot = [], [], {'texts':0,'off':0,'women':0,'inst':0,'traps':0}
kind_count, body_types, all_kinds = {}, {}, set()
for nn, (kind, ext) in sorted(FMT.items()):
    tp, yp = os.path.join(B1, f'{nn}.{ext}'), os.path.join(B1, f'{nn}.yaml')
    if not os.path.exists(tp) or not os.path.exists(yp): err(nn, 'missing text or yaml'); continue
    text = open(tp, encoding='utf-8').read(); ftext = fold(text)
    g = load_yaml(yp); tot['texts'] += 1
    body, date = check_format(nn, kind, text)
    wc = len(re.findall(r'\S+', body))
    if not 250 <= wc <= 350: err(nn, f'word count {wc} not in 250-350')
    if date is None or not DATE_MIN <= date <= DATE_MAX: err(nn, f'date {date} outside {DATE_MIN}..{DATE_MAX}')
    st = g.get('state'); states.append(st)
    if st == 'Zacatecas': err(nn, 'state must not be Zacatecas')
    if st not in text: err(nn, f'state {st} not in text')
    insts = g.get('institutions', []); inames = {i['name'] for i in insts}
    offs = g.get('officials', [])
    if not 8 <= len(offs) <= 10: err(nn, f'{len(offs)} officials (need 8-10)')
    women = 0
    for o in offs:
        for k in ('name','gender','role','institution','former','kind'):
            if k not in o: err(nn, f'official lacks {k}: {o}')
        if o['name'] not in text: err(nn, f'name not in text: {o["name"]}')
        if o['gender'] not in ('f','m'): err(nn, f'bad gender {o}')
        women += o['gender'] == 'f'
        if o['kind'] not in KINDS: err(nn, f'bad kind {o["kind"]}')
        kind_count[o['kind']] = kind_count.get(o['kind'], 0) + 1
        bad = role_words_ok(o['role'], ftext)
        if bad: err(nn, f'role word {bad!r} of {o["name"]} not in text')
        if o['institution'] not in inames: err(nn, f'institution of {o["name"]} not listed: {o["institution"]}')
        if o['former'] is not (fold(o['role']).startswith('ex')): err(nn, f'former flag vs role mismatch: {o["name"]}')
        if re.match(r'(dr|dra|lic|mtra|mtro|ing)\.?\s', fold(o['name'])): err(nn, f'honorific in name {o["name"]}')
    for i in insts:
        for a in i.get('also', []):
            if fold(a) not in ftext: err(nn, f'also form not in text: {a!r}')
        forms = [i['name']] + i.get('also', [])
        if not any(fold(f) in ftext for f in forms):
            # body evoked only through a title: "presidenta municipal de Aquila" -> Ayuntamiento de Aquila
            place = i['name'].split(' de ', 1)[-1]
            linked = [o for o in offs if o['institution'] == i['name'] and place in o['role']]
            if not (linked and place in text): err(nn, f'institution not found in text: {i["name"]}')
        t = next((t for t, kws in BODY_TYPES if any(k in i['name'] for k in kws)), None)
        if t is None: err(nn, f'institution type unknown: {i["name"]}')
        else: body_types.setdefault(t, set()).add(i['name'])
    traps = g.get('traps', [])
    if len(traps) < 2: err(nn, f'only {len(traps)} traps')
    onames = {o['name'] for o in offs}
    for t in traps:
        m = re.match(r'^(.+?) \((.+)\)$', t)
        if not m: err(nn, f'trap not "Name (reason)": {t}'); continue
        if m.group(1) not in text: err(nn, f'trap not in text: {m.group(1)}')
        if m.group(1) in onames or m.group(1) in inames: err(nn, f'trap is also gold: {m.group(1)}')
    tot['off'] += len(offs); tot['women'] += women; tot['inst'] += len(insts); tot['traps'] += len(traps)
    rows.append((nn, kind, st, len(offs), women, len(insts), len(traps), wc, date))

if len(set(states)) != 12: err('set', f'states not 12 distinct: {states}')
if tot['off'] and tot['women'] / tot['off'] < 0.45: err('set', f'women {tot["women"]}/{tot["off"]} < 45%')
if len(body_types) < 15: err('set', f'only {len(body_types)} kinds of public bodies')
missing = KINDS - set(kind_count)
if missing: err('set', f'kinds never used: {sorted(missing)}')

print(f'{"file":4} {"format":7} {"state":13} off wom inst trp words date')
for r in rows: print(f'{r[0]:4} {r[1]:7} {r[2]:13} {r[3]:3} {r[4]:3} {r[5]:4} {r[6]:3} {r[7]:5} {r[8]}')
print(f'TOTAL texts={tot["texts"]} officials={tot["off"]} women={tot["women"]} ({100*tot["women"]/max(1,tot["off"]):.1f}%) institutions={tot["inst"]} traps={tot["traps"]}')
print('kinds:', ', '.join(f'{k}={v}' for k, v in sorted(kind_count.items())))
print(f'public-body types ({len(body_types)}):', ', '.join(f'{k}={len(v)}' for k, v in sorted(body_types.items())))
if errors:
    print('\nFAIL'); [print(' -', e) for e in errors]; sys.exit(1)
print('\nOK')
