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
    """Loads the configured engine (plus the weightless extractive one) and routes requests to batchers.

    Until loading finishes, `batcher()` raises NotReadyError (HTTP 503 with Retry-After); if loading fails the
    server stays up, reports the reason on /readyz and answers 503 to summarisation requests.
    """

    def __init__(self, settings: ServeSettings, observer: BatchObserver, loader: EngineLoader = load_engine) -> None:
        self.settings = settings
        self.limits: Limits = settings.limits()
        self.default_engine: str | None = None
        self.load_error: ArsumError | None = None
        self._observer = observer
        self._loader = loader
        self._batchers: dict[str, MicroBatcher] = {}

    @property
    def ready(self) -> bool:
        return self.default_engine is not None

    @property
    def loaded_engines(self) -> list[str]:
        return list(self._batchers)

    async def start(self) -> None:
        """Load engines off the event loop (health checks keep answering), then start their batchers."""
        try:
            engines = await asyncio.to_thread(self._load_engines)
        except ArsumError as error:
            logger.error("engine %r failed to load: %s", self.settings.engine, error.message)
            self.load_error = error
            return
        except Exception as error:  # a broken model folder, out of memory, ...: keep serving /readyz
            logger.exception("engine %r failed to load", self.settings.engine)
            self.load_error = NotReadyError(f"the engine failed to load ({type(error).__name__}); see the server log")
            return
        for engine in engines:
            batcher = MicroBatcher(engine, self._batch_limits(engine), self._observer)
            batcher.start()
            self._batchers[engine.name] = batcher
        self.default_engine = engines[0].name
        logger.info("ready: engines %s (default %s)", ", ".join(self._batchers), self.default_engine)

    def _batch_limits(self, engine: Summariser) -> BatchLimits:
        """The extractive engine never waits for company: its cost is per article, so waiting only adds latency
        (batches still form from what queues up while it works). A neural call costs about the same for 1 or 8."""
        settings = self.settings
        wait_ms = 0.0 if engine.name == EXTRACTIVE else settings.max_wait_ms
        return BatchLimits(settings.max_batch_size, wait_ms, settings.max_queue)

    def _load_engines(self) -> list[Summariser]:
        settings = self.settings
        primary = self._loader(settings.engine, model=settings.model, limits=self.limits,
                               device=settings.device, threads=settings.threads)
        engines = [primary]
        if primary.name != EXTRACTIVE:
            engines.append(self._loader(EXTRACTIVE, model=None, limits=self.limits))
        return engines

    async def stop(self) -> None:
        for batcher in self._batchers.values():
            await batcher.stop()
            batcher.engine.close()
        self._batchers.clear()
        self.default_engine = None

    def batcher(self, engine: str | None) -> MicroBatcher:
        """The batcher for a requested engine name (None or auto: the configured one)."""
        if self.default_engine is None:
            reason = self.load_error.message if self.load_error else "the engine is still loading"
            raise NotReadyError(f"the server is not ready: {reason}")
        name = self.default_engine if engine in (None, "", AUTO) else engine
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
            if batcher is not None:
                entry["model"] = batcher.engine.model
                entry["queue_depth"] = batcher.depth
                spec = getattr(batcher.engine, "spec", None)
                if spec is not None and hasattr(spec, "to_dict"):
                    entry["bundle"] = spec.to_dict()
            engines[name] = entry
        return {
            "ready": self.ready,
            "default_engine": self.default_engine,
            "engines": engines,
            "limits": asdict(self.limits),
            "load_error": None if self.load_error is None else self.load_error.message,
        }
