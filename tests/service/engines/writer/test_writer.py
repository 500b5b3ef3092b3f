"""What the writer writes with the shipped model, on texts written for these tests: headline-style openings,
no scene-setting opener, both people of a meeting named, bullets that are statements."""

from __future__ import annotations

import pytest

from service.engines.extractive import ExtractiveEngine
from service.engines.writer import ArticleWriter, WriterModel, load_writer_model
from service.engines.writer.writer import HEADLINE_MAX_WORDS, OVERLONG_COST
from service.options import Limits, build_options
from service.pipeline import summarize_text
from tests.service.engines.writer.test_meaning import all_outputs

ENGINE = ExtractiveEngine()
MODEL = load_writer_model()
MEETING_PAGE = """\
في ظل أوضاع إقليمية متوترة، شكل اللقاء الذي جمع الرئيس الجزائري عبد المجيد تبون بوزير الخارجية الإسباني خوسيه \
مانويل ألباريس محور اهتمام وسائل الإعلام في البلدين.
وبحث الجانبان سبل تعزيز التعاون في مجالات الطاقة والهجرة والأمن، وأكد الرئيس تبون حرص بلاده على علاقات متوازنة مع \
الشركاء الأوروبيين.
أمن الطاقة:
أعلن وزير الطاقة الجزائري أن بلاده سترفع صادرات الغاز إلى إسبانيا بنسبة عشرة في المئة خلال العام المقبل.
ويرى خبراء أن الاتفاق الجديد يعزز موقع الجزائر مزودا رئيسيا للغاز في جنوب أوروبا.
الهجرة غير النظامية:
اتفق البلدان على تنسيق جهود مكافحة شبكات تهريب البشر في غرب البحر المتوسط، وتبادل المعلومات بين أجهزة الأمن.
وقال الوزير الإسباني إن بلاده ستقدم دعما تقنيا لخفر السواحل الجزائري.
"""


def second_bullet(first: str, second: str, no_statement: frozenset[int] = frozenset()) -> str | None:
    """The bullet of an article's second sentence, the first one before it, nothing to avoid."""
    return ArticleWriter(MODEL, [first, second], no_statement).bullet(1, lambda text: False)


def test_a_scene_setting_opener_is_dropped_and_both_people_are_named() -> None:
    digest = summarize_text(ENGINE, MEETING_PAGE, build_options(Limits(), tasks=["headline", "bullets"]))
    headline = digest.headline
    assert headline is not None and not headline.startswith("في ظل"), headline
    assert "تبون" in headline and "ألباريس" in headline, headline


def test_attribution_can_open_the_headline_as_the_speaker() -> None:
    writer = ArticleWriter(MODEL, ["قالت وزارة الصحة، اليوم الأحد، إن حملة التطعيم ضد الحصبة ستبدأ الأسبوع المقبل."])
    headline = writer.headline()
    assert headline is not None and "اليوم" not in headline and "الأحد" not in headline, headline
    assert "حملة التطعيم" in headline, headline


def test_a_past_tense_lead_may_open_subject_first_in_the_present() -> None:
    writer = ArticleWriter(MODEL, ["حذرت روسيا يوم الأحد مواطنيها من السفر إلى المنطقة خلال الأيام المقبلة."])
    assert writer.statement(0).startswith("روسيا تحذر"), writer.statement(0)


def test_a_summary_opens_without_its_dateline() -> None:
    text = ("الرياض - واس - أطلقت وزارة البيئة برنامجا لزراعة مليون شجرة في المدن الكبرى.\n"
            "ويستمر البرنامج ثلاث سنوات بمشاركة المتطوعين والمدارس.")
    digest = summarize_text(ENGINE, text, build_options(Limits(), tasks=["summary"]))
    assert digest.summary is not None and not digest.summary.startswith("الرياض"), digest.summary


def test_a_lead_the_compressions_cannot_open_still_gets_a_clean_headline() -> None:
    writer = ArticleWriter(MODEL, ["من يزرع يحصد.."])
    assert writer.headline() == "من يزرع يحصد"


def test_such_a_headline_never_ends_on_a_word_the_archive_never_ends_on_when_another_end_will_do() -> None:
    headline = ArticleWriter(MODEL, ["من جد وجد ومن زرع حصد، كما قال الأمين العام للاتحاد، محمد"]).headline()
    assert headline and not headline.endswith("محمد"), headline  # a first name goes on with the surname


