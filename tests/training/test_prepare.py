"""`prepare`: every input format, lead-copy handling, de-duplication, deterministic splits, bullets, statistics."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.training.samples import RECORDS, WATER, variants, write_csv, write_hf_dataset, write_jsonl, write_parquet
from training.examples import is_lead_copy
from training.prepare import PrepareOptions, prepare, read_examples, split_of
from training.records import CORPUS_FIELDS, CorpusError

ALL_TRAIN = PrepareOptions(validation=0.0, test=0.0)


def run(tmp_path: Path, records: list[dict[str, Any]], options: PrepareOptions = ALL_TRAIN,
        name: str = "corpus.jsonl", **kwargs: Any) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    corpus = write_jsonl(tmp_path / name, records)
    output = tmp_path / f"out-{name}"
    report = prepare([corpus], output, options, **kwargs)
    return report, {split: [e.to_dict() for e in read_examples(output / f"{split}.jsonl")]
                    for split in ("train", "validation", "test")}


def by_id(examples: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {example["id"]: example for example in examples}


@pytest.mark.parametrize("kind", ["jsonl.gz", "csv", "parquet", "hf"])
def test_every_input_format_gives_the_same_examples(tmp_path: Path, kind: str) -> None:
    reference = prepare([write_jsonl(tmp_path / "c.jsonl", RECORDS)], tmp_path / "ref", ALL_TRAIN)
    fields = CORPUS_FIELDS
    if kind == "jsonl.gz":
        corpus = write_jsonl(tmp_path / "c.jsonl.gz", RECORDS)
    elif kind == "csv":  # other column names, mapped on the command line
        corpus = write_csv(tmp_path / "c.csv", RECORDS, renames={"text": "body", "title": "headline"})
        fields = replace(CORPUS_FIELDS, text="body", title="headline")
    elif kind == "parquet":
        corpus = write_parquet(tmp_path / "c.parquet", RECORDS)
    else:
        corpus = write_hf_dataset(tmp_path / "c-dataset", RECORDS)
    report = prepare([corpus], tmp_path / "out", PrepareOptions(validation=0.0, test=0.0, fields=fields))
    assert report["examples"] == reference["examples"]
    assert (tmp_path / "out" / "train.jsonl").read_text(encoding="utf-8") == (
        tmp_path / "ref" / "train.jsonl").read_text(encoding="utf-8")


def test_examples_of_each_task_with_their_targets(tmp_path: Path) -> None:
    report, splits = run(tmp_path, RECORDS)
    examples = by_id(splits["train"])
    assert examples["festival-1:headline"]["target"] == "انطلاق الدورة العاشرة لمهرجان المسرح العربي"
    assert examples["schools-1:summary"]["kind"] == "editor_summary"
    assert examples["page-1:headline"]["target"] == "افتتاح أول خط للقطار الكهربائي بين العاصمة والمدن الساحلية"
    assert report["examples"]["train"] == {"headline": 7, "summary": 2, "bullets": 6}


def test_a_lead_copy_summary_becomes_the_first_sentence_of_the_text_without_it(tmp_path: Path) -> None:
    _, splits = run(tmp_path, RECORDS)
    example = by_id(splits["train"])["water-1:summary"]
    first_sentence = WATER.split("\n")[0]
    assert example["kind"] == "lead_sentence"
    assert example["target"] == first_sentence
    assert first_sentence not in example["text"]
    assert example["text"].startswith("وقال وزير الزراعة")


def test_lead_copy_summaries_can_be_dropped_instead(tmp_path: Path) -> None:
    report, splits = run(tmp_path, RECORDS, PrepareOptions(validation=0.0, test=0.0, lead_copy="drop"))
    ids = by_id(splits["train"])
    assert "water-1:summary" not in ids
    assert "schools-1:summary" in ids  # an editor's summary stays
    assert report["skipped"]["summary:lead_copy_dropped"] == 1


@pytest.mark.parametrize(
    ("summary", "copy"),
    [
        ("افتتحت وزارة الزراعة محطة جديدة لتحلية مياه البحر في المنطقة الشر", True),  # cut mid-word
        ("افتتحت #وزارة_الزراعة محطة جديدة لتحلية مياه البحر في المنطقة الشرقية", True),  # hashtag
        ("أفتتحت وزارة الزراعة محطة جديدة لتحلية مياه البحر في المنطقة الشرقية بطاقة", True),  # one letter edited
        ("محطة تحلية جديدة توفر مياه الشرب لنصف مليون نسمة في الشرق", False),  # an editor's summary
    ],
)
def test_lead_copy_detection(summary: str, copy: bool) -> None:
    assert is_lead_copy(summary, WATER) is copy


def test_an_abstract_cut_mid_sentence_keeps_its_complete_sentences_or_is_skipped(tmp_path: Path) -> None:
    records = [
        {**RECORDS[1], "summary": "الحكومة تعين ثلاثة آلاف معلم في المدارس الريفية. وتطلق برنامجا تدريبيا مدته"},
        {**RECORDS[2], "summary": "مهرجان المسرح العربي يفتتح دورته العاشرة بمشاركة واسعة من"},
    ]
    report, splits = run(tmp_path, records)
    examples = by_id(splits["train"])
    assert examples["schools-1:summary"]["target"] == "الحكومة تعين ثلاثة آلاف معلم في المدارس الريفية."
    assert "festival-1:summary" not in examples
    assert report["skipped"]["summary:summary_cut_mid_sentence"] == 1


def test_the_same_article_twice_is_kept_once(tmp_path: Path) -> None:
    copy = {**RECORDS[0], "id": "water-copy", "text": "#" + WATER.replace("محطة", "محطـــة") + "\n\n"}
    report, splits = run(tmp_path, [RECORDS[0], copy, RECORDS[2]])
    ids = {example["article_id"] for example in splits["train"]}
    assert ids == {"water-1", "festival-1"}
    assert report["skipped"]["article:duplicate"] == 1


def test_articles_of_an_excluded_evaluation_set_never_appear(tmp_path: Path) -> None:
    evaluation = write_jsonl(tmp_path / "dev.jsonl", [{**RECORDS[3], "id": "dev-7"}])
    report, splits = run(tmp_path, RECORDS, exclude=[evaluation])
    assert "storm-1" not in {example["article_id"] for example in splits["train"]}
    assert report["excluded_articles"] == 1


def test_a_title_shared_by_many_articles_is_boilerplate(tmp_path: Path) -> None:
    records = [{**record, "title": "نشرة الأخبار الصباحية اليوم"} for record in variants(4)]
    report, splits = run(tmp_path, records)
    assert not [e for e in splits["train"] if e["task"] == "headline"]
    assert report["skipped"]["headline:boilerplate_target"] == 4


def test_splits_depend_only_on_the_article_id(tmp_path: Path) -> None:
    options = PrepareOptions(validation=0.25, test=0.25)
    records = variants(24)
    _, first = run(tmp_path, records, options, name="a.jsonl")
    _, again = run(tmp_path, records, options, name="b.jsonl")
    assert first == again
    _, subset = run(tmp_path, records[::3], options, name="c.jsonl")
    where = {e["article_id"]: split for split, examples in first.items() for e in examples}
    for split, examples in subset.items():
        assert all(where[e["article_id"]] == split for e in examples)
    assert all(first[split] for split in ("train", "validation", "test"))


def test_split_shares_follow_the_options() -> None:
    splits = [split_of(f"article-{n}", 0.1, 0.2) for n in range(4000)]
    assert abs(splits.count("validation") / 4000 - 0.1) < 0.02
    assert abs(splits.count("test") / 4000 - 0.2) < 0.02


def test_fraction_and_limit_take_a_reproducible_slice(tmp_path: Path) -> None:
    records = variants(40)
    half, _ = run(tmp_path, records, PrepareOptions(validation=0.0, test=0.0, fraction=0.5), name="h.jsonl")
    again, _ = run(tmp_path, list(reversed(records)), PrepareOptions(validation=0.0, test=0.0, fraction=0.5),
                   name="r.jsonl")
    assert 10 <= half["articles"]["train"] <= 30
    assert half["articles"] == again["articles"]
    limited, _ = run(tmp_path, records, PrepareOptions(validation=0.0, test=0.0, limit=5), name="l.jsonl")
    assert limited["articles"]["train"] == 5


def test_bullets_come_from_teasers_sections_or_a_bullets_field(tmp_path: Path) -> None:
    listed = {**RECORDS[3], "bullets": ["- رياح تتجاوز ستين كيلومترا في الساعة", "1. نقل مصابين بضيق التنفس إلى المستشفيات"]}
    report, splits = run(tmp_path, [*RECORDS[:3], listed, *RECORDS[4:]])
    bullets = {e["id"]: e for e in splits["train"] if e["task"] == "bullets"}
    assert bullets["storm-1:bullets:0"]["target"] == "رياح تتجاوز ستين كيلومترا في الساعة"
    assert "سرعة الرياح تجاوزت ستين" in bullets["storm-1:bullets:0"]["text"]
    assert bullets["storm-1:bullets:1"]["target"] == "نقل مصابين بضيق التنفس إلى المستشفيات"
    assert bullets["health-1:bullets:0"]["kind"] == "section_heading"
    assert bullets["health-1:bullets:0"]["target"] == "أهداف الحملة"
    assert bullets["page-1:bullets:0"]["kind"] == "teaser"
    assert not any(e["article_id"] == "economy-1" for e in bullets.values())  # no sections, no teasers


def test_unusable_records_are_counted_not_fatal(tmp_path: Path) -> None:
    records = [
        *RECORDS[:2],
        {"id": "english", "title": "الأسهم ترتفع بقوة في الأسواق", "summary": None,
         "text": "Stocks rose sharply on Monday as investors cheered the central bank decision. " * 3},
        {"id": "empty", "title": "عنوان بلا نص", "summary": None, "text": "   "},
        {"id": "short", "title": "خبر قصير جدا هنا", "summary": None,
         "text": "انتهى الاجتماع الوزاري مساء أمس دون اتفاق على موعد الجولة المقبلة."},
    ]
    report, splits = run(tmp_path, records)
    assert {e["article_id"] for e in splits["train"]} == {"water-1", "schools-1"}
    assert report["skipped"]["headline:not_arabic"] == 1
    assert report["skipped"]["headline:source_too_short"] == 1


def test_statistics_are_written_next_to_the_splits(tmp_path: Path) -> None:
    report, _ = run(tmp_path, RECORDS)
    written = json.loads((tmp_path / "out-corpus.jsonl" / "stats.json").read_text(encoding="utf-8"))
    assert written["examples"] == report["examples"]
    assert written["records"] == {"test-wire": 4, "test-arts": 2, "test-pages": 1}
    assert written["mean_target_words"]["headline"] > 3


def test_a_corpus_without_the_text_field_says_how_to_map_it(tmp_path: Path) -> None:
    corpus = write_csv(tmp_path / "c.csv", RECORDS, renames={"text": "body"})
    with pytest.raises(CorpusError, match="--text-field"):
        prepare([corpus], tmp_path / "out")
    (tmp_path / "c.xlsx").write_text("x")
    with pytest.raises(CorpusError, match="unknown corpus format"):
        prepare([tmp_path / "c.xlsx"], tmp_path / "out")


def test_the_command_prints_the_report_and_refuses_bad_input(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from training.cli import main

    corpus = write_csv(tmp_path / "c.csv", RECORDS, renames={"text": "body"})
    assert main(["prepare", str(corpus), "-o", str(tmp_path / "out"), "--text-field", "body",
                 "--validation", "0", "--test", "0", "--lead-copy", "drop"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split() == ["train", "7", "6", "7", "1"]  # articles, bullets, headline, summary
    assert "summary:lead_copy_dropped=1" in out
    assert main(["prepare", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x")]) == 2
    assert main(["prepare", str(corpus), "-o", str(tmp_path / "x"), "--fraction", "0"]) == 2
    err = capsys.readouterr().err
    assert "missing.jsonl: no such file" in err and "fraction" in err
