"""The Summariser protocol every engine implements (no web framework, no torch here)."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from service.article import Article
from service.digest import Digest
from service.options import Limits, SummaryOptions


@runtime_checkable
class Summariser(Protocol):
    """An engine. `summarize` takes prepared articles and returns one Digest each, in order.

    Engines implement every task (headline, bullets, summary) and honour `options.tasks`: a task not asked
    for is None in the Digest. Neural engines batch across the articles; all engines are deterministic.
    An engine that cannot honour some options (a bundle trained for headlines only) also implements
    `check_options(options)`, raising BadOptionError; callers run it (`service.pipeline.check_options`) before
    reading any article.
    """

    name: str
    model: str | None
    limits: Limits

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]: ...

    def close(self) -> None: ...
