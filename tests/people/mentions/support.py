"""Helpers of the linker's sentence tests: extract from one invented paragraph, read a post."""

from people.mentions import extract_mentions


def found(registry, text, state, dateline=""):
    """The mentions of ``text`` as the body of an article of ``state`` ("MX-COL")."""
    return extract_mentions(
        title="", body=text, registry=registry, jurisdiction=state, dateline=dateline
    )


def post(extraction, name):
    """(role, institution) of the official called ``name``; fails when not found."""
    hit = extraction.official(name)
    assert hit is not None, extraction.official_names
    return hit.role, hit.institution
