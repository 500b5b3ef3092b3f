from service.text import parse_page
from tests.arabic_samples import ECONOMY, NEWS_PAGE


def test_parses_every_part_of_a_news_page() -> None:
    page = parse_page(NEWS_PAGE)
    assert page.headline == "افتتاح أول خط للقطار الكهربائي بين العاصمة والمدن الساحلية"
    assert page.deck == "الرحلة تستغرق ساعة واحدة بدلا من ثلاث ساعات بالحافلة"
    assert page.source == "صحيفة الأنباء اليومية"
    assert page.teasers == [
        "القطار الجديد ينقل 40 ألف راكب يوميا",
        "أسعار التذاكر تبدأ من دولارين للرحلة الواحدة",
        "المرحلة الثانية تربط المطار بوسط العاصمة عام 2027",
    ]
    assert page.title == "القطار الكهربائي: نقلة في النقل العام"
    assert page.headings == ["مواصفات المشروع", "الأسعار والمواعيد", "الخطط المستقبلية"]
    assert page.paragraphs[0].startswith("دشن رئيس الوزراء")
    assert len(page.paragraphs) == 4


def test_plain_article_is_all_body() -> None:
    page = parse_page(ECONOMY)
    assert (page.headline, page.deck, page.source, page.teasers, page.title) == (None, None, None, [], None)
    assert len(page.paragraphs) == 5


def test_title_line_above_plain_body_is_the_headline() -> None:
    page = parse_page("ارتفاع أسعار الذهب\nارتفعت أسعار الذهب اليوم إلى مستوى قياسي جديد بسبب الطلب.")
    assert page.headline == "ارتفاع أسعار الذهب"
    assert page.paragraphs == ["ارتفعت أسعار الذهب اليوم إلى مستوى قياسي جديد بسبب الطلب."]


def test_a_long_first_line_without_its_full_stop_is_the_lead_not_a_headline() -> None:
    lead = "احتفل رجل الأعمال سامي بن خالد الكامل بزفاف كريمته إلى الشاب أحمد بن سعود العمري في قاعة كبرى بالمدينة"
    page = parse_page(lead + "\nأقيم حفل الزواج وسط حضور عدد من رجال الأعمال والأقارب والأصدقاء.")
    assert page.headline is None
    assert page.paragraphs[0] == lead


def test_page_without_deck_or_source() -> None:
    page = parse_page("عنوان الخبر الرئيسي\n-\nالنقطة الأولى\n-\nالنقطة الثانية\nنص الخبر يبدأ هنا وينتهي هنا.")
    assert page.headline == "عنوان الخبر الرئيسي"
    assert page.deck is None and page.source is None
    assert page.teasers == ["النقطة الأولى", "النقطة الثانية"]
    assert page.paragraphs == ["نص الخبر يبدأ هنا وينتهي هنا."]


def test_only_teasers_leaves_no_body() -> None:
    page = parse_page("عنوان\n-\nنقطة\n-")
    assert page.teasers == ["نقطة"]
    assert page.paragraphs == []


def test_empty_page() -> None:
    page = parse_page("")
    assert page.headline is None and page.paragraphs == []


def test_a_trailing_link_to_the_story_is_no_part_of_the_article() -> None:
    text = ("أعلنت البلدية افتتاح حديقة عامة جديدة في الحي الشمالي.\n"
            "وتضم الحديقة ملاعب للأطفال ومسارا للمشي. رابط الخبر بصحيفة المدينة: البلدية تفتتح حديقة جديدة")
    page = parse_page(text)
    assert page.paragraphs[-1] == "وتضم الحديقة ملاعب للأطفال ومسارا للمشي."
    assert "رابط الخبر" not in " ".join(page.paragraphs)


def test_the_sites_tag_list_after_the_last_sentence_is_no_part_of_the_article() -> None:
    text = ("أعلنت البلدية افتتاح حديقة عامة جديدة في الحي الشمالي.\n"
            "وتضم الحديقة ملاعب للأطفال ومسارا للمشي. سمات البلدية الحدائق الحي الشمالي")
    assert parse_page(text).paragraphs[-1] == "وتضم الحديقة ملاعب للأطفال ومسارا للمشي."


