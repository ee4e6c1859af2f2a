"""Role at date: "el gobernador dijo…" links whoever held the post that day.

A mention by role alone names no one. When the registry (or an editor) dated a
post's term, the article's date and state say who held it: "el gobernador" in a
Zacatecas article of 2014 is the governor of Zacatecas in 2014. Such links are
*inferred*: the linker records them (``people.InferredLink``) so editors can see
and undo them.

What a role may be called is data (``ROLE_FORMS``): each canonical role (the
Position's role, folded) with the forms the press uses for it. A post's own
role, and its feminine, always count. A mention counts when

- it is "el/la/del/al" + a form, not followed by a name (a named holder is the
  extractor's business), nor plural;
- exactly one registered post with that role was held on the article's date in
  the article's scope: a state or municipal body of the article's state, or a
  federal body the phrase names ("el delegado del IMSS") or the article names,
  whose area is empty or the article's state;
- no official the article names already holds that role in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from people.mentions.states import state_name
from people.mentions.text import fold_word, normalize_alias

# Canonical role (folded) -> other ways the press names its holder.
ROLE_FORMS: dict[str, tuple[str, ...]] = {
    "gobernador": ("gobernadora", "mandatario estatal", "mandataria estatal", "ejecutivo estatal"),
    "presidente municipal": ("presidenta municipal", "alcalde", "alcaldesa", "edil"),
    "presidente de la republica": ("presidenta de la republica", "mandatario federal"),
    "delegado": ("delegada",),
    "director general": ("directora general",),
    "rector": ("rectora",),
    "fiscal general": ("fiscal",),
}

_ARTICLE = r"(?:el|la|del|al)"
# After the role: a name (capitalised word) means the holder is named.
_NAMED_AFTER = re.compile(r",? (?:[A-ZÁÉÍÓÚÑ][\w-]+)")
_COMPLEMENT = re.compile(r" (?:del|de la|de los|de) ([A-ZÁÉÍÓÚÑ][\w-]*(?: [\w-]+){0,6})")


@dataclass(frozen=True)
class Holder:
    """A registered post with a known term, as role-at-date reads it."""

    official_id: int
    position_id: int
    role_key: str  # folded canonical role: "gobernador"
    institution_id: int | None
    institution_keys: frozenset[str]  # the institution's name, acronym and aliases, folded
    jurisdiction: str  # the institution's: "MX", "MX-ZAC", "MX-ZAC/Fresnillo"
    area: str
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class InferredHit:
    official_id: int
    position_id: int
    institution_id: int | None
    phrase: str  # as written: "el gobernador"
    role: str
    count: int
    snippet: str


@dataclass(frozen=True)
class HolderIndex:
    """The holders by role, and each role's forms by their first word.

    Built once per registry load: an article then looks up only the forms
    whose first word it contains, and the holders of those roles; scanning
    every holder's term for every article was a tenth of an import's writer.
    """

    by_role: dict[str, list[Holder]]
    forms_by_word: dict[str, list[tuple[str, str]]]  # first word -> [(form, role_key)]
    # role -> scope -> its holders, in by_role's order: a state's ("MX-ZAC", its
    # towns' included) or "" (federal and foreign). An article's state reads only
    # its own and the federal ones, the only ones ``_holder`` can choose: scanning
    # every mayor of the country per "el alcalde" was most of ``infer``.
    by_scope: dict[str, dict[str, list[tuple[int, Holder]]]] = field(default_factory=dict)

    @classmethod
    def build(cls, holders: list[Holder]) -> HolderIndex:
        by_role: dict[str, list[Holder]] = {}
        for holder in holders:
            by_role.setdefault(holder.role_key, []).append(holder)
        forms_by_word: dict[str, list[tuple[str, str]]] = {}
        by_scope: dict[str, dict[str, list[tuple[int, Holder]]]] = {}
        for role_key, role_holders in by_role.items():
            for form in forms_of(role_key):
                forms_by_word.setdefault(form.split(" ", 1)[0], []).append((form, role_key))
            scopes = by_scope.setdefault(role_key, {})
            for order, holder in enumerate(role_holders):
                scopes.setdefault(_scope(holder.jurisdiction), []).append((order, holder))
        return cls(by_role, forms_by_word, by_scope)

    def candidates(self, role_key: str, state: str) -> list[Holder]:
        """The holders of ``role_key`` that an article of ``state`` may mean, in order."""
        scopes = self.by_scope.get(role_key, {})
        found = scopes.get("", [])
        if state:
            found = sorted(found + scopes.get(state.split("/", 1)[0], []), key=_first)
        return [holder for _order, holder in found]

    def __bool__(self) -> bool:
        return bool(self.by_role)


def _scope(jurisdiction: str) -> str:
    """A holder's scope: its state ("MX-ZAC" for "MX-ZAC/Fresnillo"), "" if federal."""
    if jurisdiction.startswith("MX-"):
        return jurisdiction.split("/", 1)[0]
    return ""


def _first(item: tuple[int, Holder]) -> int:
    return item[0]


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=512)
def forms_of(role_key: str) -> tuple[str, ...]:
    """Every folded form that names ``role_key``'s holder: itself, its feminine, the table's."""
    forms = [role_key, *ROLE_FORMS.get(role_key, ())]
    head, _, rest = role_key.partition(" ")
    if head.endswith("or"):
        forms.append((head + "a " + rest).strip())
    elif head.endswith("o"):
        forms.append((head[:-1] + "a " + rest).strip())
    return tuple(dict.fromkeys(forms))