def test_no_bullet_is_a_speech_verb_whose_speaker_an_earlier_sentence_named() -> None:
    text = ("أعلن وزير الصحة خالد العمري أن الوزارة ستفتتح عشرة مستشفيات جديدة في المحافظات الشمالية هذا العام.\n"
            "وأضاف: المستشفيات الجديدة ستخدم أكثر من مليون مواطن في المناطق الريفية البعيدة.\n"
            "وتابع قائلا إن الحكومة خصصت ميزانية إضافية لتدريب الأطباء والممرضين في كل المحافظات.\n"
            "ويعاني سكان الأرياف من نقص حاد في الخدمات الصحية منذ سنوات بحسب تقارير المنظمات الدولية.")
    digest = summarize_text(ENGINE, text, build_options(Limits(), tasks=["headline", "bullets"]))
    assert digest.bullets, digest
    assert not any(bullet.startswith(("أضاف", "تابع")) for bullet in digest.bullets), digest.bullets


def test_no_bullet_goes_on_from_a_speaker_or_names_only_whom_he_told() -> None:
    text = ("أعلن وزير النقل سامي الحداد أن الحكومة ستفتتح خطا جديدا للقطارات بين العاصمة والموانئ الجنوبية.\n"
            "وأضاف الوزير: القطارات الجديدة ستنقل البضائع والركاب بسرعة تصل إلى مئتي كيلومتر في الساعة.\n"
            'وتابع "المرحلة الأولى من المشروع ستكتمل قبل نهاية العام المقبل بتمويل حكومي كامل".\n'
            "وقال للصحفيين إن الشركات المحلية ستحصل على نصف العقود المتعلقة بتنفيذ المشروع.\n"
            "ويشكو المسافرون منذ سنوات من بطء القطارات القديمة وكثرة أعطالها في فصل الصيف.")
    digest = summarize_text(ENGINE, text, build_options(Limits(), tasks=["headline", "bullets"]))
    assert digest.bullets, digest
    assert not any(bullet.startswith(("أضاف", "تابع", "قال للصحفيين")) for bullet in digest.bullets), digest.bullets


def test_a_headline_taken_from_a_later_sentence_names_who_spoke() -> None:
    writer = ArticleWriter(MODEL, ["حيث عقد المجلس جلسة طارئة في جنيف أمس.",
                                   "وأضاف خلال كلمة ألقاها أمام المجلس: ندين بأقوى العبارات جريمة القتل التي تعرضت "
                                   "لها الطالبة.",
                                   "وطالب المندوب السلطات البريطانية بكشف ملابسات الجريمة ومعاقبة الجناة في أسرع وقت."])
    headline = writer.headline()
    assert headline is not None and not headline.startswith("أضاف"), headline


def test_a_bullet_drops_a_relative_clause_and_keeps_the_verb_s_phrase() -> None:
    """«الاتفاق، الذي جاء ...، يندرج» is a fragment: the verb after the clause needs what follows it."""
    writer = ArticleWriter(MODEL, ["الاتفاق، الذي جاء بعد أشهر من المفاوضات الصعبة، يندرج ضمن خطة الحكومة "
                                   "لإصلاح قطاع الطاقة في البلاد."])
    bullet = writer.bullet(0, lambda text: False)
    assert bullet is not None and bullet.startswith("الاتفاق يندرج ضمن خطة الحكومة"), bullet


def test_a_sentence_piece_opening_with_a_glued_preposition_is_no_bullet() -> None:
    """A long sentence cut into pieces may leave one opening mid-phrase («بحفلات التخرج ...»): no statement."""
    writer = ArticleWriter(MODEL, ["بحفلات التخرج وأعياد الميلاد وغيرها من المناسبات التي تقام في المقاهي كل أسبوع."])
    bullet = writer.bullet(0, lambda text: False)
    assert bullet is None or not bullet.startswith("بحفلات"), bullet


def test_a_lead_opening_with_a_verb_spelt_like_a_definite_word_gets_its_headline() -> None:
    """«ألقت» folds to «القت», which opens like a definite noun: the lead is still a statement with its predicate."""
    writer = ArticleWriter(MODEL, ["ألقت الشرطة القبض على رجل يشتبه في سرقة متجر للمجوهرات في وسط المدينة مساء أمس.",
                                   "وقالت الشرطة في بيان إن الرجل اعترف بالسرقة خلال التحقيق معه."])
    headline = writer.headline()
    assert headline is not None and "القبض على رجل" in headline, headline


