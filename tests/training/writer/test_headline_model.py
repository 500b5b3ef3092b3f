"""`arsum-train headline-model` learns a house style from a few dozen article/headline pairs written for the test:
the same article gets a headline in the style of the archive it was trained on."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from service.engines.extractive import ExtractiveEngine
from service.engines.writer import load_writer_model
from service.options import Limits, build_options
from service.pipeline import summarize_text
from training.cli import main

ORGANISATIONS = ["وزارة الصحة", "وزارة التعليم", "هيئة الطيران المدني", "وزارة النقل", "بلدية المدينة",
                 "وزارة الزراعة", "هيئة الأرصاد الجوية", "وزارة المالية"]
SUBJECTS = ["الحملة الوطنية", "الخطة الجديدة", "المرحلة الثانية من المشروع", "برنامج الدعم", "الجولة الأولى",
            "المبادرة الرقمية"]
PREDICATES = ["ستبدأ الأسبوع المقبل في جميع المحافظات", "ستنطلق بعد موافقة مجلس الوزراء",
              "تشمل أكثر من مئة بلدة في الريف", "تستهدف نصف مليون مستفيد خلال عامين"]
CITIES = ["الرياض", "القاهرة", "عمان", "تونس", "الرباط"]


def article(organisation: str, subject: str, predicate: str, city: str) -> str:
    return (f"أعلنت {organisation} في {city}، اليوم الأحد، أن {subject} {predicate}، وذلك في إطار خطة "
            f"الحكومة للعام الحالي.\nوقال مسؤول في {organisation} إن التحضيرات اكتملت وإن فرق العمل جاهزة.\n"
            f"وأضاف أن {subject} تحظى بدعم واسع من المواطنين في {city} وغيرها.")


def corpus(path: Path, with_speaker: bool) -> Path:
    rows = []
    for index, (organisation, subject, predicate, city) in enumerate(
            itertools.islice(itertools.product(ORGANISATIONS, SUBJECTS, PREDICATES, CITIES), 0, None, 7)):
        title = f"{organisation}: {subject} {predicate}" if with_speaker else f"{subject} {predicate}"
        rows.append({"id": str(index), "text": article(organisation, subject, predicate, city), "title": title})
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    return path


def headline(model: Path) -> str:
    text = article("وزارة الإسكان", "المشروع السكني", "يستهدف ثلاثة آلاف أسرة شابة", "جدة")
    digest = summarize_text(ExtractiveEngine(writer_model=model), text, build_options(Limits(), tasks=["headline"]))
    assert digest.headline is not None
    return digest.headline


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    folder = tmp_path_factory.mktemp("writer")
    trained = {}
    for with_speaker in (True, False):
        output = folder / f"speaker-{with_speaker}.json.gz"
        data = corpus(folder / f"speaker-{with_speaker}.jsonl", with_speaker)
        assert main(["headline-model", str(data), "-o", str(output), "--workers", "1"]) == 0
        trained[with_speaker] = output
    return trained


def test_the_house_style_of_the_archive_decides_the_headline(models: dict[bool, Path]) -> None:
    with_speaker, without_speaker = headline(models[True]), headline(models[False])
    assert with_speaker.startswith("وزارة الإسكان:"), with_speaker
    assert "وزارة الإسكان" not in without_speaker and without_speaker.startswith("المشروع السكني"), without_speaker


def test_a_trained_model_records_its_provenance_and_loads_as_a_file(models: dict[bool, Path],
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    model = load_writer_model(models[True])
    assert model.provenance["data"] == ["speaker-True.jsonl"] and model.provenance["titled"] >= 30
    assert model.provenance["records"] == model.provenance["titled"]
    assert model.weights and model.lexicon.keep_rate


def test_an_archive_without_titles_is_refused_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "untitled.jsonl"
    data.write_text(json.dumps({"id": "1", "text": article("وزارة النقل", "الخطة", "ستبدأ غدا", "تونس"),
                                "title": None}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["headline-model", str(data), "-o", str(tmp_path / "m.json"), "--workers", "1"]) == 2
    assert "nothing to learn from" in capsys.readouterr().err
