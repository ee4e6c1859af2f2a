"""The mentions-per-month chart reads well with one month and with ten years."""

import datetime
import itertools
import re

import pytest
from django.utils import timezone

from people.charts import MAX_BAR_WIDTH, mentions_per_month
from tests.factories import make_article, make_official

pytestmark = pytest.mark.django_db


def on(year, month, day=10):
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


def test_one_month_is_one_narrow_bar_with_its_label(client):
    official = make_official(name="Laura Méndez")
    make_article(officials=[official], published_at=on(2024, 5, 3))
    chart = mentions_per_month(official)
    (bar,) = chart.bars
    assert bar.width <= MAX_BAR_WIDTH  # a bar, not a block across the page
    assert bar.x < 10
    assert [label.text for label in chart.labels] == ["may 2024"]
    page = client.get(official.get_absolute_url()).content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'width="100%"' in svg and "viewBox" not in svg  # text is never scaled down
    assert re.search(r"<th[^>]*>may 2024</th>\s*<td>1</td>", page)  # the data as a table


def test_ten_years_show_every_month_and_years_as_labels(client):
    official = make_official(name="Laura Méndez")
    for year in range(2015, 2025):
        make_article(officials=[official], published_at=on(year, 1))
        make_article(officials=[official], published_at=on(year, 12))
    chart = mentions_per_month(official)
    assert len(chart.bars) == 120
    assert chart.bars[0].month == datetime.date(2015, 1, 1)
    assert [label.text for label in chart.labels] == [str(y) for y in range(2015, 2025)]
    # On narrow screens only every other year is shown (the others are "minor").
    shown = [label for label in chart.labels if not label.minor]
    assert 4 <= len(shown) <= 5
    gaps = [b.x - a.x for a, b in itertools.pairwise(shown)]
    assert min(gaps) >= 15  # percent of the width: room for "2015" at 375 px
    bars = [b for b in chart.bars if b.count]
    assert all(b.width < (100 / 120) for b in bars)  # gaps between bars


def test_two_years_label_a_few_months_only(client):
    official = make_official(name="Laura Méndez")
    for month in range(1, 13):
        make_article(officials=[official], published_at=on(2023, month))
        make_article(officials=[official], published_at=on(2024, month))
    chart = mentions_per_month(official)
    assert len(chart.bars) == 24
    assert len(chart.labels) <= 8
    assert len([label for label in chart.labels if not label.minor]) <= 4
