"""What a compression may drop inside what it keeps: never a run that leaves behind what describes its last
name, which would then describe the word before the run. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.service.engines.writer.test_meaning import all_outputs


def test_a_phrase_between_commas_that_describes_a_dropped_name_goes_with_it() -> None:
    lines = all_outputs("قال مصدر إن المرأة التي وجدت مصابة قرب منزل الطبيب كارلوس مينديز، الجراح المعروف، هي "
                        "زوجته.")
    assert lines and not any("المرأة الجراح" in line for line in lines), lines  # she is not the surgeon
    assert any("المرأة التي وجدت" in line and "الجراح المعروف، هي زوجته" in line for line in lines), lines


def test_a_verb_after_the_commas_resumes_the_clause_and_the_run_stands() -> None:
    lines = all_outputs("كشفت الدراسة أن نصف المرضى الذين أجريت لهم العملية في مستشفى مدينة سالزبورغ، عانوا آلاما "
                        "بعد الخضوع لها، وفق الباحثين.")
    assert any("أن نصف المرضى عانوا آلاما" in line for line in lines), lines


def test_a_verb_in_brackets_is_part_of_the_clause_not_an_aside() -> None:
    lines = all_outputs("أظهر مقطع مصور امرأة وهي (تحاول) فتح باب المصرف المغلق بالقوة في وسط المدينة.")
    assert lines and not any("وهي فتح" in line for line in lines), lines


def test_a_negation_in_brackets_is_part_of_the_clause_not_an_aside() -> None:
    """«على الشركة (ألا تتأخر) في ...» without the bracket would lose what the company must not do."""
    lines = all_outputs("وقال رئيس الهيئة في مؤتمر صحافي: إن على الشركة المنفذة (ألا تتأخر) في تسليم المشروع هذا العام.")
    assert lines and not any("الشركة المنفذة في تسليم" in line for line in lines), lines


def test_a_relative_clause_set_off_by_commas_is_dropped_before_what_was_said() -> None:
    lines = all_outputs("وأكد سامي الكامل، المدير الإقليمي للشركة الذي تسلم منصبه الشهر الماضي، أن المصنع الجديد "
                        "سيفتح أبوابه في الربيع.")
    assert any("الإقليمي للشركة أن المصنع الجديد سيفتح" in line for line in lines), lines


def test_a_relative_clause_on_the_phrase_before_it_leaves_no_half_aside() -> None:
    """«أكدت الوزارة، في البيان | الذي نشرته الصحف، | أن ...» without the relative clause reads «، في البيان أن»."""
    lines = all_outputs("وأكدت الوزارة، في البيان الذي نشرته الصحف المحلية، أن المصنع الجديد سيفتح أبوابه في الربيع.")
    assert lines and not any("في البيان أن" in line for line in lines), lines


def test_where_a_dropped_place_lies_is_dropped_with_it() -> None:
    """«نفى الجيش الأنباء، | غرب العاصمة» would place the news, not the airport the dropped clause named."""
    lines = all_outputs("نفى الجيش، مساء السبت، الأنباء التي تداولتها وسائل إعلام حول قصف مطار المزة العسكري، غرب "
                        "العاصمة، بعد نشر صور للانفجارات.")
    assert lines and not any("الأنباء غرب" in line for line in lines), lines


def test_an_aside_between_dashes_is_dropped_whole() -> None:
    """«– حفظه الله –» is a blessing between dashes: dropped whole, the clause goes on with what he approved."""
    lines = all_outputs("ووافق وزير الداخلية – حفظه الله – على تعيين سامي الكامل مديرا عاما للجوازات في المنطقة الشرقية.")
    assert "وافق وزير الداخلية على تعيين سامي الكامل مديرا عاما" in lines, lines
    assert not any(line.endswith(("حفظه", "الله")) for line in lines), lines


def test_a_bracket_after_a_definite_word_may_go_one_after_an_indefinite_word_stays() -> None:
    """«البرلمان الألماني (البوندستاغ)» names it twice; «شركة (نور)» names which company."""
    renamed = all_outputs("أعاد البرلمان الألماني (البوندستاغ) في جلسته أمس انتخاب المستشارة لولاية رابعة.")
    assert any(line.startswith("أعاد البرلمان الألماني في جلسته") for line in renamed), renamed
    named = all_outputs("قبلت البورصة إدراج شركة (نور) للتعدين للتداول في السوق الرئيسية.")
    assert named and not any("إدراج شركة للتعدين" in line for line in named), named


def test_names_between_many_dashes_are_a_list_not_asides() -> None:
    lines = all_outputs("تلعب اليوم مباريات الجولة الأولى: النادي الصفاقسي - الملعب التونسي النجم الساحلي - الترجي "
                        "الرياضي النادي الإفريقي - شبيبة القيروان.")
    assert lines and not any("الصفاقسي الترجي" in line for line in lines), lines  # two fixtures made one


def test_the_occasion_before_a_verbs_complement_may_go_the_complement_stays() -> None:
    """«اتفقت الوزارتان | بمناسبة زيارة ... | على إطلاق برنامج»: what they agreed on is the news, the visit its
    occasion; «اتفقت وزارتا الصحة والتعليم» alone says nothing."""
    lines = all_outputs("اتفقت وزارتا الصحة والتعليم بمناسبة زيارة الوزير سامي الكامل للمدارس الريفية في المحافظات "
                        "الجنوبية على إطلاق برنامج وطني للتطعيم.")
    assert "اتفقت وزارتا الصحة والتعليم على إطلاق برنامج وطني للتطعيم" in lines, lines
    assert all("على إطلاق" in line for line in lines), lines
    dated = all_outputs("واتفقت الوزارتان بمناسبة زيارة رئيس الحكومة لمستشفى العاصمة أمس على إطلاق برنامج وطني للتطعيم.")
    assert "اتفقت الوزارتان على إطلاق برنامج وطني للتطعيم" in dated, dated  # the day goes with its occasion


def test_a_date_that_names_an_event_stays_with_it() -> None:
    """«مهرجان 21 مارس», «ثورة 25 يناير»: the date names the festival; dropped, «مهرجان المعروف» is no Arabic."""
    lines = all_outputs("ويستغل الأكراد عادة مهرجان 21 مارس المعروف باسم عيد النوروز لتأكيد هويتهم والمطالبة بحقوقهم.")
    assert lines and all("مهرجان 21 مارس" in line for line in lines), lines


def test_the_source_before_a_verbs_complement_goes_like_an_occasion_even_after_a_comma() -> None:
    """«حصلت المدينة وفقا لتقرير ... ، | على المركز الأول»: the source is not counted in the verb's reach for its
    complement, and may go with it; the complement after its comma stays."""
    lines = all_outputs("حصلت المدينة وفقا لتقرير المنظمة الدولية لتقييم جودة الحياة في المدن الكبرى والتابعة للأمم المتحدة، "
                        "على المركز الأول عالميا.")
    assert "حصلت المدينة على المركز الأول عالميا" in lines, lines
    assert all("على المركز الأول" in line for line in lines), lines


def test_no_run_drops_the_negated_predicate_a_relative_clause_runs_into() -> None:
    """«سياسة الوزارة في المحافظات التي تعاني نقص الأطباء لم تعد تقتصر ...»: dropping the relative clause would
    take «لم تعد تقتصر» with it and leave «سياسة الوزارة ... بل تشمل حوافز», which says something else."""
    lines = all_outputs("قالت المتحدثة إن سياسة الوزارة في المحافظات التي تعاني نقص الأطباء لم تعد تقتصر على التعيينات "
                        "المؤقتة، بل تشمل حوافز للأطباء الشباب.")
    assert lines and all("لم تعد تقتصر" in line for line in lines), lines


def test_the_comma_that_closes_a_name_between_commas_stays_when_a_title_after_it_goes() -> None:
    """«توعد القيادي، سامر العلي، | الرئيس المشترك للهيئة، | الجيش» drops the title: «العلي الجيش» would read as one
    name; a comma that closes no such phrase goes with the run («اللقاء، الذي ...، يندرج» → «اللقاء يندرج»)."""
    outputs = all_outputs("توعد القيادي الكردي، سامر العلي، الرئيس المشترك للهيئة التنفيذية للحركة، الجيش المهاجم "
                          "بتلقينه درسا قاسيا.")
    assert any("سامر العلي، الجيش المهاجم" in line for line in outputs), outputs
    assert not any("العلي الجيش" in line for line in outputs), outputs


def test_a_phrase_of_one_of_between_commas_goes_with_the_relative_clause_before_it() -> None:
    """«النادي، الذي يستضيف بطولة المدينة للتنس، إحدى أعرق البطولات، قرر ...»: «one of the oldest tournaments» is
    the tournament; dropped without it, the phrase would call the club a tournament."""
    lines = all_outputs("قرر نادي المدينة الرياضي، الذي تستضيف ملاعبه بطولة الساحل للتنس، إحدى أعرق البطولات "
                        "الإقليمية، أنه سيتم إضافة شوط فاصل للمجموعة الأخيرة بداية من العام المقبل.")
    assert lines and not any("الرياضي إحدى" in line for line in lines), lines
    assert any("الرياضي أنه سيتم" in line for line in lines), lines


def test_a_clause_that_refers_back_after_a_comma_does_not_resume_the_sentence() -> None:
    """«خلال حلقة نقاش، | تجمع فيها المئات»: «فيها» is the discussion; dropping the phrase before the comma would
    make the critic's target «الرئيس تجمع فيها المئات»."""
    lines = all_outputs("انتقدت الوزيرة السابقة الرئيس، وسياسته مع الجيران خلال حلقة نقاش، تجمع فيها المئات من "
                        "الطالبات في النادي.")
    assert not any("الرئيس تجمع" in line for line in lines), lines


