"""Absolute links follow the port the site is served on unless SITE_URL is set."""

import os
import subprocess
import sys

from tests.conftest import ROOT

PRINT_SITE_URL = (
    "import django; django.setup(); from django.conf import settings; print(settings.SITE_URL)"
)


def site_url(**env) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in {"SITE_URL", "PORT"}}
    environ.update(env, DJANGO_SETTINGS_MODULE="newsroom.settings")
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SITE_URL],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_site_url_follows_port_when_unset():
    assert site_url(PORT="8001") == "http://127.0.0.1:8001"


def test_site_url_defaults_to_port_8000():
    assert site_url() == "http://127.0.0.1:8000"


def test_an_explicit_site_url_wins_over_port():
    assert site_url(PORT="8001", SITE_URL="https://noticias.example.mx/") == (
        "https://noticias.example.mx"
    )
