"""Editors split and join versions of a story in the admin; reporters cannot."""

import pytest
from django.urls import reverse

from articles.models import Article
from articles.roles import EDITORS, REPORTERS
from articles.story_models import StoryDecision, StoryVersion
from tests.articles.test_admin_workflow import staff

pytestmark = pytest.mark.django_db


def group_of(article):
    return StoryVersion.objects.get(article=article).group_id


@pytest.fixture
def editor():
    return staff("editora", EDITORS)


@pytest.fixture
def reporter():
    return staff("reportero", REPORTERS)


def test_the_change_form_lists_the_other_versions_with_a_split_button(
    client, editor, imported_seeds
):
    story, release = imported_seeds["003"], imported_seeds["004"]
    client.force_login(editor)
    page = client.get(reverse("admin:articles_article_change", args=[story.pk])).content.decode()
    assert "Otras versiones" in page
    assert reverse("admin:articles_article_change", args=[release.pk]) in page
    assert "Separar" in page
    assert reverse("admin:articles_article_story_split", args=[story.pk]) in page


def test_an_editor_splits_an_article_off_its_group(client, editor, imported_seeds):
    story, release = imported_seeds["003"], imported_seeds["004"]
    client.force_login(editor)
    response = client.post(reverse("admin:articles_article_story_split", args=[story.pk]))
    assert response.status_code == 302
    assert group_of(story) is None and group_of(release) is None
    decision = StoryDecision.objects.get()
    assert decision.kind == StoryDecision.Kind.APART and decision.decided_by == editor


def test_a_reporter_cannot_split(client, reporter, imported_seeds):
    story, release = imported_seeds["003"], imported_seeds["004"]
    before = group_of(story)
    client.force_login(reporter)
    url = reverse("admin:articles_article_story_split", args=[story.pk])
    assert client.post(url).status_code == 403
    assert client.get(url).status_code == 405
    assert group_of(story) == group_of(release) == before
    assert not StoryDecision.objects.exists()


def changelist_action(client, articles):
    return client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "group_as_versions", "_selected_action": [str(a.pk) for a in articles]},
    )


def test_an_editor_groups_articles_as_versions(client, editor, imported_seeds):
    first, second = imported_seeds["000"], imported_seeds["001"]
    client.force_login(editor)
    response = changelist_action(client, [first, second])
    assert response.status_code == 302
    assert group_of(first) is not None and group_of(first) == group_of(second)
    assert StoryDecision.objects.get().kind == StoryDecision.Kind.TOGETHER


def test_a_reporter_cannot_group_other_peoples_articles(client, reporter, imported_seeds):
    first, second = imported_seeds["000"], imported_seeds["001"]
    own = Article.objects.create(
        title="Borrador del reportero", slug="borrador-del-reportero", created_by=reporter
    )
    client.force_login(reporter)
    changelist_action(client, [first, second, own])
    assert group_of(first) is None and group_of(second) is None
    assert not StoryDecision.objects.exists()


def test_a_reporter_cannot_pull_a_published_group_into_their_draft(
    client, reporter, imported_seeds
):
    story = imported_seeds["003"]
    own = Article.objects.create(
        title="Otro borrador del reportero", slug="otro-borrador", created_by=reporter
    )
    own_too = Article.objects.create(
        title="Tercer borrador del reportero", slug="tercer-borrador", created_by=reporter
    )
    StoryVersion.objects.create(article=own, group_id=group_of(story))
    client.force_login(reporter)
    response = changelist_action(client, [own, own_too])
    assert response.status_code == 403
    assert not StoryDecision.objects.exists()