def test_no_headline_or_bullet_shows_or_introduces_a_web_address() -> None:
    text = ("أعلنت الوكالة الوطنية للتشغيل عن فتح باب الترشح لوظائف تدريس في جامعة خليجية خلال الشهر المقبل.\n"
            "ويشترط في المترشحين ألا تتجاوز أعمارهم خمسا وخمسين سنة وأن تكون لهم خبرة في التدريس الجامعي.\n"
            "رابط للاطلاع على نص البلاغ : http://www.example.org/news/notice.html\n"
            "وتنتهي آجال تقديم الترشحات يوم الخميس المقبل على الساعة منتصف الليل.")
    digest = summarize_text(ENGINE, text, build_options(Limits(), tasks=["headline", "bullets"]))
    outputs = [digest.headline or "", *(digest.bullets or [])]
    assert digest.bullets and not any("http" in line or line.endswith("البلاغ") for line in outputs), outputs


def test_no_bullet_states_what_was_said_without_who_said_it() -> None:
    bullet = second_bullet("قال وزير الخارجية سامي الكامل إن الانسحاب من المدينة هو السبيل الوحيد لإنهاء "
                           "الحرب.",
                           "وأضاف أن الضغط العسكري سيستمر حتى تنسحب الميليشيات من الميناء.")
    assert bullet is None or not bullet.startswith("الضغط"), bullet


def test_no_bullet_is_a_list_or_a_table_row_but_an_item_or_a_date_with_a_slash_may_be() -> None:
    writer = ArticleWriter(MODEL, [
        "الملاعب المعتمدة للجولة المقبلة: الرياض : ملعب الأمير فيصل بن فهد جدة : ملعب الجوهرة المشعة.",
        "أبرز مطالب المحتجين في الجهات الداخلية تحسين الأجور/ توفير السكن/ مراجعة الضرائب/ تشغيل الشباب.",
        "* أجلت المحكمة الابتدائية محاكمة الوزير السابق بعد انسحاب هيئة الدفاع من الجلسة.",
        "أعلنت الحكومة في أبريل/نيسان 2018 خطة جديدة لدعم المزارعين في المناطق الريفية المتضررة من الجفاف."])
    assert writer.bullet(0, lambda text: False) is None
    assert writer.bullet(1, lambda text: False) is None
    item, dated = writer.bullet(2, lambda text: False), writer.bullet(3, lambda text: False)
    assert item is not None and "محاكمة الوزير" in item, item
    assert dated is not None and "أبريل/نيسان" in dated, dated


@pytest.mark.parametrize(("first", "second", "opening"), [
    ("فاز النادي الأهلي بكأس الملك بعد تغلبه على الهلال بهدفين نظيفين في النهائي.",
     "هو اللقب الثالث للفريق في تاريخه بعد فوزه على منافسه في نهائي مثير.", "هو"),
    # in the city, which the bullet would not say
    ("تعد المدينة الساحلية أكبر مركز لتهريب المهاجرين في شمال البلاد منذ سنوات.",
     "فيها عشرات الآلاف من الشبان الذين ينتظرون قوارب الهجرة نحو أوروبا كل صيف.", "فيها"),
    # a demonstrative with no noun after it: what «this» is, the bullet does not say
    ("افتتح وزير النقل الطريق السريع الجديد بين العاصمة والميناء بحضور عدد من المسؤولين.",
     "وهذا يعود إلى الجهود الكبيرة التي بذلتها فرق العمل طوال ثلاث سنوات من البناء المتواصل.", "هذا"),
])
def test_no_bullet_opens_with_a_word_that_points_back_to_an_earlier_sentence(first: str, second: str,
                                                                             opening: str) -> None:
    bullet = second_bullet(first, second)
    assert bullet is None or not bullet.startswith(opening), bullet


