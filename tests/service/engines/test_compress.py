"""Headline compression keeps the article's words whole and its numbers with their scales (faithfulness bugs
that the dev-set checks found)."""

from __future__ import annotations

from service.engines.compress import compress_to_headline


def test_an_unpaired_quote_glued_between_two_words_leaves_them_apart() -> None:
    line = compress_to_headline('وقالت ممثلة المنظمة في بيان"الكثير من الأطفال يصلون في حالة حرجة')
    assert "بيان الكثير" in line and "بيانالكثير" not in line


def test_a_quote_after_a_conjunction_leaves_the_conjunction_on_its_word() -> None:
    line = compress_to_headline('و"حدد الوزير شروطا جديدة للتوصل إلى اتفاق مع النقابات')
    assert line.startswith("وحدد الوزير")


def test_a_removed_aside_glued_to_the_next_word_leaves_them_apart() -> None:
    line = compress_to_headline("هددت الحكومة باتخاذ خطوات إضافية (لحماية المزارعين من الجفاف)كما فرضت رسوما جديدة")
    assert "إضافية كما" in line


def test_a_cut_never_separates_a_number_from_its_scale() -> None:
    sentence = "وهزت الاتهامات أوساط الإغاثة بعد الزلزال المدمر الذي ضرب البلاد وخلف عشرات الآلاف من القتلى والجرحى"
    line = compress_to_headline(sentence, max_words=12, cut_window=12)
    assert not line.endswith("عشرات")
    assert "عشرات الآلاف" in line or "عشرات" not in line
