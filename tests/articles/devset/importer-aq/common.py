"""Shared helpers for the aq blind set: write source bytes exactly and emit gold YAML."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'b1')
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']

DEFAULTS = dict(readable=True, title=None, date=None, published=True, bylines=[],
                source=None, section=None, placement=[], bulletin_number=None,
                issuer=None, dateline_city=None, body_first_words=None,
                body_last_words=None, boilerplate=[], must_keep=[],
                photo_credit=None, refusal_reason=None)


def _scalar(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    s = str(v)
    assert '\n' not in s and '\r' not in s, s
    return "'" + s.replace("'", "''") + "'"


def _value(v):
    if isinstance(v, list):
        return '[' + ', '.join(_scalar(x) for x in v) + ']'
    return _scalar(v)


def emit_gold(stem, **g):
    d = dict(DEFAULTS)
    d.update(g)
    assert 'family' in d, stem
    extra = set(d) - set(KEYS)
    assert not extra, (stem, extra)
    lines = ['%s: %s' % (k, _value(d[k])) for k in KEYS]
    with open(os.path.join(OUT, stem + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def write(fname, text=None, enc='utf-8', eol='\n', bom=False, raw=None):
    """Write a source file. `text` uses '\n'; it is converted to `eol` and encoded with `enc`.
    `raw` (bytes) bypasses everything."""
    os.makedirs(OUT, exist_ok=True)
    if raw is None:
        t = text.replace('\n', eol)
        raw = t.encode(enc)
        if bom:
            raw = b'\xef\xbb\xbf' + raw
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)


def mixed_eol(text, pattern=('\r\n', '\n')):
    """Join lines cycling through the given EOL styles (mixed line endings)."""
    lines = text.split('\n')
    out = []
    for i, ln in enumerate(lines[:-1]):
        out.append(ln + pattern[i % len(pattern)])
    out.append(lines[-1])
    return ''.join(out)
