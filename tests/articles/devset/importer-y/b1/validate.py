#!/usr/bin/env python3
"""Check every gold file against its source (standard library only).

Texts are compared after decoding (UTF-8, BOM stripped, else Windows-1252), turning
CR/CRLF into LF and collapsing runs of whitespace (incl. NBSP, control bytes) to one space.
"""
import os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from util import KEYS

FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}


def parse_yaml(text):
    g, cur = {}, None
    for line in text.splitlines():
        if line.startswith('- '):
            g[cur].append(unq(line[2:]))
            continue
        k, _, v = line.partition(':')
        v = v.strip()
        cur = k
        if v == '':
            g[k] = []
        elif v == '[]':
            g[k] = []
        elif v == 'null':
            g[k] = None
        elif v in ('true', 'false'):
            g[k] = v == 'true'
        else:
            g[k] = unq(v)
    return g, [l.partition(':')[0] for l in text.splitlines() if not l.startswith('- ')]


def unq(v):
    assert v.startswith("'") and v.endswith("'"), v
    return v[1:-1].replace("''", "'")


def decode(b):
    if b.startswith(b'\xef\xbb\xbf'):
        b = b[3:]
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('cp1252')


def norm(s):
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    return re.sub(r'[\s\u00a0\x00-\x1f]+', ' ', s).strip()


def main():
    errors = []
    golds = sorted(glob.glob(os.path.join(HERE, 'y[0-9][0-9].gold.yaml')))
    srcs = sorted(p for p in glob.glob(os.path.join(HERE, 'y[0-9][0-9].*')) if not p.endswith('.gold.yaml'))
    if len(golds) != 30 or len(srcs) != 30:
        errors.append(f'expected 30 gold + 30 sources, got {len(golds)} + {len(srcs)}')
    fam_count = {}
    for gp in golds:
        stem = os.path.basename(gp).split('.')[0]
        src = [p for p in srcs if os.path.basename(p).split('.')[0] == stem]
        if len(src) != 1:
            errors.append(f'{stem}: source file count {len(src)}'); continue
        g, keys = parse_yaml(open(gp, encoding='utf-8').read())
        if keys != KEYS:
            errors.append(f'{stem}: keys {keys}')
            continue
        fam = g['family']
        fam_count[fam] = fam_count.get(fam, 0) + 1
        if fam not in FAMILIES:
            errors.append(f'{stem}: bad family {fam}')
        raw = open(src[0], 'rb').read()
        text = norm(decode(raw))
        if not g['readable']:
            if fam != 'bad' or not g['refusal_reason']:
                errors.append(f'{stem}: unreadable needs family bad + refusal_reason')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if g[k] not in (None, []):
                    errors.append(f'{stem}: {k} should be null/empty for bad file')
            continue
        if g['refusal_reason'] is not None:
            errors.append(f'{stem}: readable file with refusal_reason')
        if not g['title'] or norm(g['title']) not in text:
            errors.append(f'{stem}: title not in source')
        if g['date'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            errors.append(f'{stem}: bad date {g["date"]}')
        if not isinstance(g['published'], bool):
            errors.append(f'{stem}: published not bool')
        for k in ('body_first_words', 'body_last_words'):
            v = g[k]
            if not v or norm(v) not in text:
                errors.append(f'{stem}: {k} not in source: {v!r}')
            elif not (5 <= len(v.split()) <= 16):
                errors.append(f'{stem}: {k} length {len(v.split())}')
        for k in ('boilerplate', 'must_keep', 'bylines'):
            for v in g[k]:
                if norm(v) not in text:
                    errors.append(f'{stem}: {k} item not in source: {v!r}')
        if not (2 <= len(g['must_keep']) <= 4):
            errors.append(f'{stem}: must_keep count {len(g["must_keep"])}')
        for v in g['must_keep']:
            for b in g['boilerplate']:
                if norm(b) in norm(v):
                    errors.append(f'{stem}: boilerplate {b!r} inside must_keep')
        if g['photo_credit'] and norm(g['photo_credit']) not in text:
            errors.append(f'{stem}: photo_credit not in source')
        for k in ('source', 'section'):
            if g[k] and norm(g[k]).lower() not in text.lower():
                errors.append(f'{stem}: {k} not in source: {g[k]!r}')
        for v in g['placement']:
            if v.lower() not in text.lower():
                errors.append(f'{stem}: placement not in source: {v!r}')
        pr = fam == 'press_release'
        for k in ('bulletin_number', 'issuer', 'dateline_city'):
            if pr and not g[k]:
                errors.append(f'{stem}: press release without {k}')
            if not pr and g[k] is not None:
                errors.append(f'{stem}: {k} set on non-press-release')
            if pr and g[k] and norm(g[k]).lower() not in text.lower():
                errors.append(f'{stem}: {k} not in source: {g[k]!r}')
        # body word count: text between first and last body words
        i = text.find(norm(g['body_first_words'] or ''))
        j = text.find(norm(g['body_last_words'] or ''))
        if i >= 0 and j >= 0:
            body = text[i:j + len(norm(g['body_last_words']))]
            n = len(body.split())
            if not (150 <= n <= 450):
                errors.append(f'{stem}: body word count {n}')
            if j < i:
                errors.append(f'{stem}: last words before first words')
    want = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
    if fam_count != want:
        errors.append(f'family counts {fam_count} != {want}')
    for e in errors:
        print('FAIL', e)
    print(f'{len(golds)} gold files checked, {len(errors)} problems; families {fam_count}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
