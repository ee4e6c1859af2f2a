"""Finding officials nobody registered, from office titles and Mexican press appositions.

Office titles (entities.md §3.2) with their appositions (§3.4):

   - P1 ``el [nuevo] CARGO [de INST] [en LUGAR], NOMBRE``
   - P2 ``el [señor] CARGO NOMBRE`` (no comma)
   - P3 ``NOMBRE, [el] CARGO [de INST] [en LUGAR]`` closed by , . ; ) or " y "
   - P4 ``el titular de INST, NOMBRE`` (P1 with "titular")

   The title matches case-insensitively, the name only with capitals. Plural
   titles ("secretarios de Salud") never match. Names glued to place and
   building words (calle, avenida, municipio, Hospital…) are not people.

Pure: reads a Document (with institutions masked) and the Registry. Institution
phrases are found first, by ``people.mentions.institutions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import ahocorasick

from people.mentions import context, references
from people.mentions import lexicon as lx
from people.mentions.complements import (
    ADJECTIVE_RE,
    COURT_ADJECTIVE_RE,
    PLACE_DESCRIPTIONS,
    Complement,
    description_before_possessive,
    is_private,
    private_short_names,
    read_complement,
)
from people.mentions.gazetteer import InstOcc
from people.mentions.institutions import (
    LOWER_FACILITY_HEADS,
    NAMED_AFTER_PARENT,
    lookup_institution,
    opens_with_head,
    union_short_name,
    with_state,
)
from people.mentions.patterns import (
    CAP,
    FOREIGN_BODY,
    FOREIGN_CABINET,
    FOREIGN_TAIL,
    HOLDER_BEFORE_SAID,
    NAME,
    NON_PUBLIC,
    NON_PUBLIC_HEADS,
    NON_PUBLIC_OPENINGS,
    SAID_PRIVATE,
    UNION_SECTION,
    WORD,
)
from people.mentions.posts import municipal_ref, post_for
from people.mentions.records import InstitutionRef
from people.mentions.registry import Registry
from people.mentions.role_text import GOVERNMENT_NOUNS, without_government
from people.mentions.roles import UNIT_HEADS
from people.mentions.states import known_place, state_of, state_of_demonym
from people.mentions.text import Document, fold, fold_word, normalize_alias


def _accented(folded_words) -> list[str]:
    """ "secretarias" -> "secretarías": the written forms of folded plural nouns."""
    return [w.replace("ias", "ías") for w in folded_words if w.endswith("ias")]


_TITLE_GROUPS = [f"(?P<t{i}>{entry[0]})" for i, entry in enumerate(lx.TITLES)]


def _title_re(rows) -> re.Pattern:
    return re.compile(
        r"(?<![\w])(?P<ex>ex[- ]?)?(?:" + "|".join(_TITLE_GROUPS[i] for i in rows) + r")(?![\w])",
        re.IGNORECASE,
    )


# The title regex (every row of ``lx.TITLES``, in order) for each title word, with only the
# rows that have a form opening with that word: where the title pass found the word, no
# other row can match (each row's spellings fold to its forms), and trying a few rows
# instead of all of them is several times faster. The rows keep their order and group names.
_TITLE_RE_BY_WORD = {
    word: _title_re(
        [
            i
            for i, role in enumerate(lx.ROLES)
            if any(fold(f).split()[0] == word for f in role.forms())
        ]
    )
    for word in lx.TITLE_WORDS
}
assert not any(word.startswith("ex") for word in lx.TITLE_WORDS)  # "ex" is the prefix
# A rank may go on with its arm and its retirement: "coronel de Infantería en retiro X".
_HONORIFIC = (
    "(?:"
    + "|".join(re.escape(h) for h in sorted(lx.HONORIFICS, key=len, reverse=True))
    + ")(?-i:(?: de (?:"
    + "|".join(lx.RANK_ARMS)
    + "))?)(?: (?:"
    + "|".join(lx.RANK_RETIRED)
    + "))?(?-i:(?: (?:"
    + "|".join(re.escape(d) for d in lx.RANK_DIPLOMAS)
    + "))?)"
)
# After a comma, a dash or an opening parenthesis: "el director —X—", "(X)".
# A seat between a post and the name ("la presidenta de la Mesa Directiva, diputada X",
# "…, la diputada X"): the post is X's.
_SEAT = "|".join(re.escape(s) for s in sorted(lx.SEATS, key=len, reverse=True))
# "la directora, la doctora X", "—el ingeniero X—": an article may open the honorific too
_P1 = re.compile(
    rf" ?[,—–(] ?(?:(?:el |la )?(?:{_SEAT}) )?(?:(?:el |la )?(?i:{_HONORIFIC}) )?(?P<name>{NAME})"
)
_P2 = re.compile(rf" (?:(?:el |la )?(?i:{_HONORIFIC}) )?(?P<name>{NAME})")
_LINK_DAY = (
    "(?:(?:" + "|".join(lx.LINK_DAY_BEFORE) + ") )?"
    "(?:" + "|".join(re.escape(day) for day in lx.LINK_DAYS) + ")"
    "(?: (?:" + "|".join(lx.LINK_DAY_AFTER) + "))? "
)


def _link_pattern(link: str) -> str:
    """A clause of ``lx.NAME_TO_POST_LINKS`` with the day it may say: after "quien"
    ("quien el lunes rindió protesta como"), before its "como" ("quien rindió protesta el
    lunes como") or after a participle ("designado el viernes pasado")."""
    escaped = re.escape(link)
    if not link.startswith("quien "):
        return escaped + f"(?: {_LINK_DAY[:-1]})?"
    escaped = escaped.replace("quien\\ ", f"quien (?:{_LINK_DAY})?", 1)
    if link.endswith(" como"):
        escaped = escaped[: -len("\\ como")] + f" (?:{_LINK_DAY})?como"
    return escaped


_LINKS = "|".join(_link_pattern(link) for link in lx.NAME_TO_POST_LINKS)
# "X rindió protesta como …", "X asumió el lunes como …": the verb right after the name,
# with the day "quien" clauses may say before "como"
_VERB_LINKS = "|".join(
    _link_pattern(f"quien {link}")[len("quien ") :] for link in lx.NAME_VERB_POST_LINKS
)
_ORDINALS = "|".join(lx.TITLE_ORDINALS)
_ORDINAL_BEFORE = re.compile(rf"(?i)(?<![\w])(?:{_ORDINALS}) $")
_P3_TAIL = re.compile(
    rf"(?P<name>{NAME})(?: ?, ?| como | \(| ?[—–] ?| (?:{_VERB_LINKS}) )"
    rf"(?:(?i:el|la|quien es el|quien es la|actual|nuev[oa]|{_ORDINALS}|{_LINKS}) )*$"
)
# (after the post: a stop, a conjunction, "quien", or since or while when it is held: "X,
# presidente municipal sustituto de Apan desde enero, …", "… entre 2019 y 2021")
_P3_CLOSE = re.compile(r" ?(?:[,.;:)\]\n—–]|y |e |quien|desde |durante |entre \d|hasta |$)")
# The clauses of ``lx.FORMER_POST_LINKS`` between a name and its title: a former post.
_FORMER_LINK = re.compile("|".join(_link_pattern(link) for link in lx.FORMER_POST_LINKS) + r" $")


@dataclass
class Candidate:
    """A person found next to an office title."""

    name: str
    start: int
    end: int
    role: str  # as written
    position_role: str
    institution: InstitutionRef | None
    institution_named: bool  # the title itself names the institution ("secretario de Finanzas")
    area: str
    past: bool
    pattern: str
    title_start: int
    category: str = ""
    body_kinds: tuple[str, ...] = ()  # where the role sits (``roles.Role.body_kinds``)
    unit: str = ""  # the unit an unresolved title names ("Educación Básica")
    organ: str = ""  # an organ of the post's body the title names ("Mesa Directiva")
    own_unit: context.UnitTitle | None = None  # a unit of its own the title names


def find_officials(
    doc: Document,
    masked: str,
    folded_masked: str,
    institutions: list[InstOcc],
    registry: Registry,
    jurisdiction: str,
) -> list[Candidate]:
    """People next to office titles. ``masked`` is the text with institution names
    blanked out; ``folded_masked`` its folded form."""
    inst_at = {occ.start: occ for occ in institutions}
    titled: dict[int, InstOcc] = {}  # bodies named only by an earlier title
    found: list[Candidate] = []
    private_end = -1  # the end of the last private body a title named
    post_end = -1  # the end of the last title's post ("exmagistrado presidente")
    title_hits = list(_TITLE_WORDS.iter_long(folded_masked))
    later = []  # titles opening a sentence with no name: perhaps the last one's subject
    for end, word in title_hits:
        start = end + 1 - len(word)
        if end + 1 < len(masked) and masked[end + 1].isalnum():
            continue
        if start < private_end:
            continue  # "el presidente de la Coordinadora de …": no title of its own
        if start < post_end:
            continue  # "el exmagistrado presidente X": a word of the post before it
        if start >= 2 and folded_masked[start - 2 : start] == "ex":
            start -= 2  # "exgobernador"
        elif start >= 3 and folded_masked[start - 3 : start] in ("ex-", "ex "):
            start -= 3
        match = _TITLE_RE_BY_WORD[word].match(masked, start)
        if match is None:
            continue
        index = int(match.lastgroup[1:])
        candidate = _read_title(doc, masked, match, index, inst_at, registry, jurisdiction, titled)
        if candidate is None and _SENTENCE_ARTICLE.match(masked, max(0, start - 5)):
            later.append((match, index))
        if isinstance(candidate, _PrivateBody):
            private_end = candidate.end
        elif candidate is not None:
            found.append(candidate)
            _remember_titled(titled, candidate)
            post_end = candidate.title_start + len(candidate.role)
    _respectively(doc, masked, folded_masked, title_hits, found, inst_at, registry, jurisdiction)
    _joined_posts(doc, masked, folded_masked, title_hits, found)
    found.extend(
        _listed_officials(doc, masked, folded_masked, title_hits, inst_at, registry, jurisdiction)
    )
    _shared_titles(doc, masked, found, inst_at, registry, jurisdiction)
    found.extend(_counterparts(doc, masked, found, inst_at, registry, jurisdiction))
    found.extend(_verb_posts(doc, masked, found, inst_at, registry, jurisdiction))
    found.extend(_led_bodies(doc, masked, found, institutions, registry, jurisdiction))
    _titled_heads_of_led_bodies(masked, found, institutions)
    found.extend(_referred(doc, masked, found, inst_at, registry, jurisdiction))
    found.extend(_next_sentence(doc, masked, found, later, inst_at, registry, jurisdiction))
    context.resolve(found, institutions, doc, registry, jurisdiction)
    return found


# What may stand between the first of two posts one person holds and the "y" before the
# second: the first post's complement (an institution's name, masked; capitalised words;
# connectors; a level), never a verb, a stop, a comma or a bracket.
_JOINED_GAP = re.compile(
    rf"(?: (?:\x00+|{CAP}|[A-ZÁÉÍÓÚÑ]{{2,}}|de|del|la|las|los|el|en|para|y|e|local|"
    rf"municipal|estatal|federal|general|adjunto|adjunta|ejecutivo|ejecutiva|interino|"
    rf"interina))*"
)
_JOINED_ARTICLES = ("el ", "la ")


def _joined_posts(doc, masked, folded_masked, title_hits, found) -> None:
    """Two posts joined by "y" before one name ("el secretario de Finanzas y tesorero
    general del Estado, X"; "la diputada local y presidenta de la Comisión de Energía, X"):
    the first post opens the person's role as written. The first is introduced by an
    article and names nobody; the second follows "y" with no article of its own."""
    if not found:
        return
    starts = {}  # where each title opens ("ex" included) -> where its word ends
    for end, word in title_hits:
        start = end + 1 - len(word)
        starts[start - 2 if folded_masked[max(0, start - 2) : start] == "ex" else start] = end + 1
    holders = {c.title_start for c in found}
    for i, cand in enumerate(found):
        second = cand.title_start
        if second < 3 or folded_masked[second - 3 : second] != " y ":
            continue
        if doc.text[second : second + len(cand.role)] != cand.role:
            continue
        first = next(
            (
                start
                for start in sorted(starts, reverse=True)
                if second - 120 < start < second - 3
                and start not in holders
                and folded_masked[max(0, start - 3) : start] in _JOINED_ARTICLES
                and (start < 4 or not folded_masked[start - 4].isalnum())
                and _JOINED_GAP.fullmatch(masked, starts[start], second - 3)
            ),
            None,
        )
        if first is not None:
            found[i] = replace(cand, role=doc.text[first : second + len(cand.role)][:200])


# Posts listed one per name, then "respectivamente": "A y B, tesorera municipal y oficial
# mayor, respectivamente". Between two posts: a comma or "y"; after the last, the word.
_NEXT_LISTED_POST = re.compile(r"(?:,| y| e|, y|, e) ")
_RESPECTIVELY = re.compile(r",? respectivamente(?![\w])")


def _respectively(doc, masked, folded_masked, title_hits, found, inst_at, registry, jurisdiction):
    """Names listed, then as many singular posts, then "respectivamente": each name holds
    the post of its rank ("A y B, secretaria de Turismo y director de Reglamentos,
    respectivamente"). Replaces what reading each post alone gave (the last name with the
    first post)."""
    if "respectivamente" not in masked:
        return
    starts = {}  # where each title opens ("ex" included) -> its title match and row
    for end, word in title_hits:
        start = end + 1 - len(word)
        if start >= 2 and folded_masked[start - 2 : start] == "ex":
            start -= 2
        match = _TITLE_RE_BY_WORD[word].match(masked, start)
        if match is not None:
            starts.setdefault(start, (match, int(match.lastgroup[1:])))
    for closing in _RESPECTIVELY.finditer(masked):
        window = [s for s in sorted(starts) if closing.start() - 400 < s < closing.start()]
        first, chain = next(
            (
                (s, chain)
                for s in window
                if (
                    chain := _posts_chain(
                        doc, masked, starts, s, closing.start(), inst_at, jurisdiction
                    )
                )
            ),
            (None, None),
        )
        if chain is None:
            continue
        spans = _names_before(masked, first, len(chain))
        if not spans:
            continue
        blank = masked[: spans[0][0]] + " " * (first - spans[0][0]) + masked[first:]
        listed = []
        for (match, index), span in zip(chain, spans, strict=True):
            candidate = _read_title(
                doc,
                blank,
                match,
                index,
                inst_at,
                registry,
                jurisdiction,
                subject=lambda *_args, span=span: span,
            )
            if not isinstance(candidate, Candidate):
                break
            listed.append(replace(candidate, pattern="P3"))
        if len(listed) != len(chain):
            continue
        _share_last_body(doc, masked, chain, listed, inst_at, registry, jurisdiction)
        titles = {match.start() for match, _index in chain}
        found[:] = [
            c
            for c in found
            if c.title_start not in titles and not any(c.start < e and s < c.end for s, e in spans)
        ]
        found.extend(listed)


def _share_last_body(doc, masked, chain, listed, inst_at, registry, jurisdiction) -> None:
    """Bare titles of a "respectivamente" list share the last one's body ("A y B,
    presidenta y secretaria de la Comisión de Salud del Congreso, respectivamente"): in
    place, each bare title found no body is that title in the last one's body."""
    last, last_index = chain[-1]
    _adj, shared = _post_phrase(
        doc, masked, last.end(), lx.TITLES[last_index][4], inst_at, jurisdiction
    )
    if shared.institution is None:
        return  # "alcaldesa y secretario de Obras": an area is the last post's own
    complement = doc.text[last.end() : shared.written_end or shared.end]
    for i, ((match, index), candidate) in enumerate(zip(chain[:-1], listed, strict=False)):
        _regex, masculine, feminine, _needs, category = lx.TITLES[index]
        adjectives, comp = _post_phrase(doc, masked, match.end(), category, inst_at, jurisdiction)
        if candidate.institution is not None or comp.end != match.end():
            continue
        fem = _is_feminine(match.group(f"t{index}"), masculine, feminine)
        position_role, institution, named = post_for(
            category, masculine, feminine, fem, adjectives, shared, registry, jurisdiction,
            doc, shared.end,
        )  # fmt: skip
        if institution is None:
            continue
        role = _as_written(doc.text[match.start() : match.end()] + complement)
        listed[i] = replace(
            candidate, role=role[:200], position_role=position_role[:200],
            institution=institution, institution_named=named,
            organ=context.organ_of(shared),
        )  # fmt: skip


def _posts_chain(doc, masked, starts, first, closing, inst_at, jurisdiction):
    """The titles from ``first`` on, each right after the last one's post and a comma or
    "y", the last one's post ending at ``closing``; None unless two or more so."""
    chain = []
    pos = first
    while pos in starts:
        match, index = starts[pos]
        category = lx.TITLES[index][4]
        _adjectives, comp = _post_phrase(doc, masked, match.end(), category, inst_at, jurisdiction)
        chain.append((match, index))
        if comp.end == closing:
            return chain if len(chain) >= 2 else None
        gap = _NEXT_LISTED_POST.match(masked, comp.end)
        if gap is None:
            return None
        pos = gap.end()
    return None


def _held(category: str, role: str) -> str:
    """The post a title names for ``references``: "presidente municipal" is a mayor's;
    a title referred to by its own row ("ombudsperson") is that row's."""
    if category == "presidente" and " municipal" in role:
        return "alcalde"
    if category in references.REFERRING_ROLE_CATEGORIES:
        written = role.lstrip().lower().removeprefix("ex")
        for masculine, forms in references.REFERRING_FORMS.items():
            if written.startswith(forms):
                return masculine
    return category


_LEVEL_WORDS = frozenset({"municipal", "estatal", "federal", "local"})


def _referred(doc, masked, found, inst_at, registry, jurisdiction) -> list[Candidate]:
    """People given a title only by a later sentence ("… La alcaldesa agregó")."""
    bare = references.bare_titles(masked)
    if not bare:
        return []
    held = {_held(c.category, c.role) for c in found}
    rows = {i for i, what in references.ROW_HELD.items() if what in held}
    taken = [(c.start, c.end) for c in found]

    def name_at(start, end):
        return clean_name(masked, start, end, leading_trim=False)

    more = []
    for ref in references.references(masked, bare, taken, rows, name_at):
        _regex, masculine, feminine, _needs, category = lx.TITLES[ref.row]
        adjectives, comp = _post_phrase(doc, masked, ref.word_end, category, inst_at, jurisdiction)
        tail = doc.text[ref.word_end : ref.title_end]
        role = doc.text[ref.title_start : ref.word_end]
        if fold_word(tail.strip()) in _LEVEL_WORDS:
            role += tail  # "presidente municipal", but not "alcaldesa leonesa"
        if _held(category, role) in held:
            continue
        position_role, institution, named = post_for(
            category, masculine, feminine, ref.feminine, adjectives, comp, registry,
            jurisdiction, doc, comp.end,
        )  # fmt: skip
        more.append(
            Candidate(
                name=doc.text[ref.name[0] : ref.name[1]], start=ref.name[0], end=ref.name[1],
                role=role, position_role=position_role[:200], institution=institution,
                institution_named=named, area="", past=False, pattern="reference",
                title_start=ref.title_start, category=category,
                body_kinds=lx.ROLES[ref.row].body_kinds(),
            )
        )  # fmt: skip
    return more


_NEXT_SENTENCE = "next_sentence"
_NAME_RE = re.compile(NAME)
_SENTENCE_ARTICLE = re.compile(r"\. (?:El|La) ")
# The previous sentence's subject: a name at its opening, then its verb (a lower-case word
# that is no article, preposition or conjunction); the title's sentence goes on the same way.
_NOT_VERBS = frozenset({"del", "los", "las", "que", "con", "por", "para", "sus", "quien", "como"})
_SUBJECT_VERB = re.compile(r" (?P<verb>[a-záéíóúñ]{3,})(?![\w])")


def _verb_follows(masked: str, pos: int) -> bool:
    verb = _SUBJECT_VERB.match(masked, pos)
    return verb is not None and verb.group("verb") not in _NOT_VERBS


def _next_sentence(doc, masked, found, later, inst_at, registry, jurisdiction) -> list[Candidate]:
    """ "Ana Ruiz Soto firmó el convenio. La magistrada presidenta del Tribunal … dijo …":
    a title that writes its body out and opens a sentence with its verb, no name, is the
    person who opens the sentence before it (same paragraph) with a verb right after the
    name (no apposition: nothing else says who she is), when that person has no title in
    the article and nobody in it holds that post."""
    if not later:
        return []
    names = {c.name for c in found}

    def subject(start, comp, feminine):
        if not (comp.institution or comp.area) or not _verb_follows(masked, comp.end):
            return None
        stop = masked.rfind(". ", 0, start - 4)
        paragraph = masked.rfind("\n", 0, start)
        opening = max(stop + 2 if stop >= 0 else 0, paragraph + 1)
        word = masked[max(0, stop - 5) : stop].split(" ")[-1] if stop >= 0 else ""
        if opening == stop + 2 and (word[:1].isupper() or "." in word):
            return None  # "Lic. …", "S.A. …": no sentence's end
        named = _NAME_RE.match(masked, opening)
        span = named and clean_name(masked, named.start(), named.end(), leading_trim=False)
        if not span or span[0] != opening or not _verb_follows(masked, span[1]):
            return None
        name = masked[span[0] : span[1]]
        first = fold_word(name.split()[0])
        if first not in lx.GIVEN_NAMES and first not in lx.FEMININE_GIVEN_NAMES:
            return None
        if lx.is_feminine_name(name) != feminine or name in names:
            return None
        if any(c.start < span[1] and span[0] < c.end for c in found):
            return None
        if re.search(re.escape(name) + r" ?[,(—–]", masked):
            return None  # described elsewhere in the article
        return span

    more = []
    for match, index in later:
        candidate = _read_title(
            doc, masked, match, index, inst_at, registry, jurisdiction, subject=subject
        )
        if not isinstance(candidate, Candidate) or candidate.pattern != _NEXT_SENTENCE:
            continue
        post = _held_post(candidate)
        if any(_held_post(c) == post for c in found + more):
            continue  # someone in the article holds that post
        more.append(candidate)
    return more


def _held_post(candidate: Candidate) -> tuple[str, str]:
    """A post as held: the role without "ex", and its body."""
    role = fold(candidate.role).removeprefix("ex")
    ref = candidate.institution
    return role, ref.key if ref is not None else ""


def _automaton(words):
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# One Aho–Corasick pass finds candidate title words; the regex then checks each one.
_TITLE_WORDS = _automaton(lx.TITLE_WORDS)


@dataclass
class _PrivateBody:
    """A title refused because its body is private; titles inside the body's name
    ("Coordinadora de …") are no titles either."""

    end: int


def _remember_titled(titled: dict, candidate: Candidate) -> None:
    """A body a current official's title names ("la secretaria de Salud estatal"): what
    "la dependencia" may stand for in the sentences after it."""
    ref = candidate.institution
    if ref is not None and candidate.institution_named and not candidate.past:
        titled[candidate.title_start] = InstOcc(
            candidate.title_start, candidate.start, ref.name, ref.key, ref.id,
            ref.jurisdiction, ref.acronym, source="title",
        )  # fmt: skip


def _read_title(
    doc, masked, match, index, inst_at, registry, jurisdiction, titled=None, subject=None
) -> Candidate | _PrivateBody | None:
    _regex, masculine, feminine, needs_complement, category = lx.TITLES[index]
    title_word = match.group(f"t{index}")
    feminine_form = _is_feminine(title_word, masculine, feminine)
    start = match.start()
    mods = _modifiers_before(masked, start)
    past = bool(match.group("ex")) or any(m in lx.PAST_MODIFIERS for m in mods)

    adjectives, comp = _post_phrase(doc, masked, match.end(), category, inst_at, jurisdiction)
    # what both patterns below end with, in any case
    of_before = masked[max(0, start - 8) : start].lower().endswith(_OF_ARTICLES)
    if comp.non_public or (of_before and _LEADER_OF.search(masked, max(0, start - 24), start)):
        return _PrivateBody(comp.end)
    if (
        (comp.institution or comp.area or comp.acronym)
        and masked.startswith((",", " ("), comp.end)
        and SAID_PRIVATE.match(masked, comp.end)
    ):
        return _PrivateBody(comp.end)  # "director del Consejo …, asociación civil que …"
    tail_end = masked.find(",", match.end(), match.end() + 120)
    tail_end = tail_end if tail_end > 0 else comp.end
    if FOREIGN_TAIL.search(masked, match.end(), tail_end):
        return _PrivateBody(comp.end)  # "la ministra de Turismo de Guatemala": foreign
    if FOREIGN_BODY.search(doc.text, match.end(), tail_end) or (
        lx.ROLES[index].heads == "secretaría" and FOREIGN_CABINET.match(masked, match.end())
    ):
        return _PrivateBody(comp.end)  # "el director de la DEA", "el secretario de Estado"
    if comp.institution or comp.area or comp.acronym:
        holder = HOLDER_BEFORE_SAID.match(masked, comp.end)
        if holder is not None and SAID_PRIVATE.match(masked, holder.end()):
            return _PrivateBody(comp.end)  # "director de …, Juan Pérez, empresa concesionaria"
    if (
        lx.ROLES[index].heads == "secretaría"
        and comp.institution is None
        and lx.union_secretariat(fold_word(comp.area))
    ):
        return _PrivateBody(comp.end)  # "el secretario de Trabajo y Conflictos": a union's
    if lx.ROLES[index].category == "presidente" and _local_chapter(comp):
        return _PrivateBody(comp.end)  # "el presidente de Index Matamoros"
    if of_before and _DEPENDANT_OF.search(masked, max(0, start - 24), start):
        return None  # "el abogado de la regidora, X": X is the lawyer
    if _RUNNING_FOR.search(masked, max(0, start - 30), start):
        return None  # "el candidato a diputado local, X": X runs for the post
    if lx.ROLES[index].heads in UNIT_HEADS and _led_private_group(doc.text, start):
        return None  # "Empresarios locales, encabezados por el presidente del Consejo …"
    if mods[:1] == ["su"] or _POSSESSIVE.search(masked, max(0, start - 8), start):
        if _private_antecedent(doc.text, start, inst_at) or _foreign_antecedent(
            doc.text, start, inst_at
        ):
            return None  # "el Sindicato …, a través de su secretario general, X"
        comp.anaphoric = True  # "su director general, X", "cuya titular, X"
        if not comp.description and comp.institution is None:
            comp.description = description_before_possessive(masked, start)
    if comp.anaphoric and comp.institution is None:
        # "la dependencia estatal": the body's level; "cuya gerente estatal": the post's,
        # in a federal body's state office (no description: the level is no filter)
        level = _LEVEL_IN_TITLE.search(masked, start, comp.end) if comp.description else None
        comp.institution = _antecedent(
            {**titled, **inst_at} if titled and comp.description == "dependencia" else inst_at,
            start,
            comp.description,
            level.group(1) if level else "",
            lx.ROLES[index].body_kinds(),
            doc.text,
        )
        if comp.institution is None and comp.description in _PUBLIC_ONLY_AFTER_BODY:
            return None  # "la directora del plantel" of a private school named before
    if needs_complement and comp.end == match.end() and masked.startswith(",", comp.end):
        body = _body_just_before(masked, inst_at, start, lx.ROLES[index].heads)
        if body is not None:  # "En la Secretaría de Salud, la titular, X": its head
            comp.institution, comp.anaphoric = body, True

    road = _ROAD_UNIT.match(masked, comp.end) if comp.generic and not comp.institution else None
    body = _road_body(inst_at, start) if road and not comp.area else None
    if body is not None:
        # "el gerente de tramo de la Autopista del Sol, X" after Capufe: the road's body
        comp.institution, comp.generic, comp.end = body, False, road.end()
    has_complement = bool(
        comp.institution
        or comp.area
        or comp.acronym
        or comp.republic
        or comp.estado
        or comp.state
        or comp.place
        or comp.anaphoric
    )
    if (
        not has_complement
        and lx.ROLES[index].heads in UNIT_HEADS
        and not set(adjectives) & _LEVEL_WORDS
        and _private_antecedent(doc.text, start, inst_at, paragraph=True)
    ):
        # "El secretario general del Sindicato …, X. Su antecesor, el exsecretario general
        # Y": a title any body has, with no body of its own, after a private body named last
        return None
    # "designó como encargada de despacho a X": an appointment names a post of the body
    # that makes it, complement or not
    appointed = (
        bool(_APPOINTED_AS.search(masked, max(0, start - 8), start))
        and masked.startswith(" a ", comp.end)
        and masked[comp.end + 3 : comp.end + 4].isupper()
    )
    if needs_complement and not (
        appointed
        or comp.institution
        or comp.area
        or comp.acronym
        or comp.republic
        or comp.estado
        or comp.state
        or comp.anaphoric
        or "electoral" in adjectives  # "el consejero electoral Arturo Sosa Carlos"
        or "municipal" in adjectives  # "la tesorera municipal, Claudia Quiñones"
        or "presidenta" in adjectives  # "la consejera presidenta, Maricela Tecuapacho"
        or "presidente" in adjectives
        or "estatal" in adjectives
        or _given_name_follows(masked, comp.end)  # "la subsecretaria Elvira Santiago"
        or _one_body_before(inst_at, start, lx.ROLES[index].body_kinds())
    ):
        return None
    if comp.generic and not has_complement:
        return None
    if lx.ROLES[index].only_with_body and comp.institution is None:
        return None  # "el encargado de la obra, X", "la encargada de Logística, X"

    # The name: after the title (P1 with a comma, P2 without), or before it (P3).
    name_span, how = _name_after(masked, comp.end)
    if name_span is None and comp.anaphoric and masked.startswith(" es ", comp.end):
        name_span, how = _name_after(masked, comp.end + 3)  # "cuya directora es X"
    if name_span is None and appointed:  # "designó como tesorera a X"
        name_span, how = _name_after(masked, comp.end + 2)
    if name_span is None and (
        comp.description
        and (
            _heads_description(index, comp.description)
            or comp.description in _LOWER_FACILITIES
            # "el extitular del instituto Juan Pérez": a title any body has, of the body
            # the description stands for
            or (not lx.ROLES[index].heads and comp.institution is not None)
            # "el exdirector general del instituto Juan Pérez": a general head heads the
            # whole body the description stands for
            or ("general" in adjectives and comp.description not in PLACE_DESCRIPTIONS)
            # "la exdirectora del instituto Ana Ruiz Gil": any title, of a body the
            # description stands for, named in full before (so the name after it is no
            # word of the body's); never a place or a building ("del plantel Benito …")
            or _described_body_then_holder(masked, comp)
        )
    ):
        # "el exrector de la universidad Juan Pérez": the body the role heads, then its
        # holder (a place word before a name is otherwise the place's name)
        named = _P2.match(masked, comp.end)
        if named:
            span = clean_name(
                masked, named.start("name"), named.end("name"), leading_trim=False, place=False
            )
            name_span, how = (span, "P2") if span else (None, "")
    if name_span is None and past:
        # "la exalcaldesa de X y hoy presidenta de la Fundación …, Ana Ruiz": the former
        # post holds whatever the present one is
        now = _NOW_TOO.match(masked, comp.end)
        if now is not None:
            name_span, how = _name_after(masked, now.end())
    if name_span is None and not comp.generic:
        # "la diputada local y líder de la Sección 22, Ana Ruiz": a public post, then a
        # private one the same person holds; the public one is hers
        also = _AND_PRIVATE_POST.match(masked, comp.end)
        if also is not None and _private_post(masked[also.start() + 3 : also.end()], doc.text):
            name_span, how = _name_after(masked, also.end())
    if name_span is None:
        name_span, how = _name_before(doc, masked, start, comp.end)
    if name_span is None and subject is not None and not (comp.generic or comp.anaphoric):
        # "X recorrió la ruta. El coordinador estatal de Protección Civil pidió …"
        name_span = subject(start, comp, feminine_form)
        how = _NEXT_SENTENCE
    if name_span is None:
        return None
    name_start, name_end = name_span
    staff = _staff_of(masked, start) if how == "P1" and of_before else None
    if staff is not None:
        # "el jefe de la oficina privada del gobernador, X": X holds the post that serves
        # the title's holder, in the title's body
        position_role, institution, named = post_for(
            category, masculine, feminine, feminine_form, adjectives, comp, registry,
            jurisdiction, doc, comp.end,
        )  # fmt: skip
        role = _as_written(doc.text[staff.start("title") : comp.written_end or comp.end])
        if institution is None:
            return None
        return Candidate(
            name=doc.text[name_start:name_end], start=name_start, end=name_end,
            role=role[:200], position_role=role[:1].upper() + role[1:200],
            institution=institution, institution_named=named, area="",
            past=bool(staff.group("ex")), pattern=how, title_start=staff.start("title"),
            category="",
        )  # fmt: skip
    if how == "P3" and _FORMER_LINK.search(masked, name_end, start):
        past = True  # "X, quien fuera alcaldesa de …": a former post, with no "ex"
    if comp.generic and how != "P3" and not (comp.anaphoric and comp.institution):
        # but "…, cuya gerente de operaciones, X": the unit of the body just named
        return None

    ordinal = _ORDINAL_BEFORE.search(masked, max(0, start - 12), start)
    role_start = ordinal.start() if ordinal else start  # "primera visitadora general"
    role = _as_written(doc.text[role_start : comp.written_end or comp.end])
    if comp.place and fold_word(masculine.split("|")[0]) in lx.LOCALITY_TITLES:
        # "la subcomisaria de Sitpach": the locality is where she serves (its area), not
        # part of the post, which is her town council's
        role = _as_written(doc.text[start : match.end()])
    if title_word[:1].isupper() and _CAPITALISED_BEFORE.search(masked, max(0, start - 30), start):
        return None  # "el Consejo Coordinador de Los Cabos": a word of a body's name
    position_role, institution, named = post_for(
        category,
        masculine,
        feminine,
        feminine_form,
        adjectives,
        comp,
        registry,
        jurisdiction,
        doc,
        comp.end,
    )
    if institution is None and comp.anaphoric and comp.description in _FACILITY_WORDS:
        # "La directora del hospital, X" after "el Hospital General de Mazatlán …"
        institution = _facility_before(doc.text, start, registry, jurisdiction)
        named = institution is not None
    if institution is None and category == "judicial":
        # "la jueza cuarta de Distrito en Materia de Amparo en Puebla": her court
        institution = numbered_court(role, registry, jurisdiction)
        named = institution is not None
    area = comp.place or (lx.state_name(comp.state) if comp.state else "")
    if not area and ("estatal" in adjectives) and jurisdiction.startswith("MX-"):
        area = lx.state_name(jurisdiction)
    return Candidate(
        name=doc.text[name_start:name_end],
        start=name_start,
        end=name_end,
        role=role[:200],
        position_role=position_role[:200],
        institution=institution,
        institution_named=named,
        area=area,
        past=past,
        pattern=how,
        title_start=start,
        category=category,
        body_kinds=lx.ROLES[index].body_kinds(),
        unit=comp.area if institution is None else "",
        organ=context.organ_of(comp),
        own_unit=context.unit_title(lx.ROLES[index].heads, adjectives, comp, role)
        if institution is None
        else None,
    )


_PAREN_ACRONYM = re.compile(r" ?\([^()]{1,20}\)")
_CAPITALISED_BEFORE = re.compile(
    r"(?:Consejo|Comité|Instituto|Sistema|Organismo|Colegio|Centro|Órgano) $"
)
# "nombró como encargada de despacho a X": the title, then its new holder after "a"
# A former post, then what its holder is now, then the name: "… y hoy director del …, X".
_NOW_TOO = re.compile(
    r"(?:,? y|,) (?:hoy|ahora|actualmente|hoy en día) [^.;:,\n()—–]{1,120}(?=, [A-ZÁÉÍÓÚÑ])"
)
# A second post joined by "y" before the name: "… y líder de la Sección 22, X".
_AND_PRIVATE_POST = re.compile(r" y (?:(?:el|la) )?[^.;:,\n()—–\x00]{3,120}(?=, [A-ZÁÉÍÓÚÑ])")
_AND_POST_WORD = re.compile(r"[\w-]+")


def _private_post(phrase: str, text: str) -> bool:
    """Does a title's phrase name a private, union or party body ("líder de la Sección
    22", "dirigente estatal del PRI", "secretario general del Suteo")?"""
    words = {fold_word(w) for w in _AND_POST_WORD.findall(phrase)} - lx.TITLE_WORDS
    folded = fold_word(phrase)
    return bool(
        words & NON_PUBLIC
        or words & lx.PARTIES
        or words & private_short_names(text)
        or any(union_short_name(w) for w in words)
        or UNION_SECTION.search(folded)
        or FOREIGN_BODY.search(phrase)
    )


_APPOINTED_AS = re.compile(r"(?<![\w])como $")
_POSSESSIVE = re.compile(r"(?i)(?<![\w])(?:su|sus|cuyo|cuya|cuyos|cuyas) $")
# "el dirigente de la Coordinadora …": a title inside the name of the group a leader leads
_LEADER_OF = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(lx.LEADER_NOUNS) + r") de(?:l| la| los| las) $"
)

