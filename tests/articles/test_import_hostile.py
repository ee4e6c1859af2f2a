"""No file can stop, stall or escape the import run (issue 11 §2).

Each hostile file fails (or imports) alone with a Spanish reason, the good
files beside it are imported, and the run finishes: parsing happens in worker
processes with a deadline and a memory limit per file
(articles/importing/workers.py), so even a regression in a guard below costs
one file, not the run.
"""

import ctypes
import faulthandler
import os
import re
import subprocess
import sys
import time

import pytest

from articles.importing.pipeline import import_paths
from articles.importing.records import Status
from articles.importing.workers import CRASH, ERROR, TIMEOUT, Lost, TaskPool
from articles.models import Article
from people.mentions.text import strip_markdown
from people.naming import ascii_slug, drop_invisible
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def note(title: str, body: str = "El ayuntamiento informó sobre la obra.") -> str:
    return f"---\ntitle: {title}\nauthor: REDACCION\ncategory: Local\n---\n\n{body}\n"


def write_good_files(tree, count=2):
    for n in range(count):
        (tree / f"z-buena-{n}.md").write_text(note(f"Nota buena número {n}"), encoding="utf-8")


def outcomes_by_name(report):
    return {os.path.basename(o.path): o for o in report.outcomes}


def assert_good_files_imported(report, count=2):
    outcomes = outcomes_by_name(report)
    for n in range(count):
        assert outcomes[f"z-buena-{n}.md"].status == Status.CREATED
    assert Article.objects.filter(title__startswith="Nota buena número").count() == count


def merge_key_bomb(levels: int = 20) -> str:
    lines = ["l0: &l0 {x: 1, y: 2}"]
    lines += [
        f"l{i}: &l{i} {{<<: [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}]}}"
        for i in range(1, levels)
    ]
    return "\n".join(lines)


def alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines)


# --- YAML front matter ------------------------------------------------------


@pytest.mark.parametrize(
    "front_matter",
    [
        "title: [" + "[" * 100_000,  # flow: segfaulted the C loader
        "title: x\ntags:\n" + "- " * 50_000 + "x",  # block sequences, one inside the next
        "title: x\nmeta: " + "{a: " * 30_000,
    ],
    ids=["flow-brackets", "block-dashes", "flow-braces"],
)
def test_deeply_nested_yaml_fails_alone(tmp_path, front_matter):
    (tmp_path / "a-anidado.md").write_text(f"---\n{front_matter}\n---\n\nTexto.\n")
    write_good_files(tmp_path)

    report = import_paths([tmp_path])

    failed = outcomes_by_name(report)["a-anidado.md"]
    assert failed.status == Status.FAILED
    assert failed.error == "YAML demasiado anidado (más de 32 niveles)"
    assert_good_files_imported(report)


@pytest.mark.parametrize("bomb", [merge_key_bomb(), alias_bomb()], ids=["merge-keys", "aliases"])
def test_yaml_alias_bomb_under_1kb_fails_alone(tmp_path, bomb):
    assert len(bomb) < 1024
    (tmp_path / "a-bomba.md").write_text(f"---\ntitle: Bomba\n{bomb}\n---\n\nTexto.\n")
    write_good_files(tmp_path)

    report = import_paths([tmp_path])

    failed = outcomes_by_name(report)["a-bomba.md"]
    assert failed.status == Status.FAILED
    assert failed.error.startswith("YAML demasiado grande al expandir sus alias")
    assert_good_files_imported(report)


def test_ordinary_yaml_with_anchors_and_merge_keys_still_loads(tmp_path):
    front = "base: &base {category: Local}\nmeta:\n  <<: *base\ntitle: Con ancla\ntags: [a, b]"
    (tmp_path / "ancla.md").write_text(f"---\n{front}\n---\n\nTexto de la nota.\n")

    report = import_paths([tmp_path])

    assert [o.status for o in report.outcomes] == [Status.CREATED]
    assert Article.objects.get().title == "Con ancla"


