"""Every admin page an editor reaches, at 1280 px: no wider than the window, no English.

The pages are found as an editor finds them: from the admin index, each
changelist, its first row's change, history and delete pages, the revert
form of a revision and the comparison (django-simple-history), taggit's
merge form, and the image picker of the article form. What is read is the
text the editor sees, the page title and the controls' accessible labels.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from tests.e2e.test_admin_editor import assert_fits, editor_page

# Words only an English screen shows (Spanish shares "No", "Total", "Final"…).
_ENGLISH_WORDS = """
Add Change Delete Save History Filter Search Home Select View Log Yes All Today Now
Choose Cancel Show Hide results result Revert Date User Action Object Comment Merge Tags
Clear Remove Go Welcome Documentation Previous Next Page Created Changed None True False
Author Official Institution Recent actions My Password Username Reason Back Submit Edit
Name Description Field Value and the of to for with by this from are Are you sure
Midnight Noon Calendar Clock January February March April May June July August
September October November December Sunday Monday Tuesday Wednesday Thursday Friday
Saturday
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())


def english_words(page: Page) -> list[str]:
    text = page.evaluate(
        """() => [document.title, document.body.innerText,
                  ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')]
                     .map(e => [e.getAttribute('aria-label'), e.getAttribute('title'),
                                e.getAttribute('placeholder')].join(' '))].join(' ')"""
    )
    return sorted({word for word in re.findall(r"[A-Za-z]+", text) if word in ENGLISH})


def admin_pages(page: Page) -> list[str]:
    """The URLs an editor reaches by following the admin's own links."""
    page.goto("/admin/")
    changelists = page.eval_on_selector_all(
        "#content-main a[href^='/admin/']", "links => links.map(a => a.getAttribute('href'))"
    )
    urls: list[str] = ["/admin/", "/admin/password_change/"]
    for changelist in dict.fromkeys(changelists):
        urls.append(changelist)
        if changelist.endswith("/add/"):
            continue
        if urlsplit(changelist).path.count("/") == 3:  # /admin/<app>/: the app index
            urls.append(changelist)
            continue
        page.goto(changelist)
        first = page.locator("#result_list tbody th a, #result_list tbody td a").first
        if first.count():
            change = first.get_attribute("href").split("?")[0]
            urls.append(change)
            # History, and delete where the editor may delete: the change page's own links.
            page.goto(change)
            urls += page.eval_on_selector_all(
                "a.historylink, a.deletelink", "links => links.map(a => a.getAttribute('href'))"
            )
    return list(dict.fromkeys(urls))


def test_every_admin_page_fits_1280_and_speaks_spanish(new_context):
    page = editor_page(new_context)
    urls = admin_pages(page)
    # The article's revisions: the revert form of the oldest, and the comparison.
    page.goto("/admin/articles/article/")
    change = page.locator("#result_list tbody th a").first.get_attribute("href")
    page.goto(change.replace("/change/", "/history/"))
    revert = page.locator("#change-history tbody td:first-child a").last.get_attribute("href")
    urls += [revert, change.replace("/change/", "/history/compare/")]
    assert len(urls) >= 40, urls

    problems: dict[str, object] = {}
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        words = english_words(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if words or width > page.viewport_size["width"]:
            problems[url] = {"english": words, "width": width}
    # taggit's merge form, reached as an editor does: select tags, run the action.
    page.goto("/admin/taggit/tag/")
    page.locator("#result_list input.action-select").nth(0).check()
    page.locator("#result_list input.action-select").nth(1).check()
    page.locator("select[name=action]").select_option("render_tag_form")
    page.locator("button[name=index]").click()
    expect(page.locator("h1")).to_have_text("Fusionar temas")
    if english_words(page):
        problems[page.url] = {"english": english_words(page)}
    assert problems == {}


def test_the_article_form_with_ten_mentions_fits_1280(new_context, screenshot_dir):
    page = editor_page(new_context)
    page.goto("/admin/articles/article/?q=IMSS")
    links = page.eval_on_selector_all(
        "#result_list tbody th a", "links => links.map(a => a.getAttribute('href'))"
    )
    mentions = ", ".join(
        f"#{group}-group tr.has_original" for group in ("official_mentions", "institution_mentions")
    )
    counts = {}
    for link in links[:20]:  # an article with several real mentions (context snippets)
        page.goto(link)
        counts[link] = page.locator(mentions).count()
        if counts[link] >= 5:
            break
    best = max(counts, key=counts.get)
    page.goto(best)
    have = counts[best]
    assert have >= 3, counts
    add = page.locator("#official_mentions-group .add-row a")
    for _ in range(max(0, 10 - have)):
        add.click()
    rows = page.locator(
        "#official_mentions-group tr.form-row:not(.empty-form), "
        "#institution_mentions-group tr.form-row:not(.empty-form)"
    )
    assert rows.count() >= 10
    page.screenshot(path=str(screenshot_dir / "admin-article-10-mentions-1280.png"), full_page=True)
    assert_fits(page)
