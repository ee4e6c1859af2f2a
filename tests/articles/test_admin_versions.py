"""No lost work in the admin: stale forms, imports in between, line endings, dates."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.importing.pipeline import import_paths
from articles.models import Article
from articles.roles import EDITORS
from tests.articles.test_admin_workflow import change_url, form_data, staff
from tests.articles.test_import_behaviour import JEKYLL, statuses, write
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(staff("editora", EDITORS))
    return client


def opened_form(client, article) -> dict:
    """What the change form holds when an editor opens it now (its version included)."""
    page = client.get(change_url(article)).content.decode()
    version = re.search(r'name="loaded_version" value="(\d+)"', page).group(1)
    return form_data(article, loaded_version=version)


def test_a_second_editor_saving_a_stale_form_is_refused_and_keeps_the_first_change(
    editor_client, db
):
    article = make_article(title="Nota original", body="Primer párrafo.")
    first = opened_form(editor_client, article)
    second = opened_form(editor_client, article)

    first["body"] = "Primer párrafo.\n\nPárrafo que añadió la primera editora."
    assert editor_client.post(change_url(article), first).status_code == 302
    second["title"] = "Título de la segunda editora"
    response = editor_client.post(change_url(article), second)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Alguien más guardó esta nota" in page
    assert "Título de la segunda editora" in page  # what she typed is still in the form
    article.refresh_from_db()
    assert "Párrafo que añadió la primera editora." in article.body
    assert article.title == "Nota original"

    # Saving again is now a decision, made with the current version in the form.
    again = re.search(r'name="loaded_version" value="(\d+)"', page).group(1)
    response = editor_client.post(change_url(article), {**second, "loaded_version": again})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Título de la segunda editora"


def test_a_form_without_its_version_is_refused(editor_client, db):
    article = make_article(title="Nota original")
    data = form_data(article, title="Cambio sin versión")
    del data["loaded_version"]
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.title == "Nota original"


def test_a_form_opened_before_an_import_cannot_revert_it(editor_client, tmp_path):
    source = write(
        tmp_path / "nota.md", JEKYLL.format(title="Cierran la carretera", body="Por obras.")
    )
    import_paths([tmp_path])
    article = Article.objects.get()
    stale = opened_form(editor_client, article)
    write(source, JEKYLL.format(title="Cierran la carretera", body="Por obras hasta el lunes."))
    assert statuses(import_paths([tmp_path]))["nota.md"] == "updated"

    response = editor_client.post(change_url(article), {**stale, "location": "Fresnillo"})

    assert response.status_code == 200
    article.refresh_from_db()
    assert "hasta el lunes" in article.body
    assert statuses(import_paths([tmp_path]))["nota.md"] == "unchanged"


def test_saving_without_touching_the_body_keeps_its_line_endings(editor_client, db):
    article = make_article(body="Uno.\n\nDos.\n\nTres.")
    data = opened_form(editor_client, article)
    data["body"] = data["body"].replace("\n", "\r\n")  # what a browser sends
    data["location"] = "Jerez"
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.body == "Uno.\n\nDos.\n\nTres."
    older, newer = article.history.order_by("history_date")[:2]
    assert older.body == newer.body


def test_highlights_and_media_links_are_edited_one_per_line(editor_client, db):
    article = make_article()
    data = opened_form(editor_client, article)
    data["highlights"] = "Primera frase\r\n\r\nSegunda frase  \r\n"
    data["media_links"] = "https://example.org/video\r\nhttps://example.org/fotos"
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.highlights == ["Primera frase", "Segunda frase"]
    assert article.media_links == ["https://example.org/video", "https://example.org/fotos"]
    new_form = editor_client.get(reverse("admin:articles_article_add")).content.decode()
    assert "[]" not in re.search(r'<textarea name="highlights".*?</textarea>', new_form, re.S)[0]


def test_publishing_with_no_date_dates_it_now(editor_client, db):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    before = timezone.now()
    data = opened_form(editor_client, article)
    data["status"] = "published"
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.published_at is not None and article.published_at >= before
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_the_publish_action_dates_undated_drafts(editor_client, db):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at is not None


def test_an_undated_archive_article_stays_undated_when_edited(editor_client, db):
    article = make_article(published_at=None)
    data = opened_form(editor_client, article)
    data["location"] = "Sombrerete"
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.published_at is None
