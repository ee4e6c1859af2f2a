"""Re-import, editor protection, failures, reports and the command's exit status."""

import json
import subprocess
import sys

import pytest
from django.core.management import call_command

from articles.importing.pipeline import import_paths
from articles.models import Article, ArticleAuthor
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def statuses(report):
    return {o.path.rsplit("/", 1)[-1]: o.status for o in report.outcomes}


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


JEKYLL = """---
title: {title}
author: MARÍA LÓPEZ
category: Local
---

{body}
"""


def test_reimporting_the_same_tree_changes_nothing(imported_seeds, seed_dir):
    before = {a.pk: (a.updated_at, a.body_html) for a in Article.objects.all()}
    report = import_paths([seed_dir])
    assert report.counts()["unchanged"] == 5
    assert Article.objects.count() == 5
    after = {a.pk: (a.updated_at, a.body_html) for a in Article.objects.all()}
    assert after == before


def test_a_changed_file_updates_its_article_in_place(imported_seeds, seed_dir):
    seed = next(seed_dir.glob("001_*"))
    seed.write_text(seed.read_text().replace("Luis Moya", "Pinos"), encoding="utf-8")
    report = import_paths([seed_dir])
    assert statuses(report)[seed.name] == "updated"
    article = Article.objects.get(source_file=seed.name)
    assert article.pk == imported_seeds["001"].pk
    assert article.slug == imported_seeds["001"].slug
    assert "Pinos" in article.body and "Pinos" in article.body_html
    assert Article.objects.count() == 5


def test_a_changed_dated_file_updates_its_article(people_registry, tmp_path):
    source = write(
        tmp_path / "nota.md",
        "---\ntitle: Abre el mercado municipal\ndate: 2016-10-05 10:30:00 -0600\n---\n\nTexto.\n",
    )
    import_paths([tmp_path])
    source.write_text(source.read_text() + "\nOtro párrafo.\n", encoding="utf-8")
    assert statuses(import_paths([tmp_path]))["nota.md"] == "updated"
    assert "Otro párrafo." in Article.objects.get().body


def test_editor_changes_are_never_silently_overwritten(imported_seeds, seed_dir):
    article = imported_seeds["001"]
    article.title = "Título corregido por la editora"
    article.save()  # outside the admin: the fingerprint still notices
    seed = next(seed_dir.glob("001_*"))
    seed.write_text(seed.read_text().replace("Luis Moya", "Pinos"), encoding="utf-8")

    report = import_paths([seed_dir])
    outcome = next(o for o in report.outcomes if o.path.endswith(seed.name))
    assert outcome.status == "skipped"
    assert "editado" in outcome.error and "--overwrite-edited" in outcome.error
    article.refresh_from_db()
    assert article.title == "Título corregido por la editora"
    assert "Pinos" not in article.body

    # The conflict is reported again on the next run, until the operator decides.
    assert statuses(import_paths([seed_dir]))[seed.name] == "skipped"

    forced = import_paths([seed_dir], overwrite_edited=True)
    assert statuses(forced)[seed.name] == "updated"
    article.refresh_from_db()
    assert article.title == "Se coordinan Gobierno del Estado e IMSS en favor de asegurados"
    assert "Pinos" in article.body


@pytest.mark.parametrize(
    "edit",
    [
        lambda a: setattr(a, "status", Article.Status.DRAFT),
        lambda a: setattr(a, "deck", "Nueva entradilla"),
        lambda a: a.tags.add("salud"),
        lambda a: ArticleAuthor.objects.filter(article=a).delete(),
    ],
    ids=["status", "deck", "tags", "authors"],
)
def test_every_editable_field_counts_as_an_edit(imported_seeds, seed_dir, edit):
    article = imported_seeds["000"]
    edit(article)
    article.save()
    seed = next(seed_dir.glob("000_*"))
    seed.write_text(seed.read_text() + "\nPárrafo añadido en el archivo.\n", encoding="utf-8")
    assert statuses(import_paths([seed_dir]))[seed.name] == "skipped"


def test_a_broken_file_fails_alone_and_leaves_nothing(people_registry, tmp_path):
    write(tmp_path / "buena.md", JEKYLL.format(title="Abren nuevo mercado", body="Texto."))
    write(tmp_path / "sin-titulo.md", "---\nauthor: ANA\n---\n\nCuerpo sin título.\n")
    (tmp_path / "vacia.md").write_bytes(b"")
    report = import_paths([tmp_path])
    outcomes = {o.path.rsplit("/", 1)[-1]: o for o in report.outcomes}
    assert outcomes["buena.md"].status == "created"
    assert outcomes["sin-titulo.md"].status == "failed"
    assert outcomes["sin-titulo.md"].error == "falta el título"
    assert outcomes["vacia.md"].error == "vacío"
    assert list(Article.objects.values_list("source_file", flat=True)) == ["buena.md"]


