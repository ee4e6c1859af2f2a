"""``import_paths``: the one entry point of the importer.

Files are streamed, never loaded all at once. Unchanged files are
recognised by their content hash before parsing. Writes go in batches: one
transaction per batch with a savepoint per file, so a bad file rolls back
alone, and a killed process loses at most the batch in flight, which the
next run imports again.
"""

import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils.translation import gettext as _

from articles.importing.parsing import parse_bytes
from articles.importing.persist import EditedSinceImport, ImportState, save_parsed
from articles.importing.records import (
    FileOutcome,
    ImportFailure,
    ImportReport,
    ParsedArticle,
    Status,
)
from articles.importing.sources import SourceFile, content_hash, iter_source_files
from articles.models import Article

logger = logging.getLogger(__name__)

BATCH_SIZE = 100


class DatabaseUnavailable(Exception):
    """The database failed mid-run; what was committed before stays, the rest is redone next run."""


def read_source(source: SourceFile, max_bytes: int) -> bytes:
    try:
        with open(source.path, "rb") as handle:
            # One byte over the limit is enough to know the file is too big.
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise ImportFailure(_("no se puede leer: %(error)s") % {"error": exc.strerror}) from exc


def parse_source(data: bytes, source: SourceFile, max_bytes: int) -> ParsedArticle:
    try:
        return parse_bytes(data, source_path=source.key, max_bytes=max_bytes)
    except ImportFailure:
        raise
    except Exception as exc:  # a reader bug must not stop the archive
        logger.exception("Unexpected error parsing %s", source.path)
        raise ImportFailure(
            _("error inesperado al leer el archivo (%(kind)s)") % {"kind": type(exc).__name__}
        ) from exc


class _Run:
    def __init__(self, *, max_bytes, draft, dry_run, overwrite_edited):
        self.max_bytes = max_bytes
        self.draft = draft
        self.dry_run = dry_run
        self.overwrite_edited = overwrite_edited
        self.state = ImportState.load()
        self._registry = None

    @property
    def registry(self):
        if self._registry is None:
            from people.mentions import Registry

            self._registry = Registry.load()
        return self._registry

    def classify(self, source: SourceFile) -> tuple[FileOutcome | None, ParsedArticle | None, str]:
        """Decide what to do with a file without writing; returns (final outcome, parsed, hash)."""
        try:
            data = read_source(source, self.max_bytes)
        except ImportFailure as failure:
            return self.failed(source, failure), None, ""
        digest = content_hash(data)
        known = self.state.by_source.get(source.key)
        if known and known.content_hash == digest:
            return FileOutcome(source.display, Status.UNCHANGED), None, digest
        twin = self.state.by_hash.get(digest)
        if twin and twin != source.key:
            return self.duplicate(source, twin), None, digest
        try:
            parsed = parse_source(data, source, self.max_bytes)
        except ImportFailure as failure:
            return self.failed(source, failure), None, digest
        return None, parsed, digest

    def failed(self, source: SourceFile, failure: ImportFailure) -> FileOutcome:
        return FileOutcome(source.display, Status.FAILED, error=failure.reason)

    def duplicate(self, source: SourceFile, twin: str) -> FileOutcome:
        return FileOutcome(
            source.display, Status.SKIPPED, error=_("duplicado de %(file)s") % {"file": twin}
        )

    def persist(self, source: SourceFile, parsed: ParsedArticle, digest: str) -> FileOutcome:
        twin = self.state.by_hash.get(digest)
        if twin and twin != source.key:  # an earlier file of this same batch
            return self.duplicate(source, twin)
        if self.dry_run:
            status = Status.UPDATED if source.key in self.state.by_source else Status.CREATED
            return FileOutcome(
                source.display, status, format=parsed.format, warnings=parsed.warnings
            )
        try:
            with transaction.atomic():
                article, created = save_parsed(
                    parsed,
                    source_file=source.key,
                    digest=digest,
                    state=self.state,
                    registry=self.registry,
                    draft=self.draft,
                    overwrite_edited=self.overwrite_edited,
                )
        except EditedSinceImport:
            slug = Article.objects.filter(source_file=source.key).values_list("slug", flat=True)
            return FileOutcome(
                source.display,
                Status.SKIPPED,
                article=slug.first() or "",
                format=parsed.format,
                error=_(
                    "editado en el administrador desde la importación; no se sobrescribe "
                    "(use --overwrite-edited para forzar)"
                ),
                warnings=parsed.warnings,
            )
        except IntegrityError:
            return self.lost_race(source, digest, parsed)
        return FileOutcome(
            source.display,
            Status.CREATED if created else Status.UPDATED,
            article=article.slug,
            format=parsed.format,
            warnings=parsed.warnings,
        )

    def lost_race(self, source: SourceFile, digest: str, parsed: ParsedArticle) -> FileOutcome:
        """Another importer wrote this file (or its twin) first; the constraint held."""
        self.state = ImportState.load()
        twin = self.state.by_hash.get(digest)
        if twin and twin != source.key:
            return self.duplicate(source, twin)
        known = self.state.by_source.get(source.key)
        if known and known.content_hash == digest:
            return FileOutcome(source.display, Status.UNCHANGED, format=parsed.format)
        return FileOutcome(
            source.display,
            Status.FAILED,
            format=parsed.format,
            error=_("otro proceso importó este archivo al mismo tiempo; vuelva a ejecutar"),
        )


def import_paths(
    paths: Iterable[str],
    *,
    max_bytes: int | None = None,
    draft: bool = False,
    dry_run: bool = False,
    overwrite_edited: bool = False,
    on_outcome: Callable[[FileOutcome], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import every file under ``paths``; one file's failure never stops the run.

    Raises DatabaseUnavailable if the database goes away; everything
    committed before that stays, and re-running finishes the job.
    """
    run = _Run(
        max_bytes=max_bytes or settings.IMPORT_MAX_BYTES,
        draft=draft,
        dry_run=dry_run,
        overwrite_edited=overwrite_edited,
    )
    report = ImportReport(dry_run=dry_run)

    def record(outcome: FileOutcome) -> None:
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    pending: list[tuple[SourceFile, ParsedArticle, str]] = []

    def flush() -> None:
        if not pending:
            return
        try:
            with transaction.atomic():
                outcomes = [run.persist(*item) for item in pending]
        except DatabaseError as exc:
            raise DatabaseUnavailable(str(exc)) from exc
        pending.clear()
        for outcome in outcomes:
            record(outcome)

    for source in iter_source_files(paths):
        outcome, parsed, digest = run.classify(source)
        if outcome is not None:
            record(outcome)
            continue
        pending.append((source, parsed, digest))
        if len(pending) >= batch_size:
            flush()
    flush()
    return report
