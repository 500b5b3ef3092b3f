import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.digest import Task
from service.engines.extractive import ExtractiveEngine, make_bullets, make_summary
from service.engines.planning import Unit, overlap
from service.engines.writer import ArticleWriter, ends_dangling
from service.engines.writer.chunks import COMPLEMENTISERS, PREPOSITIONS, RELATIVES, fold
from service.engines.writer.writer import HEADLINE_MAX_WORDS, LONG_SUBJECT_WORDS
from service.errors import InputError
from service.options import Limits, build_options
from service.pipeline import summarize_text, summarize_texts
from service.text import split_sentences
from tests.arabic_samples import ARTICLES, ECONOMY, HEALTH_WITH_SECTIONS, NEWS_PAGE, SPORTS_SHORT

ENGINE = ExtractiveEngine()
LONGEST_HEADLINE = HEADLINE_MAX_WORDS + LONG_SUBJECT_WORDS
OPTIONS = build_options(Limits())


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_full_digest_shape_and_limits(name: str) -> None:
    digest = summarize_text(ENGINE, ARTICLES[name], OPTIONS)
    assert digest.engine == "extractive" and digest.model is None
    assert 4 <= len(digest.headline.split()) <= 14
    assert not digest.headline.endswith((".", "،"))
    # a bullet never repeats the headline's sentence: a three-sentence article has two
    assert min(3, digest.input.sentences - 1) <= len(digest.bullets) <= 5
    assert all(len(b.split()) <= 14 for b in digest.bullets)
    assert digest.headline not in digest.bullets
    assert len(set(digest.bullets)) == len(digest.bullets)
    assert 1 <= len(digest.summary.split(".")) and len(digest.summary.split()) <= OPTIONS.summary_words
    assert set(digest.timings_ms) == {"select", "generate", "checks"}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_bullets_are_complete_headline_style_statements(name: str) -> None:
    digest = summarize_text(ENGINE, ARTICLES[name], build_options(Limits(), max_bullets=5))
    for bullet in digest.bullets:
        words = bullet.split()
        assert len(words) >= 5, bullet
        assert fold(words[0]) not in RELATIVES | COMPLEMENTISERS | PREPOSITIONS, bullet  # not a fragment
        assert not bullet.endswith(("،", ",", ":")) and not ends_dangling(bullet), bullet
        assert bullet != digest.headline
    assert len(set(digest.bullets)) == len(digest.bullets)


def test_bullets_are_not_near_duplicates() -> None:
    digest = summarize_text(ENGINE, HEALTH_WITH_SECTIONS, OPTIONS)
    texts = [digest.headline, *digest.bullets]
    for i, first in enumerate(texts):
        for second in texts[i + 1:]:
            assert overlap(first, second) < 0.5


def test_headline_drops_dateline_time_and_attribution() -> None:
    digest = summarize_text(ENGINE, ECONOMY, OPTIONS)
    assert "الثلاثاء" not in digest.headline and "اليوم" not in digest.headline
    assert "البنك المركزي" in digest.headline and "سعر الفائدة" in digest.headline
    assert not digest.headline.split()[-1][0].isdigit()  # not cut after a bare number


def test_one_bullet_per_section_when_the_article_has_sections() -> None:
    digest = summarize_text(ENGINE, HEALTH_WITH_SECTIONS, build_options(Limits(), max_bullets=5))
    # four headed sections: each gives a bullet, in article order
    assert len(digest.bullets) == 4
    assert "الحصبة" not in digest.bullets[0] or "أطفال" in digest.bullets[0]


def test_summary_is_in_article_order_and_within_budget() -> None:
    options = build_options(Limits(), summary_sentences=3, summary_words=80)
    digest = summarize_text(ENGINE, ECONOMY, options)
    first, *rest = split_sentences(digest.summary)
    assert first.startswith("البنك المركزي يعلن")  # the lead, subject-first
    positions = [ECONOMY.index(sentence) for sentence in rest]
    assert len(rest) == 2 and positions == sorted(positions)
    assert len(digest.summary.split()) <= 80


def test_default_summary_is_the_lead_sentence_when_it_is_substantial() -> None:
    digest = summarize_text(ENGINE, ECONOMY, OPTIONS)
    assert digest.summary.startswith("البنك المركزي يعلن") and len(split_sentences(digest.summary)) == 1
    assert digest.summary.endswith("منذ عشر سنوات.")


