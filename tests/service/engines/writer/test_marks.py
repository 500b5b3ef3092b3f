"""Quotation marks and brackets in what the writer outputs: the pairs kept, the stray ones dropped. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from service.engines.writer.marks import unbalanced_pairs, without_unbalanced


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
