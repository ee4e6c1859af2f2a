"""What the browser tests do over and over: log in, find an article, run axe."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

AXE = Path(__file__).resolve().parent / "node" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


@dataclass(frozen=True)
class PublicPage:
    """One page type of the public site and a URL of the seeded site showing it."""

    name: str
    path: str
    status: int = 200


# One URL per public page type, all from the imported fixtures.
PUBLIC_PAGES = [
    PublicPage("home", "/"),
    PublicPage("article-list", "/articulos/"),
    PublicPage("article", "/articulos/ciclovia-lopez-mateos/"),
    PublicPage("section", "/seccion/salud/"),
    PublicPage("author", "/autores/redaccion/"),
    PublicPage("official", "/funcionarios/zoe-robledo/"),
    PublicPage("institution", "/instituciones/instituto-mexicano-del-seguro-social/"),
    PublicPage("tag", "/temas/movilidad/"),
    PublicPage("search", "/buscar/?q=IMSS"),
    PublicPage("archive", "/archivo/"),
    PublicPage("archive-year", "/archivo/2023/"),
    PublicPage("archive-month", "/archivo/2023/09/"),
    PublicPage("not-found", "/articulos/no-existe-esta-nota/", status=404),
]


def log_in(page: Page, username: str, password: str) -> None:
    """Through the admin's login form, as a person does."""
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Nombre de usuario").fill(username)
    page.get_by_label("Contraseña").fill(password)
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")
    expect(page.locator("#user-tools")).to_contain_text(username)


def open_in_admin(page: Page, title: str) -> None:
    """Open the article titled ``title``: found with the changelist's search box (the demo
    holds more articles than one changelist page), then opened without the search kept in
    its address, as from a bookmark, so the pages that follow have their plain addresses."""
    page.goto("/admin/articles/article/")
    # The words only: the admin's search reads "-word" as "without word", as the site's does.
    page.locator("#searchbar").fill(" ".join(w for w in title.split() if any(map(str.isalnum, w))))
    page.locator("#changelist-search input[type=submit]").click()
    link = page.locator("#result_list").get_by_role("link", name=title, exact=True)
    page.goto(link.get_attribute("href").split("?")[0])
    expect(page.locator("#id_title")).to_have_value(title)


def assert_no_sideways_scroll(page: Page) -> None:
    """The page is no wider than the window; the failure names the first elements past it
    (the navigation strip scrolls sideways on purpose)."""
    overflow = page.evaluate(
        """() => ({scrollWidth: document.documentElement.scrollWidth,
                   innerWidth: window.innerWidth,
                   wide: [...document.querySelectorAll("body *")]
                     .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                     .filter(e => !e.closest(".site-nav__list"))
                     .slice(0, 5).map(e => e.tagName + "." + e.className)})"""
    )
    assert overflow["scrollWidth"] <= overflow["innerWidth"], overflow


def run_axe(page: Page) -> list[dict]:
    """axe-core's violations on the current page (WCAG 2.1 A and AA rules and best practices)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                "best-practice"]},
                resultTypes: ["violations"],
            });
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5)
                    .map(n => ({target: n.target, summary: n.failureSummary})),
            }));
        }"""
    )
    return result


def describe(violations: list[dict]) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=2)


def serve_media(context):
    """Answer /media/… from the e2e server's MEDIA_ROOT (NEWSROOM_VAR_DIR/media)."""
    roots = list(Path(tempfile.gettempdir()).glob("newsroom-e2e-*/media"))

    def from_media_root(route):
        relative = urlsplit(route.request.url).path.removeprefix("/media/")
        for root in roots or Path(tempfile.gettempdir()).glob("newsroom-e2e-*/media"):
            candidate = root / relative
            if candidate.is_file() and root in candidate.resolve().parents:
                return route.fulfill(path=str(candidate))
        return route.fulfill(status=404)

    context.route(lambda url: urlsplit(url).path.startswith("/media/"), from_media_root)
