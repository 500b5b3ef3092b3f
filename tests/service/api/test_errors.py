"""Every error answer: the status from the one table and the JSON body {"error": {"code", "message"}}."""

from __future__ import annotations

import json
import logging
import threading
from typing import Any, Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from service.errors import BundleError
from tests.arabic_samples import ECONOMY, SPORTS_SHORT
from tests.service.api.helpers import (
    StandInEngine,
    app_client,
    make_settings,
    stand_in_loader,
    stand_in_settings,
    wait_until,
)


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code and error["message"] and error["request_id"] == response.headers["x-request-id"]
    assert "Traceback" not in response.text
    return error


@pytest.fixture(scope="module")
def small_client() -> Iterator[TestClient]:
    """Small limits so that limit errors need only small bodies."""
    with app_client(make_settings(max_body_bytes=4096, max_chars=1000)) as client:
        yield client


def test_body_over_the_limit_is_413(small_client: TestClient) -> None:
    error = assert_error(small_client.post("/v1/summarize", json={"text": ECONOMY * 6}), 413, "body_too_large")
    assert "4,096" in error["message"]


def test_chunked_body_over_the_limit_is_413(small_client: TestClient) -> None:
    chunks = (json.dumps({"text": ECONOMY * 3}).encode()[i:i + 1000] for i in range(0, 12000, 1000))
    response = small_client.post("/v1/summarize", content=chunks, headers={"content-type": "application/json"})
    assert_error(response, 413, "body_too_large")


@pytest.mark.parametrize(("text", "code", "words"), [
    ("", "empty_input", "empty"),
    (" \n\t ", "empty_input", "empty"),
    ("<p> </p>", "empty_input", "empty"),
    ("Breaking news: the central bank raised its interest rate today.", "not_arabic", "Arabic"),
    ("x" * 1500, "input_too_long", "1,000"),
])
def test_unusable_articles_are_422(small_client: TestClient, text: str, code: str, words: str) -> None:
    error = assert_error(small_client.post("/v1/summarize", json={"text": text}), 422, code)
    assert words in error["message"]


def test_body_that_is_not_utf8_is_422(small_client: TestClient) -> None:
    body = b'{"text": "\xd8\xa7\xff"}'
    response = small_client.post("/v1/summarize", content=body, headers={"content-type": "application/json"})
    assert "0xff at offset 12" in assert_error(response, 422, "invalid_encoding")["message"]


def test_lone_surrogate_escape_in_json_is_422(small_client: TestClient) -> None:
    body = json.dumps({"text": SPORTS_SHORT[:100]}).replace('{"text": "', '{"text": "\\ud800', 1).encode()
    response = small_client.post("/v1/summarize", content=body, headers={"content-type": "application/json"})
    assert "not valid UTF-8" in assert_error(response, 422, "invalid_encoding")["message"]


@pytest.mark.parametrize(("item_id", "words"), [
    ('"\\ud800x"', "lone surrogate"),  # JSON can escape a lone surrogate; it could not be echoed back as UTF-8
    ("true", "valid integer"),  # a boolean is not an id, nor is 1.0 (it was echoed as 1)
    ("1.0", "valid integer"),
    ("[1]", "valid string"),
])
def test_batch_ids_are_validated_like_texts(small_client: TestClient, item_id: str, words: str) -> None:
    body = f'{{"items": [{{"id": {item_id}, "text": "{SPORTS_SHORT[:100]}"}}]}}'.encode()
    response = small_client.post("/v1/summarize/batch", content=body, headers={"content-type": "application/json"})
    assert words in assert_error(response, 422, "invalid_request")["message"]


@pytest.mark.parametrize(("extra", "code", "words"), [
    ({"max_bullets": 0}, "bad_option", "max_bullets must be at least 1"),
    ({"max_bullets": True}, "invalid_request", "not true or false"),  # it was taken as 1
    ({"options": {"no_repeat_ngram_size": False}}, "invalid_request", "not true or false"),
    ({"summary_words": 1}, "bad_option", "summary_words must be at least 5"),
    ({"options": {"num_beams": 0}}, "bad_option", "num_beams must be at least 1"),
    ({"options": {"length_penalty": 1e300}}, "bad_option", "length_penalty"),
    ({"options": {"temperature": 2}}, "invalid_request", "temperature"),
    ({"tasks": ["title"]}, "invalid_request", "tasks"),
    ({"tasks": []}, "bad_option", "at least one task"),
    ({"max_bullets": "many"}, "invalid_request", "max_bullets"),
    ({"colour": "red"}, "invalid_request", "colour"),
    ({"engine": "seq2seq"}, "engine_unavailable", "loaded: extractive"),
])
def test_bad_options_are_422(small_client: TestClient, extra: dict[str, Any], code: str, words: str) -> None:
    response = small_client.post("/v1/summarize", json={"text": SPORTS_SHORT, **extra})
    assert words in assert_error(response, 422, code)["message"]


