"""Typed records passed between the import stages."""

from dataclasses import dataclass, field
from datetime import datetime


class ImportFailure(Exception):
    """A source file that cannot become an article.

    ``reason`` is the one plain Spanish sentence the operator reads, e.g.
    "vacío", "no es texto", "falta el título", "YAML inválido en la línea 4".
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Byline:
    name: str
    kind: str  # "person", "desk" or "agency" (people.Author.Kind values)


@dataclass(frozen=True)
class DecodedText:
    text: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedArticle:
    """What a reader makes of one source file, cleaned and ready to persist."""

    format: str  # "jekyll", "wire", "press_release" or "generic"
    title: str
    body: str  # cleaned Markdown, boilerplate removed
    deck: str = ""
    highlights: tuple[str, ...] = ()
    bylines: tuple[Byline, ...] = ()
    source: str = ""  # outlet, agency or issuing institution
    published_at: datetime | None = None  # aware datetime, or None when undated
    section: str = ""
    location: str = ""
    tags: tuple[str, ...] = ()
    lead_image_url: str = ""
    lead_image_credit: str = ""
    media_links: tuple[str, ...] = ()
    draft: bool = False  # Jekyll `published: false`
    slug: str = ""  # a slug the source asks for, if any
    placement: tuple[str, ...] = ()  # placement flags ("Portada", "Destacadas"), not sections
    bulletin_number: str = ""  # press releases: "318/2023", "1102"
    issuer: str = ""  # press releases: the issuing office, as written in the header
    dateline_city: str = ""  # press releases: "Mérida"
    # The state a dateline or a release's letterhead names («Baja California Sur», the
    # full name whatever the abbreviation): no column of its own, it joins ``location``
    # («Bahía Tortugas, Baja California Sur»; ``cleaning.places.with_state``).
    state: str = ""
    removed: tuple[str, ...] = ()  # boilerplate cut from the body, kept for the report
    warnings: tuple[str, ...] = ()


class Status:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"

    ALL = (CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED)


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: str
    status: str
    article: str = ""  # slug
    format: str = ""
    error: str = ""  # failure reason, or why the file was skipped
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "status": self.status,
            "article": self.article or None,
            "format": self.format or None,
            "error": self.error or None,
            "warnings": list(self.warnings),
        }


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    dry_run: bool = False

    def add(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(Status.ALL, 0)
        for outcome in self.outcomes:
            counts[outcome.status] += 1
        return counts

    @property
    def failed(self) -> bool:
        return any(o.status == Status.FAILED for o in self.outcomes)

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "summary": self.counts(),
            "files": [o.as_dict() for o in self.outcomes],
        }
