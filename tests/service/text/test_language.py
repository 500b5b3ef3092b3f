import pytest

from service.text import script_language

# Written for the tests: one news paragraph in each language, on the same subject.
PERSIAN = (
    "وزیر آموزش و پرورش روز دوشنبه اعلام کرد که دولت در سال آینده بیش از دو هزار مدرسه جدید در سراسر کشور "
    "خواهد ساخت. به گفته وی، این طرح با هدف کاهش تراکم دانش‌آموزان در کلاس‌ها اجرا می‌شود و بودجه آن از محل "
    "درآمدهای نفتی تأمین خواهد شد. کارشناسان می‌گویند که کمبود معلم همچنان یکی از بزرگ‌ترین چالش‌ها است."
)
URDU = (
    "وفاقی وزیر تعلیم نے پیر کے روز اعلان کیا کہ حکومت اگلے سال ملک بھر میں دو ہزار سے زیادہ نئے اسکول تعمیر "
    "کرے گی۔ ان کا کہنا تھا کہ اس منصوبے کا مقصد کلاسوں میں طلبہ کی تعداد کم کرنا ہے اور اس کے لیے رقم ترقیاتی "
    "بجٹ سے فراہم کی جائے گی۔ ماہرین کا کہنا ہے کہ اساتذہ کی کمی اب بھی سب سے بڑا مسئلہ ہے۔"
)
ARABIC = (
    "أعلن وزير التربية يوم الاثنين أن الحكومة ستبني أكثر من ألفي مدرسة جديدة في أنحاء البلاد خلال العام "
    "المقبل. وقال الوزير إن الخطة تهدف إلى تخفيف الاكتظاظ في الفصول، وإن تمويلها سيأتي من عائدات النفط."
)


@pytest.mark.parametrize(("text", "language"), [(PERSIAN, "Persian"), (URDU, "Urdu"), (ARABIC, "Arabic")])
def test_languages_in_arabic_script_are_told_apart(text: str, language: str) -> None:
    assert script_language(text).guess == language


def test_arabic_typed_on_a_persian_keyboard_is_arabic() -> None:
    typed = ARABIC.replace("ي", "ی").replace("ك", "ک").replace("ه", "ھ")
    assert script_language(typed).guess == "Arabic"


def test_arabic_article_quoting_persian_is_arabic() -> None:
    quoted = f"{ARABIC}\nوكتبت الصحيفة الإيرانية: «{PERSIAN[:80]}»\n{ARABIC}"
    assert script_language(quoted).guess == "Arabic"