def test_no_output_reports_or_heads_with_a_demonstrative_alone_for_its_subject() -> None:
    """«المتحدث يقول إن ذلك يأتي ...», a headline «هذا يعني أن ...»: what «this» is, the output does not say."""
    bullet = second_bullet("افتتح وزير النقل الطريق السريع الجديد بين العاصمة والميناء بحضور عدد من المسؤولين.",
                           "وقال المتحدث باسم الوزارة إن ذلك يأتي ضمن خطة واسعة لتحديث شبكة الطرق في المحافظات.")
    assert bullet is None or ("إن ذلك" not in bullet and ": ذلك" not in bullet), bullet
    headline = ArticleWriter(MODEL, ["هذا يعني أن أسعار الوقود سترتفع مجددا في الأشهر المقبلة.",
                                     "ويحذر الخبراء من موجة غلاء جديدة تطال المواد الغذائية."]).headline()
    assert headline is not None and not headline.startswith("هذا"), headline


def test_no_bullet_is_a_question() -> None:
    writer = ArticleWriter(MODEL, ["وهل هناك تعاون مع المؤسسات الدينية في الدول العربية لمواجهة خطاب التطرف؟",
                                   "هل تفضل ارتياد الأسواق مع أهلك في ليالي رمضان أم في النهار؟",
                                   "ما هي الأسئلة التي تدور في أذهان الزوار عن المنطقة الجبلية؟",
                                   # an interview's question behind its list mark
                                   "* ماذا ينقص الأندية الصغيرة لكي تنافس الأندية الكبيرة على اللقب؟"])
    assert [writer.bullet(index, lambda text: False) for index in range(4)] == [None, None, None, None]


LONG_STATEMENT = ("أكد صاحب السمو الملكي الأمير سامي بن خالد بن عبد الله رئيس الهيئة العامة للسياحة والتراث الوطني، أن "
                  "استضافة حكومة المملكة العربية السعودية لأعمال الملتقى العربي الأول لأمن السياحة والآثار، تأتي "
                  "تأكيداً على حرص القيادة على دعم العمل العربي.")


def test_a_long_lead_gives_its_whole_statement_before_its_speaker_alone() -> None:
    """When no compression of the lead fits 22 words, its statement in up to 30 beats «أكد الأمير ... رئيس الهيئة»."""
    headline = ArticleWriter(MODEL, [LONG_STATEMENT]).headline()
    assert headline is not None and "تأتي" in headline, headline


def test_a_long_lead_s_statement_comes_before_a_later_sentence() -> None:
    """The lead says what the story is; the next sentence («وحضر الملتقى ...») only goes on with it."""
    writer = ArticleWriter(MODEL, [LONG_STATEMENT, "وحضر الملتقى عدد كبير من المسؤولين والخبراء من الدول العربية."])
    headline = writer.headline()
    assert headline is not None and "الملتقى العربي الأول" in headline and "حضر" not in headline, headline


LONG_LEAD = ("وقعت وزارة المياه اليوم عقدا جديدا لإنشاء محطة تحلية كبيرة في مدينة الساحل الشرقي بطاقة مئة ألف متر "
             "مكعب يوميا لخدمة سكان المنطقة")


def _headline_words(weights: dict[str, float]) -> int:
    model = WriterModel(weights, MODEL.lexicon)
    headline = ArticleWriter(model, [LONG_LEAD]).headline()
    assert headline is not None
    return len(headline.split())


def test_the_model_chooses_the_headline_s_length_not_the_first_length_step_that_fits() -> None:
    """A model that prefers the whole statement gets it, though a compression of 14 words or fewer exists."""
    assert _headline_words({}) <= HEADLINE_MAX_WORDS  # (the same model without a preference: see below)
    assert _headline_words({"length=25": 5.0}) > HEADLINE_MAX_WORDS  # 22 words: lengths past 20 are binned by five


def test_each_word_past_fourteen_costs_a_headline_some_score() -> None:
    """Where the model cannot tell compressions apart (no weights), the shorter wins: words past 14 cost."""
    assert _headline_words({}) <= HEADLINE_MAX_WORDS
    assert _headline_words({"length=25": 7 * OVERLONG_COST}) <= HEADLINE_MAX_WORDS  # its 8 words over cost more
    assert _headline_words({"length=25": 9 * OVERLONG_COST}) > HEADLINE_MAX_WORDS


def test_a_lead_opening_with_expressed_about_is_a_statement_not_a_phrase_via() -> None:
    """Unvowelled «عبر» is also «via»; «عبّر الرئيس ... عن» expressed: the lead's own statement is the headline."""
    writer = ArticleWriter(MODEL, ["عبّر الرئيس السوداني، الجمعة، عن فخره بأداء المنتخب الوطني رغم خسارته أمام الضيوف.",
                                   "وقال في بيان إن اللاعبين قدموا مباراة كبيرة أمام منافس قوي."])
    headline = writer.headline()
    assert headline is not None and "فخره بأداء المنتخب" in headline, headline
    assert writer.is_statement(0)