@pytest.mark.parametrize(("body", "content_type", "words"), [
    (b'{"text": ', "application/json", "not valid JSON"),
    (b'{"tasks": ["headline"]}', "application/json", "text: Field required"),
    (b'{"text": 42}', "application/json", "text"),
    (b"[1, 2]", "application/json", "valid dictionary"),
    ("نص عادي".encode(), "text/plain", "Content-Type: application/json"),
])
def test_malformed_requests_are_422(small_client: TestClient, body: bytes, content_type: str, words: str) -> None:
    response = small_client.post("/v1/summarize", content=body, headers={"content-type": content_type})
    assert words in assert_error(response, 422, "invalid_request")["message"]


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), max_bullets=st.one_of(st.none(), st.integers(-10**20, 10**20)),
       beams=st.one_of(st.none(), st.integers(), st.floats(allow_nan=False, allow_infinity=False)))
def test_no_input_ever_produces_a_500(small_client: TestClient, text: str, max_bullets: int | None,
                                      beams: float | None) -> None:
    response = small_client.post("/v1/summarize", json={
        "text": text + SPORTS_SHORT[: len(text) % 200], "max_bullets": max_bullets, "options": {"num_beams": beams}})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert response.json()["error"]["code"]


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_in_options_are_422(small_client: TestClient, number: bytes) -> None:
    body = b'{"text": "' + SPORTS_SHORT.replace("\n", " ").encode() + b'", "options": {"num_beams": ' + number + b"}}"
    response = small_client.post("/v1/summarize", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"]


@hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=600))
def test_no_body_ever_produces_a_500(small_client: TestClient, body: bytes) -> None:
    response = small_client.post("/v1/summarize/batch", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"]


def test_not_ready_while_loading_then_ready() -> None:
    release = threading.Event()
    engine = StandInEngine(make_settings().limits(), delay_s=0)
    serve = stand_in_loader(engine)

    def slow_loader(name: str, **options: Any) -> Any:
        release.wait(timeout=30)
        return serve(name, **options)

    with app_client(stand_in_settings(retry_after_s=2), slow_loader, ready=False) as client:
        assert client.get("/healthz").status_code == 200
        error = assert_error(client.get("/readyz"), 503, "not_ready")
        assert "loading" in error["message"]
        response = client.post("/v1/summarize", json={"text": ECONOMY})
        assert_error(response, 503, "not_ready")
        assert response.headers["retry-after"] == "2"
        release.set()
        wait_until(lambda: client.get("/readyz").status_code == 200)
        assert client.post("/v1/summarize", json={"text": ECONOMY}).status_code == 200


def test_failed_load_is_reported_on_readyz_and_requests_get_503() -> None:
    def broken_loader(name: str, **options: Any) -> Any:
        raise BundleError("bundle.json: unknown format_version 99")

    with app_client(make_settings(), broken_loader, ready=False) as client:
        wait_until(lambda: "format_version" in client.get("/readyz").text)
        assert "format_version 99" in assert_error(client.get("/readyz"), 503, "not_ready")["message"]
        assert_error(client.post("/v1/summarize", json={"text": ECONOMY}), 503, "not_ready")
        assert client.get("/healthz").status_code == 200


def test_unexpected_engine_failure_is_500_without_internals(caplog: pytest.LogCaptureFixture) -> None:
    engine = StandInEngine(make_settings().limits(), delay_s=0,
                           fail=lambda articles: RuntimeError("secret at /srv/models/private.bin"))
    with app_client(stand_in_settings(), stand_in_loader(engine)) as client, caplog.at_level(logging.ERROR):
        response = client.post("/v1/summarize", json={"text": ECONOMY})
    error = assert_error(response, 500, "internal")
    assert "secret" not in response.text and error["request_id"] in error["message"]
    logged = [record for record in caplog.records if error["request_id"] in record.getMessage()]
    assert logged and logged[0].exc_info is not None
