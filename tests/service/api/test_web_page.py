"""The RTL page at / driven in real headless Chromium (Debian `chromium` + Python playwright)."""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest

from tests.arabic_samples import NEWS_PAGE
from tests.service.api.browser import expect, open_page
from tests.service.api.helpers import StandInEngine, live_server, make_settings, stand_in_loader, stand_in_settings
from service.options import Limits

ARABIC = re.compile(r"[\u0600-\u06ff]")
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 900}

# Where "12 ms" starts and ends on screen, read from the rendered text of #meta.
MS_POSITIONS = """() => {
  const meta = document.getElementById("meta");
  const walker = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
  let text = "", nodes = [];
  for (let node; (node = walker.nextNode());) { nodes.push([node, text.length]); text += node.data; }
  const match = /(\\d+) ms/.exec(text);
  const rect = (start, end) => {
    const range = document.createRange();
    for (const [node, offset] of nodes) {
      if (start >= offset && start < offset + node.data.length) range.setStart(node, start - offset);
      if (end > offset && end <= offset + node.data.length) range.setEnd(node, end - offset);
    }
    return range.getBoundingClientRect().left;
  };
  return { number: rect(match.index, match.index + match[1].length),
           unit: rect(match.index + match[0].length - 2, match.index + match[0].length) };
}"""


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server(make_settings()) as base:
        yield base


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    with open_page(browser, base_url + "/") as opened:
        yield opened


def summarise_news_page(page: Any) -> None:
    page.fill("#article", NEWS_PAGE)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")


def test_paste_submit_and_see_headline_bullets_and_summary(page: Any) -> None:
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    summarise_news_page(page)
    headline = page.inner_text("#headline")
    bullets = page.locator("#bullets li").all_inner_texts()
    assert ARABIC.search(headline) and len(headline.split()) >= 4
    assert 3 <= len(bullets) <= 5 and all(ARABIC.search(bullet) for bullet in bullets)
    assert ARABIC.search(page.inner_text("#summary"))
    assert "extractive" in page.inner_text("#meta")
    assert page.is_hidden("#error")


def test_each_part_is_labelled(page: Any) -> None:
    summarise_news_page(page)
    labels = {part: page.inner_text(f"#{part}-part h3") for part in ("headline", "bullets", "summary")}
    assert labels == {"headline": "العنوان", "bullets": "أبرز النقاط", "summary": "الملخص"}


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280x900", "390x844"])
def test_the_result_is_scrolled_into_view(browser: Any, base_url: str, viewport: dict[str, int]) -> None:
    with open_page(browser, base_url + "/", **viewport) as page:
        summarise_news_page(page)
        expect(page.locator("#result-title")).to_be_in_viewport()
        expect(page.locator("#headline")).to_be_in_viewport()


def test_an_error_is_scrolled_into_view_on_a_phone(browser: Any, base_url: str) -> None:
    with open_page(browser, base_url + "/", **PHONE) as page:
        page.fill("#article", "This is an English sentence, not an Arabic news article at all.")
        page.click("#submit")
        expect(page.locator("#error")).to_be_in_viewport()


def test_unticked_tasks_are_not_shown(page: Any) -> None:
    page.fill("#article", NEWS_PAGE)
    page.uncheck('input[value="summary"]')
    page.uncheck('input[value="bullets"]')
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    assert page.inner_text("#headline") and page.is_hidden("#summary") and page.is_hidden("#bullets")
    assert page.is_hidden("#summary-part") and page.is_hidden("#bullets-part")


def test_errors_are_shown_readably(page: Any) -> None:
    page.fill("#article", "This is an English sentence, not an Arabic news article at all.")
    page.click("#submit")
    page.wait_for_selector("#error:not([hidden])")
    message = page.inner_text("#error")
    assert "لا يبدو خبرا عربيا" in message and "not_arabic" in message
    assert page.is_hidden("#result")
    page.fill("#article", "")
    page.click("#submit")
    expect(page.locator("#error")).to_contain_text("empty_input")
    assert "النص فارغ" in page.inner_text("#error")


def test_copy_buttons_copy_each_part_and_the_whole_digest(browser: Any, base_url: str) -> None:
    with open_page(browser, base_url + "/", permissions=["clipboard-read", "clipboard-write"]) as page:
        summarise_news_page(page)
        headline = page.inner_text("#headline")
        bullets = page.locator("#bullets li").all_inner_texts()
        summary = page.inner_text("#summary")
        clipboard = "navigator.clipboard.readText()"

        page.click('button[data-copy="headline"]')
        expect(page.locator('button[data-copy="headline"]')).to_contain_text("نُسخ")
        assert page.evaluate(clipboard) == headline
        page.click('button[data-copy="bullets"]')
        assert page.evaluate(clipboard) == "\n".join(f"- {bullet}" for bullet in bullets)
        page.click('button[data-copy="summary"]')
        assert page.evaluate(clipboard) == summary
        page.click('button[data-copy="all"]')
        bullet_lines = "\n".join(f"- {bullet}" for bullet in bullets)
        assert page.evaluate(clipboard) == (
            f"العنوان:\n{headline}\n\nأبرز النقاط:\n{bullet_lines}\n\nالملخص:\n{summary}")


def test_the_meta_line_shows_milliseconds_left_to_right(page: Any) -> None:
    summarise_news_page(page)
    positions = page.evaluate(MS_POSITIONS)
    assert positions["number"] < positions["unit"], "renders as «ms 12» instead of «12 ms»"
    assert re.search(r"\d+ كلمة", page.inner_text("#meta"))


def test_the_page_has_a_favicon(page: Any, base_url: str) -> None:
    href = page.get_attribute('link[rel="icon"]', "href")
    for path in (href, "/favicon.ico"):
        response = page.request.get(base_url + path)
        assert response.status == 200 and response.headers["content-type"].startswith("image/svg+xml")
        assert b"<svg" in response.body()


def test_page_lists_the_loaded_engines(page: Any) -> None:
    expect(page.locator("#engine option")).to_have_count(2)
    assert "extractive" in page.locator("#engine option").all_inner_texts()[1]
    expect(page.locator("#server-info")).to_contain_text("extractive")


def test_a_slow_engine_shows_progress_text_until_the_result(browser: Any) -> None:
    engine = StandInEngine(Limits(), delay_s=2.5)
    with live_server(stand_in_settings(), stand_in_loader(engine)) as base, open_page(browser, base + "/") as page:
        page.fill("#article", NEWS_PAGE)
        page.click("#submit")
        progress = page.locator("#progress")
        expect(progress).to_be_visible()
        expect(progress).to_contain_text("جارٍ التلخيص")
        expect(progress).to_contain_text(re.compile(r"\(\S+ ث\)"))  # seconds spent, counted on the page
        page.wait_for_selector("#result:not([hidden])")
        expect(progress).to_be_hidden()


def test_engines_and_version_load_once_an_api_key_is_entered(browser: Any) -> None:
    with live_server(make_settings(api_keys=["secret-1"])) as base, open_page(browser, base + "/") as page:
        expect(page.locator("#server-info")).to_contain_text("مفتاح الواجهة")
        expect(page.locator("#engine option")).to_have_count(1)
        assert page.evaluate("document.getElementById('key-box').open")
        page.fill("#api-key", "secret-1")
        page.press("#api-key", "Tab")
        expect(page.locator("#engine option")).to_have_count(2)
        expect(page.locator("#server-info")).to_contain_text("extractive")
        expect(page.locator("#server-info")).to_contain_text("الإصدار")
