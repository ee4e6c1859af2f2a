"""The article list in the admin at archive scale: the date hierarchy and the sources
filter read indexes, and show exactly what Django's own queries would."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags.admin_list import date_hierarchy
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.admin_dates import probed_date_hierarchy
from articles.models import Article
from newsroom.indexes import distinct_values
from tests.articles.test_admin_workflow import EDITORS, REPORTERS, staff
from tests.factories import make_article

pytestmark = pytest.mark.django_db

LIST = reverse("admin:articles_article_changelist")


def local(*parts):
    return timezone.make_aware(datetime.datetime(*parts))


@pytest.fixture
def archive():
    # Years with a gap (2017), two months of 2019, days at the local midnight's edges.
    dates = [
        local(2015, 3, 1, 9),
        local(2016, 12, 31, 23, 59),
        local(2018, 1, 1, 0, 0),
        local(2019, 2, 28, 23, 30),
        local(2019, 2, 3, 8),
        local(2019, 11, 20, 12),
    ]
    made = [make_article(title=f"Nota {n}", published_at=when) for n, when in enumerate(dates)]
    make_article(title="Borrador 2030", status=Article.Status.DRAFT, published_at=local(2030, 1, 5))
    make_article(title="Sin fecha", published_at=None)
    return made


def changelist(user, **params):
    request = RequestFactory().get(LIST, params)
    request.user = user
    model_admin = admin.site._registry[Article]
    return model_admin.get_changelist_instance(request)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"published_at__year": "2019"},
        {"published_at__year": "2019", "published_at__month": "2"},
        {"published_at__year": "2019", "published_at__month": "2", "published_at__day": "28"},
        {"status__exact": "published"},
        {"status__exact": "draft"},
    ],
)
def test_the_probed_hierarchy_is_djangos(archive, params):
    editor = staff("editora", EDITORS)

    probed = probed_date_hierarchy(changelist(editor, **params))
    django = date_hierarchy(changelist(editor, **params))

    assert probed == django
    assert probed["choices"]


def test_the_years_are_those_with_articles(archive, client):
    client.force_login(staff("editora", EDITORS))

    page = client.get(LIST).content.decode()
    months = client.get(LIST, {"published_at__year": "2019"}).content.decode()

    for year in ("2015", "2016", "2018", "2019", "2030"):
        assert f"published_at__year={year}" in page
    assert "published_at__year=2017" not in page
    assert "published_at__month=2" in months and "published_at__month=11" in months
    assert "published_at__month=3" not in months


def test_the_hierarchy_never_truncates_every_row(archive, client):
    client.force_login(staff("editora", EDITORS))

    with CaptureQueriesContext(connection) as queries:
        client.get(LIST, {"status__exact": "published"})

    statements = " ".join(q["sql"].upper() for q in queries)
    assert "DISTINCT" not in statements.replace('DISTINCT "', "")  # no SELECT DISTINCT trunc
    assert "TRUNC" not in statements


def test_editors_see_every_source_and_reporters_only_their_own(client):
    reporter = staff("reportero", REPORTERS)
    make_article(title="Agencia", source="Agencia Sur")
    make_article(title="Boletín", source="IMSS Zacatecas")
    mine = make_article(title="Mía", source="Radio Norte")
    Article.objects.filter(pk=mine.pk).update(created_by=reporter)
    make_article(title="Propia", source="")

    client.force_login(staff("editora", EDITORS))
    editor_page = client.get(LIST).content.decode()
    client.force_login(reporter)
    reporter_page = client.get(LIST).content.decode()

    for source in ("Agencia Sur", "IMSS Zacatecas", "Radio Norte"):
        assert f"source={source.replace(' ', '+')}" in editor_page
    assert "source=Radio+Norte" in reporter_page
    assert "source=Agencia+Sur" not in reporter_page


def test_distinct_values_walks_the_index_in_order():
    for source in ["b", "a", "", "b", "c", "a"]:
        make_article(source=source)

    assert distinct_values(Article, "source") == ["", "a", "b", "c"]
    assert distinct_values(Article, "section") == []