_OF_ARTICLES = (" del ", " de la ", " de los ", " de las ")
# "el abogado de la regidora, X", "la esposa del alcalde, X": X is not the title's holder
_DEPENDANT_OF = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(lx.DEPENDANT_NOUNS) + r") de(?:l| la| los| las) $"
)


# "el jefe de la oficina privada del gobernador, X", "la vocera de la alcaldesa, X": a
# post that serves the holder of the title after it, in one clause; X holds the first.
_STAFF_OF = re.compile(
    r"(?<![\w])(?:el|la|El|La) (?P<ex>ex-?)?(?P<title>(?P<word>[a-záéíóúñ]+)"
    r"(?: (?:" + "|".join(lx.STAFF_ADJECTIVES) + r"))?"
    r"(?: de(?:l| la| los| las)? [\wáéíóúñÁÉÍÓÚÑ]+(?: [\wáéíóúñÁÉÍÓÚÑ]+)?){0,3}) de(?:l| la) $"
)


def _staff_of(masked: str, start: int) -> re.Match | None:
    """The title of a post that serves the holder of the title at ``start`` (``_STAFF_OF``),
    opening with a title word; None otherwise."""
    for match in _STAFF_OF.finditer(masked, max(0, start - 80), start):
        if match.end() == start and fold_word(match.group("word")) in lx.TITLE_WORDS:
            return match
    return None


