"""Validate the aq gold files against their sources. Usage: python3 validate.py"""
import os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, 'b1')
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
EXTS = ('.md', '.txt', '.text', '.markdown')
PLACEMENT_WORDS = {'portada', 'destacadas', 'destacada', 'principal', 'home', 'featured'}

try:
    import yaml  # optional
except ImportError:
    yaml = None


def _parse_scalar(s):
    s = s.strip()
    if s == 'null':
        return None
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s.startswith("'") and s.endswith("'"):
        return s[1:-1].replace("''", "'")
    raise ValueError('unexpected scalar %r' % s)


def _parse_list(s):
    s = s.strip()
    assert s.startswith('[') and s.endswith(']'), s
    inner = s[1:-1].strip()
    out, i = [], 0
    while i < len(inner):
        if inner[i] in ' ,':
            i += 1
            continue
        assert inner[i] == "'", inner[i:]
        j, buf = i + 1, []
        while True:
            if inner[j] == "'":
                if j + 1 < len(inner) and inner[j + 1] == "'":
                    buf.append("'"); j += 2; continue
                break
            buf.append(inner[j]); j += 1
        out.append(''.join(buf)); i = j + 1
    return out


def load_gold(path):
    text = open(path, encoding='utf-8').read()
    if yaml is not None:
        return yaml.safe_load(text), [ln.split(':', 1)[0] for ln in text.splitlines() if ln.strip()]
    d, order = {}, []
    for ln in text.splitlines():
        if not ln.strip():
            continue
        k, v = ln.split(':', 1)
        order.append(k)
        d[k] = _parse_list(v) if v.strip().startswith('[') else _parse_scalar(v)
    return d, order


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        t = raw[3:].decode('utf-8')
    else:
        try:
            t = raw.decode('utf-8')
        except UnicodeDecodeError:
            t = raw.decode('cp1252')
    return t.replace('\r\n', '\n').replace('\r', '\n').replace('\u00a0', ' ')


def main():
    errors = []
    counts = {}
    sources = sorted(f for f in os.listdir(B1) if f.endswith(EXTS))
    golds = sorted(f for f in os.listdir(B1) if f.endswith('.gold.yaml'))
    stems = [os.path.splitext(f)[0] for f in sources]
    if len(sources) != 30:
        errors.append('expected 30 source files, found %d' % len(sources))
    if sorted(stems) != ['aq%02d' % i for i in range(1, 31)]:
        errors.append('source names are not aq01..aq30: %s' % stems)
    if sorted(g[:-len('.gold.yaml')] for g in golds) != sorted(stems):
        errors.append('gold files do not match sources')
    for f in sources:
        stem = os.path.splitext(f)[0]
        gp = os.path.join(B1, stem + '.gold.yaml')
        err = lambda m: errors.append('%s: %s' % (f, m))
        if not os.path.exists(gp):
            err('missing gold'); continue
        g, order = load_gold(gp)
        if order != KEYS:
            err('gold keys differ from the 18 required keys in order: %s' % order)
        fam = g.get('family')
        counts[fam] = counts.get(fam, 0) + 1
        if fam not in FAMILIES:
            err('bad family %r' % fam)
        for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
            if not isinstance(g.get(k), list):
                err('%s must be a list' % k)
        raw = open(os.path.join(B1, f), 'rb').read()
        if g['readable'] is False:
            if fam != 'bad':
                err('unreadable file must be family bad')
            for k in ('title', 'date', 'published', 'body_first_words', 'body_last_words',
                      'source', 'section', 'bulletin_number', 'issuer', 'dateline_city', 'photo_credit'):
                if g[k] is not None:
                    err('%s must be null for bad file' % k)
            for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
                if g[k]:
                    err('%s must be empty for bad file' % k)
            if not g['refusal_reason']:
                err('refusal_reason missing')
            continue
        if g['readable'] is not True:
            err('readable must be true/false')
        if fam == 'bad':
            err('family bad but readable true')
        if g['refusal_reason'] is not None:
            err('refusal_reason must be null for readable file')
        if not isinstance(g['published'], bool):
            err('published must be bool')
        try:
            src = decode(raw)
        except Exception as e:
            err('cannot decode: %s' % e); continue
        if g['date'] is not None:
            try:
                datetime.date.fromisoformat(g['date'])
            except Exception:
                err('date not ISO: %r' % g['date'])
            if not ('2014-01-01' <= g['date'] <= '2026-12-31'):
                err('date out of 2014-2026')
        for k in ('title', 'body_first_words', 'body_last_words'):
            v = g[k]
            if not v:
                err('%s empty' % k)
            elif v not in src:
                err('%s not in source: %r' % (k, v))
        for k in ('boilerplate', 'must_keep'):
            for v in g[k]:
                if v not in src:
                    err('%s string not in source: %r' % (k, v))
        if not (2 <= len(g['must_keep']) <= 4):
            err('must_keep should have 2-4 sentences')
        for mk in g['must_keep']:
            for bp in g['boilerplate']:
                if bp in mk:
                    err('boilerplate %r inside must_keep %r' % (bp, mk))
        for b in g['bylines']:
            if re.match(r'(?i)^(por|by)\b', b) or re.search(r'(?i)redacci[oó]n|staff|agencias', b):
                err('byline is not a person: %r' % b)
        if g['section'] and g['section'].lower() in PLACEMENT_WORDS:
            err('placement word used as section')
        if g['photo_credit']:
            if g['photo_credit'].lower().startswith('foto'):
                err('photo_credit keeps the label')
            if not any(g['photo_credit'] in bp for bp in g['boilerplate']):
                err('photo credit line not listed in boilerplate')
        press_keys = ('bulletin_number', 'issuer', 'dateline_city')
        if fam == 'press_release':
            for k in ('issuer', 'dateline_city'):
                if not g[k]:
                    err('press release needs %s' % k)
                elif g[k] not in src:
                    err('%s not in source: %r' % (k, g[k]))
            if g['bulletin_number'] and g['bulletin_number'] not in src:
                err('bulletin_number not in source')
            if g['source'] != g['issuer']:
                err('press source must equal issuer')
        else:
            for k in press_keys:
                if g[k] is not None:
                    err('%s must be null outside press releases' % k)
        # body span and word count (boilerplate inside the span is not counted)
        i = src.find(g['body_first_words'] or '\0')
        j = src.rfind(g['body_last_words'] or '\0')
        if i >= 0 and j >= 0:
            if j < i:
                err('body_last_words before body_first_words')
            else:
                span = src[i:j + len(g['body_last_words'])]
                for bp in g['boilerplate']:
                    span = span.replace(bp, ' ')
                n = len(re.findall(r'\w+', span))
                if not (150 <= n <= 450):
                    err('body has %d words (want 150-450)' % n)
                for mk in g['must_keep']:
                    if mk not in src[i:j + len(g['body_last_words'])]:
                        err('must_keep outside body span: %r' % mk[:40])
    for fam, want in FAMILIES.items():
        if counts.get(fam, 0) != want and len(sources) == 30:
            errors.append('family %s: %d files, want %d' % (fam, counts.get(fam, 0), want))
    for e in errors:
        print('ERROR', e)
    print('%d files checked, %d errors; families: %s' % (len(sources), len(errors), counts))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
