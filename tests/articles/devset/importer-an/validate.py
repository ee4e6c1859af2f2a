"""Validate every gold file in b1/ against its source. python3 validate.py"""
import os, re, sys, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
EXTS = ('.md', '.txt', '.text', '.markdown')


def parse_scalar(s):
    s = s.strip()
    if s == 'null':
        return None
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s.startswith("'") and s.endswith("'"):
        return s[1:-1].replace("''", "'")
    raise ValueError('unexpected scalar: %r' % s)


def split_flow(s):
    items, cur, inq, i = [], '', False, 0
    while i < len(s):
        c = s[i]
        if c == "'":
            if inq and i + 1 < len(s) and s[i + 1] == "'":
                cur += "''"; i += 2; continue
            inq = not inq
        if c == ',' and not inq:
            items.append(cur); cur = ''
        else:
            cur += c
        i += 1
    if cur.strip():
        items.append(cur)
    return [parse_scalar(x) for x in items]


def load_gold(path):
    text = open(path, encoding='utf-8').read()
    try:  # prefer a real YAML parser when available
        import yaml
        data = yaml.safe_load(text)
        keys = list(data.keys())
    except ImportError:
        data, keys = {}, []
        for ln in text.splitlines():
            if not ln.strip():
                continue
            k, v = ln.split(': ', 1)
            v = v.strip()
            data[k] = split_flow(v[1:-1]) if v.startswith('[') else parse_scalar(v)
            keys.append(k)
    return data, keys


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        t = raw.decode('cp1252', errors='replace')
    return t.replace('\r\n', '\n').replace('\r', '\n').replace('\u00a0', ' ')


def main():
    errs = []
    fam = collections.Counter()
    issuers = set()
    golds = sorted(glob.glob(os.path.join(B1, '*.gold.yaml')))
    sources = sorted(p for p in glob.glob(os.path.join(B1, '*')) if p.endswith(EXTS))
    if len(golds) != 30 or len(sources) != 30:
        errs.append('expected 30 sources and 30 golds, got %d / %d' % (len(sources), len(golds)))
    for g in golds:
        name = os.path.basename(g)[:-len('.gold.yaml')]
        src = [p for p in sources if os.path.splitext(os.path.basename(p))[0] == name]
        E = lambda m: errs.append('%s: %s' % (name, m))
        if len(src) != 1:
            E('no unique source file'); continue
        d, keys = load_gold(g)
        if keys != KEYS:
            E('keys differ: %s' % keys)
        fam[d.get('family')] += 1
        if d['family'] not in FAMILIES:
            E('bad family %r' % d['family'])
        raw = open(src[0], 'rb').read()
        if d['family'] == 'bad':
            if d['readable'] is not False:
                E('bad file must have readable: false')
            for k in ['title', 'date', 'published', 'source', 'section', 'bulletin_number', 'issuer',
                      'dateline_city', 'body_first_words', 'body_last_words', 'photo_credit']:
                if d[k] is not None:
                    E('%s must be null for bad file' % k)
            for k in ['bylines', 'placement', 'boilerplate', 'must_keep']:
                if d[k] != []:
                    E('%s must be empty for bad file' % k)
            if not d['refusal_reason']:
                E('refusal_reason missing')
            continue
        if d['readable'] is not True:
            E('readable must be true')
        if d['refusal_reason'] is not None:
            E('refusal_reason must be null')
        if not isinstance(d['published'], bool):
            E('published must be bool')
        if d['date'] is not None and not re.fullmatch(r'(2015|2016|2017|2018|2019|202[0-6])-\d\d-\d\d', str(d['date'])):
            E('bad date %r' % d['date'])
        for k in ['bylines', 'placement', 'boilerplate', 'must_keep']:
            if not isinstance(d[k], list):
                E('%s must be a list' % k)
        text = decode(raw)
        for k in ['title', 'body_first_words', 'body_last_words']:
            if not d[k] or d[k] not in text:
                E('%s not found in source: %r' % (k, d[k]))
        for k in ['body_first_words', 'body_last_words']:
            n = len((d[k] or '').split())
            if not 6 <= n <= 16:
                E('%s has %d words' % (k, n))
        a = text.find(d['body_first_words'] or '\0')
        b = text.find(d['body_last_words'] or '\0')
        if a < 0 or b < 0 or b < a:
            E('body span invalid'); continue
        span = text[a:b + len(d['body_last_words'])]
        for s in d['boilerplate']:
            if s not in text:
                E('boilerplate not in source: %r' % s)
        if not 2 <= len(d['must_keep']) <= 4:
            E('must_keep needs 2-4 entries')
        for s in d['must_keep']:
            if s not in span:
                E('must_keep not inside body span: %r' % s)
            for bp in d['boilerplate']:
                if bp in s:
                    E('boilerplate %r inside must_keep %r' % (bp, s))
        # body word count, excluding boilerplate found inside the span
        body = span
        for bp in d['boilerplate']:
            body = body.replace(bp, ' ')
        nw = len(body.split())
        if not 150 <= nw <= 450:
            E('body has %d words (want 150-450)' % nw)
        if d['family'] == 'press_release':
            for k in ['bulletin_number', 'issuer', 'dateline_city']:
                if k != 'bulletin_number' and not d[k]:
                    E('%s required for press' % k)
            if d['source'] != d['issuer']:
                E('press: source must equal issuer')
            if d['issuer'] and d['issuer'] not in text:
                E('issuer not in source')
            if d['dateline_city'] and d['dateline_city'] not in text:
                E('dateline_city not in source')
            if d['bulletin_number'] and d['bulletin_number'] not in text:
                E('bulletin_number not in source')
            issuers.add(d['issuer'])
        else:
            for k in ['bulletin_number', 'issuer', 'dateline_city']:
                if d[k] is not None:
                    E('%s must be null outside press' % k)
        for p in d['placement']:
            if p == d['section']:
                E('placement word used as section')
        if d['section'] in ('Portada', 'Destacadas', 'EN VIVO'):
            E('placement/format word as section')
        for by in d['bylines']:
            if by in ('Redacción', 'Staff', 'Agencias') or by.startswith('Por '):
                E('non-person byline %r' % by)
            if by not in text:
                E('byline not in source: %r' % by)
        if d['photo_credit'] is not None:
            if d['photo_credit'] not in text:
                E('photo_credit not in source')
        if d['source'] and d['source'] not in text:
            E('source not in source text: %r' % d['source'])
        if d['section'] and d['section'] not in text:
            E('section not in source text')
    for f, n in FAMILIES.items():
        if fam[f] != n:
            errs.append('family %s: %d files, want %d' % (f, fam[f], n))
    if len(issuers) != 8:
        errs.append('press issuers: %d distinct, want 8' % len(issuers))
    for e in errs:
        print('ERROR', e)
    print('%d gold files, families %s, %d errors' % (len(golds), dict(fam), len(errs)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