_ROAD_UNIT = re.compile(
    r" de (?:la |el )?(?:"
    + "|".join(lx.ROAD_UNITS)
    + r") de(?:l| la) (?:"
    + "|".join(lx.ROAD_FACILITIES)
    + r")(?: (?:de la|del|de|[A-ZÁÉÍÓÚÑ0-9][\w-]*))*(?<! de)(?<! del)(?<! de la)"
)
_ROAD_BODY_KEYS = tuple(f" {word} " for word in lx.ROAD_BODY_WORDS)


def _road_body(inst_at: dict, start: int):
    """The road body (``lx.ROAD_BODY_WORDS``) named last in the few sentences before
    ``start``; None when there is none."""
    for occ_start in sorted((s for s in inst_at if start - 600 < s < start), reverse=True):
        if any(key in f" {inst_at[occ_start].key} " for key in _ROAD_BODY_KEYS):
            return inst_at[occ_start]
    return None


# "el candidato a diputado local, X": the post sought, not held
_RUNNING_FOR = re.compile(
    r"(?i)(?<![\w])(?:"
    + "|".join(lx.CANDIDACY_NOUNS)
    + r")(?: independientes?)? a(?:l| la| las| los)? $"
)

_QUOTED_TAIL = re.compile(r' ["“«][^"“”«»]{1,60}["”»]$')


def _as_written(role: str) -> str:
    """The role as the text writes it, less acronyms in parentheses and a facility's
    own name in quotes at its end ("director del Hospital General Regional No. 1
    "Vicente Guerrero""): the page adds the institution's own."""
    return _QUOTED_TAIL.sub("", _PAREN_ACRONYM.sub("", role).strip(" ,"))


# Descriptions of bodies an article names few of ("la universidad", "la refinería").
_FEW_PER_ARTICLE = frozenset(
    {
        "universidad",
        "hospital",
        "clinica",
        "refineria",
        "aduana",
        "organismo",
        "organismo operador",
        "paramunicipal",
    }
)
# Descriptions any private body has too ("el área", "el plantel", "la división"): a
# public post only when they refer to a public body named before.
_PUBLIC_ONLY_AFTER_BODY = frozenset({"area", "plantel", "nosocomio", "division"})
# Descriptions that may stand for any body ("la dependencia", "su titular").
_ANY_BODY = frozenset({"", "dependencia", "organismo", "institucion", "entidad", "corporacion"})


_ORDINAL_COURT = re.compile(
    r"(?i)^(?:ex-?)?jue(?:z|za) (?P<ordinal>"
    + "|".join(lx.COURT_ORDINALS)
    + r")(?P<rest> (?:de distrito|de lo [a-záéíóúñ]+|laboral|familiar|penal|mercantil|civil)"
    r"(?![\w]).*)$"
)


def numbered_court(role: str, registry, jurisdiction: str) -> InstitutionRef | None:
    """The court a judge named by its number heads ("jueza cuarta de Distrito en el
    Estado de Jalisco" -> Juzgado Cuarto de Distrito en el Estado de Jalisco, a federal
    court; "juez segundo de lo familiar de Tula" -> the state's Juzgado Segundo de lo
    Familiar de Tula)."""
    match = _ORDINAL_COURT.match(role)
    if match is None:
        return None
    ordinal = lx.COURT_ORDINALS[fold_word(match.group("ordinal"))]
    rest = match.group("rest")
    name = f"Juzgado {ordinal}{rest}"
    federal = fold_word(rest).startswith(" de distrito")
    state = state_of(jurisdiction)
    jur = lx.FEDERAL if federal else state
    return _known_or_new(registry, name, jur, jurisdiction)


def _known_or_new(registry, name: str, jur: str, jurisdiction: str, aliases=()) -> InstitutionRef:
    """The registry's institution called ``name`` in ``jur``, else a new one by that name."""
    key = normalize_alias(name)
    inst_id = lookup_institution(registry, key, jur, jurisdiction)
    if inst_id is not None:
        rec = registry.institutions[inst_id]
        return InstitutionRef(rec.name, rec.id, normalize_alias(rec.name), rec.jurisdiction)
    return InstitutionRef(name, None, key, jur, "", tuple(aliases))


def _one_body_before(inst_at: dict, start: int, kinds: tuple[str, ...]) -> bool:
    """Does the article name, before a title with no body ("La rectora, X"), exactly one
    body of the kinds the role sits in (``roles.Role.sits_in``, else what it heads)?"""
    if not kinds:
        return False
    bodies = {
        occ.key: occ
        for at, occ in inst_at.items()
        if at < start and context.of_kind(occ.key, kinds)
    }
    if len(bodies) > 1:  # the INE and the state's institute: the state's
        bodies = {k: o for k, o in bodies.items() if o.jurisdiction.startswith("MX-")}
    return len(bodies) == 1


_BODY_THEN_TITLE = re.compile(r", (?:el|la) $")


def _body_just_before(masked, inst_at: dict, start: int, heads: str) -> InstOcc | None:
    """The body named right before a bare title ("Desde la Secretaría de Turismo, la
    secretaria, X"), when the role heads that kind of body (or any, for "titular")."""
    joint = _BODY_THEN_TITLE.search(masked, max(0, start - 6), start)
    if joint is None:
        return None
    occ = next((o for o in inst_at.values() if o.end == joint.start()), None)
    if occ is None or is_private(occ.name):
        return None
    if heads and not fold_word(occ.name).startswith(fold_word(heads)):
        return None
    return occ


# Health facilities named as written ("el Hospital General Regional No. 1 Ignacio García
# Téllez"), which a later "la directora del hospital" refers to.
_FACILITY_WORDS = frozenset({"hospital", "clinica"})
_FACILITY_NAMED = re.compile(
    rf"(?<![\w])(?:Hospital|Clínica|Centro Médico)(?: (?:de la |de los |del |de )?"
    rf"(?:No\.|Núm\.|núm\.|número|{CAP}|[A-ZÁÉÍÓÚÑ]{{2,}}(?![\w])|\d{{1,3}}(?![\w])|[IVXL]{{1,5}}(?![\w])))+"
)


def _facility_before(text: str, start: int, registry, jurisdiction) -> InstitutionRef | None:
    """The health facility named last before a title that says "del hospital"."""
    named = list(_FACILITY_NAMED.finditer(text, max(0, start - 600), start))
    if not named:
        return None
    name = named[-1].group()
    state = state_of(jurisdiction)
    key = normalize_alias(name)
    inst_id = lookup_institution(registry, key, state, jurisdiction)
    if inst_id is not None:
        record = registry.institutions[inst_id]
        return InstitutionRef(
            record.name, inst_id, normalize_alias(record.name), record.jurisdiction
        )
    return InstitutionRef(name, None, key, state)


# Facilities named in lower case before their own name ("la refinería Miguel Hidalgo"):
# when no holder follows between commas, the name after them is the title's holder ("el
# exgerente de la refinería Tomás Alor Guillén sostuvo"; ``institutions._facility_named``).
_LOWER_FACILITIES = frozenset(fold_word(h) for h in LOWER_FACILITY_HEADS)


# Descriptions a name after them may name instead of a holder: a building or a place
# ("la directora del plantel Benito Juárez", "el jefe de la zona Centro").
_NAMED_AFTER_DESCRIPTION = frozenset(
    {"plantel", "escuela", "preparatoria", "facultad", "normal", "hospital", "clinica"}
)


def _described_body_then_holder(masked: str, comp) -> bool:
    """A description that stands for a body named before ("del instituto"), then a
    person's name (a known given name) that is no word of that body's name."""
    if comp.institution is None or not comp.description:
        return False
    if comp.description in PLACE_DESCRIPTIONS or comp.description in _NAMED_AFTER_DESCRIPTION:
        return False
    if comp.description in _LOWER_FACILITIES or comp.description in _FACILITY_WORDS:
        return False
    named = _P2.match(masked, comp.end)
    if named is None or not _given_name_follows(masked, comp.end):
        return False
    first = fold_word(named.group("name").split()[0])
    return first in lx.GIVEN_NAMES and first not in fold_word(comp.institution.name).split()


def _heads_description(index: int, description: str) -> bool:
    """Is a lower-case description after the title ("de la universidad") the kind of
    body the role heads ("rector")?"""
    heads = lx.ROLES[index].heads
    return bool(heads) and fold_word(heads).split()[0] == description


# The level closing a description ("la titular de la dependencia estatal").
_LEVEL_IN_TITLE = re.compile(r" (estatal|federal|municipal)$")
# Bodies no "dependencia" stands for: a government's offices are none of these.
_NOT_DEPENDENCIES = ("universidad ", "refineria ", "hospital ", "petroleos ")
# Bodies no "organismo" stands for: an organismo is a decentralised or autonomous body,
# never a secretaría, a government, a council or a chamber.
_NOT_ORGANISMS = ("secretaria ", "gobierno ", "ayuntamiento ", "congreso ", "poder ")


def _antecedent(
    inst_at: dict,
    start: int,
    description: str,
    level: str = "",
    kinds: tuple[str, ...] = (),
    text: str = "",
) -> InstOcc | None:
    """The body a description or a possessive refers to: the nearest one named before
    it (within a few sentences) whose name starts with the same noun, or, for
    "la dependencia", "el organismo", "su", the nearest one; "la dependencia estatal"
    is the nearest state office ("federal", "municipal": of that level). A role that
    sits in one kind of body ("la visitadora general del organismo") takes the nearest
    body of that kind first."""
    # A body of the last few sentences; "la universidad", "la refinería" (an article
    # names few of them): the last one named so, anywhere before.
    window = 3000 if description in _FEW_PER_ARTICLE else 600
    before = sorted((s for s in inst_at if start - window < s < start), reverse=True)
    # A body named inside another's name ("el Hospital Regional de Pemex en Minatitlán,
    # cuyo director"): the whole name is the one referred to.
    before = [
        s
        for s in before
        if not any(o.start < s and inst_at[s].end <= o.end for o in inst_at.values())
    ]
    # "La Facultad de Química de la Universidad de Colima …; su directora": the unit
    # named after its parent, not the parent closing its name
    before = [_unit_of(inst_at, s, text) for s in before]
    if description == "organismo":
        before = [s for s in before if not inst_at[s].key.startswith(_NOT_ORGANISMS)]
    if kinds and description in _ANY_BODY:
        for occ_start in before:
            key = f" {inst_at[occ_start].key} "
            if level and not _of_level(inst_at[occ_start].jurisdiction, level):
                continue
            if any(f" {kind} " in key for kind in kinds):
                return inst_at[occ_start]
    for occ_start in before:
        occ = inst_at[occ_start]
        name = lx.without_honorific(fold_word(occ.name))
        if description == "dependencia" and name.startswith(_NOT_DEPENDENCIES):
            continue
        if level and not _of_level(occ.jurisdiction, level):
            continue
        if _described_by(occ, description):
            return occ
        # "la Dirección de Compras del ISSEA …; el exdirector general del instituto": the
        # body whose acronym closes a unit's name
        parent = _closing_parent(inst_at, occ, start)
        if parent is not None and _described_by(parent, description):
            return parent
    if description not in _ANY_BODY and not level:
        # "La Comisión de Derechos Humanos de X … [many sentences] … la presidenta de la
        # comisión": the one body of its noun the article named before, however far
        earlier = _one_described_before(inst_at, start, description, text)
        if earlier is not None:
            return earlier
        if description in lx.DESCRIBED_KINDS:
            # "el director del penal": the one prison the article named before
            return _one_of_kind(inst_at, start, description, text)
    if level == "federal" and description not in _ANY_BODY:
        # "la Agencia de Seguridad, Energía y Ambiente …; el director de la agencia
        # federal": a body of its noun whose level its name does not tell (no "Nacional",
        # no "Federal") is the one the writer calls federal
        for occ_start in before:
            occ = inst_at[occ_start]
            if not occ.jurisdiction and _described_by(occ, description):
                return occ
    return None


