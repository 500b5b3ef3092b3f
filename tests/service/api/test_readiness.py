"""Readiness when the configured engine fails to load: the extractive engine serves, /readyz and /v1/info say
which engine failed and why."""

from __future__ import annotations

from tests.arabic_samples import ECONOMY
from tests.service.api.helpers import app_client, make_settings, wait_until

MISSING_MODEL = "/missing/bundle"


def test_a_failed_configured_engine_leaves_the_extractive_engine_serving() -> None:
    with app_client(make_settings(engine="ctranslate2", model=MISSING_MODEL), ready=False) as client:
        wait_until(lambda: client.get("/readyz").status_code == 200)
        ready = client.get("/readyz").json()
        assert ready["status"] == "degraded" and ready["engines"] == ["extractive"]
        assert ready["default_engine"] == "extractive" and MISSING_MODEL in ready["failed"]["ctranslate2"]
        for body in ({"text": ECONOMY}, {"text": ECONOMY, "engine": "extractive"}):
            served = client.post("/v1/summarize", json=body)
            assert served.status_code == 200 and served.json()["engine"] == "extractive"
        refused = client.post("/v1/summarize", json={"text": ECONOMY, "engine": "ctranslate2"})
        assert refused.status_code == 503 and "ctranslate2 engine failed to load" in refused.json()["error"]["message"]
        info = client.get("/v1/info").json()
        assert info["status"] == "degraded" and MISSING_MODEL in info["engines"]["ctranslate2"]["failed"]


def test_a_healthy_server_is_ready_with_nothing_failed() -> None:
    with app_client(make_settings()) as client:
        ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["failed"] == {}
