"""A real neural engine (the tiny random T5 bundle) behind a live uvicorn: concurrent requests share batches."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.arabic_samples import ARTICLES
from tests.service.api.helpers import live_server, make_settings, metric_value


def test_sixteen_concurrent_clients_share_seq2seq_batches(tiny_bundle: Path) -> None:
    settings = make_settings(engine="seq2seq", model=str(tiny_bundle), threads=1, max_batch_size=16,
                             max_wait_ms=50, request_timeout_s=120)
    texts = list(ARTICLES.values()) * 4
    with live_server(settings) as base, httpx.Client(base_url=base, timeout=120) as client:
        info = client.get("/v1/info").json()
        assert info["default_engine"] == "seq2seq" and info["engines"]["seq2seq"]["bundle"]
        with ThreadPoolExecutor(len(texts)) as pool:
            responses = list(pool.map(lambda text: client.post("/v1/summarize", json={"text": text}), texts))
        cheap = client.post("/v1/summarize", json={"text": texts[0], "engine": "extractive"}).json()
        metrics = client.get("/metrics").text
    assert [response.status_code for response in responses] == [200] * len(texts)
    digests = [response.json() for response in responses]
    assert all(digest["engine"] == "seq2seq" and digest["headline"] and digest["bullets"] for digest in digests)
    assert digests[0] == {**digests[4], "timings_ms": digests[0]["timings_ms"]}  # same article, same answer
    assert cheap["engine"] == "extractive"
    articles = metric_value(metrics, "arsum_batch_size_sum", engine="seq2seq")
    calls = metric_value(metrics, "arsum_batch_size_count", engine="seq2seq")
    assert articles == len(texts) and articles / calls > 1, f"{calls:.0f} engine calls for {articles:.0f} articles"
