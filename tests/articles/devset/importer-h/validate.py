#!/usr/bin/env python3
"""Check the importer-h gold files against their sources (b1/).

- every source has NAME.gold.yaml with exactly the 18 keys in order
- types / enumerations are valid; bad files have every scalar null
- every gold string (except family, refusal_reason and dates) occurs in the decoded source
  after whitespace normalisation (case-sensitive)
- the body delimited by body_first_words .. body_last_words has 150-400 words
- body_first_words / body_last_words have 5-10 words
- mix and hazards required by the spec are present
"""
import datetime, os, re, sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
STR_SCALARS = ['title', 'source', 'section', 'bulletin_number', 'issuer', 'dateline_city',
               'body_first_words', 'body_last_words', 'photo_credit']
STR_LISTS = ['bylines', 'placement', 'boilerplate', 'must_keep']

errors = []


def err(name, msg):
    errors.append(f'{name}: {msg}')


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def decode(data):
    """Return (text, encoding) or (None, reason)."""
    if not data.strip():
        return None, 'empty'
    if b'\x00' in data:
        return None, 'binary'
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8'), 'utf-8-bom'
    try:
        return data.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return data.decode('cp1252'), 'cp1252'


def main():
    sources = sorted(f for f in os.listdir(B1) if not f.endswith('.gold.yaml'))
    golds = sorted(f for f in os.listdir(B1) if f.endswith('.gold.yaml'))
    fam = Counter()
    hazards = Counter()
    exts = Counter()
    press_states, outlets, issuers = set(), set(), set()
    seen_gold = set()
    for src in sources:
        base = src.rsplit('.', 1)[0]
        gname = base + '.gold.yaml'
        seen_gold.add(gname)
        gpath = os.path.join(B1, gname)
        if not os.path.exists(gpath):
            err(src, 'missing gold file')
            continue
        exts[src.rsplit('.', 1)[1]] += 1
        with open(gpath, encoding='utf-8') as f:
            g = yaml.safe_load(f)
        if list(g.keys()) != KEYS:
            err(src, f'keys/order wrong: {list(g.keys())}')
            continue
        fam[g['family']] += 1
        if g['family'] not in FAMILIES:
            err(src, f"bad family {g['family']}")
        data = open(os.path.join(B1, src), 'rb').read()
        text, enc = decode(data)
        if b'\r\n' in data:
            hazards['crlf'] += 1
        if text is not None:
            hazards[enc] += 1
        # types
        if not isinstance(g['readable'], bool):
            err(src, 'readable must be bool')
        if g['date'] is not None and not isinstance(g['date'], datetime.date):
            err(src, 'date must be a date or null')
        for k in STR_LISTS:
            if not isinstance(g[k], list) or not all(isinstance(x, str) for x in g[k]):
                err(src, f'{k} must be a list of strings')
        for k in STR_SCALARS + ['refusal_reason']:
            if g[k] is not None and not isinstance(g[k], str):
                err(src, f'{k} must be string or null')
        if g['title'] is not None and '\n' in g['title']:
            err(src, 'title must be one line')

        if g['family'] == 'bad':
            if g['readable'] is not False:
                err(src, 'bad file must be readable: false')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if k in STR_LISTS:
                    if g[k] != []:
                        err(src, f'{k} must be [] for bad files')
                elif g[k] is not None:
                    err(src, f'{k} must be null for bad files')
            if not g['refusal_reason']:
                err(src, 'bad file needs refusal_reason')
            continue

        if g['readable'] is not True:
            err(src, 'readable must be true')
        if g['refusal_reason'] is not None:
            err(src, 'refusal_reason must be null')
        if not isinstance(g['published'], bool):
            err(src, 'published must be bool')
        if text is None:
            err(src, f'readable file could not be decoded ({enc})')
            continue
        ntext = norm(text)
        for k in STR_SCALARS:
            if g[k] is not None and norm(g[k]) not in ntext:
                err(src, f'{k} not in source: {g[k]!r}')
        for k in STR_LISTS:
            for s in g[k]:
                if norm(s) not in ntext:
                    err(src, f'{k} item not in source: {s!r}')
        for k in ('title', 'body_first_words', 'body_last_words'):
            if not g[k]:
                err(src, f'{k} required')
        for k in ('body_first_words', 'body_last_words'):
            n = len((g[k] or '').split())
            if not 5 <= n <= 10:
                err(src, f'{k} has {n} words (want 5-10)')
        if g['body_first_words'] and g['body_last_words']:
            i = ntext.find(norm(g['body_first_words']))
            j = ntext.rfind(norm(g['body_last_words']))
            if i < 0 or j < 0 or j < i:
                err(src, 'body_first_words/body_last_words out of order')
            else:
                body = ntext[i:j + len(norm(g['body_last_words']))]
                nw = len(body.split())
                if not 150 <= nw <= 400:
                    err(src, f'body span has {nw} words (want 150-400)')
                for s in g['must_keep']:
                    if norm(s) not in body:
                        err(src, f'must_keep outside body span: {s!r}')
        f_ = g['family']
        if f_ == 'press_release':
            if not g['issuer'] or not g['dateline_city']:
                err(src, 'press release needs issuer and dateline_city')
            issuers.add(g['issuer'])
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    err(src, f'{k} must be null outside press releases')
        if f_ != 'jekyll' and (g['section'] is not None or g['placement']):
            err(src, 'section/placement only for jekyll')
        if f_ == 'wire':
            if not g['source']:
                err(src, 'wire needs source (outlet)')
            outlets.add(g['source'])
        if g['published'] is False:
            hazards['unpublished'] += 1
        if g['date'] is None:
            hazards['null_date'] += 1
    for gname in golds:
        if gname not in seen_gold:
            err(gname, 'gold without source')

    for k, v in FAMILIES.items():
        if fam[k] != v:
            err('mix', f'{k}: {fam[k]} files, want {v}')
    if len(sources) != 30:
        err('mix', f'{len(sources)} sources, want 30')
    if len(outlets) < 8:
        err('mix', f'only {len(outlets)} wire outlets')
    if len(issuers) < 8:
        err('mix', f'only {len(issuers)} press issuers')
    for h in ('crlf', 'utf-8-bom', 'cp1252', 'unpublished', 'null_date'):
        if not hazards[h]:
            err('hazards', f'no file with {h}')

    print('sources:', len(sources), '| families:', dict(fam))
    print('extensions:', dict(exts))
    print('hazards:', dict(hazards))
    print('wire outlets:', len(outlets), '| press issuers:', len(issuers))
    if errors:
        print(f'FAIL: {len(errors)} problem(s)')
        for e in errors:
            print('  -', e)
        return 1
    print('OK: all gold files consistent with their sources')
    return 0


if __name__ == '__main__':
    sys.exit(main())