# --- Long hostile lines in the mention extractor ----------------------------


OPENERS = ["<a ", "[a](b ", "<http://a", "![a](b "]


def _extract(text):
    from people.mentions import extract_mentions
    from people.mentions.registry import Registry

    return len(extract_mentions("Título", "", (), text, registry=Registry.from_records()).officials)


@pytest.mark.parametrize("unit", OPENERS)
def test_megabyte_line_of_openers_is_extracted_well_within_a_deadline(unit):
    # Quadratic, these took over a minute; linear, a fraction of a second.
    line = unit * (1_000_000 // len(unit))
    with TaskPool(1, _extract, seconds=30) as pool:
        assert pool.map_async([line]).get(timeout=120) == [0]


@pytest.mark.parametrize("unit", OPENERS)
def test_long_line_of_openers_imports_alone(tmp_path, settings, unit):
    settings.IMPORT_FILE_SECONDS = 10
    # Rendering such a line costs about a second per 100 KB (markdown-it), so
    # 100 KB keeps the whole file well within the limit.
    line = unit * (100_000 // len(unit))
    (tmp_path / "a-linea.md").write_text(note("Línea larga", line), encoding="utf-8")
    write_good_files(tmp_path)

    report = import_paths([tmp_path])

    outcome = outcomes_by_name(report)["a-linea.md"]
    assert (outcome.status, outcome.error) == (Status.CREATED, "")
    assert_good_files_imported(report)


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Ver [el informe](https://x.mx/a) y ![foto](f.jpg) hoy", "Ver el informe y hoy"),
        ("Dijo <b>hola</b> en <http://x.mx> ayer", "Dijo hola en ayer"),
        ("[a](b [c](d) e", "[a](b c e"),
        ("<a <b>texto</b>", "<a texto"),
        ("<http://a<http://b> fin", "< fin"),  # the bare URL goes too
    ],
)
def test_markdown_stripping_keeps_its_meaning_with_linear_patterns(markdown, plain):
    assert strip_markdown(markdown) == plain


# --- Per-file deadline in the real run ---------------------------------------


def test_file_that_parses_too_long_fails_alone_and_the_run_goes_on(tmp_path, settings):
    settings.IMPORT_FILE_SECONDS = 0.5
    # About 1.5 s of mention extraction: linear, but over this run's limit.
    slow = "Secretaría de " * 65_000
    (tmp_path / "a-lenta.md").write_text(note("Nota lenta", slow), encoding="utf-8")
    write_good_files(tmp_path, count=3)

    report = import_paths([tmp_path], workers=1)

    failed = outcomes_by_name(report)["a-lenta.md"]
    assert failed.status == Status.FAILED
    assert failed.error == "el archivo tardó demasiado en analizarse (más de 0.5 s); se omite"
    assert_good_files_imported(report, count=3)  # by the worker that replaced it


# --- The worker pool itself --------------------------------------------------


def _double(n):
    return n * 2


def _hostile(task):
    if task == "segfault":
        faulthandler.disable()  # pytest's handler would print a dump of this expected crash
        ctypes.string_at(0)
    if task == "hang":
        time.sleep(600)
    if task == "memory":
        return len(bytearray(4 * 1024**3))
    if task == "raise":
        raise ValueError(task)
    return task.upper()


@pytest.mark.parametrize(
    ("bad", "lost"),
    [
        ("segfault", Lost(CRASH)),
        ("hang", Lost(TIMEOUT)),
        ("memory", Lost(CRASH, "MemoryError")),
        ("raise", Lost(ERROR, "ValueError")),
    ],
)
def test_a_task_that_crashes_hangs_or_exhausts_memory_fails_alone(bad, lost):
    tasks = ["uno", bad, "dos", "tres", "cuatro"]
    with TaskPool(2, _hostile, seconds=2, memory_mb=256) as pool:
        results = pool.map_async(tasks).get(timeout=120)
        assert results == ["UNO", lost, "DOS", "TRES", "CUATRO"]
        assert pool.replaced == (0 if bad == "raise" else 1)
        # The replacement serves the next batch.
        assert pool.map(["cinco"]) == ["CINCO"]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie is dead
    except FileNotFoundError:
        return False


def _pool_owner(report) -> None:
    """A process that starts a pool, reports its workers' pids, then waits to be killed."""
    with TaskPool(2, _double, seconds=30) as pool:
        pool.map([1, 2])
        report.send([worker.process.pid for worker in pool.workers])
        time.sleep(600)


def test_workers_of_a_killed_import_do_not_outlive_it():
    import multiprocessing

    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    owner = context.Process(target=_pool_owner, args=(theirs,))
    owner.start()
    workers = ours.recv()
    assert all(_alive(pid) for pid in workers)
    os.kill(owner.pid, 9)  # as `kill -9` of the import command
    owner.join()
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "orphaned workers kept running"


def test_pool_results_keep_the_order_of_tasks():
    with TaskPool(2, _double, seconds=10) as pool:
        assert pool.map(list(range(50))) == [n * 2 for n in range(50)]
        assert pool.map([]) == []
        assert pool.replaced == 0


# --- Invisible characters in titles and slugs --------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Hola mundo", "Hola mundo"),
        ("Hola\u200b mundo", "Hola mundo"),  # zero-width space
        ("Ho\u200dla\u200c", "Hola"),  # zero-width joiner, non-joiner
        ("\ufeffTítulo", "Título"),  # BOM
        ("Zaca\u00adtecas", "Zacatecas"),  # soft hyphen
        ("Pago \u202efdp.exe", "Pago fdp.exe"),  # right-to-left override
        ("\u2067Nombre\u2069 y \u202aotro\u202c", "Nombre y otro"),  # isolates, embeddings
        ("\u200e\u200fMarcas", "Marcas"),  # LRM, RLM
        ("A\x1b[31mB\x07", "A[31mB"),  # terminal escape, bell
        ("línea\nnueva\tcon tab", "línea\nnueva\tcon tab"),  # white space is not invisible
        ("Año e\u0301", "Año e\u0301"),  # combining accents stay
    ],
)
def test_invisible_characters_are_dropped(raw, clean):
    assert drop_invisible(raw) == clean


