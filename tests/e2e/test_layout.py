"""Every public page type at desktop and phone width: a full-page screenshot each,
and no sideways scrolling on a phone."""

import pytest

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.support import PUBLIC_PAGES, assert_no_sideways_scroll

WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.mark.parametrize("width", WIDTHS, ids=str)
@pytest.mark.parametrize("public_page", PUBLIC_PAGES, ids=lambda p: p.name)
def test_page_is_screenshotted_and_fits_the_screen(new_context, screenshot_dir, public_page, width):
    page = new_context(viewport=WIDTHS[width]).new_page()
    response = page.goto(public_page.path)
    assert response.status == public_page.status

    page.screenshot(path=str(screenshot_dir / f"{public_page.name}-{width}.png"), full_page=True)

    if width == "phone":
        assert_no_sideways_scroll(page)
