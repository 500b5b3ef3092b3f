import pytest
from rouge_score import rouge_scorer

from training.metrics import rouge

HEADLINE = "البنك المركزي يرفع سعر الفائدة لكبح التضخم"


def test_identical_arabic_strings_score_100_where_the_common_scorer_gives_0() -> None:
    common = rouge_scorer.RougeScorer(["rouge1", "rougeL"]).score(HEADLINE, HEADLINE)
    assert common["rouge1"].fmeasure == 0.0 and common["rougeL"].fmeasure == 0.0
    ours = rouge(HEADLINE, HEADLINE)
    assert (ours.rouge1, ours.rouge2, ours.rougeL) == (100.0, 100.0, 100.0)


def test_partial_overlap() -> None:
    scores = rouge("البنك المركزي يرفع سعر الفائدة", "البنك المركزي يخفض سعر الفائدة")
    assert scores.rouge1 == pytest.approx(80.0)
    assert scores.rouge2 == pytest.approx(50.0)
    assert scores.rougeL == pytest.approx(80.0)


def test_orthographic_variants_match_after_folding() -> None:
    assert rouge("إلى المدرسة الكبرى", "الى المدرسه الكبري").rougeL == 100.0


def test_stemmer_matches_inflections_the_plain_score_misses() -> None:
    reference, prediction = "الحكومة تفتتح المدارس الجديدة", "حكومة تفتتح مدارس جديدة"
    assert rouge(reference, prediction).rouge1 < 50
    assert rouge(reference, prediction, stem=True).rouge1 == 100.0


def test_empty_prediction_scores_0() -> None:
    assert rouge(HEADLINE, "").rougeL == 0.0
