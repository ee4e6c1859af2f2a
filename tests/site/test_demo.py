"""`make seed` / `make run` show a realistic demo newsroom: the five seeds and
fixtures/demo/articles, with lead images the project ships; the importer's
edge cases (fixtures/sources/cases/) stay with the tests."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from PIL import Image

from articles.importing.pipeline import import_paths
from articles.models import Article
from tests.conftest import ROOT, SEED_FILES

pytestmark = pytest.mark.django_db

DEMO = ROOT / "fixtures" / "demo" / "articles"
STATIC_DEMO = ROOT / "newsroom" / "static" / "demo"


def seed_recipe() -> str:
    makefile = (ROOT / "Makefile").read_text()
    return re.search(r"^seed:.*?(?=^\S)", makefile, re.M | re.S).group(0)


def test_make_seed_imports_the_seeds_and_the_demo_but_not_the_edge_cases():
    recipe = seed_recipe()
    assert "fixtures/demo/articles" in recipe
    assert "fixtures/sources/00*.txt" in recipe
    assert "fixtures/sources " not in recipe and "cases" not in recipe


@pytest.fixture
def demo_site(people_registry):
    report = import_paths([*SEED_FILES, DEMO])
    assert not report.failed, report.as_dict()
    return report


def test_demo_newsroom_is_a_dozen_published_articles_with_images(demo_site, client):
    demo = Article.objects.exclude(source_path__contains="/fixtures/sources/")
    assert demo.count() >= 12
    assert Article.objects.count() == demo.count() + len(SEED_FILES)
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.PUBLISHED}
    for article in demo:
        assert len(article.title) < 120 and not article.title.lower().startswith("borrador")
        path = urlsplit(article.lead_image_url).path
        assert path.startswith("/static/demo/"), article.title
        image_file = STATIC_DEMO / path.removeprefix("/static/demo/")
        assert image_file.stat().st_size < 150_000
        with Image.open(image_file) as image:
            assert image.format == "JPEG" and image.size == (1200, 675)
        page = client.get(article.get_absolute_url()).content.decode()
        assert "javascript:" not in page
        for internal in ("drive.google.com", "sharepoint.com", "wetransfer.com"):
            assert internal not in page


def test_demo_images_are_shipped_as_static_files():
    assert "newsroom" in str(settings.STATICFILES_DIRS[0])
    assert len(list(STATIC_DEMO.glob("*.jpg"))) >= 12
