"""The reader's site, page type by page type, at 1280 and 375 px.

Each page: a full-page screenshot (e2e-screenshots/<run>/site-<page>-<width>.png),
no sideways scrolling, no failed request (the favicon included), and no axe-core
violation of any impact.
"""

import pytest

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.support import PublicPage, assert_no_sideways_scroll, describe, run_axe, serve_media

WIDTHS = {"desktop": DESKTOP, "phone": PHONE}

SITE_PAGES = [
    PublicPage("home", "/"),
    PublicPage("section", "/seccion/salud/"),
    PublicPage("article", "/articulos/ciclovia-lopez-mateos/"),
    PublicPage("author", "/autores/redaccion/"),
    PublicPage("official", "/funcionarios/zoe-robledo/"),
    PublicPage("institution", "/instituciones/instituto-mexicano-del-seguro-social/"),
    PublicPage("tag", "/temas/movilidad/"),
    PublicPage("authors", "/autores/"),
    PublicPage("officials", "/funcionarios/"),
    PublicPage("officials-filtered", "/funcionarios/?cargo=director"),
    PublicPage("officials-by-institution", "/funcionarios/?institucion=seguro+social"),
    PublicPage("institutions", "/instituciones/"),
    PublicPage("tags", "/temas/"),
    PublicPage("search", "/buscar/?q=vacunas"),
]


@pytest.mark.parametrize("width", WIDTHS, ids=str)
@pytest.mark.parametrize("site_page", SITE_PAGES, ids=lambda p: p.name)
def test_site_page_reads_well(new_context, screenshot_dir, site_page, width):
    # axe-core is injected as an inline script, which the site's CSP forbids.
    context = new_context(viewport=WIDTHS[width], bypass_csp=True)
    # Library pictures (an editor's test publishes one on the home page) are
    # served by the front web server in production; here by the browser context.
    serve_media(context)
    page = context.new_page()
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    response = page.goto(site_page.path)
    page.wait_for_load_state("load")
    assert response.status == site_page.status
    assert failed == [], failed

    page.screenshot(path=str(screenshot_dir / f"site-{site_page.name}-{width}.png"), full_page=True)

    assert_no_sideways_scroll(page)

    # The footer sits at the bottom of the window on short pages.
    footer_bottom = page.evaluate(
        "() => document.querySelector('.site-footer').getBoundingClientRect().bottom"
        " + window.scrollY"
    )
    assert footer_bottom >= WIDTHS[width]["height"] - 1

    violations = run_axe(page)
    assert violations == [], describe(violations)


def test_phone_menu_is_one_row(new_context):
    page = new_context(viewport=PHONE).new_page()
    page.goto("/")
    heights = page.evaluate(
        """() => { const nav = document.querySelector('.site-nav__list');
                   const items = [...nav.querySelectorAll('li')];
                   const tops = items.map(li => Math.round(li.getBoundingClientRect().top));
                   return new Set(tops).size; }"""
    )
    assert heights == 1


def test_a_desktop_menu_shows_every_entry_whole(new_context):
    page = new_context(viewport=DESKTOP).new_page()
    page.goto("/")
    cut = page.evaluate(
        """() => { const nav = document.querySelector('.site-nav__list');
                   const right = nav.getBoundingClientRect().right;
                   return [...nav.querySelectorAll('li')]
                     .filter(li => li.getBoundingClientRect().right > right + 1)
                     .map(li => li.textContent.trim()); }"""
    )
    assert cut == []


def test_first_search_result_is_near_the_top_on_a_phone(new_context):
    page = new_context(viewport=PHONE).new_page()
    page.goto("/buscar/?q=vacunas")
    top = page.locator(".card").first.evaluate("e => e.getBoundingClientRect().top")
    assert top < 600, top


def test_the_home_page_leaves_no_empty_column_beside_the_latest_list(new_context):
    """Beside the latest list, the main column is at least half as tall; else it runs under."""
    context = new_context(viewport=DESKTOP)
    serve_media(context)  # the lead's library picture, as the front server serves it
    page = context.new_page()
    page.goto("/")
    page.wait_for_load_state("load")
    main, latest = page.evaluate(
        """() => ['.home-main', '.home-latest'].map(s => {
                 const r = document.querySelector(s).getBoundingClientRect();
                 return {left: r.left, right: r.right, height: r.height}; })"""
    )
    if latest["left"] >= main["right"]:  # side by side
        assert main["height"] >= latest["height"] / 2, (main, latest)
