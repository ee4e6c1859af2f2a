"""Prepare: everything about one file that needs no database, in a worker process.

bytes (read and hashed once, by the run's triage) -> decode -> detect -> read ->
clean -> render -> extract mentions -> search document. The result, a
``PreparedFile``, is all the writer (persist.py) needs: it never parses,
renders or folds a file again, and it extracts mentions again only when the
registry learned, during the run, a name the file's text holds (the worker saw
the registry as it was when the pool was forked; see
``people.mentions.linking``).
"""

import logging
import pickle
from dataclasses import dataclass

from django.utils.translation import gettext as _

from articles.importing.records import FileOutcome, ImportFailure, ParsedArticle, Status
from articles.importing.sources import SourceFile
from articles.rendering import render_markdown
from articles.search_index import plain_text, search_fold
from articles.story_text import article_text, text_words

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One file to prepare: its bytes travel with it, so it is read once."""

    source: SourceFile
    data: bytes
    digest: str
    max_bytes: int
    # What the run's registry learned since the previous window was sent:
    # (first change, change after the last, the changes pickled once per window).
    registry_changes: tuple[int, int, bytes] | None = None


@dataclass(frozen=True)
class PreparedFile:
    """A parsed file with its rendered body, mentions and search text, ready to persist."""

    source: SourceFile
    digest: str
    parsed: ParsedArticle
    body_html: str
    extraction: object = None  # people.mentions.Extraction, or None (no registry)
    search_title: str = ""  # search_fold(title)
    search_body: str = ""  # search_fold(plain_text(body_html))
    # articles.story_text.TextWords of the text: the writer makes the story signature
    # from it once the article is linked, leaving out the names it links to.
    story_words: object = None


# The registry a worker extracts mentions with: the parent's, as it was when the
# pool was forked (set by the pool's initializer), then brought up to date with
# what the parent learned, a window at a time (``catch_up``).
_worker_registry = None
_replayed = 0  # how many of the parent registry's changes this copy holds


def set_worker_registry(registry) -> None:
    global _worker_registry, _replayed
    _worker_registry = registry
    _replayed = registry.change_count if registry is not None else 0


def catch_up(changes: tuple[int, int, bytes] | None) -> None:
    """Replay on this worker's registry what the parent learned since it was copied,
    so its extractions hold in the writer (which checks them: ``linking._still_holds``).

    A worker that missed a window (it got no file of it) cannot catch up and
    extracts with what it has; the writer redoes what no longer holds.
    """
    global _replayed
    if changes is None or _worker_registry is None:
        return
    start, end, blob = changes
    if _replayed >= end or _replayed < start:
        return
    _worker_registry.replay(pickle.loads(blob)[_replayed - start :])
    _replayed = end


def registry_changes(registry, start: int) -> tuple[int, int, bytes] | None:
    """What ``registry`` learned since change ``start``, for ``Job.registry_changes``."""
    end = registry.change_count
    if end <= start:
        return None
    return start, end, pickle.dumps(registry.changes_since(start), pickle.HIGHEST_PROTOCOL)


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
            location=parsed.location,
            dateline=parsed.dateline_city,
            issuer=parsed.issuer,
        )
    except Exception:  # the writer extracts again, and reports what goes wrong there
        logger.exception("Unexpected error extracting mentions from %s", parsed.title)
        return None


def load_readers() -> None:
    """Import the readers and cleaners: a few hundred regular expressions compiled at
    import, 0.2 s of CPU. Called before the workers fork (they share them); a run that
    finds nothing to parse (an unchanged re-import) never pays it."""
    import articles.importing.parsing  # noqa: F401


def parse_source(data: bytes, source: SourceFile, max_bytes: int) -> ParsedArticle:
    from articles.importing.parsing import parse_bytes  # see load_readers

    try:
        return parse_bytes(data, source_path=source.key, max_bytes=max_bytes)
    except ImportFailure:
        raise
    except Exception as exc:  # a reader bug must not stop the archive
        logger.exception("Unexpected error parsing %s", source.path)
        raise ImportFailure(
            _("error inesperado al leer el archivo (%(kind)s)") % {"kind": type(exc).__name__}
        ) from exc


def prepare(job: Job) -> PreparedFile | FileOutcome:
    """Parse, render, extract and fold one file: pure work, safe in a worker."""
    source = job.source
    try:
        parsed = parse_source(job.data, source, job.max_bytes)
    except ImportFailure as failure:
        return FileOutcome(source.display, Status.FAILED, error=failure.reason)
    body_html = render_markdown(parsed.body)
    extraction = None
    if _worker_registry is not None:
        catch_up(job.registry_changes)
        extraction = _extract(parsed)
    return PreparedFile(
        source,
        job.digest,
        parsed,
        body_html,
        extraction,
        search_title=search_fold(parsed.title),
        search_body=search_fold(plain_text(body_html)),
        story_words=text_words(
            article_text(
                title=parsed.title,
                deck=parsed.deck,
                highlights=parsed.highlights,
                body_html=body_html,
            )
        ),
    )
