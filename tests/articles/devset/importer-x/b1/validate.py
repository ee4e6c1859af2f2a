#!/usr/bin/env python3
"""Check every gold file of set b1 against its decoded source. Exits 0 when all pass.

Checks: exactly the 18 keys in order; value types; bad-file conventions; the source
decodes (BOM -> utf-8-sig, else utf-8, else cp1252) to the expected encoding and has
the expected line endings; title, body first/last words, must_keep sentences,
boilerplate phrases, bylines, source/issuer/section/placement, bulletin number,
dateline city and photo credit really occur in the source (whitespace and NBSP
normalised); must_keep lies inside the body span and contains no boilerplate; the
real body (span minus boilerplate inside it) has 150-300 words.
"""
import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
LISTS = {'bylines', 'placement', 'boilerplate', 'must_keep'}
FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}
EXTS = ('md', 'markdown', 'txt', 'text')

# expected encoding / line endings per file (what make_b1.py is meant to produce)
EXPECT = {
    'x01': ('utf-8', 'lf'), 'x02': ('utf-8', 'lf'), 'x03': ('utf-8', 'lf'),
    'x04': ('utf-8-sig', 'crlf'), 'x05': ('cp1252', 'crlf'), 'x06': ('utf-8', 'lf'),
    'x07': ('utf-8', 'crlf'), 'x08': ('utf-8', 'lf'), 'x09': ('cp1252', 'lf'),
    'x10': ('utf-8-sig', 'lf'), 'x11': ('utf-8', 'lf'), 'x12': ('utf-8', 'mixed'),
    'x13': ('utf-8', 'crlf'), 'x14': ('utf-8', 'lf'), 'x15': ('utf-8', 'crlf'),
    'x16': ('utf-8', 'mixed'), 'x17': ('cp1252', 'lf'), 'x18': ('utf-8', 'lf'),
    'x19': ('utf-8', 'lf'), 'x20': ('utf-8', 'lf'), 'x21': ('utf-8', 'lf'),
    'x22': ('cp1252', 'crlf'), 'x23': ('cp1252', 'crlf'), 'x24': ('cp1252', 'lf'),
    'x25': ('utf-8-sig', 'crlf'), 'x26': ('binary', None), 'x27': ('utf-8-sig', 'crlf'),
    'x28': ('utf-8', 'lf'), 'x29': ('utf-8', 'lf'), 'x30': ('utf-8-sig', 'lf'),
}
EXPECT_COUNTS = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}


