"""Every endpoint through TestClient (startup runs) on the embedded extractive engine."""

from __future__ import annotations

import json
import logging
import re

import pytest
from fastapi.testclient import TestClient

from tests.arabic_samples import ECONOMY, HEALTH_WITH_SECTIONS, NEWS_PAGE, SPORTS_SHORT
from tests.service.api.helpers import app_client, make_settings, metric_value

DIGEST_KEYS = {"headline", "bullets", "summary", "engine", "model", "input", "timings_ms", "checks", "repaired"}
ARABIC = re.compile(r"[\u0600-\u06ff]")


def test_summarize_returns_headline_bullets_and_summary(client: TestClient) -> None:
    response = client.post("/v1/summarize", json={"text": NEWS_PAGE})
    assert response.status_code == 200
    digest = response.json()
    assert set(digest) == DIGEST_KEYS and digest["engine"] == "extractive"
    assert ARABIC.search(digest["headline"]) and 6 <= len(digest["headline"].split()) <= 16
    assert 3 <= len(digest["bullets"]) <= 5 and all(ARABIC.search(bullet) for bullet in digest["bullets"])
    assert ARABIC.search(digest["summary"])
    assert digest["input"]["sections"] == 3 and digest["input"]["html_stripped"] is False


def test_summarize_honours_tasks_and_bullet_count(client: TestClient) -> None:
    digest = client.post("/v1/summarize", json={"text": HEALTH_WITH_SECTIONS, "tasks": ["bullets"],
                                                "max_bullets": 3}).json()
    assert digest["headline"] is None and digest["summary"] is None and len(digest["bullets"]) == 3


def test_summarize_clamps_absurd_but_valid_options(client: TestClient) -> None:
    response = client.post("/v1/summarize", json={
        "text": HEALTH_WITH_SECTIONS, "max_bullets": 500, "summary_words": 10**9,
        "options": {"num_beams": 10**6, "max_new_tokens": 10**9}})
    assert response.status_code == 200 and len(response.json()["bullets"]) <= 5


def test_summarize_strips_html(client: TestClient) -> None:
    html = "<html><body><h1>عنوان</h1>" + "".join(f"<p>{line}</p>" for line in ECONOMY.splitlines()) + \
        "<script>alert('x')</script></body></html>"
    digest = client.post("/v1/summarize", json={"text": html}).json()
    assert digest["input"]["html_stripped"] is True and "alert" not in str(digest)


def test_batch_returns_per_item_results_and_per_item_errors(client: TestClient) -> None:
    items = [{"id": "a", "text": ECONOMY}, {"id": 7, "text": "   "}, {"id": "c", "text": "English only, no Arabic."},
             {"id": "d", "text": SPORTS_SHORT}]
    response = client.post("/v1/summarize/batch", json={"items": items, "tasks": ["headline"]})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [result["id"] for result in results] == ["a", 7, "c", "d"]
    assert results[0]["digest"]["headline"] and results[3]["digest"]["headline"]
    assert results[0]["digest"]["bullets"] is None
    assert results[1] == {"id": 7, "error": {"code": "empty_input", "message": "the article is empty"}}
    assert results[2]["error"]["code"] == "not_arabic" and "digest" not in results[2]


def test_batch_with_too_many_items_is_refused(client: TestClient) -> None:
    limit = client.get("/v1/info").json()["max_batch_items"]
    response = client.post("/v1/summarize/batch", json={"items": [{"id": i, "text": SPORTS_SHORT}
                                                                  for i in range(limit + 1)]})
    assert response.status_code == 422 and response.json()["error"]["code"] == "bad_option"
    assert f"limit is {limit}" in response.json()["error"]["message"]


def test_info_describes_engines_limits_and_batching(client: TestClient) -> None:
    info = client.get("/v1/info").json()
    assert info["ready"] is True and info["default_engine"] == "extractive"
    assert info["engines"]["extractive"]["loaded"] is True
    assert info["engines"]["seq2seq"]["loaded"] is False
    assert info["tasks"] == ["headline", "bullets", "summary"]
    assert info["limits"]["max_chars"] == 200_000 and info["batching"]["max_queue"] == 64
    assert info["api_key_required"] is False


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready", "engines": ["extractive"],
                                            "default_engine": "extractive", "failed": {}}