def test_the_word_for_tags_inside_a_sentence_stays() -> None:
    text = "أعلنت البلدية افتتاح حديقة عامة جديدة.\nوتتميز الحديقة بسمات فريدة. وتحمل سمات العمارة المحلية."
    assert parse_page(text).paragraphs[-1] == "وتتميز الحديقة بسمات فريدة. وتحمل سمات العمارة المحلية."


def test_a_site_trailer_after_a_rule_is_no_part_of_the_article() -> None:
    text = ("افتتحت البلدية حديقة عامة جديدة في حي النخيل بمساحة عشرة آلاف متر مربع.\n"
            "وتضم الحديقة ملاعب للأطفال ومسارات للمشي.\n"
            "------------------------------\n"
            "يمكنكم متابعة آخر الأخبار بعد تحميل تطبيقنا على هواتفكم.")
    assert parse_page(text).paragraphs == ["افتتحت البلدية حديقة عامة جديدة في حي النخيل بمساحة عشرة آلاف متر مربع.",
                                           "وتضم الحديقة ملاعب للأطفال ومسارات للمشي."]


def test_a_rule_between_parts_of_the_story_keeps_what_follows() -> None:
    text = "الجزء الأول من الخبر هنا.\n* * *\nالجزء الثاني من الخبر هنا.\nوالجزء الثالث من الخبر هنا."
    assert parse_page(text).paragraphs[-2:] == ["الجزء الثاني من الخبر هنا.", "والجزء الثالث من الخبر هنا."]


def test_an_opinion_pages_disclaimer_is_no_part_of_the_article() -> None:
    text = ("هذا المقال بقلم كاتب ضيف، والآراء الواردة أدناه تعبر عن رأي الكاتب ولا تعكس بالضرورة رأي الموقع.\n"
            "تواجه المدن الكبرى أزمة سكن متفاقمة مع ارتفاع الإيجارات.\n"
            "وقالت إنها تعبر عن رأيها بحرية في كل ما تكتبه.\n"
            "** جميع المقالات المنشورة تمثل رأي كتابها فقط")
    assert parse_page(text).paragraphs == ["تواجه المدن الكبرى أزمة سكن متفاقمة مع ارتفاع الإيجارات.",
                                           "وقالت إنها تعبر عن رأيها بحرية في كل ما تكتبه."]


def test_a_rights_notice_is_no_part_of_the_article() -> None:
    text = ("ضربت موجة ثلج قوية شمال البلاد هذا الأسبوع.\nوقال العمال إن حقوق النشر محفوظة للمصور وحده.\n"
            "حقوق النشر محفوظة لكل الصور المنشورة هنا.\n© جميع الحقوق محفوظة")
    assert parse_page(text).paragraphs == ["ضربت موجة ثلج قوية شمال البلاد هذا الأسبوع.",
                                           "وقال العمال إن حقوق النشر محفوظة للمصور وحده."]


def test_a_sites_links_to_its_other_stories_are_no_part_of_the_article() -> None:
    text = ("بدأت الحملة الوطنية للتطعيم أمس في جميع المحافظات.\nاقرأ أيضا: قافلة مساعدات إنسانية تدخل المدينة\n"
            "وتستمر الحملة أسبوعا كاملا.\nاقرأ ايضاً:\nوفاة ممثل مصري شهير عن عمر يناهز الثمانين\n"
            "ويشارك فيها ألف طبيب.")
    assert parse_page(text).paragraphs == ["بدأت الحملة الوطنية للتطعيم أمس في جميع المحافظات.",
                                           "وتستمر الحملة أسبوعا كاملا.", "ويشارك فيها ألف طبيب."]


def test_a_columnists_contact_footer_is_no_part_of_the_column() -> None:
    text = ("نحتاج إلى مراجعة مناهجنا قبل بداية العام الدراسي.\n"
            "وهذا ما نرجوه من الوزارة في الأيام المقبلة.\n"
            "للتواصل مع الكاتب ارسل رسالة SMS\n"
            "تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى\n"
            "88000 - الشركة الأولى")
    assert parse_page(text).paragraphs == ["نحتاج إلى مراجعة مناهجنا قبل بداية العام الدراسي.",
                                           "وهذا ما نرجوه من الوزارة في الأيام المقبلة."]
