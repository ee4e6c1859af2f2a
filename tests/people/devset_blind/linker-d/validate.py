#!/usr/bin/env python3
"""Validate the blind linker dev set: gold files vs. articles, and print per-batch counts.
Usage: python3 validate.py [batch ...]   (default: b1 b2 b3)"""
import glob, os, re, sys, unicodedata
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {'plural_list', 'feminine', 'rare_title', 'after_name', 'parenthesis', 'cuyo_titular',
         'surname_only_later', 'role_only_reference', 'former', 'military_rank', 'apposition',
         'no_comma', 'other'}
# ordered: first match wins
BODY_KINDS = [
    ('electoral body', r'electoral|elecciones|\bINE\b'),
    ('search commission', r'b[uú]squeda'),
    ('human-rights commission', r'derechos humanos'),
    ('victims commission', r'v[ií]ctimas'),
    ('DIF', r'desarrollo integral de la familia|\bDIF\b'),
    ('IMSS', r'seguro social'),
    ('ISSSTE', r'ISSSTE|seguridad y servicios sociales'),
    ('CFE', r'federal de electricidad'),
    ('Pemex', r'petr[oó]leos mexicanos|pemex'),
    ('navy', r'marina|naval'),
    ('army', r'militar|defensa nacional'),
    ('National Guard', r'guardia nacional'),
    ('civil protection', r'protecci[oó]n civil'),
    ('prosecutor', r'fiscal[ií]a'),
    ('audit office', r'auditor[ií]a|fiscalizaci[oó]n'),
    ('comptroller', r'contralor[ií]a|anticorrupci[oó]n'),
    ('transparency body', r'transparencia|acceso a la informaci[oó]n'),
    ('public university', r'universidad|tecnol[oó]gico'),
    ('water utility / authority', r'\bagua\b|hidr[aá]ulic|saneamiento'),
    ('health', r'salud|hospital|sanitari'),
    ('education', r'educaci[oó]n|educativ'),
    ('police / public security', r'seguridad (p[uú]blica|ciudadana)|polic[ií]a|tr[aá]nsito'),
    ('finance / treasury', r'finanzas|hacienda|tesorer[ií]a|administraci[oó]n tributaria'),
    ('legislature', r'congreso|c[aá]mara de diputados|senado|legislatura'),
    ('judiciary', r'tribunal|poder judicial|juzgado|judicatura'),
    ('municipal government', r'ayuntamiento|municipio|concejo municipal'),
    ('state executive', r'^gobierno del estado|^gobierno de '),
    ('federal agency', r'^secretar[ií]a de (bienestar|gobernaci[oó]n|agricultura|medio ambiente y recursos|econom[ií]a|infraestructura)|procuradur[ií]a federal|nacional de migraci[oó]n|comisi[oó]n nacional|registro agrario|procuradur[ií]a agraria|^delegaci[oó]n'),
    ('specialised institute', r'^instituto'),
    ('other state/municipal agency', r'.'),
]

def norm(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s).lower()

def body_kind(name):
    for k, rx in BODY_KINDS:
        if re.search(rx, name, re.I):
            return k
    return 'other'

def article_body(text, path):
    if path.endswith('.md') and text.startswith('---\n'):
        end = text.find('\n---\n', 4)
        return text[end + 5:], yaml.safe_load(text[4:end])
    return text, None

def words(s):
    return len(re.findall(r"[\wÁÉÍÓÚÜÑáéíóúüñ]+(?:[-'][\w]+)*", s))

