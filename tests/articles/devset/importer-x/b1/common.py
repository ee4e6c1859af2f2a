"""Shared helpers for the b1 blind test set (standard library only)."""

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def gold(family, title, date, first, last, **kw):
    """Gold record for a readable file; unspecified keys get neutral defaults."""
    g = dict(readable=True, family=family, title=title, date=date, published=True,
             bylines=[], source=None, section=None, placement=[],
             bulletin_number=None, issuer=None, dateline_city=None,
             body_first_words=first, body_last_words=last, boilerplate=[],
             must_keep=[], photo_credit=None, refusal_reason=None)
    for k, v in kw.items():
        if k not in g:
            raise KeyError(k)
        g[k] = v
    return g


def bad(reason):
    """Gold record for a file the importer must refuse."""
    return dict(readable=False, family='bad', title=None, date=None, published=None,
                bylines=[], source=None, section=None, placement=[],
                bulletin_number=None, issuer=None, dateline_city=None,
                body_first_words=None, body_last_words=None, boilerplate=[],
                must_keep=[], photo_credit=None, refusal_reason=reason)
