"""Shared helpers for the ab blind set generators (standard library only)."""

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def enc(text, encoding='utf-8', eol='\n', bom=False):
    """Text (written with \\n) -> bytes with chosen line ending/encoding."""
    if eol != '\n':
        text = text.replace('\n', eol)
    data = text.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data


def gold(family, title, date, bylines, source, first, last, boilerplate, keep,
         photo=None, section=None, placement=None, published=True,
         bulletin=None, issuer=None, city=None):
    return {
        'readable': True, 'family': family, 'title': title, 'date': date,
        'published': published, 'bylines': list(bylines), 'source': source,
        'section': section, 'placement': list(placement or []),
        'bulletin_number': bulletin, 'issuer': issuer, 'dateline_city': city,
        'body_first_words': first, 'body_last_words': last,
        'boilerplate': list(boilerplate), 'must_keep': list(keep),
        'photo_credit': photo, 'refusal_reason': None,
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
