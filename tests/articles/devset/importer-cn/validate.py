#!/usr/bin/env python3
"""Validate the importer-cn blind set (standard library only; cross-checks with PyYAML if importable).

Differences from importer-aw's validator: years 1999-2026; classic-Mac CR line ends are
recognised; files in encodings that cannot be sniffed (cp850, mac_roman, ISO-8859-15) are
decoded with the hint in ENC_HINT; gold strings are matched after collapsing every run of
white space (including NBSP, tab, form feed and line ends) to one space, so a folded YAML
title or a hard-wrapped line still matches."""
import os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
PREFIX = 'cn'
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
EXTS = ('.md', '.txt', '.text', '.markdown', '.html')
EXPECTED = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
PLACEMENT_WORDS = {'portada', 'destacadas', 'destacada', 'principal', 'home', 'featured', 'en vivo'}
ENC_HINT = {'cn04': 'cp850', 'cn15': 'iso8859_15', 'cn24': 'mac_roman', 'cn28': 'cp850'}
YEARS = (1999, 2026)

errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


def parse_scalar(s, pos):
    """Parse a scalar/flow list starting at s[pos]; return (value, newpos)."""
    if s.startswith("'", pos):
        out = []
        i = pos + 1
        while True:
            j = s.index("'", i)
            out.append(s[i:j])
            if s.startswith("''", j):
                out.append("'")
                i = j + 2
            else:
                return ''.join(out), j + 1
    if s.startswith('[', pos):
        items = []
        i = pos + 1
        while True:
            while s[i] == ' ':
                i += 1
            if s[i] == ']':
                return items, i + 1
            v, i = parse_scalar(s, i)
            items.append(v)
            while s[i] == ' ':
                i += 1
            if s[i] == ',':
                i += 1
    m = re.compile(r'(null|true|false)').match(s, pos)
    if not m:
        raise ValueError('cannot parse at %r' % s[pos:pos + 20])
    return {'null': None, 'true': True, 'false': False}[m.group(1)], m.end()


def load_gold(path):
    d = {}
    order = []
    with open(path, encoding='utf-8') as f:
        for line in f.read().split('\n'):
            if not line.strip():
                continue
            k, _, rest = line.partition(': ')
            v, end = parse_scalar(line, len(k) + 2)
            if line[end:].strip():
                raise ValueError('trailing junk in %r' % line)
            d[k] = v
            order.append(k)
    try:
        import yaml  # optional cross-check
        with open(path, encoding='utf-8') as f:
            y = yaml.safe_load(f)
        y = {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in y.items()}
        if y != d:
            raise ValueError('PyYAML disagrees with mini parser')
    except ImportError:
        pass
    return d, order


def decode(data, name):
    if data.startswith(b'\xff\xfe'):
        return data[2:].decode('utf-16-le'), 'utf-16-le'
    if data.startswith(b'\xfe\xff'):
        return data[2:].decode('utf-16-be'), 'utf-16-be'
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8'), 'utf-8-bom'
    if name in ENC_HINT:
        return data.decode(ENC_HINT[name]), ENC_HINT[name]
    try:
        data.decode('ascii')
        return data.decode('ascii'), 'ascii'
    except UnicodeDecodeError:
        pass
    try:
        return data.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return data.decode('cp1252'), 'cp1252'


def eol_kind(text):
    crlf = text.count('\r\n')
    cr = text.count('\r') - crlf
    lf = text.count('\n') - crlf
    kinds = [k for k, n in (('crlf', crlf), ('cr', cr), ('lf', lf)) if n]
    if not kinds:
        return '-'
    return kinds[0] if len(kinds) == 1 else 'mixed'


def flat(t):
    return re.sub(r'[\s\u00a0]+', ' ', t).strip()


def words(t):
    return re.findall(r'\w+', t)


