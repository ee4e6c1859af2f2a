"""The media library in the admin: upload, thumbnails, roles, and images in articles."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from articles.roles import EDITORS, REPORTERS, setup_roles
from media.models import Image
from tests.articles.test_admin_workflow import form_data
from tests.factories import make_article
from tests.media.conftest import SCRIPT, jpeg_bytes, png_with_script_payload
from tests.media.factories import make_image

pytestmark = pytest.mark.django_db

ADD = reverse("admin:media_image_add")
CHANGELIST = reverse("admin:media_image_changelist")


def staff(username: str, group: str) -> User:
    setup_roles()
    user = User.objects.create_user(username, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reporter():
    return staff("reportera", REPORTERS)


@pytest.fixture
def editor():
    return staff("editor", EDITORS)


def upload(client, data: bytes, name="foto.jpg", content_type="image/jpeg", **fields):
    payload = {
        "upload": SimpleUploadedFile(name, data, content_type),
        "alt_text": "Mercado González Ortega por la mañana",
        "credit": "Ana Ruiz",
        "caption": "",
        "focal_x": "0.5",
        "focal_y": "0.5",
        **fields,
    }
    return client.post(ADD, payload)


def test_a_reporter_uploads_an_image_with_alt_credit_and_focal_point(client, reporter):
    client.force_login(reporter)
    response = upload(client, jpeg_bytes((1600, 1000)), focal_x="0.25", focal_y="0.4")

    assert response.status_code == 302, response.content.decode()[:2000]
    image = Image.objects.get()
    assert image.alt_text == "Mercado González Ortega por la mañana"
    assert (image.credit, image.focal_x, image.focal_y) == ("Ana Ruiz", 0.25, 0.4)
    assert image.uploaded_by == reporter
    assert (image.width, image.height) == (1600, 1000)
    assert image.renditions.filter(format="webp").exists()


def test_the_upload_form_refuses_a_file_that_lies_about_its_type(client, reporter):
    client.force_login(reporter)
    response = upload(client, b"<html><script>alert(1)</script></html>", name="foto.jpg")
    assert response.status_code == 200
    assert "no es una imagen JPEG, PNG ni WebP" in response.content.decode()
    assert not Image.objects.exists()


def test_the_upload_form_refuses_a_file_over_the_size_limit(client, reporter, settings):
    settings.MEDIA_MAX_UPLOAD_MB = 1
    client.force_login(reporter)
    response = upload(client, jpeg_bytes() + b"\0" * (1024 * 1024))
    assert "más de 1 MB" in response.content.decode()
    assert not Image.objects.exists()


def test_an_uploaded_png_with_a_script_payload_is_stored_as_pixels_only(client, reporter):
    client.force_login(reporter)
    response = upload(client, png_with_script_payload(), name="logo.png", content_type="image/png")
    assert response.status_code == 302
    image = Image.objects.get()
    with image.file.open("rb") as stored:
        assert SCRIPT not in stored.read()


def test_the_same_picture_twice_is_refused_with_a_link_to_the_first(client, reporter):
    client.force_login(reporter)
    data = jpeg_bytes((900, 600))
    upload(client, data)
    response = upload(client, data)
    assert "Esta imagen ya está en la biblioteca." in response.content.decode()
    assert Image.objects.count() == 1


def test_the_library_lists_thumbnails_and_searches_alt_text(
    client, editor, django_assert_max_num_queries
):
    make_image(alt_text="Presa de riego en Jerez")
    make_image(alt_text="Catedral iluminada")
    client.force_login(editor)
    response = client.get(CHANGELIST, {"q": "presa"})
    html = response.content.decode()
    assert html.count('class="media-thumb"') == 1
    assert 'alt="Presa de riego en Jerez"' in html
    for _n in range(5):
        make_image()
    client.get(CHANGELIST)
    # session, user, 2 permission sets, 2 counts, page, renditions, 2 date hierarchy
    with django_assert_max_num_queries(10):
        response = client.get(CHANGELIST)
    assert response.content.decode().count('class="media-thumb"') == 7


def test_the_change_form_shows_the_markdown_for_the_body(client, editor):
    image = make_image(alt_text="Catedral")
    client.force_login(editor)
    html = client.get(reverse("admin:media_image_change", args=[image.pk])).content.decode()
    assert f"![Catedral](/imagenes/{image.pk}/)" in html


def test_a_reporter_edits_only_their_own_uploads_and_deletes_none(client, reporter, editor):
    own = make_image(alt_text="Mía", uploaded_by=reporter)
    other = make_image(alt_text="Ajena", uploaded_by=editor)
    client.force_login(reporter)

    client.post(
        reverse("admin:media_image_change", args=[own.pk]),
        {"alt_text": "Mía, corregida", "credit": "", "caption": "", "focal_x": 0.5, "focal_y": 0.5},
    )
    client.post(
        reverse("admin:media_image_change", args=[other.pk]),
        {"alt_text": "Cambiada", "credit": "", "caption": "", "focal_x": 0.5, "focal_y": 0.5},
    )
    client.post(reverse("admin:media_image_delete", args=[own.pk]), {"post": "yes"})

    own.refresh_from_db()
    other.refresh_from_db()
    assert (own.alt_text, other.alt_text) == ("Mía, corregida", "Ajena")
    assert Image.objects.count() == 2


def test_an_editor_deletes_an_unused_image(client, editor):
    image = make_image()
    client.force_login(editor)
    client.post(reverse("admin:media_image_delete", args=[image.pk]), {"post": "yes"})
    assert not Image.objects.exists()


def test_an_image_that_leads_an_article_cannot_be_deleted(client, editor):
    image = make_image()
    make_article(lead_image=image)
    client.force_login(editor)
    response = client.post(reverse("admin:media_image_delete", args=[image.pk]), {"post": "yes"})
    assert response.status_code == 200
    assert Image.objects.filter(pk=image.pk).exists()


def test_the_lead_image_is_picked_from_the_library_with_autocomplete(client, reporter):
    make_image(alt_text="Presa de riego en Jerez")
    client.force_login(reporter)
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'name="lead_image"' in html and "admin-autocomplete" in html
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "presa",
            "app_label": "articles",
            "model_name": "article",
            "field_name": "lead_image",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Presa de riego en Jerez"]


def test_publishing_needs_alt_text_on_the_lead_image(client, editor):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    no_alt = make_image(alt_text="")
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])

    response = client.post(url, form_data(article, status="published", lead_image=no_alt.pk))
    assert response.status_code == 200
    assert "necesita texto alternativo" in response.content.decode()
    article.refresh_from_db()
    assert (article.status, article.lead_image) == (Article.Status.DRAFT, None)

    no_alt.alt_text = "Productores de frijol en Fresnillo"
    no_alt.save()
    response = client.post(url, form_data(article, status="published", lead_image=no_alt.pk))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.status, article.lead_image) == (Article.Status.PUBLISHED, no_alt)


def test_a_draft_may_keep_a_lead_image_without_alt_text(client, editor):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = client.post(url, form_data(article, lead_image=make_image(alt_text="").pk))
    assert response.status_code == 302


def test_an_image_in_the_body_becomes_a_responsive_picture_and_keeps_its_stable_address(client):
    image = make_image(size=(2000, 1400), alt_text="Catedral")
    article = make_article(slug="con-foto", body=f"Texto.\n\n{image.markdown}\n")

    html = article.body_html
    assert "<picture>" in html and f'src="/imagenes/{image.pk}/"' not in html
    webp = [r.url for r in image.renditions.all() if r.format == "webp"]
    assert webp and all(url in html for url in webp)
    assert 'alt="Catedral"' in html and 'width="800"' in html
    # The public article page shows the same picture, and each rendition is served.
    page = client.get(article.get_absolute_url()).content.decode()
    assert html in page
    # The stable address still answers, for Markdown copied elsewhere.
    response = client.get(f"/imagenes/{image.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith("-1200.jpeg")
    assert client.get("/imagenes/999999/").status_code == 404
