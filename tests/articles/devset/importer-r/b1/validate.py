#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Valida los 30 gold de b1 contra sus fuentes decodificadas.  Solo stdlib.

Para cada NAME.gold.yaml:
  * las 18 claves exactas, en orden, con el tipo correcto;
  * reglas por familia (bad: todo nulo/vacío; published solo false en jekyll; campos de
    boletín solo en press_release; placement solo en jekyll);
  * title, body_first_words, body_last_words, must_keep, boilerplate, bylines,
    photo_credit, source/issuer (sin distinguir mayúsculas), dateline_city y
    bulletin_number aparecen de verdad en la fuente decodificada;
  * la fecha ISO es válida y aparece en la fuente en alguna forma (ISO, d/m/a, d.m.a,
    «d de mes de a»);
  * el cuerpo (de first_words a last_words) contiene los must_keep y, quitando las frases
    de boilerplate, tiene entre 150 y 300 palabras;
  * ninguna frase de must_keep contiene una frase de boilerplate.
Comparación de textos: CRLF/CR -> LF, U+00A0 -> espacio, ^Z final eliminado y cualquier
racha de espacios en blanco colapsada a un espacio.
Sale con 0 si todo pasa; con 1 e imprime los fallos si no.
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
FAMILIES = {'wire': 8, 'press_release': 8, 'jekyll': 7, 'generic': 4, 'bad': 3}
LISTS = {'bylines', 'placement', 'boilerplate', 'must_keep'}
STRS = {'family', 'title', 'source', 'section', 'bulletin_number', 'issuer',
        'dateline_city', 'body_first_words', 'body_last_words', 'photo_credit',
        'refusal_reason'}
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
         'septiembre', 'octubre', 'noviembre', 'diciembre']


