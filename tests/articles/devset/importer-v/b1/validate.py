#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate the gold files of importer-v/b1 against their decoded sources.

Standard library only.  Exit status 0 when every check passes, 1 otherwise.

Text comparisons are done on a normalised copy of the decoded source:
soft hyphens (U+00AD), zero-width spaces (U+200B) and BOMs are removed,
every run of whitespace (including NBSP U+00A0, CR, form feed) becomes one
space.  Gold strings are normalised the same way.
"""
import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines',
        'source', 'section', 'placement', 'bulletin_number', 'issuer',
        'dateline_city', 'body_first_words', 'body_last_words',
        'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
LIST_KEYS = {'bylines', 'placement', 'boilerplate', 'must_keep'}
STR_OR_NULL = {'title', 'date', 'source', 'section', 'bulletin_number',
               'issuer', 'dateline_city', 'body_first_words',
               'body_last_words', 'photo_credit', 'refusal_reason'}
FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}
EXPECTED_COUNTS = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
SOURCE_EXTS = ('.md', '.markdown', '.txt', '.text')

MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio',
         'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
MON = ['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SEP', 'OCT',
       'NOV', 'DIC']

errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


# ---------------------------------------------------------------- YAML subset
def parse_scalar(tok, name, lineno):
    if tok == 'null':
        return None
    if tok == 'true':
        return True
    if tok == 'false':
        return False
    if len(tok) >= 2 and tok[0] == "'" and tok[-1] == "'":
        inner = tok[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", '')):
            raise ValueError('%s line %d: bad quoting' % (name, lineno))
        return inner.replace("''", "'")
    if len(tok) >= 2 and tok[0] == '"' and tok[-1] == '"':
        return tok[1:-1].replace('\\"', '"').replace('\\\\', '\\')
    # plain scalar (allowed, kept as string)
    if tok and tok[0] in '[{&*!|>%@`#':
        raise ValueError('%s line %d: unsupported plain scalar %r' % (name, lineno, tok))
    return tok


def load_gold(path):
    name = os.path.basename(path)
    text = open(path, 'rb').read().decode('utf-8')
    data = {}
    order = []
    current = None
    for i, line in enumerate(text.split('\n'), 1):
        if not line.strip():
            continue
        if line.startswith('- '):
            if current is None or not isinstance(data.get(current), list):
                raise ValueError('%s line %d: list item outside a list' % (name, i))
            data[current].append(parse_scalar(line[2:].strip(), name, i))
            continue
        m = re.match(r'^([a-z_]+):(?: (.*))?$', line)
        if not m:
            raise ValueError('%s line %d: cannot parse %r' % (name, i, line))
        key, val = m.group(1), m.group(2)
        if key in data:
            raise ValueError('%s: duplicate key %s' % (name, key))
        order.append(key)
        if val is None or val.strip() == '':
            data[key] = []
            current = key
        elif val.strip() == '[]':
            data[key] = []
            current = None
        else:
            data[key] = parse_scalar(val.strip(), name, i)
            current = None
    return data, order


# ---------------------------------------------------------------- helpers
def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('cp1252'), 'cp1252'


def norm(s):
    s = s.replace('\u00ad', '').replace('\u200b', '').replace('\ufeff', '')
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def date_renderings(d):
    y, m, dd = d.year, d.month, d.day
    r = ['%04d-%02d-%02d' % (y, m, dd),
         '%02d/%02d/%04d' % (dd, m, y), '%d/%d/%04d' % (dd, m, y),
         '%02d.%02d.%04d' % (dd, m, y),
         '%02d-%s-%04d' % (dd, MON[m - 1], y),
         '%d de %s de %04d' % (dd, MESES[m - 1], y),
         '%d de %s del %04d' % (dd, MESES[m - 1], y)]
    return [x.lower() for x in r]


def strip_markup(s):
    s = re.sub(r'<!--.*?-->', ' ', s)
    s = re.sub(r'!\[[^\]]*\]\([^)]*\)', ' ', s)
    s = re.sub(r'\{%.*?%\}', ' ', s)
    s = re.sub(r'\{\{.*?\}\}', ' ', s)
    s = re.sub(r'\{:[^}]*\}', ' ', s)
    s = re.sub(r'\[/?caption[^\]]*\]', ' ', s)
    return s


def title_is_whole_lines(text, title):
    """The title must be one whole line, or up to three consecutive non-empty
    lines joined with one space, once Markdown markers, a YAML "title:" key
    and surrounding quotes are dropped."""
    lines = []
    for ln in text.replace('\r\n', '\n').replace('\r', '\n').split('\n'):
        x = norm(ln)
        x = re.sub(r'^title:\s*', '', x)
        x = re.sub(r'^#+\s*', '', x)
        x = x.strip('*').strip()
        if len(x) >= 2 and x[0] == x[-1] and x[0] in '"\'':
            x = x[1:-1]
        lines.append(x)
    want = norm(title)
    for i in range(len(lines)):
        for k in (1, 2, 3):
            win = lines[i:i + k]
            if len(win) == k and all(win) and ' '.join(win) == want:
                return True
    return False


def count_words(s):
    return len([t for t in s.split() if re.search(r'\w', t)])


def is_bad_evidence(raw):
    if b'\x00' in raw:
        return 'binary'
    try:
        text, _ = decode(raw)
    except UnicodeDecodeError:
        return 'undecodable'
    t = text.strip()
    if not t:
        return 'empty'
    low = t.lower()
    if low.startswith('<!doctype html') or low.startswith('<html'):
        return 'html'
    m = re.match(r'^---\s*\n.*?\n---\s*(\n|$)(.*)$', text.replace('\r\n', '\n').replace('\r', '\n'), re.S)
    if m and not m.group(2).strip():
        return 'front matter only'
    return None


# ---------------------------------------------------------------- checks
def check_types(name, g):
    for k in KEYS:
        v = g[k]
        if k == 'readable':
            if not isinstance(v, bool):
                err(name, 'readable must be bool')
        elif k == 'family':
            if v not in FAMILIES:
                err(name, 'bad family %r' % v)
        elif k == 'published':
            if v is not None and not isinstance(v, bool):
                err(name, 'published must be bool or null')
        elif k in LIST_KEYS:
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                err(name, '%s must be a list of non-empty strings' % k)
        elif k in STR_OR_NULL:
            if v is not None and (not isinstance(v, str) or not v.strip()):
                err(name, '%s must be a non-empty string or null' % k)
            if isinstance(v, str) and ('\n' in v or v != v.strip()):
                err(name, '%s has a newline or surrounding spaces' % k)


def check_bad(name, g, raw):
    for k in KEYS:
        if k in ('readable', 'family', 'refusal_reason'):
            continue
        if k in LIST_KEYS:
            if g[k]:
                err(name, 'bad file: %s must be empty' % k)
        elif g[k] is not None:
            err(name, 'bad file: %s must be null' % k)
    if g['readable'] is not False:
        err(name, 'bad file must have readable false')
    r = g['refusal_reason']
    if not isinstance(r, str) or not r.endswith('.') or r.count('. ') > 0:
        err(name, 'refusal_reason must be one sentence')
    if is_bad_evidence(raw) is None:
        err(name, 'family bad but the source looks like a readable article')


def check_readable(name, g, raw, ext):
    if g['readable'] is not True:
        err(name, 'readable must be true')
    if g['refusal_reason'] is not None:
        err(name, 'refusal_reason must be null for a readable file')
    if is_bad_evidence(raw) is not None:
        err(name, 'readable file looks bad: %s' % is_bad_evidence(raw))
        return
    text, enc = decode(raw)
    N = norm(text)
    L = N.casefold()

    def has(s):
        return norm(s) in N

    # title
    t = g['title']
    if not t:
        err(name, 'title missing')
    else:
        if t.startswith('#') or '**' in t:
            err(name, 'title keeps Markdown markers')
        if not has(t):
            err(name, 'title not in source: %r' % t)
        elif not title_is_whole_lines(text, t):
            err(name, 'title is not a whole line (or wrapped lines): %r' % t)
    # date
    if g['date'] is not None:
        try:
            d = datetime.date.fromisoformat(g['date'])
            if not re.match(r'^\d{4}-\d{2}-\d{2}$', g['date']):
                raise ValueError
        except ValueError:
            err(name, 'date not ISO: %r' % g['date'])
        else:
            if not any(r in L for r in date_renderings(d)):
                err(name, 'date %s not found in any rendering' % g['date'])
    # published
    if not isinstance(g['published'], bool):
        err(name, 'published must be bool for a readable file')
    elif g['family'] != 'jekyll' and g['published'] is not True:
        err(name, 'non-Jekyll readable file must have published true')
    # family-specific evidence
    body_text = text.lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
    if g['family'] == 'jekyll':
        if not body_text.startswith('---\n'):
            err(name, 'jekyll file without front matter')
    elif body_text.startswith('---\n'):
        err(name, 'non-jekyll file starts with front matter')
    # bylines
    for b in g['bylines']:
        if not has(b):
            err(name, 'byline not in source: %r' % b)
        if re.match(r'(?i)^(por|texto)\b|redacci|staff', b):
            err(name, 'byline is not a bare person name: %r' % b)
    # source / section / placement
    if g['source'] is not None:
        if norm(g['source']).casefold() not in L:
            err(name, 'source not in source: %r' % g['source'])
        if g['source'].startswith('H. '):
            err(name, 'source keeps the honorific H.')
    elif g['family'] in ('wire', 'press_release'):
        err(name, 'wire/press release needs a source')
    if g['section'] is not None and not has(g['section']):
        err(name, 'section not in source')
    for p in g['placement']:
        if not has(p):
            err(name, 'placement not in source: %r' % p)
    if g['section'] in g['placement']:
        err(name, 'section is also a placement flag')
    # press release fields
    pr = ('bulletin_number', 'issuer', 'dateline_city')
    if g['family'] == 'press_release':
        if g['issuer'] is None or g['dateline_city'] is None:
            err(name, 'press release needs issuer and dateline_city')
        for k in pr:
            v = g[k]
            if v is None:
                continue
            if k == 'issuer':
                if norm(v).casefold() not in L:
                    err(name, 'issuer not in source (case-insensitive): %r' % v)
                if v.startswith('H. '):
                    err(name, 'issuer keeps the honorific H.')
            elif not has(v):
                err(name, '%s not in source: %r' % (k, v))
        bn = g['bulletin_number']
        if bn and re.match(r'(?i)^(bolet[ií]n|no\.|n[uú]m\.|comunicado)', bn):
            err(name, 'bulletin_number keeps its leading word')
        if g['dateline_city'] and (',' in g['dateline_city'] or ';' in g['dateline_city']):
            err(name, 'dateline_city contains a comma/semicolon')
    else:
        for k in pr:
            if g[k] is not None:
                err(name, '%s must be null outside press releases' % k)
    # body span
    fw, lw = g['body_first_words'], g['body_last_words']
    if not fw or not lw:
        err(name, 'body_first_words/body_last_words missing')
        return
    nfw, nlw = norm(fw), norm(lw)
    start = N.find(nfw)
    if start < 0:
        err(name, 'body_first_words not in source: %r' % fw)
        return
    if N.count(nfw) != 1:
        err(name, 'body_first_words not unique')
    end = N.rfind(nlw)
    if end < 0:
        err(name, 'body_last_words not in source: %r' % lw)
        return
    end += len(nlw)
    if end <= start:
        err(name, 'body_last_words before body_first_words')
        return
    if t and N.find(norm(t)) > start:
        err(name, 'title occurs only after the body start')
    span = N[start:end]
    for mk in g['must_keep']:
        if not has(mk):
            err(name, 'must_keep not in source: %r' % mk)
        elif norm(mk) not in span:
            err(name, 'must_keep outside the body span: %r' % mk)
    for bp in g['boilerplate']:
        if not has(bp):
            err(name, 'boilerplate not in source: %r' % bp)
        for mk in g['must_keep'] + [fw, lw]:
            if norm(bp) in norm(mk) or norm(mk) in norm(bp):
                err(name, 'boilerplate %r overlaps kept text %r' % (bp, mk))
    # photo credit
    pc = g['photo_credit']
    if pc is not None:
        if not re.search(r'(?i)foto:\s*' + re.escape(norm(pc)), N):
            err(name, 'photo_credit is not the text after "Foto:": %r' % pc)
    elif re.search(r'(?i)\bfoto:', N):
        err(name, 'source has "Foto:" but photo_credit is null')
    # word count of the real body (span minus boilerplate, credits and markup)
    body = span
    for bp in sorted(g['boilerplate'], key=len, reverse=True):
        body = body.replace(norm(bp), ' ')
    if pc:
        body = re.sub(r'(?i)foto:\s*' + re.escape(norm(pc)), ' ', body)
    body = strip_markup(body)
    n = count_words(body)
    if not 150 <= n <= 300:
        err(name, 'body has %d words (want 150-300)' % n)
    return n


def main():
    sources = sorted(p for p in glob.glob(os.path.join(HERE, 'v??.*'))
                     if p.endswith(SOURCE_EXTS))
    golds = sorted(glob.glob(os.path.join(HERE, 'v??.gold.yaml')))
    if len(sources) != 30:
        err('set', 'expected 30 sources, found %d' % len(sources))
    if len(golds) != 30:
        err('set', 'expected 30 gold files, found %d' % len(golds))
    counts = {}
    exts, encs = set(), set()
    for src in sources:
        base = os.path.basename(src)
        stem, ext = base.split('.', 1)
        exts.add(ext)
        gpath = os.path.join(HERE, stem + '.gold.yaml')
        if not os.path.exists(gpath):
            err(base, 'no gold file')
            continue
        try:
            g, order = load_gold(gpath)
        except ValueError as e:
            err(base, str(e))
            continue
        if order != KEYS:
            err(base, 'gold keys differ from the 18 expected keys in order: %r' % order)
            continue
        check_types(base, g)
        raw = open(src, 'rb').read()
        fam = g['family']
        counts[fam] = counts.get(fam, 0) + 1
        if fam == 'bad':
            check_bad(base, g, raw)
            info = 'refused (%s)' % is_bad_evidence(raw)
        else:
            n = check_readable(base, g, raw, ext)
            encs.add(decode(raw)[1])
            info = '%s words' % n
        print('%-14s %-13s %s' % (base, fam, info))
    if counts != EXPECTED_COUNTS:
        err('set', 'family counts %r != %r' % (counts, EXPECTED_COUNTS))
    if exts != {'md', 'markdown', 'txt', 'text'}:
        err('set', 'extensions not varied: %r' % exts)
    if errors:
        print('\n%d problem(s):' % len(errors))
        for e in errors:
            print('  - ' + e)
        return 1
    print('\nOK: 30 sources, 30 gold files, counts %r' % counts)
    return 0


if __name__ == '__main__':
    sys.exit(main())