def main():
    names = sorted(os.listdir(B1))
    sources = [n for n in names if n.endswith(EXTS) and not n.endswith('.gold.yaml')]
    golds = [n for n in names if n.endswith('.gold.yaml')]
    others = set(names) - set(sources) - set(golds)
    if others:
        err('b1', 'unexpected files %s' % sorted(others))
    want = ['%s%02d' % (PREFIX, i) for i in range(1, 31)]
    stems = [os.path.splitext(n)[0] for n in sources]
    if sorted(stems) != want:
        err('b1', 'source files are not exactly %s01..%s30: %s' % (PREFIX, PREFIX, stems))
    if sorted(g[:-len('.gold.yaml')] for g in golds) != want:
        err('b1', 'gold files do not match sources')
    fam_count = {}
    rows = []
    for src in sources:
        name = os.path.splitext(src)[0]
        gpath = os.path.join(B1, name + '.gold.yaml')
        if not os.path.exists(gpath):
            err(name, 'missing gold')
            continue
        try:
            g, order = load_gold(gpath)
        except Exception as e:  # noqa
            err(name, 'gold unparsable: %s' % e)
            continue
        if order != KEYS:
            err(name, 'keys differ from the 18 expected (in order): %s' % order)
            continue
        fam = g['family']
        fam_count[fam] = fam_count.get(fam, 0) + 1
        if fam not in EXPECTED:
            err(name, 'bad family %r' % fam)
        data = open(os.path.join(B1, src), 'rb').read()
        for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
            if not isinstance(g[k], list) or not all(isinstance(x, str) and x for x in g[k]):
                err(name, '%s must be a list of non-empty strings' % k)
        if fam == 'bad':
            if g['readable'] is not False:
                err(name, 'bad file must have readable: false')
            for k in ('title', 'date', 'published', 'body_first_words', 'body_last_words',
                      'source', 'section', 'bulletin_number', 'issuer', 'dateline_city', 'photo_credit'):
                if g[k] is not None:
                    err(name, '%s must be null for bad files' % k)
            for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
                if g[k]:
                    err(name, '%s must be empty for bad files' % k)
            if not g['refusal_reason']:
                err(name, 'refusal_reason missing')
            try:
                text, enc = decode(data, name)
                ek = eol_kind(text)
            except UnicodeDecodeError:
                enc, ek = 'binary', '-'
            rows.append((name, src, fam, enc, ek, '-'))
            continue
        # readable files
        if g['readable'] is not True:
            err(name, 'readable must be true')
        if g['refusal_reason'] is not None:
            err(name, 'refusal_reason must be null')
        if not isinstance(g['published'], bool):
            err(name, 'published must be bool')
        if g['date'] is not None:
            try:
                d = datetime.date.fromisoformat(g['date'])
                if not (YEARS[0] <= d.year <= YEARS[1]):
                    err(name, 'date out of %d-%d' % YEARS)
            except ValueError:
                err(name, 'date not ISO: %r' % g['date'])
        if fam in ('wire', 'press_release') and g['date'] is None:
            err(name, 'wire/press should carry a date')
        for k in ('title', 'body_first_words', 'body_last_words'):
            if not isinstance(g[k], str) or not g[k]:
                err(name, '%s must be a non-empty string' % k)
        if fam == 'press_release':
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if not g[k]:
                    err(name, '%s required for press releases' % k)
            if g['source'] != g['issuer']:
                err(name, 'press: source must equal issuer')
            if g['bylines']:
                err(name, 'press releases carry no bylines')
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    err(name, '%s must be null outside press releases' % k)
        if fam == 'wire' and not g['source']:
            err(name, 'wire needs a source (outlet)')
        if g['section'] and g['section'].lower() in PLACEMENT_WORDS:
            err(name, 'section is a placement word')
        for b in g['bylines']:
            if b.lower().startswith('por ') or b.lower() in ('redacción', 'staff', 'agencias'):
                err(name, 'byline %r is not a person' % b)
        if not 2 <= len(g['must_keep']) <= 4:
            err(name, 'must_keep should have 2-4 sentences')
        for k in ('title', 'source', 'section') + tuple(g['bylines']):
            v = g.get(k, k) if k in g else k
            if isinstance(v, str) and ('\u200b' in v or '*' in v or '#' in v):
                err(name, '%s carries markup or invisible characters: %r' % (k, v))
        text, enc = decode(data, name)
        t = flat(text)
        for k in ('title', 'body_first_words', 'body_last_words'):
            if isinstance(g[k], str) and flat(g[k]) not in t:
                err(name, '%s not found in source: %r' % (k, g[k]))
        for k in ('must_keep', 'boilerplate'):
            for s in g[k]:
                if flat(s) not in t:
                    err(name, '%s string not found in source: %r' % (k, s))
        if g['source'] and flat(g['source']).lower() not in t.lower():
            err(name, 'source not named in the file: %r' % g['source'])
        for s in g['must_keep']:
            for b in g['boilerplate']:
                if len(b) > 4 and flat(b) in flat(s):
                    err(name, 'boilerplate %r lies inside must_keep %r' % (b, s))
        if g['photo_credit']:
            if flat(g['photo_credit']) not in t:
                err(name, 'photo_credit not in source')
            if not any(g['photo_credit'] in b for b in g['boilerplate']):
                err(name, 'photo credit line should be listed in boilerplate')
        for s in g['placement']:
            if s not in t:
                err(name, 'placement %r not in source' % s)
        # body span and word count
        i = t.find(flat(g['body_first_words'] or '\0'))
        j = t.rfind(flat(g['body_last_words'] or '\0'))
        n = 0
        if i >= 0 and j >= 0:
            if j < i:
                err(name, 'body_last_words precede body_first_words')
            body = t[i:j + len(flat(g['body_last_words']))]
            span = body
            for b in g['boilerplate']:
                if len(b) > 4:
                    span = span.replace(flat(b), ' ')
            n = len(words(span))
            if not 150 <= n <= 450:
                err(name, 'body has %d words (want 150-450)' % n)
            for s in g['must_keep']:
                if flat(s) not in body:
                    err(name, 'must_keep outside body span: %r' % s[:40])
        rows.append((name, src, fam, enc, eol_kind(text), str(n)))
    for fam, n in EXPECTED.items():
        if fam_count.get(fam, 0) != n:
            err('b1', 'family %s: %d files, want %d' % (fam, fam_count.get(fam, 0), n))
    for r in rows:
        print('%-6s %-15s %-14s %-11s %-6s %s' % r)
    if errors:
        print('\n%d problem(s):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK: %d files, families %s' % (len(rows), fam_count))
    return 0


if __name__ == '__main__':
    sys.exit(main())
