"""Home-page curation and the list's publish action, as an editor does them in Chromium."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.test_admin_editor import create_article, editor_page


def test_editor_pins_the_main_story_and_raises_a_banner_readers_see(new_context):
    page = editor_page(new_context)
    title = "Declaran alerta por heladas en el sur del estado"
    url = create_article(page, title, "Protección Civil.")
    article_id = re.search(r"/article/(\d+)/change/", url).group(1)
    page.goto(url)
    page.locator("#id_highlights").fill("Temperaturas bajo cero\nRefugios abiertos\n")
    page.locator("#id_status").select_option("published")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    # The highlights are lines, never JSON.
    expect(page.locator("#id_highlights")).to_have_value(
        "Temperaturas bajo cero\nRefugios abiertos"
    )

    page.goto("/admin/articles/homeslot/add/")
    page.locator("#id_article").fill(article_id)
    page.locator("#id_kind").select_option(label="Nota principal")
    page.locator("#id_position").fill("1")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto("/admin/articles/breakingnews/add/")
    page.locator("#id_text").fill("Suspenden clases en cinco municipios por las heladas")
    page.locator("#id_expires_at_0").fill("31/12/2030")
    page.locator("#id_expires_at_1").fill("23:00:00")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    try:
        reader = new_context().new_page()
        reader.goto("/")
        expect(reader.locator(".breaking")).to_contain_text("Suspenden clases en cinco municipios")
        expect(reader.locator(".home-lead")).to_contain_text(title)
    finally:
        # The site is shared by the other browser tests: the editor takes both down again.
        for changelist in ("/admin/articles/homeslot/", "/admin/articles/breakingnews/"):
            page.goto(changelist)
            page.locator("#action-toggle").check()
            page.locator("select[name=action]").select_option("delete_selected")
            page.locator("button[name=index]").click()
            page.locator("input[type=submit]").click()
            expect(page.locator(".messagelist .success")).to_be_visible()


def test_the_publish_action_dates_and_publishes_the_selected_drafts(new_context):
    page = editor_page(new_context)
    create_article(page, "Inicia la temporada de lluvias en Jerez", "Según Conagua.")
    page.goto("/admin/articles/article/?q=temporada+lluvias+Jerez")
    row = page.locator("#result_list tr", has_text="Inicia la temporada de lluvias en Jerez")
    expect(row).to_contain_text("Sin fecha")
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option("publish")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist .success")).to_contain_text("1 nota publicada")
    row = page.locator("#result_list tr", has_text="Inicia la temporada de lluvias en Jerez")
    expect(row).to_contain_text("Publicado")
    expect(row).not_to_contain_text("Sin fecha")
