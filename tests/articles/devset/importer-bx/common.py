"""Shared helpers for the importer-bx blind set. Writes exact bytes."""
import os
import quopri

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'b1')
os.makedirs(OUT, exist_ok=True)

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']

NBSP = '\u00a0'
ZWSP = '\u200b'
SHY = '\u00ad'


def apply_eol(text, eol):
    """eol: 'lf', 'crlf', 'cr', ('mixed', n) = first n lines CRLF and the rest LF,
    ('alternate',) = CRLF and LF alternating."""
    if eol == 'lf':
        return text
    if eol == 'crlf':
        return text.replace('\n', '\r\n')
    if eol == 'cr':
        return text.replace('\n', '\r')
    parts = text.split('\n')
    out = []
    for i, p in enumerate(parts[:-1]):
        if eol[0] == 'mixed':
            out.append(p + ('\r\n' if i < eol[1] else '\n'))
        else:
            out.append(p + ('\r\n' if i % 2 == 0 else '\n'))
    out.append(parts[-1])
    return ''.join(out)


def to_bytes(text, enc='utf-8', eol='lf', bom=False):
    data = apply_eol(text, eol).encode(enc)
    if bom:
        if enc.lower().startswith('utf-16-le'):
            data = b'\xff\xfe' + data
        elif enc.lower().startswith('utf-16-be'):
            data = b'\xfe\xff' + data
        else:
            data = b'\xef\xbb\xbf' + data
    return data


def mime_qp(headers, body, charset='utf-8', eol='crlf'):
    """A raw e-mail message: headers as written, body quoted-printable encoded."""
    qp = quopri.encodestring(body.encode(charset)).decode('ascii')
    return apply_eol(headers.rstrip('\n') + '\n\n' + qp, eol).encode('ascii')


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
