import pytest

from service.text import looks_like_html, remove_markup, strip_html


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
