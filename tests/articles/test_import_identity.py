"""Which article a file is: no story swapped, resurrected or escaped from its tree.

Identity is the file's content (the same text is the same article wherever
it lies) and, for a changed file, its absolute path; a changed file that now
tells another story is a conflict. Deleted articles stay deleted. The walk
never leaves the folder it was given and never blocks on what is not a file.
"""

import os
import shutil

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from articles.importing.pipeline import import_paths
from articles.models import Article, DeletedSource
from tests.articles.test_import_behaviour import JEKYLL, statuses, write

pytestmark = pytest.mark.django_db

AGENCY_STORY = JEKYLL.format(
    title="Llueve granizo en Fresnillo", body="La tormenta dañó techos y cultivos en Fresnillo."
)
BULLETIN_STORY = JEKYLL.format(
    title="Abre convocatoria de becas", body="La Secretaría de Educación abrió la convocatoria."
)


def outcome_for(report, name):
    return next(o for o in report.outcomes if o.path.endswith(name))


def test_two_folders_with_the_same_file_name_are_two_stories(tmp_path):
    agency = tmp_path / "agencia"
    bulletins = tmp_path / "boletines"
    agency.mkdir()
    bulletins.mkdir()
    write(agency / "nota.md", AGENCY_STORY)
    write(bulletins / "nota.md", BULLETIN_STORY)

    first = import_paths([agency])
    second = import_paths([bulletins])

    assert statuses(first)["nota.md"] == "created"
    assert statuses(second)["nota.md"] == "created"
    titles = set(Article.objects.values_list("title", flat=True))
    assert titles == {"Llueve granizo en Fresnillo", "Abre convocatoria de becas"}


def test_importing_the_parent_folder_changes_nothing(tmp_path):
    agency = tmp_path / "archivo" / "agencia"
    agency.mkdir(parents=True)
    write(agency / "nota.md", AGENCY_STORY)
    import_paths([agency])

    report = import_paths([tmp_path / "archivo"])

    assert statuses(report)["nota.md"] == "unchanged"
    assert Article.objects.count() == 1


def test_a_moved_archive_reimports_as_unchanged_and_its_changes_still_apply(tmp_path):
    old = tmp_path / "viejo"
    old.mkdir()
    write(old / "nota.md", AGENCY_STORY)
    import_paths([old])
    new = tmp_path / "nuevo" / "2024"
    shutil.move(old, new)

    assert statuses(import_paths([new]))["nota.md"] == "unchanged"
    assert Article.objects.count() == 1


def test_a_file_that_now_holds_another_story_is_a_conflict_not_an_update(tmp_path):
    source = write(tmp_path / "boletin.txt.md", AGENCY_STORY)
    import_paths([tmp_path])
    original = Article.objects.get()

    write(source, BULLETIN_STORY)
    report = import_paths([tmp_path])

    outcome = outcome_for(report, "boletin.txt.md")
    assert outcome.status == "skipped"
    assert "conflicto" in outcome.error and "Abre convocatoria de becas" in outcome.error
    original.refresh_from_db()
    assert original.title == "Llueve granizo en Fresnillo"
    assert Article.objects.count() == 1


def test_a_corrected_title_on_the_same_story_updates(tmp_path):
    source = write(tmp_path / "nota.md", AGENCY_STORY)
    import_paths([tmp_path])
    write(source, AGENCY_STORY.replace("Llueve granizo", "Cae granizo"))
    assert statuses(import_paths([tmp_path]))["nota.md"] == "updated"
    assert Article.objects.get().title == "Cae granizo en Fresnillo"


def test_an_article_deleted_by_an_editor_is_not_brought_back(tmp_path, client):
    write(tmp_path / "nota.md", AGENCY_STORY)
    write(tmp_path / "otra.md", BULLETIN_STORY)
    import_paths([tmp_path])
    editor = User.objects.create_superuser("editora", password="clave-segura-123")
    client.force_login(editor)
    article = Article.objects.get(title="Llueve granizo en Fresnillo")
    response = client.post(
        reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"}
    )
    assert response.status_code == 302

    report = import_paths([tmp_path])

    outcome = outcome_for(report, "nota.md")
    assert outcome.status == "skipped"
    assert outcome.error == "eliminado por un editor"
    assert not Article.objects.filter(title="Llueve granizo en Fresnillo").exists()
    assert DeletedSource.objects.get().deleted_by == editor


