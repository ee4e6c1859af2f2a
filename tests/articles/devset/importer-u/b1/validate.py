#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check every u??_*.gold.yaml against its decoded source file. Exits 0 when all pass.

The source is decoded from its own bytes (BOM -> UTF-8-sig, else UTF-8, else
Windows-1252; NUL bytes -> binary). For comparisons it is normalised: CRLF/CR -> LF,
NBSP -> space, zero-width space and Ctrl-Z removed, every whitespace run -> one space.
Gold strings are normalised the same way.

Checks (readable files): exact 18 keys in order and value types; title, body first/last
words, must_keep sentences, boilerplate phrases, bylines, section, placement flags, photo
credit ("Foto: X"), bulletin number and dateline city occur in the source; source and
issuer occur case-insensitively; the date has evidence in the source (ISO, day-first
numeric or Spanish words) unless null; boilerplate never overlaps the kept text; the body
span (first words .. last words, minus boilerplate) holds 150-300 words; family-specific
null/non-null rules. Bad files: everything null/empty except readable/family/refusal and
the source really is binary, HTML, empty/whitespace or front matter without body.
Standard library only. If PyYAML happens to be installed, the gold is cross-checked with it.
"""
import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
LIST_KEYS = {'bylines', 'placement', 'boilerplate', 'must_keep'}
FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}
EXTS = ('md', 'markdown', 'txt', 'text')
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
         'septiembre', 'octubre', 'noviembre', 'diciembre']
MES_ABBR = [m[:3] for m in MESES]


# ----------------------------------------------------------------------------- YAML subset
def parse_scalar(tok, where):
    tok = tok.strip()
    if tok in ('null', '~', ''):
        return None
    if tok == 'true':
        return True
    if tok == 'false':
        return False
    if tok == '[]':
        return []
    if tok.startswith("'"):
        if not (tok.endswith("'") and len(tok) >= 2):
            raise ValueError('%s: unterminated quoted scalar %r' % (where, tok))
        inner = tok[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", '')):
            raise ValueError('%s: bad quote escaping %r' % (where, tok))
        return inner.replace("''", "'")
    if tok.startswith('"'):
        raise ValueError('%s: double-quoted scalars are not used in gold files' % where)
    return tok


def parse_gold(text, where):
    data = {}
    order = []
    cur = None
    for n, line in enumerate(text.split('\n'), 1):
        if not line.strip():
            continue
        if line.startswith('- '):
            if cur is None or not isinstance(data[cur], list):
                raise ValueError('%s:%d: list item outside a list' % (where, n))
            data[cur].append(parse_scalar(line[2:], '%s:%d' % (where, n)))
            continue
        m = re.match(r'^([a-z_]+):(?: (.*))?$', line)
        if not m:
            raise ValueError('%s:%d: cannot parse %r' % (where, n, line))
        key, val = m.group(1), m.group(2)
        if key in data:
            raise ValueError('%s:%d: duplicate key %s' % (where, n, key))
        order.append(key)
        if val is None:
            data[key] = []
        else:
            data[key] = parse_scalar(val, '%s:%d' % (where, n))
        cur = key
    return data, order


# ----------------------------------------------------------------------------- decoding
def decode(raw):
    """Return (kind, text): kind in utf-8-sig, utf-8, cp1252, binary."""
    if raw.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig', raw[3:].decode('utf-8')
    if b'\x00' in raw:
        return 'binary', None
    try:
        return 'utf-8', raw.decode('utf-8')
    except UnicodeDecodeError:
        pass
    try:
        return 'cp1252', raw.decode('cp1252')
    except UnicodeDecodeError:
        return 'binary', None


def norm(s):
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    s = s.replace('\u00a0', ' ').replace('\u200b', '').replace('\x1a', '')
    return re.sub(r'\s+', ' ', s).strip()


def date_evidence(iso, text):
    d = datetime.date.fromisoformat(iso)
    low = text.lower()
    cands = [
        iso,
        '%02d/%02d/%04d' % (d.day, d.month, d.year),
        '%d/%d/%04d' % (d.day, d.month, d.year),
        '%02d.%02d.%04d' % (d.day, d.month, d.year),
        '%d de %s de %d' % (d.day, MESES[d.month - 1], d.year),
        '%02d %s %d' % (d.day, MESES[d.month - 1], d.year),
        '%d %s %d' % (d.day, MES_ABBR[d.month - 1], d.year),
    ]
    return any(c in low for c in cands)


def words(s):
    return [w for w in s.split(' ') if re.search(r'\w', w)]


# ----------------------------------------------------------------------------- checks
def check_types(g, errs):
    fam = g.get('family')
    if fam not in FAMILIES:
        errs.append('family %r not allowed' % fam)
    if not isinstance(g['readable'], bool):
        errs.append('readable must be bool')
    for k in LIST_KEYS:
        v = g[k]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            errs.append('%s must be a list of non-empty strings' % k)
    for k in ('title', 'date', 'source', 'section', 'bulletin_number', 'issuer',
              'dateline_city', 'body_first_words', 'body_last_words', 'photo_credit',
              'refusal_reason'):
        v = g[k]
        if v is not None and not (isinstance(v, str) and v.strip()):
            errs.append('%s must be a non-empty string or null' % k)
    if g['date'] is not None:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date'] or ''):
            errs.append('date %r is not ISO' % g['date'])
        else:
            try:
                datetime.date.fromisoformat(g['date'])
            except ValueError:
                errs.append('date %r is impossible' % g['date'])


def check_bad(g, raw, kind, text, errs):
    if g['readable'] is not False or g['family'] != 'bad':
        errs.append('bad file must have readable false and family bad')
    for k in KEYS:
        if k in ('readable', 'family', 'refusal_reason'):
            continue
        if k in LIST_KEYS:
            if g[k] != []:
                errs.append('%s must be [] for a bad file' % k)
        elif g[k] is not None:
            errs.append('%s must be null for a bad file' % k)
    r = g['refusal_reason']
    if not (isinstance(r, str) and r.endswith('.') and r.count('. ') == 0):
        errs.append('refusal_reason must be one Spanish sentence')
    # the source must really be unusable
    if kind == 'binary':
        return
    t = text.strip()
    if not t:
        return
    low = t.lower()
    if low.startswith('<!doctype html') or low.startswith('<html'):
        return
    m = re.match(r'^---\n.*?\n---\n(.*)$', text.replace('\r\n', '\n') + '\n', re.S)
    if m and not m.group(1).strip():
        return
    errs.append('source of a bad file looks readable')


def check_readable(g, raw, kind, text, errs):
    fam = g['family']
    n = norm(text)
    low = n.lower()
    if kind == 'binary':
        errs.append('readable gold but binary source')
        return
    if g['readable'] is not True:
        errs.append('readable must be true')
    if g['refusal_reason'] is not None:
        errs.append('refusal_reason must be null')
    if not isinstance(g['published'], bool):
        errs.append('published must be bool')
    if fam != 'jekyll' and g['published'] is not True:
        errs.append('published must be true outside Jekyll')
    if fam == 'jekyll' and not text.lstrip('\ufeff').startswith('---'):
        errs.append('jekyll source must start with front matter')
    for k in ('title', 'body_first_words', 'body_last_words'):
        if not g[k]:
            errs.append('%s missing' % k)
            return
    if not g['must_keep']:
        errs.append('must_keep is empty')

    def has(s, ci=False):
        s = norm(s)
        return (s.lower() in low) if ci else (s in n)

    if not has(g['title']):
        errs.append('title not found: %r' % g['title'])
    for k in ('body_first_words', 'body_last_words'):
        if not has(g[k]):
            errs.append('%s not found: %r' % (k, g[k]))
    for k in ('must_keep', 'boilerplate', 'bylines', 'placement'):
        for s in g[k]:
            if not has(s):
                errs.append('%s item not found: %r' % (k, s))
    if g['section'] is not None and not has(g['section']):
        errs.append('section not found: %r' % g['section'])
    if g['source'] is not None and not has(g['source'], ci=True):
        errs.append('source not found: %r' % g['source'])
    if g['photo_credit'] is not None and not has('Foto: ' + g['photo_credit']):
        errs.append('photo credit not found after "Foto:": %r' % g['photo_credit'])
    if g['date'] is not None and not date_evidence(g['date'], n):
        errs.append('no evidence of date %s in the source' % g['date'])

    # press-release fields
    pr = ('bulletin_number', 'issuer', 'dateline_city')
    if fam == 'press_release':
        for k in pr:
            if g[k] is None:
                errs.append('%s must be set for a press release' % k)
        if g['bulletin_number'] and not has(g['bulletin_number']):
            errs.append('bulletin_number not found')
        if g['issuer'] and not has(g['issuer'], ci=True):
            errs.append('issuer not found')
        if g['issuer'] and g['source'] != g['issuer']:
            errs.append('source must equal issuer for a press release')
        if g['issuer'] and g['issuer'].startswith('H. '):
            errs.append('issuer must drop the honorific H.')
        c = g['dateline_city']
        if c and not (has(c + ',') or has(c + ';')):
            errs.append('dateline_city not followed by comma/semicolon: %r' % c)
    else:
        for k in pr:
            if g[k] is not None:
                errs.append('%s must be null outside press releases' % k)
    if fam == 'generic' and g['source'] is not None:
        errs.append('generic note has no source')

    # boilerplate must not overlap what must be kept
    kept = [norm(s) for s in g['must_keep'] + [g['body_first_words'], g['body_last_words']]]
    for b in g['boilerplate']:
        nb = norm(b)
        for k in kept:
            if nb in k or k in nb:
                errs.append('boilerplate %r overlaps kept text %r' % (b, k))
    if g['title'] in g['boilerplate']:
        errs.append('title listed as boilerplate')

    # body span and word count
    i = n.find(norm(g['body_first_words']))
    last = norm(g['body_last_words'])
    j = n.rfind(last)
    if i < 0 or j < 0:
        return
    if j < i:
        errs.append('body_last_words occur before body_first_words')
        return
    span = n[i:j + len(last)]
    for s in g['must_keep']:
        if norm(s) not in span:
            errs.append('must_keep outside the body span: %r' % s)
    for b in sorted(g['boilerplate'], key=len, reverse=True):
        span = span.replace(norm(b), ' ')
    if g['photo_credit']:
        span = span.replace('Foto: ' + g['photo_credit'], ' ')
    wc = len(words(span))
    if not 150 <= wc <= 300:
        errs.append('body has %d words (want 150-300)' % wc)
    return wc


def main():
    golds = sorted(glob.glob(os.path.join(HERE, 'u[0-9][0-9]_*.gold.yaml')))
    failures = 0
    fam_count = {}
    if len(golds) != 30:
        print('expected 30 gold files, found %d' % len(golds))
        failures += 1
    try:
        import yaml  # optional cross-check
    except ImportError:
        yaml = None
    for gp in golds:
        base = gp[:-len('.gold.yaml')]
        name = os.path.basename(base)
        errs = []
        srcs = [base + '.' + e for e in EXTS if os.path.exists(base + '.' + e)]
        if len(srcs) != 1:
            print('FAIL %s: expected one source file, found %r' % (name, srcs))
            failures += 1
            continue
        with open(gp, 'rb') as fh:
            gtext = fh.read().decode('utf-8')
        try:
            g, order = parse_gold(gtext, name)
        except ValueError as e:
            print('FAIL %s: %s' % (name, e))
            failures += 1
            continue
        if order != KEYS:
            errs.append('keys differ from the 18 required keys: %r' % order)
        else:
            if yaml is not None and yaml.safe_load(gtext) != g:
                errs.append('PyYAML reads the gold differently')
            check_types(g, errs)
        with open(srcs[0], 'rb') as fh:
            raw = fh.read()
        kind, text = decode(raw)
        wc = None
        if not errs:
            fam_count[g['family']] = fam_count.get(g['family'], 0) + 1
            if g['family'] == 'bad':
                check_bad(g, raw, kind, text, errs)
            else:
                wc = check_readable(g, raw, kind, text, errs)
        if errs:
            failures += 1
            print('FAIL %s (%s)' % (name, kind))
            for e in errs:
                print('     - ' + e)
        else:
            print('ok   %-42s %-9s %-13s %s' % (name, kind, g['family'],
                                                 '' if wc is None else '%d words' % wc))
    print('families: ' + ', '.join('%s=%d' % kv for kv in sorted(fam_count.items())))
    print('FAILED: %d' % failures if failures else 'all %d gold files valid' % len(golds))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
