"""Prometheus metrics of one app (its own registry, so several apps in one process do not collide)."""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)


class Metrics:
    """Request counts and latencies by route, batch sizes, engine time and queue depth per engine, and the
    client library's default process (CPU, memory, file descriptors), Python (version) and GC collectors."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        GCCollector(registry=self.registry)
        self.requests = Counter("arsum_http_requests", "HTTP requests by route, method and status",
                                ["route", "method", "status"], registry=self.registry)
        self.latency = Histogram("arsum_http_request_duration_seconds", "HTTP request latency by route",
                                 ["route"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.batch_size = Histogram("arsum_batch_size", "articles per engine call", ["engine"],
                                    buckets=BATCH_BUCKETS, registry=self.registry)
        self.batch_seconds = Histogram("arsum_batch_duration_seconds", "time of one engine call", ["engine"],
                                       buckets=LATENCY_BUCKETS, registry=self.registry)
        self.depth = Gauge("arsum_queue_depth", "articles waiting for an engine call", ["engine"],
                           registry=self.registry)
        self.refusals = Counter("arsum_batcher_rejections", "requests refused by the batcher (queue_full, timeout)",
                                ["engine", "reason"], registry=self.registry)
        self.ready = Gauge("arsum_ready", "1 when the engines are loaded and requests are served",
                           registry=self.registry)

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route=route, method=method, status=str(status)).inc()
        self.latency.labels(route=route).observe(seconds)

    def queue_depth(self, engine: str, depth: int) -> None:
        self.depth.labels(engine=engine).set(depth)

    def batch_done(self, engine: str, size: int, seconds: float) -> None:
        self.batch_size.labels(engine=engine).observe(size)
        self.batch_seconds.labels(engine=engine).observe(seconds)

    def rejected(self, engine: str, reason: str) -> None:
        self.refusals.labels(engine=engine, reason=reason).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
