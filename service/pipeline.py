"""Summarise raw texts with an engine: validation per item, one engine call for all valid items."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Sequence

from service.article import Article, prepare_article
from service.digest import Digest
from service.engines.base import Summariser
from service.errors import InputError
from service.faithfulness import FaithfulnessGuard
from service.options import SummaryOptions

logger = logging.getLogger(__name__)

ENGINE_ERROR = "engine_error"  # the code of an archive row the engine failed on


class EngineContractError(RuntimeError):
    """An engine broke its contract (one Digest per article, in order): a bug in the engine, not in the input."""


@dataclass(frozen=True)
class EngineFailure:
    """The engine raised on this text alone (its batch was split and retried): the exception, for the caller."""

    error: Exception

    @property
    def message(self) -> str:
        return f"{type(self.error).__name__}: {self.error}"


def check_options(engine: Summariser, options: SummaryOptions) -> None:
    """BadOptionError when the engine cannot honour the options (a task its model was not trained for), before
    any text is read. Engines that can refuse options implement `check_options(options)`."""
    check = getattr(engine, "check_options", None)
    if check is not None:
        check(options)


def summarize_texts(
    engine: Summariser, texts: Sequence[str | bytes], options: SummaryOptions
) -> list[Digest | InputError]:
    """One result per text, in order: a Digest (checked against its article, under the options' faithfulness
    policy), or the InputError that says why the text was refused."""
    results: list[Digest | InputError | None] = [None] * len(texts)
    articles: list[Article] = []
    positions: list[int] = []
    for index, text in enumerate(texts):
        try:
            articles.append(prepare_article(text, engine.limits))
            positions.append(index)
        except InputError as error:
            results[index] = error
    if articles:
        digests = engine.summarize(articles, options)
        if len(digests) != len(articles):
            raise EngineContractError(f"the {engine.name} engine returned {len(digests)} results "
                                      f"for {len(articles)} articles")
        guard = FaithfulnessGuard(engine.limits)
        for index, article, digest in zip(positions, articles, digests, strict=True):
            results[index] = guard.apply(article, digest, options)
    return [r for r in results if r is not None]


def summarize_isolated(
    engine: Summariser, texts: Sequence[str | bytes], options: SummaryOptions
) -> list[Digest | InputError | EngineFailure]:
    """Like `summarize_texts`, but an engine failure costs only the texts it fails on: a failed batch is retried
    text by text, so one poisonous article does not fail the unrelated ones batched with it."""
    try:
        return list(summarize_texts(engine, texts, options))
    except Exception as error:  # noqa: BLE001 - an engine bug must cost one text, not the batch
        if len(texts) == 1:
            logger.warning("the %s engine failed on one article", engine.name, exc_info=True)
            return [EngineFailure(error)]
        logger.warning("the %s engine failed on a batch of %d (%s: %s); retrying one by one",
                       engine.name, len(texts), type(error).__name__, error)
        return [result for text in texts for result in summarize_isolated(engine, [text], options)]


def summarize_text(engine: Summariser, text: str | bytes, options: SummaryOptions) -> Digest:
    """One article; raises the InputError if it is refused."""
    result = summarize_texts(engine, [text], options)[0]
    if isinstance(result, InputError):
        raise result
    return result