def load_holders() -> list[Holder]:
    """Registered posts with a term (a start or end date from the registry or an editor).

    Two queries: the posts with their institutions, and the institutions' aliases.
    """
    from people.models import EntityStatus, InstitutionAlias, Position

    rows = list(
        Position.objects.filter(status=EntityStatus.VERIFIED)
        .exclude(registry_start_date__isnull=True, registry_end_date__isnull=True)
        .exclude(official__status=EntityStatus.REJECTED)
        .filter(official__merged_into__isnull=True)
        .values_list(
            "pk",
            "official_id",
            "role",
            "institution_id",
            "institution__name",
            "institution__acronym",
            "institution__jurisdiction",
            "area",
            "registry_start_date",
            "registry_end_date",
        )
    )
    aliases: dict[int, set[str]] = {}
    institution_ids = {row[3] for row in rows if row[3] is not None}
    for inst_id, normalized in InstitutionAlias.objects.filter(
        institution_id__in=institution_ids
    ).values_list("institution_id", "normalized"):
        aliases.setdefault(inst_id, set()).add(normalized)
    holders = []
    for pk, official_id, role, inst_id, name, acronym, jur, area, start, end in rows:
        keys = set(aliases.get(inst_id, ()))
        keys.update(normalize_alias(n) for n in (name or "", acronym or "") if n)
        holders.append(
            Holder(
                official_id,
                pk,
                normalize_alias(role),
                inst_id,
                frozenset(keys),
                jur or "",
                area,
                start,
                end,
            )
        )
    return holders


def infer(
    text: str,
    *,
    folded: str | None = None,
    day: date | None,
    state: str,
    holders: list[Holder] | HolderIndex,
    named_roles: set[str],
    named_officials: set[int],
    mentioned_institutions: set[int],
) -> list[InferredHit]:
    """Role-only mentions in ``text`` resolved to the post's holder on ``day``.

    ``named_roles``: folded heads of the roles the article gives named officials;
    ``named_officials``: officials already linked by name; ``mentioned_institutions``:
    institutions the article names.
    """
    if day is None or not holders or not text:
        return []
    index = holders if isinstance(holders, HolderIndex) else HolderIndex.build(holders)
    if folded is None:
        folded = _fold_text(text)
    # The forms whose first word the text holds, role by role in the index's order.
    words = set(_WORDS.findall(folded))
    present: dict[str, list[str]] = {}
    for word in words & index.forms_by_word.keys():
        for form, role_key in index.forms_by_word[word]:
            if form in folded:
                present.setdefault(role_key, []).append(form)
    found: dict[int, InferredHit] = {}
    for role_key in [key for key in index.by_role if key in present]:
        if role_key.split(" ", 1)[0] in named_roles:
            continue  # "el gobernador Miguel Alonso Reyes" named earlier: the extractor's
        candidates = [h for h in index.candidates(role_key, state) if h.held_on(day)]
        if not candidates:
            continue
        for form in [f for f in forms_of(role_key) if f in present[role_key]]:
            for match in _form_pattern(form).finditer(folded):
                end = match.end()
                if _NAMED_AFTER.match(text, end):
                    continue
                complement = _COMPLEMENT.match(text, end)
                holder = _holder(
                    candidates, complement, state=state, mentioned=mentioned_institutions
                )
                if holder is None or holder.official_id in named_officials:
                    continue
                previous = found.get(holder.official_id)
                if previous is not None:
                    found[holder.official_id] = InferredHit(
                        **{**previous.__dict__, "count": previous.count + 1}
                    )
                    continue
                phrase = text[match.start() : end]
                found[holder.official_id] = InferredHit(
                    holder.official_id,
                    holder.position_id,
                    holder.institution_id,
                    phrase[:200],
                    text[match.start() : end].split(" ", 1)[1][:200],
                    1,
                    _snippet(text, match.start(), end),
                )
    return list(found.values())


@lru_cache(maxsize=512)
def _form_pattern(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w]){_ARTICLE} {re.escape(form)}(?![\w])")


def _holder(candidates, complement, *, state: str, mentioned: set[int]) -> Holder | None:
    named_keys: set[str] = set()
    if complement is not None:
        words = complement.group(1).split()
        # "del IMSS en Zacatecas", "del Instituto Mexicano del Seguro Social": every prefix.
        named_keys = {normalize_alias(" ".join(words[:n])) for n in range(1, len(words) + 1)}
    state_label = fold_word(state_name(state)) if state else ""
    scoped = []
    for holder in candidates:
        names_it = bool(named_keys & holder.institution_keys)
        if named_keys and not names_it and not (named_keys & {state_label, _area(holder)}):
            continue  # "el delegado del ISSSTE" is not the IMSS's; "de Zacatecas" is a place
        jur = holder.jurisdiction
        if state and (jur == state or jur.startswith(state + "/")):
            scoped.append(holder)
        elif jur == "MX" or not jur.startswith("MX-"):
            area_ok = not holder.area or fold_word(holder.area) == state_label
            if area_ok and (names_it or holder.institution_id in mentioned):
                scoped.append(holder)
    ids = {h.official_id for h in scoped}
    return scoped[0] if len(ids) == 1 else None


def _area(holder: Holder) -> str:
    return fold_word(holder.area) if holder.area else ""


def _fold_text(text: str) -> str:
    from people.naming import fold

    return fold(text)


def _snippet(text: str, start: int, end: int, width: int = 120) -> str:
    left = text.rfind("\n", 0, start) + 1
    left = max(left, start - width)
    right = text.find("\n", end)
    right = len(text) if right < 0 else min(right, end + width)
    return text[left:right].strip()[:300]
