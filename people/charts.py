"""A small bar chart of an official's mentions per month, as server-rendered SVG.

No JavaScript and no inline styles (the CSP allows neither): plain SVG
shapes with presentation attributes, a <title> per bar for screen readers
and hover, and the colours from the site's stylesheet via classes.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from articles.models import Article

MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MAX_MONTHS = 24


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    month: date
    count: int

    @property
    def label(self) -> str:
        noun = "nota" if self.count == 1 else "notas"
        return f"{MONTHS[self.month.month - 1]} {self.month.year}: {self.count} {noun}"

    @property
    def short_label(self) -> str:
        return f"{MONTHS[self.month.month - 1]} {str(self.month.year)[2:]}"


@dataclass(frozen=True)
class MonthlyChart:
    bars: list[Bar]
    width: int
    height: int
    maximum: int
    total: int
    label_every: int


def _month_range(first: date, last: date) -> list[date]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def mentions_per_month(official, *, width: int = 640, height: int = 120) -> MonthlyChart | None:
    """Published, dated articles mentioning ``official``, counted by month (one query)."""
    rows = (
        Article.objects.published()
        .filter(officials=official, published_at__isnull=False)
        .annotate(month=TruncMonth("published_at", tzinfo=timezone.get_current_timezone()))
        .values("month")
        .annotate(n=Count("id", distinct=True))
        .order_by("month")
    )
    counts = {
        row["month"].date() if hasattr(row["month"], "date") else row["month"]: row["n"]
        for row in rows
    }
    if not counts:
        return None
    months = _month_range(min(counts), max(counts))[-MAX_MONTHS:]
    maximum = max(counts.get(m, 0) for m in months) or 1
    gap, bottom = 2, 18
    slot = width / len(months)
    bars = []
    for i, month in enumerate(months):
        count = counts.get(month, 0)
        bar_height = (height - bottom - 4) * count / maximum
        bars.append(
            Bar(
                x=round(i * slot + gap / 2, 1),
                y=round(height - bottom - bar_height, 1),
                width=round(max(slot - gap, 1), 1),
                height=round(bar_height, 1),
                month=month,
                count=count,
            )
        )
    return MonthlyChart(
        bars=bars,
        width=width,
        height=height,
        maximum=maximum,
        total=sum(counts.get(m, 0) for m in months),
        label_every=max(1, len(months) // 6),
    )
