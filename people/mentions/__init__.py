"""Find and link the officials and institutions every article mentions.

Public API (the importer and the site call exactly these)::

    from people.mentions import Registry, link_article, link_articles

    registry = Registry.load()
    result = link_article(article, registry=registry)
    stats = link_articles(articles, registry=registry, batch_size=500)
    # extractions made elsewhere (the importer's workers), for just-created articles:
    extraction = extract_for_linking(title, deck, highlights, body, published_at, registry=...)
    stats = link_articles(articles, registry=registry, extractions=[...], fresh=True)

and the pure extractor, which needs no database::

    extract_mentions(title, deck, highlights, body, registry=..., published_on=None)
"""

from people.mentions.extraction import extract_mentions
from people.mentions.records import Extraction, InstitutionHit, InstitutionRef, OfficialHit
from people.mentions.registry import Registry


def __getattr__(name):
    # The database-facing parts import Django models: load them on first use so
    # the pure extractor stays importable without a configured project.
    if name in (
        "link_article",
        "link_articles",
        "link_edited_article",
        "link_edited_article",
        "extract_for_linking",
        "LinkResult",
        "LinkStats",
    ):
        from people.mentions import linking

        return getattr(linking, name)
    if name in ("approve", "reject", "merge", "resolve_merged"):
        from people.mentions import review

        return getattr(review, name)
    raise AttributeError(name)


__all__ = [
    "Extraction",
    "InstitutionHit",
    "InstitutionRef",
    "LinkResult",
    "LinkStats",
    "OfficialHit",
    "Registry",
    "approve",
    "extract_for_linking",
    "extract_mentions",
    "link_article",
    "link_articles",
    "link_edited_article",
    "merge",
    "reject",
    "resolve_merged",
]
