#!/usr/bin/env python3
"""Check importer-i gold files against their sources. Exit 0 when everything passes."""
import datetime
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
WANT = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
errors = []


def err(name, msg):
    errors.append(f'{name}: {msg}')


def decode(data):
    """Return (text, encoding label) or (None, reason)."""
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


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    names = sorted(n for n in os.listdir(B1) if not n.endswith('.gold.yaml'))
    golds = sorted(n for n in os.listdir(B1) if n.endswith('.gold.yaml'))
    fam_count = {}
    stats = {'crlf': 0, 'bom': 0, 'cp1252': 0}
    sources, issuers = set(), set()
    if len(names) != 30:
        err('b1', f'expected 30 sources, found {len(names)}')
    for n in names:
        gname = n.rsplit('.', 1)[0] + '.gold.yaml'
        gpath = os.path.join(B1, gname)
        if not os.path.exists(gpath):
            err(n, 'missing gold'); continue
        with open(gpath, encoding='utf-8') as f:
            g = yaml.safe_load(f)
        if list(g.keys()) != KEYS:
            err(n, f'keys/order wrong: {list(g.keys())}'); continue
        fam = g['family']
        fam_count[fam] = fam_count.get(fam, 0) + 1
        with open(os.path.join(B1, n), 'rb') as f:
            data = f.read()
        text, enc = decode(data)
        if b'\r\n' in data:
            stats['crlf'] += 1
        if enc == 'utf-8-bom':
            stats['bom'] += 1
        if enc == 'cp1252':
            stats['cp1252'] += 1
        if fam == 'bad':
            if g['readable'] is not False:
                err(n, 'bad file must have readable: false')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
                    if g[k] != []:
                        err(n, f'{k} must be []')
                elif g[k] is not None:
                    err(n, f'{k} must be null')
            if not g['refusal_reason']:
                err(n, 'refusal_reason missing')
            continue
        # readable files
        if text is None:
            err(n, f'source not readable ({enc})'); continue
        if g['readable'] is not True:
            err(n, 'readable must be true')
        if g['refusal_reason'] is not None:
            err(n, 'refusal_reason must be null')
        if fam not in WANT:
            err(n, f'unknown family {fam}')
        if g['date'] is not None and not isinstance(g['date'], datetime.date):
            err(n, 'date must be a date or null')
        if not isinstance(g['published'], bool):
            err(n, 'published must be true/false')
        src = norm(text)
        src_nomarkup = norm(re.sub(r'[*#]+', ' ', text))
        t = g['title']
        if not t or '\n' in t:
            err(n, 'title missing or multi-line')
        elif norm(t) not in src and norm(t) not in src_nomarkup:
            err(n, f'title not in source: {t!r}')
        strings = []
        for k in ('source', 'section', 'bulletin_number', 'issuer', 'dateline_city',
                  'body_first_words', 'body_last_words', 'photo_credit'):
            if g[k] is not None:
                strings.append((k, g[k]))
        for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
            if not isinstance(g[k], list):
                err(n, f'{k} must be a list')
                continue
            strings += [(k, s) for s in g[k]]
        for k, s in strings:
            if not isinstance(s, str):
                err(n, f'{k} value not a string: {s!r}')
            elif norm(s) not in src:
                err(n, f'{k} not in source: {s!r}')
        if fam != 'press_release':
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    err(n, f'{k} must be null outside press releases')
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if not g[k]:
                    err(n, f'{k} missing for press release')
            issuers.add(g['issuer'])
        if fam != 'jekyll' and (g['section'] is not None or g['placement']):
            err(n, 'section/placement only for jekyll')
        if fam == 'wire':
            sources.add(g['source'])
        for k in ('body_first_words', 'body_last_words'):
            w = len((g[k] or '').split())
            if not 5 <= w <= 10:
                err(n, f'{k} should have 5-10 words (has {w})')
        # body span and word count
        fw, lw = norm(g['body_first_words']), norm(g['body_last_words'])
        i = src.find(fw)
        j = src.rfind(lw)
        if i < 0 or j < 0 or j + len(lw) <= i:
            err(n, 'body span not found'); continue
        body = src[i:j + len(lw)]
        for b in g['boilerplate']:
            body = body.replace(norm(b), ' ')
        for m in g['must_keep']:
            if norm(m) not in src[i:j + len(lw)]:
                err(n, f'must_keep outside body span: {m!r}')
            for b in g['boilerplate']:
                if norm(b) in norm(m):
                    err(n, f'must_keep contains boilerplate {b!r}')
        for b in g['boilerplate']:
            if norm(b) in fw or norm(b) in lw:
                err(n, f'boilerplate inside first/last words: {b!r}')
        words = len(body.split())
        if not 150 <= words <= 400:
            err(n, f'body has {words} words (want 150-400)')
        print(f'  {n:40s} {fam:14s} {enc:10s} {words:4d} words')
    for fam, c in WANT.items():
        if fam_count.get(fam, 0) != c:
            err('b1', f'family {fam}: {fam_count.get(fam, 0)} files, want {c}')
    if len(sources) < 8:
        err('b1', f'only {len(sources)} wire outlets')
    if len(issuers) < 8:
        err('b1', f'only {len(issuers)} press issuers')
    print(f'families: {fam_count}')
    print(f'hazards: {stats}; wire outlets: {len(sources)}; press issuers: {len(issuers)}')
    if errors:
        print('FAIL')
        for e in errors:
            print('  ' + e)
        return 1
    print('OK: all gold files consistent with their sources')
    return 0


if __name__ == '__main__':
    sys.exit(main())