def _one_described_before(inst_at: dict, start: int, description: str, text: str):
    """The nearest body before ``start`` that ``description`` stands for, when every
    body it could stand for there is one (named once or more)."""
    before = sorted((s for s in inst_at if s < start), reverse=True)
    before = [
        s
        for s in before
        if not any(o.start < s and inst_at[s].end <= o.end for o in inst_at.values())
    ]
    matching = [inst_at[s] for s in (_unit_of(inst_at, s, text) for s in before)]
    matching = [occ for occ in matching if _described_by(occ, description)]
    if len({occ.key for occ in matching}) != 1:
        return None
    return matching[0]


def _one_of_kind(inst_at: dict, start: int, description: str, text: str) -> InstOcc | None:
    """The one body of the first kind of ``lexicon.DESCRIBED_KINDS[description]`` the
    article named before ``start`` ("el director del penal": the Cereso named before);
    two bodies of that kind, or none of any kind: None."""
    before = sorted((s for s in inst_at if s < start), reverse=True)
    before = [
        s
        for s in before
        if not any(o.start < s and inst_at[s].end <= o.end for o in inst_at.values())
    ]
    named = [inst_at[s] for s in dict.fromkeys(_unit_of(inst_at, s, text) for s in before)]
    for words in lx.DESCRIBED_KINDS[description]:
        kind = [
            occ
            for occ in named
            if any(f" {w} " in f" {lx.without_honorific(fold_word(occ.name))} " for w in words)
        ]
        if kind:
            return kind[0] if len({occ.key for occ in kind}) == 1 else None
    return None


def _closing_parent(inst_at: dict, unit: InstOcc, start: int) -> InstOcc | None:
    """The body named before ``start`` whose acronym closes ``unit``'s name."""
    if not unit.name[-1:].isupper():
        return None  # an acronym closes it: "… del ISSEA"
    for other in inst_at.values():
        if (
            other.start < start
            and other.surface.isupper()
            and unit.name.endswith((f" del {other.surface}", f" de la {other.surface}"))
        ):
            return other
    return None


def _described_by(occ: InstOcc, description: str) -> bool:
    """Can ``description`` ("instituto", "la dependencia", "su") stand for ``occ``?"""
    if description in _ANY_BODY:
        return True
    name = lx.without_honorific(fold_word(occ.name))
    return name.startswith(description) or name.startswith(lx.DESCRIBED_BODIES.get(description, ()))


def _unit_of(inst_at: dict, start: int, text: str = "") -> int:
    """The start of the unit whose name ``start``'s body closes ("Facultad de Química" +
    "de la" + "Universidad de Colima", then its acronym in parentheses), or whose parent
    it is in an apposition ("La Fiscalía Regional de Tijuana, dependiente de la Fiscalía
    General del Estado, cuyo titular": the unit), else ``start``."""
    occ = inst_at[start]
    for other_start, other in inst_at.items():
        joint = start - other.end
        if joint == 2 and other.key == occ.key:  # "Universidad de Colima (UdeC)"
            return _unit_of(inst_at, other_start, text)
        if 0 < joint <= 7 and fold_word(other.name).endswith(fold_word(occ.name)):
            return other_start
        if 0 < joint <= 40 and text and _PARENT_APPOSITION.fullmatch(text, other.end, start):
            return other_start
    return start


# Between a unit and its parent: ", dependiente de la", ", adscrita a la", ", órgano
# desconcentrado de la".
_PARENT_APPOSITION = re.compile(
    r"(?: \([^()]{1,20}\))?, (?:que es )?(?:dependiente|adscrit[oa]|perteneciente|"
    r"órgano desconcentrado|unidad|área) (?:del|de la|de los|de|al|a la|a los|a) "
)


def _of_level(jurisdiction: str, level: str) -> bool:
    if level == "federal":
        return jurisdiction == lx.FEDERAL
    if level == "municipal":
        return "/" in jurisdiction
    return jurisdiction.startswith("MX-") and "/" not in jurisdiction


# A group led by the person after the title: "Empresarios locales, encabezados por el
# presidente del Consejo …", "los comerciantes, representados por su líder …".
_LED_BY = re.compile(
    r"(?i)(?:encabezad[oa]s?|liderad[oa]s?|representad[oa]s?|dirigid[oa]s?) por (?:el|la|su) $"
)


def _local_chapter(comp) -> bool:
    """Is a president's area, with no article and no body, a name and then a city ("de
    Index Matamoros", "de Canirac Playa del Carmen")? That is the local chapter of a
    group; a public body's president names it by its head noun ("de la Comisión …")."""
    if comp.institution is not None or not comp.area or comp.area_connector != "de":
        return False
    _first, _, rest = comp.area.partition(" ")
    return bool(rest) and not opens_with_head(comp.area) and known_place(rest)


def _led_private_group(text: str, start: int) -> bool:
    """Is a title with no body of its own ("presidente", "director") the leader of a
    private group named just before it in the sentence (``NON_PUBLIC`` words)? A
    regidora or a diputado leading vecinos is still an official: only roles that head
    what any body has (``roles.UNIT_HEADS``) are asked."""
    led = _LED_BY.search(text, max(0, start - 40), start)
    if led is None:
        return False
    sentence_start = max(text.rfind(". ", 0, led.start()), text.rfind("\n", 0, led.start()))
    return any(
        fold_word(word.group()) in NON_PUBLIC
        for word in WORD.finditer(text, sentence_start + 1, led.start())
    )


def _private_antecedent(text: str, start: int, inst_at: dict, *, paragraph=False) -> bool:
    """Does "su"/"cuyo" before a title refer to a private body? The nearest body
    before it, within two sentences (``paragraph``: and in the title's paragraph),
    decides."""
    window_start = max(0, start - 250)
    if paragraph:
        window_start = max(window_start, text.rfind("\n", 0, start) + 1)
    last_public = max((o.end for s, o in inst_at.items() if window_start <= s < start), default=-1)
    last_private = -1
    short_names = private_short_names(text)
    for word in WORD.finditer(text, window_start, start):
        folded = fold_word(word.group())
        if folded in NON_PUBLIC or folded in NON_PUBLIC_HEADS or folded in short_names:
            last_private = word.end()
    if last_private > last_public:
        return True
    # a body refused as private by its whole name ("la Universidad La Salle …, cuyo
    # rector"), or one whose name holds a public body's ("la Federación de Estudiantes de
    # la Universidad de …, cuyo presidente"): no institution, but the antecedent all the
    # same when its name runs up to the last public body's end or past it
    return any(
        fold_word(run.group("first")) in _PRIVATE_FIRST_WORDS
        and run.end() >= last_public
        and is_private(run.group("body"))
        for run in _CAPITALISED_RUN.finditer(text, window_start, start)
    )


def _foreign_antecedent(text: str, start: int, inst_at: dict) -> bool:
    """Does "su"/"cuyo" before a title refer to a foreign government's body named after
    the last public one ("… del Departamento de Agricultura de Estados Unidos (USDA). Su
    subsecretario …")? A place alone ("deportados de Estados Unidos") is no body."""
    window_start = max(0, start - 250)
    last_public = max((o.end for s, o in inst_at.items() if window_start <= s < start), default=-1)
    window_start = max(window_start, last_public)
    if any(
        FOREIGN_TAIL.search(run.group("body")) or FOREIGN_BODY.match("de " + run.group("body"))
        for run in _CAPITALISED_RUN.finditer(text, window_start, start)
    ):
        return True
    return any(
        FOREIGN_BODY.fullmatch("de " + short.group())
        for short in _SHORT_NAME.finditer(text, window_start, start)
    )


_SHORT_NAME = re.compile(r"(?<![\w])[A-Z]{2,6}(?![\w])")


_CAPITALISED_RUN = re.compile(
    rf"(?:(?:El|La|Los|Las|Del|Al|En) )?"
    rf"(?P<body>(?P<first>{CAP})(?: (?:(?:de la|de los|de las|del|de|y) )?{CAP})+)"
)
# The first words of the bodies ``is_private`` refuses by their whole name.
_PRIVATE_FIRST_WORDS = frozenset(
    {
        *NON_PUBLIC_HEADS,
        *(opening.split()[0] for opening in NON_PUBLIC_OPENINGS),
        "universidad",
        "benemerita",
    }
)


def _given_name_follows(masked: str, pos: int) -> bool:
    """A person's name right after the title, with no comma (a known given name, or
    three capitalised words): the title alone is then the post of that person."""
    m = _P2.match(masked, pos)
    if not m:
        return False
    words = m.group("name").split()
    capitalised = [w for w in words if w[0].isupper()]
    return fold_word(words[0]) in lx.GIVEN_NAMES or len(capitalised) >= 3


# The capitalised name of a region after "divisional", before the body it belongs to.
_REGION = re.compile(rf"(?: {CAP}){{1,3}}(?= (?:de la|del|de) )")


# A town's demonym after a mayor's title, before the name, with or without a comma:
# "porteño", "tapatía", "el alcalde saltillense X".
_TOWN_DEMONYM = re.compile(
    r" (?:[a-záéíóúñ]+(?:ense|eño|eña|ano|ana|ino|ina|ío|ía|eco|eca)|"
    + "|".join(lx.TOWN_DEMONYM_FORMS)
    + r")(?=,? [A-ZÁÉÍÓÚÑ])"
)


# The endings of a town's demonym, and how many letters of the town's name they replace
# ("Tepic" + "ense", "Cuautl(a)" + "ense", "Zapop(an)" + "ano").
_DEMONYM_ENDINGS = ("ense", "eño", "eña", "ano", "ana", "ino", "ina")
_PLACE_RUN = re.compile(rf"{CAP}(?: (?:de |del |de la |de los )?{CAP}){{0,3}}")


def town_of_demonym(text: str, demonym: str) -> str:
    """The town a demonym names, when the text names it ("cuautlense" in a story that
    names Cuautla: "Cuautla"); "" when it names none, or more than one (an irregular
    demonym, "porteño", never matches: the article's town stays). A demonym of one town
    in the country ("regiomontano", "tapatía", ``lx.TOWN_DEMONYMS``) names it anyway."""
    town = lx.town_of_town_demonym(demonym)
    if town:
        return town
    folded = fold_word(demonym)
    stems = {folded[: -len(end)] for end in _DEMONYM_ENDINGS if folded.endswith(fold_word(end))}
    stems = {stem for stem in stems if len(stem) >= 5}
    if not stems:
        return ""
    towns = set()
    for run in _PLACE_RUN.finditer(text):
        written = run.group()
        words = written.split()
        if words[0] in _TOWN_KINDS and len(words) > 1:
            words = words[1:]  # "Ciudad Madero": "maderense"
        name = fold_word(" ".join(words)).replace(" ", "")
        if any(name[: len(name) - cut] in stems for cut in (0, 1, 2)) and not _is_person(written):
            towns.add(written)
    # "Madero" and "Ciudad Madero" in one story: the town's whole name
    towns = {t for t in towns if not any(o != t and o.endswith(" " + t) for o in towns)}
    return towns.pop() if len(towns) == 1 else ""


_TOWN_KINDS = frozenset({"Ciudad", "Villa", "Puerto", "Heroica"})


def _is_person(run: str) -> bool:
    return fold_word(run.split()[0]) in lx.GIVEN_NAMES and " " in run


# A state's demonym after a title or its complement, before the name: "el fiscal michoacano
# X", "la secretaria de Protección Civil veracruzana, X": the state the body belongs to.
_STATE_DEMONYM = re.compile(r" ([a-záéíóúñ]{5,20})(?=,? [A-ZÁÉÍÓÚÑ])")


def _state_demonym(masked: str, pos: int, jurisdiction: str = "") -> tuple[str, int]:
    """(the state's code, the end of the demonym) of a state's demonym at ``pos``.
    "capitalino" in an article of another state than Mexico City is that state's capital's
    (``_CAPITAL_DEMONYM``), no state's."""
    match = _STATE_DEMONYM.match(masked, pos)
    code = state_of_demonym(match.group(1)) if match else ""
    if code and _capital_of_another_state(match.group(1), jurisdiction):
        return "", pos
    return (code, match.end()) if code else ("", pos)


# "el secretario de Servicios Públicos Municipales capitalino": the capital of the article's
# state, Mexico City only in an article of Mexico City or of no state.
_CAPITAL_DEMONYM = re.compile(r" (capitalin[oa])(?=,? [A-ZÁÉÍÓÚÑ])")


def _capital_of_another_state(word: str, jurisdiction: str) -> bool:
    state = jurisdiction.split("/", 1)[0]
    return (
        word in ("capitalino", "capitalina")
        and state.startswith("MX-")
        and state not in ("MX-CMX", lx.FEDERAL)
    )


_LEVELS = frozenset({"estatal", "municipal"})
_LOWER_AREA = re.compile(
    r" de (?!(?:la|las|los|el|un|una)(?![\w]))[a-záéíóúñ]+"
    r"(?: (?!(?:de|del|la|las|los|el|en|a|al|que)(?![\w]))[a-záéíóúñ]+){0,2}(?=,? [A-ZÁÉÍÓÚÑ])"
)


def _post_phrase(doc, masked, pos, category, inst_at, jurisdiction):
    """The adjectives glued to a title ("director general", "diputado local") and
    the complement after them."""
    adjectives = []
    while True:
        adj = ADJECTIVE_RE.match(masked, pos)
        if not adj:  # in lower case only: "el fiscal de Distrito Zona Norte" names a unit
            adj = COURT_ADJECTIVE_RE.match(masked, pos)
        if not adj:
            break
        word = fold_word(adj.group(1))
        word = lx.SINGULAR_ADJECTIVES.get(word, word)
        if word in ("presidente", "presidenta") and category not in ("judicial", "director"):
            break
        adjectives.append(word)
        pos = adj.end()
    demonym = _TOWN_DEMONYM.match(masked, pos) if category == "alcalde" else None
    if demonym:  # "el alcalde porteño, X", "la alcaldesa tapatía, X": the article's town's
        pos = demonym.end()
    if adjectives and adjectives[-1] in lx.REGION_ADJECTIVES:
        region = _REGION.match(masked, pos)  # "gerente divisional Centro Sur de la CFE"
        if region:
            pos = region.end()
    # "alcalde de Cajeme", "presidente municipal de Cajeme": a town; "coordinador
    # municipal de Protección Civil": an area of the town's government.
    municipal = category in ("alcalde", "municipal") or (
        "municipal" in adjectives and category == "presidente"
    )
    before = pos
    state, pos = _state_demonym(masked, pos, jurisdiction) if category != "alcalde" else ("", pos)
    comp = read_complement(doc, masked, pos, inst_at, category, municipal)
    if demonym and not comp.place:
        # "la alcaldesa cuautlense" in a story that names Cuautla: that town's, not the
        # dateline's
        comp.place = town_of_demonym(doc.text, demonym.group().strip())
    if state and comp.end == pos:  # "el fiscal michoacano X": the role is "fiscal"
        comp.written_end = comp.written_end or before
    elif not state and not comp.state and (comp.institution or comp.area):
        state, end = _state_demonym(masked, comp.end, jurisdiction)
        if state:  # "la secretaria de Protección Civil veracruzana, X"
            comp.written_end, comp.end = comp.written_end or comp.end, end
        capital = _CAPITAL_DEMONYM.match(masked, comp.end) if not state else None
        if capital and _capital_of_another_state(capital.group(1), jurisdiction):
            # "el secretario de Servicios Públicos Municipales capitalino, X" in Querétaro
            comp.written_end, comp.end = comp.written_end or comp.end, capital.end()
            adjectives.append(capital.group(1))
    comp.state = comp.state or state
    if comp.generic and _LEVELS.intersection(adjectives):
        # "la excomisionada estatal de búsqueda X": a level, then its area in lower case
        area = _LOWER_AREA.match(masked, comp.end)
        if area:
            comp.end, comp.generic = area.end(), False
    adjectives += [a for a in comp.adjectives if a not in adjectives]
    comp.adjectives = tuple(adjectives)
    if "capitalino" in adjectives or "capitalina" in adjectives:
        comp.place = comp.place or lx.state_capital(jurisdiction)
    return adjectives, comp


