#!/usr/bin/env python3
"""Check every gold file against its source (standard library only).

Source text is normalised before matching: decoded as UTF-8 (BOM allowed) or, failing that,
Windows-1252; HTML entities unescaped; CR/CRLF -> LF; NBSP -> space; control bytes removed;
runs of whitespace collapsed to one space. Gold strings get the same whitespace treatment.
"""
import glob, html, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}


def parse_scalar(s):
    s = s.strip()
    if s == 'null':
        return None
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s == '[]':
        return []
    if s.startswith("'"):
        assert s.endswith("'"), s
        return s[1:-1].replace("''", "'")
    return s


def load_gold(path):
    d = collections.OrderedDict()
    cur = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if not line:
            continue
        if line.startswith('- '):
            d[cur].append(parse_scalar(line[2:]))
            continue
        k, _, v = line.partition(':')
        cur = k
        d[k] = [] if v.strip() == '' else parse_scalar(v)
    return d


def norm(s):
    s = html.unescape(s)
    s = s.replace('\r\n', '\n').replace('\r', '\n').replace('\xa0', ' ')
    s = re.sub(r'[\x00-\x08\x0b-\x1f\x7f]', '', s)
    return re.sub(r'\s+', ' ', s).strip()


def read_src(path):
    b = open(path, 'rb').read()
    try:
        return b.decode('utf-8-sig')
    except UnicodeDecodeError:
        return b.decode('cp1252')


def main():
    errs = []
    fam = collections.Counter()
    exts = collections.Counter()
    golds = sorted(glob.glob(os.path.join(HERE, 'ac[0-9][0-9].gold.yaml')))
    if len(golds) != 30:
        errs.append(f'expected 30 gold files, found {len(golds)}')
    for gp in golds:
        stem = os.path.basename(gp).split('.')[0]
        srcs = [p for p in glob.glob(os.path.join(HERE, stem + '.*')) if not p.endswith('.gold.yaml')]
        if len(srcs) != 1:
            errs.append(f'{stem}: source files {srcs}')
            continue
        src = srcs[0]
        exts[os.path.splitext(src)[1]] += 1
        g = load_gold(gp)
        E = lambda m: errs.append(f'{stem}: {m}')
        if list(g.keys()) != KEYS:
            E(f'keys {list(g.keys())}')
            continue
        fam[g['family']] += 1
        text = norm(read_src(src))
        if not g['readable']:
            if g['family'] != 'bad' or not g['refusal_reason']:
                E('bad file needs family bad and refusal_reason')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if g[k] not in (None, []):
                    E(f'bad file has non-empty {k}')
            continue
        if g['refusal_reason'] is not None:
            E('readable file with refusal_reason')
        if g['date'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            E(f'date {g["date"]}')
        if not isinstance(g['published'], bool):
            E('published not bool')
        fam_ = g['family']
        if fam_ == 'press_release':
            if not g['issuer'] or not g['dateline_city']:
                E('press release without issuer/dateline_city')
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    E(f'{k} set for non-press family')
        title = norm(g['title'])
        if title not in text:
            E(f'title not in source: {title}')
        for k in ('bylines', 'placement'):
            for x in g[k]:
                if norm(x) not in text:
                    E(f'{k} {x!r} not in source')
        for k in ('source', 'section', 'photo_credit', 'bulletin_number', 'dateline_city'):
            if g[k] is not None and norm(g[k]) not in text:
                E(f'{k} {g[k]!r} not in source')
        fw, lw = norm(g['body_first_words']), norm(g['body_last_words'])
        i, j = text.find(fw), text.rfind(lw)
        if i < 0:
            E(f'first words not found: {fw}')
        if j < 0:
            E(f'last words not found: {lw}')
        if not (2 <= len(g['must_keep']) <= 4):
            E('must_keep count')
        for m in g['must_keep']:
            mm = norm(m)
            if mm not in text:
                E(f'must_keep not found: {mm}')
            elif i >= 0 and j >= 0 and not (i <= text.find(mm) <= j + len(lw)):
                E(f'must_keep outside body span: {mm[:40]}')
            for b in g['boilerplate']:
                if len(norm(b)) > 6 and norm(b) in mm:
                    E(f'boilerplate {b!r} inside must_keep')
        for b in g['boilerplate']:
            if norm(b) not in text:
                E(f'boilerplate not found: {b}')
        if i >= 0 and j >= 0:
            span = text[i:j + len(lw)]
            for b in g['boilerplate']:
                span = span.replace(norm(b), ' ')
            n = len(span.split())
            if not (150 <= n <= 450):
                E(f'body word count {n}')
            else:
                print(f'{stem}: {fam_:14} {n:4} words  {os.path.basename(src)}')
    for f, n in FAMILIES.items():
        if fam[f] != n:
            errs.append(f'family {f}: {fam[f]} files, expected {n}')
    print('extensions:', dict(exts))
    if errs:
        print('\n'.join('ERROR ' + e for e in errs))
        sys.exit(1)
    print('OK: all', len(golds), 'gold files valid')


if __name__ == '__main__':
    main()
