"""The note under a story a paper took from another outlet, naming where it first
ran («Esta nota se publicó originalmente en La Voz del Puerto.», «Publicado
originalmente por Agencia Norte», «Este artículo apareció primero en El Sol»):
never the story's text, and it names the story's outlet. The permission to run it may
close the note or follow it («… por El Sol y se reproduce con autorización.», «Se
reproduce con permiso.»), and a reproduction notice may follow it in the same paragraph
(«… Prohibida su reproducción total o parcial.»).

The table is data: adding a wording is adding a row (and a test).
"""

import re

# What the note calls the story, and how it says it ran first (a row per wording).
NOTE_SUBJECTS = (
    r"(?:esta|la)\s+(?:nota|informaci[oó]n|historia|publicaci[oó]n|cr[oó]nica)",
    r"(?:este|el)\s+(?:art[ií]culo|texto|reportaje|material|contenido)",
    # a blog's feed footer: «La entrada <its title> se publicó primero en <the blog>.»
    r"(?:esta|la)\s+entrada\s+[^\n]{1,300}?",
)
FIRST_RAN = (
    r"se\s+public[oó]",
    r"fue\s+publicad[oa]",
    r"apareci[oó]",
    r"publicad[oa]",
)
FIRST_WORDS = (r"originalmente", r"por\s+primera\s+vez", r"primero", r"inicialmente")
# How the note says the paper may run it, after the outlet or as a sentence of its own
# («… en El Sol y se reproduce con autorización.», «…, que lo republica bajo licencia
# Creative Commons.», «Se reproduce con permiso.»): the verb (optional), then the terms;
# a row per wording.
PERMISSION_VERBS = (
    r"(?:y\s+)?se\s+(?:reproduce|republica)",
    r"que\s+(?:aqu[ií]\s+)?(?:se\s+)?(?:l[oa]s?\s+)?(?:reproduce|republica)",
    r"(?:reproducid[oa]|republicad[oa])",
)
PERMISSION_TERMS = (
    r"con\s+(?:(?:la|su)\s+)?(?:autorizaci[oó]n|permiso)",
    r"bajo\s+(?:una\s+)?licencia\s+creative\s+commons",
    r"(?:como\s+parte\s+de|en\s+el\s+marco\s+de)\s+(?:una|la|su)\s+alianza",
)
_PERMISSION = (
    r"(?:(?:" + "|".join(PERMISSION_VERBS) + r")\s+)?(?:" + "|".join(PERMISSION_TERMS) + r")"
    r"[^\n.;:!?]{0,80}"
)
_NOTE = re.compile(
    r"^[*_]*(?:(?:" + "|".join(NOTE_SUBJECTS) + r")\s+)?(?:" + "|".join(FIRST_RAN) + r")\s+"
    r"(?:" + "|".join(FIRST_WORDS) + r")\s+(?:en|por)\s+(?:el\s+sitio\s+(?:de\s+)?)?"
    r"(?P<outlet>[^\s.,;:!?][^\n.;:!?]{1,80}?)"
    # the day it ran there («… en El Sol el 7 de septiembre de 2021 y se reproduce …»)
    r"(?:,?\s+(?:el\s+)?(?P<date>(?:[^\W\d_]+\s+)?\d{1,2}\s+de\s+[^\W\d_]+\s+(?:de\s+|del\s+)?\d{4}))?"
    r"(?:,?\s+(?:y\s+)?" + _PERMISSION + r")?"
    r"[*_]*\s*(?:[.;]|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_PERMISSION_SENTENCE = re.compile(r"^[*_]*" + _PERMISSION + r"[.]?[*_]*$", re.IGNORECASE)


# The same note in English, as blog platforms' exports print it («_Originally published
# at [site.example](…) on June 21, 2017._», «This story first appeared in El Sol»): the
# place as a link or as words, a date after «on» perhaps.
_ENGLISH_NOTE = re.compile(
    r"^[*_]*(?:(?:this|the)\s+(?:story|article|post|piece)\s+(?:was\s+)?)?"
    r"(?:originally|first)\s+(?:published|posted|appeared|ran)\s+(?:at|in|on|by)\s+"
    r"(?:\[(?P<link>[^\]\n]{1,80})\]\([^)\s]{1,300}\)|(?P<outlet>[^\s.,;:!?][^\n;:!?]{1,80}?))"
    r"(?:\s+on\s+[\w ,.]{3,40}?)?[*_]*\s*[.]?[*_]*$",
    re.IGNORECASE,
)
# A bare web address names a site or a platform, not an outlet («medium.example.mx»).
_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\S*$")


def syndication_note(paragraph: str) -> tuple[str, str] | None:
    """(the outlet named, what follows the note in its paragraph) for a note of where
    the story first ran; None for any other paragraph."""
    if english := _ENGLISH_NOTE.match(paragraph.strip()):
        outlet = (english.group("link") or english.group("outlet")).strip(' *_«»"“”')
        return ("" if _ADDRESS.match(outlet) else outlet), ""
    match = _NOTE.match(paragraph.strip())
    if not match:
        return None
    rest = match.group("rest").strip(" *_\n")  # the emphasis closing an italic note
    if _PERMISSION_SENTENCE.match(rest):
        rest = ""  # «… en El Sol. Se reproduce con autorización.»
    # «**Radio Sur**, integrante de la Red…»: the outlet, without its emphasis or apposition
    outlet = match.group("outlet").replace("**", "").split(", ", 1)[0]
    return outlet.strip(' *_«»"“”'), rest


def syndication_date(paragraph: str) -> str:
    """The day a note of where the story first ran says it ran there («Este texto se
    publicó originalmente en El Sol el 7 de septiembre de 2021…»), or ""."""
    match = _NOTE.match(paragraph.strip()) if len(paragraph) <= _DATED_NOTE_MAX else None
    return (match.group("date") or "") if match else ""


_DATED_NOTE_MAX = 600
