"""Constrained decoding (`constrain_numbers`): neither neural engine writes a digit the article does not have."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from service.engines.constraints import NumberPieces, digit_parts
from service.engines.ct2 import CTranslate2Engine, convert_bundle
from service.engines.seq2seq import Seq2SeqEngine
from service.errors import BadOptionError
from service.options import Limits, build_options
from service.pipeline import summarize_texts
from training.random_bundle import build_random_bundle

# Written for these tests: sentences full of numbers, so that the tokenizer has many digit pieces.
NUMBER_SENTENCES = [
    "ارتفع المؤشر العام 15 نقطة في جلسة اليوم ليغلق عند 2018 نقطة.",
    "بلغ عدد الزوار 350 ألف زائر خلال 7 أيام بزيادة 12% عن العام الماضي.",
    "سجلت الشركة أرباحا بقيمة 4.5 مليون دولار في الربع الثالث من عام 2023.",
    "وصل 90 لاعبا من 24 دولة للمشاركة في البطولة التي تستمر 10 أيام.",
    "قال الوزير إن 60 في المئة من المشاريع اكتملت وإن 40 مشروعا آخر قيد التنفيذ.",
    "انخفضت أسعار النفط 3 دولارات إلى 81 دولارا للبرميل.",
]
ARTICLES = [
    "أعلنت البلدية افتتاح حديقة جديدة تضم 15 ملعبا للأطفال في وسط المدينة.\n"
    "وقال رئيس البلدية إن الحديقة ستستقبل الزوار يوميا من الصباح حتى المساء.\nوتبلغ مساحة الحديقة نحو عشرين هكتارا.",
    "وقعت الحكومة عقدا لبناء 40 مدرسة جديدة في المناطق الريفية قبل نهاية العام.\n"
    "وقال وزير التعليم إن المدارس ستستوعب آلاف الطلاب وتخفف الاكتظاظ في الفصول.",
]
DIGITS = re.compile(r"[0-9]+")


@pytest.fixture(scope="module")
def number_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_random_bundle(tmp_path_factory.mktemp("numbers") / "bundle", NUMBER_SENTENCES * 4, sp_vocab_size=300)


def digits_written(digests: list) -> list[str]:  # noqa: ANN001
    texts = [text for digest in digests for text in [digest.headline, *digest.bullets, digest.summary]]
    return [run for text in texts for run in DIGITS.findall(text)]


def outputs_with_and_without(engine: object) -> tuple[list[str], list[str]]:
    free = summarize_texts(engine, ARTICLES, build_options(Limits()))  # type: ignore[arg-type]
    constrained = summarize_texts(engine, ARTICLES, build_options(Limits(), decoding={"constrain_numbers": True}))
    allowed = digit_parts("\n".join(ARTICLES))
    bad_free = [run for run in digits_written(free) if run not in allowed]
    bad_constrained = [run for digest, text in zip(constrained, ARTICLES)
                       for run in digits_written([digest]) if run not in digit_parts(text)]
    return bad_free, bad_constrained


def test_the_pieces_of_numbers_the_article_writes_stay_allowed(number_bundle: Path) -> None:
    tokenizer = Seq2SeqEngine(number_bundle, threads=1).tokenizer
    pieces = NumberPieces(tokenizer)
    writing = {piece: DIGITS.findall(piece) for piece in tokenizer.convert_ids_to_tokens([i for i, _ in pieces.pieces])}
    banned = set(tokenizer.convert_ids_to_tokens(pieces.banned_ids("بلغ العدد 15 شخصا")))
    allowed = set(writing) - banned
    assert allowed and banned
    assert all(set(writing[piece]) <= {"1", "5", "15"} for piece in allowed)
    assert all(not set(writing[piece]) <= {"1", "5", "15"} for piece in banned)


def test_seq2seq_writes_no_digit_the_article_lacks(number_bundle: Path) -> None:
    bad_free, bad_constrained = outputs_with_and_without(Seq2SeqEngine(number_bundle, threads=1))
    assert bad_free  # the random model does invent digits...
    assert bad_constrained == []  # ...and cannot when they are banned


def test_ctranslate2_writes_no_digit_the_article_lacks(number_bundle: Path, tmp_path: Path) -> None:
    copy = Path(shutil.copytree(number_bundle, tmp_path / "bundle"))
    convert_bundle(copy, quantization="float32")
    bad_free, bad_constrained = outputs_with_and_without(CTranslate2Engine(copy, threads=1))
    assert bad_free and bad_constrained == []


def test_the_option_must_be_a_boolean() -> None:
    with pytest.raises(BadOptionError, match="constrain_numbers must be true or false"):
        build_options(Limits(), decoding={"constrain_numbers": "yes"})
