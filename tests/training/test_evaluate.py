import json
from pathlib import Path

import pytest

from training.cli import main
from tests.arabic_samples import ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT


@pytest.fixture()
def dev_file(tmp_path: Path) -> Path:
    records = [
        {"id": "a1", "text": ECONOMY, "title": "البنك المركزي يرفع سعر الفائدة لكبح التضخم",
         "summary": "رفع البنك المركزي سعر الفائدة نصف نقطة لمواجهة التضخم."},
        {"id": "a2", "text": HEALTH_WITH_SECTIONS, "title": "حملة وطنية لتطعيم مليوني طفل ضد الحصبة", "summary": None},
        {"id": "a3", "text": SPORTS_SHORT, "title": "المنتخب يفوز وديا بثلاثية", "summary": None},
        {"id": "bad", "text": "no Arabic here at all", "title": "x", "summary": None},
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken json\n", encoding="utf-8")
    return path


def test_evaluate_prints_engine_and_lead_baselines_in_one_table(dev_file: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    predictions = tmp_path / "predictions.jsonl"
    assert main(["evaluate", "--engine", "extractive", "--data", str(dev_file), "--predictions", str(predictions)]) == 0
    out = capsys.readouterr().out
    rows = {tuple(line.split()[:3]) for line in out.splitlines()[2:] if line.startswith(("headline", "summary"))}
    assert {("headline", "extractive", "3"), ("headline", "lead-10w", "3"), ("summary", "extractive", "1"),
            ("summary", "lead-1", "1"), ("summary", "lead-2", "1"), ("summary", "lead-3", "1")} <= rows
    assert "refused inputs: 1" in out
    written = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in written] == ["a1", "a2", "a3", "bad"]
    assert written[0]["headline"] and len(written[0]["bullets"]) >= 3 and written[0]["summary"]
    assert written[3]["error"] == "not_arabic"
