# Shared helpers for the part generators (standard library only).
def enc(text, crlf=False, bom=False, cp1252=False, mixed=False):
    """Encode text (written with \n) to exact bytes."""
    if mixed:
        # alternate LF / CRLF line by line
        lines = text.split('\n')
        out = []
        for i, ln in enumerate(lines[:-1]):
            out.append(ln + ('\r\n' if i % 3 == 1 else '\n'))
        out.append(lines[-1])
        text = ''.join(out)
    elif crlf:
        text = text.replace('\n', '\r\n')
    data = text.encode('cp1252' if cp1252 else 'utf-8')
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data

def gold(family, title, date, bylines, source, section, placement, first, last,
         boilerplate, keep, photo, published=True, bn=None, issuer=None, city=None):
    return {
        'readable': True, 'family': family, 'title': title, 'date': date,
        'published': published, 'bylines': list(bylines), 'source': source,
        'section': section, 'placement': list(placement), 'bulletin_number': bn,
        'issuer': issuer, 'dateline_city': city, 'body_first_words': first,
        'body_last_words': last, 'boilerplate': list(boilerplate),
        'must_keep': list(keep), 'photo_credit': photo, 'refusal_reason': None,
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