def _plural_words_at(folded_masked, masked, title_hits):
    """Offsets of the whole words in the text that are the first word of a plural
    title, in order: the hits an Aho–Corasick pass over ``_PLURAL_WORDS`` would keep.

    That pass is not run: at the start of a word the automaton is at its root, so its
    hit there is the longest plural word the text opens with, and every plural word
    but a few (``_PLURALS_WITHOUT_TITLE``: "jueces") opens with a title word, so the
    title pass already stopped at that offset. Those few are looked up by ``str.find``.
    """
    starts = {end + 1 - len(word) for end, word in title_hits}
    for word in _PLURALS_WITHOUT_TITLE:
        pos = folded_masked.find(word)
        while pos != -1:
            starts.add(pos)
            pos = folded_masked.find(word, pos + 1)
    for start in sorted(starts):
        if start and folded_masked[start - 1].isalnum():
            continue
        for word in _PLURALS_BY_OPENING.get(folded_masked[start : start + 3], ()):
            if folded_masked.startswith(word, start):
                # the automaton's hit here (the longest plural word; it ends the word or
                # there is none)
                end = start + len(word)
                if end >= len(masked) or not masked[end].isalnum():
                    yield start
                break


def _listed_officials(
    doc, masked, folded_masked, title_hits, inst_at, registry, jurisdiction
) -> list[Candidate]:
    """Every name listed after one plural title: "los regidores X, Y y Z", "las
    diputadas locales X y Y, promoventes de…", "los titulares de Salud y Educación, X
    y Y". Each name gets the title as written and the singular row's post.
    ``title_hits``: the title pass's hits, where plural titles are looked for."""
    found: list[Candidate] = []
    for start in _plural_words_at(folded_masked, masked, title_hits):
        match = _PLURAL_RE.match(masked, start)
        if match is None:
            continue
        index = lx.PLURAL_TITLES.get(lx.fold(re.sub(r"\s+", " ", match.group("title"))))
        if index is None:
            continue
        _regex, masculine, feminine, _needs, category = lx.TITLES[index]
        # "los directores de las facultades de Medicina y de Psicología, X y Y"
        units = _units_listed(doc, masked, match, index, inst_at, registry, jurisdiction)
        units = units or _bodies_listed(doc, masked, match, index, inst_at, registry, jurisdiction)
        if units:
            found += units
            continue
        adjectives, comp = _post_phrase(doc, masked, match.end(), category, inst_at, jurisdiction)
        if comp.non_public or comp.generic:
            continue
        written = _as_written(doc.text[match.start() : comp.end])
        # "los presidentes municipales de A, B y C, X, Y y Z": a place each, in order.
        places, spans = _places_then_names(masked, comp, match.start())
        place_connector = ""
        if places:
            # the title, then each person's place: "presidente municipal de Cárdenas"
            before = written[: written.rfind(places[0])].rstrip()
            # "… de Cárdenas", "cónsules de México en Houston y Dallas": the connector each
            # place takes again
            connector = re.search(r" (de la|de los|de las|del|de|en)$", before)
            written = before[: connector.start()] if connector else before
            place_connector = connector.group(1) if connector else "de"
        else:
            names = _NAME_LIST.match(masked, comp.end)
            # "A y B, regidores de Solidaridad, propusieron …": the names first
            spans = _spans(masked, names) if names else _list_before(masked, match.start())
            if not spans:
                continue
            if masked.startswith((" y ", " e "), comp.end):
                # "… de Bienestar en la costa y la sierra, X y Y": one region each
                written = _REGION_READ.sub("", written)
            # "la síndica municipal y los regidores de Educación y de Salud, X, Y y Z": the
            # first name is the singular title's
            lead = (
                _lead_title(doc, masked, match.start(), inst_at, registry, jurisdiction)
                if len(spans) > 2
                else None
            )
            if lead is not None and (
                (names is not None and masked.startswith(", respectivamente", names.end()))
                or len(_areas_listed(comp.area, len(spans) - 1)) == len(spans) - 1
            ):
                (first, last), spans = spans[0], spans[1:]
                found.append(replace(lead, name=doc.text[first:last], start=first, end=last))
        # "Los ayuntamientos de A, B y C …; sus presidentes municipales, X, Y y Z": the
        # councils named before "sus", one each, in order (the role stays as written).
        towns = _councils_before(doc.text, match.start()) if not places else []
        if len(towns) != len(spans) or comp.institution is not None or comp.place or comp.area:
            towns = []
        if (
            not towns
            and not places
            and lx.ROLES[index].heads == "ayuntamiento"
            and comp.institution is None
            and not comp.place
            and not comp.area
        ):
            # "los ediles X (Alvarado) y Y (Boca del Río)": a town each
            towns = _towns_in_parentheses(masked, spans)
        title = match.group("title")
        feminine_list = fold_word(title).endswith("as")
        posts = {}
        area = comp.place or (lx.state_name(comp.state) if comp.state else "")
        # "los titulares de Salud y Educación, X y Y": one area each, in order.
        areas = _areas_listed(comp.area, len(spans))
        # "los titulares de Salud y de Movilidad del Gobierno del Estado, X y Y": the
        # government only says whose areas they are; any other body is the post's own.
        shared_government = comp.institution is not None and comp.institution.key.startswith(
            _GOVERNMENT_KEYS
        )
        if len(areas) != len(spans) or (comp.institution is not None and not shared_government):
            areas = []
        for i, span in enumerate(spans):
            name = doc.text[span[0] : span[1]]
            fem = feminine_list or lx.is_feminine_name(name)
            own = replace(comp, area=areas[i]) if areas else comp
            if places:
                own = replace(comp, **{"place" if comp.place else "area": places[i]})
            elif towns:
                own = replace(own, place=towns[i])
            if (fem, own.area, own.place) not in posts:
                posts[fem, own.area, own.place] = post_for(
                    category, masculine, feminine, fem, adjectives, own, registry,
                    jurisdiction, doc, comp.end,
                )  # fmt: skip
            position_role, institution, named = posts[fem, own.area, own.place]
            # Each person's role is the title in the singular and in their gender:
            # "las diputadas locales X y Y" -> "diputada local".
            role = singular_role(written, len(title), lx.ROLES[index], fem)
            if places and fold_word(masculine.split("|")[0]) not in lx.LOCALITY_TITLES:
                role = f"{role} {place_connector} {places[i]}"
            if areas:
                # "titulares de Salud y de Obras Públicas municipales" -> "titular de Salud"
                role = _PLURAL_LEVEL.sub("", role.replace(comp.area, areas[i], 1))
                # "los titulares de Salud y Bienestar del estado" -> "titular de Salud": the
                # state all the areas share, as their level, is no part of each one's role
                role = _SHARED_STATE.sub("", role)
                if shared_government:
                    role = without_government(role)
                if comp.state and role.endswith(f" de {lx.state_name(comp.state)}"):
                    role = role[: -len(f" de {lx.state_name(comp.state)}")]
            found.append(
                Candidate(
                    name=name,
                    start=span[0],
                    end=span[1],
                    role=role[:200],
                    position_role=position_role[:200],
                    institution=institution,
                    institution_named=named,
                    area=area,
                    past=False,
                    pattern="list",
                    title_start=match.start(),
                    category=category,
                    body_kinds=lx.ROLES[index].body_kinds(),
                    own_unit=context.unit_title(lx.ROLES[index].heads, adjectives, own, role)
                    if places or areas
                    else None,
                )
            )
    return found


# A singular title joined to a plural one: "la síndica municipal y los regidores …".
_LEAD = re.compile(
    r"(?:el|la|El|La) (?P<title>[a-záéíóúñ]+(?: [a-záéíóúñ]+)?) (?:y|e) (?:los|las) $"
)


def _lead_title(doc, masked, start, inst_at, registry, jurisdiction) -> Candidate | None:
    """The singular title before "y los <plural title>", whole ("la síndica municipal"), as
    a candidate with no name yet."""
    lead = _LEAD.search(masked, max(0, start - 50), start)
    regex = _TITLE_RE_BY_WORD.get(fold_word(lead.group("title").split()[0])) if lead else None
    title = regex.match(masked, lead.start("title")) if regex else None
    if title is None or title.group("ex"):
        return None
    index = int(title.lastgroup[1:])
    _regex, masculine, feminine, needs_complement, category = lx.TITLES[index]
    adjectives, comp = _post_phrase(doc, masked, title.end(), category, inst_at, jurisdiction)
    if comp.end != lead.end("title") or (needs_complement and not adjectives):
        return None
    fem = _is_feminine(title.group(f"t{index}"), masculine, feminine)
    position_role, institution, named = post_for(
        category, masculine, feminine, fem, adjectives, comp, registry, jurisdiction, doc,
        comp.end,
    )  # fmt: skip
    return Candidate(
        name="", start=0, end=0, role=doc.text[title.start() : comp.end],
        position_role=position_role[:200], institution=institution, institution_named=named,
        area="", past=False, pattern="list", title_start=title.start(), category=category,
        body_kinds=lx.ROLES[index].body_kinds(),
    )  # fmt: skip


_UNIT_ITEM = (
    r"[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de la|de los|de las|del|de|y|e) [A-ZÁÉÍÓÚÑ][\w]+| [A-ZÁÉÍÓÚÑ][\w]+)*"
)
_UNIT_NOUNS = "|".join([*lx.PLURAL_UNITS, *_accented(lx.PLURAL_UNITS)])
_UNIT_DESCRIPTIONS = "|".join(sorted(lx.PLURAL_UNIT_DESCRIPTIONS, key=len, reverse=True))
_UNITS_LISTED = re.compile(
    rf" de (?:los|las) (?:(?P<noun>{_UNIT_NOUNS})(?: (?P<level>estatales|municipales))?"
    rf"|(?P<described>{_UNIT_DESCRIPTIONS})) de "
)
_ITEMS = re.compile(
    rf"(?:(?:de la |de los |del |de )?{_UNIT_ITEM}(?:, | y | e ))+"
    rf"(?:de la |de los |del |de )?{_UNIT_ITEM}"
)
_ITEM_SPLIT = re.compile(
    r", (?:y |e )?(?:de la |de los |del |de )?| (?:y|e) (?:de la |de los |del |de )?"
)
# Items each opened by "de" after the first: "de Medio Ambiente y de Infraestructura y Obras
# Públicas" (an item's own "y" stays in it, and its own "de la": "de Ciencias de la Salud").
_ITEM_SPLIT_BY_DE = re.compile(
    r"(?:,? (?:y|e) |, )(?:de la|de los|del|de) (?=[A-ZÁÉÍÓÚÑ])|, (?=[A-ZÁÉÍÓÚÑ])"
)


def _items(text: str) -> list[str]:
    if re.search(r" (?:y|e) (?:de la|de los|del|de) [A-ZÁÉÍÓÚÑ]", text):
        parts = _ITEM_SPLIT_BY_DE.split(text)
    else:
        parts = _ITEM_SPLIT.split(text)
    return [p.strip() for p in parts if p.strip()]


def _units_listed(doc, masked, match, index, inst_at, registry, jurisdiction):
    """One unit each after a plural title and a plural unit noun, in order: "los
    directores de las facultades de Medicina y de Psicología, X y Y" (the Facultad de
    Medicina of the article's university, the Facultad de Psicología), "las titulares de
    las secretarías estatales de Turismo y de Cultura, X y Y", "los síndicos segundos de
    los ayuntamientos de Escobedo y Juárez, X y Y, respectivamente" (``lexicon.PLURAL_UNITS``)."""
    pos = match.end()
    while adjective := ADJECTIVE_RE.match(masked, pos):  # "los síndicos segundos de los …"
        pos = adjective.end()
    listed = _UNITS_LISTED.match(masked, pos)
    if listed is None:
        return []
    # the items end where as many names start: "de Medicina y de Psicología, X y Y"
    stop = masked.find(".", listed.end())
    stop = len(masked) if stop < 0 else stop
    items, spans = [], []
    for cut in (m.start() for m in re.finditer(r"[,:]| ?[—–(]", masked[:stop])):
        # the items as written: a council's town may be masked ("de Escobedo y Juárez")
        if cut <= listed.end() or not _ITEMS.fullmatch(doc.text, listed.end(), cut):
            continue
        names = _NAME_LIST.match(masked, cut)
        items = _items(doc.text[listed.end() : cut])
        spans = _spans(masked, names) if names else []
        if len(items) == len(spans):
            break
    if len(spans) < 2 or len(items) != len(spans):
        return []
    described = listed.group("described")
    noun = lx.PLURAL_UNITS[fold_word(listed.group("noun"))] if not described else ""
    category = lx.TITLES[index][4]
    row = lx.ROLES[index]
    title = match.group("title")
    written = _as_written(doc.text[match.start() : pos])
    state = state_of(jurisdiction)
    found = []
    for item, span in zip(items, spans, strict=True):
        name = doc.text[span[0] : span[1]]
        fem = fold_word(title).endswith("as") or lx.is_feminine_name(name)
        role = singular_role(written, len(title), row, fem)
        if described:
            # "jefa de la jurisdicción sanitaria de Ciudad Valles": a unit of a body
            unit, kinds = lx.PLURAL_UNIT_DESCRIPTIONS[described]
            role = f"{role} de {unit} de {item}"
            found.append(
                Candidate(
                    name=name, start=span[0], end=span[1], role=role[:200],
                    position_role=role[:1].upper() + role[1:200], institution=None,
                    institution_named=False, area="", past=False, pattern="list",
                    title_start=match.start(), category=category,
                    body_kinds=kinds or row.body_kinds(),
                )
            )  # fmt: skip
            continue
        ref = _listed_unit(noun, item, listed, doc, inst_at, registry, jurisdiction, state)
        if ref is None:
            return []
        if fold_word(noun) in _NAMED_AFTER_PARENT or noun in lx.UNIVERSITY_UNITS:
            # a faculty is named by its noun and area: "director de la Facultad de Medicina"
            role = f"{role} de la {noun} de {item}"
        elif noun != "Ayuntamiento":
            role = f"{role} de {item}"  # "titular de Turismo", like "titular de Salud"
        found.append(
            Candidate(
                name=name,
                start=span[0],
                end=span[1],
                role=role[:200],
                position_role=role[:1].upper() + role[1:200],
                institution=ref,
                institution_named=True,
                area="",
                past=False,
                pattern="list",
                title_start=match.start(),
                category=category,
                body_kinds=row.body_kinds(),
            )
        )
    return found


_NAMED_AFTER_PARENT = frozenset(fold_word(h) for h in NAMED_AFTER_PARENT)
# An area in such a list, no body of the text ("de Medio Ambiente"): capitalised words.
_AREA_ITEM = re.compile(rf"{CAP}(?: (?:y|e|de la|de los|del|de) {CAP}| {CAP})*(?=,| y | e )")
# Where the bodies listed after a plural title act, before the names: "en la plaza", "en la
# entidad", "en Torreón", "en Ciudad Juárez" (a lower-case noun or capitalised words).
_LIST_PLACE = re.compile(
    rf" en (?:(?:la|el) [a-záéíóúñ]+|{CAP}(?: (?:de |del )?{CAP}){{0,3}})(?=,)"
)
# Each body of a list after a plural title: " del A", ", del B", " y del C".
_NEXT_BODY = re.compile(r"(?P<sep>,| y| e)? (?P<conn>de la|de los|de las|del|de) ")


