"""A library image in an article's body shows its caption and credit, in the stored
HTML (the page, the feeds, the API) and in the admin's preview alike."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles.models import Article
from articles.roles import EDITORS, setup_roles
from tests.factories import make_article
from tests.media.factories import make_image

pytestmark = pytest.mark.django_db

FIGURE = re.compile(
    r"<figure[^>]*>\s*<picture>.*?</picture>\s*<figcaption>(.*?)</figcaption>", re.S
)


@pytest.fixture
def editor_client(client):
    setup_roles()
    user = User.objects.create_user("editora", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def captions(html: str) -> list[str]:
    return FIGURE.findall(html)


def test_a_body_image_with_caption_and_credit_shows_both_on_the_page(client):
    image = make_image(caption="El Cabildo en sesión", credit="Ana Ruiz")
    article = make_article(body=f"Primer párrafo.\n\n{image.markdown}\n\nÚltimo párrafo.")

    page = client.get(article.get_absolute_url()).content.decode()

    assert captions(page) == ["El Cabildo en sesión · Foto: Ana Ruiz"]
    assert "<p><figure" not in article.body_html  # a figure never sits inside a paragraph
    assert "<p>Primer párrafo.</p>" in article.body_html


@pytest.mark.parametrize(
    ("caption", "credit", "shown"),
    [("Sólo el pie", "", "Sólo el pie"), ("", "Ana Ruiz", "Foto: Ana Ruiz")],
)
def test_either_the_caption_or_the_credit_alone_is_shown(caption, credit, shown):
    image = make_image(caption=caption, credit=credit)
    assert captions(make_article(body=image.markdown).body_html) == [shown]


def test_an_image_without_caption_or_credit_stays_a_bare_picture():
    image = make_image(caption="", credit="")
    html = make_article(body=image.markdown).body_html
    assert "<figure" not in html and re.search(r"<p><picture>.*</picture></p>", html)


def test_an_image_among_text_keeps_the_paragraph_whole():
    image = make_image(caption="Pie", credit="Ana Ruiz")
    html = make_article(body=f"Antes {image.markdown} después.").body_html
    assert "<figure" not in html
    assert re.fullmatch(r"<p>Antes <picture>.*</picture> después\.</p>\n", html, re.S)


def test_caption_and_credit_are_escaped():
    image = make_image(caption='<script>alert(1)</script> "Pie"', credit="<b onclick=x()>Yo</b>")
    html = make_article(body=image.markdown).body_html
    assert "<script" not in html and "<b " not in html
    assert captions(html) == [
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Pie&quot; · "
        "Foto: &lt;b onclick=x()&gt;Yo&lt;/b&gt;"
    ]


def test_the_admin_preview_shows_the_caption_too(editor_client):
    image = make_image(caption="Plaza de Armas", credit="Archivo")
    article = make_article(body="x")
    response = editor_client.post(
        reverse("admin:articles_article_preview", args=[article.pk]),
        {"body": f"Texto.\n\n{image.markdown}\n"},
    )
    assert response.status_code == 200
    assert captions(response.content.decode()) == ["Plaza de Armas · Foto: Archivo"]


def test_editing_the_caption_in_the_library_updates_the_bodies_showing_it(editor_client):
    image = make_image(alt_text="Plaza", caption="Pie viejo", credit="Ana Ruiz")
    article = make_article(body=image.markdown)
    other = make_article(body="Sin foto.")
    version = article.version

    response = editor_client.post(
        reverse("admin:media_image_change", args=[image.pk]),
        {
            "alt_text": "Plaza",
            "credit": "Luis Gómez",
            "caption": "Pie nuevo",
            "focal_x": image.focal_x,
            "focal_y": image.focal_y,
        },
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert captions(article.body_html) == ["Pie nuevo · Foto: Luis Gómez"]
    assert article.version == version
    assert Article.objects.get(pk=other.pk).body_html == other.body_html


def test_editing_a_lead_image_refreshes_the_cached_pages_that_show_it(
    editor_client, client, settings
):
    # Pages print the lead image's alt text and renditions' addresses (a new
    # focal point makes new renditions): a cached page must not outlive them.
    settings.PAGE_CACHE_SECONDS = 60
    image = make_image(alt_text="Mercado", caption="", credit="")
    article = make_article(title="Nota con foto principal", lead_image=image)
    reader = client.__class__()
    assert 'alt="Mercado"' in reader.get(article.get_absolute_url()).content.decode()
    assert reader.get(article.get_absolute_url())["X-Cache"] == "hit"

    response = editor_client.post(
        reverse("admin:media_image_change", args=[image.pk]),
        {
            "alt_text": "Mercado municipal de Jerez",
            "credit": "",
            "caption": "",
            "focal_x": 0.1,
            "focal_y": 0.9,
        },
    )

    assert response.status_code == 302
    page = reader.get(article.get_absolute_url()).content.decode()
    assert 'alt="Mercado municipal de Jerez"' in page
