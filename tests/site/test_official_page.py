"""The official and institution pages: the other names and the chart, as a reader reads them."""

import datetime
import re

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_article, make_institution, make_official

pytestmark = pytest.mark.django_db

OTHER_NAMES = re.compile(r'<p class="other-names">También aparece como: ([^<]*)\.</p>')


def built_during(client, url) -> tuple[str, list[str], int]:
    """The page, the model instances built for it, and its statements (after a first
    request, which also reads what is kept per content version: the navigation)."""
    client.get(url)
    built = []

    def count(sender, **kwargs):
        built.append(sender.__name__)

    post_init.connect(count)
    try:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    finally:
        post_init.disconnect(count)
    assert response.status_code == 200
    return response.content.decode(), built, len(queries)


def test_an_officials_other_names_by_name_without_its_own(client):
    official = make_official(
        name="Laura Méndez Ortega",
        aliases=("méndez", "LAURA MÉNDEZ ORTEGA", "Laura Méndez", "Dra. Méndez"),
    )
    make_article(officials=[official])

    page, built, statements = built_during(client, official.get_absolute_url())

    # Sorted without regard to case; the page's own name in other capitals is left out.
    assert OTHER_NAMES.findall(page) == ["Dra. Méndez, Laura Méndez, méndez"]
    assert "OfficialAlias" not in built  # the names are read as rows
    assert statements == 8  # official, aliases' names, count, keys, rows, bylines, posts, chart


def test_an_institutions_other_names(client):
    institution = make_institution(
        name="Secretaría de Salud", aliases=("SSA", "secretaría de salud", "Salud estatal")
    )
    make_article(institutions=[institution])

    page, built, _statements = built_during(client, institution.get_absolute_url())

    assert OTHER_NAMES.findall(page) == ["Salud estatal, SSA"]
    assert "InstitutionAlias" not in built


def test_no_other_names_no_line(client):
    official = make_official(name="Laura Méndez Ortega", aliases=("Laura Méndez Ortega",))
    make_article(officials=[official])

    page, _built, _statements = built_during(client, official.get_absolute_url())

    assert "También aparece como" not in page


def test_a_mention_on_a_months_last_evening_counts_in_that_local_month(client):
    """The months are Mexico City's: 31 January at 21:00 there is 1 February in UTC."""
    official = make_official(name="Laura Méndez Ortega")
    zone = timezone.get_default_timezone()
    for moment in (
        datetime.datetime(2024, 1, 31, 21, 0, tzinfo=zone),
        datetime.datetime(2024, 2, 1, 0, 30, tzinfo=zone),
        datetime.datetime(2024, 4, 3, 9, 0, tzinfo=zone),
    ):
        make_article(officials=[official], published_at=moment)

    page = client.get(official.get_absolute_url()).content.decode()

    table = page.split("<tbody>")[1].split("</tbody>")[0]
    assert re.findall(r'<th scope="row">([^<]*)</th><td>(\d+)</td>', table) == [
        ("ene 2024", "1"),
        ("feb 2024", "1"),
        ("abr 2024", "1"),
    ]
    assert "mar 2024: 0 notas" in page  # an empty month is described, not drawn
    assert "3 notas con fecha en 4 meses; máximo 1 en un mes." in page
    # Every bar is as wide as the others.
    widths = set(re.findall(r'<rect class="chart__bar" [^>]*width="([\d.]+)%"', page))
    assert widths == {"5.833"}


def test_an_officials_first_page_lists_dated_notes_newest_first_then_undated_ones(client):
    # The first page reads its keys from the mentions, then its cards by those keys.
    official = make_official(name="Marisol Quintero Vela")
    when = datetime.datetime(2020, 5, 1, 15, tzinfo=datetime.UTC)
    make_article(title="Nota sin fecha A", published_at=None, officials=[official])
    make_article(title="Nota vieja", published_at=when, officials=[official])
    make_article(title="Nota sin fecha B", published_at=None, officials=[official])
    make_article(
        title="Nota nueva", published_at=when + datetime.timedelta(days=900), officials=[official]
    )
    make_article(title="Nota en borrador", status="draft", officials=[official])
    make_article(
        title="Nota programada",
        published_at=timezone.now() + datetime.timedelta(days=2),
        officials=[official],
    )

    page = client.get(official.get_absolute_url()).content.decode()

    shown = ["Nota nueva", "Nota vieja", "Nota sin fecha B", "Nota sin fecha A"]
    assert [page.index(f">{title}<") for title in shown] == sorted(
        page.index(f">{title}<") for title in shown
    )
    assert "Nota en borrador" not in page
    assert "Nota programada" not in page
