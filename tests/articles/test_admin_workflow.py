"""Editors and reporters in the admin: roles, edits, revisions, corrections.

Login limits are tested in tests/newsroom/test_login_limits.py.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles.models import Article, Correction
from articles.roles import EDITORS, REPORTERS, setup_roles

pytestmark = pytest.mark.django_db

INLINE_PREFIXES = ["article_authors", "official_mentions", "institution_mentions", "corrections"]


def form_data(article=None, **overrides):
    """What the admin change form posts, leaving inline rows untouched."""
    data = {
        "title": "",
        "slug": "",
        "deck": "",
        "highlights": "",
        "body": "",
        "status": "draft",
        "section": "",
        "location": "",
        "source": "",
        "tags": "",
        "lead_image_url": "",
        "lead_image_credit": "",
        "media_links": "",
    }
    if article is not None:
        data.update(
            title=article.title,
            slug=article.slug,
            deck=article.deck,
            highlights="\n".join(article.highlights),
            body=article.body,
            status=article.status,
            section=article.section_id or "",
            location=article.location,
            source=article.source,
            tags=", ".join(article.tags.names()),
            lead_image_url=article.lead_image_url,
            lead_image_credit=article.lead_image_credit,
            media_links="\n".join(article.media_links),
            loaded_version=Article.objects.get(pk=article.pk).version,
        )
    for prefix in INLINE_PREFIXES:
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    data.update(overrides)
    return data


def staff(username, group):
    setup_roles()
    user = User.objects.create_user(username, password="clave-segura-123", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(staff("editora", EDITORS))
    return client


@pytest.fixture
def reporter(db):
    return staff("reportero", REPORTERS)


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_changelist_shows_imported_articles_with_filters(editor_client, imported_seeds):
    response = editor_client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Negocia IMSS con administraciones municipales" in content
    assert "Rafael de Santiago" in content
    filtered = editor_client.get(
        reverse("admin:articles_article_changelist"), {"source_format__exact": "wire"}
    )
    assert "Realizan primera reunión preparatoria" in filtered.content.decode()
    assert "Negocia IMSS" not in filtered.content.decode()


def test_admin_search_finds_by_title(editor_client, imported_seeds):
    response = editor_client.get(reverse("admin:articles_article_changelist"), {"q": "Godezac"})
    assert "Acuerdan Godezac e IMSS" in response.content.decode()
    assert "Negocia IMSS" not in response.content.decode()


def test_editing_an_imported_article_marks_it_and_keeps_a_revision(editor_client, imported_seeds):
    article = imported_seeds["001"]
    response = editor_client.post(
        change_url(article), form_data(article, title="Gobierno e IMSS firman convenio")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.title == "Gobierno e IMSS firman convenio"
    assert article.edited_since_import
    latest = article.history.order_by("-history_date").first()
    assert latest.title == "Gobierno e IMSS firman convenio"
    assert latest.history_user.username == "editora"
    assert article.history.count() == 2  # the import, then the edit


def test_compare_view_shows_what_changed(editor_client, imported_seeds):
    article = imported_seeds["001"]
    editor_client.post(change_url(article), form_data(article, title="Título nuevo"))
    url = reverse("admin:articles_article_compare", args=[article.pk])
    content = editor_client.get(url).content.decode()
    assert "- Se coordinan Gobierno del Estado e IMSS en favor de asegurados" in content
    assert "+ Título nuevo" in content


def test_restoring_an_earlier_revision(editor_client, imported_seeds):
    article = imported_seeds["001"]
    original_title = article.title
    editor_client.post(change_url(article), form_data(article, title="Título equivocado"))
    first = article.history.order_by("history_date").first()
    url = reverse("admin:articles_article_simple_history", args=[article.pk, first.history_id])
    article.refresh_from_db()
    response = editor_client.post(url, form_data(article, title=first.title))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == original_title
    assert article.history.count() == 3


def test_reporter_creates_only_drafts_even_when_posting_published(client, reporter):
    client.force_login(reporter)
    response = client.post(
        reverse("admin:articles_article_add"),
        form_data(title="Nota del reportero", slug="nota-del-reportero", status="published"),
    )
    assert response.status_code == 302
    article = Article.objects.get(slug="nota-del-reportero")
    assert article.status == Article.Status.DRAFT
    assert article.created_by == reporter


def test_reporter_cannot_publish_through_the_action(client, reporter):
    article = Article.objects.create(title="Borrador", slug="borrador", created_by=reporter)
    client.force_login(reporter)
    changelist = reverse("admin:articles_article_changelist")
    assert 'value="publish"' not in client.get(changelist).content.decode()
    client.post(changelist, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_reporter_cannot_edit_someone_elses_article(client, reporter, imported_seeds):
    client.force_login(reporter)
    article = imported_seeds["000"]
    response = client.post(change_url(article), form_data(article, title="Cambiado"))
    assert response.status_code in {302, 403, 404}
    article.refresh_from_db()
    assert article.title != "Cambiado"


def test_editor_publishes_and_unpublishes(editor_client):
    article = Article.objects.create(title="Lista para salir", slug="lista")
    changelist = reverse("admin:articles_article_changelist")
    editor_client.post(changelist, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    editor_client.post(changelist, {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_correction_updates_the_modification_date(imported_seeds):
    article = imported_seeds["003"]
    before = article.updated_at
    Correction.objects.create(article=article, text="El monto correcto es 7,030 millones.")
    article.refresh_from_db()
    assert article.updated_at > before


def test_setup_roles_is_idempotent(db):
    first = setup_roles()
    second = setup_roles()
    assert first == second
    editors = Group.objects.get(name=EDITORS)
    reporters = Group.objects.get(name=REPORTERS)
    assert editors.permissions.filter(codename="publish_article").exists()
    assert not reporters.permissions.filter(codename="publish_article").exists()


def test_readers_see_corrections_on_the_article(client, imported_seeds):
    article = imported_seeds["003"]
    Correction.objects.create(article=article, text="El monto correcto es 7,030 millones.")
    content = client.get(article.get_absolute_url()).content.decode()
    assert "Fe de erratas" in content
    assert "El monto correcto es 7,030 millones." in content
