"""Django's admin works under the site's Content Security Policy."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.server import EDITOR
from tests.e2e.support import log_in


def _watch(page: Page) -> list[str]:
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: (
            problems.append(f"{page.url}: {msg.text}")
            if "Content Security Policy" in msg.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    return problems


def test_admin_pages_raise_no_csp_violation(new_context):
    page = new_context().new_page()
    problems = _watch(page)

    response = page.goto("/admin/login/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    log_in(page, *EDITOR)

    page.goto("/admin/articles/article/")
    # The changelist's JavaScript runs: ticking a row enables the action bar.
    page.locator("#result_list input.action-select").first.check()
    expect(page.locator(".action-counter")).to_contain_text("1")

    page.locator("#result_list tbody th a").first.click()
    page.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/$"))
    # Calendar and clock widgets (admin JavaScript) are there.
    expect(page.locator(".field-published_at .datetimeshortcuts").first).to_be_visible()
    # Collapsible fieldset, autocomplete inline widgets.
    expect(page.locator("fieldset.collapse summary, details summary").first).to_be_visible()
    change_url = page.url

    page.goto(change_url.replace("/change/", "/history/"))
    page.goto(change_url.replace("/change/", "/history/compare/"))
    for path in [
        "/admin/articles/article/add/",
        "/admin/people/official/",
        "/admin/people/institution/",
        "/admin/",
    ]:
        assert page.goto(path).status == 200, path

    assert problems == [], "\n".join(problems)
