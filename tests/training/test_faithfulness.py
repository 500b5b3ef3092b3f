"""Evaluation's faithfulness shares: per task, the share of outputs with each kind of finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.article import prepare_article
from service.faithfulness import unsupported_findings
from service.options import Limits, SummaryOptions
from tests.arabic_samples import ECONOMY, SPORTS_SHORT
from tests.service.faithfulness.helpers import InventingEngine
from training.evaluate import evaluate
from training.faithfulness import FindingShares, format_shares


def test_shares_count_each_output_once_per_kind() -> None:
    engine, shares = InventingEngine(), FindingShares()
    for text in (ECONOMY, SPORTS_SHORT):
        article = prepare_article(text, Limits())
        digest = engine.summarize([article], SummaryOptions())[0]
        shares.add_digest(digest, unsupported_findings(article, digest))
    rows = {row["task"]: row for row in shares.rows()}
    assert list(rows) == ["headline", "bullets", "summary"]
    assert rows["headline"] == {"task": "headline", "n": 2, "number": 0.0, "name": 100.0, "negation": 0.0, "any": 100.0}
    assert rows["bullets"]["number"] == pytest.approx(100 * 2 / rows["bullets"]["n"], abs=0.01)
    assert rows["bullets"]["name"] == 0.0
    assert format_shares(shares.rows()).splitlines()[3].split() == ["headline", "2", "0.00", "100.00", "0.00", "100.00"]


def test_evaluate_reports_the_shares_and_the_predictions_carry_the_checks(tmp_path: Path) -> None:
    records = [{"id": "a", "text": ECONOMY, "title": "البنك المركزي يرفع الفائدة"}, {"id": "b", "text": SPORTS_SHORT}]
    evaluation = evaluate(InventingEngine(), records, SummaryOptions(), keep_predictions=True)
    assert {row["task"]: row["any"] for row in evaluation.faithfulness.rows()}["headline"] == 100.0
    assert evaluation.predictions[0]["checks"][0]["kind"] == "name"
    json.dumps(evaluation.predictions, ensure_ascii=False)
