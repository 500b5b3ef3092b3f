"""Sentence units of an article: an overlong sentence cut into pieces, and which pieces open within a clause.
Texts written for these tests."""

from __future__ import annotations

from service.article import prepare_article
from service.engines.planning import UNIT_MAX_WORDS, article_units
from service.options import Limits


def _units(text: str) -> list[tuple[str, bool]]:
    return [(unit.text, unit.mid_clause) for unit in article_units(prepare_article(text, Limits()))]


def test_a_piece_cut_at_a_word_opens_mid_clause_and_one_cut_at_a_comma_does_not() -> None:
    words = ["وزار الوفد المدارس والمستشفيات والأسواق في المدينة القديمة"] * (UNIT_MAX_WORDS // 8 + 1)
    unpunctuated = " ".join(words) + "."
    units = _units(unpunctuated)
    assert len(units) == 2 and [mid for _, mid in units] == [False, True], units
    with_commas = "، ".join(words) + "."
    assert all(not mid for _, mid in _units(with_commas)), _units(with_commas)
    units = article_units(prepare_article(with_commas, Limits()))
    assert [unit.after_comma for unit in units] == [False] + [True] * (len(units) - 1), units


def test_sentences_within_the_length_open_their_own_clause() -> None:
    units = _units("افتتح الوزير المعرض الدولي للكتاب. وقال إن المعرض يستقبل الزوار حتى نهاية الشهر.")
    assert [mid for _, mid in units] == [False, False], units


def test_a_sentence_inside_a_quotation_an_earlier_one_opened_is_no_statement_of_the_story() -> None:
    units = article_units(prepare_article(
        'وقال الرئيس في تغريدة "لا يمكنني أن أصدق ما فعله القاضي. الناس يتدفقون، هذا مؤسف" وكان القاضي قد علق '
        "العمل بالمرسوم. ووصل الوفد إلى العاصمة مساء أمس.", Limits()))
    assert [unit.opens_statement for unit in units] == [True, False, True], units
