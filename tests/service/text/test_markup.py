import pytest

from service.digest import Task
from service.engines.extractive import ExtractiveEngine
from service.options import SummaryOptions
from service.pipeline import summarize_text
from service.text import looks_like_html, remove_markup, strip_html
from tests.arabic_samples import ECONOMY


def test_strip_html_keeps_text_and_blocks() -> None:
    html = "<html><head><style>p{}</style></head><body><h1>عنوان</h1><p>فقرة &amp; أخرى</p><script>x()</script></body>"
    assert [line for line in strip_html(html).split("\n") if line] == ["عنوان", "فقرة & أخرى"]


@pytest.mark.parametrize(("text", "expected"), [("<p>نص</p>", True), ("نص عادي 3 < 5 و 7 > 2", False)])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_broken_markup_does_not_raise() -> None:
    assert "نص" in strip_html("<p <div>نص</b></p><!-- ")


def test_entities_leaked_into_plain_text_are_decoded() -> None:
    assert remove_markup("قال الوزير &quot;نعم&quot; &amp; غادر") == ('قال الوزير "نعم" & غادر', True)
    assert remove_markup("نص عادي بلا وسوم") == ("نص عادي بلا وسوم", False)


# A stall guard, not a speed measurement (bench/abuse.py measures): the old code took minutes on these inputs.
STALL_GUARD_S = 20


@pytest.mark.timeout(STALL_GUARD_S)
@pytest.mark.parametrize("junk", ["<!--", "<a", '<a x="', "<![CDATA[", "</x", "<script>", "<<>"])
def test_unclosed_markup_costs_linear_time_and_keeps_the_text(junk: str) -> None:
    text, stripped = remove_markup("<p>" + ECONOMY + "</p>" + junk * 40_000)
    assert stripped and "البنك المركزي" in text


def test_an_unclosed_comment_hides_nothing_after_it() -> None:
    assert "نص بعده" in strip_html("<p>نص قبله</p><!-- تعليق بلا نهاية <p>نص بعده</p>")
    assert "تعليق" not in strip_html("<p>نص</p><!-- تعليق --><p>نص آخر</p>")


def test_markup_inside_quoted_attributes_does_not_end_the_tag() -> None:
    assert strip_html('<p title="a > b">نص الفقرة</p>').strip() == "نص الفقرة"


SITE_PAGE = """<html><head><title>موقع الأخبار</title><meta charset="utf-8"></head><body>
<header class="site-header"><a href="/"><img alt="شعار"></a>
  <ul class="menu"><li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li>
  <li><a href="/politics">سياسة</a></li></ul></header>
<div class="top-links"><a href="/a">منوعات</a> | <a href="/b">ثقافة</a> | <a href="/c">صحة</a> | <a href="/d">تقنية</a></div>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<div role="navigation"><a href="/x">أرشيف</a></div>
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li>اقتصاد</li></ol>
<main><article>
  <header><h1>البنك المركزي يرفع سعر الفائدة نصف نقطة</h1></header>
  {paragraphs}
  <p>وقال <a href="/people/1">المحافظ</a> إن القرار مؤقت.</p>
  <aside><h3>اقرأ أيضا</h3><p>خبر جانبي عن الأسواق العالمية</p></aside>
  <footer><a href="/tag/1">وسم</a></footer>
</article></main>
<div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/1">خبر أول</a></li><li><a href="/2">خبر ثان</a></li>
  <li><a href="/3">خبر ثالث</a></li></ul></div>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>"""


def site_page() -> str:
    return SITE_PAGE.replace("{paragraphs}", "".join(f"<p>{line}</p>" for line in ECONOMY.splitlines()))


def test_site_menus_and_furniture_are_dropped_before_the_article_is_read() -> None:
    lines = [line.strip() for line in strip_html(site_page()).split("\n") if line.strip()]
    assert lines[0] == "البنك المركزي يرفع سعر الفائدة نصف نقطة"  # the article's own header is kept
    assert lines[1:6] == ECONOMY.splitlines()
    assert lines[6:] == ["وقال المحافظ إن القرار مؤقت."]  # a link inside a sentence stays


def test_a_page_with_a_site_menu_gets_the_article_headline() -> None:
    engine = ExtractiveEngine()
    digest = summarize_text(engine, site_page(), SummaryOptions(tasks=frozenset({Task.HEADLINE})))
    assert digest.headline is not None and "رياضة" not in digest.headline and "البنك المركزي" in digest.headline


@pytest.mark.parametrize(
    "block",
    [
        '<div class="share-buttons"><a href="/f">فيسبوك</a> <a href="/t">تويتر</a></div>',
        '<p><a href="/1">الرئيسية</a> › <a href="/2">اقتصاد</a></p>',  # a breadcrumb of two links
        '<div id="mainMenu"><span>القائمة</span></div>',
        '<span aria-hidden="true">أيقونة</span>',
        "<div hidden>نص مخفي</div>",
    ],
)
def test_furniture_blocks_are_dropped(block: str) -> None:
    assert strip_html(f"<p>نص الخبر</p>{block}").split() == ["نص", "الخبر"]


@pytest.mark.parametrize(
    ("html", "words"),
    [
        ('<p><a href="/1">الرئيس</a> يلتقي <a href="/2">نظيره</a> في باريس</p>', 5),  # links inside a sentence
        ('<div class="layout with-sidebar"><p>' + "نص طويل من الخبر " * 20 + "</p></div>", 80),  # a wrapper
        ("<ul><li>النقطة الأولى من الخبر</li><li>النقطة الثانية</li></ul>", 6),  # a list without links
    ],
)
def test_article_text_with_links_or_furniture_like_names_is_kept(html: str, words: int) -> None:
    assert len(strip_html(html).split()) == words
