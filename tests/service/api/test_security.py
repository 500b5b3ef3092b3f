"""API keys on and off, CORS closed by default and open only to configured origins."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api.security import key_matches
from tests.arabic_samples import SPORTS_SHORT
from tests.service.api.helpers import app_client, make_settings

KEYS = "first-key-0123456789,second-key-abcdef"


@pytest.fixture(scope="module")
def keyed() -> Iterator[TestClient]:
    with app_client(make_settings(api_keys=KEYS)) as client:
        yield client


def summarize(client: TestClient, headers: dict[str, str]) -> int:
    return client.post("/v1/summarize", json={"text": SPORTS_SHORT}, headers=headers).status_code


def test_without_configured_keys_no_key_is_needed(client: TestClient) -> None:
    assert summarize(client, {}) == 200
    assert summarize(client, {"X-API-Key": "anything"}) == 200


def test_each_configured_key_is_accepted_in_the_header_or_as_bearer(keyed: TestClient) -> None:
    assert summarize(keyed, {"X-API-Key": "first-key-0123456789"}) == 200
    assert summarize(keyed, {"X-API-Key": "second-key-abcdef"}) == 200
    assert summarize(keyed, {"Authorization": "Bearer second-key-abcdef"}) == 200
    assert keyed.get("/v1/info", headers={"X-API-Key": "first-key-0123456789"}).json()["api_key_required"] is True


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "first-key-012345678"}, {"X-API-Key": "first-key-0123456789x"},
                                     {"Authorization": "Basic first-key-0123456789"}, {"X-API-Key": "k; drop=1"}])
def test_missing_or_wrong_key_is_401_without_echoing_it(keyed: TestClient, headers: dict[str, str]) -> None:
    for path, method in [("/v1/summarize", "POST"), ("/v1/summarize/batch", "POST"), ("/v1/info", "GET")]:
        response = keyed.request(method, path, json={"text": SPORTS_SHORT}, headers=headers)
        assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
        for value in headers.values():
            assert value.split()[-1] not in response.text
        assert "first-key" not in response.text and "second-key" not in response.text


def test_a_key_that_is_not_ascii_is_401(keyed: TestClient) -> None:
    response = keyed.get("/v1/info", headers={"X-API-Key": "\u00e9-key".encode("latin-1")})
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


def test_operations_endpoints_and_the_page_stay_open_with_keys(keyed: TestClient) -> None:
    for path in ("/healthz", "/readyz", "/metrics", "/", "/static/app.js", "/docs"):
        assert keyed.get(path).status_code == 200, path


def test_key_comparison_checks_every_key() -> None:
    keys = [b"alpha", b"beta"]
    assert key_matches(b"beta", keys) and key_matches(b"alpha", keys)
    assert not key_matches(b"alph", keys) and not key_matches(b"", keys) and not key_matches(b"beta", [])


def test_cors_is_closed_by_default(client: TestClient) -> None:
    headers = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in client.options("/v1/summarize", headers=headers).headers
    assert "access-control-allow-origin" not in client.get("/healthz", headers=headers).headers


def test_cors_allows_only_configured_origins() -> None:
    with app_client(make_settings(cors_origins="https://newsroom.example")) as client:
        allowed = client.options("/v1/summarize", headers={
            "Origin": "https://newsroom.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-api-key"})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://newsroom.example"
        other = client.post("/v1/summarize", json={"text": SPORTS_SHORT},
                            headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers
