"""A reader finds things, and hostile imported content stays inert."""

import re

import pytest
from playwright.sync_api import Page, expect

# Imported from fixtures/sources/cases/hostile-content.md and
# tests/e2e/fixtures/hostile-pwned.md: scripts, event handlers, javascript:
# and data: links, iframes, forms, <base>, <meta refresh>, mutation XSS.
HOSTILE_ARTICLES = {
    "/articulos/alerta-por-fraude-telefonico-en-fresnillo/": (
        "Alerta por fraude telefónico en Fresnillo"
    ),
    "/articulos/vecinos-denuncian-cobros-indebidos-en-el-mercado/": (
        "Vecinos denuncian cobros indebidos en el mercado"
    ),
}
INERT_CHECK = """() => {
    const main = document.querySelector("main");
    const all = [...main.querySelectorAll("*")];
    return {
        pwned: window.__pwned === undefined ? null : String(window.__pwned),
        scripts: main.querySelectorAll("script").length,
        embeds: main.querySelectorAll("iframe, object, embed, form, base, meta, style, svg").length,
        handlers: all.flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name))
                                                    .map(a => e.tagName + "@" + a.name)),
        badUrls: all.flatMap(e => ["href", "src", "action", "data", "srcdoc"]
            .map(name => e.getAttribute(name))
            .filter(v => v && /^\\s*(javascript|data|vbscript):/i.test(v))),
        styles: all.filter(e => e.hasAttribute("style")).length,
        bases: document.querySelectorAll("base").length,
    };
}"""


def test_reader_searches_from_the_header_and_opens_an_official(page: Page):
    page.goto("/")
    search = page.get_by_role("search").get_by_role("searchbox", name="Buscar en el sitio")
    search.fill("Robledo")
    page.get_by_role("search").get_by_role("button", name="Buscar").click()
    page.wait_for_url("**/buscar/?q=Robledo")
    expect(page.locator("h1")).to_have_text("Resultados para «Robledo»")

    matches = page.locator(".search-entities")
    matches.get_by_role("link", name="Zoé Robledo", exact=True).click()
    page.wait_for_url("**/funcionarios/zoe-robledo/")
    expect(page.locator("h1")).to_have_text("Zoé Robledo")
    expect(page.locator(".kicker")).to_have_text("Funcionario")


def test_reader_searches_an_acronym_and_opens_the_institution(page: Page):
    page.goto("/articulos/")
    page.get_by_role("searchbox", name="Buscar en el sitio").fill("IMSS")
    page.get_by_role("searchbox", name="Buscar en el sitio").press("Enter")
    page.wait_for_url("**/buscar/?q=IMSS")
    # Articles that name it, with the passage where the word was found.
    expect(page.locator("main .card").first).to_be_visible()
    expect(page.locator("main .card mark").first).to_have_text(re.compile("IMSS", re.I))
    page.locator(".search-entities").get_by_role(
        "link", name="Instituto Mexicano del Seguro Social"
    ).click()
    page.wait_for_url("**/instituciones/instituto-mexicano-del-seguro-social/")
    expect(page.locator("h1")).to_contain_text("Instituto Mexicano del Seguro Social")


def _open_and_watch(page: Page, path: str) -> tuple[list[str], list[str]]:
    dialogs: list[str] = []
    csp_reports: list[str] = []

    def on_dialog(dialog):
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "console",
        lambda msg: csp_reports.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    response = page.goto(path, wait_until="load")
    assert response.status == 200
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert "object-src 'none'" in policy and "base-uri 'self'" in policy
    # Give a redirect or a timer in the content time to fire, then look.
    page.wait_for_timeout(500)
    return dialogs, csp_reports


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "sanitizer-alone"])
@pytest.mark.parametrize("path", HOSTILE_ARTICLES, ids=lambda p: p.split("/")[2][:30])
def test_hostile_article_runs_no_script(new_context, path, bypass_csp):
    """Inert with the CSP, and inert without it: the sanitizer alone suffices."""
    page = new_context(bypass_csp=bypass_csp).new_page()
    dialogs, csp_reports = _open_and_watch(page, path)

    assert dialogs == []
    assert page.url.endswith(path), f"the page went elsewhere: {page.url}"
    title = HOSTILE_ARTICLES[path]
    expect(page).to_have_title(f"{title} · Noticias Zacatecas")
    expect(page.locator("h1")).to_have_text(title)
    found = page.evaluate(INERT_CHECK)
    assert found == {
        "pwned": None,
        "scripts": 0,
        "embeds": 0,
        "handlers": [],
        "badUrls": [],
        "styles": 0,
        "bases": 0,
    }, found
    # Nothing was even attempted: the sanitizer left the CSP nothing to block.
    assert csp_reports == []

    # Clicking and focusing what is left does nothing either.
    for link in page.locator(".article__body a").all():
        link.focus()
        link.hover()
    page.locator(".article__body").click()
    assert page.evaluate("window.__pwned === undefined")
    assert dialogs == []
