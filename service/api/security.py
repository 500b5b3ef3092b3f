"""Optional API keys: compared in constant time, never echoed back."""

from __future__ import annotations

import hmac

from fastapi import Request

from service.api.errors import UnauthorizedError


def supplied_key(request: Request, header_name: str) -> bytes | None:
    """The key from the configured header, or from `Authorization: Bearer <key>`."""
    value = request.headers.get(header_name)
    if value is None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        value = token.strip() if scheme.lower() == "bearer" else None
    return value.encode("latin-1") if value else None


def key_matches(supplied: bytes, accepted: list[bytes]) -> bool:
    """Compare against every accepted key (no early exit), each comparison in constant time."""
    matched = False
    for key in accepted:
        matched |= hmac.compare_digest(supplied, key)
    return matched


async def require_api_key(request: Request) -> None:
    """FastAPI dependency of the /v1 routes; a no-op when no keys are configured."""
    accepted: list[bytes] = request.app.state.api_keys
    if not accepted:
        return
    header_name = request.app.state.settings.api_key_header
    supplied = supplied_key(request, header_name)
    if supplied is None:
        raise UnauthorizedError(f"an API key is required: send it in the {header_name} header")
    if not key_matches(supplied, accepted):
        raise UnauthorizedError("the API key is not valid")
