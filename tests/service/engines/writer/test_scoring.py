"""The writer's fast paths give what the plain definitions give: a compression's score is the sum of its
parts' scores (what training fits), the article's word counts use the keys the chunker gives, a sentence's
compressions asked again with other bounds are those asked afresh, glued marks are parted as the
character-by-character rule says, and salience terms taken word by word are the sentence's terms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.engines.salience import STOPWORDS, content_terms
from service.engines.writer import ArticleWriter, load_writer_model
from service.engines.writer.candidates import SentenceCompressions, compressions
from service.engines.writer.chunks import chunk_sentence, sentence_key_set
from service.engines.writer.marks import unglue
from service.engines.writer.features import ArticleContext, SentenceParts
from service.engines.writer.names import variants
from service.engines.writer.scoring import CompressionScorer
from service.text import metric_tokens
from service.text.stem import light_stem

MODEL = load_writer_model()
SENTENCES = [
    "الرياض - واس - أعلنت وزارة الصحة يوم الأحد الماضي، في بيان رسمي، أن الحملة الوطنية للتطعيم ستبدأ في 15 مارس "
    "المقبل في جميع المناطق، وأن عدد المراكز المشاركة بلغ 400 مركز.",
    "من جهته، أكد الرئيس المصري عبد الفتاح السيسي، خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن، حرص مصر على "
    "أمن المنطقة واستقرارها، مشيرا إلى أهمية الشراكة الاستراتيجية بين البلدين.",
    "قال المتحدث باسم الشرطة إن الحادث الذي وقع مساء أمس لم يسفر عن إصابات، وإن التحقيقات ما زالت جارية.",
    "افتتح أمير المنطقة مهرجان «ربيع الشمال» (الدورة الثالثة) بحضور عدد من المسؤولين والأهالي.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_compression_scores_the_sum_of_its_parts(sentence: str) -> None:
    context = ArticleContext.of(SENTENCES)
    checked = 0
    for number, variant in enumerate(variants(chunk_sentence(sentence), MODEL.lexicon)):
        parts = SentenceParts(variant, 0, MODEL.lexicon, context, shortened=number > 0)
        scorer = CompressionScorer(SentenceParts(variant, 0, MODEL.lexicon, context, shortened=number > 0), MODEL)
        for compression in compressions(variant, MODEL.lexicon, 18, 3):
            plain = sum(MODEL.score(parts.features(part, compression.opening)) for part in parts.parts(compression))
            assert scorer.score(compression) == pytest.approx(plain, abs=1e-9)
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("sentence", [*SENTENCES, 'قال في بيان"الكثير خطوات (لحماية المزارعين)كما و"حدد ...',
                                      "— «» ، 2.5% العربية.نت: مُهِمّ"])
def test_the_article_word_counts_use_the_chunkers_keys(sentence: str) -> None:
    assert sentence_key_set(sentence) == set(chunk_sentence(sentence).keys)


def test_the_writers_word_counts_are_the_articles() -> None:
    sentences = [*SENTENCES, 'قال في بيان"الكثير خطوات (لحماية المزارعين)كما و"حدد ...']
    assert ArticleWriter(MODEL, sentences).context == ArticleContext.of(sentences)


# The headline's length steps, then the bullets': each asks the same sentence with other bounds.
BOUNDS = [(14, 4, False), (18, 4, False), (22, 4, False), (14, 4, True), (18, 4, True), (14, 5, False),
          (18, 5, False), (8, 3, True), (18, 3, True)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_compressions_asked_again_with_other_bounds_are_those_asked_afresh(sentence: str) -> None:
    checked = 0
    for variant in variants(chunk_sentence(sentence), MODEL.lexicon):
        reused = SentenceCompressions(variant, MODEL.lexicon)
        for bounds in [*BOUNDS, *reversed(BOUNDS)]:
            fresh = list(compressions(variant, MODEL.lexicon, *bounds))
            assert list(reused.within(*bounds)) == fresh
            checked += len(fresh)
    assert checked > len(BOUNDS)


def _word_character(text: str, index: int) -> bool:
    return 0 <= index < len(text) and re.match(r"\w", text[index]) is not None


def _letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha()


def _quotes_opened(text: str) -> str:
    """A quote mark after a letter and a colon or comma, then spaces, then a letter, moved onto that letter when it
    opens a quotation (a straight quote after an even count of them)."""
    parts, index = [], 0
    while index < len(text):
        character, after = text[index], index + 1
        while after < len(text) and text[after].isspace():
            after += 1
        if character in '"«“' and index >= 2 and text[index - 1] in ":،," and text[index - 2].isalpha() \
                and after > index + 1 and _letter(text, after) \
                and (character != '"' or text[:index].count('"') % 2 == 0):
            parts.append(" " + character)
            index = after
        else:
            parts.append(character)
            index += 1
    return "".join(parts)


def _parted(text: str) -> str:
    """`unglue` character by character: a quote that opens after a colon or comma moved onto its word; a space
    before an opening mark after two word characters (a straight quote only when a word character follows it),
    then after a closing mark before one, then after a colon or comma between two letters (the colon's space
    before it moved after it; an opening quote may follow it)."""
    text = _quotes_opened(text)
    opened = "".join((" " if (character in "(«“" or (character == '"' and _word_character(text, index + 1)))
                      and _word_character(text, index - 1) and _word_character(text, index - 2) else "") + character
                     for index, character in enumerate(text))
    closed = "".join(character + (" " if character in ")»”" and _word_character(opened, index + 1) else "")
                     for index, character in enumerate(opened))
    return _spaced_marks(closed)


def _spaced_marks(text: str) -> str:
    def letter_follows(index: int) -> bool:
        return _letter(text, index) or (index < len(text) and text[index] in '"«“' and _letter(text, index + 1))

    parts, index = [], 0
    while index < len(text):
        character = text[index]
        if character == " " and text[index + 1:index + 2] in (":", "،") and _letter(text, index - 1) \
                and letter_follows(index + 2):
            parts.append(text[index + 1] + " ")
            index += 2
        elif character in ":،" and _letter(text, index - 1) and letter_follows(index + 1):
            parts.append(character + " ")
            index += 1
        else:
            parts.append(character)
            index += 1
    return "".join(parts)


@given(st.text(alphabet='ab7_ («“")»”\nمنو،:', max_size=30))
def test_glued_marks_are_parted_as_the_character_rule_says(text: str) -> None:
    assert unglue(text) == _parted(text)


@pytest.mark.parametrize("sentence", [*SENTENCES, "وزارة_الصحة: ٢٠٢٤ أُعلنت «الخطة»، والمدارس-الجديدة"])
def test_salience_terms_word_by_word_are_the_sentences_terms(sentence: str) -> None:
    expected = tuple(light_stem(token) for token in metric_tokens(sentence)
                     if token not in STOPWORDS and not token.isdigit() and len(token) > 1)
    assert content_terms(sentence) == expected
