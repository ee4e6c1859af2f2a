"""``import_paths``: the one entry point of the importer.

The run is one line: walk (sources.py) -> triage (read and hash each file
once; unchanged, duplicated and deleted files stop here) -> prepare, in
worker processes (prepare.py, workers.py: no file can crash or stall the run)
-> persist, a batch at a time in this process (persist.save_batch: one
transaction per batch, retried whole if PostgreSQL broke a deadlock). A
killed process loses at most the batch in flight, which the next run imports
again.
"""

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import (
    DatabaseError,
    OperationalError,
    connection,
    connections,
    reset_queries,
    transaction,
)
from django.utils.translation import gettext as _

from articles.importing.identity import ImportState, KnownArticle
from articles.importing.persist import Options, duplicate, save_batch
from articles.importing.prepare import (
    Job,
    PreparedFile,
    load_readers,
    prepare,
    registry_changes,
    set_worker_registry,
)
from articles.importing.records import FileOutcome, ImportFailure, ImportReport, Status
from articles.importing.sources import SourceFile, content_hash, iter_source_files, printable
from articles.importing.statistics import refresh_statistics
from articles.importing.workers import ERROR, TIMEOUT, Lost, TaskPool
from articles.models import Article
from articles.story_grouping import regroup_imported
from newsroom.batching import update_rows
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


