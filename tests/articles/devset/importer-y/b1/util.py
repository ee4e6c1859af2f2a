"""Shared helpers for the b1 generator (standard library only)."""

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def G(**kw):
    g = {'readable': True, 'family': None, 'title': None, 'date': None,
         'published': True, 'bylines': [], 'source': None, 'section': None,
         'placement': [], 'bulletin_number': None, 'issuer': None,
         'dateline_city': None, 'body_first_words': None, 'body_last_words': None,
         'boilerplate': [], 'must_keep': [], 'photo_credit': None,
         'refusal_reason': None}
    for k, v in kw.items():
        assert k in g, k
        g[k] = v
    return g


def BAD(reason):
    return G(readable=False, family='bad', published=None, refusal_reason=reason)


def build(text, enc='utf-8', eol='\n', bom=False):
    """text uses \n; convert to eol and encode."""
    if text.startswith('\n'):
        text = text[1:]
    t = text.replace('\n', eol)
    b = t.encode(enc)
    if bom:
        b = b'\xef\xbb\xbf' + b
    return b