# Councils listed after a plural title by their towns alone, behind the plural noun: "los
# titulares de las alcaldías Coyoacán y Benito Juárez, X y Y" (each town a council,
# ``institutions._listed_councils``). The plural noun -> the role's words before the town.
_PLURAL_COUNCIL_NOUNS = {"alcaldías": "de la alcaldía", "Alcaldías": "de la Alcaldía"}
_PLURAL_COUNCILS = re.compile(r" de las (" + "|".join(_PLURAL_COUNCIL_NOUNS) + r") (?:de )?")
_TOWN_SEP = re.compile(r"(?:,| (y|e)) ")


def _councils_listed(masked, pos, inst_at):
    """([(connector, council)], end) of ``_PLURAL_COUNCILS`` at ``pos``; ([], pos) when
    the towns are not each a council the article names."""
    plural = _PLURAL_COUNCILS.match(masked, pos)
    if plural is None:
        return [], pos
    conn, pos, bodies = _PLURAL_COUNCIL_NOUNS[plural.group(1)], plural.end(), []
    while (occ := inst_at.get(pos)) is not None:
        bodies.append((conn, occ))
        pos = occ.end
        sep = _TOWN_SEP.match(masked, pos)
        if sep is None or len(bodies) > 8:
            break
        if sep.group(1):  # " y <last town>"
            last = inst_at.get(sep.end())
            if last is None:
                return [], plural.start()
            bodies.append((conn, last))
            return bodies, last.end
        pos = sep.end()
    return [], plural.start()


def _bodies_listed(doc, masked, match, index, inst_at, registry, jurisdiction):
    """One body each after a plural title, then as many names, in order: "los directores
    del DIF Toluca, del DIF Metepec y del DIF Zinacantepec, X, Y y Z"; "los titulares de
    las alcaldías A y B, X y Y" (``_PLURAL_COUNCILS``)."""
    pos, bodies, closed = match.end(), [], False
    bodies, pos = _councils_listed(masked, pos, inst_at)
    closed = bool(bodies)
    while not closed and (step := _NEXT_BODY.match(masked, pos)) is not None:
        if bool(step.group("sep")) != bool(bodies):
            break
        occ = inst_at.get(step.end())
        area = _AREA_ITEM.match(masked, step.end()) if occ is None else None
        if area is not None:  # "de Medio Ambiente y de la Comisión …": an area, then a body
            bodies.append((step.group("conn"), area.group()))
            pos = area.end()
        elif occ is None or is_private(occ.name):
            break
        else:
            bodies.append((step.group("conn"), occ))
            pos = occ.end
        closed = step.group("sep") in (" y", " e")
    where = _LIST_PLACE.match(masked, pos) if closed else None
    if where is not None:  # "… y del INM en la plaza, X y Y": where both hold their posts
        pos = where.end()
    names = _NAME_LIST.match(masked, pos) if closed else None
    if names is None or not names.group().startswith((",", " ,", " —", " (")):
        return []
    spans = _spans(masked, names)
    if len(spans) != len(bodies) or all(isinstance(body, str) for _conn, body in bodies):
        return []  # areas alone: ``_listed_officials`` reads them
    _regex, masculine, feminine, _needs, category = lx.TITLES[index]
    row, title = lx.ROLES[index], match.group("title")
    written = _as_written(doc.text[match.start() : match.end()])
    found = []
    for (conn, occ), span in zip(bodies, spans, strict=True):
        name = doc.text[span[0] : span[1]]
        fem = fold_word(title).endswith("as") or lx.is_feminine_name(name)
        if isinstance(occ, str):  # an area: the post its singular title would name
            end = span[0]
            comp = Complement(end=end, area=occ, area_connector=conn)
            surface = occ
        else:
            end, comp, surface = occ.end, Complement(end=occ.end, institution=occ), occ.surface
        position_role, institution, named = post_for(
            category, masculine, feminine, fem, (), comp, registry, jurisdiction, doc, end
        )
        role = f"{singular_role(written, len(title), row, fem)} {conn} {surface}"
        found.append(
            Candidate(
                name=name, start=span[0], end=span[1], role=role[:200],
                position_role=position_role[:200], institution=institution,
                institution_named=named, area="", past=False, pattern="list",
                title_start=match.start(), category=category, body_kinds=row.body_kinds(),
            )
        )  # fmt: skip
    return found


def _listed_unit(noun, item, listed, doc, inst_at, registry, jurisdiction, state):
    """The body of one unit of ``_units_listed``: a town's council, a faculty of the one
    university the article names, or a secretaría of the state (a town's, "municipales")."""
    if noun == "Ayuntamiento":
        at = doc.text.find(item, listed.end())
        occ = inst_at.get(at)
        if occ is not None:
            return InstitutionRef(occ.name, occ.id, occ.key, occ.jurisdiction, occ.acronym)
        return municipal_ref(item, state, registry, jurisdiction) if state else None
    if noun in lx.UNIVERSITY_UNITS:
        # the university named last before the list
        university = next(
            (
                inst_at[at]
                for at in sorted(inst_at, reverse=True)
                if at < listed.start() and fold_word(inst_at[at].name).startswith("universidad ")
            ),
            None,
        )
        if university is None:
            return None
        if noun in lx.UNITS_IN_ROLE_ONLY:
            return InstitutionRef(
                university.name, university.id, university.key, university.jurisdiction,
                university.acronym,
            )  # fmt: skip
        name = f"{noun} de {item} de la {university.name}"
        aliases = (f"{noun} de {item}",)
        return _known_or_new(registry, name, university.jurisdiction, jurisdiction, aliases)
    if listed.group("level") == "municipales" or not state:
        return None
    return _known_or_new(registry, with_state(f"{noun} de {item}", state), state, jurisdiction)


def _spans(masked: str, names) -> list[tuple[int, int]]:
    return [
        span
        for part in _NAME.finditer(masked, names.start("names"), names.end())
        if not _PARTY_NAME.fullmatch(part.group())
        and masked[part.start() - 1] != "("  # "(Boca del Río)": a town, no person
        and (span := clean_name(masked, part.start(), part.end(), leading_trim=False))
    ]


def _towns_in_parentheses(masked: str, spans) -> list[str]:
    """The town in parentheses after each listed name, in order ([] unless every name
    has one)."""
    towns = [_TOWN_IN_PARENS.match(masked, end) for _start, end in spans]
    if not all(towns) or any(_PARTY_NAME.fullmatch(t.group("town")) for t in towns):
        return []
    return [t.group("town") for t in towns]


# A town named after a person may keep the person's middle initial ("Francisco I. Madero",
# "Gustavo A. Madero"), never as its last word.
_PLACE_ITEM = (
    r"[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de la|de los|de las|del|de) [A-ZÁÉÍÓÚÑ][\w]+"
    r"| [A-ZÁÉÍÓÚÑ]\.(?= [A-ZÁÉÍÓÚÑ][\w])| [A-ZÁÉÍÓÚÑ][\w]+)*"
)
# A list has one "y", before its last item: an earlier one after the last comma is part
# of a town's name ("de Guachochi, Guadalupe y Calvo y Bocoyna").
_PLACES_THEN = re.compile(
    rf"((?:, {_PLACE_ITEM})*(?:, {_PLACE_ITEM} (?:y|e) {_PLACE_ITEM})?) (?:y|e) ({_PLACE_ITEM})"
    r"(?=,| ?[—–(])"
)


# Names listed right before a plural title and its comma: "X y Y, alcaldes de …".
_NAMES_BEFORE = re.compile(rf"(?:{NAME})(?:, (?:{NAME}))*,? (?:y|e) (?:{NAME}), $")
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:—–-]\s|, |\n)$")