@pytest.mark.parametrize(("sentence", "garbled"), [
    ("فتحت مكاتب الاقتراع أبوابها أمام الناخبين الذين بدأوا مساء السبت التصويت في الانتخابات الرئاسية.",
     "الناخبين التصويت"),
    ("كذبت الوحدات الكردية تصريحات الرئيس التركي التي قال فيها، الجمعة، إن الجيش حاصر المدينة.",
     "التركي إن الجيش"),
])
def test_a_time_inside_a_relative_clause_is_dropped_only_with_all_of_it(sentence: str, garbled: str) -> None:
    lines = all_outputs(sentence)
    assert lines and not any(garbled in line for line in lines), lines


def test_a_clause_that_opens_a_list_between_commas_is_not_dropped_before_its_next_items() -> None:
    """«شكوى، | تمثلت في التأخر في تسليم الغرف، | ارتفاع الأسعار» lists the complaints: dropping the clause that
    opens the list leaves «شكوى ارتفاع الأسعار»; a clause that resumes with a verb after the commas may still go."""
    lines = all_outputs("وقال المكتب إنه تلقى أكثر من 200 شكوى، تمثلت في التأخر في تسليم الغرف، ارتفاع الأسعار، "
                        "وسوء الخدمة في الفنادق.")
    assert lines and not any("شكوى ارتفاع" in line for line in lines), lines


