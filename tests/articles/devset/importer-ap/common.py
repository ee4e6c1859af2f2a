"""Shared helpers for the ap blind importer set: write exact bytes + gold YAML."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'b1')
os.makedirs(OUT, exist_ok=True)

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def _q(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    s = str(v)
    assert '\n' not in s and '\r' not in s, s
    return "'" + s.replace("'", "''") + "'"


def dump_gold(name, gold):
    assert set(gold) == set(KEYS), (name, set(gold) ^ set(KEYS))
    lines = []
    for k in KEYS:
        v = gold[k]
        if isinstance(v, list):
            if not v:
                lines.append(f'{k}: []')
            else:
                lines.append(f'{k}:')
                lines.extend(f'  - {_q(x)}' for x in v)
        else:
            lines.append(f'{k}: {_q(v)}')
    with open(os.path.join(OUT, name + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def _eol(text, eol):
    if eol == 'lf':
        return text
    if eol == 'crlf':
        return text.replace('\n', '\r\n')
    if eol == 'mixed':
        parts = text.split('\n')
        out = []
        for i, p in enumerate(parts[:-1]):
            out.append(p + ('\r\n' if i % 3 != 0 else '\n'))
        out.append(parts[-1])
        return ''.join(out)
    raise ValueError(eol)


def write_text(name, ext, text, enc='utf-8', eol='lf', bom=False):
    """text: a str using '\n'; one leading newline (from triple quotes) is dropped."""
    if text.startswith('\n'):
        text = text[1:]
    data = _eol(text, eol).encode(enc)
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(os.path.join(OUT, name + '.' + ext), 'wb') as f:
        f.write(data)


def write_bytes(name, ext, data):
    with open(os.path.join(OUT, name + '.' + ext), 'wb') as f:
        f.write(data)


def gold(name, **kw):
    base = dict(readable=True, family=None, title=None, date=None, published=True,
                bylines=[], source=None, section=None, placement=[],
                bulletin_number=None, issuer=None, dateline_city=None,
                body_first_words=None, body_last_words=None, boilerplate=[],
                must_keep=[], photo_credit=None, refusal_reason=None)
    for k in kw:
        assert k in base, k
    base.update(kw)
    dump_gold(name, base)


def bad(name, reason):
    gold(name, readable=False, family='bad', published=None, refusal_reason=reason)
