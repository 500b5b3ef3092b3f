"""Long `prepare`, `evaluate` and `trim-vocab` runs say how far they are (a log line now and then off a terminal)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from service.archive.progress import Progress
from service.engines import load_engine
from service.options import SummaryOptions
from service.rows import read_dicts
from tests.training.samples import RECORDS, write_jsonl
from training.evaluate import evaluate
from training.prepare import PrepareOptions, prepare

PROGRESS_LOGGER = "service.archive.progress"


def test_prepare_reports_the_records_read(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", RECORDS)
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        prepare([corpus], tmp_path / "out", PrepareOptions(), progress=Progress(log_every_s=0, unit="records"))
    lines = [record.getMessage() for record in caplog.records if record.name == PROGRESS_LOGGER]
    assert lines and lines[-1].startswith(f"{len(RECORDS)} records")


def test_evaluate_reports_the_articles_scored_and_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = write_jsonl(tmp_path / "dev.jsonl", [*RECORDS, {"id": "x", "text": "English only, not Arabic."}])
    with caplog.at_level(logging.INFO, logger=PROGRESS_LOGGER):
        evaluate(load_engine("extractive"), read_dicts(str(data)), SummaryOptions(),
                 progress=Progress(log_every_s=0, unit="articles"))
    lines = [record.getMessage() for record in caplog.records if record.name == PROGRESS_LOGGER]
    assert lines and lines[-1].startswith(f"{len(RECORDS)} articles") and "1 failed" in lines[-1]
