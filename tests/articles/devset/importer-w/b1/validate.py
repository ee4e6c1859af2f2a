#!/usr/bin/env python3
"""Check every NAME.gold.yaml in this folder against its decoded source NAME.EXT.

Standard library only.  Exits 0 when every check passes, 1 otherwise.
Checks: the 18 keys in order and their types; family rules (bad files really are bad and
have everything null; press-release fields only on press releases; Jekyll published rule);
title, body first/last words, must_keep, boilerplate, bylines, source, section, placement,
bulletin number, issuer, dateline city and photo credit really occur in the decoded source;
must_keep lies inside the body span; boilerplate never overlaps must_keep or the body's
first/last words; the date has textual evidence in the file; body length 150-300 words.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
LIST_KEYS = {'bylines', 'placement', 'boilerplate', 'must_keep'}
BOOL_KEYS = {'readable', 'published'}
FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}
SOURCE_EXTS = ('md', 'markdown', 'txt', 'text')
PLACEMENTS = {'portada', 'destacadas', 'destacada', 'principal', 'home', 'inicio', 'featured'}
MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
          'septiembre', 'octubre', 'noviembre', 'diciembre']


# ------------------------------------------------------------------ minimal YAML reader
def parse_scalar(s):
    s = s.strip()
    if s in ('null', '~', ''):
        return None
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s == '[]':
        return []
    if len(s) >= 2 and s[0] == "'" and s[-1] == "'":
        return s[1:-1].replace("''", "'")
    if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
        return bytes(s[1:-1], 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')
    return s


def load_gold(path):
    data = {}
    order = []
    current = None
    with open(path, 'r', encoding='utf-8') as f:
        for raw in f.read().split('\n'):
            if not raw.strip() or raw.lstrip().startswith('#'):
                continue
            if raw.startswith('- ') or raw == '-':
                if current is None or not isinstance(data[current], list):
                    raise ValueError('list item outside a list: %r' % raw)
                data[current].append(parse_scalar(raw[2:]))
                continue
            m = re.match(r'^([A-Za-z_]+):(.*)$', raw)
            if not m:
                raise ValueError('cannot parse line: %r' % raw)
            key, rest = m.group(1), m.group(2)
            order.append(key)
            if rest.strip() == '':
                data[key] = []
            else:
                data[key] = parse_scalar(rest)
            current = key
    return data, order


# ------------------------------------------------------------------ decoding / normalising
def decode(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return data.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        pass
    try:
        return data.decode('cp1252'), 'cp1252'
    except UnicodeDecodeError:
        return data.decode('latin-1'), 'latin-1'


def clean(text):
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    text = text.replace('\u00a0', ' ').replace('\u00ad', '').replace('\u200b', '').replace('\x1a', '')
    return text


def flat(text):
    return re.sub(r'\s+', ' ', text).strip()


def loose(text):
    lines = []
    for line in text.split('\n'):
        line = re.sub(r'^\s*#+\s*', '', line)
        line = line.replace('**', '')
        lines.append(line)
    return flat('\n'.join(lines))


def words(s):
    return [w for w in s.split() if re.search(r'\w', w)]


# ------------------------------------------------------------------ helpers
def front_matter(text):
    """Return (dict of top-level key -> raw value, list of block items per key, body) or None."""
    if not text.startswith('---\n'):
        return None
    end = text.find('\n---', 4)
    if end < 0:
        return None
    fm = text[4:end]
    body = text[end + 4:]
    nl = body.find('\n')
    body = body[nl + 1:] if nl >= 0 else ''
    keys = {}
    blocks = {}
    last = None
    for line in fm.split('\n'):
        m = re.match(r'^([A-Za-z_]+):\s*(.*)$', line)
        if m:
            last = m.group(1)
            keys[last] = m.group(2).strip()
            blocks[last] = []
        elif re.match(r'^\s*-\s+', line) and last:
            blocks[last].append(re.sub(r'^\s*-\s+', '', line).strip().strip('"\''))
    return keys, blocks, body


def fm_list(keys, blocks, key):
    if key not in keys:
        return []
    v = keys[key]
    if v.startswith('['):
        return [x.strip().strip('"\'') for x in v.strip('[]').split(',') if x.strip()]
    if v:
        return v.strip('"\'').split()
    return blocks.get(key, [])


def date_evidence(d, text):
    y, m, dd = d.year, d.month, d.day
    month = MONTHS[m - 1]
    pats = [
        r'%04d-%02d-%02d' % (y, m, dd),
        r'0?%d/0?%d/%04d' % (dd, m, y),
        r'0?%d\.0?%d\.%04d' % (dd, m, y),
        r'\b0?%d,? (de )?%s,? (de |del )?%04d' % (dd, month, y),
        r'\b%s 0?%d, %04d' % (month, dd, y),
    ]
    low = text.lower()
    return any(re.search(p, low) for p in pats)


def is_bad_source(data, text):
    if not data.strip(b' \t\r\n\xef\xbb\xbf'):
        return 'empty or whitespace'
    if b'\x00' in data:
        return 'binary'
    head = text.lstrip().lower()
    if head.startswith('<!doctype html') or head.startswith('<html'):
        return 'html'
    fm = front_matter(text)
    if fm is not None and not fm[2].strip():
        return 'front matter without body'
    return None


# ------------------------------------------------------------------ the checks
def check(name, errors):
    def err(msg):
        errors.append('%s: %s' % (name, msg))

    gold_path = os.path.join(HERE, name + '.gold.yaml')
    srcs = [f for f in os.listdir(HERE) if f.startswith(name + '.') and f.split('.', 1)[1] in SOURCE_EXTS]
    if len(srcs) != 1:
        err('expected exactly one source file, found %r' % srcs)
        return None
    data = open(os.path.join(HERE, srcs[0]), 'rb').read()
    try:
        g, order = load_gold(gold_path)
    except Exception as e:  # noqa: BLE001
        err('gold does not parse: %s' % e)
        return None

    if order != KEYS:
        err('keys/order differ: %r' % order)
        return None
    for k in KEYS:
        v = g[k]
        if k in LIST_KEYS:
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                err('%s must be a list of non-empty strings' % k)
        elif k in BOOL_KEYS:
            if not (v is None or isinstance(v, bool)):
                err('%s must be bool or null' % k)
        elif not (v is None or (isinstance(v, str) and v)):
            err('%s must be a non-empty string or null' % k)
    if g['family'] not in FAMILIES:
        err('unknown family %r' % g['family'])
        return None

    raw_text, enc = decode(data)
    text = clean(raw_text)
    fam = g['family']

    # ---------------- bad files
    if fam == 'bad':
        if g['readable'] is not False:
            err('bad file must have readable false')
        if g['published'] is not None:
            err('bad file must have published null')
        for k in KEYS:
            if k in ('readable', 'family', 'published', 'refusal_reason'):
                continue
            if g[k] not in (None, []):
                err('bad file must have %s null/empty' % k)
        r = g['refusal_reason']
        if not r or not r.endswith('.') or not re.search(r'\b(el|la|no|archivo)\b', r.lower()):
            err('refusal_reason must be one Spanish sentence')
        why = is_bad_source(data, text)
        if not why:
            err('source does not look like a file that must be refused')
        return (fam, enc, 0)

    # ---------------- readable files
    if g['readable'] is not True:
        err('readable must be true')
    if g['refusal_reason'] is not None:
        err('refusal_reason must be null for readable files')
    if is_bad_source(data, text):
        err('readable file looks bad: %s' % is_bad_source(data, text))
    for k in ('title', 'body_first_words', 'body_last_words'):
        if not g[k]:
            err('%s is required' % k)
    if not isinstance(g['published'], bool):
        err('published must be a bool')
    if fam != 'jekyll' and g['published'] is not True:
        err('non-Jekyll readable files are published true')
    if fam != 'press_release':
        for k in ('bulletin_number', 'issuer', 'dateline_city'):
            if g[k] is not None:
                err('%s only for press releases' % k)
    if g['date'] is not None:
        try:
            d = datetime.date.fromisoformat(g['date'])
        except ValueError:
            err('date is not a valid ISO date: %r' % g['date'])
            d = None
        if d and not date_evidence(d, text):
            err('no evidence for date %s in the source' % g['date'])

    F = flat(text)
    L = loose(text)

    def occurs(s):
        return s in F or s in L

    def occurs_ci(s):
        return s.lower() in F.lower() or s.lower() in L.lower()

    for k in ('title', 'body_first_words', 'body_last_words', 'photo_credit',
              'bulletin_number', 'dateline_city', 'section'):
        if g[k] and not occurs(g[k]):
            err('%s not found in source: %r' % (k, g[k]))
    for k in ('source', 'issuer'):
        if g[k] and not occurs_ci(g[k]):
            err('%s not found in source: %r' % (k, g[k]))
    for k in ('bylines', 'placement', 'boilerplate', 'must_keep'):
        for item in g[k]:
            if not occurs(item):
                err('%s item not found in source: %r' % (k, item))
    if g['photo_credit'] and not re.search(r'Foto:\s*' + re.escape(g['photo_credit']), L):
        err('photo_credit is not text after "Foto:"')

    # body span (positions in the loose text)
    first, last = g['body_first_words'] or '', g['body_last_words'] or ''
    p1 = L.find(first)
    p2 = L.find(last, p1 + 1) if p1 >= 0 else -1
    span = ''
    if p1 < 0 or p2 < 0:
        err('body first/last words not found in order')
    else:
        span = L[p1:p2 + len(last)]
        for item in g['must_keep']:
            if item not in span:
                err('must_keep lies outside the body span: %r' % item)
        tpos = L.find(g['title'] or '\x00')
        if tpos < 0 or tpos > p1:
            err('title must come before the body')
    for b in g['boilerplate']:
        for mk in g['must_keep']:
            if b in mk:
                err('boilerplate %r is inside must_keep %r' % (b, mk))
        if b in first or b in last:
            err('boilerplate %r overlaps body first/last words' % b)
    for b in g['bylines']:
        if re.match(r'(?i)^(por|texto|redacci[oó]n|staff)\b', b):
            err('byline keeps a prefix or is not a person: %r' % b)

    # body length estimate: span minus boilerplate, markup, credits
    count = 0
    if span:
        est = span
        for b in sorted(g['boilerplate'], key=len, reverse=True):
            est = est.replace(b, ' ')
        est = re.sub(r'<!--.*?-->', ' ', est)
        est = re.sub(r'\{%.*?%\}', ' ', est)
        est = re.sub(r'\[caption[^\]]*\].*?\[/caption\]', ' ', est)
        est = re.sub(r'!\[[^\]]*\]\([^)]*\)', ' ', est)
        if g['photo_credit']:
            est = est.replace('Foto: ' + g['photo_credit'], ' ')
        count = len(words(est))
        if not 150 <= count <= 300:
            err('body length estimate %d words outside 150-300' % count)

    # ---------------- family specifics
    if fam == 'press_release':
        if not g['issuer'] or g['source'] != g['issuer']:
            err('press release: source must equal issuer')
        if g['issuer'] and g['issuer'].startswith('H. '):
            err('issuer keeps the honorific H.')
        bn = g['bulletin_number']
        if bn and re.match(r'(?i)^(#|bolet[ií]n|no\.|n[uú]m\.|comunicado|:)', bn):
            err('bulletin_number keeps its leading word: %r' % bn)
        city = g['dateline_city']
        lines_loose = [loose(x) for x in text.split('\n')]
        if city and not any(x.startswith(city) and x[len(city):].lstrip()[:1] in (',', ';')
                            for x in lines_loose):
            err('dateline city %r does not open a line before a comma/semicolon' % city)
        if not city:
            err('press release needs dateline_city')
        else:
            m = re.search(re.escape(city) + r'\s*[,;]', F)
            if not m:
                err('dateline city not followed by comma/semicolon')
            elif g['date']:
                window = F[m.start():m.start() + 90]
                if not date_evidence(datetime.date.fromisoformat(g['date']), window):
                    err('press release date is not the dateline date')
        if g['bylines']:
            err('press release bylines expected empty')
    if fam == 'jekyll':
        fm = front_matter(text)
        if fm is None:
            err('jekyll file without front matter')
        else:
            keys, blocks, body = fm
            fl = flat(loose(body))
            if first and first not in fl:
                err('body first words must be after the front matter')
            pub = keys.get('published', '').strip('"\'').lower()
            status = keys.get('status', '').strip('"\'').lower()
            if status == 'draft' or pub in ('false', 'no', 'off'):
                want = False
            elif pub in ('', 'true', 'yes', 'on', 'sí', 'si'):
                want = True
            else:
                want = False  # unreadable value
            if g['published'] is not want:
                err('published should be %r by the Jekyll rule' % want)
            cats = fm_list(keys, blocks, 'categories') + fm_list(keys, blocks, 'category')
            sec = [c for c in cats if c.lower() not in PLACEMENTS]
            plc = [c for c in cats if c.lower() in PLACEMENTS]
            if g['section'] != (sec[0] if sec else None):
                err('section should be %r' % (sec[0] if sec else None))
            if g['placement'] != plc:
                err('placement should be %r' % plc)
            fm_text = text[:text.find('\n---', 4)]
            if g['title'] not in fm_text:
                err('jekyll title not in front matter')
            if g['source'] and g['source'] not in fm_text:
                err('jekyll source must come from a front-matter key')
    if fam == 'generic':
        for k in ('source', 'section'):
            if g[k] is not None:
                err('generic note: %s must be null' % k)
        if g['bylines'] or g['placement']:
            err('generic note: bylines and placement must be empty')
        first_line = loose(text.strip().split('\n')[0])
        if first_line != g['title']:
            err('generic note: title must be the first heading/line (%r)' % first_line)
    if fam == 'wire' and not g['source']:
        err('wire needs a source outlet')
    return (fam, enc, count)


def main():
    names = sorted({f.split('.')[0] for f in os.listdir(HERE) if f.endswith('.gold.yaml')})
    errors = []
    fams = {}
    rows = []
    for name in names:
        r = check(name, errors)
        if r:
            fams[r[0]] = fams.get(r[0], 0) + 1
            rows.append('%s %-13s %-9s body~%d' % (name, r[0], r[1], r[2]))
    for row in rows:
        print(row)
    print('families:', ', '.join('%s=%d' % kv for kv in sorted(fams.items())))
    if len(names) != 30:
        errors.append('expected 30 gold files, found %d' % len(names))
    if errors:
        print('\n'.join(errors))
        print('FAILED: %d problem(s)' % len(errors))
        return 1
    print('OK: %d gold files checked' % len(names))
    return 0


if __name__ == '__main__':
    sys.exit(main())
