import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.text import is_heading, split_overlong, split_paragraphs, split_sections, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. بدأت المحادثات! هل تنجح؟ ربما…", ["وصل الوفد.", "بدأت المحادثات!", "هل تنجح؟", "ربما…"]),
        ("وصل الوفد، وبدأت المحادثات؛ ثم انتهت.", ["وصل الوفد، وبدأت المحادثات؛ ثم انتهت."]),
        ("ارتفع النمو إلى 3.5 في المئة هذا العام.", ["ارتفع النمو إلى 3.5 في المئة هذا العام."]),
        ("التقى د. سمير بالوفد. ثم غادر.", ["التقى د. سمير بالوفد.", "ثم غادر."]),
        ("زار الموقع www.example.com أمس. وعاد.", ["زار الموقع www.example.com أمس.", "وعاد."]),
        ("سطر بلا نقطة\nسطر ثان", ["سطر بلا نقطة", "سطر ثان"]),
        ("افتتح المتحف عام 1990.وقال المدير إنه سعيد.", ["افتتح المتحف عام 1990.", "وقال المدير إنه سعيد."]),
        ('قال: "سنعود قريبا." وغادر القاعة.', ['قال: "سنعود قريبا."', "وغادر القاعة."]),
        # an acronym written in Arabic letters keeps its dots («قالت شبكة سي» was once a sentence)
        ("قالت شبكة (سي.إن.إن) إن العاصفة اشتدت. وأغلقت المدارس.",
         ["قالت شبكة (سي.إن.إن) إن العاصفة اشتدت.", "وأغلقت المدارس."]),
        ("وذكرت بي.بي.سي أن الوفد وصل.وبدأت المحادثات.", ["وذكرت بي.بي.سي أن الوفد وصل.", "وبدأت المحادثات."]),
        # also with «و» glued to its first letters («جيه مكلوم سجل ...» was once a sentence)
        ("سجل ليلارد وسي.جيه مكلوم 28 نقطة. وفاز الفريق.", ["سجل ليلارد وسي.جيه مكلوم 28 نقطة.", "وفاز الفريق."]),
        # an ellipsis inside a quotation that closes later is a pause in what was said; one that closes it, or
        # a quotation that never closes, still ends the sentence
        ('قال المتحدث "الجنود.. يبعدون عشرة كيلومترات". وغادر.', ['قال المتحدث "الجنود.. يبعدون عشرة كيلومترات".',
                                                                 "وغادر."]),
        ("قال الشاعر «الحياة… حلم قصير» وصمت.", ["قال الشاعر «الحياة… حلم قصير» وصمت."]),
        ('قال "انتهى.." وغادر. ثم عاد', ['قال "انتهى.."', "وغادر.", "ثم عاد"]),
        ('قال "الجنود.. يبعدون عشرة كيلومترات', ['قال "الجنود..', "يبعدون عشرة كيلومترات"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_split_paragraphs_drops_blank_lines() -> None:
    assert split_paragraphs("فقرة أولى.\n\n  \nفقرة ثانية.") == ["فقرة أولى.", "فقرة ثانية."]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("أهداف الحملة:", True),
        ("الإصابات المسجلة :", True),
        ("قال الوزير: إن الحملة ستبدأ غدا وتستمر أربعة أسابيع في جميع المحافظات والمدن والقرى النائية.", False),
        ("انتهى الاجتماع. النتائج:", False),
        ("عنوان بلا نقطتين", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_split_sections_groups_paragraphs_under_headings() -> None:
    sections = split_sections(["مقدمة الخبر.", "الخلفية:", "فقرة أولى.", "فقرة ثانية.", "ردود الفعل:", "فقرة ثالثة."])
    assert [(s.heading, s.paragraphs) for s in sections] == [
        (None, ["مقدمة الخبر."]),
        ("الخلفية", ["فقرة أولى.", "فقرة ثانية."]),
        ("ردود الفعل", ["فقرة ثالثة."]),
    ]


def test_split_overlong_prefers_clause_breaks() -> None:
    sentence = "أعلنت الحكومة خطة جديدة للنقل، وتشمل الخطة حافلات كهربائية وقطارات سريعة، وتبدأ العام المقبل"
    chunks = split_overlong(sentence, 8)
    assert chunks == ["أعلنت الحكومة خطة جديدة للنقل،", "وتشمل الخطة حافلات كهربائية وقطارات سريعة،",
                      "وتبدأ العام المقبل"]


def test_split_overlong_cuts_unpunctuated_text() -> None:
    chunks = split_overlong(" ".join(["كلمة"] * 3000), 60)
    assert len(chunks) == 50 and all(len(c.split()) == 60 for c in chunks)


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


@given(st.text())
def test_sentences_never_lose_letters(text: str) -> None:
    assert _letters("".join(split_sentences(text))) == _letters(text)


@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي .،؛!؟:\n0123456789-")), max_size=400),
       st.integers(min_value=1, max_value=30))
def test_overlong_split_never_loses_letters(text: str, limit: int) -> None:
    chunks = split_overlong(text, limit)
    assert _letters("".join(chunks)) == _letters(text)
    assert all(len(chunk.split()) <= limit for chunk in chunks)
