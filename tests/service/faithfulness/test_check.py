"""The checks on texts written for the tests: each kind of unsupported text is found, faithful rewrites pass."""

from __future__ import annotations

import pytest

from service.digest import Digest, Finding, InputInfo
from service.faithfulness import ArticleEvidence, check_digest, check_text
from service.faithfulness.words import is_common
from tests.service.faithfulness.samples import ARTICLE, FAITHFUL, UNFAITHFUL

INFO = InputInfo(chars=0, words=0, sentences=0, paragraphs=0, sections=0, arabic_ratio=1.0)


@pytest.fixture(scope="module")
def evidence() -> ArticleEvidence:
    return ArticleEvidence(ARTICLE)


@pytest.mark.parametrize("headline", FAITHFUL)
def test_faithful_rewrites_have_no_findings(evidence: ArticleEvidence, headline: str) -> None:
    assert check_text(evidence, "headline", None, headline) == []


@pytest.mark.parametrize(("headline", "kind", "words"), UNFAITHFUL)
def test_each_unsupported_detail_is_found_and_quoted(evidence: ArticleEvidence, headline: str, kind: str,
                                                     words: str) -> None:
    findings = check_text(evidence, "headline", None, headline)
    assert Finding("headline", None, kind, words) in findings
    assert words in headline


def test_every_article_sentence_copied_is_supported(evidence: ArticleEvidence) -> None:
    for line in ARTICLE.splitlines():
        assert check_text(evidence, "summary", None, line) == []


def test_findings_name_the_bullet_and_the_summary() -> None:
    digest = Digest(headline="وزير الصحة يؤكد توفر اللقاحات", engine="test", model=None, input=INFO,
                    bullets=["حملة التطعيم شملت ثلاثة ملايين طفل", "نسبة التغطية 51% في الريف"],
                    summary="شملت الحملة ثلاثة ملايين طفل. وقال ماكرون إن التغطية جيدة.")
    findings = check_digest(ArticleEvidence(ARTICLE), digest)
    assert findings == [Finding("bullets", 1, "number", "51%"), Finding("summary", None, "name", "ماكرون")]
    assert [finding.slot for finding in findings] == ["bullets[1]", "summary"]


@pytest.mark.parametrize(("article_words", "output", "found"), [
    ("وصل عدد الزوار إلى 1,500 زائر", "1500 زائر", False),
    ("وصل عدد الزوار إلى 1,500 زائر", "1.5 ألف زائر", False),
    ("بلغت الخسائر 2.5 مليون دولار", "خسائر بمليوني دولار", True),
    ("بلغت الخسائر 2.5 مليون دولار", "خسائر بقيمة 2,5 مليون دولار", False),
    ("أصيب 35 شخصا في الحادث", "إصابة عشرات في الحادث", False),
    ("أصيب 5 أشخاص في الحادث", "إصابة عشرات في الحادث", True),
    ("فاز الفريق للمرة الرابعة", "الفريق يفوز بالبطولة 4 مرات", False),
    ("فاز الفريق للمرة الرابعة", "الفريق يفوز للمرة الخامسة", True),
    ("ارتفع المؤشر بنسبة 3 في المئة", "المؤشر يرتفع ٣٪", False),
    ("ارتفع المؤشر 3 نقاط", "المؤشر يرتفع 3%", True),
])
def test_number_values_across_scripts_separators_scales_and_words(article_words: str, output: str,
                                                                  found: bool) -> None:
    findings = check_text(ArticleEvidence(article_words), "headline", None, output)
    assert any(finding.kind == "number" for finding in findings) is found


def test_common_words_are_not_name_like_and_names_are() -> None:
    for word in ("يؤكد", "والحكومه", "المواطنين", "يبحث", "عاما", "رغم"):
        assert is_common(word), word
    for name in ("ترامب", "بوتين", "موسكو", "اسرائيل", "داعش"):
        assert not is_common(name), name


def test_words_glued_by_punctuation_in_a_copy_are_supported() -> None:
    evidence = ArticleEvidence("وسيزور الوفد خلال أيام الزيارة مدن سوسة,الجم,الحمامات وتونس العاصمة.")
    assert check_text(evidence, "bullets", 0, "سيزور الوفد مدن سوسة,الجم,الحمامات وتونس") == []
    assert check_text(evidence, "bullets", 0, "سيزور الوفد مدن سوسة,الجم,الحمامات وقرطاج") == [
        Finding("bullets", 0, "name", "وقرطاج")]


@pytest.mark.parametrize(("copy", "found"), [
    ("وخلف الزلزال عشرات الآلاف من الضحايا", []),
    ("وخلف الزلزال عشرات", [Finding("headline", None, "number", "عشرات")]),  # cut from «عشرات الآلاف»
    ("ألف شخص فقدوا منازلهم", [Finding("headline", None, "number", "ألف")]),  # cut from «300 ألف»
    ("تعلن الوزارة موعد المرحلة", [Finding("headline", None, "negation", "تعلن")]),  # cut after «لم»
])
def test_a_copy_cut_out_of_a_number_or_a_negation_is_checked(copy: str, found: list[Finding]) -> None:
    article = ("ضرب زلزال قوي المنطقة الجبلية. وخلف الزلزال عشرات الآلاف من الضحايا.\n"
               "وقال المسؤولون إن 300 ألف شخص فقدوا منازلهم. ولم تعلن الوزارة موعد المرحلة الثانية.")
    digest = Digest(headline=copy, bullets=None, summary=None, engine="test", model=None, input=INFO)
    assert check_digest(ArticleEvidence(article), digest) == found


def test_a_past_verb_opening_with_ta_put_in_the_present_is_no_name() -> None:
    evidence = ArticleEvidence("وتركزت محادثات القادة في المدينة الساحلية على تأمين الحدود المشتركة.")
    assert check_text(evidence, "bullets", 0, "محادثات القادة تتركز على تأمين الحدود المشتركة") == []
    assert check_text(evidence, "bullets", 0, "محادثات القادة تتزعزع على تأمين الحدود المشتركة") != []
