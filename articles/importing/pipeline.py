"""``import_paths``: the one entry point of the importer.

Files are streamed, never loaded all at once. Unchanged files are
recognised by their content hash before parsing. Writes go in batches: one
transaction per batch with a savepoint per file, so a bad file rolls back
alone, and a killed process loses at most the batch in flight, which the
next run imports again. Parsing runs in worker processes (workers.py), so
no file can crash or stall the run.
"""

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connections, transaction
from django.utils.translation import gettext as _

from articles.importing.bulk import NewFile, create_articles
from articles.importing.parsing import parse_bytes
from articles.importing.persist import (
    EditedSinceImport,
    ImportState,
    KnownArticle,
    OtherStory,
    check_update,
    save_parsed,
)
from articles.importing.records import (
    FileOutcome,
    ImportFailure,
    ImportReport,
    ParsedArticle,
    Status,
)
from articles.importing.sources import SourceFile, content_hash, iter_source_files, printable
from articles.importing.workers import ERROR, TIMEOUT, Lost, TaskPool
from articles.models import Article
from articles.rendering import render_markdown
from newsroom.caching import content_changed
from newsroom.routing import primary

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


@dataclass(frozen=True)
class PreparedFile:
    """A parsed file with its rendered body, ready to persist."""

    source: SourceFile
    digest: str
    parsed: ParsedArticle
    body_html: str
    extraction: object = None  # people.mentions.Extraction, when made in a worker


# The registry a worker process extracts mentions with: the parent's, as it was when
# the pool was forked (set by the pool's initializer; None in the parent).
_worker_registry = None


def set_worker_registry(registry) -> None:
    global _worker_registry
    _worker_registry = registry


def _extract(parsed: ParsedArticle):
    from people.mentions import extract_for_linking

    try:
        return extract_for_linking(
            parsed.title,
            parsed.deck,
            parsed.highlights,
            parsed.body,
            parsed.published_at,
            registry=_worker_registry,
        )
    except Exception:  # the writer extracts again, and reports what goes wrong there
        logger.exception("Unexpected error extracting mentions from %s", parsed.title)
        return None


def prepare(source: SourceFile, max_bytes: int) -> PreparedFile | FileOutcome:
    """Read, parse and render one file (and, in a worker, extract its mentions):
    pure work, safe in a worker process."""
    try:
        data = read_source(source, max_bytes)
        parsed = parse_source(data, source, max_bytes)
    except ImportFailure as failure:
        return FileOutcome(source.display, Status.FAILED, error=failure.reason)
    extraction = _extract(parsed) if _worker_registry is not None else None
    return PreparedFile(
        source, content_hash(data), parsed, render_markdown(parsed.body), extraction
    )


def _prepare_job(job: tuple[SourceFile, int]) -> PreparedFile | FileOutcome:
    return prepare(*job)