def test_a_demonstrative_keeps_the_relative_clause_that_says_which_one() -> None:
    """«أعنف من ذلك الذي وقع قبل عام»: «أعنف من ذلك» alone says stronger than nothing the reader knows."""
    lines = all_outputs("جاء الزلزال الجديد أعنف من ذلك الذي وقع قبل عام، ودمر عشرات المنازل في القرية.")
    assert lines and not any(line.endswith("من ذلك") for line in lines), lines
    dropped = all_outputs("قال الوزير إن الاتفاق الجديد أفضل من ذلك الذي وقعته الحكومة السابقة، في كل بنوده المالية.")
    assert dropped and all("ذلك الذي وقعته" in line for line in dropped if "ذلك" in line), dropped


def test_no_run_drops_the_subject_of_a_clause_whose_predicate_stays() -> None:
    """Dropping «، خاصة وأن الشركة،» would leave «مجازفة كبيرة ذات الخبرة القليلة، لم تجرب السوق»: the company's
    description and predicate on the risk."""
    lines = all_outputs("قد يبدو القرار مجازفة كبيرة، خاصة وأن الشركة، ذات الخبرة القليلة، لم تجرب السوق من قبل.")
    assert lines and all("وأن الشركة" in line for line in lines if "ذات الخبرة" in line or "تجرب" in line), lines
    assert not any(line.endswith("خاصة") for line in lines), lines  # especially what?


