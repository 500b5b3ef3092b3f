"""A verb keeps what it takes: its object, also after a time, a bracket or a phrase between commas, and no run
drops it; what describes a subject is no object; the preposition its clause goes on with (`Lexicon.complements`),
also «ب» glued to a word, past a time, and not a place that comes first; no output ends on a word before the
preposition it goes on with (`Lexicon.governs`). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service.engines.writer.subject import find_subject_first
from service.engines.writer.chunks import chunk_sentence
from tests.service.engines.writer.test_meaning import LEXICON, all_outputs, outputs_with


def test_a_verb_that_takes_an_object_keeps_more_than_its_subject() -> None:
    sentence = "بدأ المرشح لرئاسة النادي مساعد سالم في تشكيل مجلس إدارته الجديد قبل انعقاد الجمعية العمومية."
    without = outputs_with(replace(LEXICON, transitive=frozenset()), sentence)
    assert any(line.endswith("مساعد سالم") for line in without)
    with_object = outputs_with(replace(LEXICON, transitive=frozenset({"بدا"})), sentence)
    assert with_object and not any(line.endswith("مساعد سالم") for line in with_object), with_object


@pytest.mark.parametrize(("sentence", "object_word"), [
    ("نفذت البلدية، بالتعاون مع الجامعة، مبادرة لتشجير أحياء المدينة القديمة.", "مبادرة"),
    ("تنفذ كلية الهندسة، بالتعاون مع البلدية، برنامجا تدريبيا صيفيا لطلاب السنة الأولى.", "برنامجا"),  # present
    ("نظم النادي، بحضور المحافظ، والأعضاء، حفلا لتكريم اللاعبين القدامى.", "حفلا"),  # the phrase's list goes on
    ("نشرت الصحيفة البريطانية، تقريرا مطولا عن الأزمة، تضمن أرقاما جديدة حول البطالة.", "تقريرا"),  # after a comma
    # after whose view it is, the object a word alone before its «ل» phrase
    ("ويشكل المعرض، بحسب المنظمين، حدثاً للصناعة يجمع كبار الشركات من أنحاء العالم، لعرض أحدث المنتجات على الزوار.",
     "حدثاً"),
])
def test_a_verb_keeps_its_object_after_a_phrase_between_commas(sentence: str, object_word: str) -> None:
    lines = all_outputs(sentence)
    assert lines and all(object_word in line for line in lines), lines


def test_the_object_of_alqa_alqabd_after_a_time_is_never_dropped() -> None:
    lines = all_outputs("ألقت فرقة الأبحاث بالمدينة يوم أمس الجمعة، القبض على شاب عمره 25 سنة، بشبهة الانتماء "
                        "إلى عصابة للسرقة.")
    assert lines and all("القبض على شاب" in line for line in lines), lines


def test_what_describes_a_bracketed_person_is_not_taken_for_the_object() -> None:
    lines = all_outputs("استقبل الرئيس سامي العلي (70 عاما)، المعروف بخبرته الطويلة، وفدا من رجال الأعمال "
                        "في القصر.")
    assert any(line.endswith("(70 عاما)") for line in lines), lines  # «المعروف ...» is not required as one


def test_a_phrase_between_commas_and_what_follows_it_is_no_object() -> None:
    lines = all_outputs("نظم النادي، بحضور المحافظ، وتحدث الرئيس عن تاريخ النادي.")
    assert "نظم النادي، بحضور المحافظ" in lines, lines


def test_an_object_between_commas_after_a_time_word_is_never_dropped() -> None:
    lines = all_outputs("أعلن الرئيس، الثلاثاء، طرد القائم بالأعمال الأجنبي في العاصمة، أعلى دبلوماسي في البلاد، "
                        "بعد فرض عقوبات جديدة على بلاده.")
    assert lines and all("طرد" in line for line in lines if "دبلوماسي" in line), lines


@pytest.mark.parametrize(("sentence", "verb", "preposition", "complement"), [
    # «ب» glued to a word opens the complement
    ("طالب المحتجون أمام مبنى البلدية أمس بالإفراج عن زملائهم المعتقلين منذ أسبوع.", "طالب", "ب", "بالإفراج"),
    # a time between commas does not count towards the words within which it is sought
    ("دعا وزير الخارجية الكندي جون سميث، الأربعاء، رئيس الوزراء الأسترالي الجديد بيتر براون إلى زيارة رسمية.",
     "دعا", "الي", "إلى زيارة"),
    # a place that «في» gives first is not what the verb goes on with
    ("تسببت الأمطار الغزيرة مرة أخرى في الصين في فيضانات واسعة أغرقت مئات المنازل.", "تسببت", "في", "في فيضانات"),
    # nor a «ب» phrase glued to a phrase between commas
    ("وصف الوزير، على هامش افتتاحه المعرض بقاعة المؤتمرات بالعاصمة، الوضع الأمني بالمستقر.", "وصف", "ب",
     "بالمستقر"),
])
def test_a_verb_keeps_the_preposition_its_clause_goes_on_with(sentence: str, verb: str, preposition: str,
                                                               complement: str) -> None:
    assert any(complement not in line for line in outputs_with(replace(LEXICON, complements={}), sentence))
    lines = outputs_with(replace(LEXICON, complements={verb: preposition}), sentence)
    assert lines and all(complement in line for line in lines), lines


def test_a_body_named_with_li_goes_first_when_the_verbs_ila_follows_it() -> None:
    lexicon = replace(LEXICON, complements={"دعت": "الي", "انضم": "الي"})
    found = find_subject_first(chunk_sentence("دعت الهيئة الوطنية للدواء والغذاء إلى سحب دواء مغشوش من الصيدليات."),
                               0, lexicon)
    assert found is not None and found.subject_end == 5
    # «ل» after the body may say where to, as «إلى» would: the subject's end is unsure
    assert find_subject_first(chunk_sentence("انضم صندوق النقد الدولي لموجة الانتقادات الموجهة للحكومة."), 0,
                              lexicon) is None


@pytest.mark.parametrize(("sentence", "cut"), [
    ("هدد الوزير بفرض عقوبات جديدة على الشركة حتى الإفراج عن جميع العمال المحتجزين في الميناء.", "حتى الإفراج"),
    ("أعلن فريق من الباحثين في جامعة القاهرة أنهم تمكنوا من تطوير لقاح جديد ضد الملاريا.", "أنهم تمكنوا"),
])
def test_no_output_ends_on_a_word_before_the_preposition_it_goes_on_with(sentence: str, cut: str) -> None:
    assert any(line.endswith(cut) for line in outputs_with(replace(LEXICON, governs={}), sentence))
    lines = outputs_with(LEXICON, sentence)  # the shipped lexicon: «الإفراج» → «عن», «تمكنوا» → «من»
    assert lines and not any(line.endswith(cut) for line in lines), lines


def test_a_name_ending_in_alif_after_the_verb_is_not_taken_for_its_object() -> None:
    lines = all_outputs("يكشف الرئيس الأمريكي باراك أوباما اليوم خطة واسعة لخفض انبعاثات الغازات في المصانع.")
    assert lines and all("خطة واسعة" in line for line in lines), lines  # «أوباما» is no «اجتماعا»


def test_what_a_verb_takes_after_a_time_is_kept_whatever_the_verb() -> None:
    """«دعت الإدارة | اليوم | مستعملي الطرقات ...»: the clause goes on after the time with whom it called on."""
    lines = all_outputs("دعت الإدارة العامة للحماية المدنية اليوم مستعملي الطرقات لتوخي الحذر بسبب الأمطار.")
    assert lines and all("مستعملي الطرقات" in line for line in lines), lines


def test_the_party_a_deputy_sits_for_is_not_what_he_expressed() -> None:
    """«أعرب النائب ... عن حزب العمل» says whose deputy; what he expressed is the second «عن»."""
    lines = all_outputs("وأعرب النائب سامي الكامل عن حزب العمل، في تصريح اليوم الأحد لإذاعة محلية، عن أمله في إقرار "
                        "القانون قريبا.")
    assert lines and all("عن أمله" in line for line in lines), lines


def test_a_verb_alone_in_its_chunk_keeps_its_subject_after_a_place_and_a_time() -> None:
    """«تتواصل في العاصمة منذ أمس» says nothing of what goes on: the subject comes after the place and the time."""
    lines = all_outputs("تتواصل في العاصمة الموريتانية نواكشوط منذ أمس الأربعاء، فعاليات المؤتمر الاستثماري الأول.")
    assert lines and all("فعاليات المؤتمر" in line for line in lines), lines


def test_what_a_place_or_an_event_witnessed_is_never_left_out() -> None:
    """«تشهد مدينة الجم ...» says nothing before what it witnesses («حالة من الاحتقان»), whatever the archive
    knows of «شهد»."""
    lines = all_outputs("تشهد مدينة الجم من ولاية المهدية منذ صباح اليوم السبت حالة من الاحتقان الشديد.")
    assert lines and all("حالة من الاحتقان" in line for line in lines), lines


def test_a_light_verb_finds_its_complement_past_a_long_subject_and_the_phrases_of_how() -> None:
    outputs = all_outputs("تمكنت صباح اليوم، وحدات الحرس البحري بالميناء الشمالي من ولاية المنستير، وبالتنسيق مع "
                          "فرقة الأبحاث بالمدينة من حجز ثلاثة أطنان من السجائر المهربة.")
    assert outputs and all("حجز ثلاثة أطنان" in line for line in outputs), outputs  # also as the deed alone
    assert any("صباح اليوم" not in line and "وبالتنسيق" not in line and "المنستير من حجز" in line
               for line in outputs), outputs


def test_a_from_phrase_completing_the_noun_before_it_is_no_complement() -> None:
    outputs = all_outputs("تمكنت دورية الحرس أثناء تفتيش شاحنة قادمة من المصنع من حجز كمية من الأدوية المهربة.")
    assert outputs and all("حجز كمية" in line for line in outputs), outputs
    assert not any("دورية الحرس من المصنع" in line for line in outputs), outputs


def test_a_verbal_noun_with_hamza_after_from_is_the_complement_and_no_place() -> None:
    outputs = all_outputs("تمكنت الوحدات الأمنية بالمدينة، بالقرب من الحدود الغربية، من إلقاء القبض على ثلاثة مهربين.")
    assert outputs and all("من إلقاء القبض" in line for line in outputs), outputs
    assert any("بالقرب" not in line for line in outputs), outputs


def test_the_time_right_before_a_complement_may_go_but_never_after_a_bare_preposition() -> None:
    outputs = all_outputs("أقدم شاب يعمل في مصنع للنسيج بالمدينة عشية اليوم الخميس على إضرام النار في سيارته.")
    assert any(line.startswith("أقدم شاب يعمل في مصنع للنسيج بالمدينة على إضرام") for line in outputs), outputs
    outputs = all_outputs("وصل الإعصار في ساعة مبكرة من صباح اليوم إلى السواحل الشرقية للبلاد.")
    assert outputs and not any("من إلى" in line for line in outputs), outputs


def test_the_day_before_yesterday_is_dropped_whole() -> None:
    outputs = all_outputs("استضافت جريدة الأخبار أول أمس وفدا إعلاميا من الجزائر في مقرها بالعاصمة.")
    assert any("أمس" not in line for line in outputs), outputs
    assert not any("أول" in line and "أمس" not in line for line in outputs), outputs


def test_a_verb_keeps_its_complement_opening_with_a_demonstrative() -> None:
    outputs = all_outputs("ورحب وزير الخارجية، سامي الكامل، بهذه الخطوة، قائلا إنها تخدم مصلحة البلدين.")
    assert outputs and all("بهذه الخطوة" in line for line in outputs), outputs


def test_a_circumstance_between_commas_is_not_the_verbs_object() -> None:
    """«سجل اللاعب، وعمره 19 عاما، الهدف الرابع»: his age is not what he scored; no output stops after it."""
    lines = all_outputs("وسجل اللاعب الشاب، وعمره 19 عاما، الهدف الرابع لمنتخب بلاده في المباراة النهائية أمام ضيفه.")
    assert lines and all("الهدف الرابع" in line for line in lines), lines


def test_a_light_verbs_object_after_a_time_may_be_a_verbal_noun() -> None:
    """«شهدت ساحات المدينة، أمس، | تدفق السيارات»: «تدفق» reads as a verb too, but «شهدت» has to have its object;
    «شهدت ساحات المدينة في بريدة» says nothing of what they saw."""
    lines = all_outputs("شهدت ساحات سوق التمور في بريدة، أمس، تدفق عدد كبير من سيارات المزارعين المحملة بالتمور.")
    assert lines and all("تدفق" in line for line in lines), lines


def test_where_a_place_lies_between_commas_is_no_object() -> None:
    """«تشهد المدينة ...، | جنوب شرقي البلاد، | حالة من الاستنفار»: where it lies is not what it sees."""
    lines = all_outputs("تشهد مدينة الساحل عاصمة المحافظة الشرقية، جنوب شرقي البلاد، حالة من الاستنفار الأمني منذ أيام.")
    assert lines and all("حالة من الاستنفار" in line for line in lines), lines


def test_a_verb_keeps_its_complement_past_a_relative_clause_on_its_subject() -> None:
    outputs = all_outputs("نددت منظمة الإغاثة التي تعمل في إنقاذ المهاجرين في البحر المتوسط منذ سنوات السبت بما اعتبرته "
                          "تقصيرا أوروبيا.")
    assert outputs and all("بما اعتبرته" in line for line in outputs), outputs


def test_a_light_verb_keeps_its_complement_glued_inside_a_phrase_of_where() -> None:
    outputs = all_outputs("قامت مجموعة المستشفيات الخاصة في جميع فروعها في الرياض وجدة والدمام بمعايدة مرضاها بمناسبة العيد.")
    assert outputs and all("بمعايدة" in line for line in outputs), outputs


def test_a_transitive_verb_keeps_its_object_past_a_players_title_between_commas() -> None:
    """«، لاعب نادي الأمل المتوج بطلا ...،» describes the subject: its «بطلا» is no object of «دخل», and the
    object after it stays; «كما أعلن ...» is a clause of its own that an output may end before."""
    lines = all_outputs("دخل المهاجم سامي الكامل، لاعب نادي الأمل المتوج بطلا للدوري المحلي في كرة القدم، سجل الأرقام "
                        "القياسية كما أعلن الاتحاد الأحد.")
    assert lines and all("سجل الأرقام القياسية" in line for line in lines), lines
    assert "دخل المهاجم سامي الكامل سجل الأرقام القياسية" in lines, lines


def test_an_object_after_the_phrase_the_verb_puts_first_is_kept() -> None:
    """«خصص الرئيس حينها | للضيف الأمريكي استقبالا رسميا»: an indefinite noun and its adjective in the accusative,
    after a phrase of for whom, are what he gave; «خصص الرئيس المصري حينها» says nothing."""
    lines = all_outputs("وخصص الرئيس المصري حينها للضيف الأمريكي استقبالا رسميا، وأقام له مأدبة عشاء في القصر.")
    assert lines and all("استقبالا رسميا" in line for line in lines), lines


def test_the_object_of_another_clause_after_and_is_not_the_first_verbs() -> None:
    """«ويعد الميناء ثاني أكبر الموانئ ... | ويقع ... ويحتل موقعا استراتيجيا»: the object is «يحتل»'s."""
    lines = all_outputs("ويعد الميناء ثاني أكبر الموانئ في البلاد بعد ميناء عدن ويقع على ساحل البحر الأحمر ويحتل "
                        "موقعا استراتيجيا قرب خطوط الملاحة.")
    assert "يعد الميناء ثاني أكبر الموانئ في البلاد" in lines, lines


