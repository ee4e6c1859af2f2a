#!/usr/bin/env python3
"""Write every ac file (exact bytes) and its gold YAML beside it."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3
from _util import KEYS


def q(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    return "'" + str(v).replace("'", "''") + "'"


def to_yaml(g):
    assert list(g.keys()) == KEYS, g.keys()
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append(f'{k}: []')
            else:
                out.append(f'{k}:')
                out.extend(f'- {q(x)}' for x in v)
        elif k == 'family':
            out.append(f'{k}: {v}')
        else:
            out.append(f'{k}: {q(v)}')
    return '\n'.join(out) + '\n'


def all_files():
    return part1.FILES + part2.FILES + part3.FILES


def main():
    files = all_files()
    assert len(files) == 30
    for name, data, gold in files:
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
        stem = name.split('.')[0]
        with open(os.path.join(HERE, stem + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(to_yaml(gold))
    print('wrote', len(files), 'files')


if __name__ == '__main__':
    main()
