"""An article's history in the admin prints dates as the rest of the admin does:
in Spanish, in the newsroom's time zone, never Python's "…+00:00"."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles.roles import EDITORS, setup_roles
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    setup_roles()
    user = User.objects.create_user("editora", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def utc(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def test_a_changed_publication_date_reads_in_spanish_local_time(editor_client):
    # 16:50 UTC is 10:50 in Mexico City (UTC-6, no daylight saving time since 2022).
    article = make_article(title="Nota", published_at=utc(2026, 12, 3, 16, 50, 52))
    article.published_at = utc(2026, 12, 5, 2, 15)  # still the 4th in Mexico City
    article.title = "Nota corregida"
    article.save()

    page = editor_client.get(
        reverse("admin:articles_article_history", args=[article.pk])
    ).content.decode()

    changes = page[page.index('id="change-history"') :]
    assert "3 de diciembre de 2026 a las 10:50" in changes
    assert "4 de diciembre de 2026 a las 20:15" in changes
    assert "+00:00" not in changes and "2026-12-0" not in changes
    assert "Nota corregida" in changes  # other values are printed as they were
