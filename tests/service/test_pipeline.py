"""The step between input and engine: results stay paired with their texts, an engine failure costs only the
texts it fails on."""

from __future__ import annotations

from typing import Sequence

import pytest

from service.archive.records import SourceRecord, summarise_records
from service.article import Article
from service.digest import Digest
from service.engines.extractive import ExtractiveEngine
from service.errors import InputError
from service.options import Limits, SummaryOptions
from service.pipeline import EngineContractError, EngineFailure, summarize_isolated, summarize_texts
from tests.arabic_samples import ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT

OPTIONS = SummaryOptions()


class ShortEngine(ExtractiveEngine):
    """Drops the last Digest of every call: a broken engine that would misalign results if they were zipped."""

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        return super().summarize(articles, options)[:-1]


def test_an_engine_returning_too_few_results_is_an_error_not_a_silent_drop() -> None:
    with pytest.raises(EngineContractError, match="returned 1 results for 2 articles"):
        summarize_texts(ShortEngine(Limits()), [ECONOMY, SPORTS_SHORT], OPTIONS)


def test_isolated_results_stay_paired_with_their_texts() -> None:
    results = summarize_isolated(ShortEngine(Limits()), [ECONOMY, "hello", SPORTS_SHORT], OPTIONS)
    assert isinstance(results[0], EngineFailure) and isinstance(results[2], EngineFailure)
    assert isinstance(results[1], InputError) and results[1].code == "not_arabic"
    assert "EngineContractError" in results[0].message


def test_one_failing_text_costs_only_itself() -> None:
    class Picky(ExtractiveEngine):
        def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
            if any("الحصبة" in article.text for article in articles):
                raise RuntimeError("cannot")
            return super().summarize(articles, options)

    results = summarize_isolated(Picky(Limits()), [ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT], OPTIONS)
    assert isinstance(results[0], Digest) and isinstance(results[2], Digest)
    assert isinstance(results[1], EngineFailure) and results[1].message == "RuntimeError: cannot"


def test_archive_rows_are_never_dropped_by_a_short_engine() -> None:
    records = [SourceRecord(id=str(index), text=text) for index, text in enumerate([ECONOMY, SPORTS_SHORT])]
    rows = summarise_records(ShortEngine(Limits()), records, OPTIONS, batch_size=16)
    assert [row["id"] for row in rows] == ["0", "1"]
    assert all(row["error"]["code"] == "engine_error" for row in rows)
