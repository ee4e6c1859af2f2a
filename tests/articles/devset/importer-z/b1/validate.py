"""Check every zNN.gold.yaml against its source file (standard library only)."""
import collections
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
    if s.startswith("'"):
        assert s.endswith("'"), s
        return s[1:-1].replace("''", "'")
    return s


def load_yaml(path):
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


def decode(raw):
    try:
        return raw.decode('utf-8-sig'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('cp1252'), 'cp1252'


def main():
    errors = []
    fams = collections.Counter()
    golds = sorted(glob.glob(os.path.join(HERE, 'z[0-9][0-9].gold.yaml')))
    srcs = sorted(p for p in glob.glob(os.path.join(HERE, 'z[0-9][0-9].*'))
                  if not p.endswith('.gold.yaml'))
    if len(golds) != 30 or len(srcs) != 30:
        errors.append(f'expected 30 sources and 30 golds, got {len(srcs)} / {len(golds)}')
    exts = collections.Counter()
    press_states = []
    for gp in golds:
        stem = os.path.basename(gp).split('.')[0]
        src = [p for p in srcs if os.path.basename(p).split('.')[0] == stem]
        if len(src) != 1:
            errors.append(f'{stem}: source not found')
            continue
        exts[src[0].rsplit('.', 1)[1]] += 1
        g = load_yaml(gp)
        def err(m):
            errors.append(f'{stem}: {m}')
        if list(g.keys()) != KEYS:
            err(f'keys {list(g.keys())}')
            continue
        for k in LISTS:
            if not isinstance(g[k], list):
                err(f'{k} not a list')
        fams[g['family']] += 1
        raw = open(src[0], 'rb').read()
        text, _ = decode(raw)
        text = text.replace('\r\n', '\n').replace('\r', '\n')
        if g['readable'] is False:
            if g['family'] != 'bad' or not g['refusal_reason']:
                err('bad file needs family bad and refusal_reason')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if g[k] not in (None, []):
                    err(f'bad file has {k}')
            continue
        if g['family'] not in ('wire', 'press_release', 'jekyll', 'generic'):
            err('family')
        if g['refusal_reason'] is not None:
            err('refusal_reason on readable file')
        if g['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', g['date']):
            err('date format')
        if not isinstance(g['published'], bool):
            err('published must be bool')
        for k in ('title', 'body_first_words', 'body_last_words'):
            if not g[k] or g[k] not in text:
                err(f'{k} not in source: {g[k]!r}')
        for k in ('photo_credit', 'bulletin_number', 'issuer', 'dateline_city'):
            if g[k] is not None and g[k] not in text:
                err(f'{k} not in source: {g[k]!r}')
        if g['source'] is not None and g['source'].lower() not in text.lower():
            err(f'source not in source text: {g["source"]!r}')
        for b in g['bylines']:
            if b not in text:
                err(f'byline not in source: {b!r}')
        for s in g['placement']:
            if s not in text:
                err(f'placement not in source: {s!r}')
        if g['section'] is not None and g['section'] not in text:
            err('section not in source')
        if not 2 <= len(g['must_keep']) <= 4:
            err('must_keep count')
        for s in g['must_keep']:
            if s not in text:
                err(f'must_keep not in source: {s[:60]!r}')
        for s in g['boilerplate']:
            if s not in text:
                err(f'boilerplate not in source: {s!r}')
        for s in g['must_keep'] + [g['body_first_words'], g['body_last_words']]:
            for b in g['boilerplate']:
                if len(b) > 12 and b in s:
                    err(f'boilerplate {b!r} inside kept text')
            if '\u00a0' in s or re.search(r'[\x00-\x08\x0b-\x1f]', s):
                err('gold phrase contains NBSP/control char')
        if g['family'] == 'press_release':
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if not g[k]:
                    err(f'press release without {k}')
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    err(f'{k} set on non-press file')
        # body word count between first and last words
        a = text.find(g['body_first_words'])
        z = text.rfind(g['body_last_words']) + len(g['body_last_words'])
        words = len(text[a:z].split())
        if a < 0 or not 150 <= words <= 450:
            err(f'body word count {words}')
        if g['body_first_words'] and not 5 <= len(g['body_first_words'].split()) <= 16:
            err('body_first_words length')
    want = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
    if dict(fams) != want:
        errors.append(f'family counts {dict(fams)} != {want}')
    if len(exts) < 4:
        errors.append(f'extensions not varied: {dict(exts)}')
    for e in errors:
        print('FAIL', e)
    print(f'{len(golds)} gold files, families {dict(fams)}, extensions {dict(exts)}')
    print('OK' if not errors else f'{len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
