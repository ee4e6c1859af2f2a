"""Helpers shared by part1/2/3: exact byte encoding and gold dicts."""

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def enc(text, encoding='utf-8', eol='\n', bom=False):
    """Encode text exactly. eol: '\n', '\r\n', or 'mixed' (CRLF on every other line)."""
    t = text.replace('\r\n', '\n')
    if eol == 'mixed':
        lines = t.split('\n')
        out = []
        for i, ln in enumerate(lines[:-1]):
            out.append(ln + ('\r\n' if i % 2 == 0 else '\n'))
        out.append(lines[-1])
        t = ''.join(out)
    elif eol != '\n':
        t = t.replace('\n', eol)
    b = t.encode(encoding)
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b


def gold(family, title, date, first, last, must_keep, boilerplate=(), published=True,
         bylines=(), source=None, section=None, placement=(), bulletin_number=None,
         issuer=None, dateline_city=None, photo_credit=None):
    return {
        'readable': True, 'family': family, 'title': title, 'date': date,
        'published': published, 'bylines': list(bylines), 'source': source,
        'section': section, 'placement': list(placement),
        'bulletin_number': bulletin_number, 'issuer': issuer,
        'dateline_city': dateline_city, 'body_first_words': first,
        'body_last_words': last, 'boilerplate': list(boilerplate),
        'must_keep': list(must_keep), 'photo_credit': photo_credit,
        'refusal_reason': None,
    }


def bad(reason):
    return {
        'readable': False, 'family': 'bad', 'title': None, 'date': None,
        'published': None, 'bylines': [], 'source': None, 'section': None,
        'placement': [], 'bulletin_number': None, 'issuer': None,
        'dateline_city': None, 'body_first_words': None, 'body_last_words': None,
        'boilerplate': [], 'must_keep': [], 'photo_credit': None,
        'refusal_reason': reason,
    }
