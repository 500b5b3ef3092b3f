"""The lexicon's verbs: editors' present forms, both genders, never a verb news prose uses in the passive."""

from __future__ import annotations

from dataclasses import replace

from training.writer.lexicon import LexiconCounts, build_lexicon, leave_one_out


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


def test_leaving_an_article_out_changes_its_keep_rates_and_nothing_else() -> None:
    counts = LexiconCounts()
    for number in range(12):
        counts.add([f"افتتح الوزير المعرض الدولي للكتاب رقم {number} في العاصمة."], f"الوزير يفتتح المعرض {number}")
    lexicon = replace(build_lexicon(counts), unfinished=frozenset({"وزير"}), transitive=frozenset({"افتتح"}))
    lead = "افتتح الوزير المعرض الدولي للكتاب رقم 3 في العاصمة."
    left_out = leave_one_out(lexicon, counts, lead, "الوزير يفتتح المعرض 3")
    assert left_out.keep_rate["الوزير"] < lexicon.keep_rate["الوزير"]  # its own headline kept «الوزير»
    assert left_out.unfinished == lexicon.unfinished and left_out.transitive == lexicon.transitive
    assert (left_out.verbs, left_out.frequency, left_out.plural_heads) == (
        lexicon.verbs, lexicon.frequency, lexicon.plural_heads)


def test_a_verb_whose_first_letter_reads_as_a_conjunction_is_learned_as_written() -> None:
    counts = LexiconCounts()
    for number in range(6):
        counts.add([f"وافقت اللجنة رقم {number} على الميزانية الجديدة للبلدية."], f"اللجنة توافق على الميزانية {number}")
        counts.add([f"وأعلنت الوزارة رقم {number} خطة جديدة للنقل العام."], f"الوزارة تعلن خطة جديدة {number}")
    verbs = build_lexicon(counts).verbs
    assert verbs.get("وافقت") == "توافق" and verbs.get("اعلنت") == "تعلن"


def test_the_prepositions_a_verb_goes_on_with_are_learned_against_sentences_at_large() -> None:
    counts = LexiconCounts()
    for number in range(40):
        counts.add([f"أعلنت الشركة رقم {number} عن خطة جديدة للتوسع في المدينة.",
                    f"قال المتحدث رقم {number} إن الاجتماع انتهى في موعده."], f"الشركة تعلن عن خطة {number}")
        counts.add([f"وصل الوفد رقم {number} إلى العاصمة صباح اليوم."], f"الوفد يصل إلى العاصمة {number}")
    lexicon = build_lexicon(counts)
    assert lexicon.verbs.get("اعلنت") == "تعلن" and lexicon.verbs.get("وصل") == "يصل"
    assert lexicon.verb_prepositions["اعلنت"] == {"عن"} and lexicon.verb_prepositions["وصل"] == {"الي"}
    assert "في" not in lexicon.verb_prepositions["اعلنت"]  # as common after any sentence's first word


def test_plurals_of_people_are_learned_from_the_verbs_that_follow_them_in_articles() -> None:
    counts = LexiconCounts()
    for number in range(10):
        counts.add([f"وقالت الشرطة رقم {number} إن عمال الإنقاذ يواصلون البحث عن ناجين تحت الأنقاض.",
                    f"وأكد البيان رقم {number} أن الدول الأعضاء تدعم الخطة وأن العمال يطالبون بالأجور.",
                    f"وذكر التقرير رقم {number} أن الآلاف يواصلون الاحتجاج والمحتج يطالب بالإصلاح.",
                    "والفريق يواصل عمله والنواب يدعمون جهوده."],  # the verbs' other numbers are words too
                   f"الشرطة تواصل البحث {number}")
    heads = build_lexicon(counts).plural_heads
    assert {"عمال", "العمال"} <= heads  # «عمال الإنقاذ يواصلون», not «يواصل»
    assert "الدول" not in heads  # «الدول الأعضاء تدعم»: a plural of things takes the feminine singular
    assert "الالاف" not in heads  # «الآلاف من المحتجين»: a quantity goes on with «من», never a head to move


def test_a_word_articles_never_end_a_clause_with_is_learned_as_unfinished() -> None:
    counts = LexiconCounts()
    for number in range(40):
        counts.add([f"قال المدرب رقم {number} إن اللاعب يرغب في البقاء مع الفريق الموسم المقبل.",
                    f"وأكد التقرير رقم {number} أن أسعار الخضار ترتفع، وأن الطلب يزداد."], None)
    unfinished = build_lexicon(counts).unfinished
    assert "يرغب" in unfinished  # always goes on with «في»
    assert "ترتفع" not in unfinished and "يزداد" not in unfinished  # they end clauses


def test_a_word_headlines_end_on_is_never_learned_as_unfinished_from_articles() -> None:
    counts = LexiconCounts()
    for number in range(40):
        counts.add([f"قال الخبير رقم {number} إن الأسعار تتراجع بسبب ضعف الطلب في الأسواق."],
                   f"الأسعار تتراجع {number}" if number % 2 else "الأسعار تتراجع")
    assert "تتراجع" not in build_lexicon(counts).unfinished


def test_the_deeds_editors_open_headlines_with_in_place_of_who_managed_them_are_learned() -> None:
    """«تمكنت الشرطة ... من حجز ...» → «حجز ...»: editors drop who managed a seizure, never who managed a win."""
    counts = LexiconCounts()
    for number in range(45):  # sentences enough to learn that «تمكن» goes on with «من» (`Lexicon.complements`)
        counts.add([f"تمكنت الشرطة في الحي رقم {number} من حجز كمية من البضائع المهربة."], f"حجز بضائع مهربة {number}")
        counts.add([f"تمكن الفريق رقم {number} من الفوز بالمباراة بهدفين."], f"الفريق {number} يفوز بالمباراة")
        counts.add([f"قال المتحدث رقم {number} إن الاجتماع انتهى في موعده."], f"المتحدث: الاجتماع انتهى {number}")
    lexicon = build_lexicon(counts)
    assert lexicon.complements.get("تمكنت") == "من" and lexicon.complements.get("تمكن") == "من"
    assert lexicon.event_nouns == {"حجز"}