def test_no_bullet_opens_with_a_when_clause() -> None:
    """«لما وصل وجد ...» (when he arrived, he found) opens with the clause that sets the scene: no statement."""
    bullet = second_bullet("وصل الوزير إلى العاصمة في زيارة رسمية تستمر ثلاثة أيام.",
                           "لما وصل الوزير وجد رئيس الحكومة ينتظره في المطار مع عدد من المسؤولين.")
    assert bullet is None or not bullet.startswith("لما"), bullet


def test_no_bullet_stops_before_the_preposition_its_verb_goes_on_with() -> None:
    """«حذر الرئيس الموجود حاليا في العاصمة، حيث ...» without «من أن ...» never says what he warned against."""
    bullet = second_bullet("وصل الرئيس إلى العاصمة في أول زيارة رسمية منذ توليه مهامه.",
                           "حذر الرئيس الموجود حاليا في العاصمة، حيث يقوم بأول زيارة رسمية منذ توليه مهامه، "
                           "شركاءه من أن سياستهم الحالية تضر بجهود مكافحة التطرف في المنطقة كلها.")
    assert bullet is None or " من " in f" {bullet} ", bullet


def test_no_bullet_shows_a_speaker_saying_only_a_clause_of_when() -> None:
    """«قالت ستيرجن إنه بمجرد أن يكون لدينا بعض الوضوح» stops before what she will do then; so would the speaker's
    form «ستيرجن: بمجرد أن ...»."""
    bullet = second_bullet("أعلنت رئيسة الحكومة المحلية أنها ستبحث إجراء استفتاء جديد على الاستقلال.",
                           "وقالت رئيسة الحكومة إنه بمجرد أن يكون لدينا بعض الوضوح بشأن الاتفاق الجديد، "
                           "سنحدد موعد الاستفتاء ونعلنه للجميع.")
    assert bullet is None or "سنحدد" in bullet, bullet
    lines = all_outputs("وقالت رئيسة الحكومة: بمجرد أن يكون لدينا بعض الوضوح بشأن الاتفاق، سنحدد موعد الاستفتاء.")
    assert not any(line.startswith("رئيسة الحكومة: بمجرد") and "سنحدد" not in line for line in lines), lines


def test_no_bullet_opens_with_a_plural_verb_whose_subject_an_earlier_sentence_named() -> None:
    """«يقولون إن ...» (they say): who says it was named before; a teaser read alone must name them."""
    bullet = second_bullet("يرى خبراء الاقتصاد أن الحكومة تأخرت في إصلاح النظام الضريبي.",
                           "ويقولون إن تعزيز شبكة الأمان الاجتماعي سيشجع المواطنين على زيادة الإنفاق.")
    assert bullet is None or not bullet.startswith("يقولون"), bullet


def test_no_bullet_opens_with_a_verb_whose_object_follows_it_in_place_of_a_subject() -> None:
    """«حذر المصابين بمرض الربو ...»: a plural in «ين» is no subject; who warned was named before."""
    bullet = second_bullet("أعلنت وزارة الصحة حالة الطوارئ في مستشفيات العاصمة بسبب موجة الغبار.",
                           "وحذرت المصابين بأمراض الجهاز التنفسي من الخروج من المنازل خلال الأيام المقبلة.")
    assert bullet is None or not bullet.startswith("حذرت"), bullet


def test_no_bullet_opens_with_a_verb_of_amount_right_before_its_number() -> None:
    """«فقد بلغت 8.6 مليار دولار»: what reached it was named before; an amount is no subject."""
    bullet = second_bullet("ارتفعت الديون الخارجية للبلاد إلى مستوى قياسي في نهاية العام الماضي.",
                           "وبالنسبة لخدمة هذه الديون، فقد بلغت 8.6 مليار دولار خلال النصف الثاني من العام.")
    assert bullet is None or not bullet.startswith("بلغت"), bullet


