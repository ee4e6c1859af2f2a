#!/usr/bin/env python3
"""Write every b1 test file as exact bytes, plus its <name>.gold.yaml."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source', 'section',
        'placement', 'bulletin_number', 'issuer', 'dateline_city', 'body_first_words',
        'body_last_words', 'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']

def scalar(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
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
                out.extend(f'- {scalar(x)}' for x in v)
        else:
            out.append(f'{k}: {scalar(v)}')
    return '\n'.join(out) + '\n'

def all_files():
    return part1.FILES + part2.FILES + part3.FILES

def main():
    files = all_files()
    names = [f[0] for f in files]
    assert len(files) == 30 and len(set(names)) == 30, names
    for name, data, g in files:
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(data)
        stem = name.rsplit('.', 1)[0]
        with open(os.path.join(HERE, stem + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(to_yaml(g))
    print(f'wrote {len(files)} files and gold')

if __name__ == '__main__':
    main()
