"""The article editor's image picker and library images in article bodies."""

import json

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles.models import Article
from articles.roles import EDITORS
from media import library
from media.picker import search
from media.pictures import expand_library_images
from tests.factories import make_article
from tests.media.factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = User.objects.create_user("editora", password="clave-segura-123", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def picker(client, q=""):
    response = client.get(reverse("admin:media_image_picker"), {"q": q})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)["results"]


def test_the_picker_finds_images_by_alt_text_caption_or_credit(editor_client):
    presa = make_image(alt_text="Presa El Cazadero casi llena", credit="Redacción")
    make_image(alt_text="Mercado González Ortega", caption="Puestos de fruta")
    make_image(alt_text="Estadio", credit="Agencia Centro Norte")

    assert [r["alt"] for r in picker(editor_client, "presa")] == [presa.alt_text]
    assert [r["alt"] for r in picker(editor_client, "fruta")] == ["Mercado González Ortega"]
    assert [r["alt"] for r in picker(editor_client, "agencia norte")] == ["Estadio"]
    assert picker(editor_client, "helicóptero") == []
    assert len(picker(editor_client)) == 3  # newest first, all of them

    (entry,) = picker(editor_client, "cazadero")
    assert entry["markdown"] == f"![Presa El Cazadero casi llena](/imagenes/{presa.pk}/)"
    assert entry["thumbnail"].endswith(".jpeg") and entry["id"] == presa.pk
    assert (entry["width"], entry["height"]) == (presa.width, presa.height)


def test_the_picker_runs_two_queries_whatever_the_number_of_images(django_assert_num_queries):
    for n in range(5):
        make_image(alt_text=f"Foto {n}")
    with django_assert_num_queries(2):
        assert len(search("foto")) == 5


def test_the_picker_needs_a_staff_login_and_view_permission(client):
    url = reverse("admin:media_image_picker")
    assert client.get(url).status_code == 302  # to the login page
    User.objects.create_user("sinpermisos", password="clave-segura-123", is_staff=True)
    client.login(username="sinpermisos", password="clave-segura-123")
    assert client.get(url).status_code == 403


def test_the_article_form_offers_the_picker(editor_client):
    page = editor_client.get(reverse("admin:articles_article_add")).content.decode()
    assert f'data-picker-url="{reverse("admin:media_image_picker")}"' in page
    assert f'data-upload-url="{reverse("admin:media_image_add")}"' in page


def test_the_preview_shows_a_library_image_as_readers_will(editor_client):
    image = make_image(alt_text="Catedral de Zacatecas")
    response = editor_client.post(
        reverse("admin:articles_article_preview_new"),
        {"title": "Con foto", "body": f"Texto.\r\n\r\n{image.markdown}\r\n"},
    )
    html = response.content.decode()
    assert "<picture>" in html and 'alt="Catedral de Zacatecas"' in html


def test_the_markdown_alt_text_wins_and_an_empty_one_falls_back_to_the_librarys():
    image = make_image(alt_text="Texto de la biblioteca")
    url = image.get_absolute_url()
    typed = make_article(body=f"![Lo que escribió la editora]({url})")
    empty = make_article(body=f"![]({url})")
    assert 'alt="Lo que escribió la editora"' in typed.body_html
    assert 'alt="Texto de la biblioteca"' in empty.body_html


def test_an_unknown_or_foreign_image_address_is_left_as_it_is(django_assert_num_queries):
    html = '<p><img src="/imagenes/999999/" alt="x"> <img src="https://e.com/1/" alt="y"></p>'
    assert expand_library_images(html) == html
    with django_assert_num_queries(0):
        assert expand_library_images("<p>Sin imágenes</p>") == "<p>Sin imágenes</p>"


def test_the_body_html_is_still_sanitized_around_a_library_image():
    image = make_image(alt_text="Plaza")
    article = make_article(
        body=f'{image.markdown}\n\n<script>alert(1)</script><img src=x onerror="a()">'
    )
    assert "<picture>" in article.body_html
    assert "<script" not in article.body_html and "onerror" not in article.body_html


def test_moving_the_focal_point_updates_the_bodies_showing_the_image(media_root):
    image = make_image(size=(2000, 1000), alt_text="Puente")
    article = make_article(body=f"Antes.\n\n{image.markdown}\n")
    other = make_article(body="Sin la foto.")
    old_urls = [r.url for r in image.renditions.all()]
    version = article.version

    image.focal_x = 0.9
    image.save()
    library.recrop(image)
    assert library.rerender_bodies_showing(image) == 1

    article.refresh_from_db()
    new_urls = [r.url for r in image.renditions.all()]
    assert set(new_urls).isdisjoint(old_urls)
    assert all(url in article.body_html for url in new_urls if url.endswith(".webp"))
    assert not any(url in article.body_html for url in old_urls)
    assert article.version == version  # the text is the editor's; only its HTML changed
    assert Article.objects.get(pk=other.pk).body_html == other.body_html
