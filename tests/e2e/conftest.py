"""Browser tests: a real server on a fresh database, driven by Debian's Chromium.

Run with `make e2e` (never collected by `make test`). Every wait is bounded.
"""

from __future__ import annotations

import datetime
import os
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.e2e import server

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps calling home, and the network is closed.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
TIMEOUT_MS = 15_000
_RUN: dict[str, Path] = {}  # what the terminal summary prints: screenshots, server log


@pytest.fixture(scope="session")
def site():
    """The site served from a fresh, seeded database: a server.Site."""
    database_url = server.e2e_database_url()
    with tempfile.TemporaryDirectory(prefix="newsroom-e2e-") as tmp:
        var_dir = Path(tmp)
        port = server.free_port()
        base_url = f"http://127.0.0.1:{port}"
        env = server.server_environment(var_dir, base_url)
        if database_url:
            server.recreate_database(database_url)
        try:
            server.prepare(env)
            # Outside the temporary folder, so it can be read after a failure.
            log_path = Path(tempfile.gettempdir()) / f"newsroom-e2e-server-{port}.log"
            _RUN["log"] = log_path
            process = server.start(env, port, log_path)
            try:
                server.wait_until_serving(base_url, process, log_path)
                yield server.Site(base_url=base_url, log_path=log_path)
            finally:
                server.stop(process)
        finally:
            if database_url:
                server.drop_database(database_url)


@pytest.fixture(scope="session")
def browser() -> Browser:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser: Browser, site: server.Site):
    """Makes browser contexts (one per person) that can reach only the site.

    Requests to any other address are aborted, so hostile content or an
    external image never leaves the machine.
    """
    contexts: list[BrowserContext] = []

    def make(**options) -> BrowserContext:
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(
            base_url=site.base_url,
            locale="es-MX",
            timezone_id="America/Mexico_City",
            **options,
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)

        def only_the_site(route):
            if route.request.url.startswith(site.base_url + "/"):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", only_the_site)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context) -> Page:
    """An anonymous reader's page at desktop width."""
    return new_context().new_page()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where this run's screenshots go (gitignored); printed at the end."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = Path(os.environ.get("E2E_SCREENSHOTS", server.ROOT / "e2e-screenshots")) / stamp
    folder.mkdir(parents=True, exist_ok=True)
    _RUN["screenshots"] = folder
    return folder


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if "screenshots" in _RUN:
        terminalreporter.write_line(f"e2e screenshots: {_RUN['screenshots']}")
    log = _RUN.get("log")
    if exitstatus and log is not None and log.exists():
        tail = log.read_text(errors="replace").splitlines()[-40:]
        terminalreporter.write_line(f"server log {log} (last lines):")
        for line in tail:
            terminalreporter.write_line(f"  {line}")
