"""The note under a story a paper took from another outlet, naming where it first
ran («Esta nota se publicó originalmente en La Voz del Puerto.», «Publicado
originalmente por Agencia Norte», «Este artículo apareció primero en El Sol»):
never the story's text, and it names the story's outlet. A reproduction notice may
follow it in the same paragraph («… Prohibida su reproducción total o parcial.»).

The table is data: adding a wording is adding a row (and a test).
"""

import re

# What the note calls the story, and how it says it ran first (a row per wording).
NOTE_SUBJECTS = (
    r"(?:esta|la)\s+(?:nota|informaci[oó]n|historia|publicaci[oó]n|cr[oó]nica)",
    r"(?:este|el)\s+(?:art[ií]culo|texto|reportaje|material|contenido)",
)
FIRST_RAN = (
    r"se\s+public[oó]",
    r"fue\s+publicad[oa]",
    r"apareci[oó]",
    r"publicad[oa]",
)
FIRST_WORDS = (r"originalmente", r"por\s+primera\s+vez", r"primero", r"inicialmente")
_NOTE = re.compile(
    r"^[*_]*(?:(?:" + "|".join(NOTE_SUBJECTS) + r")\s+)?(?:" + "|".join(FIRST_RAN) + r")\s+"
    r"(?:" + "|".join(FIRST_WORDS) + r")\s+(?:en|por)\s+(?:el\s+sitio\s+(?:de\s+)?)?"
    r"(?P<outlet>[^\s.,;:!?][^\n.;:!?]{1,80}?)[*_]*\s*(?:[.;]|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def syndication_note(paragraph: str) -> tuple[str, str] | None:
    """(the outlet named, what follows the note in its paragraph) for a note of where
    the story first ran; None for any other paragraph."""
    match = _NOTE.match(paragraph.strip())
    if not match:
        return None
    return match.group("outlet").strip(' *_«»"“”'), match.group("rest").strip()