class _Run:
    def __init__(self, options: Options, max_bytes: int):
        self.options = options
        self.max_bytes = max_bytes
        self.state = ImportState.load()
        self._registry = None
        self._sent = [0, 0]  # the registry's change count at the last two windows sent
        # Unchanged files whose signature is not the one recorded, to record.
        self.resigned: list[tuple[KnownArticle, str]] = []

    def record_signatures(self) -> None:
        """Record the signatures of files found unchanged by their hash, so the
        next run skips them unread (metadata only: no page changes)."""
        if self.options.dry_run or not self.resigned:
            return
        rows = [Article(pk=known.id, source_signature=sign) for known, sign in self.resigned]
        update_rows(rows, ["source_signature"])
        for known, sign in self.resigned:
            known.source_signature = sign
        self.resigned = []

    @property
    def registry(self):
        if self._registry is None:
            from people.mentions import Registry

            self._registry = Registry.load()
            self._registry.record_changes()  # the workers' copies replay what it learns
        return self._registry

    def to_workers(self, window: list[Job]) -> list[Job]:
        """``window`` with what the registry learned since the window before last
        (a worker that got no file of the last window still catches up)."""
        if self._registry is None:
            return window
        changes = registry_changes(self._registry, self._sent[0])
        self._sent = [self._sent[1], self._registry.change_count]
        if changes is None:
            return window
        return [replace(job, registry_changes=changes) for job in window]

    def triage(self, source: SourceFile) -> FileOutcome | Job:
        """The outcome of a file known without parsing it, or the job that parses it.

        The file is read and hashed here, once: unchanged files, copies of
        imported content and deleted articles are recognised from the hash,
        which is what makes a re-run fast, and the bytes go to the worker.
        Identity (docs/architecture.md): the same content is the same article
        wherever the file now lies; a changed file is the article imported from
        the same absolute path.
        """
        if source.problem:
            return FileOutcome(source.display, Status.FAILED, error=source.problem)
        state = self.state
        known = state.article_at(source.absolute, source.key)
        if (
            known
            and source.signature
            and known.source_signature == source.signature
            and not self.options.rehash
            and source.absolute not in state.deleted_paths
            and known.content_hash not in state.deleted_hashes
        ):
            # Same size, times and inode as when it was imported: not read at all.
            return FileOutcome(source.display, Status.UNCHANGED)
        try:
            data = read_source(source, self.max_bytes)
        except ImportFailure as failure:
            return FileOutcome(source.display, Status.FAILED, error=failure.reason)
        digest = content_hash(data)
        if state.is_deleted(source.absolute, digest) and not self.options.restore_deleted:
            return FileOutcome(source.display, Status.SKIPPED, error=_("eliminado por un editor"))
        if known and known.content_hash == digest:
            if source.signature != known.source_signature:
                self.resigned.append((known, source.signature))  # touched, copied back…
            return FileOutcome(source.display, Status.UNCHANGED)
        twin = state.by_hash.get(digest)
        if twin and twin is not known:
            if _same_name(twin.source_file, source.key) and known is None:
                # The same file, moved or imported from another root.
                return FileOutcome(source.display, Status.UNCHANGED)
            return duplicate(source.display, twin.source_file)
        return Job(source, data, digest, self.max_bytes)

    def write(self, prepared: list) -> list[FileOutcome]:
        """One batch in one transaction, retried when PostgreSQL broke a deadlock."""
        ready = [item for item in prepared if isinstance(item, PreparedFile)]
        # With DEBUG on (the development default) Django keeps the text of the
        # last 9,000 statements, and a batch's multi-row INSERTs are hundreds
        # of kilobytes each: a 100,000-file import grew to 1 GB. Keep none.
        reset_queries()
        outcomes = iter(self._write(ready) if ready else [])
        return [item if isinstance(item, FileOutcome) else next(outcomes) for item in prepared]

    def _write(self, ready: list[PreparedFile]) -> list[FileOutcome]:
        for attempt in range(1, DEADLOCK_RETRIES + 1):
            checkpoint = self.state.checkpoint()
            try:
                with transaction.atomic():
                    registry = None if self.options.dry_run else self.registry
                    outcomes = save_batch(
                        ready, self.state, registry=registry, options=self.options
                    )
                    if not self.options.dry_run:
                        content_changed()
                return outcomes
            except OperationalError as exc:
                if not _is_deadlock(exc):
                    raise DatabaseUnavailable(str(exc)) from exc
                # Rolled back whole: read what the other process committed, then redo.
                logger.warning("deadlock writing a batch (attempt %s): %s", attempt, exc)
                self.state.restore(checkpoint)
                self.state.reload()
                if self._registry is not None:
                    self._registry.forget_rolled_back()
            except DatabaseError as exc:
                raise DatabaseUnavailable(str(exc)) from exc
        error = _(
            "otro proceso escribía lo mismo y la base de datos interrumpió este lote "
            "%(times)s veces (bloqueo mutuo); vuelva a ejecutar"
        ) % {"times": DEADLOCK_RETRIES}
        return [
            FileOutcome(item.source.display, Status.FAILED, format=item.parsed.format, error=error)
            for item in ready
        ]


# A batch PostgreSQL aborts to break a deadlock (or a serialization failure) is
# written again from the start, this many times in all, before its files fail.
DEADLOCK_RETRIES = 3


def _is_deadlock(exc: Exception) -> bool:
    cause = exc.__cause__
    return getattr(cause, "sqlstate", None) in ("40P01", "40001")


def _same_name(imported_key: str | None, key: str) -> bool:
    """Whether two relative keys name the same file (same name, one path ends the other)."""
    if not imported_key:
        return False
    return (
        imported_key.endswith("/" + key)
        or key.endswith("/" + imported_key)
        or (imported_key == key)
    )


