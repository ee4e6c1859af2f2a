"""``extract_mentions``: the pure extractor, from an article's text to an Extraction.

Steps (entities.md §3.1): clean and fold the text; one gazetteer pass over all
registered aliases; institution phrases; mask institutions so no name can
swallow "Mexicano del Seguro Social"; office titles with their appositions;
in-article resolution of short forms; counts, snippets and evidence.
"""

from __future__ import annotations

import re
from datetime import date

from people.mentions import context, discovery, gazetteer
from people.mentions import lexicon as lx
from people.mentions.gazetteer import InstOcc, overlaps, word_boundaries
from people.mentions.institutions import (
    HELD_ONLY_HEADS,
    find_institution_phrases,
    government_parents,
    name_units_after_parents,
    office_parents,
)
from people.mentions.patterns import PAREN_ACRONYM, SAID_PRIVATE, word_starting
from people.mentions.records import (
    Extraction,
    ExtractionBasis,
    InstitutionHit,
    InstitutionRef,
    OfficialHit,
)
from people.mentions.registry import Registry
from people.mentions.resolution import Person, resolve_people
from people.mentions.role_text import without_government
from people.mentions.roles import UNIT_HEADS
from people.mentions.states import known_place
from people.mentions.text import BODY, Document, fold, normalize_alias

DEFAULT_JURISDICTION = "MX-ZAC"
# Categories of a seat in a legislature or a council (``roles``): the body of a post
# named with none ("presidente de la Comisión Inspectora, diputado X").
_SEATS = frozenset({"diputado", "senador", "municipal"})


def default_jurisdiction() -> str:
    """The newsroom's state: settings.NEWSROOM_JURISDICTION, "MX-ZAC" by default."""
    try:
        from django.conf import settings

        return getattr(settings, "NEWSROOM_JURISDICTION", DEFAULT_JURISDICTION) or ""
    except Exception:  # settings not configured: a plain script or a pure test
        return DEFAULT_JURISDICTION


def extract_mentions(
    title: str = "",
    deck: str = "",
    highlights=(),
    body: str = "",
    *,
    registry: Registry,
    published_on: date | None = None,
    jurisdiction: str | None = None,
    keep_basis: bool = False,
    dateline: str = "",
) -> Extraction:
    """The officials and institutions an article mentions. No database access.

    The texts are Markdown; emphasis, images and links are stripped first. With
    ``keep_basis`` the result records what it was computed against (``basis``),
    so the linker can use it in another process while the registry still agrees.
    ``dateline``: the town of a dateline taken out of the body (``dateline_city``).
    """
    if jurisdiction is None:
        jurisdiction = default_jurisdiction()
    doc = Document(title, deck, highlights, body)
    doc.dateline = dateline or ""
    basis = (
        ExtractionBasis(registry.lineage, registry.version, jurisdiction, doc.matching)
        if keep_basis
        else None
    )
    if not doc.text:
        return Extraction(published_on=published_on, basis=basis)

    known_insts, person_occs, deferred = gazetteer.scan(doc, registry, jurisdiction)
    phrases = find_institution_phrases(doc, registry, jurisdiction, known_insts)
    institutions = _acronym_repeats(doc, sorted(known_insts + phrases, key=lambda o: o.start))
    institutions = _not_said_private(doc.text, institutions)
    _short_names_of_long_ones(institutions)
    _headline_short_names(doc, institutions)
    name_units_after_parents(doc.text, institutions)
    masked = _mask(doc.text, institutions)
    folded_masked = _mask(doc.folded, institutions)
    candidates = discovery.find_officials(
        doc, masked, folded_masked, institutions, registry, jurisdiction
    )
    council = context.article_council(candidates, institutions, doc, registry, jurisdiction)
    if council is not None:
        before = {id(o): o.key for o in institutions}
        institutions = _council_words(doc, institutions, council)
        _follow_renamed_bodies(candidates, institutions, before)
    people = resolve_people(doc, registry, person_occs, deferred, candidates, institutions)
    officials, position_refs, title_named = _official_hits(doc, people)
    institutions = _bodies_named_bare(doc, institutions, position_refs)
    parents = office_parents(doc, registry, jurisdiction, institutions)
    parents += government_parents(doc, registry, jurisdiction, institutions + parents)
    if parents:
        institutions = sorted(institutions + parents, key=lambda o: o.start)
    inst_hits = _institution_hits(doc, institutions, title_named)
    # a body a title writes out ("la directora general de Agua de Hermosillo") has a holder;
    # one a title describes ("el director del hospital") is only what it resolved to
    written = [r for c, r in title_named if fold(r.name) in fold(c.role)]
    inst_hits = _buildings_left_out(inst_hits, position_refs + written)
    mentioned = {(h.id, h.key) for h in inst_hits}
    return Extraction(
        officials=tuple(officials),
        institutions=tuple(inst_hits),
        published_on=published_on,
        position_institutions=tuple(
            r
            for r in position_refs
            if (r.id, r.key) not in mentioned
            and not (r.id is not None and any(h.id == r.id for h in inst_hits))
        ),
        basis=basis,
    )


