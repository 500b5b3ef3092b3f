"""`create_app(settings)`: the FastAPI application, wired from settings passed in (nothing built at import)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from service import package_version
from service.api.docs import DOCS_ASSETS_DIR, DOCS_ASSETS_URL, docs
from service.api.errors import install_error_handlers
from service.api.metrics import Metrics
from service.api.middleware import RequestMiddleware
from service.api.routes import STATIC_DIR, api, operations
from service.api.runtime import EngineLoader, EngineRuntime
from service.api.schemas import state_server_limits
from service.api.settings import ServeSettings
from service.engines import load_engine

logger = logging.getLogger("arsum.api")

DESCRIPTION = (
    "Arabic news in, what an editor would write out: a headline (عنوان), 3-5 teaser bullets and a short summary. "
    "Errors are JSON `{\"error\": {\"code\", \"message\"}}`."
)


def create_app(settings: ServeSettings, engine_loader: EngineLoader = load_engine) -> FastAPI:
    """The app for `settings`. Engines load in the background at startup; /readyz says when they are in."""
    metrics = Metrics()
    runtime = EngineRuntime(settings, metrics, engine_loader)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loading = asyncio.create_task(load_engines(runtime, metrics), name="arsum-load-engines")
        try:
            yield
        finally:
            await asyncio.gather(loading, return_exceptions=True)
            await runtime.stop()
            metrics.ready.set(0)

    app = FastAPI(title="arsum", version=package_version(), description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # served by `docs` with local assets
    app.state.settings = settings
    app.state.runtime = runtime
    app.state.metrics = metrics
    app.state.api_keys = settings.api_key_values()
    generated = app.openapi
    app.openapi = lambda: state_server_limits(  # type: ignore[method-assign]
        generated(), max_chars=settings.max_chars, max_batch_items=settings.max_batch_items)
    install_error_handlers(app)
    app.include_router(api)
    app.include_router(operations)
    app.include_router(docs)
    app.mount(DOCS_ASSETS_URL, StaticFiles(directory=DOCS_ASSETS_DIR), name="docs-assets")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(RequestMiddleware, settings=settings, metrics=metrics)
    if settings.cors_origins:  # added last: the outermost layer, so errors from inner layers carry CORS headers
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["content-type", settings.api_key_header, "authorization"])
    return app


async def load_engines(runtime: EngineRuntime, metrics: Metrics) -> None:
    await runtime.start()
    metrics.ready.set(1 if runtime.ready else 0)
