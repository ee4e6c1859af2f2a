"""taggit's tag merge in the admin speaks Spanish (its own messages are bare English)."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from taggit.models import Tag

from tests.factories import make_article
from tests.newsroom.test_admin_spanish import english_on, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("directora", password="clave-123-abc"))
    return client


def merge(client, tags, new_name):
    changelist = reverse("admin:taggit_tag_changelist")
    client.post(
        changelist,
        {"action": "render_tag_form", "_selected_action": [t.pk for t in tags], "index": "0"},
    )
    return client.post(
        reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": new_name}, follow=True
    )


def test_merging_tags_says_so_in_spanish(admin_client):
    article = make_article(title="Nota con temas")
    article.tags.add("agua", "Agua potable")
    response = merge(admin_client, Tag.objects.all(), "agua potable")

    text = " ".join(visible_text(response.content.decode()).split())
    assert "Se fusionaron los temas." in text
    assert english_on(text) == [] and "merged" not in text
    assert list(article.tags.names()) == ["agua potable"]


def test_a_merge_without_a_name_is_refused_in_spanish(admin_client):
    make_article(title="Nota con temas").tags.add("agua", "lluvia")
    response = merge(admin_client, Tag.objects.all(), "")

    text = " ".join(visible_text(response.content.decode()).split())
    assert "Escriba el nombre del tema resultante." in text
    assert "invalid" not in text
    assert Tag.objects.count() == 2


def test_running_the_merge_with_nothing_selected_is_refused_in_spanish(admin_client):
    response = admin_client.post(
        reverse("admin:taggit_tag_changelist"),
        {"action": "render_tag_form", "index": "0"},
        follow=True,
    )
    text = visible_text(response.content.decode())
    assert "Please select" not in text


def test_a_merge_moves_every_article_once_and_the_topic_page_lists_them(admin_client, client):
    both = make_article(title="Con los dos temas")
    both.tags.add("sequía", "sequia")
    one = make_article(title="Con uno")
    one.tags.add("sequia")
    other = make_article(title="Otro tema")
    other.tags.add("lluvias")

    merge(admin_client, Tag.objects.filter(name__in=["sequía", "sequia"]), "Sequía 2024")

    assert list(both.tags.names()) == ["Sequía 2024"]
    assert list(one.tags.names()) == ["Sequía 2024"]
    assert list(other.tags.names()) == ["lluvias"]
    merged = Tag.objects.get(name="Sequía 2024")
    page = client.get(f"/temas/{merged.slug}/").content.decode()
    assert "Con los dos temas" in page and "Con uno" in page and "Otro tema" not in page
