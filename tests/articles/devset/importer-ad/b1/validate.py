"""Check every gold file against its source file."""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import KEYS  # noqa: E402


def parse_yaml(path):
    d = {}
    cur = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if not line:
            continue
        if line.startswith('- '):
            d[cur].append(sv(line[2:]))
            continue
        k, _, v = line.partition(':')
        v = v.strip()
        cur = k
        if v == '':
            d[k] = []
        elif v == '[]':
            d[k] = []
        else:
            d[k] = sv(v)
    return d


def sv(v):
    if v == 'null':
        return None
    if v == 'true':
        return True
    if v == 'false':
        return False
    if v.startswith("'"):
        assert v.endswith("'"), v
        return v[1:-1].replace("''", "'")
    return v


def decode(b):
    if b.startswith(b'\xef\xbb\xbf'):
        b = b[3:]
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('cp1252')
    return t.replace('\r\n', '\n').replace('\r', '\n').replace('\u00a0', ' ')


def main():
    errs = []
    fam = collections.Counter()
    golds = sorted(glob.glob(os.path.join(HERE, 'ad*.gold.yaml')))
    if len(golds) != 30:
        errs.append('expected 30 gold files, got %d' % len(golds))
    for gp in golds:
        stem = os.path.basename(gp)[:-len('.gold.yaml')]
        srcs = [p for p in glob.glob(os.path.join(HERE, stem + '.*')) if not p.endswith('.gold.yaml')]
        if len(srcs) != 1:
            errs.append('%s: %d source files' % (stem, len(srcs)))
            continue
        src = srcs[0]
        ext = src.rsplit('.', 1)[1]
        if ext not in ('md', 'markdown', 'txt', 'text'):
            errs.append('%s: bad extension %s' % (stem, ext))
        g = parse_yaml(gp)
        if list(g.keys()) != KEYS:
            errs.append('%s: keys %s' % (stem, list(g.keys())))
            continue
        fam[g['family']] += 1
        text = decode(open(src, 'rb').read())
        if not g['readable']:
            if not g['refusal_reason'] or g['family'] != 'bad':
                errs.append('%s: bad file needs refusal_reason/family bad' % stem)
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if g[k] not in (None, []):
                    errs.append('%s: %s should be empty' % (stem, k))
            continue
        if g['refusal_reason'] is not None:
            errs.append('%s: refusal_reason on readable' % stem)
        if g['date'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            errs.append('%s: date %r' % (stem, g['date']))
        if g['title'] and g['title'] not in text:
            errs.append('%s: title not in text' % stem)
        for k in ('body_first_words', 'body_last_words'):
            v = g[k]
            if not v or v not in text:
                errs.append('%s: %s not found: %r' % (stem, k, v))
            elif not (6 <= len(v.split()) <= 14):
                errs.append('%s: %s has %d words' % (stem, k, len(v.split())))
        if not 2 <= len(g['must_keep']) <= 4:
            errs.append('%s: must_keep count %d' % (stem, len(g['must_keep'])))
        for s in g['must_keep']:
            if s not in text:
                errs.append('%s: must_keep not found: %r' % (stem, s))
        for s in g['boilerplate']:
            if s not in text:
                errs.append('%s: boilerplate not found: %r' % (stem, s))
        if g['photo_credit'] and g['photo_credit'] not in text:
            errs.append('%s: photo_credit not found' % stem)
        for k in ('bulletin_number', 'issuer', 'dateline_city'):
            v = g[k]
            if g['family'] != 'press_release' and v is not None:
                errs.append('%s: %s should be null' % (stem, k))
            if g['family'] == 'press_release' and (v is None or v not in text):
                errs.append('%s: %s missing/not in text: %r' % (stem, k, v))
        for b in g['bylines']:
            if b not in text:
                errs.append('%s: byline not found %r' % (stem, b))
        # body word count: from first words to last words
        i = text.find(g['body_first_words'] or '')
        j = text.find(g['body_last_words'] or '')
        if i >= 0 and j >= 0:
            n = len(text[i:j + len(g['body_last_words'])].split())
            if not 150 <= n <= 450:
                errs.append('%s: body span %d words' % (stem, n))
    want = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
    if dict(fam) != want:
        errs.append('family counts %s' % dict(fam))
    for e in errs:
        print('ERROR', e)
    print('checked %d gold files; %d errors' % (len(golds), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
