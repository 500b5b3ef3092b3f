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
