"""Accessible: axe-core, document structure, alt text, keyboard focus, no JavaScript needed."""

import pytest
from playwright.sync_api import expect

from tests.e2e.support import BLOCKING_IMPACTS, PUBLIC_PAGES, describe, run_axe

FOCUS_RING = """e => { const s = getComputedStyle(e);
                      return [s.outlineStyle, s.outlineWidth, s.boxShadow].join(" "); }"""
LANDMARKS = {
    "header": "body > header, [role=banner]",
    "nav": "nav, [role=navigation]",
    "main": "main, [role=main]",
    "footer": "body > footer, [role=contentinfo]",
}


@pytest.mark.parametrize("public_page", PUBLIC_PAGES, ids=lambda p: p.name)
def test_page_has_no_serious_axe_violations(new_context, public_page):
    # axe is injected as a script tag, which the site's CSP (rightly) refuses.
    page = new_context(bypass_csp=True).new_page()
    response = page.goto(public_page.path)
    assert response.status == public_page.status

    violations = run_axe(page)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if violations:
        print(f"axe on {public_page.path}:\n{describe(violations)}")
    assert not blocking, f"axe on {public_page.path}:\n{describe(blocking)}"


@pytest.mark.parametrize("public_page", PUBLIC_PAGES, ids=lambda p: p.name)
def test_page_is_spanish_with_one_h1_and_the_landmarks(page, public_page):
    response = page.goto(public_page.path)
    assert "script-src 'self';" in response.headers["content-security-policy"]

    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").count() == 1
    for name, selector in LANDMARKS.items():
        assert page.locator(selector).count() >= 1, f"no {name} landmark on {public_page.path}"
    assert page.locator("main").count() == 1
    # Every image says what it shows (an empty alt only for decoration).
    assert page.locator("main img:not([alt])").count() == 0


def test_lead_image_alt_falls_back_to_the_title(page):
    # The source of this article gives an image and no description of it.
    page.goto("/articulos/ciclovia-lopez-mateos/")
    title = page.locator("h1").inner_text()
    expect(page.locator(".lead-image img")).to_have_attribute("alt", title)


def test_keyboard_focus_is_visible(page):
    page.goto("/")
    has_focus_visible_rule = page.evaluate(
        """() => [...document.styleSheets].some(sheet => {
               try { return [...sheet.cssRules].some(r => (r.selectorText || "")
                                                      .includes(":focus-visible")); }
               catch (e) { return false; }
           })"""
    )
    assert has_focus_visible_rule, "site.css has no :focus-visible style"

    first_link = page.locator("a").first
    unfocused = first_link.evaluate(FOCUS_RING)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement === document.querySelector('a')")
    focused = first_link.evaluate(FOCUS_RING)
    assert focused != unfocused, f"focus does not show: {unfocused!r} → {focused!r}"
    # The skip link shows itself when focused.
    expect(first_link).to_be_in_viewport()

    # Every next stop (site name, search box, button, navigation) shows a ring too.
    for _ in range(5):
        page.keyboard.press("Tab")
        ring = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert ring not in {"none", ""}, page.evaluate("document.activeElement.outerHTML")


def test_skip_link_takes_the_keyboard_to_the_content(page):
    page.goto("/articulos/ciclovia-lopez-mateos/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenido"
    # The next Tab lands inside the content, past header and navigation.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')")


@pytest.mark.parametrize(
    "path", ["/", "/articulos/ciclovia-lopez-mateos/", "/buscar/?q=Robledo"], ids=str
)
def test_site_works_without_javascript(new_context, path):
    page = new_context(java_script_enabled=False).new_page()
    response = page.goto(path)
    assert response.status == 200
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main")).not_to_be_empty()
    # Stylesheet applied: the header search button has the accent background.
    assert page.locator(".search-form button").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    ) not in {"", "rgba(0, 0, 0, 0)"}


def test_search_form_works_without_javascript(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/")
    page.get_by_role("searchbox", name="Buscar en el sitio").fill("Robledo")
    page.get_by_role("searchbox", name="Buscar en el sitio").press("Enter")
    page.wait_for_url("**/buscar/?q=Robledo")
    expect(page.locator("h1")).to_contain_text("Robledo")
    page.get_by_role("link", name="Zoé Robledo").first.click()
    page.wait_for_url("**/funcionarios/zoe-robledo/")
