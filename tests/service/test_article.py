import pytest

from service.article import Article, prepare_article
from service.errors import EmptyInputError, InputTooLongError, InvalidEncodingError, NotArabicError
from service.options import Limits
from service.text import split_sentences
from tests.arabic_samples import ECONOMY, NEWS_PAGE
from tests.service.text.test_language import PERSIAN, URDU

LIMITS = Limits()


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("", EmptyInputError),
        ("   \n\t  ", EmptyInputError),
        ("\u200f\u200e\u0640", EmptyInputError),
        ("The central bank raised interest rates by half a point today.", NotArabicError),
        ("1234567890 2024 55", NotArabicError),
        ("نعم", NotArabicError),  # too few Arabic letters to be an article
        (b"\xd8\xa7\xff\xfe", InvalidEncodingError),
        ("خبر " * 1_300_000, InputTooLongError),  # ~5 MB of text
        ("عنوان الخبر الرئيسي اليوم\n-\nالنقطة الأولى من الخبر\n-", EmptyInputError),  # no body
    ],
)
def test_unusable_input_is_refused_with_a_clear_error(raw: str | bytes, error: type) -> None:
    with pytest.raises(error) as caught:
        prepare_article(raw, LIMITS)
    assert caught.value.message and "Traceback" not in caught.value.message


def test_invalid_utf8_error_names_the_offset() -> None:
    with pytest.raises(InvalidEncodingError, match="offset 2"):
        prepare_article(b"\xd8\xa7\xff", LIMITS)


def test_utf8_bytes_with_bom_are_accepted() -> None:
    article = prepare_article(("\ufeff" + ECONOMY).encode(), LIMITS)
    assert article.info.sentences == 5


def test_html_is_stripped_and_reported() -> None:
    html = "<article><h2>سعر الفائدة</h2>" + "".join(f"<p>{p}</p>" for p in ECONOMY.splitlines()) + "</article>"
    article = prepare_article(html, LIMITS)
    assert article.info.html_stripped
    assert "<p>" not in article.text and "البنك المركزي" in article.body


def test_page_furniture_is_not_body() -> None:
    article = prepare_article(NEWS_PAGE, LIMITS)
    assert article.page.teasers and "القطار الجديد ينقل" not in article.body
    assert article.info.sections == 3


def test_input_info_counts() -> None:
    info = prepare_article(ECONOMY, LIMITS).info
    assert info.paragraphs == 5 and info.sentences == 5 and info.words > 100 and info.arabic_ratio > 0.95


@pytest.mark.parametrize(("text", "language"), [(PERSIAN, "Persian"), (URDU, "Urdu")])
def test_persian_and_urdu_are_refused_naming_the_language(text: str, language: str) -> None:
    with pytest.raises(NotArabicError, match=f"looks like {language}, not Arabic"):
        prepare_article(text, LIMITS)


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x85", "\x1c", "\x1d", "\x1e", "\x1f", "\x00", "\u200b"])
def test_separators_between_words_do_not_glue_them(separator: str) -> None:
    glued = ECONOMY.replace(" ", separator)
    article = prepare_article(glued, LIMITS)
    assert article.info.words == prepare_article(ECONOMY, LIMITS).info.words


@pytest.mark.parametrize(
    "raw", [ECONOMY, NEWS_PAGE, "فقرة أولى فيها كلام. وجملة ثانية.\nوعلمت العربية.نت أن الاجتماع تأجل. ثم انتهى"])
def test_sentences_are_split_once_and_shared_out_by_paragraph(raw: str) -> None:
    article = prepare_article(raw, LIMITS)
    expected = [split_sentences(paragraph) for paragraph in article.page.paragraphs]
    assert list(article.paragraph_sentences()) == expected
    assert article.sentences == split_sentences(article.body)
    made_by_hand = Article(article.text, article.page, article.sentences[:-1], article.info)  # sizes unknown
    assert list(made_by_hand.paragraph_sentences()) == expected
