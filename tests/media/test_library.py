"""Storing images and making their renditions once (media/library.py)."""

import io

import pytest
from django.core.files.storage import default_storage
from django.db import IntegrityError
from PIL import Image as PILImage

from media import library, processing
from media.models import Image, Rendition
from tests.media.conftest import jpeg_bytes
from tests.media.factories import make_image

pytestmark = pytest.mark.django_db


def stored_files(media_root) -> set[str]:
    return {str(p.relative_to(media_root)) for p in media_root.rglob("*") if p.is_file()}


def test_an_image_is_stored_through_the_storage_with_webp_and_jpeg_renditions(media_root):
    image = make_image(size=(1800, 1200))

    assert default_storage.exists(image.file.name)
    assert image.file.name.startswith("images/") and image.file.name.endswith(".jpeg")
    formats_and_widths = sorted(image.renditions.values_list("format", "width"))
    assert formats_and_widths == [
        (fmt, width) for fmt in ("jpeg", "webp") for width in (400, 800, 1200, 1600)
    ]
    webp = image.renditions.get(format="webp", width=800)
    with default_storage.open(webp.file.name) as f:
        decoded = PILImage.open(io.BytesIO(f.read()))
        assert (decoded.format, decoded.size) == ("WEBP", (800, 533))
    assert (webp.width, webp.height) == (800, 533)


def test_renditions_are_made_once_and_reused(media_root):
    image = make_image()
    files_before = stored_files(media_root)
    rows_before = set(Rendition.objects.values_list("pk", "file"))

    again = library.ensure_renditions(Image.objects.get(pk=image.pk))

    assert stored_files(media_root) == files_before
    assert set(Rendition.objects.values_list("pk", "file")) == rows_before
    assert {r.pk for r in again} == {pk for pk, _file in rows_before}


def test_the_database_refuses_a_second_rendition_of_a_width_and_format():
    rendition = make_image().renditions.first()
    with pytest.raises(IntegrityError):
        Rendition.objects.create(
            image=rendition.image,
            width=rendition.width,
            format=rendition.format,
            height=1,
            file="otra.webp",
        )


def test_the_same_picture_cannot_enter_twice(media_root):
    prepared = processing.prepare_bytes(jpeg_bytes((500, 400)))
    library.add_image(prepared, alt_text="Primera")
    files_before = stored_files(media_root)

    assert library.duplicate_of(prepared) is not None
    with pytest.raises(IntegrityError):
        library.add_image(prepared, alt_text="Segunda")
    assert Image.objects.count() == 1
    assert stored_files(media_root) == files_before


def test_moving_the_focal_point_recrops_the_renditions(media_root):
    image = make_image(size=(2000, 1000))
    old_files = set(image.renditions.values_list("file", flat=True))
    image.focal_x = 1.0
    image.save()

    library.recrop(image)

    assert not old_files & set(image.renditions.values_list("file", flat=True))
    assert not any(default_storage.exists(name) for name in old_files)
    assert image.renditions.count() == 8