def parse_scalar(s):
    if s == 'null':
        return None
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s == '[]':
        return []
    if len(s) >= 2 and s[0] == "'" and s[-1] == "'":
        inner = s[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", '')):
            raise ValueError('bad quoting: %s' % s)
        return inner.replace("''", "'")
    raise ValueError('unsupported scalar: %r' % s)


def parse_gold(path):
    """Parse the restricted YAML written by make_b1.py."""
    data, order, cur = {}, [], None
    with open(path, encoding='utf-8') as fh:
        for ln in fh.read().split('\n'):
            if not ln.strip():
                continue
            if ln.startswith('- '):
                if cur is None or not isinstance(data[cur], list):
                    raise ValueError('list item outside a list: %r' % ln)
                data[cur].append(parse_scalar(ln[2:]))
                continue
            m = re.match(r'^([a-z_]+):(?: (.*))?$', ln)
            if not m:
                raise ValueError('bad line: %r' % ln)
            key, val = m.group(1), m.group(2)
            if key in data:
                raise ValueError('duplicate key %s' % key)
            order.append(key)
            data[key] = [] if val is None else parse_scalar(val)
            cur = key
    return data, order


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode('cp1252'), 'cp1252'
    except UnicodeDecodeError:
        return None, 'binary'


def eol_kind(raw):
    crlf = raw.count(b'\r\n')
    lf = raw.count(b'\n') - crlf
    if crlf and lf:
        return 'mixed'
    return 'crlf' if crlf else 'lf'


def norm(s):
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\ufeff', '')
    return re.sub(r'\s+', ' ', s).strip()


def check(stem, errors):
    def err(msg):
        errors.append('%s: %s' % (os.path.basename(stem), msg))

    g, order = parse_gold(stem + '.gold.yaml')
    if order != KEYS:
        err('keys differ from the 18 required keys: %r' % order)
        return None
    srcs = [stem + '.' + e for e in EXTS if os.path.exists(stem + '.' + e)]
    if len(srcs) != 1:
        err('expected exactly one source, found %r' % srcs)
        return None
    with open(srcs[0], 'rb') as fh:
        raw = fh.read()
    tag = os.path.basename(stem)[:3]

    # types
    if not isinstance(g['readable'], bool):
        err('readable must be bool')
    if g['family'] not in FAMILIES:
        err('family invalid')
    for k in KEYS:
        v = g[k]
        if k in LISTS:
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                err('%s must be a list of non-empty strings' % k)
        elif k in ('readable',):
            pass
        elif k == 'published':
            if v is not None and not isinstance(v, bool):
                err('published must be bool or null')
        elif k != 'family' and v is not None and not (isinstance(v, str) and v.strip()):
            err('%s must be a non-empty string or null' % k)
    if g['date'] is not None:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            err('date not ISO')
        else:
            try:
                datetime.date.fromisoformat(g['date'])
            except ValueError:
                err('date impossible')

    enc_exp, eol_exp = EXPECT[tag]
    text, enc = decode(raw)
    if enc != enc_exp:
        err('encoding %s, expected %s' % (enc, enc_exp))
    if eol_exp and eol_kind(raw) != eol_exp:
        err('line endings %s, expected %s' % (eol_kind(raw), eol_exp))

    if g['family'] == 'bad' or not g['readable']:
        if g['family'] != 'bad' or g['readable'] is not False:
            err('bad file must have readable false and family bad')
        for k in KEYS:
            if k in ('readable', 'family', 'refusal_reason'):
                continue
            if g[k] not in (None, []):
                err('bad file: %s must be null/empty' % k)
        r = g['refusal_reason']
        if not r or not r.endswith('.') or r.count('. ') > 0:
            err('refusal_reason must be one sentence')
        if r and not re.search(r'[áéíóúñ]|archivo', r):
            err('refusal_reason does not look Spanish')
        return g['family']

    if text is None:
        err('readable file does not decode')
        return None
    if g['refusal_reason'] is not None:
        err('readable file with a refusal_reason')
    for k in ('title', 'body_first_words', 'body_last_words'):
        if not g[k]:
            err('%s missing' % k)
            return None
    if g['published'] is None:
        err('published must be bool for a readable file')
    if g['family'] != 'jekyll' and g['published'] is not True:
        err('non-Jekyll readable file must be published true')
    pr = g['family'] == 'press_release'
    for k in ('issuer', 'dateline_city'):
        if pr and g[k] is None:
            err('press release without %s' % k)
    if not pr:
        for k in ('issuer', 'dateline_city', 'bulletin_number'):
            if g[k] is not None:
                err('%s must be null outside press releases' % k)
    if g['family'] == 'jekyll' and not text.lstrip('\ufeff').startswith('---'):
        err('Jekyll file without front matter')

    n = norm(text)
    nl = n.lower()
    nt = n.replace('**', '')
    if norm(g['title']) not in nt:
        err('title not in source: %r' % g['title'])
    if g['date'] and g['date'][:4] not in n:
        err('date year not in source')
    first, last = norm(g['body_first_words']), norm(g['body_last_words'])
    i = n.find(first)
    j = n.rfind(last)
    if i < 0:
        err('body_first_words not in source')
    if j < 0:
        err('body_last_words not in source')
    if i < 0 or j < 0:
        return None
    if j + len(last) <= i:
        err('body_last_words before body_first_words')
        return None
    span = n[i:j + len(last)]
    bp = [norm(b) for b in g['boilerplate']]
    for b in bp:
        if b not in n:
            err('boilerplate not in source: %r' % b)
        if len(b) > 12 and b not in span and b.lower() in span.lower():
            err('boilerplate %r occurs in the body in another letter case' % b)
        if b in first or b in last:
            err('boilerplate inside body first/last words: %r' % b)
    for m in g['must_keep']:
        mm = norm(m)
        if mm not in span:
            err('must_keep not in body span: %r' % m[:60])
        for b in bp:
            if b in mm:
                err('must_keep %r contains boilerplate %r' % (m[:40], b))
    if g['photo_credit'] is not None and ('Foto: ' + norm(g['photo_credit'])) not in n:
        err('photo credit not in source')
    for b in g['bylines']:
        if norm(b) not in n:
            err('byline not in source: %r' % b)
    for k in ('source', 'issuer', 'section'):
        if g[k] is not None and norm(g[k]).lower() not in nl:
            err('%s not in source: %r' % (k, g[k]))
    for p in g['placement']:
        if p not in n:
            err('placement not in source: %r' % p)
    if g['bulletin_number'] is not None and g['bulletin_number'] not in n:
        err('bulletin number not in source')
    if g['dateline_city'] is not None:
        city = g['dateline_city']
        lines = [ln.replace('\u00a0', ' ').lstrip('*# ') for ln in
                 text.replace('\r\n', '\n').replace('\r', '\n').split('\n')]
        if not any(ln.startswith(city) and ln[len(city):len(city) + 1] in (',', ';')
                   for ln in lines):
            err('dateline city is not the start of a line up to a comma/semicolon')
    # word count of the real body
    body = span
    extra = bp + (['Foto: ' + norm(g['photo_credit'])] if g['photo_credit'] else [])
    for b in sorted(extra, key=len, reverse=True):
        body = body.replace(b, ' ')
    words = len(body.split())
    if not 150 <= words <= 300:
        err('body has %d words, expected 150-300' % words)
    return g['family']


def main():
    stems = sorted(p[:-len('.gold.yaml')] for p in glob.glob(os.path.join(HERE, 'x*.gold.yaml')))
    errors = []
    counts = {}
    if len(stems) != 30:
        errors.append('expected 30 gold files, found %d' % len(stems))
    for s in stems:
        try:
            fam = check(s, errors)
        except Exception as e:  # noqa: BLE001
            errors.append('%s: exception %r' % (os.path.basename(s), e))
            fam = None
        if fam:
            counts[fam] = counts.get(fam, 0) + 1
    if counts != EXPECT_COUNTS:
        errors.append('family counts %r, expected %r' % (counts, EXPECT_COUNTS))
    for e in errors:
        print('FAIL', e)
    print('%d files checked, %d problems; families: %s' % (
        len(stems), len(errors), ', '.join('%s=%d' % kv for kv in sorted(counts.items()))))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
