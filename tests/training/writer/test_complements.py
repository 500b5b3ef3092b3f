"""Which preposition a verb's clause goes on with, learned from an archive's sentences: also «ب» glued to a word
(not a word that merely opens with «ب»), and for both genders of a verb ending in a long vowel; which preposition
a word of the articles goes on with. Sentences written for these tests."""

from __future__ import annotations

from training.writer.lexicon import LexiconCounts, build_lexicon

MANY = 60  # sentences per verb: above the evidence the learner asks for


def _archive() -> LexiconCounts:
    counts = LexiconCounts()
    for number in range(MANY):
        counts.add([f"طالب المحتجون رقم {number} بالإفراج الفوري لزملائهم المعتقلين.",
                    f"نشر الموقع رقم {number} بيانات جديدة تخص حركة السفن.",
                    f"دعا المجلس البلدي رقم {number} السكان إلى ترشيد استهلاك المياه.",
                    f"وقال الخبير إن البيانات رقم {number} دقيقة والتقرير كامل."], None)
        for other in ("المسؤول", "الوزير"):  # «الإفراج» is a word of its own, in more articles
            counts.add([f"وأكد {other} أن الإفراج عن المعتقلين رقم {number} قريب."], None)
    for number in range(6):  # too few of its own: the feminine takes what its masculine goes on with
        counts.add([f"دعت الجمعية رقم {number} الأعضاء إلى حضور الاجتماع السنوي."], None)
    return counts


def test_a_complement_of_ba_glued_to_a_word_is_learned_and_a_word_opening_with_ba_is_not() -> None:
    complements = build_lexicon(_archive()).complements
    assert complements.get("طالب") == "ب"  # «بالإفراج» is «ب» + «الإفراج», a word of its own in the archive
    assert "نشر" not in complements  # «بيانات» is a word, no «ب» glued to «يانات»


def test_the_feminine_of_a_verb_ending_in_a_long_vowel_takes_its_complement() -> None:
    complements = build_lexicon(_archive()).complements
    assert complements.get("دعا") == "الي" and complements.get("دعت") == "الي"  # «دعا» → «دعت», not «دعات»


def test_a_word_that_goes_on_with_one_preposition_is_learned_and_one_that_ends_its_phrase_is_not() -> None:
    counts = LexiconCounts()
    for number in range(MANY):
        counts.add([f"وطالبت الأسر رقم {number} بالإفراج عن أبنائها قبل العيد.",
                    f"حذر الخبراء رقم {number} من تراجع المبيعات، في الأسواق المحلية."], None)  # «المبيعات،» ends
    governs = build_lexicon(counts).governs
    assert governs.get("بالافراج") == "عن"
    assert "المبيعات" not in governs and "تراجع" not in governs  # a comma between; no preposition right after