def check(batch):
    errs, st = [], dict(art=0, off=0, f=0, former=0, traps=0, states=set(), bodies=set(),
                        kinds={}, formats={}, words=[])
    golds = sorted(glob.glob(os.path.join(ROOT, batch, '*.yaml')))
    for g in golds:
        base = g[:-5]
        arts = [p for p in (base + '.md', base + '.txt') if os.path.exists(p)]
        rel = os.path.relpath(g, ROOT)
        if len(arts) != 1:
            errs.append(f'{rel}: expected exactly one article beside it'); continue
        ap = arts[0]
        text = open(ap, encoding='utf-8').read()
        body, fm = article_body(text, ap)
        if ap.endswith('.md') and fm is not None:
            fmt = 'jekyll'
            for k in ('title', 'author', 'date', 'category'):
                if k not in fm: errs.append(f'{rel}: front matter lacks {k}')
            if not str(fm.get('date', '')).startswith('2025'): errs.append(f'{rel}: date not in 2025')
        elif ap.endswith('.md'):
            fmt = 'wire'
            lines = text.split('\n')
            if not lines[0].startswith('## ') or not re.match(r'^.+ · \d{1,2} de \w+ de 2025$', lines[1].strip() or lines[2].strip()):
                errs.append(f'{rel}: wire header malformed')
        else:
            fmt = 'press'
            if '---o0o---' not in text: errs.append(f'{rel}: press release lacks ---o0o---')
            if not re.search(r'^- \*\*.+\*\*', text, re.M): errs.append(f'{rel}: press release lacks highlights')
            if not re.search(r'^[^\n]+, [^\n]+, \d{1,2} de \w+ de 2025\.-', text, re.M):
                errs.append(f'{rel}: press release lacks dateline')
        st['formats'][fmt] = st['formats'].get(fmt, 0) + 1
        nw = words(body)
        st['words'].append(nw)
        if not 215 <= nw <= 300: errs.append(f'{rel}: {nw} words (want 215-300)')
        try:
            gold = yaml.safe_load(open(g, encoding='utf-8'))
        except Exception as e:
            errs.append(f'{rel}: YAML error {e}'); continue
        st['art'] += 1
        if not gold.get('state'): errs.append(f'{rel}: no state')
        st['states'].add(gold.get('state'))
        ntext = norm(text)
        inst_names = set()
        for inst in gold.get('institutions') or []:
            nm = inst.get('name'); also = inst.get('also') or []
            inst_names.add(nm)
            st['bodies'].add(body_kind(nm))
            if not any(f in text for f in [nm] + also):
                errs.append(f'{rel}: institution {nm!r}: no form occurs verbatim')
            for a in also:
                if norm(a) not in ntext: errs.append(f'{rel}: also form {a!r} of {nm!r} not in text')
        seen = set()
        for o in gold.get('officials') or []:
            nm = o.get('name')
            if nm in seen: errs.append(f'{rel}: duplicate official {nm}')
            seen.add(nm)
            if nm not in text: errs.append(f'{rel}: official name {nm!r} not verbatim in text')
            if o.get('gender') not in ('f', 'm'): errs.append(f'{rel}: {nm}: bad gender')
            if o.get('kind') not in KINDS: errs.append(f'{rel}: {nm}: bad kind {o.get("kind")}')
            if not isinstance(o.get('former'), bool): errs.append(f'{rel}: {nm}: former not bool')
            if not o.get('role'): errs.append(f'{rel}: {nm}: no role')
            if o.get('institution') not in inst_names:
                errs.append(f'{rel}: {nm}: institution {o.get("institution")!r} not in institutions')
            st['off'] += 1
            st['f'] += o.get('gender') == 'f'
            st['former'] += bool(o.get('former'))
            st['kinds'][o.get('kind')] = st['kinds'].get(o.get('kind'), 0) + 1
        for t in gold.get('traps') or []:
            tn = t.split(' (')[0]
            if tn not in text: errs.append(f'{rel}: trap {tn!r} not verbatim in text')
            if tn in seen: errs.append(f'{rel}: trap {tn!r} also listed as official')
            st['traps'] += 1
    return errs, st

def main():
    batches = sys.argv[1:] or ['b1', 'b2', 'b3']
    allerr, tot = [], dict(off=0, f=0, former=0, traps=0, states=set(), bodies=set(), art=0)
    for b in batches:
        errs, st = check(b)
        allerr += errs
        w = st['words'] or [0]
        print(f"{b}: articles={st['art']} formats={st['formats']} words={min(w)}-{max(w)} "
              f"official_mentions={st['off']} women={st['f']} ({100*st['f']/max(st['off'],1):.1f}%) "
              f"former={st['former']} traps={st['traps']} states={len(st['states'])} "
              f"body_kinds={len(st['bodies'])}")
        print(f"    kinds: {dict(sorted(st['kinds'].items()))}")
        for k in ('off', 'f', 'former', 'traps', 'art'): tot[k] += st[k]
        tot['states'] |= st['states']; tot['bodies'] |= st['bodies']
    print(f"TOTAL: articles={tot['art']} official_mentions={tot['off']} women={tot['f']} "
          f"({100*tot['f']/max(tot['off'],1):.1f}%) former={tot['former']} traps={tot['traps']}")
    print(f"  states ({len(tot['states'])}): {', '.join(sorted(s for s in tot['states'] if s))}")
    print(f"  body kinds ({len(tot['bodies'])}): {', '.join(sorted(tot['bodies']))}")
    for e in allerr: print('ERROR', e)
    print('OK' if not allerr else f'{len(allerr)} errors')
    sys.exit(1 if allerr else 0)

if __name__ == '__main__':
    main()
