#!/usr/bin/env python3
"""Check every ab gold file against its source file (standard library only)."""
import glob
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
LISTS = {'bylines', 'placement', 'boilerplate', 'must_keep'}


def scalar(s):
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
    return s


def load(path):
    d, cur = {}, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if not line:
            continue
        if line.startswith('- '):
            d[cur].append(scalar(line[2:]))
            continue
        k, _, v = line.partition(':')
        cur = k
        d[k] = [] if v.strip() == '' else scalar(v)
    return d


def decode(b):
    if b.startswith(b'\xef\xbb\xbf'):
        b = b[3:]
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('cp1252')


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def main():
    errs = []
    fams = Counter()
    golds = sorted(glob.glob(os.path.join(HERE, 'ab??.gold.yaml')))
    if len(golds) != 30:
        errs.append('expected 30 gold files, got %d' % len(golds))
    for gp in golds:
        stem = os.path.basename(gp).split('.')[0]
        srcs = [p for p in glob.glob(os.path.join(HERE, stem + '.*'))
                if not p.endswith('.gold.yaml')]
        if len(srcs) != 1:
            errs.append('%s: %d source files' % (stem, len(srcs)))
            continue
        g = load(gp)
        if list(g) != KEYS:
            errs.append('%s: keys %s' % (stem, list(g)))
            continue
        for k in LISTS:
            if not isinstance(g[k], list):
                errs.append('%s: %s not a list' % (stem, k))
        fams[g['family']] += 1
        raw = open(srcs[0], 'rb').read()
        text = norm(decode(raw))
        if not g['readable']:
            if g['family'] != 'bad' or not g['refusal_reason']:
                errs.append('%s: bad file needs family bad + refusal_reason' % stem)
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if g[k] not in (None, []):
                    errs.append('%s: %s should be empty for bad file' % (stem, k))
            continue
        if g['refusal_reason'] is not None:
            errs.append('%s: refusal_reason should be null' % stem)
        if g['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', g['date']):
            errs.append('%s: date format %r' % (stem, g['date']))
        for k in ('title', 'body_first_words', 'body_last_words'):
            if not g[k] or norm(g[k]) not in text:
                errs.append('%s: %s not in source: %r' % (stem, k, g[k]))
        for k in ('must_keep', 'boilerplate'):
            for s in g[k]:
                if norm(s) not in text:
                    errs.append('%s: %s not in source: %r' % (stem, k, s))
        if not 2 <= len(g['must_keep']) <= 4:
            errs.append('%s: must_keep count %d' % (stem, len(g['must_keep'])))
        for k in ('photo_credit', 'source', 'section', 'bulletin_number', 'dateline_city'):
            if g[k] and k in ('photo_credit', 'bulletin_number', 'dateline_city', 'section') \
                    and norm(g[k]) not in text:
                errs.append('%s: %s not in source: %r' % (stem, k, g[k]))
        for b in g['bylines']:
            if norm(b) not in text:
                errs.append('%s: byline not in source: %r' % (stem, b))
        if g['family'] != 'press_release':
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    errs.append('%s: %s must be null outside press releases' % (stem, k))
        # word count of the body region (first..last words)
        i = text.find(norm(g['body_first_words']))
        j = text.rfind(norm(g['body_last_words']))
        if i < 0 or j < i:
            errs.append('%s: body first/last order' % stem)
        else:
            n = len(text[i:j + len(norm(g['body_last_words']))].split())
            if not 150 <= n <= 450:
                errs.append('%s: body has %d words' % (stem, n))
    want = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
    if dict(fams) != want:
        errs.append('family counts %s' % dict(fams))
    for e in errs:
        print('ERROR', e)
    print('%d gold files, %d errors, families %s' % (len(golds), len(errs), dict(fams)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
