"""`make seed` puts the demo newsroom's pictures in the media library, so demo
pages show renditions whatever port serves them (`make run PORT=8001`)."""

import pytest

from articles.importing.pipeline import import_paths
from articles.models import Article
from media.demo import DEMO_IMAGES, load_demo_images, read_table
from media.models import Image
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

DEMO = ROOT / "fixtures" / "demo" / "articles"


def test_the_table_describes_every_shipped_demo_picture():
    table = read_table()
    assert {row.file for row in table} == {path.name for path in DEMO_IMAGES.glob("*.jpg")}
    assert all(row.alt.strip() and row.credit.strip() for row in table)


def test_demo_pictures_enter_the_library_and_lead_their_articles(people_registry, client, settings):
    settings.SITE_URL = "http://127.0.0.1:8001"  # make run PORT=8001
    report = import_paths([DEMO])
    assert not report.failed

    loaded = load_demo_images()

    assert (loaded.added, loaded.kept) == (12, 0)
    assert loaded.articles_linked == Article.objects.count() == 12
    assert Image.objects.count() == 12
    for article in Article.objects.select_related("lead_image"):
        assert article.lead_image is not None and article.lead_image.alt_text, article.title
        assert article.lead_image_url == ""  # the address named one port of one server
        page = client.get(article.get_absolute_url()).content.decode()
        assert "<picture>" in page and ":8000" not in page
    # Again: nothing new, nothing moved.
    assert load_demo_images() == type(loaded)(added=0, kept=12, articles_linked=0)
