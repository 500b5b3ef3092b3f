"""A speaker's own act stated as headlines state it («أعلنت الشركة أنها افتتحت ...» → «الشركة تفتتح ...»), and
never where the pronoun may be another's, the matter's, or the act a claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.service.engines.writer.test_meaning import all_outputs


def test_a_speakers_past_act_is_stated_with_the_speaker_first_in_the_present() -> None:
    lines = all_outputs("أعلنت الشركة أنها افتتحت مصنعا جديدا في المدينة الصناعية شرق البلاد.")
    assert "الشركة تفتتح مصنعا جديدا" in lines, lines


def test_a_negated_or_future_verb_is_kept_as_written() -> None:
    assert "المدرب لن يغادر النادي قبل نهاية الموسم المقبل" in all_outputs(
        "أكد المدرب أنه لن يغادر النادي قبل نهاية الموسم المقبل.")
    assert "النقابة ستنظم إضرابا عاما" in all_outputs("قالت النقابة إنها ستنظم إضرابا عاما الأسبوع المقبل.")


@pytest.mark.parametrize("sentence, stated", [
    ("قالت الشرطة إنه أطلق ثلاث رصاصات على المارة.", "الشرطة يطلق"),  # «إنه»: not the police
    ("قال شهود عيان إنه أطلق ثلاث رصاصات على المارة.", "عيان يطلق"),  # unnamed speakers
    ("قال المسؤولون إنه سيزور مدينة حلب الأسبوع المقبل.", "المسؤولون سيزور"),  # a singular pronoun, plural speakers
    ("قال الوزير إنه تم الاتفاق على موعد الانتخابات البلدية.", "الوزير تم"),  # the matter's «إنه»
    ("قال المدير إنه ارتفع عدد المصابين إلى عشرة أشخاص.", "المدير يرتفع"),  # «عدد»: the verb's subject
    ("أوضح المتحدث باسم الدفاع المدني أنه وقع انهيار صخري في الجبل.", "المدني يوقع"),  # what happened
    ("قال الوزير إنه أمر مؤسف أن تتأخر الانتخابات البلدية.", "الوزير يأمر"),  # «أمر»: a matter, not «ordered»
    ("زعم الرجل أنه يملك وثائق سرية عن الصفقة.", "الرجل يملك"),  # a claim stays his claim
    ("اعترف اللاعب بأنه يتناول منشطات قبل المباريات.", "اللاعب يتناول"),  # an admission stays his
    ("قالت الشركة العام الماضي إنها تواجه أزمة في السيولة.", "الماضي تواجه"),  # a time is no part of the speaker
])
def test_no_act_is_stated_as_the_speakers_when_it_may_not_be(sentence: str, stated: str) -> None:
    lines = all_outputs(sentence)
    assert lines and not any(stated in line for line in lines), lines