def test_invisible_characters_never_reach_titles_or_slugs(tmp_path):
    title = "\u202eAlerta\u200b por\u00ad fraude\u2066 en\u2069 Fresnillo\ufeff"
    (tmp_path / "invisible.md").write_text(note(title), encoding="utf-8")
    (tmp_path / "slug.md").write_text(
        '---\ntitle: Otra nota\nslug: "mi\u200b-nota\u202e"\n---\n\nTexto.\n', encoding="utf-8"
    )

    report = import_paths([tmp_path])

    assert not report.failed, report.as_dict()
    article = Article.objects.get(source_file="invisible.md")
    assert article.title == "Alerta por fraude en Fresnillo"
    assert article.slug == "alerta-por-fraude-en-fresnillo"
    assert Article.objects.get(source_file="slug.md").slug == "mi-nota"
    assert ascii_slug("a\u202eb\u200bc") == "abc"


# --- Report lines --------------------------------------------------------------

FORGING_DATE = 'date: "2024-13-45\\nfalló: /etc/passwd: forjado\\e[2J\\u202e"'


def test_values_quoted_in_warnings_cannot_forge_report_lines(tmp_path):
    (tmp_path / "fecha.md").write_text(
        f"---\ntitle: Fecha hostil\n{FORGING_DATE}\n---\n\nTexto.\n", encoding="utf-8"
    )

    report = import_paths([tmp_path])

    (outcome,) = report.outcomes
    assert outcome.status == Status.CREATED
    (warning,) = [w for w in outcome.warnings if w.startswith("fecha no reconocida")]
    assert warning.startswith("fecha no reconocida «2024-13-45\\nfalló: /etc/passwd: forjado")
    assert not re.search("[\x00-\x1f\x7f\u202a-\u202e]", warning)


