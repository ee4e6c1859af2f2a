"""Press-office storage links (Drive, SharePoint, OneDrive, Dropbox, WeTransfer)
stay in the admin: readers never see them, on the page or in the API."""

import pytest
from django.urls import reverse

from articles.selectors import public_media_links
from tests.factories import make_article

pytestmark = pytest.mark.django_db

INTERNAL = [
    "https://drive.google.com/drive/folders/1AbCdEf-boletin-salud",
    "https://docs.google.com/document/d/1xYz/edit",
    "https://comunicacionzac.sharepoint.com/sites/prensa/Documentos/fotos",
    "https://onedrive.live.com/?id=ABC123",
    "https://1drv.ms/f/s!Aq-carpeta",
    "https://www.dropbox.com/sh/abc123/fotos-rueda-de-prensa",
    "https://wetransfer.com/downloads/0123456789",
    "https://we.tl/t-AbCdEf",
]
PUBLIC = [
    "https://www.youtube.com/watch?v=conferencia",
    "https://zacatecas.gob.mx/boletines/2024/agua.pdf",
]


@pytest.mark.parametrize("url", INTERNAL)
def test_press_office_storage_links_are_not_public(url):
    assert public_media_links([url]) == []


def test_ordinary_media_links_stay_public_with_their_labels():
    links = public_media_links([PUBLIC[0], {"url": PUBLIC[1], "label": "Boletín en PDF"}])
    assert links == [
        {"url": PUBLIC[0], "label": PUBLIC[0]},
        {"url": PUBLIC[1], "label": "Boletín en PDF"},
    ]


def test_article_page_and_api_leave_out_press_office_links(client):
    article = make_article(title="Boletín de la Secretaría de Salud", media_links=INTERNAL + PUBLIC)
    page = client.get(article.get_absolute_url()).content.decode()
    api = client.get(reverse("api:article-detail", args=[article.slug])).json()
    for url in INTERNAL:
        assert url not in page
    assert PUBLIC[0] in page
    assert api["media_links"] == PUBLIC


def test_editors_still_see_press_office_links_in_the_admin(admin_client):
    article = make_article(title="Boletín con carpeta de fotos", media_links=INTERNAL[:1])
    form = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert INTERNAL[0] in form.content.decode()