# What may open an issuer line's part before the body's name: "H.", "Honorable", a
# council's or a legislature's number ("XXV Ayuntamiento de Tijuana", "LXIV Legislatura").
_ISSUER_OPENING = re.compile(r"^(?:H\.\s*|Honorable\s+)?(?:[IVXLC]+\s+)?")


def issuer_institutions(
    issuer: str, text: str, *, registry: Registry, jurisdiction: str, named_too: bool = False
) -> tuple[InstitutionHit, ...]:
    """The public bodies a press release's issuer names ("H. Ayuntamiento de Benito
    Juárez, Quintana Roo"; "H. Congreso del Estado de Tabasco, LXIV Legislatura"), in
    the article's state: the importer takes the issuer's header out of the body, so the
    text may never name the body that speaks in it. The issuer counts whole when it is
    one body's name ("Secretaría para el Manejo, Saneamiento y Protección del Agua"),
    else each comma-separated part that is a body's name and nothing else; a part the
    article's ``text`` writes is left to the text's own reading (``named_too``: kept)."""
    parts = [part.strip() for part in issuer.split(",") if part.strip()]
    if not parts:
        return ()  # most articles: no issuer, and their text is not folded for nothing
    folded_text = fold(text)
    if len(parts) > 1 and not any(fold(p) in lx.STATE_BY_NAME for p in parts[1:]):
        whole = _issuer_bodies([", ".join(parts)], folded_text, registry, jurisdiction, named_too)
        if whole:
            return whole
    return _issuer_bodies(parts, folded_text, registry, jurisdiction, named_too)


def issuing_body(
    issuer: str, institutions, *, registry: Registry, jurisdiction: str
) -> InstitutionRef | None:
    """The one public body that issues a press release (``Article.issuer``), as the
    article's own ``institutions`` name it when they do: what an official of the release
    whose title names no body works for (``works_for_issuer``). None for no body or two."""
    hits = issuer_institutions(
        issuer, "", registry=registry, jurisdiction=jurisdiction, named_too=True
    )
    if len(hits) != 1:
        return None
    (hit,) = hits
    same = [h for h in institutions if h.key == hit.key or (hit.id and h.id == hit.id)]
    hit = same[0] if len(same) == 1 else hit
    return InstitutionRef(hit.name, hit.id, hit.key, hit.jurisdiction, hit.acronym, hit.aliases)


def works_for_issuer(hit: OfficialHit, body: InstitutionRef, towns=frozenset()) -> bool:
    """Does an official the text gave no body work for the release's issuing ``body``?
    Only a unit's head of any body ("la gerente divisional de Distribución Peninsular",
    "el superintendente de la Zona Carmen", "el subsecretario de Educación Básica": a
    row heading one of ``roles.UNIT_HEADS``), never a presiding post, and only when the
    title names no other level of government than the body's (``lexicon.TITLE_LEVELS``),
    no body of its own and no place (a state's, a city's or one of the article's
    ``towns``, folded). A delegate represents his body elsewhere: never the issuer's."""
    if hit.institution_ref is not None or not hit.role or hit.area:
        return False
    row = lx.role_row(hit.role)
    if row is None or row.heads not in UNIT_HEADS or row.category in ("presidente", "delegado"):
        return False
    parent = lx.UNIT_PARENT_HEADS.get(row.heads)
    if parent and not body.key.startswith(parent):
        return False  # "la subsecretaria de Empleo" in a university's release
    folded = f" {fold(hit.role)} "
    levels = {level for word, level in lx.TITLE_LEVELS.items() if f" {word} " in folded}
    code = body.jurisdiction
    own = "federal" if code == lx.FEDERAL else "town" if "/" in code else "state" if code else ""
    if levels and levels != {own}:
        return False
    # what follows the title: an area of the body's ("de Distribución Peninsular") or one
    # of its regional units ("de la Zona Carmen"), never a body of its own, named or
    # described ("del penal", "de la Ceagua", "para la Protección …"), nor a place
    title = next(f for f in sorted(map(fold, row.forms()), key=len, reverse=True) if f in folded)
    rest = folded.split(f"{title} ", 1)[1]
    if _BODY_AFTER_TITLE.search(rest) and not _REGION_AFTER_TITLE.match(rest):
        return False
    places = [part.strip() for part in rest.split(" de ")[1:]]
    return not any(known_place(place) or place in towns for place in places)


