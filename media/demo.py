"""The demo newsroom's pictures in the media library (``manage.py load_demo_images``).

The demo articles (fixtures/demo/articles) name their pictures by the
address of a shipped file, ``…/static/demo/<file>``. Loading puts each file
into the library through the same checks and storage as an upload, with the
alt text, credit and caption of ``fixtures/demo/images.json`` (a data table),
and makes it the lead image of the articles that named it; their external
address is dropped, since it pointed at one port of one development server.
Pages then show the library's renditions (MEDIA_URL, relative), whatever
port or host serves the site. Running it again changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from articles.models import Article
from media import library, processing
from media.models import Image
from newsroom.caching import content_changed

DEMO_IMAGES = settings.BASE_DIR / "newsroom" / "static" / "demo"
DEMO_TABLE = settings.BASE_DIR / "fixtures" / "demo" / "images.json"
DEMO_PATH = "/static/demo/"


@dataclass(frozen=True)
class DemoPicture:
    file: str
    alt: str
    credit: str
    caption: str = ""


@dataclass(frozen=True)
class DemoReport:
    added: int
    kept: int
    articles_linked: int


def read_table(path: Path = DEMO_TABLE) -> list[DemoPicture]:
    return [DemoPicture(**row) for row in json.loads(path.read_text(encoding="utf-8"))]


def library_image(picture: DemoPicture, folder: Path) -> tuple[Image, bool]:
    """The library's copy of ``picture`` (added when missing); True when added."""
    prepared = processing.prepare_bytes((folder / picture.file).read_bytes())
    existing = library.duplicate_of(prepared)
    if existing is not None:
        return existing, False
    image = Image(alt_text=picture.alt, credit=picture.credit, caption=picture.caption)
    return library.store(image, prepared), True


def link_articles(picture: DemoPicture, image: Image) -> int:
    """Articles whose lead image is the shipped file get the library's copy."""
    named = Article.objects.filter(lead_image_url__endswith=DEMO_PATH + picture.file)
    return named.update(lead_image=image, lead_image_url="")


def load_demo_images(
    *, folder: Path = DEMO_IMAGES, table: list[DemoPicture] | None = None
) -> DemoReport:
    added = kept = linked = 0
    for picture in read_table() if table is None else table:
        with transaction.atomic():
            image, created = library_image(picture, folder)
            linked += link_articles(picture, image)
        added += created
        kept += not created
    if added or linked:
        content_changed()
    return DemoReport(added=added, kept=kept, articles_linked=linked)
