"""Validate the ao gold files against their sources. Standard library only
(uses PyYAML as a cross-check when it happens to be importable)."""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
PREFIX = 'ao'
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
EXTS = ('md', 'txt', 'text', 'markdown')
PLACEMENT_WORDS = {'portada', 'destacadas', 'destacada', 'principal', 'home', 'featured',
                   'ocho columnas', 'lo más visto'}
NOT_BYLINES = {'redacción', 'redaccion', 'staff', 'agencias'}

errors = []


def err(name, msg):
    errors.append(f'{name}: {msg}')


# ------------------------------------------------------------ minimal YAML reader
def _scalar(s):
    s = s.strip()
    if s == 'null' or s == '~' or s == '':
        return None
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s == '[]':
        return []
    if s.startswith("'") and s.endswith("'") and len(s) >= 2:
        return s[1:-1].replace("''", "'")
    raise ValueError(f'unsupported scalar: {s!r}')


def load_gold(path):
    d = {}
    order = []
    cur = None
    with open(path, encoding='utf-8') as f:
        for ln in f.read().split('\n'):
            if not ln.strip():
                continue
            if ln.startswith('  - '):
                if cur is None or not isinstance(d[cur], list):
                    raise ValueError(f'list item without list key: {ln!r}')
                d[cur].append(_scalar(ln[4:]))
                continue
            m = re.match(r'^([a-z_]+):(.*)$', ln)
            if not m:
                raise ValueError(f'bad line: {ln!r}')
            k, rest = m.group(1), m.group(2)
            if k in d:
                raise ValueError(f'duplicate key {k}')
            order.append(k)
            cur = k
            d[k] = [] if rest.strip() == '' else _scalar(rest)
    return d, order


try:
    import yaml  # optional cross-check
except ImportError:
    yaml = None


# ------------------------------------------------------------ source decoding
def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('cp1252'), 'cp1252'


def normalise(text):
    return text.replace('\r\n', '\n').replace('\u00a0', ' ')


def occurs(s, text, text_unesc):
    return s in text or s in text_unesc


def words(s):
    return s.split()


