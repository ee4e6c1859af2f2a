"""What every page ships: favicon, web app manifest, navigation, one stylesheet."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_manifest_is_served_as_a_web_app_manifest(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert manifest["lang"] == "es-MX"
    assert manifest["name"] and manifest["start_url"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes


def test_every_page_links_its_favicon_and_manifest(client):
    make_article(title="Nota")
    html = client.get(reverse("articles:home")).content.decode()
    icons = re.findall(r'<link rel="(?:icon|apple-touch-icon)"[^>]*href="/static/([^"]+)"', html)
    assert {"img/favicon.svg", "img/favicon-32.png", "img/apple-touch-icon.png"} <= set(icons)
    for path in icons:
        assert finders.find(path), path
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert len(re.findall(r'rel="stylesheet"', html)) == 1
    assert "<script src" not in html


def test_favicon_ico_is_not_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/static/img/favicon-32.png")


def test_the_menu_lists_sections_and_indexes(client):
    section = make_section(name="Salud", slug="salud")
    make_article(title="Nota", section=section)
    html = client.get(reverse("articles:home")).content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group()
    for href in ("/seccion/salud/", "/funcionarios/", "/instituciones/", "/temas/", "/autores/"):
        assert f'href="{href}"' in nav, href
