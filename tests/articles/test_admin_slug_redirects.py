"""Addresses that last: a renamed article answers 301 from every earlier address."""

import pytest
from django.urls import reverse

from articles.models import Article, SlugRedirect
from articles.roles import EDITORS
from tests.articles.test_admin_workflow import change_url, form_data, staff
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(staff("editora", EDITORS))
    return client


def detail(slug):
    return reverse("articles:detail", kwargs={"slug": slug})


def test_renaming_a_slug_in_the_admin_leaves_a_301_from_the_old_address(editor_client):
    article = make_article(title="Cierran la carretera", slug="cierran-carretera")
    response = editor_client.post(
        change_url(article), form_data(article, slug="cierran-la-carretera-federal-45")
    )
    assert response.status_code == 302, response.content.decode()[:1500]

    editor_client.logout()
    response = editor_client.get(detail("cierran-carretera"))
    assert response.status_code == 301
    assert response["Location"] == detail("cierran-la-carretera-federal-45")
    assert editor_client.get(detail("cierran-la-carretera-federal-45")).status_code == 200


def test_every_earlier_slug_redirects_to_the_current_address_in_one_hop(client):
    article = make_article(slug="primera")
    for slug in ("segunda", "tercera"):
        article.slug = slug
        article.save()

    for old in ("primera", "segunda"):
        response = client.get(detail(old))
        assert response.status_code == 301
        assert response["Location"] == detail("tercera")
    assert set(SlugRedirect.objects.values_list("old_slug", flat=True)) == {"primera", "segunda"}


def test_going_back_to_an_earlier_slug_drops_its_redirect(client):
    article = make_article(slug="original")
    article.slug = "cambiado"
    article.save()
    article = Article.objects.get(pk=article.pk)
    article.slug = "original"
    article.save()

    assert client.get(detail("original")).status_code == 200
    response = client.get(detail("cambiado"))
    assert response.status_code == 301
    assert response["Location"] == detail("original")


def test_an_old_slug_of_a_draft_stays_hidden_from_readers(client):
    article = make_article(slug="borrador-viejo", status=Article.Status.DRAFT)
    article.slug = "borrador-nuevo"
    article.save()
    assert client.get(detail("borrador-viejo")).status_code == 404


def test_an_unknown_slug_is_still_a_404_with_one_extra_query(client, django_assert_num_queries):
    make_article(slug="existe")
    response = client.get(detail("no-existe"))
    assert response.status_code == 404
    # The article and its earlier addresses (1 before redirects); the 404 page's
    # navigation is kept from the first request (newsroom.caching.memo).
    with django_assert_num_queries(2):
        client.get(detail("tampoco-existe"))