def main():
    names = [f'{PREFIX}{i:02d}' for i in range(1, 31)]
    fam_count = {}
    for name in names:
        srcs = [f for f in os.listdir(B1) if f.startswith(name + '.') and not f.endswith('.gold.yaml')]
        if len(srcs) != 1:
            err(name, f'expected exactly one source file, found {srcs}')
            continue
        src = srcs[0]
        ext = src[len(name) + 1:]
        if ext not in EXTS:
            err(name, f'extension {ext} not allowed')
        gpath = os.path.join(B1, name + '.gold.yaml')
        if not os.path.exists(gpath):
            err(name, 'gold file missing')
            continue
        try:
            g, order = load_gold(gpath)
        except Exception as e:  # noqa
            err(name, f'gold parse error: {e}')
            continue
        if yaml is not None:
            with open(gpath, encoding='utf-8') as f:
                y = yaml.safe_load(f)
            # PyYAML reads dates in quotes as str, same as ours
            if y != g:
                err(name, 'PyYAML and minimal reader disagree')
        if order != KEYS:
            err(name, f'keys/order mismatch: {order}')
            continue

        fam = g['family']
        fam_count[fam] = fam_count.get(fam, 0) + 1
        if fam not in FAMILIES:
            err(name, f'bad family {fam}')
        for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
            if not isinstance(g[k], list) or not all(isinstance(x, str) and x for x in g[k]):
                err(name, f'{k} must be a list of non-empty strings')

        raw = open(os.path.join(B1, src), 'rb').read()

        if fam == 'bad' or g['readable'] is False:
            if not (fam == 'bad' and g['readable'] is False):
                err(name, 'readable false <=> family bad')
            for k in ('title', 'date', 'published', 'source', 'section', 'bulletin_number', 'issuer',
                      'dateline_city', 'body_first_words', 'body_last_words', 'photo_credit'):
                if g[k] is not None:
                    err(name, f'bad file: {k} must be null')
            for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
                if g[k]:
                    err(name, f'bad file: {k} must be empty')
            if not g['refusal_reason']:
                err(name, 'bad file needs refusal_reason')
            continue

        if g['readable'] is not True:
            err(name, 'readable must be true')
        if g['refusal_reason'] is not None:
            err(name, 'refusal_reason must be null for readable files')
        if not isinstance(g['published'], bool):
            err(name, 'published must be boolean')
        if g['date'] is not None and not re.fullmatch(r'(201[2-9]|202[0-6])-\d\d-\d\d', g['date']):
            err(name, f'date {g["date"]!r} not YYYY-MM-DD in 2012-2026')

        text, enc = decode(raw)
        text = normalise(text)
        unesc = html.unescape(text)

        def need(label, s):
            if s is None or not occurs(s, text, unesc):
                err(name, f'{label} not found in source: {s!r}')

        need('title', g['title'])
        need('body_first_words', g['body_first_words'])
        need('body_last_words', g['body_last_words'])
        for s in g['must_keep']:
            need('must_keep', s)
        for s in g['boilerplate']:
            need('boilerplate', s)
        for s in g['bylines']:
            need('byline', s)
            if s.lower() in NOT_BYLINES or s.lower().startswith('por '):
                err(name, f'byline {s!r} not a person')
        for k in ('source', 'issuer', 'bulletin_number', 'dateline_city', 'photo_credit'):
            if g[k] is not None:
                need(k, g[k])
        if g['photo_credit'] is not None:
            if not any(g['photo_credit'] in b and 'Foto' in b for b in g['boilerplate']):
                err(name, 'photo credit line must be listed in boilerplate')
        if g['title'] and g['title'] != g['title'].strip():
            err(name, 'title has surrounding whitespace')

        # word-count bounds
        for k, lo, hi in (('body_first_words', 5, 16), ('body_last_words', 5, 18)):
            n = len(words(g[k] or ''))
            if not lo <= n <= hi:
                err(name, f'{k} has {n} words')
        if not 2 <= len(g['must_keep']) <= 4:
            err(name, 'must_keep needs 2-4 sentences')

        # body span and length
        base = text if (g['body_first_words'] in text and g['body_last_words'] in text) else unesc
        i = base.find(g['body_first_words'])
        j = base.rfind(g['body_last_words'])
        if i < 0 or j < 0 or j + len(g['body_last_words']) <= i:
            err(name, 'body_last_words does not follow body_first_words')
        else:
            span = base[i:j + len(g['body_last_words'])]
            n = len(span.split())
            if not 150 <= n <= 450:
                err(name, f'body span has {n} words (want 150-450)')
            for s in g['must_keep']:
                if s not in span and html.unescape(s) not in html.unescape(span):
                    err(name, f'must_keep outside body span: {s[:40]!r}')
            if g['title'] and g['title'] in span:
                err(name, 'title occurs inside body span')

        # boilerplate vs keep
        for b in g['boilerplate']:
            for s in g['must_keep'] + [g['body_first_words'], g['body_last_words']]:
                if b in s:
                    err(name, f'boilerplate {b!r} inside kept text {s[:40]!r}')

        # family-specific
        if fam == 'press_release':
            for k in ('bulletin_number', 'issuer', 'dateline_city', 'date'):
                if not g[k]:
                    err(name, f'press release needs {k}')
            if g['source'] != g['issuer']:
                err(name, 'press: source must equal issuer')
            if g['issuer'] and (g['issuer'].upper().startswith('GOBIERNO DE') or g['issuer'].upper() == 'COMUNICADO'):
                err(name, 'issuer is an umbrella/label line')
            if g['bylines']:
                err(name, 'press release should have no bylines')
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    err(name, f'{k} must be null outside press releases')
        if fam == 'generic':
            if g['source'] is not None or g['section'] is not None:
                err(name, 'generic: source/section expected null')
        if fam == 'wire' and not g['source']:
            err(name, 'wire needs source (outlet)')
        if fam == 'jekyll' and not text.startswith('---\n'):
            err(name, 'jekyll source should start with front matter')
        if g['section'] and g['section'].lower() in PLACEMENT_WORDS:
            err(name, 'placement word used as section')
        for p in g['placement']:
            if p.lower() not in PLACEMENT_WORDS:
                err(name, f'unknown placement flag {p!r}')
        if not g['published'] and fam != 'jekyll':
            err(name, 'only jekyll drafts expected to be unpublished in this set')

    if fam_count != FAMILIES:
        errors.append(f'family counts {fam_count} != {FAMILIES}')

    extra = sorted(f for f in os.listdir(B1)
                   if not any(f.startswith(n + '.') for n in names))
    if extra:
        errors.append(f'unexpected files in b1: {extra}')

    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print(f'OK: {len(names)} files, families {fam_count}'
          + ('' if yaml is None else ' (PyYAML cross-check on)'))


if __name__ == '__main__':
    main()