# A body or a place the text writes after a role as written keeps ("del Gobierno del
# Estado de …", "de Campeche").
_NAMED_AFTER_ROLE = re.compile(r" (?:de|del|de la|de los|de las) [A-ZÁÉÍÓÚÑ]")
# The keys a town's council opens with.
_COUNCIL_KEYS = ("ayuntamiento ", "municipio ", "alcaldia ", "presidencia municipal ")


def secretary_of_issuing_town(hit: OfficialHit, body: InstitutionRef, towns=frozenset()) -> bool:
    """Is an official a town council's release names by a secretary's title with no level,
    no body and no place ("la secretaria de Seguridad Ciudadana, X" in the Ayuntamiento de
    Pachuca's) that council's secretary, not the state's secretariat of that area the
    title alone gives? ``body``: the release's issuing council."""
    if "/" not in body.jurisdiction or not body.key.startswith(_COUNCIL_KEYS):
        return False
    ref = hit.institution_ref
    if ref is None or hit.past or hit.area or "/" in ref.jurisdiction:
        return False
    if ref.jurisdiction == lx.FEDERAL or not ref.key.startswith("secretaria de "):
        return False
    row = lx.role_row(hit.role)
    if row is None or row.heads != "secretaría":
        return False
    at = hit.evidence.find(hit.role)
    if at >= 0 and _NAMED_AFTER_ROLE.match(hit.evidence, at + len(hit.role)):
        return False  # "… de Protección Civil del Gobierno del Estado de Campeche, X"
    folded = f" {fold(hit.role)} "
    if any(f" {word} " in folded for word in lx.TITLE_LEVELS):
        return False
    title = next(f for f in sorted(map(fold, row.forms()), key=len, reverse=True) if f in folded)
    rest = folded.split(f"{title} ", 1)[1]
    if not rest.startswith("de ") or _BODY_AFTER_TITLE.search(rest):
        return False  # "secretario del Ayuntamiento", "… de la Secretaría de …"
    places = [part.strip() for part in rest.split(" de ")[1:]]
    return not any(known_place(place) or place in towns for place in places)


# What names a body of its own after a title: "del", "de la", "para la".
_BODY_AFTER_TITLE = re.compile(r"\b(?:del|de la|de las|de los|para|en)\b")
# A regional unit of the issuing body after a title: "de la Zona Carmen", "de la Región Sur".
_REGION_AFTER_TITLE = re.compile(r"^(?:\w+ )*?de la (?:zona|region) [^ ]+(?: [^ ]+)? $")


def _issuer_bodies(
    parts, folded_text, registry, jurisdiction, named_too=False
) -> tuple[InstitutionHit, ...]:
    if not named_too:
        parts = [part for part in parts if fold(part) not in folded_text]
    if not parts:
        return ()
    wanted = {_issuer_key(part) for part in parts}
    found = extract_mentions(body="\n\n".join(parts), registry=registry, jurisdiction=jurisdiction)
    return tuple(h for h in found.institutions if any(_issuer_key(s) in wanted for s in h.surfaces))


def _issuer_key(part: str) -> str:
    return normalize_alias(_ISSUER_OPENING.sub("", part.strip()))


def _buildings_left_out(hits: list[InstitutionHit], position_refs) -> list[InstitutionHit]:
    """The hits without the hospitals (and water utilities named after their town,
    ``institutions.HELD_ONLY_HEADS``) nobody in the text holds a post in.

    A hospital, clinic or medical centre the registry does not know is an
    institution when the text gives it a head or staff ("el director del Hospital
    General de Tapachula"); named alone it is the building a story happens in
    ("inauguró el área de urgencias del Hospital General…"), and the writers of the
    development sets list it only in the first case.
    """
    held = {r.key for r in position_refs if r.id is None}
    return [
        h
        for h in hits
        if h.id is not None or not h.name.startswith(HELD_ONLY_HEADS) or h.key in held
    ]


