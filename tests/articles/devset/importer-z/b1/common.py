"""Shared helpers for the z-set generators (standard library only)."""

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def enc(text, encoding='utf-8', eol='\n', bom=False):
    """Encode text written with '\\n' into exact bytes."""
    b = text.replace('\n', eol).encode(encoding)
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b


def G(**kw):
    d = dict(readable=True, family=None, title=None, date=None, published=True,
             bylines=[], source=None, section=None, placement=[],
             bulletin_number=None, issuer=None, dateline_city=None,
             body_first_words=None, body_last_words=None, boilerplate=[],
             must_keep=[], photo_credit=None, refusal_reason=None)
    for k in kw:
        if k not in d:
            raise KeyError(k)
    d.update(kw)
    return d


def BAD(reason):
    return G(readable=False, family='bad', published=None, refusal_reason=reason)
