"""The official page's mentions-per-month chart counts published, dated articles."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from people.charts import mentions_per_month
from tests.factories import make_article, make_official

pytestmark = pytest.mark.django_db


def on(year, month, day=10):
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


def test_months_without_mentions_are_zero_and_drafts_do_not_count(client):
    official = make_official(name="Laura Méndez Ortega")
    for published_at in (on(2024, 1, 5), on(2024, 1, 20), on(2024, 3, 2)):
        make_article(officials=[official], published_at=published_at)
    make_article(officials=[official], published_at=on(2024, 2, 1), status=Article.Status.DRAFT)
    make_article(officials=[official], published_at=None)  # undated: not on a timeline

    chart = mentions_per_month(official)
    assert [(bar.month, bar.count) for bar in chart.bars] == [
        (datetime.date(2024, 1, 1), 2),
        (datetime.date(2024, 2, 1), 0),
        (datetime.date(2024, 3, 1), 1),
    ]
    assert chart.bars[0].height > chart.bars[2].height > chart.bars[1].height == 0

    page = client.get(official.get_absolute_url()).content.decode()
    assert "Menciones por mes" in page and "<svg" in page
    assert "ene 2024: 2 notas" in page and "mar 2024: 1 nota" in page
    assert "<script" not in page.split("Menciones por mes")[1].split("</svg>")[0]


def test_an_official_never_mentioned_in_dated_articles_has_no_chart(client):
    official = make_official(name="Sin Menciones")
    assert mentions_per_month(official) is None
    assert "Menciones por mes" not in client.get(official.get_absolute_url()).content.decode()