def _mask(text: str, institutions: list[InstOcc]) -> str:
    if not institutions:
        return text
    pieces, last = [], 0
    for occ in institutions:
        if occ.start < last:
            continue
        pieces.append(text[last : occ.start])
        pieces.append("\x00" * (occ.end - occ.start))
        last = occ.end
    pieces.append(text[last:])
    return "".join(pieces)


def _acronym_repeats(doc: Document, institutions: list[InstOcc]) -> list[InstOcc]:
    """Later bare uses of an acronym the article introduced: "… (INE)", then "el INE"."""
    text = doc.text
    discovered = [o for o in institutions if o.id is None and o.acronym]
    defined = [(o, o.acronym) for o in discovered]
    # A registry's body the article gives an acronym in its own spelling ("… de Culiacán
    # (Japac)" for the registry's "JAPAC"): the article's later "la Japac" is that body.
    for occ in institutions:
        if occ.id is None or not text.startswith(" (", occ.end):
            continue
        paren = PAREN_ACRONYM.match(text, occ.end)
        written = paren.group("acr") if paren else ""
        if not written or written == occ.acronym or fold(written) in lx.PARTIES:
            continue
        if not occ.acronym or fold(written) == fold(occ.acronym) or written in occ.aliases:
            defined.append((occ, written))
    if not defined:
        return institutions
    for occ in discovered:
        # The article defines the acronym ("el Órgano … (OOAD) del IMSS en Jalisco"): its
        # later uses are that body, though the registry knows the bare acronym as another's.
        for other in institutions:
            if other.start > occ.end and other.id is not None and other.surface == occ.acronym:
                other.name, other.key, other.id = occ.name, occ.key, None
                other.jurisdiction = occ.jurisdiction
    claimed = bytearray(len(text))
    for occ in institutions:
        claimed[occ.start : occ.end] = b"\x01" * (occ.end - occ.start)
    extra = []
    for occ, acronym in defined:
        pos = text.find(acronym)
        while pos != -1:
            end = pos + len(acronym)
            if word_boundaries(text, pos, end) and claimed.find(1, pos, end) == -1:
                claimed[pos:end] = b"\x01" * (end - pos)
                extra.append(
                    InstOcc(
                        pos,
                        end,
                        occ.name,
                        occ.key,
                        occ.id,
                        occ.jurisdiction,
                        occ.acronym or acronym,
                        acronym,
                        [],
                        "acronym",
                    )
                )
            pos = text.find(acronym, end)
    return sorted(institutions + extra, key=lambda o: o.start) if extra else institutions


# A town's unit named by its noun and area (``roles.OWN_UNITS``' nouns).
_UNIT_NOUNS = ("direccion ", "coordinacion ", "tesoreria", "contraloria", "comisaria ")


def _town_follows_unit(text: str, occ: InstOcc, town: str) -> bool:
    """A town's unit the gazetteer cut before its town: "Dirección de Protección Civil"
    written "… de Benito Juárez" (the council's town), with no town of its own."""
    return (
        occ.id is None
        and "/" not in occ.jurisdiction
        and occ.key.startswith(_UNIT_NOUNS)
        and " de " + normalize_alias(town) not in occ.key
        and text.startswith(f" de {town}", occ.end)
    )


# The town's council named by its bare noun: "en sesión de Cabildo", "del Ayuntamiento".
_COUNCIL_WORD = re.compile(
    word_starting("Ayuntamiento", "Cabildo") + r"(?![\w])(?! de [A-ZÁÉÍÓÚÑ])"
)


