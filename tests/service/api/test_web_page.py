"""The RTL page at / driven in real headless Chromium (Debian `chromium` + Python playwright)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.arabic_samples import NEWS_PAGE
from tests.service.api.helpers import live_server, make_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARABIC = re.compile(r"[\u0600-\u06ff]")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian chromium at /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server(make_settings()) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=60_000)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1000, "height": 1200})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(base_url + "/")
    yield page
    context.close()


def expect(locator: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def test_paste_submit_and_see_headline_bullets_and_summary(page: Any) -> None:
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.fill("#article", NEWS_PAGE)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    headline = page.inner_text("#headline")
    bullets = page.locator("#bullets li").all_inner_texts()
    assert ARABIC.search(headline) and len(headline.split()) >= 4
    assert 3 <= len(bullets) <= 5 and all(ARABIC.search(bullet) for bullet in bullets)
    assert ARABIC.search(page.inner_text("#summary"))
    assert "extractive" in page.inner_text("#meta")
    assert page.is_hidden("#error")


def test_unticked_tasks_are_not_shown(page: Any) -> None:
    page.fill("#article", NEWS_PAGE)
    page.uncheck('input[value="summary"]')
    page.uncheck('input[value="bullets"]')
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    assert page.inner_text("#headline") and page.is_hidden("#summary") and page.is_hidden("#bullets")


def test_errors_are_shown_readably(page: Any) -> None:
    page.fill("#article", "This is an English sentence, not an Arabic news article at all.")
    page.click("#submit")
    page.wait_for_selector("#error:not([hidden])")
    message = page.inner_text("#error")
    assert "لا يبدو خبرا عربيا" in message and "not_arabic" in message
    assert page.is_hidden("#result")
    page.fill("#article", "")
    page.click("#submit")
    expect(page.locator("#error")).to_contain_text("empty_input")  # (the page's CSP forbids eval-based waits)
    assert "النص فارغ" in page.inner_text("#error")


def test_page_lists_the_loaded_engines(page: Any) -> None:
    expect(page.locator("#engine option")).to_have_count(2)
    assert "extractive" in page.locator("#engine option").all_inner_texts()[1]
    expect(page.locator("#server-info")).to_contain_text("extractive")
