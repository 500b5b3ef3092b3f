import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.text import count_letters, script_language, text_profile
from service.text.language import LANGUAGE_SAMPLE_CHARS, PERSIAN_AND_URDU_LETTERS, URDU_LETTERS

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


ARABIC_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
SCRIPT_MIX = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(
    " \t\n\u00a0\u2009«»،.G7_٣²é" + "".join(PERSIAN_AND_URDU_LETTERS | URDU_LETTERS) + "یکھ")


def letters_one_by_one(text: str) -> tuple[int, int]:
    """The definition `count_letters` sums token by token: letters are word characters but digits and `_`."""
    letters = [ch for ch in text if re.fullmatch(r"[^\W\d_]", ch)]
    return sum(1 for ch in letters if re.fullmatch(f"[{ARABIC_BLOCKS}]", ch)), len(letters)


@given(st.text() | st.text(alphabet=SCRIPT_MIX))
def test_letters_are_counted_as_character_by_character(text: str) -> None:
    assert count_letters(text) == letters_one_by_one(text)


@given(st.lists(st.sampled_from(["في", "الوزير", "است", "را", "ہے", "کے", "یک", "كه", "گفت", "بود"]), max_size=30),
       st.sampled_from([" ", "\n", "«", " - ", "\t"]))
def test_words_are_weighed_wherever_the_text_breaks_them(words: list[str], separator: str) -> None:
    assert script_language(separator.join(words)) == script_language(" ".join(words))


def test_one_pass_gives_the_words_and_letters_of_the_whole_text_and_the_language_of_its_start() -> None:
    long_text = (ARABIC + "\n") * (LANGUAGE_SAMPLE_CHARS // len(ARABIC) + 1) + PERSIAN * 200
    for text in (ARABIC, PERSIAN, URDU, long_text):
        profile = text_profile(text)
        assert profile.words == len(text.split())
        assert (profile.arabic_letters, profile.letters) == count_letters(text)
        assert profile.language == script_language(text)
    assert text_profile(long_text).language.guess == "Arabic"
