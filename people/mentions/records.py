"""Typed records the extractor returns: frozen, comparable, free of database objects."""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class InstitutionRef:
    """An institution as the text names it: a registry id, or what to create."""

    name: str
    id: int | None = None
    key: str = ""  # normalize_alias(name)
    jurisdiction: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()  # other names seen in the text (as written)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class InstitutionHit:
    """One institution an article mentions."""

    name: str
    id: int | None  # None: discovered, not in the registry yet
    count: int
    snippet: str  # at most 200 characters around the first mention
    evidence: str = ""  # the sentence of the first mention
    key: str = ""
    acronym: str = ""
    jurisdiction: str = ""
    surfaces: tuple[str, ...] = ()  # the forms written in the article
    aliases: tuple[str, ...] = ()  # names to learn as aliases (new variants, acronym)
    in_title: bool = False

    @property
    def discovered(self) -> bool:
        return self.id is None


@dataclass(frozen=True)
class OfficialHit:
    """One official an article mentions, with the post the text gives them."""

    name: str
    id: int | None  # None: discovered
    count: int
    snippet: str
    role: str = ""  # as written: "delegado del IMSS en Zacatecas"
    institution: str = ""  # the post's institution name, "" when unknown
    institution_ref: InstitutionRef | None = None
    position_role: str = ""  # canonical title for the Position: "Delegado"
    area: str = ""  # "Zacatecas" in "delegado del IMSS en Zacatecas"
    past: bool = False  # "exgobernador", "el entonces secretario": no current post
    evidence: str = ""  # the sentence that introduced the official
    key: str = ""
    surfaces: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # full-name variants to learn
    in_title: bool = False

    @property
    def discovered(self) -> bool:
        return self.id is None

    @property
    def institution_id(self) -> int | None:
        return self.institution_ref.id if self.institution_ref else None


@dataclass(frozen=True)
class ExtractionBasis:
    """What an extraction was computed against, so another process can tell whether
    it still holds: the registry (its ``lineage`` and ``version``), the jurisdiction,
    and the folded text the registry's names were matched in."""

    lineage: str
    version: int
    jurisdiction: str
    matching: str


@dataclass(frozen=True)
class Extraction:
    """Everything one article mentions."""

    officials: tuple[OfficialHit, ...] = ()
    institutions: tuple[InstitutionHit, ...] = ()
    published_on: date | None = None
    # Institutions a post points at without the text naming them ("el gobernador" ->
    # Gobierno del Estado de Zacatecas): created if missing, never counted as mentions.
    position_institutions: tuple[InstitutionRef, ...] = field(default=())
    # Set by ``extract_mentions(..., keep_basis=True)`` (the importer's workers);
    # never part of the comparison.
    basis: ExtractionBasis | None = field(default=None, compare=False, repr=False)

    def official(self, name: str) -> OfficialHit | None:
        return next((h for h in self.officials if h.name == name), None)

    def institution(self, name: str) -> InstitutionHit | None:
        return next((h for h in self.institutions if h.name == name), None)

    @property
    def official_names(self) -> set[str]:
        return {h.name for h in self.officials}

    @property
    def institution_names(self) -> set[str]:
        return {h.name for h in self.institutions}
