"""Helpers for the HTTP tests (imported by the test modules): settings, a stand-in engine with a fixed per-batch delay, app clients, a live server."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

import httpx
import uvicorn
from fastapi.testclient import TestClient

from service.api import ServeSettings, create_app
from service.api.runtime import EngineLoader
from service.api.server import server_config
from service.article import Article
from service.digest import Digest, Task
from service.engines import load_engine
from service.options import Limits, SummaryOptions

READY_WAIT_S = 60.0


def make_settings(**overrides: Any) -> ServeSettings:
    """Code defaults plus overrides (no settings file), access log off to keep test output small."""
    return ServeSettings(**{"access_log": False, **overrides})


def stand_in_settings(**overrides: Any) -> ServeSettings:
    """Settings whose configured engine is the stand-in (served by `stand_in_loader`)."""
    return make_settings(engine="standin", **overrides)


class StandInEngine:
    """A Summariser whose every call takes `delay_s`, whatever the batch size (like a neural engine's forward
    pass), and that records each call's batch size and options. Outputs come from the article's sentences."""

    model = "stand-in"

    def __init__(self, limits: Limits, delay_s: float = 0.2, name: str = "standin",
                 fail: Callable[[Sequence[Article]], Exception | None] | None = None,
                 gate: threading.Event | None = None) -> None:
        self.name = name
        self.gate = gate  # when given, every call waits for it (bounded) before its delay
        self.limits = limits
        self.delay_s = delay_s
        self.calls: list[tuple[int, SummaryOptions]] = []
        self.seen: list[str] = []
        self.closed = False
        self._fail = fail
        self._lock = threading.Lock()

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        with self._lock:
            self.calls.append((len(articles), options))
            self.seen.extend(article.sentences[0] for article in articles)
        if self.gate is not None:
            self.gate.wait(timeout=READY_WAIT_S)
        time.sleep(self.delay_s)
        error = self._fail(articles) if self._fail else None
        if error is not None:
            raise error
        return [self._digest(article, options) for article in articles]

    def _digest(self, article: Article, options: SummaryOptions) -> Digest:
        sentences = article.sentences
        return Digest(
            headline=sentences[0] if Task.HEADLINE in options.tasks else None,
            bullets=sentences[: options.max_bullets] if Task.BULLETS in options.tasks else None,
            summary=" ".join(sentences[:2]) if Task.SUMMARY in options.tasks else None,
            engine=self.name, model=self.model, input=article.info, timings_ms={"generate": self.delay_s * 1000},
        )

    def close(self) -> None:
        self.closed = True


def stand_in_loader(engine: StandInEngine) -> EngineLoader:
    """A loader that serves `engine` as the configured engine (extractive still loads for real)."""

    def loader(name: str, model: Any = None, limits: Limits | None = None, **options: Any) -> Any:
        return load_engine(name, limits=limits) if name == "extractive" else engine

    return loader


def wait_until(condition: Callable[[], bool], timeout_s: float = READY_WAIT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.01)


def wait_ready(client: TestClient | httpx.Client, timeout_s: float = READY_WAIT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if client.get("/readyz").status_code == 200:
            return
        time.sleep(0.02)
    raise AssertionError(f"server not ready after {timeout_s} s: {client.get('/readyz').text}")


@contextmanager
def app_client(settings: ServeSettings, loader: EngineLoader | None = None, ready: bool = True,
               **client_options: Any) -> Iterator[TestClient]:
    app = create_app(settings) if loader is None else create_app(settings, loader)
    with TestClient(app, **client_options) as client:
        if ready:
            wait_ready(client)
        yield client


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def live_server(settings: ServeSettings, loader: EngineLoader | None = None) -> Iterator[str]:
    """uvicorn on 127.0.0.1 in a thread, ready to serve; stopped (bounded) on exit. Yields the base URL."""
    settings = settings.model_copy(update={"host": "127.0.0.1", "port": free_port()})
    app = create_app(settings) if loader is None else create_app(settings, loader)
    server = uvicorn.Server(server_config(app, settings, log_level="warning", timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    base = f"http://{settings.host}:{settings.port}"
    try:
        deadline = time.monotonic() + READY_WAIT_S
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        with httpx.Client(base_url=base, timeout=10) as probe:
            wait_ready(probe)
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        assert not thread.is_alive(), "uvicorn did not stop"


def metric_value(text: str, name: str, **labels: str) -> float:
    """One sample from Prometheus text output (0 when absent)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    prefix = f"{name}{{{wanted}}} " if labels else f"{name} "
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line[len(prefix):])
    return 0.0
