"""Write every b1 file (exact bytes) and its gold YAML."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import KEYS  # noqa: E402
import part1, part2, part3  # noqa: E402


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
                out.append('%s: []' % k)
            else:
                out.append('%s:' % k)
                out.extend('- ' + q(x) for x in v)
        elif k in ('readable', 'published'):
            out.append('%s: %s' % (k, q(v)))
        elif k == 'family':
            out.append('%s: %s' % (k, v))
        else:
            out.append('%s: %s' % (k, q(v)))
    return '\n'.join(out) + '\n'


def main():
    entries = part1.FILES + part2.FILES + part3.FILES
    assert len(entries) == 30, len(entries)
    for name, data, g in entries:
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
        stem = name.split('.')[0]
        with open(os.path.join(HERE, stem + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(to_yaml(g))
    print('wrote %d files' % len(entries))


if __name__ == '__main__':
    main()
