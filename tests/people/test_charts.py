"""The official page's mentions-per-month chart counts published, dated articles."""

import datetime
import re

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


def test_the_svg_has_a_bar_per_month_with_notes_and_the_table_the_same_counts(client):
    """What a reader and a screen reader get: one titled bar per month with notes
    (none for empty months), axis labels, and the data table with the same counts."""
    official = make_official(name="Laura Méndez Ortega")
    for published_at in (on(2024, 1, 5), on(2024, 1, 20), on(2024, 3, 2)):
        make_article(officials=[official], published_at=published_at)

    page = client.get(official.get_absolute_url()).content.decode()
    svg = page.split("Menciones por mes")[1].split("</svg>")[0]
    bars = re.findall(
        r'<rect class="chart__bar" x="[\d.]+%" y="[\d.]+" width="[\d.]+%" '
        r'height="[\d.]+"><title>([^<]*)</title></rect>',
        svg,
    )
    assert bars == ["ene 2024: 2 notas", "mar 2024: 1 nota"]
    assert "feb 2024: 0 notas" in svg.split("</desc>")[0]  # every month is described
    assert re.findall(
        r'<text class="chart__label[^"]*" x="[\d.]+%" y="\d+"[^>]*>([^<]*)</text>', svg
    )[-3:] == ["ene 2024", "feb 2024", "mar 2024"]
    table = page.split("<tbody>")[1].split("</tbody>")[0]
    assert re.findall(r'<th scope="row">([^<]*)</th><td>(\d+)</td>', table) == [
        ("ene 2024", "2"),
        ("mar 2024", "1"),
    ]


def test_an_official_never_mentioned_in_dated_articles_has_no_chart(client):
    official = make_official(name="Sin Menciones")
    assert mentions_per_month(official) is None
    assert "Menciones por mes" not in client.get(official.get_absolute_url()).content.decode()


def test_months_are_the_newsroom_s_local_months(settings):
    """An article's month is the one its local date falls in, not its UTC one
    (Mexico City: UTC-6, and UTC-5 in summer before 2023)."""
    settings.TIME_ZONE = "America/Mexico_City"
    official = make_official(name="Irma Galindo Paz")
    utc = datetime.UTC
    for moment in (
        datetime.datetime(2024, 3, 1, 5, 30, tzinfo=utc),  # 29 Feb, 23:30 local
        datetime.datetime(2024, 3, 1, 6, 30, tzinfo=utc),  # 1 Mar, 00:30 local
        datetime.datetime(2024, 4, 1, 5, 59, tzinfo=utc),  # 31 Mar, 23:59 local
        datetime.datetime(2021, 7, 1, 5, 30, tzinfo=utc),  # 1 Jul, 00:30 summer time
        datetime.datetime(2021, 8, 1, 4, 30, tzinfo=utc),  # 31 Jul, 23:30 summer time
    ):
        make_article(officials=[official], published_at=moment)

    counts = {bar.month: bar.count for bar in mentions_per_month(official).bars}
    assert counts[datetime.date(2021, 7, 1)] == 2
    assert counts[datetime.date(2021, 8, 1)] == 0
    assert counts[datetime.date(2024, 2, 1)] == 1
    assert counts[datetime.date(2024, 3, 1)] == 2
    assert sum(counts.values()) == 5
