"""The media library in the admin: upload, the thumbnail grid at desktop and phone width, axe.

The e2e server runs with DEBUG off, so Django does not serve MEDIA_URL (as in
production, where the web server or object storage does): the browser's
/media/ requests are answered here from the server's MEDIA_ROOT, like a
front web server would.
"""

import io
import re

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.server import EDITOR
from tests.e2e.support import BLOCKING_IMPACTS, describe, log_in, run_axe, serve_media

PHOTOS = [
    ("plaza.jpg", (1800, 1200), (196, 120, 60), "Plaza de Armas de Zacatecas al atardecer"),
    ("presa.png", (1200, 900), (40, 110, 170), "Presa de riego en Jerez con el nivel bajo"),
    ("mercado.jpg", (900, 1300), (90, 150, 80), "Puestos de fruta en el mercado municipal"),
]


def photo(size, colour) -> bytes:
    picture = PILImage.new("RGB", size, colour)
    picture.paste((250, 240, 220), (size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2))
    output = io.BytesIO()
    picture.save(output, format="PNG" if colour[2] > 150 else "JPEG")
    return output.getvalue()


@pytest.fixture(scope="module")
def uploaded(browser, site):
    """The three photos uploaded once by the editor through the admin's form."""
    context = browser.new_context(base_url=site.base_url, locale="es-MX")
    page = context.new_page()
    log_in(page, *EDITOR)
    for name, size, colour, alt in PHOTOS:
        page.goto("/admin/media/image/add/")
        data = photo(size, colour)
        mime = "image/png" if name.endswith(".png") else "image/jpeg"
        page.locator("#id_upload").set_input_files({"name": name, "mimeType": mime, "buffer": data})
        page.locator("#id_alt_text").fill(alt)
        page.locator("#id_credit").fill("Redacción")
        page.locator("input[name=_save]").click()
        expect(page.locator(".messagelist .success")).to_be_visible()
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_media_library_is_screenshotted_with_thumbnails_and_no_serious_axe_violation(
    new_context, uploaded, screenshot_dir, viewport
):
    context = new_context(viewport=viewport, bypass_csp=True)
    serve_media(context)
    page = context.new_page()
    log_in(page, *EDITOR)
    page.goto("/admin/media/image/")

    thumbs = page.locator("#result_list img.media-thumb")
    expect(thumbs).to_have_count(len(PHOTOS))
    for index in range(len(PHOTOS)):
        # Every thumbnail loaded (a rendition, not a broken image).
        assert thumbs.nth(index).evaluate("img => img.complete && img.naturalWidth > 0")
    expect(page.locator("#result_list")).to_contain_text(PHOTOS[0][3])
    page.screenshot(
        path=str(screenshot_dir / f"media-library-{viewport['width']}.png"), full_page=True
    )

    violations = run_axe(page)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if violations:
        print(f"axe on the media library:\n{describe(violations)}")
    assert not blocking, describe(blocking)


def test_upload_refuses_a_file_that_lies_about_its_type(new_context, uploaded):
    page = new_context().new_page()
    log_in(page, *EDITOR)
    page.goto("/admin/media/image/add/")
    page.locator("#id_upload").set_input_files(
        {"name": "foto.jpg", "mimeType": "image/jpeg", "buffer": b"<html>no</html>"}
    )
    page.locator("#id_alt_text").fill("Nada")
    page.locator("input[name=_save]").click()
    expect(page.locator(".errorlist")).to_contain_text("no es una imagen JPEG, PNG ni WebP")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_editor_puts_library_pictures_in_the_body_and_as_lead_image(
    new_context, uploaded, screenshot_dir, viewport
):
    context = new_context(viewport=viewport, bypass_csp=True)
    serve_media(context)
    page = context.new_page()
    log_in(page, *EDITOR)
    title = f"Baja el nivel de la presa de Jerez ({viewport['width']})"
    page.goto("/admin/articles/article/add/")
    page.locator("#id_title").fill(title)
    page.locator("#id_title").press("Tab")
    page.locator("#id_body").fill("La presa está al 30 por ciento.")

    page.get_by_role("button", name="Imagen de la biblioteca").click()
    picker = page.get_by_role("dialog", name="Imágenes de la biblioteca")
    expect(picker).to_be_visible()
    expect(picker.locator(".md-picker-item")).to_have_count(len(PHOTOS))
    picker.get_by_label("Buscar por texto alternativo, pie o crédito").fill("presa")
    expect(picker.locator(".md-picker-item")).to_have_count(1)
    expect(picker.locator(".md-picker-item img")).to_have_js_property("complete", True)
    page.screenshot(path=str(screenshot_dir / f"admin-image-picker-{viewport['width']}.png"))
    violations = [v for v in run_axe(page) if v["impact"] in BLOCKING_IMPACTS]
    assert not violations, describe(violations)
    picker.get_by_role("button", name=re.compile("^Insertar en el cuerpo")).click()
    expect(picker).to_be_hidden()
    body = page.locator("#id_body").input_value()
    inserted = r"\n\n!\[Presa de riego en Jerez con el nivel bajo\]\(/imagenes/\d+/\)\n"
    assert re.search(inserted, body), body

    page.get_by_role("button", name="Imagen de la biblioteca").click()
    picker.get_by_label("Buscar por texto alternativo, pie o crédito").fill("plaza")
    expect(picker.locator(".md-picker-item")).to_have_count(1)
    picker.get_by_role("button", name=re.compile("^Usar como imagen principal")).click()
    expect(page.locator(".field-lead_image .select2-selection__rendered")).to_contain_text(
        "Plaza de Armas de Zacatecas"
    )

    page.get_by_role("button", name="Vista previa").click()
    frame = page.frame_locator("iframe.md-preview-frame")
    expect(frame.locator("picture img")).to_have_attribute(
        "alt", "Presa de riego en Jerez con el nivel bajo"
    )

    page.locator("#id_status").select_option("published")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    slug = page.locator("#id_slug").input_value()

    reader = context.new_page()
    reader.goto(f"/articulos/{slug}/")
    body_picture = reader.locator(".article__body picture img")
    expect(body_picture).to_have_attribute("alt", "Presa de riego en Jerez con el nivel bajo")
    assert body_picture.evaluate("img => img.complete && img.naturalWidth > 0")
    assert "webp" in reader.locator(".article__body picture source").get_attribute("type")
    expect(reader.locator("img[alt='Plaza de Armas de Zacatecas al atardecer']")).to_have_count(1)
