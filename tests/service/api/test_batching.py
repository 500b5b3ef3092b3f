"""Micro-batching under concurrent load: batches form, options never mix, a full queue answers 503 at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from fastapi.testclient import TestClient

from service.digest import Task
from tests.arabic_samples import ARTICLES, ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT
from tests.service.api.helpers import (
    StandInEngine,
    app_client,
    live_server,
    make_settings,
    stand_in_settings,
    metric_value,
    stand_in_loader,
    wait_until,
)

TEXTS = list(ARTICLES.values())


def post_all(client: TestClient | httpx.Client, bodies: list[dict[str, Any]]) -> list[httpx.Response]:
    """Send all bodies at once from as many threads, answers in order."""
    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        return list(pool.map(lambda body: client.post("/v1/summarize", json=body), bodies))


def queue_depth(client: TestClient | httpx.Client, base: str = "") -> int:
    return int(client.get(f"{base}/v1/info").json()["engines"]["standin"]["queue_depth"])


def test_sixteen_concurrent_requests_share_engine_calls() -> None:
    gate = threading.Event()  # holds the first engine call until all other requests are queued
    engine = StandInEngine(make_settings().limits(), delay_s=0.05, gate=gate)
    settings = stand_in_settings(max_batch_size=8, max_wait_ms=0)
    bodies = [{"text": TEXTS[i % len(TEXTS)]} for i in range(16)]
    with app_client(settings, stand_in_loader(engine)) as client, ThreadPoolExecutor(16) as pool:
        pending = [pool.submit(client.post, "/v1/summarize", json=body) for body in bodies]
        wait_until(lambda: bool(engine.calls) and queue_depth(client) == 16 - engine.calls[0][0])
        gate.set()
        responses = [future.result() for future in pending]
        metrics = client.get("/metrics").text
    assert [response.status_code for response in responses] == [200] * 16
    sizes = [size for size, _ in engine.calls]
    assert sum(sizes) == 16 and max(sizes) <= 8 and len(sizes) <= 3
    served = metric_value(metrics, "arsum_batch_size_sum", engine="standin")
    calls = metric_value(metrics, "arsum_batch_size_count", engine="standin")
    assert served == 16 and served / calls > 1


def test_each_answer_belongs_to_its_own_request() -> None:
    engine = StandInEngine(make_settings().limits(), delay_s=0.1)
    with app_client(stand_in_settings(max_wait_ms=50), stand_in_loader(engine)) as client:
        responses = post_all(client, [{"text": text, "tasks": ["headline"]} for text in TEXTS * 3])
    for text, response in zip(TEXTS * 3, responses):
        headline = response.json()["headline"]
        assert headline and headline.split()[0] in text


def test_requests_with_different_options_are_never_batched_together() -> None:
    engine = StandInEngine(make_settings().limits(), delay_s=0.2)
    bodies = [{"text": ECONOMY, "tasks": ["headline"]} if i % 2 else {"text": SPORTS_SHORT, "tasks": ["summary"]}
              for i in range(12)]
    with app_client(stand_in_settings(max_wait_ms=50), stand_in_loader(engine)) as client:
        responses = post_all(client, bodies)
    for body, response in zip(bodies, responses):
        digest = response.json()
        assert (digest["headline"] is not None) == (body["tasks"] == ["headline"])
        assert (digest["summary"] is not None) == (body["tasks"] == ["summary"])
    assert {frozenset(options.tasks) for _, options in engine.calls} == {frozenset({Task.HEADLINE}),
                                                                         frozenset({Task.SUMMARY})}
    assert sum(size for size, _ in engine.calls) == 12


def test_full_queue_answers_503_with_retry_after_instead_of_hanging() -> None:
    gate = threading.Event()  # the engine is stuck on one article: two more fit the queue, the rest must not wait
    engine = StandInEngine(make_settings().limits(), delay_s=0, gate=gate)
    settings = stand_in_settings(max_batch_size=1, max_queue=2, max_batch_items=2, max_wait_ms=0,
                                 request_timeout_s=60, retry_after_s=3)
    with app_client(settings, stand_in_loader(engine)) as client, ThreadPoolExecutor(10) as pool:
        pending = [pool.submit(client.post, "/v1/summarize", json={"text": HEALTH_WITH_SECTIONS}) for _ in range(10)]
        wait_until(lambda: sum(future.done() for future in pending) == 7)
        refused = [future.result() for future in pending if future.done()]
        gate.set()
        statuses = sorted(future.result().status_code for future in pending)
        metrics = client.get("/metrics").text
    assert statuses == [200] * 3 + [503] * 7
    for response in refused:
        assert response.status_code == 503 and response.headers["retry-after"] == "3"
        assert response.json()["error"]["code"] == "overloaded"
        assert "Retry-After" in response.json()["error"]["message"]
    assert metric_value(metrics, "arsum_batcher_rejections_total", engine="standin", reason="queue_full") == 7


def test_a_batch_request_is_admitted_whole_or_refused_whole() -> None:
    gate = threading.Event()
    engine = StandInEngine(make_settings().limits(), delay_s=0, gate=gate)
    settings = stand_in_settings(max_batch_size=2, max_queue=3, max_batch_items=3, max_wait_ms=0)
    items = [{"id": i, "text": ECONOMY} for i in range(3)]
    with app_client(settings, stand_in_loader(engine)) as client, ThreadPoolExecutor(1) as pool:
        first = pool.submit(client.post, "/v1/summarize/batch", json={"items": items})
        wait_until(lambda: bool(engine.calls))  # 2 articles in the engine, 1 queued: 3 more do not fit
        second = client.post("/v1/summarize/batch", json={"items": items})
        gate.set()
        assert second.status_code == 503 and second.json()["error"]["code"] == "overloaded"
        assert [result["id"] for result in first.result().json()["results"]] == [0, 1, 2]
    assert sum(size for size, _ in engine.calls) == 3  # nothing of the refused request reached the engine


def test_request_timeout_answers_504_and_drops_the_queued_article() -> None:
    gate = threading.Event()
    engine = StandInEngine(make_settings().limits(), delay_s=0, gate=gate)
    settings = stand_in_settings(max_batch_size=1, max_wait_ms=0, request_timeout_s=0.3)
    with app_client(settings, stand_in_loader(engine)) as client:
        responses = post_all(client, [{"text": ECONOMY}, {"text": SPORTS_SHORT}])
        gate.set()
        metrics = client.get("/metrics").text
    assert [response.status_code for response in responses] == [504, 504]
    error = responses[0].json()["error"]
    assert error["code"] == "timeout" and "0.3 s" in error["message"]
    assert len(engine.calls) == 1  # the second article was abandoned in the queue, never computed
    assert metric_value(metrics, "arsum_batcher_rejections_total", engine="standin", reason="timeout") == 2


def test_event_loop_answers_health_checks_while_the_engine_works() -> None:
    gate = threading.Event()
    engine = StandInEngine(make_settings().limits(), delay_s=0, gate=gate)
    with app_client(stand_in_settings(max_wait_ms=0), stand_in_loader(engine)) as client, ThreadPoolExecutor(1) as pool:
        busy = pool.submit(client.post, "/v1/summarize", json={"text": ECONOMY})
        wait_until(lambda: bool(engine.calls))
        assert client.get("/healthz").status_code == 200
        assert client.get("/v1/info").json()["engines"]["standin"]["loaded"] is True
        assert not busy.done()
        gate.set()
        assert busy.result().status_code == 200


def test_decoding_options_are_clamped_before_the_engine_sees_them() -> None:
    engine = StandInEngine(make_settings().limits(), delay_s=0)
    settings = stand_in_settings(max_beams=2, max_new_tokens=16)
    with app_client(settings, stand_in_loader(engine)) as client:
        response = client.post("/v1/summarize", json={"text": ECONOMY, "max_bullets": 99,
                                                      "options": {"num_beams": 64, "max_new_tokens": 100000}})
    assert response.status_code == 200
    (_, options), = engine.calls
    assert (options.decoding.num_beams, options.decoding.max_new_tokens, options.max_bullets) == (2, 16, 5)


def test_shutdown_answers_queued_requests_and_closes_the_engine() -> None:
    gate = threading.Event()
    engine = StandInEngine(make_settings().limits(), delay_s=0, gate=gate)
    settings = stand_in_settings(max_batch_size=1, max_wait_ms=0, request_timeout_s=60)
    pool = ThreadPoolExecutor(3)
    with httpx.Client(timeout=60) as client:
        with live_server(settings, stand_in_loader(engine)) as base:
            pending = [pool.submit(client.post, f"{base}/v1/summarize", json={"text": ECONOMY}) for _ in range(3)]
            wait_until(lambda: bool(engine.calls) and queue_depth(client, base) == 2)
            threading.Timer(0.2, gate.set).start()  # the running batch finishes while the server shuts down
        statuses = sorted(future.result(timeout=60).status_code for future in pending)
    pool.shutdown()
    assert engine.closed and statuses[0] == 200 and set(statuses) <= {200, 503}


POISON = "مادة سامة للمحرك"  # the stand-in engine fails on any batch holding an article with these words


def fails_on_poison(articles: Any) -> Exception | None:
    return RuntimeError("engine bug") if any(POISON in article.text for article in articles) else None


def test_an_article_that_breaks_the_engine_fails_only_its_own_request() -> None:
    gate = threading.Event()  # holds the first call while the other requests queue up into one batch
    engine = StandInEngine(make_settings().limits(), delay_s=0.01, gate=gate, fail=fails_on_poison)
    bodies = [{"text": ECONOMY}, {"text": SPORTS_SHORT}, {"text": f"{HEALTH_WITH_SECTIONS}\n{POISON}."},
              {"text": TEXTS[3]}]
    with app_client(stand_in_settings(max_batch_size=8, max_wait_ms=0), stand_in_loader(engine)) as client, \
            ThreadPoolExecutor(len(bodies)) as pool:
        pending = [pool.submit(client.post, "/v1/summarize", json=body) for body in bodies]
        wait_until(lambda: bool(engine.calls) and queue_depth(client) == len(bodies) - engine.calls[0][0])
        gate.set()
        statuses = [future.result().status_code for future in pending]
    assert statuses == [200, 200, 500, 200]
    assert max(size for size, _ in engine.calls) >= 2  # the poisoned article did share an engine call


def test_a_batch_item_that_breaks_the_engine_gets_its_own_error() -> None:
    engine = StandInEngine(make_settings().limits(), delay_s=0, fail=fails_on_poison)
    items = [{"id": "a", "text": ECONOMY}, {"id": "b", "text": f"{SPORTS_SHORT}\n{POISON}."},
             {"id": "c", "text": "hello"}, {"id": 4, "text": HEALTH_WITH_SECTIONS}]
    with app_client(stand_in_settings(), stand_in_loader(engine)) as client:
        response = client.post("/v1/summarize/batch", json={"items": items})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [result["id"] for result in results] == ["a", "b", "c", 4]
    assert "digest" in results[0] and "digest" in results[3]
    assert results[1]["error"]["code"] == "internal" and response.headers["x-request-id"] in \
        results[1]["error"]["message"] and "engine bug" not in response.text
    assert results[2]["error"]["code"] == "not_arabic"
