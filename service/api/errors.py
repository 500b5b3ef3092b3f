"""The one table from error codes to HTTP statuses, and the JSON error body `{"error": {"code", "message"}}`."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from service.errors import ArsumError

logger = logging.getLogger("arsum.api")

ERROR_STATUS: dict[str, int] = {
    "bad_input": 422,
    "empty_input": 422,
    "not_arabic": 422,
    "input_too_long": 422,
    "invalid_encoding": 422,
    "bad_option": 422,
    "invalid_request": 422,
    "engine_unavailable": 422,
    "unsupported_output": 422,
    "unauthorized": 401,
    "not_found": 404,
    "method_not_allowed": 405,
    "body_too_large": 413,
    "request_timeout": 408,
    "overloaded": 503,
    "not_ready": 503,
    "timeout": 504,
}
RETRY_LATER = frozenset({"overloaded", "not_ready"})
CLOSE_CONNECTION = frozenset({"body_too_large", "request_timeout"})  # the rest of the request may still be coming
HTTP_STATUS_CODES = {401: "unauthorized", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}


class BodyTooLargeError(ArsumError):
    code = "body_too_large"


class RequestTimeoutError(ArsumError):
    code = "request_timeout"


class UnauthorizedError(ArsumError):
    code = "unauthorized"


class NotReadyError(ArsumError):
    code = "not_ready"


class InvalidRequestError(ArsumError):
    code = "invalid_request"


def internal_message(request_id: str) -> str:
    """What an unexpected failure says: no internals, only the id under which the server log has them."""
    return f"internal error; quote request id {request_id} when reporting it"


def status_for(code: str) -> int:
    return ERROR_STATUS.get(code, 500)


def error_payload(code: str, message: str, request_id: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if request_id:
        error["request_id"] = request_id
    return {"error": error}


def error_body(code: str, message: str, request_id: str | None = None) -> bytes:
    return json.dumps(error_payload(code, message, request_id), ensure_ascii=False).encode("utf-8")


def error_headers(code: str, retry_after_s: int) -> dict[str, str]:
    headers = {"content-type": "application/json"}
    if code in RETRY_LATER:
        headers["retry-after"] = str(retry_after_s)
    if code == "unauthorized":
        headers["www-authenticate"] = "ApiKey"
    if code in CLOSE_CONNECTION:
        headers["connection"] = "close"
    return headers


def error_response(request: Request, code: str, message: str) -> JSONResponse:
    """The JSON answer for a failed request, status from the table, Retry-After where retrying helps."""
    request_id = getattr(request.state, "request_id", None)
    retry_after = request.app.state.settings.retry_after_s
    return JSONResponse(
        status_code=status_for(code), headers=error_headers(code, retry_after),
        content=error_payload(code, message, request_id),
    )


def describe_validation(error: RequestValidationError) -> str:
    """One readable line per problem, without echoing the (possibly huge) input back."""
    problems = []
    for item in error.errors()[:5]:
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
        if item.get("type") == "json_invalid":
            problems.append(f"the request body is not valid JSON ({item.get('ctx', {}).get('error', 'parse error')})")
        else:
            problems.append(f"{where}: {item.get('msg', 'invalid value')}")
    return "; ".join(problems) or "the request is not valid"


async def _arsum_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ArsumError)
    return error_response(request, error.code, error.message)


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    message = describe_validation(error)
    if "json" not in request.headers.get("content-type", "json").lower():
        message = f"send the request body as JSON with Content-Type: application/json ({message})"
    return error_response(request, "invalid_request", message)


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    code = HTTP_STATUS_CODES.get(error.status_code, "invalid_request" if error.status_code < 500 else "internal")
    headers = dict(error.headers or {})  # `Allow` with a 405 (RFC 9110)
    if code == "not_found":
        message = f"no such endpoint: {request.method} {request.url.path}"
    elif code == "method_not_allowed":
        allowed = headers.get("Allow") or headers.get("allow")
        message = f"{request.method} is not allowed on {request.url.path}"
        message += f"; allowed: {allowed}" if allowed else ""
    else:
        message = str(error.detail)
    response = error_response(request, code, message)
    response.headers.update(headers)
    if code not in ERROR_STATUS:
        response.status_code = error.status_code
    return response


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ArsumError, _arsum_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