def test_a_bare_time_before_a_phrase_that_opens_with_waw_of_its_own_may_go() -> None:
    """«وسط» is a word of its own, not «و» + a coordinated clause: the day before it goes like any bare time, in
    the lead's order and with the subject put first («أسهم شركات الطيران تتراجع الخميس» says the day twice)."""
    lines = all_outputs("تراجعت أسهم شركات الطيران الخميس وسط قلق المستثمرين من ارتفاع أسعار الوقود.")
    assert "تراجعت أسهم شركات الطيران وسط قلق المستثمرين" in lines, lines
    assert "أسهم شركات الطيران تتراجع وسط قلق المستثمرين" in lines, lines


def test_an_object_between_commas_is_never_dropped_as_an_aside() -> None:
    """«شنت الطائرات، التي ...، | قصفا جويا عنيفا، | استهدف ...»: the noun and its adjective in the accusative are
    what the verb launched; without them «استهدف» would follow the relative clause."""
    lines = all_outputs("وشنت الطائرات الحربية، التي يقودها التحالف، قصفا جويا عنيفا، استهدف مواقع المسلحين في شمال "
                        "البلاد.")
    assert any("استهدف" in line for line in lines), lines
    assert all("قصفا جويا عنيفا" in line for line in lines if "استهدف" in line), lines


def test_a_speech_verb_between_commas_is_never_dropped() -> None:
    """«كان الوزير، سامي الكامل، | قال، | في بداية هذا العام، إن ...»: without «قال» nobody says what follows."""
    lines = all_outputs("وكان الوزير السابق، سامي الكامل، قال، في بداية هذا العام، إن الحكومة ستخفض الضرائب على "
                        "الشركات.")
    assert lines and all("قال" in line.split() or "قال،" in line.split() for line in lines), lines


def test_no_run_drops_the_phrase_whose_person_is_named_after_it() -> None:
    """«، قضية اختفاء حساب خطيب الجامع الكبير، | نايف الرميح | في الموقع» without the phrase would have the users
    circulate the preacher himself."""
    lines = all_outputs("تداول مستخدمون على مواقع التواصل الاجتماعي، قضية اختفاء حساب خطيب الجامع الكبير، نايف "
                        "الرميح في الموقع، بعد ظهور رسالة خطأ على صفحته.")
    assert lines and not any("الاجتماعي نايف" in line for line in lines), lines
    assert any("قضية اختفاء حساب خطيب الجامع الكبير" in line for line in lines), lines


def test_a_quotation_between_commas_is_never_dropped_as_an_aside() -> None:
    """«علق المشجعون، "يا لها من خسارة"، على صورة اللاعب»: the quotation is what they said."""
    lines = all_outputs('وعلق المشجعون على مواقع التواصل، "يا لها من خسارة كبيرة"، تحت صورة اللاعب بعد المباراة.')
    assert lines and not any("التواصل تحت" in line for line in lines), lines


def test_after_that_the_verb_past_the_commas_is_the_predicate_and_the_run_drops() -> None:
    lines = all_outputs("أعلن المدرب في مؤتمر صحفي أن اللاعب سامي الكامل، قائد الفريق الأول، استأنف التدريبات "
                        "الجماعية أمس.")
    assert any("صحفي أن اللاعب سامي الكامل استأنف التدريبات" in line for line in lines), lines