def _names_before(masked: str, title_start: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` names listed just before the title at ``title_start``, each at the
    opening of a clause ([] unless exactly so)."""
    window = max(0, title_start - 240)
    listed = _NAMES_BEFORE.search(masked, window, title_start)
    if listed is None:
        return []
    parts = list(_NAME.finditer(masked, listed.start(), title_start - 2))[-count:]
    if len(parts) != count or not _CLAUSE_OPENING.search(masked, window, parts[0].start()):
        return []
    spans = [clean_name(masked, p.start(), p.end(), leading_trim=False) for p in parts]
    return spans if all(spans) else []


def _list_before(masked: str, title_start: int) -> list[tuple[int, int]]:
    """Two or more names listed just before a plural title, as its apposition ("A y B,
    regidores de …"): the names from the nearest clause opening ([] unless so)."""
    if not masked.endswith(", ", 0, title_start):
        return []
    window = max(0, title_start - 240)
    listed = _NAMES_BEFORE.search(masked, window, title_start)
    if listed is None:
        return []
    parts = list(_NAME.finditer(masked, listed.start(), title_start - 2))
    while len(parts) >= 2 and not _CLAUSE_OPENING.search(masked, window, parts[0].start()):
        parts = parts[1:]
    if len(parts) < 2:
        return []
    spans = [clean_name(masked, p.start(), p.end(), leading_trim=False) for p in parts]
    return spans if all(spans) else []


_LISTED_PLACES = re.compile(r", (?:y |e )?(?:de la |del |de )?| (?:y|e) (?:de la |del |de )?")


def _places_then_names(
    masked: str, comp, title_start: int
) -> tuple[list[str], list[tuple[int, int]]]:
    """A title's places listed, then as many names: "de Cárdenas, Comalcalco y
    Huimanguillo, X, Y y Z" -> (["Cárdenas", "Comalcalco", "Huimanguillo"], spans); or
    the names first: "X y Y, alcaldes de Ocampo y Angangueo, respectivamente"."""
    first = comp.place or comp.area
    if not first or comp.institution is not None:
        return [], []
    if comp.place and (" y " in first or " e " in first):
        # "los presidentes municipales de Espita y Temozón, X y Y": a town each
        names = _NAME_LIST.match(masked, comp.end)
        # "de Ocampo y de Angangueo": the "de" repeated is no part of the second town
        places = [p.strip() for p in _LISTED_PLACES.split(first) if p.strip()]
        spans = _spans(masked, names) if names else []
        if not spans and masked.startswith(", respectivamente", comp.end):
            spans = _names_before(masked, title_start, len(places))
        return (places, spans) if len(spans) == len(places) else ([], [])
    if " y " in first or "," in first:
        return [], []
    listed = _PLACES_THEN.match(masked, comp.end)
    if listed is None:
        return [], []
    places = [first, *(p for p in listed.group(1).split(", ") if p), listed.group(2)]
    names = _NAME_LIST.match(masked, listed.end())
    if names is None:
        return [], []
    spans = _spans(masked, names)
    return (places, spans) if len(spans) == len(places) else ([], [])


# Councils named before a possessive plural title in the same sentence: "los
# ayuntamientos de A, B y C", "el Ayuntamiento de A y el Ayuntamiento de B".
_COUNCILS_LISTED = re.compile(
    rf"(?i:ayuntamientos|municipios) de ({_PLACE_ITEM}(?:, {_PLACE_ITEM})* (?:y|e) {_PLACE_ITEM})"
)
_COUNCIL_NAMED = re.compile(rf"(?:Ayuntamiento|Municipio) de ({_PLACE_ITEM})")
_THEIR = re.compile(r"(?i)(?<![\w])sus $")


def _councils_before(text: str, start: int) -> list[str]:
    """The towns whose councils the sentence names before "sus" and a plural title
    at ``start``, in order ([] when there is no "sus" or no such list)."""
    if not _THEIR.search(text, max(0, start - 4), start):
        return []
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    window = text[sentence:start]
    listed = list(_COUNCILS_LISTED.finditer(window))
    if listed:
        return [t.strip() for t in re.split(r", | y | e ", listed[-1].group(1)) if t.strip()]
    return [m.group(1) for m in _COUNCIL_NAMED.finditer(window)]


_SHARED_STATE = re.compile(r" del [Ee]stado$")
# The governments a list of areas may share ("los titulares de Salud y de Movilidad del
# Gobierno del Estado", "… del Ayuntamiento de Veracruz"), as keys of bodies open.
_GOVERNMENT_KEYS = tuple(f"{fold(noun)} " for noun in GOVERNMENT_NOUNS)
_PLURAL_LEVEL = re.compile(r" (?:municipales|estatales|federales|del municipio)(?![\w])")


# Where each of several areas starts when each repeats its "de" ("Salud y de Educación
# Pública y Cultura"): the "y" inside an area's own name is no boundary.
_AREA_STARTS = re.compile(r",? y (?:de la |del |de )|, (?:de la |del |de )")


def _areas_listed(area: str, count: int = 0) -> list[str]:
    """ "Salud y Educación" -> ["Salud", "Educación"]; "Obras Públicas" -> [].

    With ``count`` names to share them and too many parts, the repeated "de" marks
    where each area starts: "Salud y de Educación Pública y Cultura" -> ["Salud",
    "Educación Pública y Cultura"] for two names."""
    parts = [p.strip() for p in re.split(r", | y (?:de la |del |de )?| e ", area) if p.strip()]
    if count and len(parts) > count:
        marked = [p.strip() for p in _AREA_STARTS.split(area)]
        if len(marked) == count:
            parts = marked
    return parts if len(parts) > 1 and all(p[:1].isupper() for p in parts) else []


_GENDERED_PLURALS = re.compile(r"(?i)^ (\w+)")


def singular_role(written: str, title_length: int, row, feminine: bool) -> str:
    """ "regidores" -> "regidora" for a woman; "diputadas locales" -> "diputada local";
    "titulares de Salud y Educación" -> "titular de Salud y Educación"."""
    form = (row.feminine if feminine else row.masculine).split("|")[0]
    if written[:1].isupper():
        form = form[:1].upper() + form[1:]
    rest = written[title_length:]
    words = []
    while True:
        match = _GENDERED_PLURALS.match(rest)
        if match is None:
            break
        word = fold_word(match.group(1))
        single = lx.SINGULAR_ADJECTIVES.get(word)
        if single is None:
            break
        if feminine and single.endswith("o"):
            single = single[:-1] + "a"  # "presidentes municipales electos" -> "… electa"
        words.append(single)
        rest = rest[match.end() :]
    return " ".join([form, *words]) + rest


# The first words of the plural titles (folded), by their first three letters, longest
# first; those that open with no title word ("jueces") on their own.
# (Both word lists are plain letters, which no hit runs across: what makes the automaton
# start afresh at every word.)
_PLURAL_WORDS = sorted({fold(p).split()[0] for p in lx.PLURAL_TITLES}, key=len, reverse=True)
# An abbreviated title ("dip.") ends with its dot, which no word runs across either.
assert all(
    len(w) >= 3 and w.removesuffix(".").isalpha() and w.isascii()
    for w in (*_PLURAL_WORDS, *lx.TITLE_WORDS)
)


def _by_opening(words) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for word in words:
        table[word[:3]] = (*table.get(word[:3], ()), word)
    return table


_PLURALS_BY_OPENING = _by_opening(_PLURAL_WORDS)
_PLURALS_WITHOUT_TITLE = tuple(
    w for w in _PLURAL_WORDS if not any(w.startswith(t) for t in lx.TITLE_WORDS)
)
_PLURAL_RE = re.compile(
    r"(?<![\w])(?P<title>" + lx.PLURAL_PATTERN + r")(?![\w])",
    re.IGNORECASE,
)
_NAME = re.compile(NAME)
# The names open after a space, a comma, a dash or a parenthesis: "los alcaldes de A, B
# y C —X, Y y Z—", "las regidoras (X y Y)"; after the regions the holders cover, in lower
# case: "los coordinadores regionales de Bienestar en la costa y la sierra, X y Y" (the
# complement may have read "en la costa" already).
_LOWER_WORD = r"(?:(?:la|el|los|las) )?[a-záéíóúñ]+"
_REGION_READ = re.compile(r" en (?:la|el|los|las) [a-záéíóúñ]+$")
# Each name may carry its party: "X (PAN)", "X, de Morena," (``lexicon.PARTY_NAMES``).
_PARTY = "|".join(re.escape(p) for p in sorted(lx.PARTY_NAMES, key=len, reverse=True))
_PARTY_NAME = re.compile(rf"(?:Partido )?(?:{_PARTY})")
# A town in parentheses after each name of a town's officers: "los ediles X (Alvarado) y Y
# (Boca del Río)".
_TOWN_IN_PARENS = re.compile(
    r" \((?P<town>[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de la|de los|de las|del|de) [A-ZÁÉÍÓÚÑ][\w]+"
    r"| [A-ZÁÉÍÓÚÑ][\w]+){0,3})\)"
)
_TOWN_LISTED = _TOWN_IN_PARENS.pattern.replace("?P<town>", "?:")
_LISTED = rf"{NAME}(?: \((?:{_PARTY})\)|{_TOWN_LISTED}|, del? (?:Partido )?(?:{_PARTY})(?=,))?"
_NAME_LIST = re.compile(
    rf"(?:(?: en| y| e) {_LOWER_WORD}(?:(?:, | y | e ){_LOWER_WORD}){{0,3}}(?=,))?"
    rf"(?: ?[,—–(:] ?| )(?:(?i:{_HONORIFIC}) )?"
    rf"(?P<names>{_LISTED}(?:, (?:(?i:{_HONORIFIC}) )?{_LISTED})*"
    rf"(?:,? (?:y|e) (?:(?i:{_HONORIFIC}) )?{_LISTED})?)"
)


_MODIFIER_WORDS = frozenset(w for m in lx.TITLE_MODIFIERS for w in fold_word(m).split())


def _modifiers_before(masked: str, start: int) -> list[str]:
    """ "el entonces secretario" -> ["entonces"]; "El nuevo delegado" -> ["nuevo"]."""
    mods = []
    for word in reversed(masked[max(0, start - 40) : start].split()[-3:]):
        folded = fold_word(word)
        if folded not in _MODIFIER_WORDS:
            break
        mods.append(folded)
    return mods


def _is_feminine(word: str, masculine: str, feminine: str) -> bool:
    w = fold_word(word).split(" ", 1)[0]  # "encargada de despacho": its first word
    return (
        masculine != feminine and (w.endswith("a") or w.endswith("sa")) and not w.endswith("ista")
    )


def _name_after(masked, pos) -> tuple[tuple[int, int] | None, str]:
    ahead = masked[pos : pos + 3]
    if ahead.startswith((",", " ,", "—", " —", "–", " –", " (", "(")):
        options = (("P1", _P1),)
    elif ahead[:1] == " " and ahead[1:2].isalpha():
        options = (("P2", _P2),)
    else:
        return None, ""
    for how, regex in options:
        m = regex.match(masked, pos)
        if m:
            span = clean_name(masked, m.start("name"), m.end("name"), leading_trim=False)
            if span:
                return span, how
    return None, ""


def _name_before(doc, masked, title_start, comp_end) -> tuple[tuple[int, int] | None, str]:
    if not _P3_CLOSE.match(masked, comp_end):
        return None, ""
    window_start = max(0, title_start - 160)
    line_start = masked.rfind("\n", 0, title_start) + 1
    window_start = max(window_start, line_start)
    m = _P3_TAIL.search(masked, window_start, title_start)
    if not m:
        return None, ""
    span = clean_name(masked, m.start("name"), m.end("name"), leading_trim=True)
    if not span:
        return None, ""
    return span, "P3"


def clean_name(
    text: str, start: int, end: int, *, leading_trim: bool, place: bool = True
) -> tuple[int, int] | None:
    """Trim a NAME match to a plausible person's name; None when it is not one.
    ``place=False``: a place word before it does not make it a place's name."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
    if leading_trim:
        while words and (
            (fold_word(words[0][2]) in lx.STOPWORDS and not _given_name_opening(text, words))
            or fold_word(words[0][2]) in lx.INSTITUTION_WORDS
            or fold_word(words[0][2]) in lx.STATE_BY_NAME
            or fold_word(words[0][2]) in lx.PARTICLES
            or (fold_word(words[0][2]) in _RANK_WORDS and len(words) > 2)
            or not words[0][2][0].isupper()
        ):
            words.pop(0)
    kept = []
    for i, (ws, we, word) in enumerate(words):
        f = fold_word(word)
        if (
            word[0].isupper()
            and (f in lx.STOPWORDS or f in lx.INSTITUTION_WORDS)
            and not (kept and f in _ROLE_SURNAMES and _surname_here(text, words, i, end))
            and not (not kept and _given_name_opening(text, words[i:]))
            and not _particle_surname(words, kept, i, f)
        ):
            break
        kept.append((ws, we, word))
    while kept and not kept[-1][2][0].isupper():
        kept.pop()
    content = [w for w in kept if w[2][0].isupper()]
    if len(content) < 2 or len(content) > 6:
        return None
    first = fold_word(content[0][2])
    if first in lx.STATE_BY_NAME or (
        first in lx.STOPWORDS and not _given_name_opening(text, content)
    ):
        return None
    if any(
        fold_word(" ".join(w[2] for w in content[:size])) in lx.STATE_BY_NAME for size in (2, 3)
    ):
        return None  # "(ASIPONA) Baja California Sur": a body's place, no person
    if content[0][2].endswith(".") and len(content) == 2:
        return None  # "P. Blanco" of "Othón P. Blanco": an initial and a surname
    if any(len(w[2]) == 2 and w[2].endswith(".") for w in content[-1:]):
        return None  # ends with an initial
    name_start, name_end = kept[0][0], kept[-1][1]
    if place and _after_place_cue(text, name_start):
        return None  # "avenida Benito Juárez", "municipio de Luis Moya"
    return name_start, name_end


# Given names that are also common words ("Abril", a month): they open a name when written
# capitalised before two capitalised surnames, never after a date's "de" ("3 de Abril").
_GIVEN_STOPWORDS = lx.STOPWORDS & lx.GIVEN_NAMES
_DATE_BEFORE = re.compile(r"(?:\d|\bde|\bdel|\ben|\bpara|\bhasta|\bdesde) ?$", re.IGNORECASE)


def _given_name_opening(text: str, words) -> bool:
    """Does ``words[0]`` ("Abril") open a person's name rather than stand for its word?"""
    if len(words) < 3 or fold_word(words[0][2]) not in _GIVEN_STOPWORDS:
        return False
    if not all(w[2][:1].isupper() for w in words[:3]):
        return False
    if any(
        fold_word(w[2]) in lx.STOPWORDS or fold_word(w[2]) in lx.INSTITUTION_WORDS
        for w in words[1:3]
    ):
        return False
    return not _DATE_BEFORE.search(text[max(0, words[0][0] - 8) : words[0][0]])


# One-word ranks of ``lx.HONORIFICS`` ("Vicealmirante X Y, director general de …" opening
# a sentence): the rank is no part of the person's name.
_RANK_WORDS = frozenset(fold_word(h) for h in lx.HONORIFICS if " " not in h and "." not in h)


# Role (and other common) words that are also surnames: "Jorge Alcalde Márquez", "José
# Saldívar Alcalde", "Efrén Mayo Nava".
_ROLE_SURNAMES = frozenset(
    fold_word(w)
    for w in lx.words(
        "Alcalde Gobernador Regidor Síndico Presidente Cámara Mayo Juez Coronel Jurado"
    )
)


def _surname_here(text: str, words, i: int, end: int) -> bool:
    """Is the role word at ``words[i]`` a surname inside a person's name? It is when a
    capitalised surname follows it, or when it closes the name before punctuation
    ("José Saldívar Alcalde, señaló") and a given name opens the name."""
    if i + 1 < len(words):
        following = words[i + 1][2]
        return (
            following[0].isupper()
            and fold_word(following) not in lx.STOPWORDS
            and (fold_word(following) not in lx.INSTITUTION_WORDS)
        )
    after = text[words[i][1] : words[i][1] + 12]
    closes = after[:1] in ",.;:)" or after == "" or bool(_VERB_AFTER.match(after))
    return fold_word(words[0][2]) in lx.GIVEN_NAMES and closes


def _particle_surname(words, kept, i: int, folded: str) -> bool:
    """A common capitalised word after a particle inside a name is a surname when a
    surname follows it ("Ana Lilia de la Fuente Ríos"): never an institution's word or a
    state's name ("… Silvestre de Nuevo León"), and only after two words of the name."""
    return (
        len(kept) >= 2
        and kept[-1][2] in _SURNAME_PARTICLES
        and folded not in lx.INSTITUTION_WORDS
        and i + 1 < len(words)
        and words[i + 1][2][0].isupper()
        and fold_word(words[i + 1][2]) not in lx.STOPWORDS
        and fold_word(words[i + 1][2]) not in lx.INSTITUTION_WORDS
        and folded not in lx.STATE_BY_NAME
        and f"{folded} {fold_word(words[i + 1][2])}" not in lx.STATE_BY_NAME
    )


_SURNAME_PARTICLES = frozenset({"de", "del", "la", "los", "las"})


# A lower-case word after a name, other than "de"/"del" ("José Saldívar Alcalde votó").
_VERB_AFTER = re.compile(r" (?!de\b|del\b|la\b)[a-záéíóúñ]")


_WORDS_BEFORE = re.compile(r"[\wÁÉÍÓÚÑáéíóúñü.]+")


def _after_place_cue(text: str, name_start: int) -> bool:
    """Is the name right after a place or building word, past ranks and particles?

    "calle Benito Juárez", "municipio de Luis Moya", "Hospital General Dr. Manuel
    Gea González" are places; "secretario de Seguridad, general Adolfo Marín" is not.
    """
    window = text[max(0, name_start - 60) : name_start].rstrip(" ")
    if not window or window.endswith((",", "\n", ":", ";", "—", "–", "(")):
        return False
    # "de la refinería, ingeniero Rubén Cházaro": the place word is before a comma.
    window = window[max(window.rfind(c) for c in ",\n:;—–(") + 1 :]
    words = _WORDS_BEFORE.findall(window)
    if _rank_continues_a_name(words):
        # "la Academia de Policía Comandante Eusebio Tovar": a capitalised rank after a
        # capitalised word goes on with that name; the place cue may head it further back.
        return any(fold_word(w.rstrip(".")) in lx.PLACE_CUES for w in words[-7:-1])
    for word in reversed(words[-4:]):
        folded = fold_word(word.rstrip("."))
        if word.endswith(".") and len(folded) > 4:
            return False  # "… en la ciudad. Ana Ruiz Soto": a sentence ends (no "av.")
        if folded in lx.PLACE_CUES:
            # "el exalcalde de Gómez Palacio Mario …": the word ends a town's name
            return not _ends_known_town(words, word)
        if folded in lx.NAME_PREFIXES or folded in ("de", "del", "la", "los", "las"):
            continue
        return False
    return False


def _ends_known_town(words: list[str], word: str) -> bool:
    """Is ``word``, the last of ``words``, the capitalised end of a town of the states'
    table written with the words before it ("Gómez Palacio")?"""
    if words[-1:] != [word] or not word[:1].isupper():
        return False
    return any(known_place(" ".join(words[-size:])) for size in (2, 3) if size <= len(words))


# Single-word ranks and honorifics ("Comandante", "General", "Coronel").
_RANKS = frozenset(fold_word(h.rstrip(".")) for h in lx.HONORIFICS if " " not in h)


def _rank_continues_a_name(words: list[str]) -> bool:
    """The last word is a rank written capitalised right after a capitalised word
    ("Policía Comandante"): part of a name, not a rank before a person ("el director,
    comandante X", "del Ejército, General X" follow a comma or a lower-case word)."""
    if len(words) < 2:
        return False
    rank, before = words[-1], words[-2]
    return rank[0].isupper() and fold_word(rank.rstrip(".")) in _RANKS and before[0].isupper()


# "La secretaria y el subsecretario de Pesca, X y Y": two titles share one body and one
# list of names, in order.
_TITLE_AND_BEFORE = re.compile(r"(?<![\w])(?P<word>[a-záéíóúñ]+) y (?:el|la) $")


def _shared_titles(doc, masked: str, found: list[Candidate], inst_at, registry, jurisdiction):
    """The first name of "la secretaria y el subsecretario de X, A y B" holds the first
    title in X's body, the second name the second title (in its own body, else the
    first's). Updates ``found`` in place."""
    if " y el " not in masked and " y la " not in masked:
        return
    for i, cand in enumerate(list(found)):
        if cand.pattern != "P1" or cand.past:
            continue
        before = _TITLE_AND_BEFORE.search(masked, max(0, cand.title_start - 40), cand.title_start)
        if before is None:
            continue
        word1 = fold_word(before.group("word"))
        first = _TITLE_RE_BY_WORD.get(word1)
        first = first and first.match(masked, before.start("word"))
        if first is None or first.end() != before.end("word"):
            continue  # "la secretaria y el subsecretario": the first title is one word
        second = re.compile(r" (?:y|e) ").match(masked, cand.end)
        span = second and _NAME.match(masked, second.end())
        span = span and clean_name(masked, span.start(), span.end(), leading_trim=False)
        if not span or any(c.start == span[0] for c in found):
            continue
        word2 = re.compile(r"\w+").match(masked, cand.title_start)
        title2 = word2 and _TITLE_RE_BY_WORD.get(fold_word(word2.group()))
        title2 = title2 and title2.match(masked, cand.title_start)
        if title2 is None:
            continue
        index1, index2 = int(first.lastgroup[1:]), int(title2.lastgroup[1:])
        _r, masc1, fem1, _n, category1 = lx.TITLES[index1]
        adjectives, comp = _post_phrase(
            doc, masked, title2.end(), lx.TITLES[index2][4], inst_at, jurisdiction
        )
        if comp.non_public or not (comp.institution or comp.area):
            continue
        feminine1 = _is_feminine(first.group(first.lastgroup), masc1, fem1)
        role1, institution1, named1 = post_for(
            category1, masc1, fem1, feminine1, adjectives, comp, registry, jurisdiction, doc,
            comp.end,
        )  # fmt: skip
        complement = doc.text[title2.end() : comp.written_end or comp.end]
        found[i] = replace(
            cand,
            role=_as_written(doc.text[first.start() : first.end()] + complement)[:200],
            position_role=role1[:200],
            institution=institution1,
            institution_named=named1,
            category=category1,
            body_kinds=lx.ROLES[index1].body_kinds(),
            title_start=first.start(),
        )
        found.append(
            replace(
                cand,
                name=doc.text[span[0] : span[1]],
                start=span[0],
                end=span[1],
                institution=cand.institution or institution1,
                institution_named=cand.institution_named or named1,
            )
        )


# "Su homóloga de Atitalaquia, X": a mayor of another town, right after a mayor's
# mention; the post is the earlier title's, in the town named.
_COUNTERPART = re.compile(
    r"(?<![\w])(?:[Ss]u|[Ss]us) (?P<title>homólog[oa]) de "
    r"(?P<place>[A-ZÁÉÍÓÚÑ][\w]+(?: (?:de la|de los|de las|del|de) [A-ZÁÉÍÓÚÑ][\w]+"
    r"| [A-ZÁÉÍÓÚÑ][\w]+){0,3})(?=,)"
)
# "… y su homóloga del Organismo Operador de Morelia (OOAPAS), Y": the same post in the
# body named (masked) right after.
_COUNTERPART_OF_BODY = re.compile(
    r"(?<![\w])(?:[Ss]u|[Ss]us) (?P<title>homólog[oa]) (?:de la|de los|de las|del|de) (?=\x00)"
)
_COUNTERPART_REACH = 400  # characters back to the mayor's title
_COUNTERPART_NEAR = 40  # characters from the name of the official just named to "su homólogo"


# A town's head named with no town yet ("la presidenta municipal X", "el alcalde X"): the
# town comes from context later (``context``), a counterpart's from its own "de <town>".
_TOWN_HEAD = re.compile(r"^(?:presidente?|presidenta) municipal$")


def _town_head(candidate) -> bool:
    return candidate.category == "alcalde" or bool(_TOWN_HEAD.match(fold(candidate.role)))


def _in_gender(post: str, feminine: bool) -> str:
    """A post's first word in the other holder's gender ("Presidenta municipal" for
    "su homólogo" -> "Presidente municipal"), from the role rows."""
    first, _, rest = post.partition(" ")
    word = fold_word(first)
    for row in lx.ROLES:
        masculine, femenine = row.masculine.split("|")[0], row.feminine.split("|")[0]
        if word in (fold_word(masculine), fold_word(femenine)):
            form = femenine if feminine else masculine
            if first[:1].isupper():
                form = form[:1].upper() + form[1:]
            return f"{form} {rest}" if rest else form
    return post


def _counterparts(
    doc, masked: str, found: list[Candidate], inst_at, registry, jurisdiction
) -> list[Candidate]:
    more = []
    if "homólog" not in masked:
        return more  # the pattern's one fixed word: most texts have no counterpart
    more.extend(_counterparts_of_bodies(doc, masked, found, inst_at))
    for match in _COUNTERPART.finditer(masked):
        name_span, how = _name_after(masked, match.end())
        if name_span is None:
            continue
        place = match.group("place")
        # the official just named in the same sentence ("El presidente de la Comisión de
        # Vigilancia, X, y su homóloga de Hacienda, Y"): another area of the same body, or
        # the same post in another town ("El secretario de Seguridad Pública de A, X, y su
        # homóloga de B, Y")
        same = [
            c
            for c in found
            if c.end <= match.start() <= c.end + _COUNTERPART_NEAR
            and c.institution is not None
            and not c.past
            and "." not in masked[c.end : match.start()]
        ]
        peer = max(same, key=lambda c: c.start) if same else None
        if (
            peer is not None
            and not _town_head(peer)
            and not peer.institution.key.startswith(lx.COUNCIL_PREFIXES)
        ):
            unit = _in_town(peer.institution, peer.role, place)
            post = peer.position_role
            if unit is not None:
                town = peer.institution.name[len(unit.name) - len(place) :]
                post = _in_gender(post.removesuffix(town) + place, match.group("title")[-1] == "a")
            more.append(
                replace(
                    peer,
                    name=doc.text[name_span[0] : name_span[1]],
                    start=name_span[0],
                    end=name_span[1],
                    role=doc.text[match.start("title") : match.end("place")],
                    position_role=post,
                    institution=unit or peer.institution,
                    institution_named=peer.institution_named and unit is None,
                    area=place,
                    pattern=how,
                    title_start=match.start("title"),
                )
            )
            continue
        earlier = [
            c
            for c in found
            if c.start < match.start() <= c.title_start + _COUNTERPART_REACH
            and (
                (c.institution is not None and c.institution.key.startswith(lx.COUNCIL_PREFIXES))
                or (c.institution is None and not c.past and _town_head(c))
            )
        ]
        if not earlier:
            continue
        mayor = max(earlier, key=lambda c: c.start)
        feminine = match.group("title").endswith("a")
        # a mayor whose town the article gives later ("En Tal, la presidenta municipal X"):
        # the article's state
        state = mayor.institution.jurisdiction if mayor.institution else jurisdiction or ""
        state = state.split("/", 1)[0]
        more.append(
            replace(
                mayor,
                name=doc.text[name_span[0] : name_span[1]],
                start=name_span[0],
                end=name_span[1],
                role=doc.text[match.start("title") : match.end("place")],
                position_role=_in_gender(mayor.position_role, feminine),
                institution=municipal_ref(place, state, registry, jurisdiction),
                area=place,
                past=False,
                pattern=how,
                title_start=match.start("title"),
            )
        )
    return more


def _counterparts_of_bodies(doc, masked: str, found: list[Candidate], inst_at) -> list:
    """ "El director de A, X, y su homóloga de B, Y": the official just named, his post
    held by Y in the public body B."""
    more = []
    for match in _COUNTERPART_OF_BODY.finditer(masked):
        occ = inst_at.get(match.end())
        if occ is None or is_private(occ.name):
            continue
        end = occ.end
        acronym = re.match(r" ?\(\x00+\)", masked[end : end + 40])
        if acronym:
            end += acronym.end()
        name_span, how = _name_after(masked, end)
        same = [
            c
            for c in found
            if c.end <= match.start() <= c.end + _COUNTERPART_NEAR
            and c.institution is not None
            and not c.past
            and "." not in masked[c.end : match.start()]
        ]
        if name_span is None or not same:
            continue
        peer = max(same, key=lambda c: c.start)
        more.append(
            replace(
                peer,
                name=doc.text[name_span[0] : name_span[1]],
                start=name_span[0],
                end=name_span[1],
                role=doc.text[match.start("title") : occ.end],
                position_role=_in_gender(peer.position_role, match.group("title")[-1] == "a"),
                institution=InstitutionRef(
                    occ.name, occ.id, occ.key, occ.jurisdiction, occ.acronym
                ),
                institution_named=True,
                area="",
                pattern=how,
                title_start=match.start("title"),
            )
        )
    return more


def _in_town(ref: InstitutionRef, role: str, place: str) -> InstitutionRef | None:
    """A town's unit its holder's title names with its town ("secretario de Seguridad
    Pública de A": "Secretaría de Seguridad Pública de A") in another town: the same unit
    of ``place``; None when the title names no town or either place is a state."""
    _head, joint, rest = ref.name.partition(" de ")  # "Secretaría", "Seguridad Pública de A"
    _area, joint2, town = rest.partition(" de ")
    if not (joint and joint2 and town[:1].isupper()):
        return None
    if not fold(role).endswith(fold(" de " + town)):
        return None
    if {fold(town), fold(place)} & set(lx.STATE_BY_NAME) or ref.key.startswith(lx.COUNCIL_PREFIXES):
        return None
    name = f"{ref.name[: -len(town)]}{place}"
    state = ref.jurisdiction.split("/", 1)[0]
    return InstitutionRef(name, None, normalize_alias(name), f"{state}/{lx.municipality(place)}")


def _verb_clause(phrase: str) -> str:
    if phrase.endswith(" de"):
        return re.escape(phrase) + " ?(?:l|la|los|las)? "
    return re.escape(phrase) + " (?:el|la|los|las) "


_POST_VERB = re.compile(
    ", (?:"
    + "|".join(f"(?P<v{i}>{_verb_clause(phrase)})" for i, phrase in enumerate(lx.POST_VERBS))
    + ")"
)
_POST_VERB_GATES = tuple(dict.fromkeys(", " + phrase.split()[0] + " " for phrase in lx.POST_VERBS))
_VERB_ROWS = tuple(
    next(i for i, row in enumerate(lx.ROLES) if row.masculine.split("|")[0] == masculine)
    for masculine in lx.POST_VERBS.values()
)


def _verb_posts(doc, masked: str, found, inst_at, registry, jurisdiction) -> list[Candidate]:
    """ "Ana Ruiz Soto, quien encabeza la Secretaría de Salud, …": the post the verb
    implies (``lx.POST_VERBS``), in the public body named right after it."""
    more = []
    if not any(gate in masked for gate in _POST_VERB_GATES):
        return more
    for match in _POST_VERB.finditer(masked):
        occ = inst_at.get(match.end())
        if occ is None:
            unit = _verb_unit(doc, masked, match, found)
            more.extend(
                unit or _verb_complement(doc, masked, match, found, inst_at, registry, jurisdiction)
            )
            continue
        if is_private(occ.name):
            continue
        tail = _P3_TAIL.search(masked, max(0, match.start() - 160), match.start() + 2)
        span = tail and clean_name(masked, tail.start("name"), tail.end("name"), leading_trim=True)
        if not span or any(c.start <= span[0] < c.end for c in found):
            continue
        index = _VERB_ROWS[int(match.lastgroup[1:])]
        _regex, masculine, feminine, _needs, category = lx.TITLES[index]
        name = doc.text[span[0] : span[1]]
        fem = lx.is_feminine_name(name)
        row = lx.ROLES[index]
        comp = Complement(end=occ.end, institution=occ)
        position_role, institution, named = post_for(
            category, masculine, feminine, fem, [], comp, registry, jurisdiction, doc, occ.end
        )
        more.append(
            Candidate(
                name=name,
                start=span[0],
                end=span[1],
                role=(row.feminine if fem else row.masculine).split("|")[0],
                position_role=position_role[:200],
                institution=institution,
                institution_named=named,
                area="",
                past=False,
                pattern="P3",
                title_start=match.start() + 2,
                category=category,
                body_kinds=row.body_kinds(),
            )
        )
    return more


_BODY_HEAD_LINK = re.compile(
    "(?: ?\\([^()]{1,20}\\))?, (?:"
    + "|".join(f"(?P<b{i}>{re.escape(phrase)})" for i, phrase in enumerate(lx.BODY_TO_HEAD_LINKS))
    + ") "
)
_BODY_HEAD_ROWS = tuple(
    next(i for i, row in enumerate(lx.ROLES) if row.masculine.split("|")[0] == masculine)
    for masculine in lx.BODY_TO_HEAD_LINKS.values()
)


def _led_bodies(doc, masked, found, institutions, registry, jurisdiction) -> list[Candidate]:
    """ "la Comisión Estatal del Agua, a cargo de Ana Ruiz Soto, …": the head of the
    public body named right before the clause (``lx.BODY_TO_HEAD_LINKS``)."""
    more = []
    ends = {occ.end: occ for occ in institutions}
    for match in _BODY_HEAD_LINK.finditer(masked):
        occ = ends.get(match.start())
        if occ is None or is_private(occ.name):
            continue
        span, _how = _name_after(masked, match.end() - 1)
        if not span or span[0] != match.end() or any(c.start <= span[0] < c.end for c in found):
            continue
        if not _P3_CLOSE.match(masked, span[1]):
            continue
        index = _BODY_HEAD_ROWS[int(match.lastgroup[1:])]
        _regex, masculine, feminine, _needs, category = lx.TITLES[index]
        name = doc.text[span[0] : span[1]]
        fem = lx.is_feminine_name(name)
        row = lx.ROLES[index]
        comp = Complement(end=occ.end, institution=occ)
        position_role, institution, named = post_for(
            category, masculine, feminine, fem, [], comp, registry, jurisdiction, doc, occ.end
        )
        title = (row.feminine if fem else row.masculine).split("|")[0]
        more.append(
            Candidate(
                name=name,
                start=span[0],
                end=span[1],
                # the role as the clause states it: "titular de la Comisión Estatal del Agua"
                role=f"{title} {_of_body(doc.text, occ)}",
                position_role=position_role[:200],
                institution=institution,
                institution_named=named,
                area="",
                past=False,
                pattern="P2",
                title_start=match.start(),
                category=category,
                body_kinds=row.body_kinds(),
            )
        )
    return more


# The clause with a title before the name: "la Dirección de Tránsito municipal, a cargo de
# la comisaria X", "… —a cargo del comandante X—" (a level word may close the body's name).
_BODY_TITLED_HEAD_LINK = re.compile(
    r"(?: ?\([^()]{1,20}\))?(?: municipal| estatal)?(?:, | ?[—–] ?)(?:"
    + "|".join(re.escape(phrase) for phrase in lx.BODY_TO_HEAD_LINKS)
    + r")(?: la | el |(?<=de)l )"
)


def _titled_heads_of_led_bodies(masked: str, found: list[Candidate], institutions) -> None:
    """ "la Dirección de Tránsito municipal, a cargo de la comisaria X": X, found by her
    title, works in the public body named right before the clause, when her title names
    no body of its own. In place."""
    ends = {occ.end: occ for occ in institutions}
    for match in _BODY_TITLED_HEAD_LINK.finditer(masked):
        occ = ends.get(match.start())
        if occ is None or is_private(occ.name):
            continue
        for candidate in found:
            if candidate.title_start == match.end() and not candidate.institution_named:
                candidate.institution = InstitutionRef(
                    occ.name, occ.id, occ.key, occ.jurisdiction, occ.acronym
                )


_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w])(el|la|los|las) $")
_OF_ARTICLE = {"el": "del", "la": "de la", "los": "de los", "las": "de las"}


def _of_body(text: str, occ) -> str:
    """ "de la Comisión Estatal del Agua": a body's name as written, with "de" and the
    article written before it."""
    article = _ARTICLE_BEFORE.search(text, max(0, occ.start - 4), occ.start)
    joint = _OF_ARTICLE[article.group(1).lower()] if article else "de"
    return f"{joint} {text[occ.start : occ.end]}"


# A unit named after a verb clause ending in "de" ("quien está al frente de la Jefatura de
# Enfermería,"): an area of a body, no body itself (``lexicon.VERB_UNITS``).
_VERB_UNIT = re.compile(
    rf"(?:{'|'.join(lx.VERB_UNITS)}) (?:de la |de los |del |de ){CAP}"
    rf"(?: (?:y |e |de la |de los |del |de )?{CAP})*(?=[,.;])"
)


_VERB_ARTICLE = re.compile(r"(?:(?<= de)|(?<= de l)| (?P<article>el|la|los|las)) $")


def _verb_complement(doc, masked, match, found, inst_at, registry, jurisdiction):
    """ "Ana Ruiz Soto, quien preside la Comisión de Salud del Congreso, …", "X, quien
    dirige el Centro …": what the verb's title would say with "de" and the words after the
    verb ("presidenta de la Comisión de Salud …"), read as that title's complement: an
    organ, a unit or a body no pattern named; never a private one."""
    article = _VERB_ARTICLE.search(masked, match.start(), match.end())
    if article is None or article.group("article") is None:
        return []
    word = article.group("article")
    joint = " del " if word == "el" else f" de {word} "
    start = match.start() + 2
    pad = match.end() - start - len(joint)
    if pad < 0:
        return []
    # the clause written as "<padding> de la ": every position after it stays
    rewritten = masked[:start] + " " * pad + joint + masked[match.end() :]
    tail = _P3_TAIL.search(masked, max(0, match.start() - 160), match.start() + 2)
    span = tail and clean_name(masked, tail.start("name"), tail.end("name"), leading_trim=True)
    if not span or any(c.start <= span[0] < c.end for c in found):
        return []
    index = _VERB_ROWS[int(match.lastgroup[1:])]
    _regex, masculine, feminine, _needs, category = lx.TITLES[index]
    pos = match.end() - len(joint)
    adjectives, comp = _post_phrase(doc, rewritten, pos, category, inst_at, jurisdiction)
    if comp.non_public or comp.end == pos or not (comp.institution or comp.area):
        return []
    if comp.institution is not None and is_private(comp.institution.name):
        return []
    if SAID_PRIVATE.match(masked, comp.end) or not _P3_CLOSE.match(masked, comp.end):
        return []
    row = lx.ROLES[index]
    name = doc.text[span[0] : span[1]]
    fem = lx.is_feminine_name(name)
    title = (row.feminine if fem else row.masculine).split("|")[0]
    role = f"{title}{joint}{doc.text[match.end() : comp.written_end or comp.end]}"
    position_role, institution, named = post_for(
        category, masculine, feminine, fem, adjectives, comp, registry, jurisdiction, doc,
        comp.end,
    )  # fmt: skip
    return [
        Candidate(
            name=name, start=span[0], end=span[1], role=role[:200],
            position_role=position_role[:200], institution=institution,
            institution_named=named, area="", past=False, pattern="P3",
            title_start=match.start() + 2, category=category, body_kinds=row.body_kinds(),
            unit=comp.area if institution is None else "", organ=context.organ_of(comp),
            own_unit=context.unit_title(row.heads, adjectives, comp, role)
            if institution is None
            else None,
        )
    ]  # fmt: skip


def _verb_unit(doc, masked, match, found) -> list[Candidate]:
    """ "Ana Ruiz Soto, quien está al frente de la Jefatura de Enfermería, …": the
    "titular de la Jefatura de Enfermería"; its body comes from the article
    (``context``)."""
    phrase = tuple(lx.POST_VERBS)[int(match.lastgroup[1:])]
    if not phrase.endswith(" de"):
        return []
    unit = _VERB_UNIT.match(masked, match.end())
    if unit is None:
        return []
    tail = _P3_TAIL.search(masked, max(0, match.start() - 160), match.start() + 2)
    span = tail and clean_name(masked, tail.start("name"), tail.end("name"), leading_trim=True)
    if not span or any(c.start <= span[0] < c.end for c in found):
        return []
    index = _VERB_ROWS[int(match.lastgroup[1:])]
    row = lx.ROLES[index]
    name = doc.text[span[0] : span[1]]
    title = (row.feminine if lx.is_feminine_name(name) else row.masculine).split("|")[0]
    joint = doc.text[match.start() + 2 + len(phrase) - 2 : match.end()]  # "de la "
    role = f"{title} {joint}{doc.text[unit.start() : unit.end()]}"
    return [
        Candidate(
            name=name,
            start=span[0],
            end=span[1],
            role=role,
            position_role=role[:1].upper() + role[1:200],
            institution=None,
            institution_named=False,
            area="",
            past=False,
            pattern="P3",
            title_start=match.start() + 2,
            category=row.category,
            body_kinds=row.body_kinds(),
        )
    ]
