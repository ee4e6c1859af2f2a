#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write the 30 blind test files (u01..u30) and their gold files into this folder.

Sources are written as exact bytes: the text of each entry (written with '\n') gets its
line endings ('lf', 'crlf' or 'mixed' = first half of the lines CRLF, the rest LF), is
encoded ('utf-8', 'utf-8-sig' = with BOM, 'cp1252') and optional raw tail bytes are
appended. Binary entries carry their bytes in 'data'.

Gold files are YAML with exactly 18 keys, every string single-quoted.
Run:  python3 make_b1.py            (writes files)
      python3 make_b1.py --table    (also prints the per-file table used in README.md)
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


def all_files():
    files = part1.FILES + part2.FILES + part3.FILES
    assert len(files) == 30, len(files)
    names = [f['name'] for f in files]
    assert len(set(names)) == 30
    for i, f in enumerate(files, 1):
        assert f['name'].startswith('u%02d_' % i), f['name']
    return files


def complete_gold(g):
    """Fill in the defaults of the convention for keys an entry does not set."""
    fam = g['family']
    out = {}
    if fam == 'bad':
        for k in KEYS:
            out[k] = [] if k in LIST_KEYS else None
        out['readable'] = False
        out['family'] = 'bad'
        out['refusal_reason'] = g['refusal_reason']
        return out
    for k in KEYS:
        out[k] = [] if k in LIST_KEYS else None
    out['readable'] = True
    out['published'] = True
    out.update(g)
    return out


def q(s):
    return "'" + s.replace("'", "''") + "'"


def scalar(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, str):
        assert '\n' not in v and '\r' not in v
        return q(v)
    raise TypeError(repr(v))


def gold_yaml(g):
    lines = []
    for k in KEYS:
        v = g[k]
        if k in LIST_KEYS:
            if not v:
                lines.append('%s: []' % k)
            else:
                lines.append('%s:' % k)
                for item in v:
                    lines.append('- ' + scalar(item))
        else:
            lines.append('%s: %s' % (k, scalar(v)))
    return '\n'.join(lines) + '\n'


def apply_eol(text, eol):
    assert '\r' not in text
    if eol == 'lf':
        return text
    if eol == 'crlf':
        return text.replace('\n', '\r\n')
    if eol == 'mixed':
        parts = text.split('\n')
        half = len(parts) // 2
        out = []
        for i, p in enumerate(parts[:-1]):
            out.append(p + ('\r\n' if i < half else '\n'))
        out.append(parts[-1])
        return ''.join(out)
    raise ValueError(eol)


def source_bytes(f):
    if 'data' in f:
        return f['data']
    b = apply_eol(f['text'], f['eol']).encode(f['enc'])  # strict: fails on unencodable chars
    return b + f.get('tail', b'')


def main():
    files = all_files()
    for f in files:
        src = os.path.join(HERE, '%s.%s' % (f['name'], f['ext']))
        with open(src, 'wb') as fh:
            fh.write(source_bytes(f))
        gold = complete_gold(f['gold'])
        with open(os.path.join(HERE, '%s.gold.yaml' % f['name']), 'wb') as fh:
            fh.write(gold_yaml(gold).encode('utf-8'))
    print('wrote %d sources and %d gold files' % (len(files), len(files)))
    if '--table' in sys.argv:
        enc_name = {'utf-8': 'UTF-8', 'utf-8-sig': 'UTF-8 + BOM', 'cp1252': 'Windows-1252',
                    None: 'binary'}
        print('| file | family | encoding | line endings | hazards |')
        print('|---|---|---|---|---|')
        for f in files:
            print('| %s.%s | %s | %s | %s | %s |' % (
                f['name'], f['ext'], f['gold']['family'], enc_name[f['enc']],
                (f['eol'] or '-').upper() + (' + 0x1A tail' if f.get('tail') else ''),
                f['hazards'].replace('|', '\\|')))


if __name__ == '__main__':
    main()