# --- Everything at once, through the command ---------------------------------

LABELS = ("creado: ", "actualizado: ", "sin cambios: ", "omitido: ", "falló: ", "Resumen")


@pytest.mark.slow
def test_hostile_tree_through_the_command_finishes_with_honest_report_lines(scratch_env, tmp_path):
    tree = tmp_path / "archivo"
    tree.mkdir()
    outside = tmp_path / "fuera.md"
    outside.write_text(note("Fuera del árbol"), encoding="utf-8")
    write_good_files(tree, count=5)
    (tree / "anidado.md").write_text("---\ntitle: [" + "[" * 100_000 + "\n---\n")
    (tree / "bomba.md").write_text(f"---\ntitle: Bomba\n{merge_key_bomb()}\n---\n\nTexto.\n")
    (tree / "linea.md").write_text(note("Línea de etiquetas", "<a " * 70_000))
    (tree / "nombre\nfalló: falso.md").write_text(note("Nombre con salto"), encoding="utf-8")
    (tree / "escape\x1b[2J.md").write_text(note("Nombre con escape"), encoding="utf-8")
    (tree / "invisible\u202egpj.md").write_text(note("Nombre invertido"), encoding="utf-8")
    with open(os.fsencode(tree) + b"/no-utf8-\xff.md", "w", encoding="utf-8") as handle:
        handle.write(note("Nombre que no es UTF-8"))
    (tree / "fecha.md").write_text(f"---\ntitle: Fecha hostil\n{FORGING_DATE}\n---\n\nTexto.\n")
    (tree / "enlace.md").symlink_to(outside)
    os.mkfifo(tree / "tuberia.md")

    result = subprocess.run(
        [sys.executable, "manage.py", "import_articles", str(tree)],
        cwd=ROOT,
        env=scratch_env,
        capture_output=True,
        timeout=600,
    )

    stdout = result.stdout.decode("utf-8")
    assert result.returncode == 1, stdout + result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in result.stderr.decode("utf-8", "replace")
    lines = stdout.splitlines()
    assert all(line.startswith(LABELS) for line in lines), lines  # no forged lines
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", stdout)
    assert sum(line.startswith("creado: ") for line in lines) == 11
    assert "falló: " + str(tree / "anidado.md") + ": YAML demasiado anidado" in stdout
    assert "bomba.md: YAML demasiado grande" in stdout
    assert "nombre\\nfalló: falso.md → nombre-con-salto" in stdout
    assert "no-utf8-\\xff.md → nombre-que-no-es-utf-8" in stdout
    assert "enlace.md: enlace simbólico fuera de la carpeta importada" in stdout
    assert "tuberia.md: no es un archivo regular" in stdout
    assert lines[-1].startswith(
        "Resumen: 11 creados, 0 actualizados, 0 sin cambios, 0 omitidos, 4 fallidos"
    )


def _sleep_then_echo(seconds):
    time.sleep(seconds)  # off the CPU, as a worker is on a machine busy with other work
    return seconds


