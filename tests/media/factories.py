from django.core.files.uploadedfile import SimpleUploadedFile

from media import library, processing
from tests.media.conftest import jpeg_bytes

_colours = iter(range(1, 10_000))


def make_image(*, size=(1800, 1200), alt_text="Una foto de prueba", **fields):
    """A library image (with its renditions) whose pixels differ from every other one's."""
    n = next(_colours)
    data = jpeg_bytes(size, color=(n % 256, (n * 7) % 256, (n * 13) % 256))
    prepared = processing.prepare(SimpleUploadedFile("x.jpg", data, "image/jpeg"))
    return library.add_image(prepared, alt_text=alt_text, **fields)
