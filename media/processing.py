"""Decoding, checking and re-encoding pictures: pure functions of bytes.

Nothing here trusts a file's name or the browser's content type: a file is
a JPEG, PNG or WebP when Pillow decodes it as one. Every accepted picture is
re-encoded from its pixels (EXIF orientation applied first), so metadata
(EXIF, GPS, comments, text chunks) and anything appended to the file (a
script after a PNG's end) never reach storage.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

# Pillow's format name -> ours (media.models.Image.Format).
ACCEPTED_FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp"}
# Renditions: these widths (never wider than the crop), each as WebP and JPEG.
RENDITION_WIDTHS = (400, 800, 1200, 1600)
RENDITION_FORMATS = ("webp", "jpeg")
# Every rendition has this shape, cropped around the focal point.
RENDITION_ASPECT = (3, 2)
_SAVE_OPTIONS = {
    "jpeg": {"format": "JPEG", "quality": 85, "optimize": True, "progressive": True},
    "png": {"format": "PNG", "optimize": False},
    "webp": {"format": "WEBP", "quality": 85, "method": 4},
}
_RENDITION_OPTIONS = {
    "jpeg": {"format": "JPEG", "quality": 80, "optimize": True, "progressive": True},
    "webp": {"format": "WEBP", "quality": 78, "method": 4},
}


class ImageRefused(Exception):
    """A file the library will not take; ``message`` is one Spanish sentence."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PreparedImage:
    """A checked picture, re-encoded without metadata, ready to store."""

    data: bytes
    format: str
    width: int
    height: int
    content_hash: str


def max_upload_bytes() -> int:
    return int(settings.MEDIA_MAX_UPLOAD_MB * 1024 * 1024)


def read_limited(source, *, limit: int) -> bytes:
    """At most ``limit`` bytes of a file object; refuses a larger file without reading it all."""
    size = getattr(source, "size", None)
    if size is not None and size > limit:
        raise _too_big()
    data = source.read(limit + 1)
    if len(data) > limit:
        raise _too_big()
    return data


def _too_big() -> ImageRefused:
    return ImageRefused(
        _("La imagen pesa más de %(mb)s MB; redúzcala antes de subirla.")
        % {"mb": settings.MEDIA_MAX_UPLOAD_MB}
    )


def prepare(source) -> PreparedImage:
    """Check a file object (an upload or a download) and re-encode it without metadata."""
    data = read_limited(source, limit=max_upload_bytes())
    return prepare_bytes(data)


def prepare_bytes(data: bytes) -> PreparedImage:
    picture = _decode(data)
    fmt = ACCEPTED_FORMATS[picture.format]
    picture = ImageOps.exif_transpose(picture)
    picture = _normalize_mode(picture, fmt)
    output = io.BytesIO()
    picture.save(output, **_SAVE_OPTIONS[fmt])
    return PreparedImage(
        data=output.getvalue(),
        format=fmt,
        width=picture.width,
        height=picture.height,
        content_hash=pixel_hash(picture),
    )


def _decode(data: bytes) -> PILImage.Image:
    not_an_image = ImageRefused(
        _(
            "El archivo no es una imagen JPEG, PNG ni WebP válida "
            "(se revisa su contenido, no su nombre)."
        )
    )
    too_many_pixels = ImageRefused(
        _("La imagen tiene demasiados píxeles (más de %(mp)s megapíxeles).")
        % {"mp": settings.MEDIA_MAX_PIXELS // 1_000_000}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            picture = PILImage.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise too_many_pixels from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise not_an_image from None
        # Checked from the header, before any pixel is decompressed.
        if picture.width * picture.height > settings.MEDIA_MAX_PIXELS:
            raise too_many_pixels
        try:
            picture.load()
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise too_many_pixels from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise not_an_image from None
    return picture


def _normalize_mode(picture: PILImage.Image, fmt: str) -> PILImage.Image:
    if fmt == "jpeg":
        return picture if picture.mode in {"RGB", "L"} else picture.convert("RGB")
    if picture.mode in {"RGB", "RGBA", "L", "LA"}:
        return picture
    return picture.convert("RGBA")


def pixel_hash(picture: PILImage.Image) -> str:
    """SHA-256 of size, mode and pixels: the same photo whatever its metadata."""
    digest = hashlib.sha256(f"{picture.mode}:{picture.width}x{picture.height}:".encode())
    digest.update(picture.tobytes())
    return digest.hexdigest()


def crop_box(
    width: int, height: int, *, focal_x: float, focal_y: float, aspect=RENDITION_ASPECT
) -> tuple[int, int, int, int]:
    """The largest ``aspect`` box inside the picture, centred on the focal point if it can be."""
    ratio = aspect[0] / aspect[1]
    if width / height <= ratio:  # taller than the aspect: full width
        box_w, box_h = width, round(width / ratio)
    else:
        box_w, box_h = round(height * ratio), height
    box_w, box_h = min(box_w, width), min(box_h, height)
    left = min(max(round(focal_x * width - box_w / 2), 0), width - box_w)
    top = min(max(round(focal_y * height - box_h / 2), 0), height - box_h)
    return left, top, left + box_w, top + box_h


def rendition_widths(crop_width: int) -> list[int]:
    """The widths made for a crop ``crop_width`` pixels wide; never upscaled."""
    widths = [w for w in RENDITION_WIDTHS if w < crop_width]
    widths.append(min(crop_width, RENDITION_WIDTHS[-1]))
    return sorted(set(widths))


def render(data: bytes, *, box: tuple[int, int, int, int], width: int, fmt: str):
    """One rendition of a stored picture: (bytes, width, height)."""
    with PILImage.open(io.BytesIO(data)) as picture:
        picture.load()
        cropped = picture.crop(box)
    height = max(1, round(cropped.height * width / cropped.width))
    resized = cropped.resize((width, height), PILImage.Resampling.LANCZOS)
    if fmt == "jpeg" and resized.mode != "RGB":
        resized = _flatten(resized)
    elif fmt == "webp" and resized.mode not in {"RGB", "RGBA"}:
        resized = resized.convert("RGBA" if "A" in resized.mode else "RGB")
    output = io.BytesIO()
    resized.save(output, **_RENDITION_OPTIONS[fmt])
    return output.getvalue(), width, height


def _flatten(picture: PILImage.Image) -> PILImage.Image:
    """Transparent pixels on white, for JPEG."""
    rgba = picture.convert("RGBA")
    background = PILImage.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background