@pytest.mark.parametrize("count", [1, 3, 5])
def test_bullet_count_option(count: int) -> None:
    digest = summarize_text(ENGINE, NEWS_PAGE, build_options(Limits(), max_bullets=count))
    assert len(digest.bullets) <= count and len(digest.bullets) >= min(count, 3)


def test_tasks_not_asked_for_are_none() -> None:
    digest = summarize_text(ENGINE, SPORTS_SHORT, build_options(Limits(), tasks=["summary"]))
    assert digest.headline is None and digest.bullets is None and digest.summary


def test_deterministic() -> None:
    first = summarize_texts(ENGINE, list(ARTICLES.values()), OPTIONS)
    second = summarize_texts(ENGINE, list(ARTICLES.values()), OPTIONS)
    strip = lambda d: (d.headline, d.bullets, d.summary)  # noqa: E731
    assert [strip(d) for d in first] == [strip(d) for d in second]


def test_one_huge_unpunctuated_sentence() -> None:
    text = " ".join(f"كلمة{i} عربية" for i in range(1500))
    digest = summarize_text(ENGINE, text, OPTIONS)
    assert len(digest.headline.split()) <= 14 and len(digest.summary.split()) <= OPTIONS.summary_words


def test_batch_keeps_order_and_reports_errors_per_item() -> None:
    results = summarize_texts(ENGINE, [ECONOMY, "", "English only text here", SPORTS_SHORT], OPTIONS)
    assert [type(r).__name__ for r in results] == ["Digest", "EmptyInputError", "NotArabicError", "Digest"]


@pytest.mark.parametrize(
    "raw",
    [{"max_bullets": 0}, {"max_bullets": "many"}, {"summary_words": -3}, {"tasks": ["title"]},
     {"decoding": {"num_beams": 0}}, {"decoding": {"temperature": 2}}, {"summary_sentences": 2.5}],
)
def test_absurd_options_are_refused(raw: dict) -> None:
    from service.errors import BadOptionError

    with pytest.raises(BadOptionError):
        build_options(Limits(), **raw)


def test_large_options_are_clamped() -> None:
    options = build_options(Limits(), max_bullets=50, decoding={"num_beams": 64, "max_new_tokens": 10_000})
    assert options.max_bullets == 5 and options.decoding.num_beams == 4 and options.decoding.max_new_tokens == 128
    assert options.tasks == frozenset(Task)


_ARABIC_NEWSY = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئ ًٌٍَُِّْـ .،؛!؟:\n-()«»0123456789٣")),
    min_size=0, max_size=600,
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), _ARABIC_NEWSY))
def test_any_unicode_gives_a_digest_or_a_clear_input_error(text: str) -> None:
    result = summarize_texts(ENGINE, [text], OPTIONS)[0]
    if isinstance(result, InputError):
        assert result.message
    else:
        assert result.headline is not None and result.summary is not None
        assert len(result.headline.split()) <= LONGEST_HEADLINE and len(result.bullets) <= OPTIONS.max_bullets


def test_work_per_article_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """99,000 one-word lines (396 KB of input) once meant ~198,000 sentence compressions; now a few dozen."""
    from service.engines import extractive

    calls: list[int] = []
    bullet = ArticleWriter.bullet
    monkeypatch.setattr(ArticleWriter, "bullet",
                        lambda self, index, avoid: calls.append(index) or bullet(self, index, avoid))
    digest = summarize_text(ExtractiveEngine(Limits(max_chars=400_000)), ECONOMY + "ب\n" * 99_000, OPTIONS)
    assert digest.headline and len(calls) <= extractive.MAX_BULLET_TRIES + 2 * OPTIONS.max_bullets


def test_the_lead_opens_the_summary_even_when_a_later_sentence_is_more_salient() -> None:
    sentences = ["افتتح وزير النقل صباح الأحد الجسر الجديد فوق نهر المدينة بعد ثلاث سنوات من البناء.",
                 "ويربط الجسر الأحياء الشرقية بالأحياء الغربية.",
                 "ويتوقع مسؤولو المدينة أن يخفف الجسر الزحام في الأحياء الشرقية والغربية من المدينة."]
    units = [Unit(text, 0, index, score) for index, (text, score) in enumerate(zip(sentences, [0.2, 0.1, 0.5]))]
    writer = ArticleWriter(ENGINE.writer_model, sentences)
    assert make_summary(writer, units, None, 60).startswith("وزير النقل يفتتح صباح الأحد")  # subject first
    two = make_summary(writer, units, 2, 60)  # then the most salient other, in article order
    assert two.startswith("وزير النقل يفتتح") and two.endswith("والغربية من المدينة.")


