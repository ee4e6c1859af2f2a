#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate every NAME.gold.yaml in this folder against its decoded source NAME.EXT.

Standard library only. Exits 0 when every check passes, 1 otherwise.
The gold files use a small YAML subset (written by make_b1.py): 'key: scalar',
'key: []', 'key:' followed by '- item' lines; scalars are null/true/false or
single-quoted strings ('' escapes a quote). Plain scalars are also accepted.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']
LISTS = {'bylines', 'placement', 'boilerplate', 'must_keep'}
FAMILIES = {'wire', 'press_release', 'jekyll', 'generic', 'bad'}
SOURCE_EXTS = ('.md', '.markdown', '.txt', '.text')


def parse_scalar(v):
    v = v.strip()
    if v in ('null', '~', ''):
        return None
    if v == 'true':
        return True
    if v == 'false':
        return False
    if v == '[]':
        return []
    if len(v) >= 2 and v[0] == "'" and v[-1] == "'":
        inner = v[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", '')):
            raise ValueError('bad single-quoted scalar: %r' % v)
        return inner.replace("''", "'")
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"':
        return v[1:-1].replace('\\"', '"').replace('\\\\', '\\')
    return v


def parse_gold(text):
    data, order, cur = {}, [], None
    for n, line in enumerate(text.split('\n'), 1):
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line.startswith('- '):
            if cur is None or not isinstance(data[cur], list):
                raise ValueError('line %d: list item outside a list' % n)
            data[cur].append(parse_scalar(line[2:]))
            continue
        m = re.match(r'^([a-z_]+):(?: (.*))?$', line)
        if not m:
            raise ValueError('line %d: cannot parse %r' % (n, line))
        key, val = m.group(1), m.group(2)
        if key in data:
            raise ValueError('duplicate key %s' % key)
        order.append(key)
        if val is None or val.strip() == '':
            data[key] = []
            cur = key
        else:
            data[key] = parse_scalar(val)
            cur = key
    return data, order


def decode(raw):
    """Return (text, encoding name) or (None, reason) for binary data."""
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-sig'
    if b'\x00' in raw:
        return None, 'binary (NUL bytes)'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode('cp1252'), 'cp1252'
    except UnicodeDecodeError:
        return None, 'undecodable'


def norm(s):
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    s = s.replace('\u00a0', ' ').replace('\u200b', '').replace('\ufeff', '').replace('\x1a', '')
    return re.sub(r'\s+', ' ', s).strip()


def words(s):
    return [w for w in s.split() if re.search(r'\w', w)]


def main():
    errors = []
    report = []
    golds = sorted(f for f in os.listdir(HERE) if f.endswith('.gold.yaml'))
    if len(golds) != 30:
        errors.append('expected 30 gold files, found %d' % len(golds))
    fam_count = {}
    for gname in golds:
        stem = gname[:-len('.gold.yaml')]
        srcs = [f for f in os.listdir(HERE)
                if f.startswith(stem + '.') and f != gname and f.endswith(SOURCE_EXTS)]
        def err(msg):
            errors.append('%s: %s' % (stem, msg))
        if len(srcs) != 1:
            err('expected exactly one source file, found %r' % srcs)
            continue
        src = srcs[0]
        raw = open(os.path.join(HERE, src), 'rb').read()
        try:
            g, order = parse_gold(open(os.path.join(HERE, gname), encoding='utf-8').read())
        except Exception as ex:  # noqa
            err('gold does not parse: %s' % ex)
            continue
        if order != KEYS:
            err('keys differ from the 18 required keys (in order): %r' % order)
            continue
        # ---- types -------------------------------------------------------
        for k in LISTS:
            if not isinstance(g[k], list) or not all(isinstance(x, str) and x for x in g[k]):
                err('%s must be a list of non-empty strings' % k)
        fam = g['family']
        if fam not in FAMILIES:
            err('bad family %r' % fam)
            continue
        fam_count[fam] = fam_count.get(fam, 0) + 1
        if not isinstance(g['readable'], bool):
            err('readable must be a boolean')
        if g['date'] is not None:
            try:
                datetime.date.fromisoformat(g['date'])
            except (TypeError, ValueError):
                err('date %r is not a valid ISO date' % g['date'])
        text, enc = decode(raw)

        # ---- bad files ---------------------------------------------------
        if fam == 'bad':
            if g['readable'] is not False:
                err('bad file must have readable: false')
            for k in KEYS:
                if k in ('readable', 'family', 'refusal_reason'):
                    continue
                if k in LISTS:
                    if g[k] != []:
                        err('bad file: %s must be []' % k)
                elif g[k] is not None:
                    err('bad file: %s must be null' % k)
            rr = g['refusal_reason']
            if not (isinstance(rr, str) and rr.endswith('.') and rr.count('. ') == 0
                    and re.search(r'\b(el|la|no|archivo)\b', rr)):
                err('refusal_reason must be one Spanish sentence')
            report.append('%s %-15s %-13s %-10s bad' % (stem, src, fam, enc))
            continue

        # ---- readable files ------------------------------------------------
        if g['readable'] is not True:
            err('readable file must have readable: true')
        if g['refusal_reason'] is not None:
            err('refusal_reason must be null for a readable file')
        if text is None:
            err('source does not decode as text: %s' % enc)
            continue
        for k in ('title', 'body_first_words', 'body_last_words'):
            if not isinstance(g[k], str) or not g[k].strip():
                err('%s must be a non-empty string' % k)
        if not isinstance(g['published'], bool):
            err('published must be a boolean')
        if fam != 'jekyll' and g['published'] is not True:
            err('non-Jekyll readable file must have published: true')
        for k in ('source', 'section', 'photo_credit'):
            if g[k] is not None and not isinstance(g[k], str):
                err('%s must be a string or null' % k)
        if fam == 'press_release':
            if not isinstance(g['issuer'], str) or not isinstance(g['dateline_city'], str):
                err('press release needs issuer and dateline_city strings')
            if g['bulletin_number'] is not None and not isinstance(g['bulletin_number'], str):
                err('bulletin_number must be a quoted string or null')
            if g['source'] != g['issuer']:
                err('press release: source should equal issuer')
            if g['bulletin_number'] and re.match(r'(?i)(bolet[ií]n|no\.|n[uú]m\.|comunicado|:)', g['bulletin_number']):
                err('bulletin_number still carries its leading word')
        else:
            for k in ('bulletin_number', 'issuer', 'dateline_city'):
                if g[k] is not None:
                    err('%s must be null outside press releases' % k)
        if fam == 'generic' and g['source'] is not None:
            err('generic note: source must be null')
        if fam != 'jekyll' and g['placement']:
            err('placement only expected for Jekyll posts in this set')

        n = norm(text)
        nt = norm(text.replace('**', ''))
        low = n.lower()

        def occurs(label, phrase, hay=n):
            if norm(phrase) not in hay:
                err('%s not found in source: %r' % (label, phrase))
                return False
            return True

        occurs('title', g['title'], nt)
        ok_f = occurs('body_first_words', g['body_first_words'])
        ok_l = occurs('body_last_words', g['body_last_words'])
        for s in g['must_keep']:
            occurs('must_keep', s)
        for s in g['boilerplate']:
            occurs('boilerplate', s)
            for keep in g['must_keep'] + [g['body_first_words'], g['body_last_words'], g['title']]:
                if norm(s) in norm(keep):
                    err('boilerplate %r is inside a kept text %r' % (s, keep))
        for k in ('source', 'issuer', 'dateline_city', 'bulletin_number', 'section'):
            if isinstance(g[k], str) and norm(g[k]).lower() not in low:
                err('%s %r not found in source (case-insensitive)' % (k, g[k]))
        for b in g['bylines']:
            if norm(b) not in n:
                err('byline %r not found in source' % b)
            if re.match(r'(?i)(por|texto|redacci[oó]n|staff)\b', b):
                err('byline %r keeps a prefix or is not a person' % b)
        for p in g['placement']:
            if p.lower() not in low:
                err('placement %r not in source' % p)
        if g['photo_credit'] is not None and ('Foto: ' + norm(g['photo_credit'])) not in n:
            err('photo_credit %r does not follow "Foto:" in source' % g['photo_credit'])
        if g['date'] is not None and g['date'][:4] not in n:
            err('year of date %r not in source' % g['date'])
        if fam == 'jekyll':
            fm = re.match(r'\A---\n(.*?)\n---\n', text.lstrip('\ufeff').replace('\r\n', '\n'), re.S)
            if not fm:
                err('Jekyll source has no front matter')
            else:
                fmt = fm.group(1)
                draft = re.search(r'(?m)^(published:\s*false|status:\s*draft)\s*$', fmt)
                pub = re.search(r'(?m)^published:\s*(.*)$', fmt)
                unreadable = pub and pub.group(1).strip() not in ('true', 'false', 'yes', 'no')
                if (draft or unreadable) and g['published'] is not False:
                    err('Jekyll draft/unpublished/unreadable value must give published: false')
                if not (draft or unreadable) and g['published'] is not True:
                    err('Jekyll post without draft markers must give published: true')
        # ---- body span and length ----------------------------------------
        if ok_f and ok_l:
            i = n.find(norm(g['body_first_words']))
            j = n.rfind(norm(g['body_last_words']))
            if j < i:
                err('body_last_words come before body_first_words')
            else:
                span = n[i:j + len(norm(g['body_last_words']))]
                for s in g['must_keep']:
                    if norm(s) not in span:
                        err('must_keep outside the body span: %r' % s)
                body = span
                for s in sorted(g['boilerplate'], key=len, reverse=True):
                    body = body.replace(norm(s), ' ')
                if g['photo_credit']:
                    body = body.replace('Foto: ' + norm(g['photo_credit']), ' ')
                wc = len(words(body))
                if not 150 <= wc <= 300:
                    err('body has about %d words, expected 150-300' % wc)
                report.append('%s %-15s %-13s %-10s ~%d words' % (stem, src, fam, enc, wc))
    for line in report:
        print(line)
    print('families:', dict(sorted(fam_count.items())))
    if errors:
        print('\n%d problem(s):' % len(errors))
        for e in errors:
            print('  -', e)
        return 1
    print('OK: all %d gold files check out against their sources.' % len(golds))
    return 0


if __name__ == '__main__':
    sys.exit(main())
