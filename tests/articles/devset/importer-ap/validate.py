"""Validate the ap blind importer set (b1/).  Run: python3 validate.py
Uses PyYAML if importable, otherwise a small parser for the gold format written by common.py."""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
EXTS = ('md', 'txt', 'text', 'markdown')
PLACEMENT_WORDS = {'portada', 'destacadas', 'destacada', 'principal', 'home', 'featured'}

try:
    import yaml  # noqa
    def load(path):
        with open(path, encoding='utf-8') as f:
            return yaml.safe_load(f)
except ImportError:
    def _scalar(s):
        s = s.strip()
        if s == 'null':
            return None
        if s == 'true':
            return True
        if s == 'false':
            return False
        if s == '[]':
            return []
        if s.startswith("'") and s.endswith("'"):
            return s[1:-1].replace("''", "'")
        raise ValueError('unsupported scalar: ' + s)

    def load(path):
        d, cur = {}, None
        with open(path, encoding='utf-8') as f:
            for line in f.read().split('\n'):
                if not line:
                    continue
                if line.startswith('  - '):
                    d[cur].append(_scalar(line[4:]))
                    continue
                k, _, v = line.partition(':')
                cur = k
                d[k] = [] if v.strip() == '' else _scalar(v)
        return d


def decode(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return data.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return data.decode('cp1252'), 'cp1252'


def norm(t):
    return t.replace('\r\n', '\n').replace('\u00a0', ' ')


errors = []


def err(name, msg):
    errors.append(f'{name}: {msg}')


files = sorted(f for f in os.listdir(B1) if not f.endswith('.gold.yaml'))
names = {}
for f in files:
    base, _, ext = f.partition('.')
    if ext not in EXTS:
        err(f, f'unexpected extension {ext}')
    names[base] = f
expected = [f'ap{i:02d}' for i in range(1, 31)]
if sorted(names) != expected:
    err('set', f'file names {sorted(names)} != ap01..ap30')
golds = sorted(f for f in os.listdir(B1) if f.endswith('.gold.yaml'))
if sorted(g[:-len('.gold.yaml')] for g in golds) != expected:
    err('set', 'gold files do not match ap01..ap30')

fam_count = {}
report = []
for name in expected:
    if name not in names:
        continue
    gpath = os.path.join(B1, name + '.gold.yaml')
    if not os.path.exists(gpath):
        err(name, 'missing gold')
        continue
    g = load(gpath)
    if list(g.keys()) != KEYS:
        err(name, f'keys {list(g.keys())} differ from the 18 required (order/names)')
        continue
    fam = g['family']
    fam_count[fam] = fam_count.get(fam, 0) + 1
    if fam not in FAMILIES:
        err(name, f'bad family {fam}')
    data = open(os.path.join(B1, names[name]), 'rb').read()

    if fam == 'bad':
        if g['readable'] is not False:
            err(name, 'bad file must have readable: false')
        for k in ('title', 'date', 'published', 'body_first_words', 'body_last_words',
                  'source', 'section', 'bulletin_number', 'issuer', 'dateline_city', 'photo_credit'):
            if g[k] is not None:
                err(name, f'{k} must be null for bad file')
        for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
            if g[k] != []:
                err(name, f'{k} must be [] for bad file')
        if not isinstance(g['refusal_reason'], str) or not g['refusal_reason'].strip():
            err(name, 'refusal_reason required')
        report.append((name, fam, len(data), '-', '-'))
        continue

    if g['readable'] is not True:
        err(name, 'readable must be true')
    if g['refusal_reason'] is not None:
        err(name, 'refusal_reason must be null')
    text, enc = decode(data)
    src = norm(text)
    src_u = html.unescape(src)

    def has(s):
        return s in src or s in src_u

    def find(s):
        i = src.find(s)
        return (src, i) if i >= 0 else (src_u, src_u.find(s))

    for k in ('title', 'body_first_words', 'body_last_words'):
        v = g[k]
        if not isinstance(v, str) or not v.strip():
            err(name, f'{k} must be a non-empty string')
        elif not has(v):
            err(name, f'{k} not found in source: {v!r}')
    if not isinstance(g['published'], bool):
        err(name, 'published must be a bool')
    d = g['date']
    if d is not None:
        if not isinstance(d, str):
            d = str(d)
        if not re.fullmatch(r'20(19|2[0-6])-\d\d-\d\d', d):
            err(name, f'date {d!r} not YYYY-MM-DD in 2019-2026')
    if fam in ('wire', 'press_release') and g['date'] is None:
        err(name, 'wire/press should carry a date')
    for lst in ('bylines', 'placement', 'boilerplate', 'must_keep'):
        if not isinstance(g[lst], list):
            err(name, f'{lst} must be a list')
    for b in g['bylines']:
        if b.lower().startswith('por ') or b in ('Redacción', 'Staff', 'Agencias'):
            err(name, f'byline {b!r} is not a person')
        if not has(b):
            err(name, f'byline not in source: {b!r}')
    for k in ('source', 'section'):
        if g[k] is not None and not has(g[k]):
            err(name, f'{k} not in source: {g[k]!r}')
    if g['section'] and g['section'].lower() in PLACEMENT_WORDS:
        err(name, 'placement word used as section')
    for p in g['placement']:
        if not has(p):
            err(name, f'placement not in source: {p!r}')
    if not 2 <= len(g['must_keep']) <= 4:
        err(name, f'must_keep has {len(g["must_keep"])} items (want 2-4)')
    for s in g['must_keep']:
        if not has(s):
            err(name, f'must_keep not in source: {s!r}')
    for s in g['boilerplate']:
        if not has(s):
            err(name, f'boilerplate not in source: {s!r}')
        for keep in g['must_keep'] + [g['body_first_words'], g['body_last_words'], g['title']]:
            if keep and s in keep:
                err(name, f'boilerplate {s!r} is inside a kept string {keep!r}')
    pc = g['photo_credit']
    if pc is not None:
        if not has('Foto: ' + pc):
            err(name, f'photo credit line "Foto: {pc}" not in source')
        if 'Foto: ' + pc not in g['boilerplate']:
            err(name, 'photo credit line must be listed in boilerplate')
    press_keys = ('bulletin_number', 'issuer', 'dateline_city')
    if fam == 'press_release':
        if g['issuer'] is None or g['issuer'] != g['source']:
            err(name, 'press: source must equal issuer')
        for k in press_keys:
            if g[k] is not None and not has(g[k]):
                err(name, f'{k} not in source: {g[k]!r}')
        if g['dateline_city'] is None:
            err(name, 'press: dateline_city expected')
        if g['bylines']:
            err(name, 'press: bylines expected []')
    else:
        for k in press_keys:
            if g[k] is not None:
                err(name, f'{k} must be null outside press releases')
    # body span and length
    words = None
    if isinstance(g['body_first_words'], str) and isinstance(g['body_last_words'], str):
        t, i = find(g['body_first_words'])
        j = t.find(g['body_last_words'], max(i, 0))
        if i < 0 or j < 0:
            err(name, 'body_last_words must come after body_first_words')
        else:
            span = t[i:j + len(g['body_last_words'])]
            words = len(span.split())
            if not 150 <= words <= 450:
                err(name, f'body span has {words} words (want 150-450)')
            tail = t[j + len(g['body_last_words']):]
            head = t[:i]
            for s in g['must_keep']:
                if s in tail or (s in head and s not in span):
                    err(name, f'must_keep outside body span: {s!r}')
    eol = 'CRLF' if b'\r\n' in data and b'\n' not in data.replace(b'\r\n', b'') else (
        'mixed' if b'\r\n' in data else 'LF')
    report.append((name, fam, enc, eol, words))

for fam, n in FAMILIES.items():
    if fam_count.get(fam, 0) != n:
        err('set', f'{fam}: {fam_count.get(fam, 0)} files, want {n}')

for r in report:
    print('  '.join(str(x) for x in r))
if errors:
    print(f'\n{len(errors)} problem(s):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('\nOK: 30 files, all gold checks pass')
