"""Micro-batching in front of one engine: concurrent requests share engine calls.

Requests wait in a bounded queue. A collector task on the event loop takes the oldest request, waits up to
`max_wait_ms` for more requests with the *same options* (an engine call has one `SummaryOptions`), and hands
at most `max_batch_size` articles to one worker thread, so the event loop keeps answering while the engine
works. While the worker is busy the queue fills, so batches grow with load. A full queue raises
`OverloadedError` at once (HTTP 503); a caller still waiting after its timeout gets `TimeoutExceededError`
(HTTP 504) and its queued articles are dropped unprocessed. An engine failure on a batch is retried article by
article, so only the article it fails on gets an `EngineFailure` (its request a 500); the others are answered.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol, Sequence

from service.digest import Digest
from service.engines.base import Summariser
from service.errors import InputError, OverloadedError, TimeoutExceededError
from service.options import SummaryOptions
from service.pipeline import EngineFailure, summarize_isolated

logger = logging.getLogger("arsum.batcher")

Result = Digest | InputError | EngineFailure


class BatchObserver(Protocol):
    """Receives what the batcher does (the metrics implement it)."""

    def queue_depth(self, engine: str, depth: int) -> None: ...

    def batch_done(self, engine: str, size: int, seconds: float) -> None: ...

    def rejected(self, engine: str, reason: str) -> None: ...


class NullObserver:
    def queue_depth(self, engine: str, depth: int) -> None:
        pass

    def batch_done(self, engine: str, size: int, seconds: float) -> None:
        pass

    def rejected(self, engine: str, reason: str) -> None:
        pass


@dataclass(frozen=True)
class BatchLimits:
    max_batch_size: int = 8
    max_wait_ms: float = 5.0
    max_queue: int = 64


@dataclass
class _Pending:
    text: str | bytes
    options: SummaryOptions
    future: asyncio.Future[Result]


class MicroBatcher:
    """Queue + collector task + one worker thread for one engine. Create, `start()` and use on one event loop."""

    def __init__(self, engine: Summariser, limits: BatchLimits, observer: BatchObserver | None = None) -> None:
        self.engine = engine
        self.limits = limits
        self._observer = observer or NullObserver()
        self._queue: deque[_Pending] = deque()
        self._arrived = asyncio.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"arsum-{engine.name}")
        self._collector: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def depth(self) -> int:
        """Articles waiting for an engine call (not counting the batch being computed)."""
        return len(self._queue)

    def start(self) -> None:
        self._collector = asyncio.get_running_loop().create_task(self._collect_forever(), name="arsum-batcher")

    async def stop(self) -> None:
        """Refuse what is still queued (503), let the running batch finish and answer, then stop the worker."""
        self._stopping = True
        for pending in self._queue:
            if not pending.future.done():
                pending.future.set_exception(OverloadedError("the server is shutting down; retry shortly"))
        self._queue.clear()
        self._arrived.set()
        if self._collector is not None:
            await self._collector
        await asyncio.to_thread(self._executor.shutdown, wait=True)

    async def summarize(self, texts: Sequence[str | bytes], options: SummaryOptions, timeout_s: float) -> list[Result]:
        """One result per text, in order; all of them or OverloadedError / TimeoutExceededError."""
        futures = self.submit(texts, options)
        try:
            return list(await asyncio.wait_for(asyncio.gather(*futures), timeout_s))
        except TimeoutError:
            self._observer.rejected(self.engine.name, "timeout")
            raise TimeoutExceededError(
                f"no answer within {timeout_s:g} s: the server is busy; try again later or send less text"
            ) from None

    def submit(self, texts: Sequence[str | bytes], options: SummaryOptions) -> list[asyncio.Future[Result]]:
        """Queue all texts or none: a request never gets half its items refused for load."""
        if self._stopping:
            raise OverloadedError("the server is shutting down; retry shortly")
        if len(self._queue) + len(texts) > self.limits.max_queue:
            self._drop_abandoned()  # timed-out callers must not hold places
        if len(self._queue) + len(texts) > self.limits.max_queue:
            self._observer.rejected(self.engine.name, "queue_full")
            raise OverloadedError(
                f"the server is at capacity ({len(self._queue)} articles queued, limit {self.limits.max_queue}); "
                "retry after the delay in the Retry-After header"
            )
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[Result]] = [loop.create_future() for _ in texts]
        self._queue.extend(_Pending(text, options, future) for text, future in zip(texts, futures, strict=True))
        self._observer.queue_depth(self.engine.name, len(self._queue))
        self._arrived.set()
        return futures

    async def _collect_forever(self) -> None:
        while not self._stopping:
            batch = await self._next_batch()
            if batch:
                await self._run_batch(batch)

    async def _next_batch(self) -> list[_Pending]:
        self._drop_abandoned()
        while not self._queue:
            if self._stopping:
                return []
            self._arrived.clear()
            await self._arrived.wait()
            self._drop_abandoned()
        options = self._queue[0].options
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.max_wait_ms / 1000
        while self._count_matching(options) < self.limits.max_batch_size and not self._stopping:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), remaining)
            except TimeoutError:
                break
        return self._take_matching(options)

    def _drop_abandoned(self) -> None:
        """Forget articles whose caller gave up (timeout, disconnect) before they reached the engine."""
        if any(pending.future.done() for pending in self._queue):
            self._queue = deque(pending for pending in self._queue if not pending.future.done())
            self._observer.queue_depth(self.engine.name, len(self._queue))

    def _count_matching(self, options: SummaryOptions) -> int:
        return sum(1 for pending in self._queue if pending.options == options and not pending.future.done())

    def _take_matching(self, options: SummaryOptions) -> list[_Pending]:
        batch: list[_Pending] = []
        rest: deque[_Pending] = deque()
        for pending in self._queue:
            if pending.future.done():
                continue
            if pending.options == options and len(batch) < self.limits.max_batch_size:
                batch.append(pending)
            else:
                rest.append(pending)
        self._queue = rest
        self._observer.queue_depth(self.engine.name, len(rest))
        return batch

    async def _run_batch(self, batch: list[_Pending]) -> None:
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        try:
            results = await loop.run_in_executor(
                self._executor, summarize_isolated, self.engine, [pending.text for pending in batch], batch[0].options)
        except Exception as error:  # not the engine (summarize_isolated catches that): every caller gets the error
            logger.error("batch of %d failed on engine %s: %s: %s", len(batch), self.engine.name,
                         type(error).__name__, error)
            results = [EngineFailure(error)] * len(batch)
        for pending, result in zip(batch, results, strict=True):
            if not pending.future.done():
                pending.future.set_result(result)
        self._observer.batch_done(self.engine.name, len(batch), time.perf_counter() - started)
