import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone

from articles.templatetags.fechas import spanish_date
from tests.site.conftest import local_dt


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime.date(2024, 1, 9), "9 de enero de 2024"),
        (datetime.date(2023, 12, 31), "31 de diciembre de 2023"),
        (datetime.date(2024, 9, 1), "1 de septiembre de 2024"),
        (None, "Sin fecha"),
    ],
)
def test_spanish_date(value, expected):
    assert spanish_date(value) == expected


def test_datetimes_use_mexico_city_time():
    # 02:00 UTC on the 10th is still the 9th in Mexico City (UTC-6).
    moment = datetime.datetime(2024, 1, 10, 2, 0, tzinfo=datetime.UTC)
    assert spanish_date(moment) == "9 de enero de 2024"


def test_template_filters():
    template = Template(
        "{% load fechas %}{{ a|fecha }}|{{ b|fecha }}|{{ a|fecha_hora }}|{{ a|iso }}|{{ b|iso }}"
    )
    rendered = template.render(Context({"a": local_dt(2024, 3, 5, 8, 7), "b": None}))
    assert rendered == (
        "5 de marzo de 2024|Sin fecha|5 de marzo de 2024, 08:07|2024-03-05T08:07:00-06:00|"
    )


def test_every_month_is_spanish():
    months = [spanish_date(datetime.date(2024, m, 1)).split(" de ")[1] for m in range(1, 13)]
    assert months == [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    assert timezone.get_current_timezone_name() == "America/Mexico_City"
