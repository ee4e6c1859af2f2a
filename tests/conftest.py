import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "fixtures" / "sources"
PEOPLE_FIXTURE = ROOT / "fixtures" / "people.json"
SEED_FILES = sorted(SOURCES.glob("00[0-4]_*.txt"))
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    """Pages are rendered, not cached, so query counts measure the views.

    tests/newsroom/test_caching.py turns the cache on to test it.
    """
    settings.PAGE_CACHE_SECONDS = 0


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


def manage(env, *args, check=True):
    """Run manage.py in a subprocess with ``env``; fails the test on a non-zero exit."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture
def scratch_env(tmp_path):
    """Environment variables pointing a subprocess at an empty, migrated database."""
    env = dict(os.environ, NEWSROOM_VAR_DIR=str(tmp_path / "var"), PYTHONUNBUFFERED="1")
    env.pop("DATABASE_URL", None)
    dbname = None
    if ON_POSTGRES:
        import psycopg

        db = settings.DATABASES["default"]
        dbname = f"newsroom_scratch_{uuid.uuid4().hex[:10]}"
        admin_url = f"postgresql://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{dbname}"')
        env["DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{dbname}"
    manage(env, "migrate", "-v0")
    manage(env, "load_people", str(PEOPLE_FIXTURE), "-v0")
    yield env
    if dbname:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
