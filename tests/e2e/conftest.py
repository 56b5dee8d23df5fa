"""Browser tests: Playwright's sync API driving Debian's Chromium against pytest-django's live_server.

``playwright install`` cannot download a browser here, so Playwright launches
``/usr/bin/chromium`` (Debian's ``chromium`` package; ``HIRFA_CHROMIUM`` overrides).
Every test under tests/e2e/ is marked ``browser``: skipped with the install
command when Chromium is missing, failed instead under ``CI=true``
(tests/plugins/services.py).

Fixtures:
    browser          one headless Chromium per run
    page             a fresh context and page per test; ``page.hirfa_requests``
                     lists every URL it requested, ``page.hirfa_errors`` every
                     uncaught JavaScript error, ``page.hirfa_failures`` every
                     request that failed or answered 400 or more
    live_home        the live server's base URL, with a HomePage as the site root
    foreign_requests(page, live_server)  the requested URLs on another host

and ``screenshot(page, name)``, which saves a full-page PNG into
``test-artifacts/screenshots/<database vendor>/<name>.png`` (gitignored).
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.plugins.services import CHROMIUM, require_chromium

# Playwright's sync API runs an asyncio loop in this thread; Django then refuses
# ORM calls from it (SynchronousOnlyOperation) although they are plain sync code.
# Set at import, for the whole run: transactional tests that pytest-django orders
# after the browser tests run while the session's browser (and its loop) lives.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.hirfa_requests = []
    page.hirfa_errors = []
    page.hirfa_failures = []
    page.on("request", lambda request: page.hirfa_requests.append(request.url))
    page.on("requestfailed", lambda request: page.hirfa_failures.append(f"{request.url} ({request.failure})"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and page.hirfa_failures.append(f"{response.url} ({response.status})")
        ),
    )
    page.on("pageerror", lambda error: page.hirfa_errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def live_home(live_server, transactional_db):
    """The live server's base URL; its default Site's root is a HomePage."""
    from tests.conftest import make_site_home

    make_site_home()
    return live_server.url


def foreign_requests(page, live_server):
    """Every URL the page requested from a host other than the live server."""
    own = urlsplit(live_server.url).netloc
    return [
        url
        for url in page.hirfa_requests
        if urlsplit(url).scheme not in {"data", "blob", "about"} and urlsplit(url).netloc != own
    ]


def screenshot(page, name):
    """Save a full-page PNG under test-artifacts/screenshots/<vendor>/ and return its path."""
    from django.db import connection

    folder = SCREENSHOTS / connection.vendor
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