# ---------------------------------------------------------------- mini YAML
def scalar(raw, where):
    raw = raw.strip()
    if raw in ('null', '~', ''):
        return None
    if raw == 'true':
        return True
    if raw == 'false':
        return False
    if raw == '[]':
        return []
    if raw.startswith("'"):
        if not raw.endswith("'") or len(raw) < 2:
            raise ValueError('%s: cadena sin cerrar: %r' % (where, raw))
        inner = raw[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", '')):
            raise ValueError('%s: comilla simple sin escapar: %r' % (where, raw))
        return inner.replace("''", "'")
    if raw.startswith('"'):
        raise ValueError('%s: se esperaban comillas simples: %r' % (where, raw))
    return raw  # escalar sin comillas (no lo emitimos, pero lo aceptamos)


def load_yaml(path):
    data = {}
    order = []
    cur = None
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    if '\r' in text:
        raise ValueError('%s: el gold debe tener finales LF' % path)
    for n, line in enumerate(text.split('\n'), 1):
        if not line.strip():
            continue
        where = '%s:%d' % (os.path.basename(path), n)
        if line.startswith('- '):
            if cur is None or not isinstance(data[cur], list):
                raise ValueError('%s: elemento de lista fuera de lista' % where)
            data[cur].append(scalar(line[2:], where))
            continue
        m = re.match(r'^([a-z_]+):(?: (.*))?$', line)
        if not m:
            raise ValueError('%s: línea no reconocida: %r' % (where, line))
        key, raw = m.group(1), m.group(2)
        if key in data:
            raise ValueError('%s: clave repetida %s' % (where, key))
        order.append(key)
        cur = key
        data[key] = [] if raw is None else scalar(raw, where)
    return order, data


# ---------------------------------------------------------------- fuentes
def decode(b):
    if b.startswith(b'\xef\xbb\xbf'):
        s = b[3:].decode('utf-8')
        enc = 'utf-8-bom'
    else:
        try:
            s = b.decode('utf-8')
            enc = 'utf-8'
        except UnicodeDecodeError:
            s = b.decode('cp1252', errors='replace')
            enc = 'cp1252'
    s = s.rstrip('\x1a')
    s = s.replace('\r\n', '\n').replace('\r', '\n').replace('\u00a0', ' ')
    return s, enc


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def words(s):
    return [w for w in s.split() if re.search(r'\w', w)]


def date_forms(d):
    return [d.isoformat(),
            '%02d/%02d/%04d' % (d.day, d.month, d.year),
            '%d/%02d/%04d' % (d.day, d.month, d.year),
            '%02d.%02d.%04d' % (d.day, d.month, d.year),
            '%d de %s de %04d' % (d.day, MESES[d.month - 1], d.year)]


# ---------------------------------------------------------------- checks
def check(name, src_path, order, g, errs):
    def err(msg):
        errs.append('%s: %s' % (name, msg))

    if order != KEYS:
        err('claves/orden distintos: %s' % order)
        return
    # tipos
    if not isinstance(g['readable'], bool):
        err('readable no es bool')
    for k in LISTS:
        if not isinstance(g[k], list) or not all(isinstance(x, str) and x.strip() for x in g[k]):
            err('%s debe ser lista de cadenas no vacías' % k)
    for k in STRS:
        if g[k] is not None and (not isinstance(g[k], str) or not g[k].strip()):
            err('%s debe ser cadena no vacía o null' % k)
    if g['family'] not in FAMILIES:
        err('family desconocida: %r' % g['family'])
        return
    if g['published'] is not None and not isinstance(g['published'], bool):
        err('published debe ser bool o null')
    if g['date'] is not None:
        if not isinstance(g['date'], str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['date']):
            err('date debe ser ISO entre comillas o null: %r' % g['date'])
        else:
            try:
                datetime.date.fromisoformat(g['date'])
            except ValueError:
                err('date imposible: %r' % g['date'])

    fam = g['family']
    if fam == 'bad':
        if g['readable'] is not False:
            err('bad: readable debe ser false')
        for k in KEYS:
            if k in ('readable', 'family', 'refusal_reason'):
                continue
            if k in LISTS:
                if g[k] != []:
                    err('bad: %s debe estar vacío' % k)
            elif g[k] is not None:
                err('bad: %s debe ser null' % k)
        r = g['refusal_reason']
        if not r or not r.endswith('.') or r.count('. ') > 0:
            err('bad: refusal_reason debe ser una sola oración terminada en punto')
        return

    # legibles
    if g['readable'] is not True:
        err('readable debe ser true')
    if g['refusal_reason'] is not None:
        err('refusal_reason debe ser null')
    if not isinstance(g['published'], bool):
        err('published debe ser bool')
    elif fam != 'jekyll' and g['published'] is not True:
        err('published debe ser true fuera de jekyll')
    for k in ('title', 'body_first_words', 'body_last_words'):
        if not g[k]:
            err('%s vacío' % k)
    if fam != 'press_release':
        for k in ('bulletin_number', 'issuer', 'dateline_city'):
            if g[k] is not None:
                err('%s solo en press_release' % k)
    else:
        if not g['issuer'] or not g['dateline_city']:
            err('press_release sin issuer o dateline_city')
        if g['source'] != g['issuer']:
            err('press_release: source debe ser el emisor')
    if fam != 'jekyll' and g['placement']:
        err('placement solo en jekyll')
    if fam == 'generic':
        for k in ('source', 'section', 'photo_credit'):
            if g[k] is not None:
                err('generic: %s debe ser null' % k)
        if g['bylines']:
            err('generic: bylines debe estar vacío')
    if fam in ('wire', 'press_release') and not g['source']:
        err('%s sin source' % fam)

    with open(src_path, 'rb') as fh:
        raw = fh.read()
    text, enc = decode(raw)
    n = norm(text)
    nl = n.casefold()

    def has(s):
        return norm(s.replace('\u00a0', ' ')) in n

    if g['title'] and not has(g['title']):
        err('title no aparece: %r' % g['title'])
    for k in ('body_first_words', 'body_last_words'):
        if g[k] and not has(g[k]):
            err('%s no aparece: %r' % (k, g[k]))
        elif g[k] and len(words(g[k])) < 4:
            err('%s demasiado corto' % k)
    for k in ('boilerplate', 'must_keep', 'bylines', 'placement'):
        for x in g[k]:
            if k == 'placement':
                if x.casefold() not in nl:
                    err('placement no aparece: %r' % x)
            elif not has(x):
                err('%s no aparece: %r' % (k, x))
    for k in ('source', 'issuer', 'section'):
        if g[k] and norm(g[k]).casefold() not in nl:
            err('%s no aparece: %r' % (k, g[k]))
    if g['dateline_city'] and not has(g['dateline_city'] + ','):
        if not has(g['dateline_city'] + ';'):
            err('dateline_city no aparece antes de coma/punto y coma: %r' % g['dateline_city'])
    if g['bulletin_number'] and not has(g['bulletin_number']):
        err('bulletin_number no aparece: %r' % g['bulletin_number'])
    if g['photo_credit'] and not has('Foto: ' + g['photo_credit']):
        err('photo_credit no aparece tras «Foto:»: %r' % g['photo_credit'])
    if g['date']:
        d = datetime.date.fromisoformat(g['date'])
        if not any(f.casefold() in nl for f in date_forms(d)):
            err('la fecha %s no aparece en ninguna forma' % g['date'])
    for k in ('body_first_words', 'body_last_words', 'title'):
        for bp in g['boilerplate']:
            if g[k] and (norm(bp) in norm(g[k]) or norm(g[k]) in norm(bp)):
                err('%s se solapa con boilerplate: %r' % (k, bp))
    for mk in g['must_keep']:
        for bp in g['boilerplate']:
            if norm(bp) in norm(mk):
                err('must_keep contiene boilerplate: %r' % bp)

    # cuerpo
    f = norm(g['body_first_words'] or '')
    l = norm(g['body_last_words'] or '')
    i = n.find(f)
    j = n.rfind(l)
    if i < 0 or j < 0 or j + len(l) <= i:
        err('no se puede delimitar el cuerpo')
        return
    body = n[i:j + len(l)]
    for mk in g['must_keep']:
        if norm(mk) not in body:
            err('must_keep fuera del cuerpo: %r' % mk[:60])
    stripped = body
    for bp in sorted(g['boilerplate'], key=len, reverse=True):
        stripped = stripped.replace(norm(bp), ' ')
    wc = len(words(stripped))
    if not 150 <= wc <= 300:
        err('el cuerpo tiene %d palabras (150-300)' % wc)
    return enc, wc


def main():
    errs = []
    golds = sorted(x for x in os.listdir(HERE) if x.endswith('.gold.yaml'))
    srcs = sorted(x for x in os.listdir(HERE)
                  if re.match(r'^r\d\d-', x) and not x.endswith('.gold.yaml'))
    if len(golds) != 30 or len(srcs) != 30:
        errs.append('se esperaban 30 fuentes y 30 gold: %d / %d' % (len(srcs), len(golds)))
    counts = {}
    for gname in golds:
        stem = gname[:-len('.gold.yaml')]
        cands = [s for s in srcs if s.rsplit('.', 1)[0] == stem]
        if len(cands) != 1:
            errs.append('%s: fuente no encontrada o ambigua: %s' % (gname, cands))
            continue
        try:
            order, g = load_yaml(os.path.join(HERE, gname))
        except ValueError as e:
            errs.append(str(e))
            continue
        counts[g.get('family')] = counts.get(g.get('family'), 0) + 1
        res = check(cands[0], os.path.join(HERE, cands[0]), order, g, errs)
        if res:
            print('%-48s %-14s %-10s %3d palabras' % (cands[0], g['family'], res[0], res[1]))
        else:
            print('%-48s %-14s' % (cands[0], g.get('family')))
    if counts != FAMILIES:
        errs.append('conteo por familia %s != %s' % (counts, FAMILIES))
    if errs:
        print('\nFALLOS (%d):' % len(errs))
        for e in errs:
            print('  -', e)
        sys.exit(1)
    print('\nOK: 30 gold validados; familias %s' % counts)
    sys.exit(0)


if __name__ == '__main__':
    main()
