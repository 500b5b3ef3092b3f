"""How `arsum serve` listens: uvicorn, with a bound on slow clients that uvicorn lacks.

uvicorn closes idle keep-alive connections (after 5 s) but waits forever for a new connection's first request
and for headers sent a byte a second (slowloris): each such client holds a socket and a slot indefinitely.
`GuardedH11Protocol` gives every request `header_timeout_s` to arrive, from the connection's start or from its
first byte; the body is bounded by the middleware (`body_timeout_s`). In production, put a reverse proxy in
front as well (README, "In production").
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from service.api.errors import error_body
from service.api.settings import ServeSettings


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, plus: a request's headers must arrive within `header_timeout_s`. Past it, a
    connection that sent part of a request gets a 408 and is closed; one that sent nothing is just closed."""

    header_timeout_s: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        self._partial_request = False
        self._start_header_timer()

    def data_received(self, data: bytes) -> None:
        if self._awaiting_headers():
            self._partial_request = True
            if self._header_timer is None:
                self._start_header_timer()
        super().data_received(data)
        if not self._awaiting_headers():
            self._stop_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def _awaiting_headers(self) -> bool:
        return self.conn.their_state is h11.IDLE

    def _start_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout_s, self._headers_timed_out)

    def _stop_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        self._partial_request = False

    def _headers_timed_out(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or not self._awaiting_headers():
            return
        if self._partial_request:
            body = error_body("request_timeout", f"the request headers did not arrive within "
                                                 f"{self.header_timeout_s:g} s")
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                                 b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
        self.transport.close()


def server_config(app: Any, settings: ServeSettings, **overrides: Any) -> uvicorn.Config:
    """The uvicorn configuration of the service (also used by the tests' live servers)."""
    protocol = type("ArsumH11Protocol", (GuardedH11Protocol,), {"header_timeout_s": settings.header_timeout_s})
    options: dict[str, Any] = dict(host=settings.host, port=settings.port, log_level=settings.log_level,
                                   access_log=False, log_config=None, server_header=False,
                                   timeout_graceful_shutdown=10, http=protocol)
    return uvicorn.Config(app, **{**options, **overrides})