def test_no_bullet_shows_a_speaker_who_says_only_a_clause_of_when_after_a_colon() -> None:
    """«قالت رئيسة الحكومة: بمجرد أن يكون لدينا بعض الوضوح» with its verb as written says nothing yet either."""
    bullet = second_bullet("أعلنت رئيسة الحكومة المحلية أنها ستبحث إجراء استفتاء جديد على الاستقلال.",
                           "وقالت رئيسة الحكومة: بمجرد أن يكون لدينا بعض الوضوح بشأن الاتفاق الجديد بين "
                           "الأحزاب الكبرى في البرلمان المحلي، سنحدد موعد الاستفتاء ونعلنه للجميع.")
    assert bullet is None or "سنحدد" in bullet, bullet


def test_no_headline_or_bullet_opens_where_an_overlong_sentence_was_cut_within_a_clause() -> None:
    """A sentence past the unit length is cut at a word when it has no comma to cut at: the later piece opens
    mid-clause («عزيزا على وطنه ...») and is no statement, so it gives no headline and no bullet."""
    piece = "عزيزا على وطنه وأمضى حياته متفانيا في خدمة أهله وجيرانه."
    assert second_bullet("قام وفد كبير.", piece) is not None  # uncut
    assert second_bullet("قام وفد كبير.", piece, no_statement=frozenset({1})) is None
    headline = ArticleWriter(MODEL, ["قام وفد كبير.", piece], no_statement=frozenset({1})).headline()
    assert not (headline or "").startswith("عزيزا"), headline


def test_a_piece_cut_at_a_comma_gives_a_bullet_only_when_it_names_its_subject() -> None:
    """What follows a comma of an overlong sentence mostly goes on with the subject before it: «يعكس بوضوح
    موقفها ...» (whose?) is no bullet, «أعلن رئيس البلدية ...» is."""
    writer = ArticleWriter(MODEL, ["قام وفد كبير.", "يعكس بوضوح موقفها الثابت من التدخل في شؤون الدول الأخرى.",
                                   "أعلن رئيس البلدية افتتاح الحديقة العامة الجديدة أمام الزوار.",
                                   "الدول المانحة والهيئات الدولية على تقديم المساعدات العاجلة للمتضررين."],
                           comma_pieces=frozenset({1, 2, 3}))
    assert writer.bullet(1, lambda text: False) is None
    assert writer.bullet(3, lambda text: False) is None  # «حثت المنظمة، | الدول المانحة ...»: its object
    assert "رئيس البلدية" in (writer.bullet(2, lambda text: False) or "")
    uncut = ArticleWriter(MODEL, writer.sentences)
    assert (uncut.bullet(1, lambda text: False) or "").startswith("يعكس"), "read as a sentence of its own"


def test_no_bullet_is_written_from_the_sentence_the_headline_was_written_from() -> None:
    """A bullet from the headline's sentence opens as the headline does («قال الأمين العام، ...، إن هناك
    خمسة شروط» under «الأمين العام: هناك خمسة شروط ...»): it tells the reader nothing new."""
    lead = "قال الأمين العام للمنظمة، سامي الراشد، إن هناك خمسة شروط على الحكومة تنفيذها قبل نهاية العام الحالي."
    writer = ArticleWriter(MODEL, [lead, "وأضاف أن اللجنة ستجتمع الأسبوع المقبل لمتابعة التنفيذ."])
    assert writer.bullet(0, lambda text: False) is not None  # before the headline is written
    assert writer.headline() is not None and writer.headline_sentence == 0
    assert writer.bullet(0, lambda text: False) is None


def test_no_bullet_is_written_from_someone_s_words_inside_a_quotation() -> None:
    """The engine reads «الناس يتدفقون، هذا مؤسف" وكان القاضي ...» as the president's words, not the story's: no
    bullet glues them to what follows the quotation."""
    text = ('أبطلت محكمة فدرالية طلبا تقدمت به الحكومة لإعادة العمل بالمرسوم.\n'
            'وقال الرئيس في تغريدة "لا يمكنني أن أصدق ما فعله القاضي. الناس يتدفقون إلى البلاد، هذا مؤسف" وكان '
            'القاضي الفدرالي قد علق العمل بالمرسوم مؤقتا بانتظار النظر في شكوى ضده.')
    digest = summarize_text(ENGINE, text, build_options(Limits(), tasks=["headline", "bullets"]))
    assert digest.headline and not any("يتدفقون" in bullet for bullet in digest.bullets or []), digest.bullets


