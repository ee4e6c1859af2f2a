"""The article page's story blocks, as a reader checks them, at 1280 and 375 px.

Seeds 003 (El Ciudadano's story) and 004 (the IMSS press release) report the
same press conference: each page lists the other under "Otras versiones" with
the share of text that comes from the press release, and a "Cobertura
relacionada" block lists other articles. Each page: a full-page screenshot
(e2e-screenshots/<run>/story-<page>-<width>.png), the blocks in the article's
column, no sideways scrolling and no axe-core violation of any impact.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.support import assert_no_sideways_scroll, describe, run_axe, serve_media

WIDTHS = {"desktop": DESKTOP, "phone": PHONE}

STORY = "/articulos/realizan-primera-reunion-preparatoria-para-imss-bienestar/"
RELEASE_TITLE = "IMSS Bienestar tiene sólidas bases jurídicas"
SHARE = re.compile(
    r"^\d{1,3}% (del texto de esta nota proviene del boletín"
    r"|de su texto proviene de este boletín)$"
)
# The rectangles of the figure and its % sign: one line box, never split at the end of a line.
FIGURE_LINES = """e => {
    const text = e.firstChild, range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.data.indexOf("%") + 1);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
}"""


def placeholder_photo() -> bytes:
    """What an imported article's external picture looks like here (the network is closed)."""
    picture = PILImage.new("RGB", (640, 427), (120, 140, 160))
    picture.paste((230, 225, 210), (160, 107, 480, 320))
    output = io.BytesIO()
    picture.save(output, format="JPEG")
    return output.getvalue()


PHOTO = placeholder_photo()


def reader_page(new_context, site, width):
    """A reader's page at ``width``: library pictures served, external ones stood in for."""
    context = new_context(viewport=WIDTHS[width], bypass_csp=True)
    serve_media(context)

    # An imported article's external lead image: a local stand-in instead of the
    # aborted request, so the screenshot shows the block as a reader sees it.
    def stand_in(route):
        request = route.request
        if request.resource_type == "image" and not request.url.startswith(site.base_url + "/"):
            return route.fulfill(status=200, content_type="image/jpeg", body=PHOTO)
        return route.fallback()

    context.route("**/*", stand_in)
    return context.new_page()


def release_path(page) -> str:
    """The press release's address, as the story's "Otras versiones" gives it."""
    page.goto(STORY)
    link = page.locator("section.versions").get_by_role("link", name=re.compile(RELEASE_TITLE))
    return urlsplit(link.get_attribute("href")).path


@pytest.fixture(scope="module")
def release(browser, site):
    context = browser.new_context(base_url=site.base_url, locale="es-MX")
    page = context.new_page()
    try:
        yield release_path(page)
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS, ids=str)
@pytest.mark.parametrize("which", ["story", "release"])
def test_story_blocks_read_well(new_context, site, screenshot_dir, release, which, width):
    path, other = (STORY, release) if which == "story" else (release, STORY)
    page = reader_page(new_context, site, width)
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    response = page.goto(path)
    page.wait_for_load_state("load")
    assert response.status == 200
    assert failed == [], failed
    # Lazy thumbnails load as a reader scrolls to them; then the whole page is shot.
    for img in page.locator("section.related img").all():
        img.scroll_into_view_if_needed()
    page.evaluate(
        "() => Promise.all([...document.querySelectorAll('section.related img')]"
        "  .map(i => i.decode().catch(() => null)))"
    )
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshot_dir / f"story-{which}-{width}.png"), full_page=True)

    # "Otras versiones": visible, links to the other version, says how much text is shared.
    versions = page.locator("section.versions")
    expect(versions).to_be_visible()
    expect(versions.get_by_role("heading", level=2)).to_have_text("Otras versiones")
    links = versions.locator(".versions-item__title a")
    expect(links).to_have_count(1)
    assert urlsplit(links.first.get_attribute("href")).path == other
    share = versions.locator(".versions-item__share").first
    expect(share).to_be_visible()
    assert SHARE.match(share.inner_text()), share.inner_text()
    assert share.evaluate(FIGURE_LINES) == 1

    # "Cobertura relacionada": at least one other article, each link working.
    related = page.locator("section.related")
    expect(related).to_be_visible()
    expect(related.get_by_role("heading", level=2)).to_have_text("Cobertura relacionada")
    items = related.locator(".related-item")
    assert items.count() >= 1
    for index in range(items.count()):
        item = items.nth(index)
        href = item.locator(".related-item__title a").get_attribute("href")
        assert urlsplit(href).path not in {path, ""}
        assert page.request.get(href).status == 200, href
        for img in item.locator("img").all():
            assert img.get_attribute("width") and img.get_attribute("height"), img.evaluate(
                "e => e.outerHTML"
            )
            if img.evaluate("e => e.parentElement.tagName") == "PICTURE":
                assert img.get_attribute("srcset") and img.get_attribute("sizes")
            assert img.evaluate("e => e.complete && e.naturalWidth > 0")

    # Both blocks sit in the article's column, as wide as its text at most.
    body = page.locator(".article__body").bounding_box()
    for block in (versions, related):
        box = block.bounding_box()
        assert abs(box["x"] - body["x"]) <= 1, (box, body)
        assert box["x"] + box["width"] <= body["x"] + body["width"] + 1, (box, body)

    assert_no_sideways_scroll(page)

    violations = run_axe(page)
    assert violations == [], describe(violations)


def test_a_reader_goes_from_the_story_to_the_press_release_and_back(page, release):
    page.goto(STORY)
    page.locator("section.versions").get_by_role("link").first.click()
    page.wait_for_url(f"**{release}")
    expect(page.locator("h1")).to_contain_text(RELEASE_TITLE)
    expect(page.locator("section.versions")).to_contain_text("El Ciudadano")
    page.locator("section.versions").get_by_role("link").first.click()
    page.wait_for_url(f"**{STORY}")
    expect(page.locator("h1")).to_have_text(
        "Realizan primera reunión preparatoria para IMSS-Bienestar"
    )
