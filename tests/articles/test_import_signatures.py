"""A re-run reads only what changed: a file whose size, times and inode are
those recorded at its import is skipped unread; anything else is read and
hashed as before, so no change can be missed by the shortcut.
"""

import os

import pytest

from articles.importing import pipeline, sources
from articles.importing.pipeline import import_paths
from articles.importing.sources import iter_source_files
from articles.models import Article
from tests.articles.test_import_behaviour import JEKYLL, statuses, write

pytestmark = pytest.mark.django_db

STORY = JEKYLL.format(title="Abre el mercado de Jerez", body="El mercado abrió sus puertas.")
SAME_SIZE = JEKYLL.format(title="Abre el mercado de Xerez", body="El mercado abrió sus puertas.")


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (they would after two seconds)."""
    monkeypatch.setattr(sources, "SETTLED_NS", 0)


def test_a_file_written_just_now_has_no_signature_to_trust(tmp_path):
    write(tmp_path / "nota.md", STORY)

    (found,) = iter_source_files([tmp_path])

    assert found.signature == ""


def test_an_import_records_the_file_signature(tmp_path, settled):
    write(tmp_path / "nota.md", STORY)

    import_paths([tmp_path])

    (found,) = iter_source_files([tmp_path])
    stored = Article.objects.get().source_signature
    assert stored == found.signature
    assert stored.startswith(f"{(tmp_path / 'nota.md').stat().st_size}:")


def test_a_file_with_its_recorded_signature_is_not_read_again(tmp_path, settled):
    path = tmp_path / "nota.md"
    write(path, STORY)
    import_paths([tmp_path])
    write(path, SAME_SIZE)
    # Pretend the file system still says what it said at the import: the
    # run must trust it and not read the file (so it cannot see the change).
    (found,) = iter_source_files([tmp_path])
    Article.objects.update(source_signature=found.signature)

    trusted = import_paths([tmp_path])
    reread = import_paths([tmp_path], rehash=True)

    assert statuses(trusted)["nota.md"] == "unchanged"
    assert statuses(reread)["nota.md"] == "updated"
    assert Article.objects.get().title == "Abre el mercado de Xerez"


def test_a_change_of_the_same_size_with_the_old_times_is_still_seen(tmp_path, settled):
    path = tmp_path / "nota.md"
    write(path, STORY)
    import_paths([tmp_path])
    before = path.stat()

    write(path, SAME_SIZE)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time moves anyway

    assert statuses(import_paths([tmp_path]))["nota.md"] == "updated"
    assert Article.objects.get().title == "Abre el mercado de Xerez"


def test_a_touched_file_is_read_once_then_trusted_again(tmp_path, settled):
    path = tmp_path / "nota.md"
    write(path, STORY)
    import_paths([tmp_path])
    recorded = Article.objects.get().source_signature
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))

    report = import_paths([tmp_path])

    (found,) = iter_source_files([tmp_path])
    assert statuses(report)["nota.md"] == "unchanged"
    assert found.signature != recorded
    assert Article.objects.get().source_signature == found.signature


def test_a_dry_run_records_no_signature(tmp_path, settled):
    path = tmp_path / "nota.md"
    write(path, STORY)
    import_paths([tmp_path])
    Article.objects.update(source_signature="")

    import_paths([tmp_path], dry_run=True)

    assert Article.objects.get().source_signature == ""


def test_the_walk_lists_files_before_subfolders_each_by_name(tmp_path):
    for relative in ("b.md", "a.md", "z/c.md", "m/n/d.md", "m/e.md", ".oculto/f.md", "m/.g.md"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / relative, STORY)

    keys = [found.key for found in iter_source_files([tmp_path])]

    assert keys == ["a.md", "b.md", "m/e.md", "m/n/d.md", "z/c.md"]
    absolute = next(iter_source_files([tmp_path / "m"])).absolute
    assert absolute == str((tmp_path / "m" / "e.md").resolve())


def _archive(folder, count):
    for i in range(count):
        body = f"El cabildo {i} aprobó el presupuesto número {i} por unanimidad."
        write(folder / f"nota-{i:03}.md", JEKYLL.format(title=f"Aprueba el cabildo {i}", body=body))


def test_an_unchanged_re_run_costs_a_few_queries_whatever_the_number_of_files(
    tmp_path, settled, django_assert_max_num_queries
):
    _archive(tmp_path, 40)
    import_paths([tmp_path])

    # What the database holds, read once (articles, their legacy keys, deletions),
    # and SQLite's memory map turned off: never a query per file or per batch.
    with django_assert_max_num_queries(4):
        report = import_paths([tmp_path])

    assert report.counts()["unchanged"] == 40


def test_an_unchanged_re_run_loads_no_reader_and_starts_no_worker(tmp_path, settled, monkeypatch):
    _archive(tmp_path, 3)
    import_paths([tmp_path])

    def needless(*args, **kwargs):
        raise AssertionError("an unchanged re-run has nothing to parse")

    class NeedlessPool(pipeline.TaskPool):
        __init__ = needless

    monkeypatch.setattr(pipeline, "load_readers", needless)
    monkeypatch.setattr(pipeline, "TaskPool", NeedlessPool)
    report = import_paths([tmp_path])

    assert report.counts()["unchanged"] == 3
