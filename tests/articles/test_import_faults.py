"""The importer survives being killed and racing another importer.

These tests run the real command in subprocesses against a scratch
database of their own: a fresh PostgreSQL database when the suite runs on
PostgreSQL (DATABASE_URL), a fresh SQLite file otherwise.
"""

import json
import random
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ON_POSTGRES, ROOT, manage

pytestmark = pytest.mark.slow


def write_corpus(directory, numbers):
    directory.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (directory / f"nota-{n:04d}.md").write_text(
            f"---\ntitle: Reunión número {n} sobre asegurados\nauthor: REDACCION\n"
            f"category: Local\n---\n\nEl Instituto Mexicano del Seguro Social (IMSS) informó "
            f"sobre la reunión {n} con alcaldes de la región.\n\nEl IMSS dará seguimiento.\n",
            encoding="utf-8",
        )


SUMMARY = """
import json
from articles.models import Article
rows = list(Article.objects.values_list("source_file", "body_html"))
print(json.dumps({
    "articles": len(rows),
    "distinct_files": len({f for f, _ in rows}),
    "without_body": sum(1 for _, html in rows if not html.strip()),
    "without_authors": Article.objects.filter(authors__isnull=True).count(),
    "without_mentions": Article.objects.filter(institution_mentions__isnull=True).count(),
}))
"""


def summary(env):
    return json.loads(manage(env, "shell", "-c", SUMMARY).stdout.strip().splitlines()[-1])


def assert_complete(env, expected):
    assert summary(env) == {
        "articles": expected,
        "distinct_files": expected,
        "without_body": 0,
        "without_authors": 0,
        "without_mentions": 0,
    }


def test_killed_import_is_finished_by_running_it_again(scratch_env, tmp_path):
    corpus = tmp_path / "archivo"
    write_corpus(corpus, range(500))
    kill_after = random.Random().randint(1, 350)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(corpus)],
        cwd=ROOT,
        env=scratch_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    seen = 0
    deadline = time.monotonic() + 120
    while seen < kill_after and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen += line.startswith("creado")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL, "the import finished before it was killed"

    partial = summary(scratch_env)
    assert partial["articles"] < 500
    assert partial["without_body"] == partial["without_authors"] == 0
    assert partial["without_mentions"] == 0

    rerun = manage(scratch_env, "import_articles", str(corpus))
    assert f"{500 - partial['articles']} creados" in rerun.stdout
    assert_complete(scratch_env, 500)


def test_two_overlapping_imports_at_once_create_no_duplicates(scratch_env, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_corpus(first, range(0, 300))
    # The same files under the same relative names, plus new ones.
    write_corpus(second, range(150, 450))
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "import_articles", str(tree)],
            cwd=ROOT,
            env=scratch_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tree in (first, second)
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, out[-2000:] + err[-2000:]
        assert "Traceback" not in err
    assert_complete(scratch_env, 450)

    again = manage(scratch_env, "import_articles", str(first), str(second))
    assert "0 creados, 0 actualizados, 600 sin cambios" in again.stdout


def test_database_going_away_gives_a_clear_error_and_a_rerun_completes(scratch_env, tmp_path):
    corpus = tmp_path / "archivo"
    write_corpus(corpus, range(50))
    broken_env = dict(scratch_env)
    if ON_POSTGRES:
        broken_env["DATABASE_URL"] = scratch_env["DATABASE_URL"].replace(
            "127.0.0.1:5432", "127.0.0.1:1"
        )
    else:
        # A database path in a directory that does not exist cannot be opened.
        broken_env["DATABASE_URL"] = f"sqlite:///{tmp_path}/no/such/dir/db.sqlite3"
    failed = manage(broken_env, "import_articles", str(corpus), check=False)
    assert failed.returncode != 0
    assert "Traceback" not in failed.stderr
    assert "base de datos" in failed.stderr

    manage(scratch_env, "import_articles", str(corpus))
    assert_complete(scratch_env, 50)


@pytest.mark.skipif(not ON_POSTGRES, reason="terminates PostgreSQL server connections")
def test_connection_lost_mid_run_exits_non_zero_and_a_rerun_completes(scratch_env, tmp_path):
    import psycopg

    corpus = tmp_path / "archivo"
    write_corpus(corpus, range(3000))
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(corpus)],
        cwd=ROOT,
        env=scratch_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().startswith("creado")
    dbname = scratch_env["DATABASE_URL"].rsplit("/", 1)[-1]
    with psycopg.connect(scratch_env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres") as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [dbname],
        )
    out, err = process.communicate(timeout=120)
    assert process.returncode == 3, out[-1000:] + err[-1000:]
    assert "la base de datos dejó de responder" in err
    assert "Traceback" not in err

    manage(scratch_env, "import_articles", str(corpus))
    assert_complete(scratch_env, 3000)