def test_a_bulk_delete_is_remembered_and_restore_deleted_brings_it_back(tmp_path, client):
    write(tmp_path / "nota.md", AGENCY_STORY)
    import_paths([tmp_path])
    client.force_login(User.objects.create_superuser("editora", password="clave-segura-123"))
    client.post(
        reverse("admin:articles_article_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": list(Article.objects.values_list("pk", flat=True)),
            "post": "yes",
        },
    )
    assert not Article.objects.exists()
    assert statuses(import_paths([tmp_path]))["nota.md"] == "skipped"

    restored = import_paths([tmp_path], restore_deleted=True)

    assert statuses(restored)["nota.md"] == "created"
    assert Article.objects.get().title == "Llueve granizo en Fresnillo"
    assert not DeletedSource.objects.exists()
    assert statuses(import_paths([tmp_path]))["nota.md"] == "unchanged"


def test_dry_run_predicts_what_the_run_does(tmp_path):
    edited = write(tmp_path / "editada.md", AGENCY_STORY)
    swapped = write(tmp_path / "cambiada.md", BULLETIN_STORY)
    write(tmp_path / "igual.md", JEKYLL.format(title="Sin cambios", body="Texto que se queda."))
    import_paths([tmp_path])
    article = Article.objects.get(title="Llueve granizo en Fresnillo")
    article.title = "Título de la editora"
    article.save()
    write(edited, AGENCY_STORY.replace("techos", "techos y autos"))
    write(swapped, JEKYLL.format(title="Otra nota distinta", body="Nada que ver con becas hoy."))
    write(tmp_path / "nueva.md", JEKYLL.format(title="Nota nueva", body="Un texto nuevo."))

    predicted = import_paths([tmp_path], dry_run=True)
    real = import_paths([tmp_path])

    assert [(o.path, o.status, o.error) for o in predicted.outcomes] == [
        (o.path, o.status, o.error) for o in real.outcomes
    ]
    assert statuses(real) == {
        "cambiada.md": "skipped",
        "editada.md": "skipped",
        "igual.md": "unchanged",
        "nueva.md": "created",
    }


def test_a_symlink_out_of_the_tree_is_refused_unless_allowed(tmp_path):
    outside = tmp_path / "fuera"
    tree = tmp_path / "arbol"
    outside.mkdir()
    tree.mkdir()
    write(outside / "secreto.md", AGENCY_STORY)
    write(tree / "propia.md", BULLETIN_STORY)
    os.symlink(outside / "secreto.md", tree / "enlace.md")

    report = import_paths([tree])

    outcome = outcome_for(report, "enlace.md")
    assert outcome.status == "failed"
    assert "fuera de la carpeta" in outcome.error
    assert statuses(report)["propia.md"] == "created"
    assert not Article.objects.filter(title="Llueve granizo en Fresnillo").exists()
    allowed = import_paths([tree], follow_outside=True)
    assert statuses(allowed)["enlace.md"] == "created"


def test_a_symlink_inside_the_tree_is_followed(tmp_path):
    write(tmp_path / "real.md", AGENCY_STORY)
    os.symlink(tmp_path / "real.md", tmp_path / "alias.md")
    report = import_paths([tmp_path])
    assert sorted(o.status for o in report.outcomes) == ["created", "unchanged"]
    assert Article.objects.count() == 1


def test_a_fifo_in_the_tree_fails_alone_and_never_blocks(tmp_path):
    os.mkfifo(tmp_path / "tuberia.md")
    write(tmp_path / "nota.md", AGENCY_STORY)
    report = import_paths([tmp_path])
    assert outcome_for(report, "tuberia.md").status == "failed"
    assert "no es un archivo regular" in outcome_for(report, "tuberia.md").error
    assert statuses(report)["nota.md"] == "created"


@pytest.mark.parametrize(
    ("raw_name", "shown"),
    [
        (b"nota\xff.md", "nota\\xff.md"),
        (b"linea\nfalsa: creado.md", "linea\\nfalsa: creado.md"),
        (b"\x1b[31mrojo.md", "\\x1b[31mrojo.md"),
        ("al\u202erevés.md".encode(), "al\\u202erevés.md"),
    ],
)
def test_file_names_are_reported_without_raw_control_bytes(tmp_path, raw_name, shown):
    path = os.path.join(os.fsencode(tmp_path), raw_name)
    with open(path, "wb") as handle:
        handle.write(AGENCY_STORY.encode())
    report = import_paths([tmp_path])
    (outcome,) = report.outcomes
    assert outcome.status == "created"
    assert outcome.path.endswith(shown)
    assert "\n" not in outcome.path and "\x1b" not in outcome.path
