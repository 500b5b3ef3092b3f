"""Summarise raw texts with an engine: validation per item, one engine call for all valid items."""

from __future__ import annotations

from typing import Sequence

from service.article import Article, prepare_article
from service.digest import Digest
from service.engines.base import Summariser
from service.errors import InputError
from service.options import SummaryOptions


def summarize_texts(
    engine: Summariser, texts: Sequence[str | bytes], options: SummaryOptions
) -> list[Digest | InputError]:
    """One result per text, in order: a Digest, or the InputError that says why the text was refused."""
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
        for index, digest in zip(positions, engine.summarize(articles, options)):
            results[index] = digest
    return [r for r in results if r is not None]


def summarize_text(engine: Summariser, text: str | bytes, options: SummaryOptions) -> Digest:
    """One article; raises the InputError if it is refused."""
    result = summarize_texts(engine, [text], options)[0]
    if isinstance(result, InputError):
        raise result
    return result
