"""The newsroom at work in the admin, checked from a reader's browser."""

import datetime
import re
import time
import zoneinfo

from playwright.sync_api import expect

from tests.e2e.server import EDITOR, REPORTER
from tests.e2e.support import log_in, open_in_admin

NEWSROOM_TZ = zoneinfo.ZoneInfo("America/Mexico_City")


def test_editor_edits_and_publishes_an_imported_draft_and_a_reader_sees_it(new_context):
    editor = new_context().new_page()
    log_in(editor, *EDITOR)
    # Imported from a Jekyll post with `published: false`.
    open_in_admin(editor, "Borrador - Preparan operativo vial para la Feria Nacional de Zacatecas")
    slug = editor.locator("#id_slug").input_value()
    title = "Listo el operativo vial para la Feria Nacional de Zacatecas"
    editor.locator("#id_title").fill(title)
    editor.locator("#id_body").fill(
        "La Dirección de Tránsito desplegará **300 agentes** durante la feria.\n\n"
        "Habrá cierres parciales en el bulevar López Mateos."
    )
    editor.locator("#id_status").select_option("published")
    # The admin's own shortcuts, as an editor uses them: today, now.
    published = editor.locator(".field-published_at")
    published.get_by_role("link", name="Hoy").click()
    published.get_by_role("link", name="Ahora").click()
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist .success")).to_be_visible()

    reader = new_context().new_page()
    reader.goto("/")
    lead = reader.locator(".home-lead")
    expect(lead.get_by_role("link", name=title)).to_be_visible()
    lead.get_by_role("link", name=title).click()
    reader.wait_for_url(f"**/articulos/{slug}/")
    expect(reader.locator("h1")).to_have_text(title)
    expect(reader.locator(".article__body strong")).to_have_text("300 agentes")
    expect(reader.locator(".banner")).to_have_count(0)


def test_reporter_creates_a_draft_and_cannot_publish_it(new_context):
    reporter = new_context().new_page()
    log_in(reporter, *REPORTER)
    reporter.goto("/admin/articles/article/add/")
    title = "Vendedores ambulantes piden reubicación en el centro"
    reporter.locator("#id_title").fill(title)
    reporter.locator("#id_title").press("Tab")
    # The slug is filled in from the title by the admin's JavaScript.
    expect(reporter.locator("#id_slug")).to_have_value(
        "vendedores-ambulantes-piden-reubicacion-en-el-centro"
    )
    slug = reporter.locator("#id_slug").input_value()
    reporter.locator("#id_body").fill("Los comerciantes pidieron un lugar fijo en la plaza.")
    # Status and publication date are shown read-only to a reporter.
    expect(reporter.locator("#id_status")).to_have_count(0)
    expect(reporter.locator("#id_published_at_0")).to_have_count(0)
    expect(reporter.locator(".field-status .readonly")).to_have_text("Borrador")
    reporter.locator("input[name=_save]").click()
    expect(reporter.locator(".messagelist .success")).to_be_visible()

    # The changelist offers no publish action and shows the draft.
    reporter.goto("/admin/articles/article/")
    actions = reporter.locator("select[name=action] option").evaluate_all(
        "options => options.map(o => o.value)"
    )
    assert "publish" not in actions and "unpublish" not in actions, actions
    row = reporter.locator("#result_list tr", has_text=title)
    expect(row.locator(".field-status")).to_have_text("Borrador")

    # Staff may preview it; the public may not see it at all.
    reporter.goto(f"/articulos/{slug}/")
    expect(reporter.locator(".banner--draft")).to_be_visible()
    reader = new_context().new_page()
    assert reader.goto(f"/articulos/{slug}/").status == 404
    reader.goto("/")
    expect(reader.get_by_text(title)).to_have_count(0)


def test_scheduled_article_appears_at_its_time(new_context):
    delay = 20  # seconds from saving to publication
    editor = new_context().new_page()
    log_in(editor, *EDITOR)
    editor.goto("/admin/articles/article/add/")
    title = "Programan corte de agua en la colonia Centro"
    editor.locator("#id_title").fill(title)
    editor.locator("#id_title").press("Tab")
    expect(editor.locator("#id_slug")).to_have_value("programan-corte-de-agua-en-la-colonia-centro")
    slug = editor.locator("#id_slug").input_value()
    editor.locator("#id_body").fill("La JIAPAZ suspenderá el servicio para reparar una tubería.")
    editor.locator("#id_status").select_option("published")
    due = datetime.datetime.now(NEWSROOM_TZ).replace(microsecond=0) + datetime.timedelta(
        seconds=delay
    )
    editor.locator("#id_published_at_0").fill(due.strftime("%d/%m/%Y"))
    editor.locator("#id_published_at_1").fill(due.strftime("%H:%M:%S"))
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist .success")).to_be_visible()
    assert datetime.datetime.now(NEWSROOM_TZ) < due, "saving took longer than the delay"

    reader = new_context().new_page()
    assert reader.goto(f"/articulos/{slug}/").status == 404
    reader.goto("/")
    expect(reader.get_by_role("link", name=title)).to_have_count(0)
    # The editor previews it as scheduled.
    editor.goto(f"/articulos/{slug}/")
    expect(editor.locator(".banner--scheduled")).to_be_visible()

    deadline = time.monotonic() + delay + 30
    while True:
        reader.goto("/")
        if reader.get_by_role("link", name=title).count():
            break
        assert time.monotonic() < deadline, "the scheduled article never appeared"
        time.sleep(1)
    assert datetime.datetime.now(NEWSROOM_TZ) >= due
    assert reader.goto(f"/articulos/{slug}/").status == 200
    expect(reader.locator("h1")).to_have_text(title)


def test_editor_restores_an_earlier_revision(new_context):
    original = "Rehabilitan la fuente del Jardín Independencia"
    mistaken = "Rehabilitan la fuente del Jardín Juárez"
    editor = new_context().new_page()
    log_in(editor, *EDITOR)
    open_in_admin(editor, original)
    editor.locator("#id_title").fill(mistaken)
    editor.locator("input[name=_continue]").click()
    expect(editor.locator(".messagelist .success")).to_be_visible()

    reader = new_context().new_page()
    reader.goto("/articulos/rehabilitan-la-fuente-del-jardin-independencia/")
    expect(reader.locator("h1")).to_have_text(mistaken)

    # History → the revision before the mistake → restore it.
    history = re.compile(r"^Hist(oria|orial|órico)$")  # the catalogue says "Historial"
    editor.locator(".object-tools").get_by_role("link", name=history).click()
    editor.wait_for_url(re.compile(r"/admin/articles/article/\d+/history/$"))
    editor.locator("#change-history").get_by_role("link", name=original, exact=True).first.click()
    editor.wait_for_url(re.compile(r"/history/\d+/$"))
    expect(editor.locator("#id_title")).to_have_value(original)
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist .success")).to_be_visible()

    reader.reload()
    expect(reader.locator("h1")).to_have_text(original)
