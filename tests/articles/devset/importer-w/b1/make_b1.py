#!/usr/bin/env python3
"""Generate the blind test set b1 (30 sources + 30 gold files) as exact bytes.

Data lives in part1.py, part2.py, part3.py (ten files each).  Each entry is a dict:
  name, ext, family, enc ('utf-8' | 'utf-8-sig' | 'cp1252'), eol ('lf' | 'crlf' | 'mixed'),
  text (str, with '\n' line ends; the marker ~TS~ becomes two trailing spaces)
  or raw (bytes, written as is), optional tail (bytes appended after encoding),
  gold (dict; missing keys get family defaults).
Standard library only.  Run:  python3 make_b1.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
LIST_KEYS = {'bylines', 'placement', 'boilerplate', 'must_keep'}


def defaults(family):
    d = {k: None for k in KEYS}
    for k in LIST_KEYS:
        d[k] = []
    d['family'] = family
    if family == 'bad':
        d['readable'] = False
        d['published'] = None
    else:
        d['readable'] = True
        d['published'] = True
    return d


def join_lines(text, eol):
    lines = text.split('\n')
    if eol == 'lf':
        return '\n'.join(lines)
    if eol == 'crlf':
        return '\r\n'.join(lines)
    if eol == 'mixed':
        # first half of the file CRLF (pasted from a Windows editor), rest LF
        half = len(lines) // 2
        out = []
        for i, line in enumerate(lines):
            out.append(line)
            if i < len(lines) - 1:
                out.append('\r\n' if i < half else '\n')
        return ''.join(out)
    raise ValueError(eol)


def source_bytes(e):
    if 'raw' in e:
        return e['raw']
    text = e['text'].replace('~TS~', '  ')
    s = join_lines(text, e['eol'])
    if e['enc'] == 'utf-8-sig':
        data = b'\xef\xbb\xbf' + s.encode('utf-8')
    else:
        data = s.encode(e['enc'])
    return data + e.get('tail', b'')


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def yval(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, str):
        return yq(v)
    raise TypeError(repr(v))


def gold_yaml(g):
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append('%s: []' % k)
            else:
                out.append('%s:' % k)
                for item in v:
                    out.append('- ' + yval(item))
        elif k == 'family':
            out.append('%s: %s' % (k, v))  # plain identifier
        else:
            out.append('%s: %s' % (k, yval(v)))
    return '\n'.join(out) + '\n'


def main():
    entries = part1.FILES + part2.FILES + part3.FILES
    names = [e['name'] for e in entries]
    assert len(entries) == 30, len(entries)
    assert names == ['w%02d' % i for i in range(1, 31)], names
    for e in entries:
        g = defaults(e['family'])
        unknown = set(e['gold']) - set(KEYS)
        assert not unknown, (e['name'], unknown)
        g.update(e['gold'])
        g['family'] = e['family']
        base = '%s.%s' % (e['name'], e['ext'])
        with open(os.path.join(HERE, base), 'wb') as f:
            f.write(source_bytes(e))
        with open(os.path.join(HERE, e['name'] + '.gold.yaml'), 'wb') as f:
            f.write(gold_yaml(g).encode('utf-8'))
    print('wrote %d sources and %d gold files in %s' % (len(entries), len(entries), HERE))


if __name__ == '__main__':
    main()
