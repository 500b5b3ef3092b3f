"""Headless Chromium for the browser tests (Debian `chromium` driven by Python playwright)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=60_000)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def open_page(browser: Any, url: str, width: int = 1000, height: int = 1200, **context_options: Any) -> Iterator[Any]:
    """A fresh browser context (no shared cookies or storage) with one page at `url`."""
    context = browser.new_context(viewport={"width": width, "height": height}, **context_options)
    context.set_default_timeout(30_000)
    try:
        page = context.new_page()
        page.goto(url)
        yield page
    finally:
        context.close()


def expect(locator: Any) -> Any:
    """playwright's `expect` (retries until its timeout; the page's CSP forbids eval-based waits)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)