def test_a_bullet_says_its_sentence_whole_when_it_fits() -> None:
    """«تركز الحملة على المواد» stops where the model scores a headline well; a teaser that fits in its words
    says the sentence whole: which materials."""
    bullet = second_bullet("قام وفد كبير بزيارة المدينة.", "وتركز حملة التنظيف هذا العام على المواد التي يمكن "
                                                             "إعادة تدويرها.")
    assert bullet == "تركز حملة التنظيف هذا العام على المواد التي يمكن إعادة تدويرها", bullet


def test_a_doubled_verb_of_two_letters_loses_its_conjunction() -> None:
    bullet = second_bullet("قام وفد كبير بزيارة المدينة.", "وشن رئيس الوزراء هجوما لاذعا على إدارة مشروع السد.")
    assert bullet is not None and bullet.startswith("شن رئيس الوزراء"), bullet


def test_no_bullet_shows_an_e_mail_address() -> None:
    """A column's signature («للتواصل مع الكاتب ...») tells a teaser's reader nothing."""
    bullet = second_bullet("قام وفد كبير بزيارة المدينة.", "writer.name@mail.comللتواصل مع الكاتب أرسل رسالة "
                                                             "قصيرة تبدأ بالرمز إلى الرقم المذكور.")
    assert bullet is None or "@" not in bullet, bullet


def test_a_verb_whose_object_runs_to_the_sentence_end_still_gives_a_bullet() -> None:
    bullet = second_bullet("أعلنت الحكومة خطة جديدة لدعم الصادرات.",
                           "طالبت الخارجية الكندية السلطات السعودية بالإطلاق الفوري للناشطين")
    assert bullet is not None and bullet.startswith("طالبت الخارجية الكندية"), bullet


def test_no_bullet_is_a_speaker_and_a_phrase_of_when_without_what_he_said() -> None:
    bullet = second_bullet("أعلنت الشركة إفلاسها بعد سنوات من الخسائر.",
                           "وقال المدير التنفيذي في بيان: بعد التفكير مليا في كل البدائل المتاحة أمام الشركة")
    assert bullet is None or "بعد التفكير" not in bullet, bullet


def test_a_negated_speech_verb_keeps_what_it_did_not_say() -> None:
    outputs = all_outputs("ولم توضح ميغان روبرتس، متحدثة باسم الشركة، ما سيحدث لباقي المتاجر في حال عدم العثور على "
                          "مشترين.")
    assert outputs and all("ما سيحدث" in line for line in outputs), outputs


def test_a_bullet_drops_the_and_before_a_verb_the_archive_never_saw() -> None:
    bullet = second_bullet("فازت اللاعبة ببطولة فرنسا المفتوحة للتنس.",
                           "وشبهت اللاعبة بذلتها الجديدة بالزي الذي يرتديه البطل الخارق في الفيلم الشهير.")
    assert bullet is not None and bullet.startswith("شبهت اللاعبة"), bullet


def test_no_bullet_gives_a_speaker_and_the_frame_of_what_he_said() -> None:
    bullet = second_bullet("أعلنت الوزارة القبض على خلية مسلحة.",
                           "وقالت المديرية العامة: في إطار متابعة نشاطات المجموعات المسلحة وتعقبها في المنطقة")
    assert bullet is None or "في إطار" not in bullet, bullet


def test_a_deed_someone_managed_heads_the_headline_without_who_managed_it() -> None:
    """«تمكنت وحدات ... من حجز ...» → «حجز ...» (the archive's editors drop who managed a seizure); never a deed that
    was not managed («لم تتمكن ... من انتشال» gives no «انتشال ...»), nor one whose doer is the news («الفوز»)."""
    seized = "تمكنت وحدات الحرس الوطني بالمدينة الساحلية من حجز 300 كيلوغرام من المخدرات كانت مخبأة داخل شاحنة."
    assert (ArticleWriter(MODEL, [seized]).headline() or "").startswith("حجز 300 كيلوغرام من المخدرات")
    for sentence in ("لم تتمكن فرق الإنقاذ بالمدينة الساحلية من انتشال جثث الضحايا بسبب سوء الأحوال الجوية.",
                     "تمكن المنتخب الوطني في مباراته الأخيرة من الفوز على ضيفه بثلاثة أهداف مقابل هدف."):
        lines = all_outputs(sentence)
        assert lines and all(line.startswith(("لم تتمكن", "تمكن المنتخب")) for line in lines), lines