def _spin(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return seconds


def test_a_task_s_budget_is_cpu_time_so_a_busy_machine_does_not_fail_a_file():
    # Waiting for the CPU (here: asleep) for twice the budget is not work: the
    # result comes back. Working past the budget is a timeout.
    with TaskPool(1, _sleep_then_echo, seconds=0.5) as pool:
        assert pool.map([1.0]) == [1.0]
        assert pool.replaced == 0
    with TaskPool(1, _spin, seconds=0.5) as pool:
        assert pool.map([30]) == [Lost(TIMEOUT)]
        assert pool.replaced == 1


def test_a_huge_file_fails_alone_without_being_read_whole(tmp_path):
    # 4 GiB on disk (sparse: it costs no space); only the limit plus one byte is read.
    with open(tmp_path / "a-enorme.md", "wb") as handle:
        handle.write(note("Archivo enorme").encode())
        handle.truncate(4 * 1024**3)
    write_good_files(tmp_path)

    report = import_paths([tmp_path], max_bytes=1024 * 1024)

    failed = outcomes_by_name(report)["a-enorme.md"]
    assert (failed.status, failed.error) == (Status.FAILED, "excede 1 MB")
    assert_good_files_imported(report)


def test_a_theme_fragment_of_unclosed_elements_imports_alone(tmp_path, settings):
    settings.IMPORT_FILE_SECONDS = 10
    # A CMS fragment whose byline element never closes, 40,000 times: reading each
    # one to the end of the file was quadratic (8,000 of them took 17 s).
    fragment = (
        '<article class="post">\n<h1 class="entry-title">Fragmento hostil</h1>\n'
        + '<div class="entry-content"><p>Texto de la nota.</p></div>\n'
        + '<span class="author">' * 40_000
    )
    (tmp_path / "a-fragmento.md").write_text(fragment, encoding="utf-8")
    write_good_files(tmp_path)

    report = import_paths([tmp_path])

    outcome = outcomes_by_name(report)["a-fragmento.md"]
    assert (outcome.status, outcome.error) == (Status.CREATED, "")
    assert Article.objects.get(source_file="a-fragmento.md").title == "Fragmento hostil"
    assert_good_files_imported(report)


# --- Long runs of blanks in the cleaning steps --------------------------------


def _clean_paragraph(paragraph):
    from articles.importing.cleaning.boilerplate import strip_boilerplate

    return [kept.strip() for kept in strip_boilerplate([paragraph])[0]]


@pytest.mark.parametrize("blank", [" ", "\u00a0", "\n"])
def test_a_paragraph_opening_with_a_long_run_of_blanks_is_cleaned_well_within_a_deadline(blank):
    # A page of padding pasted from a PDF: the pitch patterns took 7 s for 400 spaces
    # (three runs of spaces in a row, cubic); linear, a fraction of a second.
    paragraph = blank * 20_000 + "El ayuntamiento informó sobre la obra."
    with TaskPool(1, _clean_paragraph, seconds=30) as pool:
        assert pool.map_async([paragraph]).get(timeout=120) == [
            ["El ayuntamiento informó sobre la obra."]
        ]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("articles.importing.readers:_SOURCE_URL", " " * 60_000 + "x"),
        ("articles.importing.cleaning.dates:_CLOCK_TAIL", " " * 60_000 + "x"),
        ("articles.importing.readers.wire:_TIME_TAIL", " " * 60_000 + "x"),
        ("articles.importing.readers.wire:_UPDATE_LABEL", " " * 60_000 + "x"),
    ],
)
def test_tail_patterns_search_a_long_run_of_blanks_well_within_a_deadline(pattern, text):
    with TaskPool(1, _search, seconds=30) as pool:
        assert pool.map_async([(pattern, text)]).get(timeout=120) == [False]


def _search(task):
    import importlib

    (module, name), text = task[0].split(":"), task[1]
    return getattr(importlib.import_module(module), name).search(text) is not None


def _slow_start():
    deadline = time.process_time() + 1.0
    while time.process_time() < deadline:  # a second of CPU before the first task
        pass


def _failed_start():
    os._exit(3)


def test_a_workers_start_up_is_not_counted_against_its_first_task():
    # What a fresh worker does before it is ready (the importer's warm-up, pages
    # copied from a large parent) must not fail the small file it gets first.
    with TaskPool(1, _double, seconds=0.5, initializer=_slow_start) as pool:
        assert pool.map([1, 2]) == [2, 4]
        assert pool.replaced == 0


def test_workers_that_cannot_start_stop_the_pool_instead_of_looping():
    pool = TaskPool(1, _double, seconds=1, initializer=_failed_start)
    with pool, pytest.raises(RuntimeError, match="could not start"):
        pool.map([1])