def test_the_object_between_commas_stays_and_the_elative_describing_the_subject_may_go() -> None:
    """«قدمت الشركة، أكبر شركة ...، عرضا بقيمة ...، لشراء ...»: without «عرضا» nothing was offered; «أكبر» describes
    the company and is no verb of a list."""
    lines = all_outputs("قدمت شركة النور، أكبر شركة للاتصالات في البلاد، عرضا بقيمة 3 مليارات دولار، لشراء شبكة "
                        "الفجر المحلية.")
    assert lines and not any("لشراء" in line and "عرضا" not in line for line in lines), lines
    assert any(line.startswith("قدمت شركة النور عرضا بقيمة 3 مليارات دولار") for line in lines), lines


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("وبخصوص اتهامه للحزب المعارض بالوقوف وراء الهجوم على المقر، أوضح رئيس الجمهورية أن الجميع يعلم حقيقة ما جرى.",
     "بخصوص"),
    ("وبالتوازي مع نقاط البيع المعروفة وابتداء من الشهر المقبل، سيمكن للمشتركين شراء البطاقات عبر الموقع الرسمي.",
     "بالتوازي"),
])
def test_a_phrase_of_what_it_is_about_never_opens_an_output_alone(sentence: str, phrase: str) -> None:
    """«وبخصوص X، أوضح ...» is about X, «وبالتوازي مع X، ...» alongside X: an output from it alone says nothing."""
    lines = all_outputs(sentence)
    assert not any(line.startswith(phrase) and "،" not in line for line in lines), lines


# A run that would leave the words before and after it reading wrongly together: the sentence, and words no
# output may hold
RUNS_THAT_MISREAD = [
    # «، قائد الفريق.» closes the sentence describing «رونالدو»: without him it would describe the goals
    pytest.param("ويحتل اللاعب المركز الثاني في قائمة الهدافين برصيد 20 هدفا، خلف البرتغالي كريستيانو رونالدو، قائد "
                 "الفريق.", "هدفا قائد الفريق", id="closing-apposition"),
    # «، فتح الله غولن،» names the cleric the run would drop
    pytest.param("واعتقلت الشرطة أكثر من 50 شخصا في المدينة، بعدما ألقت باللائمة في الهجوم على رجل الدين وحليفه "
                 "السابق، فتح الله غولن، المقيم في الخارج.", "المدينة فتح الله", id="name-with-allah"),
    # «صورة سيلفي، مع ولي العهد، الأمير ...»: without «مع ولي العهد» the prince reads as part of the picture
    pytest.param("نشر رئيس الوزراء، سامي الخطيب، صورة تذكارية، مع ولي العهد، الأمير فيصل بن خالد وأمير المنطقة، على "
                 "حسابه.", "تذكارية الأمير", id="titled-name-after-it"),
    # «افتتح الوزير المعرض، بعد سنوات من الانتظار، شارك خلالها ...»: the second verb says what happened during
    # the years, so without them it would follow the opening with no sense
    pytest.param("افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة، بعد سنوات طويلة من الانتظار، شارك خلالها "
                 "الناشرون في معارض الدول المجاورة.", "العاصمة شارك", id="clause-describing-the-run"),
    # «إن الروابط التي تقف وراء الهجوم تتكون من ...»: «تتكون» is the main clause's verb, not the relative's
    pytest.param("وقال الوزير إن الجميع يعلم بأن الروابط التي تقف وراء الهجوم تتكون من هذه الأحزاب، إلى جانب حزب "
                 "صغير انسحب منها.", "بأن الروابط إلى جانب", id="predicate-a-relative-runs-into"),
    # «المدعومين» describes the rebels: dropping them with the relative clause made it the verb's object
    pytest.param("يدعم التحالف الذي تقوده الدولة الجارة الحكومة الشرعية ضد المتمردين الشماليين، المدعومين من دولة "
                 "أخرى، والذين استولوا على العاصمة.", "التحالف المدعومين", id="plural-adjective-of-a-dropped-noun"),
]


@pytest.mark.parametrize(("sentence", "misread"), RUNS_THAT_MISREAD)
def test_no_run_leaves_words_that_read_wrongly_together(sentence: str, misread: str) -> None:
    lines = all_outputs(sentence)
    assert lines and not any(misread in line for line in lines), lines
