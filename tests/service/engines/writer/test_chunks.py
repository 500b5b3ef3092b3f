"""How a sentence is cut into the phrases compressions keep or drop whole. Sentences written for these tests."""

from __future__ import annotations

from service.engines.writer.chunks import chunk_sentence
from tests.service.engines.writer.test_meaning import all_outputs


def phrases(sentence: str) -> list[str]:
    chunked = chunk_sentence(sentence)
    return [" ".join(chunked.words[chunk.start:chunk.end]) for chunk in chunked.chunks]


def test_binaa_opens_a_phrase_only_as_based_on() -> None:
    """«بناء على طلب» (based on a request) opens an adjunct; «بناء المستوطنات» (building them) is the verb's object."""
    assert "التي تعارض بناء المستوطنات الجديدة موقفها." in phrases("وأكدت المنظمة التي تعارض بناء المستوطنات الجديدة موقفها.")
    assert "بناء على طلب النيابة العامة." in phrases("وأجلت المحكمة الجلسة بناء على طلب النيابة العامة.")


def test_wasat_opens_a_phrase_as_amid_but_not_as_the_middle_a_player_plays_in() -> None:
    """«وسط تقديرات» (amid estimates) closes the object before it, so a headline can end with what was given;
    «لاعب وسط النادي» (its midfielder) is one title, and no output names the player «لاعب» alone."""
    lines = all_outputs("أعطى اليوم السبت، وزير الزراعة سامي الكامل، شارة انطلاق موسم الحصاد بولاية نابل وسط "
                        "تقديرات رسمية تشير إلى إنتاج قياسي من الحبوب هذا العام.")
    assert "أعطى وزير الزراعة سامي الكامل، شارة انطلاق موسم الحصاد بولاية نابل" in lines, lines
    assert "أكد لاعب وسط نادي الهلال سالم الدوسري" in phrases(
        "أكد لاعب وسط نادي الهلال سالم الدوسري أنه سيعتزل اللعب نهاية الموسم.")


def test_the_day_before_yesterday_is_one_time_expression() -> None:
    """«أمس الأول» is dropped whole: «الأول» alone would read «the first»."""
    lines = all_outputs("اختتمت أمانة المحافظة أمس الأول، فعاليات المهرجان الصيفي التي استمرت أربعة أيام.")
    assert lines and not any("الأول" in line and "أمس" not in line for line in lines), lines


def test_a_spelled_acronym_with_in_is_one_name() -> None:
    """«سي إن بي سي» spells CNBC: its «إن» opens no reported clause."""
    assert "وقالت المديرة لشبكة سي إن بي سي الاقتصادية" in phrases(
        "وقالت المديرة لشبكة سي إن بي سي الاقتصادية إن الشركة بدأت مناقشات جديدة.")


def test_cnn_spelled_out_ends_on_its_second_in() -> None:
    """«سي إن إن» spells CNN, also after «ل»: its second «إن» opens no reported clause (a description between
    commas after it had become a clause, and a bullet lost the verb's object); a third «إن» does."""
    assert phrases("وانتقدت القناة، المنافسة لسي إن إن، قرار المنع.") == [
        "وانتقدت القناة،", "المنافسة لسي إن إن،", "قرار المنع."]
    assert phrases("وقالت شبكة سي إن إن إن الوفد وصل.") == ["وقالت شبكة سي إن إن", "إن الوفد وصل."]


def test_an_imam_written_with_hamza_below_is_no_preposition() -> None:
    """«إمام المسجد» (its imam) is the speaker's title; «أمام المحكمة» (in front of it) opens a phrase."""
    assert phrases("أكد إمام المسجد الكبير الشيخ سالم أهمية التعليم.")[0] == "أكد إمام المسجد الكبير الشيخ سالم أهمية التعليم."
    assert "أمام المحكمة" in phrases("وقف المتهم أمام المحكمة")


def test_the_numbered_day_of_a_visit_is_no_time_to_drop() -> None:
    """«في اليوم الأول من زيارته» is the first day: dropping «في اليوم» as «today» would leave «الأول من زيارته»."""
    lines = all_outputs("أكد الرئيس الضيف في اليوم الأول من زيارته للبلاد أن العلاقات بين البلدين متينة.")
    assert lines and not any("الضيف الأول" in line for line in lines), lines


def test_the_day_a_demonstrative_points_at_stays_with_it() -> None:
    """«ظهيرة هذا اليوم» is one phrase: no output ends on «هذا» with «اليوم» cut off as a time."""
    lines = all_outputs("باشرت فرق الدفاع المدني ظهيرة هذا اليوم إخماد حريق في مستودع للأخشاب بالمنطقة الصناعية.")
    assert lines and not any(line.endswith("هذا") or "هذا إخماد" in line for line in lines), lines


def test_the_day_before_yesterday_with_min_is_one_time_expression() -> None:
    """«أول من أمس» is dropped whole, not «أمس» alone with «أول من» left on the phrase before it."""
    assert "أول من أمس" in phrases("انطلقت بطولة الفروسية على كأس المحافظ أول من أمس على ميادين النادي.")
    lines = all_outputs("انطلقت بطولة الفروسية على كأس المحافظ أول من أمس على ميادين النادي.")
    assert lines and not any(line.endswith(("أول", "أول من")) for line in lines), lines


