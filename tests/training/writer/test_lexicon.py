"""The lexicon's verbs: editors' present forms, both genders, never a verb news prose uses in the passive."""

from __future__ import annotations

from training.writer.lexicon import LexiconCounts, build_lexicon


def test_a_passive_prone_verb_is_left_out_in_both_genders() -> None:
    counts = LexiconCounts()
    for past, present in (("حذرت", "تحذر"), ("قتلت", "تقتل")):
        counts.first_words[past] = 20
        counts.verb_evidence[past][present] = 10
    verbs = build_lexicon(counts).verbs
    assert verbs.get("حذرت") == "تحذر" and verbs.get("حذر") == "يحذر"
    assert "قتلت" not in verbs and "قتل" not in verbs  # «قتل عنصران» is passive: never «عنصران يقتل»


def test_verbs_whose_headlines_name_an_object_are_learned_as_transitive() -> None:
    counts = LexiconCounts()
    for number in range(6):
        counts.add([f"بدأ المدرب رقم {number} في تشكيل الفريق الجديد قبل الموسم."], f"المدرب يبدأ تشكيل الفريق {number}")
        counts.add([f"فاز المنتخب رقم {number} على ضيفه بهدفين في المباراة الودية."], f"المنتخب يفوز على ضيفه {number}")
    lexicon = build_lexicon(counts)
    assert lexicon.verbs.get("بدا") == "يبدأ" and lexicon.verbs.get("فاز") == "يفوز"
    assert "بدا" in lexicon.transitive and "فاز" not in lexicon.transitive
