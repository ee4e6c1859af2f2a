"""Upload validation and re-encoding (media/processing.py), on bytes made in code."""

import io
import os
import tempfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from media import processing
from media.processing import ImageRefused
from tests.media.conftest import (
    SCRIPT,
    exif_with_orientation_and_gps,
    jpeg_bytes,
    png_bomb,
    png_with_script_payload,
)


def test_png_with_a_script_payload_keeps_nothing_but_pixels():
    payload = png_with_script_payload()
    assert SCRIPT in payload

    prepared = processing.prepare(SimpleUploadedFile("logo.png", payload, "image/png"))

    assert prepared.format == "png"
    assert b"<script" not in prepared.data
    assert b"<?php" not in prepared.data
    assert b"tEXt" not in prepared.data
    assert PILImage.open(io.BytesIO(prepared.data)).size == (64, 64)


def test_a_50_mb_file_is_refused_without_being_read():
    with tempfile.TemporaryFile() as big:
        big.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
        big.seek(0)
        upload = SimpleUploadedFile("enorme.jpg", b"", "image/jpeg")
        upload.file, upload.size = big, 50 * 1024 * 1024
        with pytest.raises(ImageRefused, match="más de 15 MB"):
            processing.prepare(upload)
        assert big.tell() == 0


def test_a_stream_longer_than_the_limit_is_refused_even_without_a_size(settings):
    settings.MEDIA_MAX_UPLOAD_MB = 1
    stream = io.BytesIO(jpeg_bytes() + os.urandom(1024 * 1024))
    with pytest.raises(ImageRefused, match="más de 1 MB"):
        processing.prepare(stream)


@pytest.mark.parametrize(
    ("name", "content_type", "data"),
    [
        ("foto.jpg", "image/jpeg", b"<html><script>alert(1)</script></html>"),
        ("foto.png", "image/png", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00"),
        ("foto.webp", "image/webp", b"RIFF\x10\x00\x00\x00WEBPVP8 garbage"),
        ("foto.jpg", "image/jpeg", jpeg_bytes()[:600]),  # cut short
    ],
    ids=["html-named-jpg", "gif-named-png", "broken-webp", "truncated-jpeg"],
)
def test_a_file_that_lies_about_its_type_is_refused(name, content_type, data):
    with pytest.raises(ImageRefused, match="no es una imagen JPEG, PNG ni WebP"):
        processing.prepare(SimpleUploadedFile(name, data, content_type))


def test_a_gif_is_refused_even_when_it_decodes():
    output = io.BytesIO()
    PILImage.new("RGB", (10, 10)).save(output, format="GIF")
    with pytest.raises(ImageRefused):
        processing.prepare_bytes(output.getvalue())


def test_the_type_comes_from_the_content_not_the_name():
    prepared = processing.prepare(SimpleUploadedFile("foto.webp", jpeg_bytes(), "image/webp"))
    assert prepared.format == "jpeg"


def test_a_decompression_bomb_is_refused_from_its_header():
    bomb = png_bomb()
    assert len(bomb) < 100_000
    with pytest.raises(ImageRefused, match="demasiados píxeles"):
        processing.prepare_bytes(bomb)


def test_the_pixel_limit_is_a_setting(settings):
    settings.MEDIA_MAX_PIXELS = 1000 * 1000
    with pytest.raises(ImageRefused, match="demasiados píxeles"):
        processing.prepare_bytes(jpeg_bytes((1200, 900)))


def test_exif_is_stripped_after_its_orientation_is_applied():
    original = jpeg_bytes((300, 200), exif=exif_with_orientation_and_gps(orientation=6))
    assert b"CamaraSecreta" in original

    prepared = processing.prepare_bytes(original)

    stored = PILImage.open(io.BytesIO(prepared.data))
    assert (prepared.width, prepared.height) == stored.size == (200, 300)  # turned upright
    assert dict(stored.getexif()) == {}
    assert b"CamaraSecreta" not in prepared.data
    assert b"Exif" not in prepared.data


def test_the_same_pixels_have_the_same_hash_whatever_the_metadata():
    plain = processing.prepare_bytes(jpeg_bytes((300, 200)))
    tagged = processing.prepare_bytes(
        jpeg_bytes((300, 200), exif=exif_with_orientation_and_gps(orientation=1))
    )
    assert plain.content_hash == tagged.content_hash


@pytest.mark.parametrize(
    ("size", "focal", "box"),
    [
        ((1800, 1200), (0.5, 0.5), (0, 0, 1800, 1200)),  # already 3:2
        ((2000, 1000), (0.0, 0.5), (0, 0, 1500, 1000)),  # wide, focus on the left
        ((2000, 1000), (0.9, 0.5), (500, 0, 2000, 1000)),  # wide, focus on the right edge
        ((1000, 2000), (0.5, 0.2), (0, 66, 1000, 733)),  # tall: a face near the top
    ],
)
def test_crops_keep_the_focal_point(size, focal, box):
    assert processing.crop_box(*size, focal_x=focal[0], focal_y=focal[1]) == box


def test_rendition_widths_never_upscale():
    assert processing.rendition_widths(3000) == [400, 800, 1200, 1600]
    assert processing.rendition_widths(900) == [400, 800, 900]
    assert processing.rendition_widths(300) == [300]