def test_published_false_imports_as_draft_and_draft_flag_forces_it(people_registry, tmp_path):
    write(tmp_path / "a.md", "---\ntitle: Nota en preparación\npublished: false\n---\n\nTexto.\n")
    write(tmp_path / "b.md", JEKYLL.format(title="Nota publicada", body="Texto."))
    import_paths([tmp_path])
    assert Article.objects.get(source_file="a.md").status == "draft"
    assert Article.objects.get(source_file="b.md").status == "published"

    other = tmp_path / "otra"
    other.mkdir()
    write(other / "c.md", JEKYLL.format(title="Importada como borrador", body="Texto."))
    import_paths([other], draft=True)
    assert Article.objects.get(source_file="c.md").status == "draft"


def test_same_content_under_two_names_is_imported_once(people_registry, tmp_path):
    text = JEKYLL.format(title="Inauguran clínica", body="La clínica abrió hoy.")
    write(tmp_path / "uno.md", text)
    write(tmp_path / "dos.md", text)
    report = import_paths([tmp_path])
    outcome = next(o for o in report.outcomes if o.path.endswith("uno.md"))
    assert outcome.status == "skipped"
    assert outcome.error == "duplicado de dos.md"
    assert Article.objects.count() == 1


def test_two_articles_with_the_same_title_get_distinct_slugs(people_registry, tmp_path):
    write(tmp_path / "a.md", JEKYLL.format(title="Sesión de cabildo", body="Primera."))
    write(tmp_path / "b.md", JEKYLL.format(title="Sesión de cabildo", body="Segunda."))
    import_paths([tmp_path])
    assert sorted(Article.objects.values_list("slug", flat=True)) == [
        "sesion-de-cabildo",
        "sesion-de-cabildo-2",
    ]


def test_dry_run_reports_without_writing(people_registry, seed_dir):
    report = import_paths([seed_dir], dry_run=True)
    assert report.counts()["created"] == 5
    assert Article.objects.count() == 0


def test_report_file_lists_every_outcome(people_registry, seed_dir, tmp_path):
    (seed_dir / "roto.md").write_bytes(b"---\ntitle: [sin cerrar\n---\n\nTexto\n")
    report_file = tmp_path / "informe.json"
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_articles", str(seed_dir), report=str(report_file))
    assert exit_info.value.code == 1
    data = json.loads(report_file.read_text())
    assert data["summary"]["created"] == 5 and data["summary"]["failed"] == 1
    broken = next(f for f in data["files"] if f["path"].endswith("roto.md"))
    assert broken["status"] == "failed" and broken["error"].startswith("YAML inválido")
    created = next(f for f in data["files"] if f["path"].endswith(".txt"))
    assert set(created) == {"path", "status", "article", "format", "error", "warnings"}
    assert created["article"] and created["format"] in {"jekyll", "wire", "press_release"}


def run_manage(*args, env_db):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env_db,
        timeout=120,
    )


@pytest.mark.slow
def test_command_exit_status_and_one_line_per_bad_file(tmp_path, monkeypatch):
    import os

    env = dict(os.environ, NEWSROOM_VAR_DIR=str(tmp_path / "var"))
    env.pop("DATABASE_URL", None)
    assert run_manage("migrate", "-v0", env_db=env).returncode == 0
    good = tmp_path / "src"
    good.mkdir()
    write(good / "nota.md", JEKYLL.format(title="Nota buena", body="Texto."))
    ok = run_manage("import_articles", str(good), env_db=env)
    assert ok.returncode == 0, ok.stderr
    assert "creado:" in ok.stdout and "1 creados" in ok.stdout

    (good / "vacia.md").write_bytes(b"   \n")
    bad = run_manage("import_articles", str(good), env_db=env)
    assert bad.returncode == 1
    assert f"falló: {good / 'vacia.md'}: vacío" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr

    missing = run_manage("import_articles", str(tmp_path / "no-existe"), env_db=env)
    assert missing.returncode == 2
    assert "no existe" in missing.stderr


def test_worker_processes_import_a_tree_and_leave_the_connection_usable(people_registry, tmp_path):
    for n in range(120):
        write(tmp_path / f"nota-{n:03d}.md", JEKYLL.format(title=f"Nota {n}", body=f"Texto {n}."))
    report = import_paths([tmp_path], workers=2, batch_size=25)
    assert report.counts()["created"] == 120
    # Forked workers must not have closed the parent's database session.
    assert Article.objects.count() == 120
    assert sorted(Article.objects.values_list("body_html", flat=True))[0].startswith("<p>Texto")