class _Run:
    def __init__(self, *, max_bytes, draft, dry_run, overwrite_edited, restore_deleted=False):
        self.max_bytes = max_bytes
        self.draft = draft
        self.dry_run = dry_run
        self.overwrite_edited = overwrite_edited
        self.restore_deleted = restore_deleted
        self.state = ImportState.load()
        self._registry = None

    @property
    def registry(self):
        if self._registry is None:
            from people.mentions import Registry

            self._registry = Registry.load()
        return self._registry

    def triage(self, source: SourceFile) -> FileOutcome | None:
        """The outcome of a file known without parsing it, or None to parse it.

        Unchanged files, copies of imported content and deleted articles are
        recognised here from a read and a hash, which is what makes a re-run
        fast. Identity (docs/architecture.md): the same content is the same
        article wherever the file now lies; a changed file is the article
        imported from the same absolute path.
        """
        if source.problem:
            return FileOutcome(source.display, Status.FAILED, error=source.problem)
        try:
            data = read_source(source, self.max_bytes)
        except ImportFailure as failure:
            return self.failed(source, failure)
        digest = content_hash(data)
        if self.state.is_deleted(source.absolute, digest) and not self.restore_deleted:
            return FileOutcome(source.display, Status.SKIPPED, error=_("eliminado por un editor"))
        known = self.state.article_at(source.absolute, source.key)
        if known and known.content_hash == digest:
            return FileOutcome(source.display, Status.UNCHANGED)
        twin = self.state.by_hash.get(digest)
        if twin and twin is not known:
            if _same_name(twin.source_file, source.key) and known is None:
                # The same file, moved or imported from another root.
                return FileOutcome(source.display, Status.UNCHANGED)
            return self.duplicate(source, twin.source_file)
        return None

    def failed(self, source: SourceFile, failure: ImportFailure) -> FileOutcome:
        return FileOutcome(source.display, Status.FAILED, error=failure.reason)

    def duplicate(self, source: SourceFile, twin: str | None) -> FileOutcome:
        return FileOutcome(
            source.display,
            Status.SKIPPED,
            error=_("duplicado de %(file)s") % {"file": printable(twin or "")},
        )

    def refused_update(self, source: SourceFile, parsed: ParsedArticle, reason: str):
        known = self.state.article_at(source.absolute, source.key)
        slug = Article.objects.filter(pk=known.id).values_list("slug", flat=True) if known else []
        return FileOutcome(
            source.display,
            Status.SKIPPED,
            article=(slug.first() if known else "") or "",
            format=parsed.format,
            error=reason,
            warnings=parsed.warnings,
        )

    def edited(self, source, parsed) -> FileOutcome:
        return self.refused_update(
            source,
            parsed,
            _(
                "editado en el administrador desde la importación; no se sobrescribe "
                "(use --overwrite-edited para forzar)"
            ),
        )

    def other_story(self, source, parsed) -> FileOutcome:
        return self.refused_update(
            source,
            parsed,
            _(
                "conflicto: el archivo ahora contiene otra nota («%(title)s»); no se aplica. "
                "Si es una nota nueva, guárdela con otro nombre"
            )
            % {"title": parsed.title[:80]},
        )

    def predict(self, source: SourceFile, parsed: ParsedArticle) -> FileOutcome:
        """What the real run would do with this file, without writing (--dry-run)."""
        known = self.state.article_at(source.absolute, source.key)
        article = Article.objects.filter(pk=known.id).first() if known else None
        if article is not None:
            try:
                check_update(article, parsed, overwrite_edited=self.overwrite_edited)
            except EditedSinceImport:
                return self.edited(source, parsed)
            except OtherStory:
                return self.other_story(source, parsed)
        status = Status.CREATED if article is None else Status.UPDATED
        return FileOutcome(source.display, status, format=parsed.format, warnings=parsed.warnings)

    def persist(self, source: SourceFile, parsed: ParsedArticle, digest: str) -> FileOutcome:
        # An earlier file of this same batch may have been this one (a link
        # to it) or the same content.
        known = self.state.article_at(source.absolute, source.key)
        if known and known.content_hash == digest:
            return FileOutcome(source.display, Status.UNCHANGED, format=parsed.format)
        twin = self.state.by_hash.get(digest)
        if twin and twin is not known:
            return self.duplicate(source, twin.source_file)
        if self.dry_run:
            self.state.by_hash.setdefault(
                digest, KnownArticle(0, digest, source.absolute, source.key)
            )
            return self.predict(source, parsed)
        try:
            with transaction.atomic():
                if self.restore_deleted:
                    self.state.forget_deletion(source.absolute, digest)
                article, created = save_parsed(
                    parsed,
                    source=source,
                    digest=digest,
                    state=self.state,
                    registry=self.registry,
                    draft=self.draft,
                    overwrite_edited=self.overwrite_edited,
                )
        except EditedSinceImport:
            return self.edited(source, parsed)
        except OtherStory:
            return self.other_story(source, parsed)
        except IntegrityError:
            return self.lost_race(source, digest, parsed)
        return FileOutcome(
            source.display,
            Status.CREATED if created else Status.UPDATED,
            article=article.slug,
            format=parsed.format,
            warnings=parsed.warnings,
        )

    def persist_batch(self, items: list[PreparedFile]) -> list[FileOutcome]:
        """New files in bulk, then the rest (updates, duplicates) one by one;
        the outcomes in the files' order."""
        fresh, later, seen = [], [], set()
        for item in items:
            source = item.source
            known = (
                self.state.article_at(source.absolute, source.key) is not None
                or item.digest in self.state.by_hash
            )
            if self.dry_run or self.restore_deleted or known or item.digest in seen:
                later.append(item)
            else:
                seen.add(item.digest)
                fresh.append(item)
        outcomes = dict(zip(map(id, fresh), self.create_fresh(fresh), strict=True))
        for item in later:
            outcomes[id(item)] = self.persist(item.source, item.parsed, item.digest)
        return [outcomes[id(item)] for item in items]

    def create_fresh(self, fresh: list[PreparedFile]) -> list[FileOutcome]:
        if not fresh:
            return []
        files = [
            NewFile(i.source.key, i.source.absolute, i.digest, i.parsed, i.body_html, i.extraction)
            for i in fresh
        ]
        try:
            with transaction.atomic():
                articles = create_articles(
                    files, state=self.state, registry=self.registry, draft=self.draft
                )
        except IntegrityError:
            # Another importer got there first: redo these files one at a
            # time, from fresh state, so each reports what really happened.
            self.state = ImportState.load()
            self._registry = None
            return [self.persist(i.source, i.parsed, i.digest) for i in fresh]
        return [
            FileOutcome(
                item.source.display,
                Status.CREATED,
                article=article.slug,
                format=item.parsed.format,
                warnings=item.parsed.warnings,
            )
            for item, article in zip(fresh, articles, strict=True)
        ]

    def lost_race(self, source: SourceFile, digest: str, parsed: ParsedArticle) -> FileOutcome:
        """Another importer wrote this file (or its twin) first; the constraint held."""
        self.state = ImportState.load()
        known = self.state.article_at(source.absolute, source.key)
        if known and known.content_hash == digest:
            return FileOutcome(source.display, Status.UNCHANGED, format=parsed.format)
        twin = self.state.by_hash.get(digest)
        if twin and twin is not known:
            return self.duplicate(source, twin.source_file)
        return FileOutcome(
            source.display,
            Status.FAILED,
            format=parsed.format,
            error=_("otro proceso importó este archivo al mismo tiempo; vuelva a ejecutar"),
        )


