"""One ASGI middleware around the app: request ids, body size limit, UTF-8 check, metrics, access log,
and the last line of defence (an unexpected exception is logged with its request id, answered as a plain 500)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api.errors import (
    BodyTooLargeError,
    RequestTimeoutError,
    error_body,
    error_headers,
    internal_message,
    status_for,
)
from service.api.metrics import Metrics
from service.api.settings import ServeSettings
from service.article import decode_utf8
from service.errors import ArsumError

access_logger = logging.getLogger("arsum.access")
logger = logging.getLogger("arsum.api")

REQUEST_ID_HEADER = "x-request-id"
_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# How much of a too-large body is read and dropped so that the client can read the 413 (beyond it, closing the
# connection with unread data makes the kernel reset it, and the client may see only "connection reset").
DRAIN_MAX_BYTES = 64 * 1024 * 1024
DRAIN_MAX_S = 10.0


def request_id_of(scope: Scope) -> str:
    """The caller's X-Request-ID when it is a short plain token, else a fresh one."""
    for name, value in scope.get("headers", ()):
        if name == REQUEST_ID_HEADER.encode():
            candidate = value.decode("latin-1")
            if _CLIENT_REQUEST_ID.match(candidate):
                return candidate
    return uuid.uuid4().hex


def route_of(scope: Scope) -> str:
    """The route template a request matched (`/v1/summarize`, `/static/{path}` for a mounted folder), so metrics
    stay bounded; `unmatched` for anything else (404s)."""
    route = getattr(scope.get("route"), "path", None)
    if route:
        return str(route)
    for candidate in getattr(scope.get("app"), "routes", ()):
        if isinstance(candidate, Mount) and scope["path"].startswith(candidate.path + "/"):
            return candidate.path_format
    return "unmatched"


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


async def read_body(scope: Scope, receive: Receive, limit: int, timeout_s: float) -> bytes:
    """The whole request body within `timeout_s` (else RequestTimeoutError, 408), refused (413) as soon as it is
    known to exceed `limit` bytes. A too-large body is read and dropped first (up to a bound), so that a client
    still sending it reads the 413 instead of a connection reset."""
    declared = header(scope, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        await drain(scope, receive)
        raise BodyTooLargeError(f"the request body has {int(declared):,} bytes; the limit is {limit:,}")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout_s):
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    break
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
    except TimeoutError:
        raise RequestTimeoutError(f"the request body did not arrive within {timeout_s:g} s") from None
    if size > limit:
        await drain(scope, receive)
        raise BodyTooLargeError(f"the request body is over the limit of {limit:,} bytes")
    return b"".join(chunks)


async def drain(scope: Scope, receive: Receive) -> None:
    """Read and drop the rest of a refused body, at most DRAIN_MAX_BYTES for DRAIN_MAX_S. Not when the client
    waits for `100 Continue` before sending it: then it sends nothing more and reads the refusal at once."""
    if (header(scope, b"expect") or "").lower() == "100-continue":
        return
    drained = 0
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(DRAIN_MAX_S):
            while drained <= DRAIN_MAX_BYTES:
                message = await receive()
                drained += len(message.get("body", b""))
                if message["type"] != "http.request" or not message.get("more_body", False):
                    return


def replay(body: bytes, receive: Receive) -> Receive:
    """A receive callable that yields the buffered body once, then defers to the server (disconnects)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def check_json_encoding(scope: Scope, body: bytes) -> None:
    """A JSON body must be UTF-8; the error names the first bad byte, like every other way in."""
    content_type = (header(scope, b"content-type") or "").lower()
    if body and "json" in content_type:
        decode_utf8(body)


class RequestMiddleware:
    def __init__(self, app: ASGIApp, settings: ServeSettings, metrics: Metrics) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_of(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        response: dict[str, Any] = {"status": 500, "started": False}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                response.update(status=message["status"], started=True)
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode()),
                                      (b"x-content-type-options", b"nosniff")]
            await send(message)

        try:
            if scope["method"] in BODY_METHODS:
                body = await read_body(scope, receive, self.settings.max_body_bytes, self.settings.body_timeout_s)
                check_json_encoding(scope, body)
                receive = replay(body, receive)
            await self.app(scope, receive, send_with_headers)
        except ArsumError as error:
            await self._send_error(send_with_headers, response, error.code, error.message, request_id)
        except Exception:
            logger.exception("unexpected error in %s %s (request id %s)", scope["method"], scope["path"], request_id)
            await self._send_error(send_with_headers, response, "internal",
                                   internal_message(request_id), request_id)
        finally:
            self._record(scope, request_id, response["status"], time.perf_counter() - started)

    async def _send_error(self, send: Send, response: dict[str, Any], code: str, message: str,
                          request_id: str) -> None:
        if response["started"]:
            return  # too late to answer differently; the log has the details
        headers = error_headers(code, self.settings.retry_after_s)
        await send({"type": "http.response.start", "status": status_for(code),
                    "headers": [(key.encode(), value.encode()) for key, value in headers.items()]})
        await send({"type": "http.response.body", "body": error_body(code, message, request_id)})

    def _record(self, scope: Scope, request_id: str, status: int, seconds: float) -> None:
        route = route_of(scope)
        self.metrics.observe_request(route, scope["method"], status, seconds)
        if self.settings.access_log:
            client = scope.get("client")
            fields = {
                "request_id": request_id, "method": scope["method"], "path": scope["path"], "route": route,
                "status": status, "duration_ms": round(seconds * 1000, 1),
                "client": client[0] if client else None,
            }
            access_logger.info("%s", json.dumps(fields), extra={"fields": fields})  # JSON logs: fields at the top