def _council_words(doc: Document, institutions: list[InstOcc], council) -> list[InstOcc]:
    """Bare "Ayuntamiento" and "Cabildo" are the article's council (``article_council``),
    and so is a council named by its town's first words ("Municipio de Soledad")."""
    town = context.council_town(council)
    for occ in institutions:
        if occ.key in lx.COUNCIL_BARE_NAMES or (
            occ.key != council.key and context.is_short_town(occ, council)
        ):
            occ.name, occ.key, occ.id = council.name, council.key, council.id
            occ.jurisdiction = council.jurisdiction
        elif _town_follows_unit(doc.text, occ, town):
            # "la Dirección de Protección Civil de Benito Juárez": the name stopped before
            # a town that reads as a person's name; the town is the unit's.
            occ.name = f"{occ.name} de {town}"
            occ.end += len(f" de {town}")
            occ.key, occ.jurisdiction = normalize_alias(occ.name), council.jurisdiction
        elif context.town_unit(occ.key, occ.id, occ.jurisdiction) or context.unplaced_town_unit(
            occ, council
        ):
            occ.name = f"{occ.name} de {context.council_town(council)}"
            occ.key, occ.jurisdiction = normalize_alias(occ.name), council.jurisdiction
        elif context.town_secretaria(occ, council):  # "Secretaría de Obras de Celaya"
            town = context.council_town(council)
            cut = occ.name.rfind(f" de {town}")
            if cut > 0:
                occ.name = occ.name[:cut] + f" de {town}"
                occ.key, occ.jurisdiction = normalize_alias(occ.name), council.jurisdiction
    extra = []
    has_word = "Ayuntamiento" in doc.text or "Cabildo" in doc.text  # the pattern's words
    for match in _COUNCIL_WORD.finditer(doc.text) if has_word else ():
        start, end = match.span()
        if overlaps(institutions, start, end):
            continue
        extra.append(
            InstOcc(
                start,
                end,
                council.name,
                council.key,
                council.id,
                council.jurisdiction,
                council.acronym,
                match.group(),
                [],
                "description",
            )
        )
    return sorted(institutions + extra, key=lambda o: o.start) if extra else institutions


def _follow_renamed_bodies(candidates, institutions: list[InstOcc], before: dict) -> None:
    """A post whose body ``_council_words`` renamed for the article's town ("Secretaría
    de Seguridad Pública de León" of León, not of the state) follows the new name: the
    post and the body listed are one."""
    renamed = {
        before[id(o)]: o
        for o in institutions
        if id(o) in before and before[id(o)] != o.key and o.id is None
    }
    if not renamed:
        return
    for candidate in candidates:
        ref = candidate.institution
        occ = renamed.get(ref.key) if ref is not None and ref.id is None else None
        if occ is not None:
            candidate.institution = InstitutionRef(
                occ.name, None, occ.key, occ.jurisdiction, occ.acronym or ref.acronym
            )


# Heads the press writes in lower case for the one such body an article's titles imply.
LOWER_CASE_HEADS = frozenset({"Ayuntamiento"})
# A body named by its head noun alone after an article: "pidió al Congreso", "la
# Fiscalía informó". Not when a name goes on ("el Congreso de la Unión").
_BARE_HEAD = (
    word_starting("El", "el", "La", "la", "Al", "al", "Del", "del")
    + r" ({head})(?![\w])(?! (?:de|del|de la) [A-ZÁÉÍÓÚÑ])"
)


def _bodies_named_bare(
    doc: Document, institutions: list[InstOcc], refs: list[InstitutionRef]
) -> list[InstOcc]:
    """A body an official's title implies ("la diputada local": the state's Congreso)
    is mentioned where the text names it by its bare head noun ("En el Congreso, …"):
    writers list it among the article's bodies."""
    extra = []
    taken = {(o.key, o.id) for o in institutions}
    heads = [k.split(" ", 1)[0] for k in dict.fromkeys(r.name for r in refs if r.name)]
    for ref in refs:
        head = ref.name.split(" ", 1)[0]
        if (ref.key, ref.id) in taken or not head[:1].isupper() or ref.name == head:
            continue
        if any(o.name.startswith(head + " ") for o in institutions):
            continue  # "la Fiscalía" then is the one the text named in full
        # "las pipas del ayuntamiento" after "el alcalde pozarricense": the one council a
        # title implies, named by its head in lower case (``LOWER_CASE_HEADS``)
        lower = head in LOWER_CASE_HEADS and heads.count(head) == 1
        forms = (head, head.lower()) if lower else (head,)
        if not any(form in doc.text for form in forms):
            continue  # (no need to build and run the pattern)
        pattern = _BARE_HEAD.format(head="|".join(re.escape(f) for f in forms))
        for match in re.finditer(pattern, doc.text):
            start, end = match.span(1)
            if overlaps(institutions, start, end):
                continue
            extra.append(
                InstOcc(
                    start,
                    end,
                    ref.name,
                    ref.key,
                    ref.id,
                    ref.jurisdiction,
                    ref.acronym,
                    match.group(1),
                    [],
                    "description",
                )
            )
            taken.add((ref.key, ref.id))
            break
    return sorted(institutions + extra, key=lambda o: o.start) if extra else institutions


