#!/usr/bin/env python3
"""Write the 30 source files and their 30 gold files of set b1 as exact bytes.

Each entry of part1/part2/part3.FILES is a dict with:
  name   file stem (x01_...)           ext   md | markdown | txt | text
  enc    utf-8 | utf-8-sig | cp1252 | raw (then 'raw' holds the bytes)
  eol    lf | crlf | mixed (mixed: first half of the lines CRLF, the rest LF)
  trail  optional: add two trailing spaces to every third non-empty line
  text   the content, written with '\\n' line ends
  gold   the gold dict (see common.py)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from common import KEYS  # noqa: E402
import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402


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
        return q(v.replace('\u00a0', ' '))
    raise TypeError(repr(v))


def dump_gold(g):
    if list(g.keys()) != KEYS:
        raise ValueError('gold keys out of order: %r' % list(g.keys()))
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append('%s: []' % k)
            else:
                out.append('%s:' % k)
                out.extend('- ' + scalar(x) for x in v)
        else:
            out.append('%s: %s' % (k, scalar(v)))
    return ('\n'.join(out) + '\n').encode('utf-8')


def render(f):
    if f['enc'] == 'raw':
        return f['raw']
    lines = f['text'].split('\n')
    if f.get('trail'):
        n = 0
        for i, ln in enumerate(lines):
            if ln.strip():
                n += 1
                if n % 3 == 0:
                    lines[i] = ln + '  '
    if f['eol'] == 'lf':
        data = '\n'.join(lines)
    elif f['eol'] == 'crlf':
        data = '\r\n'.join(lines)
    elif f['eol'] == 'mixed':
        half = len(lines) // 2
        data = ''.join(ln + ('\r\n' if i < half else '\n') for i, ln in enumerate(lines[:-1]))
        data += lines[-1]
    else:
        raise ValueError(f['eol'])
    return data.encode(f['enc'])


def main():
    files = part1.FILES + part2.FILES + part3.FILES
    names = [f['name'] for f in files]
    assert len(files) == 30 and len(set(names)) == 30, names
    for i, f in enumerate(files, 1):
        assert f['name'].startswith('x%02d_' % i), f['name']
        src = os.path.join(HERE, '%s.%s' % (f['name'], f['ext']))
        with open(src, 'wb') as fh:
            fh.write(render(f))
        with open(os.path.join(HERE, f['name'] + '.gold.yaml'), 'wb') as fh:
            fh.write(dump_gold(f['gold']))
    print('wrote %d sources and %d gold files' % (len(files), len(files)))


if __name__ == '__main__':
    main()
