#!/usr/bin/env python3
"""Check every gold file against its source (standard library only)."""
import os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}

def parse_yaml(text):
    """Minimal parser for the gold subset: scalars, [] and '- item' lists."""
    d, cur = {}, None
    def sc(s):
        s = s.strip()
        if s == 'null': return None
        if s == 'true': return True
        if s == 'false': return False
        if s == '[]': return []
        if s.startswith("'") and s.endswith("'"):
            return s[1:-1].replace("''", "'")
        raise ValueError('unquoted scalar: ' + s)
    for line in text.split('\n'):
        if not line:
            continue
        if line.startswith('- '):
            d[cur].append(sc(line[2:]))
            continue
        k, _, v = line.partition(':')
        cur = k
        d[k] = [] if v.strip() == '' else sc(v)
    return d, [l.partition(':')[0] for l in text.split('\n') if l and not l.startswith('- ')]

def decode(data):
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('cp1252')

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()

def main():
    errors = []
    golds = sorted(glob.glob(os.path.join(HERE, '*.gold.yaml')))
    fams = {}
    for gp in golds:
        stem = os.path.basename(gp)[:-len('.gold.yaml')]
        srcs = [p for p in glob.glob(os.path.join(HERE, stem + '.*'))
                if not p.endswith('.gold.yaml')]
        def err(m): errors.append(f'{stem}: {m}')
        if len(srcs) != 1:
            err(f'expected one source file, got {srcs}'); continue
        g, order = parse_yaml(open(gp, encoding='utf-8').read())
        if order != KEYS:
            err(f'keys/order wrong: {order}'); continue
        fams[g['family']] = fams.get(g['family'], 0) + 1
        if g['family'] not in FAMILIES: err('bad family')
        text = norm(decode(open(srcs[0], 'rb').read()))
        if not g['readable']:
            if g['family'] != 'bad' or not g['refusal_reason']: err('bad file needs family bad + reason')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'): continue
                if g[k] not in (None, []): err(f'{k} should be empty for bad file')
            continue
        if g['refusal_reason'] is not None: err('refusal_reason must be null')
        for k in ('title', 'body_first_words', 'body_last_words'):
            if not g[k] or norm(g[k]) not in text: err(f'{k} not in source: {g[k]!r}')
        if g['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', g['date']): err('date format')
        for k in ('must_keep', 'boilerplate'):
            for s in g[k]:
                if norm(s) not in text: err(f'{k} not in source: {s!r}')
        if not 2 <= len(g['must_keep']) <= 4: err('must_keep needs 2-4 sentences')
        for s in g['bylines']:
            if norm(s) not in text: err(f'byline not in source: {s!r}')
        if g['photo_credit'] and norm(g['photo_credit']) not in text: err('photo_credit not in source')
        pr = g['family'] == 'press_release'
        for k in ('bulletin_number', 'issuer', 'dateline_city'):
            if pr and not g[k]: err(f'{k} required for press release')
            if not pr and g[k] is not None: err(f'{k} must be null outside press releases')
            if pr and norm(g[k]).lower() not in text.lower(): err(f'{k} not in source')
        # boilerplate must not overlap the kept sentences
        for b in g['boilerplate']:
            for m in g['must_keep']:
                if norm(b) in norm(m): err(f'boilerplate {b!r} inside must_keep')
        words = len(text.split())
        if not 150 <= words <= 450: err(f'word count {words} outside 150-450')
    want = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
    if fams != want: errors.append(f'family counts {fams} != {want}')
    if len(golds) != 30: errors.append(f'{len(golds)} gold files, expected 30')
    for e in errors: print('FAIL', e)
    print(f'{len(golds)} gold files checked, {len(errors)} problems')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