def _first_span(doc: Document, spans: list[tuple[int, int]]) -> tuple[int, int]:
    body = doc.body_start()
    in_body = [s for s in spans if s[0] >= body]
    return min(in_body) if in_body else min(spans)


# Titles whose place names the council or the state's government ("el alcalde de
# Zapopan", "la gobernadora de Querétaro"), and the bodies they name.
_PLACE_TITLES = frozenset({"alcalde", "municipal", "presidente", "gobernador"})


def _alcaldia_of_a_title(cand, ref: InstitutionRef) -> bool:
    """ "El alcalde de Zapopan" names the Ayuntamiento de Zapopan: a mention of it
    (most writers list it; tests/people/devset was brought in line in session 6).
    Not Mexico City's alcaldías: there "alcaldía" is the mayor's office itself, not a
    council of many members, so the title names no other body."""
    return cand.category in _PLACE_TITLES and ref.key.startswith("alcaldia ")


def _official_hits(doc: Document, people: list[Person]):
    hits, refs, named = [], {}, []
    for person in people:
        spans = sorted(person.spans)
        start, end = _first_span(doc, spans)
        cand = person.candidate
        ref: InstitutionRef | None = cand.institution if cand else None
        if cand is not None and ref is None and not cand.past:
            # "el presidente de la Comisión Inspectora, diputado X": a post with no body
            # takes the body of the seat the article also gives the person
            ref = next(
                (
                    o.institution
                    for o in person.candidates
                    if o.institution and o.category in _SEATS
                ),
                None,
            )
        for other in person.candidates:
            other_ref = other.institution
            if other_ref is None:
                continue
            if (other.institution_named and not _alcaldia_of_a_title(other, other_ref)) or (
                other_ref.id is None and other_ref.acronym and other_ref.name == other_ref.acronym
            ):
                named.append((other, other_ref))
            else:
                refs.setdefault(other_ref.key or other_ref.name, other_ref)
        evidence = doc.sentence(cand.start, cand.end) if cand else doc.sentence(start, end)
        canonical_key = normalize_alias(person.name)
        aliases = tuple(
            dict.fromkeys(n for n in person.names if normalize_alias(n) != canonical_key)
        )
        hits.append(
            OfficialHit(
                name=person.name,
                id=person.id,
                count=len(spans),
                snippet=doc.snippet(start, end),
                role=without_government(cand.role) if cand else "",
                institution=ref.name if ref else "",
                institution_ref=ref,
                position_role=cand.position_role if cand else "",
                area=cand.area if cand else "",
                past=bool(cand and person.past_only),
                evidence=evidence,
                key=canonical_key,
                surfaces=tuple(dict.fromkeys(doc.text[s:e] for s, e in spans)),
                aliases=aliases,
                in_title=any(doc.in_title(s) for s, _ in spans),
            )
        )
    hits.sort(key=lambda h: (-h.count, h.name))
    return hits, list(refs.values()), named


def _institution_hits(
    doc: Document, institutions: list[InstOcc], title_named
) -> list[InstitutionHit]:
    groups: dict[object, dict] = {}
    previous: InstOcc | None = None
    for occ in institutions:
        ident = occ.id if occ.id is not None else ("new", occ.key, occ.jurisdiction)
        if (
            previous is not None
            and doc.text[previous.end : occ.start] in (" (", "(")
            and doc.text.startswith(")", occ.end)
        ):
            # "Instituto Mexicano del Seguro Social (IMSS)" is one mention, and the
            # acronym in parentheses belongs to the name before it, whatever else
            # the registry knows by that acronym.
            if _ident(previous) == ident:
                groups[ident]["surfaces"].append(occ.surface)
            continue
        group = groups.setdefault(
            ident, {"occ": occ, "spans": [], "surfaces": [], "aliases": [], "acronym": occ.acronym}
        )
        group["spans"].append((occ.start, occ.end))
        group["surfaces"].append(occ.surface)
        group["aliases"].extend(occ.aliases)
        group["acronym"] = group["acronym"] or occ.acronym
        previous = occ
    for cand, ref in title_named:
        ident = ref.id if ref.id is not None else ("new", ref.key, ref.jurisdiction)
        span = (cand.title_start, cand.title_start + len(cand.role))
        group = groups.get(ident)
        if group is None:
            occ = InstOcc(
                span[0],
                span[1],
                ref.name,
                ref.key,
                ref.id,
                ref.jurisdiction,
                ref.acronym,
                cand.role,
                [],
                "title",
            )
            group = groups[ident] = {
                "occ": occ,
                "spans": [],
                "surfaces": [],
                "aliases": list(ref.aliases),  # an organ's own name ("Mesa Directiva")
                "acronym": ref.acronym,
            }
        if not any(s < span[1] and span[0] < e for s, e in group["spans"]):
            group["spans"].append(span)
            group["surfaces"].append(cand.role)
    hits = []
    for group in groups.values():
        occ = group["occ"]
        spans = sorted(group["spans"])
        start, end = _first_span(doc, spans)
        hits.append(
            InstitutionHit(
                name=occ.name,
                id=occ.id,
                count=len(spans),
                snippet=doc.snippet(start, end),
                evidence=doc.sentence(spans[0][0], spans[0][1]),
                key=occ.key,
                acronym=group["acronym"],
                jurisdiction=occ.jurisdiction,
                surfaces=tuple(dict.fromkeys(group["surfaces"])),
                aliases=tuple(dict.fromkeys(a for a in group["aliases"] if a)),
                in_title=any(doc.in_title(s) for s, _ in spans),
            )
        )
    hits.sort(key=lambda h: (-h.count, h.name))
    return hits


