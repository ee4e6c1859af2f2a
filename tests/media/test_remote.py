"""import_remote_images against a local HTTP server on 127.0.0.1 (never the network)."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from articles.models import Article
from media.models import Image
from tests.factories import make_article
from tests.media.conftest import jpeg_bytes

pytestmark = pytest.mark.django_db

PHOTO = jpeg_bytes((1000, 700))


class Handler(BaseHTTPRequestHandler):
    routes = {
        "/foto.jpg": (200, PHOTO),
        "/otra-copia.jpg": (200, PHOTO),
        "/falsa.jpg": (200, b"<html>no soy una foto</html>"),
        "/no-existe.jpg": (404, b"no"),
    }

    def do_GET(self):
        if self.path == "/lenta.jpg":
            time.sleep(2)
        if self.path == "/enorme.jpg":
            self.send_response(200)
            self.send_header("Content-Length", str(200 * 1024 * 1024))
            self.end_headers()
            return
        status, body = self.routes.get(self.path, (200, PHOTO))
        self.send_response(status)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def imported(slug, url, **fields):
    return make_article(slug=slug, lead_image_url=url, source_format="jekyll", **fields)


def run(*args) -> str:
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("import_remote_images", *args, "--timeout", "0.5", stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_external_lead_images_are_brought_into_the_library(server):
    article = imported("buena", f"{server}/foto.jpg", lead_image_credit="Cuartoscuro")

    output = run()

    article.refresh_from_db()
    image = article.lead_image
    assert image is not None
    assert (image.width, image.height, image.credit) == (1000, 700, "Cuartoscuro")
    assert image.source_url == f"{server}/foto.jpg"
    assert image.renditions.filter(format="webp").exists()
    assert article.lead_image_url == f"{server}/foto.jpg"  # kept as the record
    assert "buena: traída" in output
    assert "Traídas: 1, reutilizadas: 0, fallidas: 0." in output


def test_failures_are_reported_per_article_and_do_not_stop_the_run(server):
    imported("falsa", f"{server}/falsa.jpg")
    imported("perdida", f"{server}/no-existe.jpg")
    imported("lenta", f"{server}/lenta.jpg")
    imported("enorme", f"{server}/enorme.jpg")
    imported("local", "file:///etc/passwd")
    imported("buena", f"{server}/foto.jpg")

    output = run()

    assert "falsa: falló (El archivo no es una imagen JPEG, PNG ni WebP" in output
    assert "perdida: falló (El servidor respondió 404.)" in output
    assert "lenta: falló (No se pudo descargar" in output
    assert "enorme: falló (La imagen es demasiado grande.)" in output
    assert "local: falló (Sólo se descargan direcciones http o https.)" in output
    assert "Traídas: 1, reutilizadas: 0, fallidas: 5." in output
    assert list(
        Article.objects.filter(lead_image__isnull=False).values_list("slug", flat=True)
    ) == ["buena"]


def test_the_same_picture_at_two_addresses_is_stored_once(server):
    imported("una", f"{server}/foto.jpg")
    imported("otra", f"{server}/otra-copia.jpg")

    output = run()

    assert Image.objects.count() == 1
    assert "Traídas: 1, reutilizadas: 1, fallidas: 0." in output
    assert run().endswith("Traídas: 0, reutilizadas: 0, fallidas: 0.\n")  # nothing left to do


def test_only_the_articles_named(server):
    imported("una", f"{server}/foto.jpg")
    imported("otra", f"{server}/falsa.jpg")
    assert "otra" not in run("una")
