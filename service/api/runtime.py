"""The engines a running server holds: loaded in a background thread, each behind its own micro-batcher."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict
from typing import Any, Callable

from service.api.batcher import BatchLimits, BatchObserver, MicroBatcher
from service.api.errors import NotReadyError
from service.api.settings import ServeSettings
from service.engines import AUTO, ENGINE_NAMES, engine_packages_installed, load_engine
from service.engines.base import Summariser
from service.errors import ArsumError, EngineUnavailableError
from service.options import Limits

logger = logging.getLogger("arsum.api")

EngineLoader = Callable[..., Summariser]
EXTRACTIVE = "extractive"


class EngineRuntime:
    """Loads the configured engine and the weightless extractive one, and routes requests to their batchers.

    Until loading finishes, `batcher()` raises NotReadyError (HTTP 503 with Retry-After). When the configured
    engine fails to load, the server stays up and degraded: the extractive engine serves every request that
    does not name the failed engine, and /readyz and /v1/info say which engine failed and why.
    """

    def __init__(self, settings: ServeSettings, observer: BatchObserver, loader: EngineLoader = load_engine) -> None:
        self.settings = settings
        self.limits: Limits = settings.limits()
        self.default_engine: str | None = None
        self.load_error: ArsumError | None = None  # why the configured engine failed to load
        self.failed: dict[str, str] = {}  # engine name as configured -> why it failed to load
        self._observer = observer
        self._loader = loader
        self._batchers: dict[str, MicroBatcher] = {}

    @property
    def ready(self) -> bool:
        return self.default_engine is not None

    @property
    def loaded_engines(self) -> list[str]:
        return list(self._batchers)

    @property
    def status(self) -> str:
        """loading, ready, or degraded (an engine failed to load; the others serve)."""
        if not self.ready:
            return "loading" if self.load_error is None else "failed"
        return "degraded" if self.failed else "ready"

    async def start(self) -> None:
        """Load engines off the event loop (health checks keep answering), then start their batchers."""
        configured = self.settings
        primary = await self._load(configured.engine, model=configured.model, device=configured.device,
                                   threads=configured.threads, writer_model=configured.writer_model)
        if primary is not None:
            self.default_engine = primary.name
        if primary is None or primary.name != EXTRACTIVE:
            extractive = await self._load(EXTRACTIVE, model=None, writer_model=configured.writer_model)
            if self.default_engine is None and extractive is not None:
                self.default_engine = extractive.name
                logger.warning("the %s engine failed to load; the extractive engine serves requests meanwhile",
                               configured.engine)
        if self.ready:
            logger.info("ready: engines %s (default %s)", ", ".join(self._batchers), self.default_engine)

    async def _load(self, name: str, **options: Any) -> Summariser | None:
        """Load one engine and start its batcher; None (and the reason recorded) when it fails."""
        try:
            engine = await asyncio.to_thread(self._loader, name, limits=self.limits, **options)
        except ArsumError as error:
            logger.error("engine %r failed to load: %s", name, error.message)
            self._record_failure(name, error)
            return None
        except Exception as error:  # a broken model folder, out of memory, ...: keep serving /readyz
            logger.exception("engine %r failed to load", name)
            self._record_failure(name, NotReadyError(f"the {name} engine failed to load ({type(error).__name__}); "
                                                     "see the server log"))
            return None
        batcher = MicroBatcher(engine, self._batch_limits(engine), self._observer)
        batcher.start()
        self._batchers[engine.name] = batcher
        return engine

    def _record_failure(self, name: str, error: ArsumError) -> None:
        self.failed[name] = error.message
        if self.load_error is None:
            self.load_error = error

    def _batch_limits(self, engine: Summariser) -> BatchLimits:
        """The extractive engine never waits for company: its cost is per article, so waiting only adds latency
        (batches still form from what queues up while it works). A neural call costs about the same for 1 or 8."""
        settings = self.settings
        wait_ms = 0.0 if engine.name == EXTRACTIVE else settings.max_wait_ms
        return BatchLimits(settings.max_batch_size, wait_ms, settings.max_queue)

    async def stop(self) -> None:
        for batcher in self._batchers.values():
            await batcher.stop()
            batcher.engine.close()
        self._batchers.clear()
        self.default_engine = None

    def batcher(self, engine: str | None) -> MicroBatcher:
        """The batcher for a requested engine name (None or auto: the configured one, or the extractive engine
        when the configured one failed to load)."""
        if self.default_engine is None:
            reason = self.load_error.message if self.load_error else "the engine is still loading"
            raise NotReadyError(f"the server is not ready: {reason}")
        name = self.default_engine if engine in (None, "", AUTO) else engine
        if name in self.failed and name not in self._batchers:
            raise NotReadyError(f"the {name} engine failed to load: {self.failed[name]}")
        if name not in self._batchers:
            loaded = ", ".join(self._batchers)
            raise EngineUnavailableError(f"engine {engine!r} is not loaded on this server; loaded: {loaded}")
        return self._batchers[name]

    def describe(self) -> dict[str, Any]:
        engines: dict[str, Any] = {}
        for name in dict.fromkeys([*ENGINE_NAMES, *self._batchers]):
            batcher = self._batchers.get(name)
            installed = engine_packages_installed(name) if name in ENGINE_NAMES else True
            entry: dict[str, Any] = {"loaded": batcher is not None, "installed": installed}
            if name in self.failed:
                entry["failed"] = self.failed[name]
            if batcher is not None:
                entry["model"] = batcher.engine.model
                entry["queue_depth"] = batcher.depth
                spec = getattr(batcher.engine, "spec", None)
                if spec is not None and hasattr(spec, "to_dict"):
                    entry["bundle"] = spec.to_dict()
            engines[name] = entry
        return {
            "ready": self.ready,
            "status": self.status,
            "default_engine": self.default_engine,
            "engines": engines,
            "limits": asdict(self.limits),
            "load_error": None if self.load_error is None else self.load_error.message,
        }
