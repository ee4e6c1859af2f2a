#!/usr/bin/env python3
"""Write every b1 file and its gold YAML (standard library only)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3
from util import KEYS


def q(s):
    return "'" + s.replace("'", "''") + "'"


def scalar(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    return q(str(v))


def to_yaml(g):
    assert list(g.keys()) == KEYS, list(g.keys())
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append(f'{k}: []')
            else:
                out.append(f'{k}:')
                out.extend(f'- {q(x)}' for x in v)
        else:
            out.append(f'{k}: {scalar(v)}')
    return '\n'.join(out) + '\n'


def all_files():
    return part1.FILES + part2.FILES + part3.FILES


def main():
    files = all_files()
    assert len(files) == 30, len(files)
    for name, data, gold in files:
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
        stem = name.split('.')[0]
        with open(os.path.join(HERE, stem + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(to_yaml(gold))
    print('wrote', len(files), 'files')


if __name__ == '__main__':
    main()
