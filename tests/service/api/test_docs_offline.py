"""/docs (Swagger UI) and /redoc render the API's operations with every request answered by the server itself."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from tests.service.api.browser import expect, open_page
from tests.service.api.helpers import live_server, make_settings


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server(make_settings()) as base:
        yield base


@pytest.fixture
def offline(browser: Any, base_url: str) -> Iterator[tuple[Any, list[str]]]:
    """A browser context where any request that would leave the server is refused and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    outside: list[str] = []

    def only_local(route: Any) -> None:
        url = route.request.url
        if url.startswith(base_url + "/") or url.startswith("data:") or url.startswith("blob:"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", only_local)
    try:
        yield context.new_page(), outside
    finally:
        context.close()


def console_errors(page: Any) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors


def test_swagger_ui_renders_the_operations_without_network(offline: tuple[Any, list[str]], base_url: str) -> None:
    page, outside = offline
    errors = console_errors(page)
    page.goto(base_url + "/docs")
    for path in ("/v1/summarize", "/v1/summarize/batch", "/v1/info", "/healthz"):
        expect(page.locator(f'.opblock-summary-path[data-path="{path}"]')).to_be_visible()
    page.locator('.opblock-summary-path[data-path="/v1/summarize"]').click()
    expect(page.locator(".opblock-body").first).to_contain_text("max_bullets")
    assert outside == [] and errors == []


def test_redoc_renders_the_operations_without_network(offline: tuple[Any, list[str]], base_url: str) -> None:
    page, outside = offline
    errors = console_errors(page)
    page.goto(base_url + "/redoc")
    expect(page.get_by_text("/v1/summarize/batch").first).to_be_attached()
    expect(page.locator("h2", has_text="Summarize").first).to_be_visible()
    refused_logo = [error for error in errors if "Content Security Policy" in error and "logo-mini.svg" in error]
    assert outside == [] and errors == refused_logo  # ReDoc's "by Redocly" logo is refused by the page's CSP


def test_docs_assets_come_from_the_package(base_url: str, offline: tuple[Any, list[str]]) -> None:
    page, _ = offline
    html = page.request.get(base_url + "/docs").text()
    assert "cdn." not in html and "/docs/assets/swagger-ui-bundle.js" in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        assert page.request.get(f"{base_url}/docs/assets/{asset}").status == 200