def test_how_far_a_verb_of_change_went_is_kept_when_it_is_a_number() -> None:
    """«ارتفعت حصيلة ضحايا السيول ...، الأحد، | إلى 45 قتيلا»: the toll rose to a number, which is the news;
    «ارتفعت حصيلة ضحايا السيول في شمال البلاد» alone says nothing of it."""
    lines = all_outputs("ارتفعت حصيلة ضحايا السيول في شمال البلاد، الأحد، إلى 45 قتيلا، بحسب وزارة الداخلية.")
    assert lines and all("إلى 45 قتيلا" in line for line in lines), lines


# What a verb needs past its subject, kept in every output: the sentence, and the words
KEPT_PAST_THE_SUBJECT = [
    # «من أن ...» is what was warned of, even after a surname that is also a common noun («سلام»)
    pytest.param("وحذر مصدر مقرب من وزير المالية خالد سلام من أن تأخر الميزانية سيؤدي إلى أزمة في رواتب الموظفين هذا "
                 "العام.", "من أن تأخر الميزانية", id="from-that-clause"),
    # «دعا ... المعلمين | للمشاركة ...»: «دعا» goes on with «إلى», here written «ل»
    pytest.param("دعا مدير التعليم في المحافظة جميع المعلمين الجدد للمشاركة في برنامج التدريب الصيفي.", "للمشاركة",
                 id="to-written-li"),
    # «استنكرت الوزارة على لسان ...، ما اعتبرته ...»: the «ما» clause is what it denounced
    pytest.param("استنكرت وزارة الخارجية على لسان المتحدث باسمها سامي الكامل، ما اعتبرته تدخلا في شؤون البلاد "
                 "الداخلية.", "ما اعتبرته تدخلا", id="what-after-who-spoke"),
    # «انتقلت | إلى الله تعالى | أمس | والدة ...»: without «والدة ...» nobody died
    pytest.param("انتقلت إلى الله تعالى أمس الخميس والدة مدير شرطة محافظة جدة العميد سامي الكامل.", "والدة مدير",
                 id="subject-after-complement-and-time"),
]


@pytest.mark.parametrize(("sentence", "kept"), KEPT_PAST_THE_SUBJECT)
def test_what_a_verb_needs_past_its_subject_is_in_every_output(sentence: str, kept: str) -> None:
    outputs = all_outputs(sentence)
    assert outputs and all(kept in line for line in outputs), outputs
