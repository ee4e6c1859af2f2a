"""Shared helpers for the importer-an blind set. Writes bytes exactly."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'b1')
os.makedirs(OUT, exist_ok=True)

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']

NBSP = '\u00a0'


def encode_text(text, enc='utf-8', eol='\n', bom=False):
    """text is written with '\n'. eol: '\n', '\r\n', or 'mixed' (every third line CRLF,
    plus any explicit '\r\n' already in the text)."""
    if eol == '\r\n':
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    elif eol == 'mixed':
        lines = text.split('\n')
        out = []
        for i, ln in enumerate(lines[:-1]):
            out.append(ln + ('\r\n' if i % 3 == 1 and not ln.endswith('\r') else '\n'))
        out.append(lines[-1])
        text = ''.join(out)
    data = text.encode(enc)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data


def write_src(fname, text, enc='utf-8', eol='\n', bom=False):
    write_raw(fname, encode_text(text, enc, eol, bom))


def write_raw(fname, data):
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)


def _q(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, list):
        return '[' + ', '.join(_q(x) for x in v) + ']'
    s = str(v)
    assert '\n' not in s and '\r' not in s, s
    return "'" + s.replace("'", "''") + "'"


def gold(name, **kw):
    missing = [k for k in KEYS if k not in kw]
    extra = [k for k in kw if k not in KEYS]
    assert not missing and not extra, (name, missing, extra)
    lines = ['%s: %s' % (k, _q(kw[k])) for k in KEYS]
    with open(os.path.join(OUT, name + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def bad_gold(name, reason):
    gold(name, readable=False, family='bad', title=None, date=None, published=None,
         bylines=[], source=None, section=None, placement=[], bulletin_number=None,
         issuer=None, dateline_city=None, body_first_words=None, body_last_words=None,
         boilerplate=[], must_keep=[], photo_credit=None, refusal_reason=reason)
