"""Routes: each translates HTTP to the engine runtime and back; errors go through the one table."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from service import package_version
from service.api.batcher import Result
from service.api.errors import error_response, internal_message
from service.api.runtime import EngineRuntime
from service.api.schemas import (
    BatchRequest,
    BatchResponse,
    HealthResponse,
    ReadyResponse,
    SummarizeRequest,
    TaskRequest,
    error_responses,
)
from service.api.security import require_api_key
from service.digest import Digest, Task
from service.errors import BadOptionError, InputError
from service.pipeline import EngineFailure, check_options
from service.text import NORMALISATION_SPEC

logger = logging.getLogger("arsum.api")

STATIC_DIR = Path(__file__).parent / "static"
PAGE_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")

api = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["summarise"])
operations = APIRouter(tags=["operations"])


def runtime_of(request: Request) -> EngineRuntime:
    return request.app.state.runtime


def article_bytes(text: str) -> bytes:
    """JSON strings may hold lone surrogates; as bytes they fail the input gate's UTF-8 check readably."""
    return text.encode("utf-8", "surrogatepass")


async def summarise_with_engine(runtime: EngineRuntime, body: TaskRequest, texts: list[str]) -> list[Result]:
    """The requested engine's results for `texts`; options it cannot honour are refused before any work."""
    batcher = runtime.batcher(body.engine)
    options = body.summary_options(runtime.limits, runtime.settings.faithfulness)
    check_options(batcher.engine, options)
    return await batcher.summarize([article_bytes(text) for text in texts], options, runtime.settings.request_timeout_s)


@api.post("/summarize", response_model=Digest, responses=error_responses(401, 413, 422, 503, 504))
async def summarize(body: SummarizeRequest, request: Request) -> JSONResponse:
    """Headline, teaser bullets and summary of one Arabic article."""
    result, = await summarise_with_engine(runtime_of(request), body, [body.text])
    if isinstance(result, InputError):
        raise result
    if isinstance(result, EngineFailure):
        raise result.error  # a 500 with the request id, logged with the traceback (RequestMiddleware)
    return JSONResponse(result.to_dict())


@api.post("/summarize/batch", response_model=BatchResponse, responses=error_responses(401, 413, 422, 503, 504))
async def summarize_batch(body: BatchRequest, request: Request) -> JSONResponse:
    """Several articles with the same options; an unusable article gets its own error, the rest succeed."""
    runtime = runtime_of(request)
    limit = runtime.settings.max_batch_items
    if len(body.items) > limit:
        raise BadOptionError(f"{len(body.items)} items in one request; the limit is {limit}")
    results = await summarise_with_engine(runtime, body, [item.text for item in body.items])
    request_id = request.state.request_id
    return JSONResponse({"results": [item_result(item.id, result, request_id)
                                     for item, result in zip(body.items, results, strict=True)]})


def item_result(item_id: str | int, result: Result, request_id: str) -> dict[str, Any]:
    """The item's digest or error; an engine failure is the item's own 500-style error, logged, the rest served."""
    if isinstance(result, EngineFailure):
        logger.error("the engine failed on item %r of request %s", item_id, request_id, exc_info=result.error)
        return {"id": item_id, "error": {"code": "internal", "message": internal_message(request_id)}}
    if isinstance(result, InputError):
        return {"id": item_id, "error": {"code": result.code, "message": result.message}}
    return {"id": item_id, "digest": result.to_dict()}


@api.get("/info")
async def info(request: Request) -> dict[str, Any]:
    """Engines (loaded or not), bundle description, tasks, limits and batching settings."""
    settings = request.app.state.settings
    return {
        "service": "arsum",
        "version": package_version(),
        "tasks": [task.value for task in Task],
        **runtime_of(request).describe(),
        "batching": {"max_batch_size": settings.max_batch_size, "max_wait_ms": settings.max_wait_ms,
                     "max_queue": settings.max_queue, "request_timeout_s": settings.request_timeout_s},
        "max_body_bytes": settings.max_body_bytes,
        "max_batch_items": settings.max_batch_items,
        "normalisation_spec": NORMALISATION_SPEC,
        "faithfulness": settings.faithfulness,
        "api_key_required": bool(request.app.state.api_keys),
    }


@operations.get("/healthz", response_model=HealthResponse)
async def healthz() -> dict[str, Any]:
    """The process answers (liveness)."""
    return {"status": "ok"}


@operations.get("/readyz", response_model=ReadyResponse, responses=error_responses(503))
async def readyz(request: Request) -> Any:
    """Readiness: 200 while engines serve, with `status` "ready", or "degraded" when the configured engine
    failed to load (the extractive engine serves meanwhile; `failed` says why); 503 while loading."""
    runtime = runtime_of(request)
    if not runtime.ready:
        reason = runtime.load_error.message if runtime.load_error else "the engine is still loading"
        return error_response(request, "not_ready", reason)
    return {"status": runtime.status, "engines": runtime.loaded_engines, "default_engine": runtime.default_engine,
            "failed": runtime.failed}


@operations.get("/metrics", response_class=Response)
async def metrics(request: Request) -> Response:
    """Prometheus text format."""
    registry = request.app.state.metrics
    return Response(registry.render(), media_type=registry.content_type)


@operations.get("/", include_in_schema=False)
async def page() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", headers={"content-security-policy": PAGE_POLICY})


@operations.get("/favicon.ico", include_in_schema=False)
async def favicon() -> FileResponse:
    """Browsers ask for /favicon.ico on their own; the page's SVG icon answers."""
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")
