"""Quotation marks and brackets in what the writer outputs: the pairs kept, the stray ones dropped. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from service.engines.writer.marks import unbalanced_pairs, unglue, without_unbalanced


@pytest.mark.parametrize("text, expected", [
    ('قال مسؤول ل "الصحيفة" إن "الخطة ستنفذ', 'قال مسؤول ل "الصحيفة" إن الخطة ستنفذ'),
    ("أعلنت وكالة «الأنباء» أن «المشروع", "أعلنت وكالة «الأنباء» أن المشروع"),
    ("المصنع) يفتتح الشهر المقبل (في المدينة", "المصنع يفتتح الشهر المقبل في المدينة"),
    ('الوزير " يزور "المعرض" اليوم', "الوزير  يزور المعرض اليوم"),  # which quotes pair is unsure: all go
])
def test_only_the_marks_that_do_not_pair_are_dropped(text: str, expected: str) -> None:
    assert without_unbalanced(text) == expected
    assert not unbalanced_pairs(without_unbalanced(text))


def test_balanced_text_is_left_as_it_is() -> None:
    text = 'افتتح الوزير معرض "الكتاب" في مركز «المعارض» (الجديد)'
    assert without_unbalanced(text) == text


@pytest.mark.parametrize("glued, apart", [
    ("أحبط رجال الجمارك بمنفذ الحدود,عملية تهريب", "أحبط رجال الجمارك بمنفذ الحدود, عملية تهريب"),  # a comma
    ('قال المدير، سامي العلي،" ليس هناك حاجة إلى ذلك"', 'قال المدير، سامي العلي، "ليس هناك حاجة إلى ذلك"'),
])
def test_a_mark_glued_between_two_words_separates_them(glued: str, apart: str) -> None:
    """A comma written without a space ends the word before it; a quote glued after a comma opens on the next
    word, so what was said is read as a quotation."""
    assert unglue(glued) == apart


@pytest.mark.parametrize("text", ["بلغت القيمة 1,6 مليار دولار", 'أعرب عن "بالغ القلق،" ذاكرا الحادثة'])
def test_a_number_and_a_closing_quote_are_left_as_written(text: str) -> None:
    assert unglue(text) == text
