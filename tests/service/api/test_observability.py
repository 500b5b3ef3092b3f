"""What a platform team scrapes and ships: default Prometheus collectors, bounded route labels, JSON logs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service.api import ServeSettings
from service.api.settings import SettingsError
from tests.service.api.helpers import free_port, metric_value, wait_ready

REPO = Path(__file__).resolve().parents[3]


def test_metrics_include_the_default_process_and_python_collectors(client: TestClient) -> None:
    text = client.get("/metrics").text
    assert metric_value(text, "process_resident_memory_bytes") > 0
    assert metric_value(text, "process_open_fds") > 0
    assert 'python_info{implementation="CPython"' in text
    assert "python_gc_objects_collected_total" in text


def test_static_files_are_counted_under_their_route(client: TestClient) -> None:
    before = client.get("/metrics").text
    for path in ("/static/app.js", "/static/style.css", "/docs/assets/swagger-ui.css", "/static/missing.js",
                 "/no/such/page"):
        client.get(path)
    after = client.get("/metrics").text

    def delta(route: str, status: str) -> float:
        labels = {"route": route, "method": "GET", "status": status}
        return (metric_value(after, "arsum_http_requests_total", **labels)
                - metric_value(before, "arsum_http_requests_total", **labels))

    assert delta("/static/{path}", "200") == 2 and delta("/static/{path}", "404") == 1
    assert delta("/docs/assets/{path}", "200") == 1
    assert delta("unmatched", "404") == 1 and delta("unmatched", "200") == 0


def test_log_format_setting_is_checked() -> None:
    assert ServeSettings.load(None, log_format="JSON").log_format == "json"
    with pytest.raises(SettingsError, match="log_format must be text or json"):
        ServeSettings.load(None, log_format="xml")


def test_json_logs_cover_every_logger_of_the_server() -> None:
    port = free_port()
    env = {**os.environ, "ARSUM_LOG_FORMAT": "json", "ARSUM_ACCESS_LOG": "true", "ARSUM_PORT": str(port),
           "ARSUM_CONFIG": str(REPO / "configs" / "serve.yaml")}
    process = subprocess.Popen([sys.executable, "-m", "service.cli", "serve"], env=env, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for _ in range(600):
                try:
                    wait_ready(client)
                    break
                except httpx.TransportError:
                    assert process.poll() is None, "the server exited"
                    process_wait(process, 0.1)
            client.get("/healthz", headers={"X-Request-ID": "json-log-1"})
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    lines = output.decode().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger"} <= set(record) for record in records)
    loggers = {record["logger"] for record in records}
    assert {"arsum.serve", "arsum.api", "arsum.access", "uvicorn.error"} <= loggers
    access = next(record for record in records if record.get("request_id") == "json-log-1")
    assert access["route"] == "/healthz" and access["status"] == 200 and access["logger"] == "arsum.access"


def process_wait(process: subprocess.Popen[bytes], seconds: float) -> None:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        pass
