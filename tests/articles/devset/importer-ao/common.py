"""Shared helpers for the ao blind set: write source bytes exactly and emit gold YAML."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'b1')
os.makedirs(OUT, exist_ok=True)

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']

NB = '\u2423'  # placeholder in script text, becomes U+00A0 (NBSP) in the file


def emit(name, ext, text, enc='utf-8', eol='\n', bom=False):
    """Write text as bytes. eol: '\n', '\r\n' or 'mixed' (every third line CRLF)."""
    text = text.replace(NB, '\u00a0')
    if eol == '\r\n':
        text = text.replace('\n', '\r\n')
    elif eol == 'mixed':
        lines = text.split('\n')
        out = []
        for i, ln in enumerate(lines[:-1]):
            out.append(ln + ('\r\n' if i % 3 == 1 else '\n'))
        out.append(lines[-1])
        text = ''.join(out)
    data = text.encode(enc)
    if bom:
        data = b'\xef\xbb\xbf' + data
    path = os.path.join(OUT, name + '.' + ext)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def emit_bytes(name, ext, data):
    with open(os.path.join(OUT, name + '.' + ext), 'wb') as f:
        f.write(data)


def _q(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    return "'" + str(v).replace("'", "''") + "'"


def _dump(d):
    lines = []
    for k in KEYS:
        v = d[k]
        if isinstance(v, list):
            if not v:
                lines.append(f'{k}: []')
            else:
                lines.append(f'{k}:')
                for x in v:
                    lines.append(f'  - {_q(x)}')
        else:
            lines.append(f'{k}: {_q(v)}')
    return '\n'.join(lines) + '\n'


def gold(name, family, **kw):
    d = dict(readable=True, family=family, published=True, bylines=[], section=None,
             placement=[], bulletin_number=None, issuer=None, dateline_city=None,
             photo_credit=None, refusal_reason=None, source=None)
    d.update(kw)
    missing = set(KEYS) - set(d)
    extra = set(d) - set(KEYS)
    assert not missing and not extra, (name, missing, extra)
    with open(os.path.join(OUT, name + '.gold.yaml'), 'w', encoding='utf-8') as f:
        f.write(_dump(d))


def bad_gold(name, reason):
    gold(name, 'bad', readable=False, title=None, date=None, published=None,
         body_first_words=None, body_last_words=None, boilerplate=[], must_keep=[],
         refusal_reason=reason)
