"""A live server against clients that send too much or too slowly: every one gets a clean answer or a closed
connection within the configured bounds, never a reset and never a socket held forever."""

from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.request
from typing import Iterator

import pytest

from tests.service.api.helpers import live_server, make_settings

TIMEOUT_S = 0.5
WAIT_S = 10  # a test fails when the server has not answered by then (it used to wait forever)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with live_server(make_settings(header_timeout_s=TIMEOUT_S, body_timeout_s=TIMEOUT_S)) as url:
        yield url


def connect(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=WAIT_S)
    return sock


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


@pytest.mark.parametrize("size", [2_000_000, 9_000_000])
def test_a_body_over_the_limit_is_answered_413_not_reset(base: str, size: int) -> None:
    request = urllib.request.Request(f"{base}/v1/summarize", data=b"x" * size,
                                     headers={"content-type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as answer:  # it was "Connection reset by peer" from ~2 MB on
        urllib.request.urlopen(request, timeout=WAIT_S)
    assert answer.value.code == 413 and answer.value.headers["connection"] == "close"
    assert json.loads(answer.value.read())["error"]["code"] == "body_too_large"


def test_a_chunked_body_over_the_limit_is_answered_413(base: str) -> None:
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=WAIT_S)
    connection.request("POST", "/v1/summarize", body=iter([b"x" * 65536] * 40), encode_chunked=True,
                       headers={"content-type": "application/json"})
    response = connection.getresponse()
    assert response.status == 413 and json.loads(response.read())["error"]["code"] == "body_too_large"
    connection.close()


def test_an_idle_connection_is_closed(base: str) -> None:
    with connect(base) as sock:
        started = time.monotonic()
        assert read_all(sock) == b""  # closed without a word: it never asked anything
        assert time.monotonic() - started < WAIT_S


def test_headers_sent_a_byte_at_a_time_get_408(base: str) -> None:
    request = b"POST /v1/summarize HTTP/1.1\r\nHost: arsum\r\nContent-Type: application/json\r\n" * 20
    with connect(base) as sock:
        started = time.monotonic()
        try:
            for byte in request:
                sock.send(bytes([byte]))
                time.sleep(0.05)
        except OSError:  # the server closed the connection while we were still trickling
            pass
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 408") and b"request_timeout" in answer
    assert time.monotonic() - started < WAIT_S


def test_a_body_that_never_comes_gets_408(base: str) -> None:
    with connect(base) as sock:
        sock.sendall(b"POST /v1/summarize HTTP/1.1\r\nHost: arsum\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"text\": ")
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 408") and b"connection: close" in answer.lower()
    assert b"request_timeout" in answer


def test_a_prompt_client_is_served_on_a_kept_alive_connection(base: str) -> None:
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=WAIT_S)
    for _ in range(2):
        connection.request("GET", "/healthz")
        assert connection.getresponse().read() == b'{"status":"ok"}'
        time.sleep(TIMEOUT_S / 2)
    connection.close()
