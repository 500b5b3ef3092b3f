"""BLEU on Arabic tokens, novel n-grams, lengths and fluency in `arsum-train evaluate`, with JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.text import metric_tokens
from tests.arabic_samples import ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT
from tests.training.samples import FESTIVAL, SCHOOLS, STORM, WATER
from training.cli import main
from training.quality import SystemOutputs, corpus_bleu, cut_count, ngrams, novel_ngram_ratio


def test_identical_arabic_scores_bleu_100_even_with_letter_variants() -> None:
    headline = "افتتاح محطة لتحلية مياه البحر بالطاقة الشمسية في المنطقة الشرقية"
    assert corpus_bleu([headline], [headline]) == pytest.approx(100)
    assert corpus_bleu([headline], [headline.replace("ة", "ه").replace("إ", "ا")]) == pytest.approx(100)
    assert corpus_bleu([headline], ["مهرجان المسرح العربي يفتتح دورته العاشرة بمشاركة واسعة"]) == 0


def test_novel_ngrams_are_zero_for_an_extract_and_high_for_new_words() -> None:
    extract = "وقال وزير الزراعة خلال حفل الافتتاح"
    assert novel_ngram_ratio(WATER, extract, 1) == 0
    assert novel_ngram_ratio(WATER, extract, 2) == 0
    assert novel_ngram_ratio(WATER, "أمطار غزيرة تضرب العاصمة", 1) == 100
    assert novel_ngram_ratio(WATER, "", 2) is None


def test_system_outputs_report_lengths() -> None:
    outputs = SystemOutputs()
    outputs.add("عنوان من خمس كلمات هنا", "ثلاث كلمات فقط", WATER)
    scores = outputs.scores()
    assert (scores["words"], scores["reference_words"]) == (3, 5)


@pytest.fixture()
def dev_file(tmp_path: Path) -> Path:
    records = [
        {"id": "w", "text": WATER, "title": "افتتاح محطة لتحلية مياه البحر بالطاقة الشمسية", "summary": None},
        {"id": "s", "text": SCHOOLS, "title": "تعيين ثلاثة آلاف معلم جديد في المدارس الحكومية", "summary": None},
        {"id": "f", "text": FESTIVAL, "title": "انطلاق الدورة العاشرة لمهرجان المسرح العربي", "summary": None},
        {"id": "t", "text": STORM, "title": "عاصفة رملية تعطل الدراسة وحركة المرور في الجنوب", "summary": None},
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_evaluate_a_bundle_with_bleu_novelty_lengths_and_json(tiny_bundle: Path, dev_file: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    report_file = tmp_path / "scores.json"
    code = main(["evaluate", "--model", str(tiny_bundle), "--data", str(dev_file), "--tasks", "headline",
                 "--json", str(report_file)])
    assert code == 0
    table = capsys.readouterr().out
    assert "BLEU" in table and "nov2%" in table
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["engine"] in ("seq2seq", "ctranslate2") and report["refused"] == 0
    rows = {row["system"]: row for row in report["rows"]}
    assert set(rows) == {report["engine"], "lead-10w"}
    assert rows["lead-10w"]["novel_1"] == 0 and rows["lead-10w"]["words"] == 10
    assert rows["lead-10w"]["reference_words"] == pytest.approx(7.25)
    assert {"rougeL", "rougeL_stem", "bleu", "novel_2", "words"} <= set(rows[report["engine"]])
    assert all(row["n"] == 4 for row in rows.values())


def test_evaluate_the_extractive_engine_writes_json_too(dev_file: Path, tmp_path: Path) -> None:
    report_file = tmp_path / "scores.json"
    assert main(["evaluate", "--engine", "extractive", "--data", str(dev_file), "--tasks", "headline",
                 "--json", str(report_file)]) == 0
    rows = {row["system"]: row for row in json.loads(report_file.read_text(encoding="utf-8"))["rows"]}
    assert rows["extractive"]["novel_1"] <= 10  # only present-tense verbs of subject-first openings are new
    # within the writer's longest step (22 words); a verb keeps what it needs («مما أدى | إلى تعليق الدراسة»)
    assert 0 < rows["extractive"]["words"] <= 22 and rows["extractive"]["dangling"] == 0


def test_cuts_count_joins_the_article_does_not_have() -> None:
    article = ngrams(metric_tokens("قالت الوزارة اليوم إن الحملة ستبدأ في جميع المدن غدا"), 2)
    assert cut_count(article, "الحملة ستبدأ في جميع المدن") == 0
    assert cut_count(article, "الوزارة: الحملة ستبدأ غدا") == 2
    assert cut_count(article, "الوزارة تقول إن الحملة ستبدأ") == 2  # a new word is a cut on both sides


def test_evaluate_reports_fluency_per_task_and_rouge_per_source(tmp_path: Path) -> None:
    data = tmp_path / "dev.jsonl"
    rows = [{"id": str(i), "source": source, "text": text, "title": title}
            for i, (source, text, title) in enumerate([
                ("wire", ECONOMY, "البنك المركزي يرفع سعر الفائدة"),
                ("wire", HEALTH_WITH_SECTIONS, "حملة لتطعيم الأطفال ضد الحصبة"),
                ("radio", SPORTS_SHORT, "المنتخب يفوز بثلاثية")])]
    data.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    report_file = tmp_path / "scores.json"
    assert main(["evaluate", "--engine", "extractive", "--data", str(data), "--tasks", "headline,bullets",
                 "--json", str(report_file)]) == 0
    report = json.loads(report_file.read_text(encoding="utf-8"))
    by_task = {(row["system"], row["task"]): row for row in report["rows"]}
    bullets = by_task[("extractive", "bullets")]
    assert bullets["rougeL"] is None and bullets["n"] >= 6 and bullets["dangling"] == 0
    assert by_task[("extractive", "headline")]["dangling"] == 0 and by_task[("lead-10w", "headline")]["cuts"] == 0
    sources = {(row["source"], row["n"]) for row in report["by_source"]}
    assert sources == {("wire", 2), ("radio", 1)}
    assert all("extractive" in row and "lead-10w" in row for row in report["by_source"])