def test_a_day_that_completes_a_phrase_is_no_time_to_drop() -> None:
    """«من منتصف الليلة», «بعد منتصف ليل يوم الجمعة»: the day is what «منتصف» is of, never cut off alone."""
    lines = all_outputs("فرض الجيش حظرا للتجول لمدة ثلاثة أيام يبدأ من منتصف الليلة، وذلك بعد اشتباكات عنيفة.")
    assert lines and not any(line.endswith("منتصف") for line in lines), lines
    lines = all_outputs("سقطت ثلاث قذائف بعد منتصف ليل يوم الجمعة، داخل المنطقة الخضراء في العاصمة.")
    assert lines and not any("منتصف داخل" in line or line.endswith(("منتصف ليل", "ليل يوم")) for line in lines), lines


def test_a_time_after_waw_at_the_sentence_start_is_dropped_like_one_without_it() -> None:
    """«ويوم الخميس الماضي» and «وأمس» open the sentence as a time, not as its subject: the statement opens at
    the verb that follows."""
    for sentence in ("ويوم الخميس الماضي أعلن الوزير أن الخطة جاهزة للتنفيذ في المدن الكبرى.",
                     "وأمس أعلن الوزير أن الخطة جاهزة للتنفيذ في المدن الكبرى."):
        lines = all_outputs(sentence)
        assert lines and not any(line.startswith(("يوم", "أمس", "الوزير أمس")) for line in lines), lines


def test_the_next_day_is_one_time_expression() -> None:
    """«في اليوم التالي» is dropped whole: «التالي،» alone would open the headline."""
    assert phrases("وفي اليوم التالي، طالبت الوزارة الشركات بوقف البيع.")[0] == "وفي اليوم التالي،"


def test_last_month_is_a_time_but_the_current_secretary_general_is_no_time() -> None:
    """«الشهر الماضي» is dropped whole, here from between the speaker and what he said; «العام الحالي» after a title
    is the post («الأمين العام الحالي»), not this year."""
    lines = all_outputs("وقال الوزير الشهر الماضي إن الحكومة ستخفض أسعار الوقود في مطلع العام المقبل.")
    assert any(line.startswith("الوزير: الحكومة ستخفض") for line in lines), lines
    assert phrases("أكد الأمين العام الحالي للمنظمة أن الاجتماع سيعقد في موعده.")[0] == "أكد الأمين العام الحالي"


def test_a_date_that_recurs_every_year_is_dropped_whole() -> None:
    lines = all_outputs("يحتفل سكان المدينة في 7 يوليو من كل عام بذكرى تأسيسها بعروض فنية في الساحات.")
    assert lines and not any("من كل عام" in line and "يوليو" not in line for line in lines), lines


def test_a_date_in_the_month_gone_by_is_one_time_expression() -> None:
    assert "في 20 يناير المنصرم" in phrases("بدأت القوات عملياتها العسكرية في 20 يناير المنصرم بعد تهديدات متكررة.")


def test_a_day_counted_by_every_or_same_stays_with_its_word() -> None:
    """«في كل يوم» (every day), «ذات يوم» (one day): «يوم» is no time of its own to drop, which left «في كل
    آلاف السياح»."""
    lines = all_outputs("ويزور المتحف في كل يوم آلاف السياح من مختلف دول العالم، حيث إن مجموعته نادرة.")
    assert lines and all("في كل يوم" in line for line in lines if "في كل" in line), lines
    assert "ذات يوم" in " ".join(phrases("وقال الكاتب إنه التقى ذات يوم رجلا عجوزا في المقهى."))


def test_a_clause_joined_by_and_with_a_past_verb_may_be_left_out() -> None:
    """«... في ثلاث سنوات | وتعرضت عملات أخرى ...»: the first clause is a headline of its own, which the chunker
    (knowing no verbs) kept in one phrase with the second."""
    lines = all_outputs("تراجع الجنيه الإسترليني إلى أدنى مستوياته في ثلاث سنوات وتعرضت عملات أخرى مرتبطة بالنفط "
                        "لضغوط كبيرة.")
    assert "تراجع الجنيه الإسترليني إلى أدنى مستوياته في ثلاث سنوات" in lines, lines


def test_a_verb_that_reads_so_as_written_or_a_noun_after_and_opens_no_clause() -> None:
    """«وردت» is «came» here, the predicate of «أن العاملين» (a clause after «أن» with no verb yet); «وادي» is a
    valley, not «و» + «أدى»."""
    reported = all_outputs("وأوضح المركز الإعلامي في مديرية الشرطة في بيان اليوم ، أن العاملين في إدارة مكافحة "
                           "التهريب وردت إليهم معلومات حول شحنة كبيرة من البضائع .")
    assert reported and not any(line.endswith("مكافحة التهريب") for line in reported), reported
    valley = all_outputs("اندلع حريق في أعلاف الماشية في بطن وادي العرض شمال المدينة صباح اليوم.")
    assert valley and not any(line.endswith("في بطن") for line in valley), valley


def test_a_clause_of_contrast_may_be_left_out_whole() -> None:
    """«... لكنه عاد ليتعادل»: what comes before «لكن» is a statement of its own, and no output keeps «لكنه»
    without the verb of its clause."""
    lines = all_outputs("تأخر الفريق الضيف في النتيجة مرتين خلال المباراة لكنه عاد ليتعادل في الدقائق الأخيرة.")
    assert "تأخر الفريق الضيف في النتيجة مرتين خلال المباراة" in lines, lines
    assert not any(line.endswith("لكنه") for line in lines), lines