def _without_memory_map() -> None:
    """Read SQLite's pages with read() in this run, not through the memory map the
    site uses (newsroom/settings.py): an import passes over its tables once, and the
    mapped pages of the file counted as the process's memory (an unchanged 100,000-file
    run peaked at 418 MB with the map, 211 MB without)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA mmap_size=0")


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
    _warm_up()


# A made-up file run through every step by a fresh worker before its first real
# one: the pages it touches (copied from the parent on first write) and what is
# built on first use are then paid before the pool starts the file's clock. A
# replacement worker's first small file took 0.5 s of CPU on a busy machine.
_WARM_UP = (
    "---\ntitle: Inaugura el ayuntamiento la nueva biblioteca\ndate: 2024-05-03\n"
    "author: Ana Ruiz Pérez\ncategories: [Cultura]\n---\n\n"
    "Zacatecas, Zac.- La secretaria de Educación, Laura Méndez Ortiz, y el presidente "
    "municipal de Guadalupe, Jorge Salas Ríos, inauguraron la biblioteca del Instituto "
    "Zacatecano de Cultura (IZC).\n\n**Lee también:** otra nota.\n"
).encode()


def _warm_up() -> None:
    source = SourceFile("calentamiento.md", "calentamiento.md")
    try:
        prepare(Job(source, _WARM_UP, content_hash(_WARM_UP), len(_WARM_UP) + 1))
    except Exception:  # never worth a worker: the real files will say what is wrong
        logger.exception("A worker's warm-up failed")


def readable(outcome: FileOutcome) -> FileOutcome:
    """``outcome`` with control and bidi characters in its reason and warnings
    escaped: they quote values from the file ("fecha no reconocida «…»"), and
    a newline or a terminal escape there would forge or hide report lines."""
    if not outcome.error and not outcome.warnings:
        return outcome  # most outcomes: nothing quoted from the file
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
        return [prepare(job) for job in jobs]

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
            load_readers()  # first needed now: before the fork, so the workers share them
            if self.workers <= 0:
                self._pool = _InProcess()
            else:
                self._pool = TaskPool(
                    self.workers,
                    prepare,
                    seconds=self.seconds,
                    memory_mb=self.memory_mb,
                    initializer=_worker_init,
                    initargs=(self.registry(), tuple(_open_connections())),
                )
        return self._pool

    def _outcomes(self, jobs: list, results: list) -> list:
        return [
            lost_outcome(job.source, result, self.seconds) if isinstance(result, Lost) else result
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
    rehash: bool = False,
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
            rehash=rehash,
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
    rehash,
    follow_outside,
    on_outcome,
    batch_size,
    workers,
) -> ImportReport:
    # The importer writes, so it also reads from the primary (never a replica).
    options = Options(
        draft=draft,
        dry_run=dry_run,
        overwrite_edited=overwrite_edited,
        restore_deleted=restore_deleted,
        rehash=rehash,
    )
    _without_memory_map()
    run = _Run(options, max_bytes or settings.IMPORT_MAX_BYTES)
    report = ImportReport(dry_run=dry_run)

    def record(outcome: FileOutcome) -> None:
        outcome = readable(outcome)
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    def write(prepared: list) -> None:
        for outcome in run.write(prepared):
            record(outcome)

    workers = default_workers() if workers is None else workers
    # Loaded (if not yet) before the fork: the workers extract mentions with a copy.
    with _Preparers(workers, lambda: None if dry_run else run.registry) as pool:
        window: list[Job] = []
        in_flight = None
        for source in iter_source_files(paths, follow_outside=follow_outside):
            job = run.triage(source)
            if isinstance(job, FileOutcome):
                record(job)
                if len(run.resigned) >= BATCH_SIZE * 10:
                    run.record_signatures()
                continue
            window.append(job)
            if len(window) < batch_size:
                continue
            # Prepare this window in the workers while the last one is written.
            ready = in_flight.get() if in_flight is not None else None
            in_flight = pool.map_async(run.to_workers(window))
            if ready is not None:
                write(ready)
            window = []
        if in_flight is not None:
            write(in_flight.get())
        if window:  # an unchanged re-run has none: no pool is ever started
            write(pool.map(run.to_workers(window)))
    run.record_signatures()
    if not dry_run:  # every version of a story (issue 14 §5), once per run
        counts = report.counts()
        try:
            regroup_imported(report.outcomes, stored=run.state.signed)
            refresh_statistics(counts[Status.CREATED] + counts[Status.UPDATED])
        except DatabaseError as exc:
            raise DatabaseUnavailable(str(exc)) from exc
    return report
