"""An editor's day in the admin, in Chromium: writing with a preview, two editors
on one article, scheduling, renamed addresses, and pages that fit the window."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.server import EDITOR
from tests.e2e.support import BLOCKING_IMPACTS, describe, log_in, run_axe

WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


def editor_page(new_context, **options) -> Page:
    # axe is injected as a script tag; the admin's CSP refuses it otherwise.
    page = new_context(bypass_csp=True, **options).new_page()
    log_in(page, *EDITOR)
    return page


def create_article(page: Page, title: str, body: str) -> str:
    """Through the add form, as an editor does; returns the change form's URL."""
    page.goto("/admin/articles/article/add/")
    page.locator("#id_title").fill(title)
    page.locator("#id_title").press("Tab")
    page.locator("#id_body").fill(body)
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    page.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/$"))
    return page.url


def assert_fits(page: Page) -> None:
    sizes = page.evaluate(
        """() => ({scrollWidth: document.documentElement.scrollWidth,
                   innerWidth: window.innerWidth,
                   wide: [...document.querySelectorAll("body *")]
                     .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                     .slice(0, 5).map(e => e.tagName + "." + e.className)})"""
    )
    assert sizes["scrollWidth"] <= sizes["innerWidth"], sizes


def assert_no_serious_axe_violations(page: Page) -> None:
    violations = run_axe(page)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe on {page.url}:\n{describe(blocking)}"


def test_editor_writes_with_toolbar_counts_and_a_readers_preview(new_context, screenshot_dir):
    page = editor_page(new_context)
    page.goto("/admin/articles/article/add/")
    page.locator("#id_title").fill("Abren convocatoria de becas para estudiantes")
    body = page.locator("#id_body")
    body.fill("La Secretaría abrió la convocatoria")
    expect(page.locator(".md-counts")).to_have_text("5 palabras · 35 caracteres")
    body.focus()

    body.press("End")
    page.keyboard.type(" ")
    page.get_by_role("button", name="Negritas").click()
    page.keyboard.type("hasta el viernes")
    body.press("End")
    body.press("Enter")
    body.press("Enter")
    page.get_by_role("button", name="Cita").click()
    page.keyboard.type("Es una oportunidad")
    body.press("End")
    page.keyboard.type("\n\n<script>alert('x')</script>")

    page.get_by_role("button", name="Vista previa").click()
    frame = page.frame_locator("iframe.md-preview-frame")
    expect(frame.locator(".article__body strong")).to_have_text("hasta el viernes")
    expect(frame.locator(".article__body blockquote")).to_contain_text("Es una oportunidad")
    expect(frame.locator("h1")).to_have_text("Abren convocatoria de becas para estudiantes")
    expect(frame.locator("script")).to_have_count(0)
    page.screenshot(path=str(screenshot_dir / "admin-article-preview-desktop.png"), full_page=True)
    page.get_by_role("button", name="Escribir").click()
    expect(body).to_be_visible()

    # Leaving with unsaved changes asks first.
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.locator("#site-name a").click()  # dismissed: stays on the form
    page.wait_for_timeout(300)
    assert dialogs == ["beforeunload"]
    expect(page.locator("#id_title")).to_be_visible()

    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    # The editor signs what she writes when nobody else is named.
    expect(page.locator("#article_authors-group")).to_contain_text("editora")

    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.reload()
        page.screenshot(
            path=str(screenshot_dir / f"admin-article-form-{width}.png"), full_page=True
        )
        assert_fits(page)
    assert_no_serious_axe_violations(page)


def test_autosave_offers_to_restore_what_was_typed(new_context):
    page = editor_page(new_context)
    url = create_article(page, "Nota para el autoguardado", "Texto inicial.")
    page.locator("#id_body").fill("Texto inicial.\n\nPárrafo que no se guardó.")
    page.wait_for_timeout(2500)  # the autosave runs two seconds after typing stops
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(url)
    page.get_by_role("button", name="Recuperar").click()
    expect(page.locator("#id_body")).to_have_value("Texto inicial.\n\nPárrafo que no se guardó.")


