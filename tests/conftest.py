from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "fixtures" / "sources"
PEOPLE_FIXTURE = ROOT / "fixtures" / "people.json"
SEED_FILES = sorted(SOURCES.glob("00[0-4]_*.txt"))


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (login limits, page cache)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def people_registry(db):
    """The known officials and institutions of fixtures/people.json."""
    call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)


@pytest.fixture
def seed_dir(tmp_path):
    """A private copy of the five seeds, so tests may change files freely."""
    target = tmp_path / "seeds"
    target.mkdir()
    for seed in SEED_FILES:
        (target / seed.name).write_bytes(seed.read_bytes())
    return target


@pytest.fixture
def imported_seeds(people_registry, seed_dir):
    """The five seeds imported with the registry loaded: {"000": Article, ...}."""
    from articles.importing.pipeline import import_paths
    from articles.models import Article

    report = import_paths([seed_dir])
    assert not report.failed, report.as_dict()
    return {
        article.source_file[:3]: article
        for article in Article.objects.filter(source_file__isnull=False)
    }
