"""OpenAPI pages (`/docs` Swagger UI, `/redoc` ReDoc) whose JavaScript and CSS come from this server, not a CDN,
so they work in an air-gapped newsroom. The assets are those shipped by the `fastapi-offline` package."""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse

DOCS_ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"
DOCS_ASSETS_URL = "/docs/assets"
FAVICON_URL = "/static/favicon.svg"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"

# Only this server: inline scripts and styles are the pages' own (the generated init code, ReDoc's styled
# components); ReDoc's search runs in a blob: worker. Anything else (ReDoc's CDN logo) is refused by the browser.
DOCS_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
               "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; "
               "frame-ancestors 'none'; base-uri 'none'")

docs = APIRouter(include_in_schema=False)


def with_policy(page: HTMLResponse) -> HTMLResponse:
    page.headers["content-security-policy"] = DOCS_POLICY
    return page


@docs.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    return with_policy(get_swagger_ui_html(
        openapi_url=root + request.app.openapi_url, title=f"{request.app.title} · OpenAPI",
        swagger_js_url=f"{root}{DOCS_ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{DOCS_ASSETS_URL}/swagger-ui.css", swagger_favicon_url=root + FAVICON_URL,
        oauth2_redirect_url=root + OAUTH2_REDIRECT_URL,
    ))


@docs.get(OAUTH2_REDIRECT_URL)
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@docs.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    return with_policy(get_redoc_html(
        openapi_url=root + request.app.openapi_url, title=f"{request.app.title} · ReDoc",
        redoc_js_url=f"{root}{DOCS_ASSETS_URL}/redoc.standalone.js", redoc_favicon_url=root + FAVICON_URL,
        with_google_fonts=False,
    ))