def test_metrics_count_requests_by_route_and_status(client: TestClient) -> None:
    before = client.get("/metrics").text
    client.post("/v1/summarize", json={"text": SPORTS_SHORT})
    client.post("/v1/summarize", json={"text": ""})
    response = client.get("/metrics")
    assert response.headers["content-type"].startswith("text/plain")
    after = response.text

    def delta(status: str) -> float:
        labels = {"route": "/v1/summarize", "method": "POST", "status": status}
        return metric_value(after, "arsum_http_requests_total", **labels) - \
            metric_value(before, "arsum_http_requests_total", **labels)

    assert delta("200") == 1 and delta("422") == 1
    assert metric_value(after, "arsum_http_request_duration_seconds_count", route="/v1/summarize") >= 2
    assert metric_value(after, "arsum_batch_size_count", engine="extractive") >= 1
    assert "arsum_queue_depth" in after and metric_value(after, "arsum_ready") == 1


def test_openapi_docs_list_the_endpoints(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/summarize", "/v1/summarize/batch", "/v1/info", "/healthz", "/readyz", "/metrics"} <= set(paths)


def test_page_is_right_to_left_and_its_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    assert "font-family" in client.get("/static/style.css").text


def test_request_ids_are_returned_and_reused_when_sane(client: TestClient) -> None:
    fresh = client.get("/healthz").headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", fresh)
    assert client.get("/healthz", headers={"X-Request-ID": "trace-42"}).headers["x-request-id"] == "trace-42"
    odd = client.get("/healthz", headers={"X-Request-ID": "<script>" * 20}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", odd)


def test_unknown_paths_and_methods_are_json_errors(client: TestClient) -> None:
    missing = client.get("/v2/nothing")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    wrong = client.get("/v1/summarize")
    assert wrong.status_code == 405 and wrong.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize(("method", "path", "allowed"), [("GET", "/v1/summarize", "POST"),
                                                         ("POST", "/healthz", "GET"),
                                                         ("DELETE", "/v1/info", "GET")])
def test_405_says_which_methods_are_allowed(client: TestClient, method: str, path: str, allowed: str) -> None:
    response = client.request(method, path)
    assert response.status_code == 405 and response.headers["allow"] == allowed  # RFC 9110 section 15.5.6
    assert f"allowed: {allowed}" in response.json()["error"]["message"]


def test_openapi_states_the_limits_the_server_enforces() -> None:
    with app_client(make_settings(max_chars=5000, max_batch_items=7)) as client:
        schemas = client.get("/openapi.json").json()["components"]["schemas"]
    text = schemas["SummarizeRequest"]["properties"]["text"]
    assert (text["minLength"], text["maxLength"]) == (1, 5000)
    assert schemas["BatchRequest"]["properties"]["items"]["minItems"] == 1
    assert schemas["BatchRequest"]["properties"]["items"]["maxItems"] == 7
    task = schemas["BatchRequest"]["properties"]
    assert task["tasks"]["minItems"] == 1 and task["max_bullets"]["minimum"] == 1
    assert task["summary_sentences"]["minimum"] == 1 and task["summary_words"]["minimum"] == 5
    decoding = schemas["DecodingRequest"]["properties"]
    assert (decoding["length_penalty"]["minimum"], decoding["length_penalty"]["maximum"]) == (-5, 5)
    assert decoding["no_repeat_ngram_size"]["minimum"] == 0
    assert decoding["num_beams"]["minimum"] == 1 and decoding["max_new_tokens"]["minimum"] == 1


def test_access_log_is_one_json_line_per_request_with_its_id(caplog: pytest.LogCaptureFixture) -> None:
    with app_client(make_settings(access_log=True)) as client, caplog.at_level(logging.INFO, "arsum.access"):
        response = client.post("/v1/summarize", json={"text": ""}, headers={"X-Request-ID": "req-7"})
    lines = [json.loads(record.getMessage()) for record in caplog.records if record.name == "arsum.access"]
    entry = next(line for line in lines if line["request_id"] == "req-7")
    assert response.status_code == 422
    assert entry["route"] == "/v1/summarize" and entry["status"] == 422 and entry["method"] == "POST"
    assert entry["duration_ms"] >= 0 and entry["client"]
