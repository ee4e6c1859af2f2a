"""Bulletin number, issuer, dateline city and placement: stored at import,
shown on the article page and in the admin's import record."""

import shutil

import pytest
from django.contrib.auth.models import User

from articles.importing.pipeline import import_paths
from articles.models import Article

from .conftest import CASES

pytestmark = pytest.mark.django_db


def import_cases(tmp_path, *names):
    for name in names:
        shutil.copy(CASES / name, tmp_path / name)
    report = import_paths([tmp_path])
    assert not report.failed, report.as_dict()
    return {a.source_file: a for a in Article.objects.all()}


def test_press_release_fields_are_stored_and_shown(client, tmp_path):
    articles = import_cases(tmp_path, "press-release-office-header.txt")
    article = articles["press-release-office-header.txt"]
    assert (article.bulletin_number, article.issuer, article.dateline_city) == (
        "318/2023",
        "Secretaría de Salud",
        "Valladolid",
    )
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Comunicado 318/2023 · Secretaría de Salud · Valladolid" in page


def test_an_article_without_them_shows_no_press_line(client, tmp_path):
    article = import_cases(tmp_path, "wire-outlet-city-date.md")["wire-outlet-city-date.md"]
    assert (article.bulletin_number, article.issuer, article.dateline_city) == ("", "", "")
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'class="press-release"' not in page


def test_placement_flags_are_stored_and_the_section_is_the_real_one(tmp_path):
    article = import_cases(tmp_path, "jekyll-placement-categories.md")[
        "jekyll-placement-categories.md"
    ]
    assert (article.section.name, article.placement) == ("Salud", ["Destacadas"])


def test_generic_notes_are_imported_as_generic(tmp_path):
    article = import_cases(tmp_path, "generic-note.txt")["generic-note.txt"]
    assert article.source_format == Article.SourceFormat.GENERIC


def test_admin_shows_them_read_only_in_the_import_record(client, tmp_path):
    article = import_cases(tmp_path, "press-release-office-header.txt")[
        "press-release-office-header.txt"
    ]
    admin = User.objects.create_superuser("jefa", "jefa@example.com", "x")
    client.force_login(admin)
    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    for label, value in (
        ("Número de boletín", "318/2023"),
        ("Institución emisora", "Secretaría de Salud"),
        ("Ciudad del encabezado", "Valladolid"),
    ):
        assert label in page and value in page
    assert 'name="bulletin_number"' not in page  # read-only
