import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.text import arabic_ratio, fold_for_metrics, fold_word, metric_tokens, normalize_for_metrics, normalize_for_model


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الســـلام عليكم", "السلام عليكم"),  # tatweel
        ("\u200fمرحبا\u200e بكم\u202b", "مرحبا بكم"),  # bidi marks
        ("خبر\t\t  عاجل", "خبر عاجل"),  # horizontal whitespace
        ("سطر أول\r\n\r\n\r\n\r\nسطر ثان", "سطر أول\n\nسطر ثان"),  # line endings, blank lines
        ("ﻻ بد", "لا بد"),  # presentation form -> NFKC letters
        ("مُحَمَّدٌ", "مُحَمَّدٌ"),  # model input keeps diacritics
        ("  \n نص \n ", "نص"),
        # separators separate: never glue the words on either side
        ("سطر\x0bجديد", "سطر\nجديد"),  # VT: a word processor's manual line break
        ("صفحة\x0cتالية", "صفحة\nتالية"),  # FF
        ("سطر\x85تال", "سطر\nتال"),  # NEL
        ("أ\x1cب\x1dج\x1eد", "أ\nب\nج\nد"),  # information separators
        ("فقرة\u2028سطر\u2029فقرة", "فقرة\nسطر\nفقرة"),  # Unicode line and paragraph separators
        ("كلمة\x1fكلمة\x00كلمة\x1aكلمة", "كلمة كلمة كلمة كلمة"),  # unit separator, NUL, SUB
        ("كلمة\u200bكلمة", "كلمة كلمة"),  # zero-width space between words
        ("البيت الأبيض\u200b، وقال", "البيت الأبيض، وقال"),  # ... and before punctuation it just goes
    ],
)
def test_normalize_for_model(raw: str, expected: str) -> None:
    assert normalize_for_model(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("إِلى المدرسةِ", "الي المدرسه"),
        ("أحمد وآمال", "احمد وامال"),
        ("مستشفى الجامعة", "مستشفي الجامعه"),
        ("عام ٢٠٢٤", "عام 2024"),
    ],
)
def test_normalize_for_metrics_folds_forms(raw: str, expected: str) -> None:
    assert normalize_for_metrics(raw) == expected


def test_metric_tokens_keep_arabic_and_digits() -> None:
    assert metric_tokens("ارتفع المؤشر، 3 نقاط!") == ["ارتفع", "المؤشر", "3", "نقاط"]


def test_arabic_ratio() -> None:
    assert arabic_ratio("قمة G20") == pytest.approx(0.75)
    assert arabic_ratio("12345") == 0.0


@given(st.text())
def test_model_normalisation_is_idempotent(text: str) -> None:
    once = normalize_for_model(text)
    assert normalize_for_model(once) == once


@given(st.text())
def test_metric_normalisation_is_idempotent(text: str) -> None:
    once = normalize_for_metrics(text)
    assert normalize_for_metrics(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from("0123456789 ٪%.،"),
               max_size=40))
def test_the_word_fold_is_the_metric_fold(text: str) -> None:
    assert fold_word(text) == fold_for_metrics(text)