def test_a_short_lead_statement_still_opens_the_summary_before_what_follows_it() -> None:
    """«سارت مئات النساء في صمت ...» is the scene; «يطأطئن رؤوسهن ...» alone would not say who."""
    sentences = ["سارت مئات النساء في صمت وسط المدينة.",
                 "يطأطئن رؤوسهن ويرتدين عباءات حمراء طويلة ويحملن لافتات تطالب بحقوق العاملات في المصانع.",
                 "ونظمت المسيرة جمعية نسائية محلية."]
    units = [Unit(text, 0, index, score) for index, (text, score) in enumerate(zip(sentences, [0.2, 0.5, 0.1]))]
    summary = make_summary(ArticleWriter(ENGINE.writer_model, sentences), units, None, 60)
    assert summary.startswith("سارت مئات النساء") and "يطأطئن" in summary, summary


def test_a_short_lead_leaves_the_summary_to_the_salient_sentences() -> None:
    sentences = ["عاجل.", "افتتح وزير النقل صباح الأحد الجسر الجديد فوق نهر المدينة بعد ثلاث سنوات من البناء.",
                 "ويربط الجسر الأحياء الشرقية بالأحياء الغربية."]
    units = [Unit(text, 0, index, score) for index, (text, score) in enumerate(zip(sentences, [0.1, 0.5, 0.2]))]
    summary = make_summary(ArticleWriter(ENGINE.writer_model, sentences), units, None, 60)
    assert summary.startswith("وزير النقل يفتتح"), summary


def test_li_glued_to_a_quotation_whose_mark_goes_is_written_on_the_article() -> None:
    """«رفضهم لـ"التدخل ...» cut before the quotation closes loses the mark: «لالتدخل» is no Arabic, «للتدخل» is."""
    text = ('كما عبر القضاة عن رفضهم لـ"التدخل التشريعي لتنقيح قانون المجلس الأعلى للقضاء لانعدام شروطه وضوابطه '
            'ولمخالفته للدستور. وقال رئيس الجمعية إن القضاة سيواصلون الاحتجاج حتى سحب المشروع من البرلمان.')
    digest = summarize_texts(ENGINE, [text], OPTIONS)[0]
    shown = " ".join([digest.headline or "", *(digest.bullets or [])])
    assert "للتدخل" in shown and "لالتدخل" not in shown, shown


def test_a_group_bullet_comes_from_its_most_salient_sentence_and_the_next_only_when_that_gives_none() -> None:
    """Sections of two sentences each: the first section's bullet says its more salient sentence, though the
    writer scores the other's higher; the second's more salient sentence is a question, so its bullet is the other."""
    sections = [["ويشارك في الحملة ألفا طبيب وممرض من العاملين في المراكز الصحية.",
                 "وقال الوزير إن الحملة تبدأ في العاصمة يوم الأحد."],
                ["هل تكفي اللقاحات المتوفرة لكل الطلاب في المدارس الحكومية؟",
                 "وأكدت الوزارة أن شحنة جديدة من اللقاحات وصلت إلى المخازن المركزية."],
                ["وأعلنت وزارة الصحة أن حملة التطعيم الوطنية ستشمل المدارس الحكومية في جميع المحافظات.",
                 "وتتوقع الوزارة إقبالا كبيرا من الأسر على الحملة."]]
    units = [Unit(text, section, section, score) for section, texts in enumerate(sections)
             for text, score in zip(texts, (0.9, 0.1), strict=True)]
    writer = ArticleWriter(ENGINE.writer_model, [unit.text for unit in units])
    bullets = make_bullets(writer, units, 3, None)
    assert len(bullets) == 3
    assert "ألفا طبيب" in bullets[0]
    assert "شحنة جديدة" in bullets[1] and "؟" not in bullets[1]
    assert "حملة التطعيم" in bullets[2]
