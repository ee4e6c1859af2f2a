"""Pictures made in code, one builder per case, and a private MEDIA_ROOT per test."""

import io
import struct
import zlib

import pytest
from PIL import Image as PILImage


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def jpeg_bytes(size=(1800, 1200), color=(200, 40, 40), *, exif=None) -> bytes:
    picture = PILImage.new("RGB", size, color)
    # A second colour so resizing has something to do.
    picture.paste((20, 60, 200), (0, 0, size[0] // 3, size[1] // 3))
    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=90, **({"exif": exif} if exif else {}))
    return output.getvalue()


def png_bytes(size=(600, 400), color=(10, 120, 60, 255)) -> bytes:
    output = io.BytesIO()
    PILImage.new("RGBA", size, color).save(output, format="PNG")
    return output.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


SCRIPT = b"<script>alert(document.cookie)</script>"


def png_with_script_payload() -> bytes:
    """A valid PNG carrying script in a text chunk and after its end (a polyglot)."""
    png = png_bytes((64, 64))
    iend = png.rindex(b"IEND") - 4
    text = _chunk(b"tEXt", b"Comment\x00" + SCRIPT)
    return png[:iend] + text + png[iend:] + b"<?php system($_GET['c']); ?>" + SCRIPT


def png_bomb(width=20_000, height=20_000) -> bytes:
    """A few hundred bytes whose header announces a gigantic picture."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(row * 4))
        + _chunk(b"IEND", b"")
    )


def exif_with_orientation_and_gps(orientation: int = 6) -> bytes:
    exif = PILImage.Exif()
    exif[0x0112] = orientation  # Orientation: 6 = rotate 90° clockwise to display
    exif[0x010F] = "CamaraSecreta"  # Make
    exif[0x8825] = {1: "N", 2: (22.0, 46.0, 30.0), 3: "W", 4: (102.0, 34.0, 0.0)}  # GPS
    return exif.tobytes()
