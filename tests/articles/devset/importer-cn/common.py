"""Shared helpers for the importer-cn blind set. Writes exact bytes."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'b1')
os.makedirs(OUT, exist_ok=True)

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']

NBSP = '\u00a0'
ZWSP = '\u200b'


def to_bytes(text, enc='utf-8', eol='lf', bom=False):
    """eol: 'lf', 'crlf', 'cr' (classic Mac), ('mixed', n) = first n lines CRLF and the
    rest LF, or ('alternate',) = CRLF and LF alternating line by line."""
    if eol == 'crlf':
        text = text.replace('\n', '\r\n')
    elif eol == 'cr':
        text = text.replace('\n', '\r')
    elif isinstance(eol, tuple) and eol[0] == 'mixed':
        n = eol[1]
        parts = text.split('\n')
        out = []
        for i, p in enumerate(parts[:-1]):
            out.append(p + ('\r\n' if i < n else '\n'))
        out.append(parts[-1])
        text = ''.join(out)
    elif isinstance(eol, tuple) and eol[0] == 'alternate':
        parts = text.split('\n')
        out = []
        for i, p in enumerate(parts[:-1]):
            out.append(p + ('\r\n' if i % 2 == 0 else '\n'))
        out.append(parts[-1])
        text = ''.join(out)
    data = text.encode(enc)
    if bom:
        e = enc.lower().replace('_', '-')
        if e.startswith('utf-16-le'):
            data = b'\xff\xfe' + data
        elif e.startswith('utf-16-be'):
            data = b'\xfe\xff' + data
        else:
            data = b'\xef\xbb\xbf' + data
    return data


def write_source(filename, text=None, enc='utf-8', eol='lf', bom=False, raw=None):
    data = raw if raw is not None else to_bytes(text, enc, eol, bom)
    with open(os.path.join(OUT, filename), 'wb') as f:
        f.write(data)


def q(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, list):
        return '[' + ', '.join(q(x) for x in v) + ']'
    if isinstance(v, str):
        assert '\n' not in v, v
        return "'" + v.replace("'", "''") + "'"
    raise TypeError(v)


def write_gold(name, **kw):
    g = dict(readable=True, family=None, title=None, date=None, published=True,
             bylines=[], source=None, section=None, placement=[],
             bulletin_number=None, issuer=None, dateline_city=None,
             body_first_words=None, body_last_words=None, boilerplate=[],
             must_keep=[], photo_credit=None, refusal_reason=None)
    for k in kw:
        assert k in KEYS, k
    g.update(kw)
    if g['family'] == 'bad':
        g.update(readable=False, title=None, date=None, published=None,
                 body_first_words=None, body_last_words=None)
    lines = ['%s: %s' % (k, q(g[k])) for k in KEYS]
    with open(os.path.join(OUT, name + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
