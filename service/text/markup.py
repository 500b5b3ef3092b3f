"""HTML in pasted articles: detect it and keep only the readable text, block elements as line breaks."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>|<!--.*?-->", re.DOTALL)
_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote title".split()
)
_SKIPPED_TAGS = frozenset("script style noscript template head".split())


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#x[0-9a-fA-F]{2,5});")


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:200_000])) >= 1


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Readable text of an HTML fragment or page; scripts and styles dropped, entities decoded.

    >>> strip_html("<p>خبر &amp; تحليل</p><script>x()</script>")
    '\\nخبر & تحليل\\n'
    """
    collector = _TextCollector()
    try:
        collector.feed(text)
        collector.close()
    except Exception:  # html.parser is lenient, but never let markup become a traceback
        return html.unescape(_TAG.sub("\n", text))
    return "".join(collector.parts)


def remove_markup(text: str) -> tuple[str, bool]:
    """Text without HTML tags and entities; True when anything was removed or decoded.

    Scraped corpora and CMS exports often leak entities (`&quot;`) into plain text: those are decoded too.

    >>> remove_markup("قال &quot;نعم&quot;")
    ('قال "نعم"', True)
    """
    if looks_like_html(text):
        return strip_html(text), True
    if _ENTITY.search(text):
        return html.unescape(text), True
    return text, False