# What goes on after a body's short name inside its full name: "Instituto de Crédito" then
# "para los Trabajadores al Servicio del Gobierno del Estado de Morelos".
_NAME_GOES_ON = (" para ", " de ", " del ", " al ", " a ", ", ")


def _short_names_of_long_ones(institutions: list[InstOcc]) -> None:
    """A body discovered by the first words of a name the article gave in full before
    ("el Instituto de Crédito para los Trabajadores al Servicio del Gobierno…", then
    "el Instituto de Crédito") is that body: its short name, not another one. Only when the
    full name goes on with a lower-case connector ("para los …"), never with a capitalised
    word ("Secretaría de Desarrollo" is no "Secretaría de Desarrollo Social"), and not when
    the short name is placed elsewhere (a federal body of the same name)."""
    discovered = [o for o in institutions if o.id is None and " " in o.name]
    if len(discovered) < 2:
        return
    for occ in discovered:
        for full in discovered:
            if full.start >= occ.start or not full.name.startswith(occ.name):
                continue
            if occ.jurisdiction and occ.jurisdiction != full.jurisdiction:
                continue  # "la Secretaría de Salud de Zacatecas … y la Secretaría de Salud federal"
            if full.name[len(occ.name) :].startswith(_NAME_GOES_ON):
                occ.name, occ.key, occ.jurisdiction = full.name, full.key, full.jurisdiction
                occ.acronym = occ.acronym or full.acronym
                break


def _headline_short_names(doc, institutions: list[InstOcc]) -> None:
    """A headline names a body short ("Tribunal de Disciplina suspende a juez") that the
    story names in full ("el Tribunal de Disciplina Judicial"): a discovered body of the
    title whose name is the first words of one body the story names is that body,
    whatever word goes on (a headline cuts names to fit). Two such bodies: none."""
    for occ in institutions:
        if occ.id is not None or " " not in occ.name or not doc.in_title(occ.start):
            continue
        fuller = {
            full.key: full
            for full in institutions
            if not doc.in_title(full.start)
            and full.name.startswith(occ.name + " ")
            and (not occ.jurisdiction or occ.jurisdiction == full.jurisdiction)
        }
        if len(fuller) == 1:
            (full,) = fuller.values()
            occ.name, occ.key, occ.jurisdiction = full.name, full.key, full.jurisdiction
            occ.id, occ.acronym = full.id, occ.acronym or full.acronym


def _not_said_private(text: str, institutions: list[InstOcc]) -> list[InstOcc]:
    """Leave out a body the text calls private right after naming it ("la Universidad
    del Desierto, una institución privada", ``patterns.SAID_PRIVATE``), every mention of
    it: a registry's body is never dropped (the registry says it is public)."""
    private = {
        occ.key
        for occ in institutions
        if occ.id is None and SAID_PRIVATE.match(text, occ.end) is not None
    }
    return [occ for occ in institutions if occ.id is not None or occ.key not in private]


def _ident(occ: InstOcc):
    return occ.id if occ.id is not None else ("new", occ.key, occ.jurisdiction)


__all__ = ["BODY", "extract_mentions"]