def _same_name(imported_key: str | None, key: str) -> bool:
    """Whether two relative keys name the same file (same name, one path ends the other)."""
    if not imported_key:
        return False
    return (
        imported_key.endswith("/" + key)
        or key.endswith("/" + imported_key)
        or (imported_key == key)
    )


def default_workers() -> int:
    return min(2, os.cpu_count() or 1)


_INHERITED_CONNECTIONS: list = []


def _open_connections() -> list:
    return [w.connection for w in connections.all(initialized_only=True) if w.connection]


def _worker_init(registry=None, held=()) -> None:
    # A forked worker holds copies of the parent's database connections. Keep
    # them referenced so they are never garbage-collected here: closing one
    # would end the parent's PostgreSQL session. Workers never query. ``held``
    # are the main thread's: a worker forked from another thread (a replacement)
    # would otherwise drop them with that thread's locals.
    _INHERITED_CONNECTIONS.extend((*held, *_open_connections()))
    set_worker_registry(registry)  # inherited through the fork, never pickled


def readable(outcome: FileOutcome) -> FileOutcome:
    """``outcome`` with control and bidi characters in its reason and warnings
    escaped: they quote values from the file ("fecha no reconocida «…»"), and
    a newline or a terminal escape there would forge or hide report lines."""
    error = printable(outcome.error)
    warnings = tuple(map(printable, outcome.warnings))
    if error == outcome.error and warnings == outcome.warnings:
        return outcome
    return replace(outcome, error=error, warnings=warnings)


def lost_outcome(source: SourceFile, lost: Lost, seconds: float) -> FileOutcome:
    """The failure of a file whose worker gave no result (see workers.TaskPool)."""
    if lost.kind == TIMEOUT:
        error = _("el archivo tardó demasiado en analizarse (más de %(seconds)s s); se omite") % {
            "seconds": f"{seconds:g}"
        }
    elif lost.kind == ERROR:
        error = _("error inesperado al leer el archivo (%(kind)s)") % {"kind": lost.detail}
    else:
        error = _("el analizador se detuvo (memoria o fallo); se omite")
    return FileOutcome(source.display, Status.FAILED, error=error)


class _InProcess:
    """prepare() in this process (``workers=0``): no limits, for debugging."""

    def map(self, jobs: list) -> list:
        return [_prepare_job(job) for job in jobs]

    def map_async(self, jobs: list):
        return _Later(lambda: self.map(jobs))


@dataclass(frozen=True)
class _Later:
    compute: Callable[[], list]

    def get(self) -> list:
        return self.compute()