def test_two_editors_on_one_article_see_each_other_and_never_overwrite(new_context, screenshot_dir):
    ana = editor_page(new_context)
    url = create_article(ana, "Reparan el puente de la avenida Hidalgo", "Las obras empiezan hoy.")
    beto = editor_page(new_context)  # another browser: another session
    beto.goto(url)
    expect(beto.locator("#article-presence")).to_contain_text("También tiene abierta esta nota")
    expect(beto.locator("#article-presence")).to_contain_text("editora")

    ana.locator("#id_body").fill("Las obras empiezan hoy y duran dos semanas.")
    ana.locator("input[name=_continue]").click()
    expect(ana.locator(".messagelist .success")).to_be_visible()

    beto.locator("#id_title").fill("Reparan el puente de Hidalgo")
    beto.locator("input[name=_continue]").click()
    expect(beto.locator(".errorlist.nonfield")).to_contain_text("Alguien más guardó esta nota")
    expect(beto.locator("#id_title")).to_have_value("Reparan el puente de Hidalgo")

    compare = beto.get_by_role("link", name="Comparar revisiones")
    compare.click()
    expect(beto.locator("body")).to_contain_text("duran dos semanas")
    beto.go_back()

    history = url.replace("/change/", "/history/")
    for width, viewport in WIDTHS.items():
        ana.set_viewport_size(viewport)
        ana.goto(history)
        ana.screenshot(
            path=str(screenshot_dir / f"admin-article-history-{width}.png"), full_page=True
        )
        assert_fits(ana)
    assert_no_serious_axe_violations(ana)


def test_programar_schedules_and_the_list_shows_the_time(new_context, screenshot_dir):
    page = editor_page(new_context)
    url = create_article(page, "Inauguran el museo de arte virreinal", "Abrirá sus puertas.")
    page.goto(url)
    page.get_by_label("Programar para…").check()
    page.locator("#id_published_at_0").fill("15/06/2030")
    page.locator("#id_published_at_1").fill("10:00:00")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    row = page.locator("#result_list tr", has_text="Inauguran el museo de arte virreinal")
    expect(row).to_contain_text("Programada · 15 jun 2030 10:00")
    page.get_by_role("link", name="Programadas").click()
    expect(page.locator("#result_list")).to_contain_text("Inauguran el museo de arte virreinal")
    page.goto("/admin/articles/article/")
    # Every column in view at 1280 px: the table needs no sideways scrolling.
    results = page.locator(".results")
    assert results.evaluate("e => e.scrollWidth <= e.clientWidth"), "the list scrolls sideways"
    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.reload()
        page.screenshot(
            path=str(screenshot_dir / f"admin-article-list-{width}.png"), full_page=True
        )
        assert_fits(page)
    assert_no_serious_axe_violations(page)


def test_publicar_with_no_date_publishes_now(new_context):
    page = editor_page(new_context)
    url = create_article(page, "Publican el calendario escolar", "Inicia en agosto.")
    page.goto(url)
    page.locator("#id_status").select_option("published")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page.locator("#id_published_at_0")).not_to_have_value("")


def test_a_renamed_article_answers_at_its_old_address(new_context):
    page = editor_page(new_context)
    url = create_article(page, "Cierran la carretera a Fresnillo", "Por obras.")
    page.goto(url)
    old_slug = page.locator("#id_slug").input_value()
    page.locator("#id_status").select_option("published")
    page.locator("#id_slug").fill("cierran-la-carretera-federal-45")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    reader = new_context().new_page()
    response = reader.goto(f"/articulos/{old_slug}/")
    assert response.status == 200
    assert reader.url.endswith("/articulos/cierran-la-carretera-federal-45/")
    assert response.request.redirected_from.response().status == 301


@pytest.mark.parametrize(
    "path",
    ["/admin/articles/article/", "/admin/people/official/", "/admin/people/institution/"],
)
def test_admin_lists_fit_a_1280_window(new_context, path):
    page = editor_page(new_context)
    page.goto(path)
    assert_fits(page)


def test_admin_forms_fit_a_1280_window(new_context, screenshot_dir):
    page = editor_page(new_context)
    page.goto("/admin/articles/article/?q=IMSS")
    page.locator("#result_list tbody th a").first.click()
    page.screenshot(path=str(screenshot_dir / "admin-article-mentions-desktop.png"), full_page=True)
    assert_fits(page)
    page.goto("/admin/people/official/")
    page.locator("#result_list tbody th a").first.click()
    assert_fits(page)