class _Preparers:
    """Every file's prepare() in forked workers, each file within
    ``settings.IMPORT_FILE_SECONDS`` and ``IMPORT_FILE_MEMORY_MB``: a file that
    hangs, crashes or exhausts memory fails alone and its worker is replaced."""

    def __init__(self, workers: int, registry: Callable[[], object] = lambda: None):
        self.workers = workers
        self.registry = registry  # the mentions registry the workers extract with, if any
        self.seconds = float(getattr(settings, "IMPORT_FILE_SECONDS", 10))
        self.memory_mb = int(getattr(settings, "IMPORT_FILE_MEMORY_MB", 1024))
        self._pool = None

    def _get(self):
        if self._pool is None:
            if self.workers <= 0:
                self._pool = _InProcess()
            else:
                self._pool = TaskPool(
                    self.workers,
                    _prepare_job,
                    seconds=self.seconds,
                    memory_mb=self.memory_mb,
                    initializer=_worker_init,
                    initargs=(self.registry(), tuple(_open_connections())),
                )
        return self._pool

    def _outcomes(self, jobs: list, results: list) -> list:
        return [
            lost_outcome(job[0], result, self.seconds) if isinstance(result, Lost) else result
            for job, result in zip(jobs, results, strict=True)
        ]

    def map(self, jobs: list) -> list:
        return self._outcomes(jobs, self._get().map(jobs)) if jobs else []

    def map_async(self, jobs: list):
        pending = self._get().map_async(jobs)
        return _Later(lambda: self._outcomes(jobs, pending.get()))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if isinstance(self._pool, TaskPool):
            self._pool.close()


def import_paths(
    paths: Iterable[str],
    *,
    max_bytes: int | None = None,
    draft: bool = False,
    dry_run: bool = False,
    overwrite_edited: bool = False,
    restore_deleted: bool = False,
    follow_outside: bool = False,
    on_outcome: Callable[[FileOutcome], None] | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
) -> ImportReport:
    """Import every file under ``paths``; one file's failure never stops the run.

    Files are parsed ``batch_size`` at a time by ``workers`` processes while
    the previous batch is written, so memory stays bounded however large the
    tree; each file has IMPORT_FILE_SECONDS and IMPORT_FILE_MEMORY_MB, and one
    that hangs, crashes its worker or runs out of memory fails alone
    (``workers=0`` parses in this process, without those limits). Raises
    DatabaseUnavailable if the database goes away; everything committed
    before that stays, and re-running finishes the job.
    """
    with primary():
        return _import(
            paths,
            max_bytes=max_bytes,
            draft=draft,
            dry_run=dry_run,
            overwrite_edited=overwrite_edited,
            restore_deleted=restore_deleted,
            follow_outside=follow_outside,
            on_outcome=on_outcome,
            batch_size=batch_size,
            workers=workers,
        )


def _import(
    paths,
    *,
    max_bytes,
    draft,
    dry_run,
    overwrite_edited,
    restore_deleted,
    follow_outside,
    on_outcome,
    batch_size,
    workers,
) -> ImportReport:
    # The importer writes, so it also reads from the primary (never a replica).
    run = _Run(
        max_bytes=max_bytes or settings.IMPORT_MAX_BYTES,
        draft=draft,
        dry_run=dry_run,
        overwrite_edited=overwrite_edited,
        restore_deleted=restore_deleted,
    )
    report = ImportReport(dry_run=dry_run)

    def record(outcome: FileOutcome) -> None:
        outcome = readable(outcome)
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    def write(prepared: list) -> None:
        ready = []
        for item in prepared:
            if isinstance(item, FileOutcome):
                record(item)
            else:
                ready.append(item)
        if not ready:
            return
        try:
            with transaction.atomic():
                outcomes = run.persist_batch(ready)
                if not dry_run:
                    content_changed()
        except DatabaseError as exc:
            raise DatabaseUnavailable(str(exc)) from exc
        for outcome in outcomes:
            record(outcome)

    workers = default_workers() if workers is None else workers
    # Loaded (if not yet) before the fork: the workers extract mentions with a copy.
    with _Preparers(workers, lambda: None if dry_run else run.registry) as pool:
        window: list[tuple[SourceFile, int]] = []
        in_flight = None
        for source in iter_source_files(paths, follow_outside=follow_outside):
            outcome = run.triage(source)
            if outcome is not None:
                record(outcome)
                continue
            window.append((source, run.max_bytes))
            if len(window) < batch_size:
                continue
            # Parse this window in the workers while the last one is written.
            ready = in_flight.get() if in_flight is not None else None
            in_flight = pool.map_async(window)
            if ready is not None:
                write(ready)
            window = []
        if in_flight is not None:
            write(in_flight.get())
        write(pool.map(window))
    return report
