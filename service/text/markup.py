"""HTML in pasted articles: detect it and keep only the article's readable text, block elements as line breaks.

One forward pass (`find` and anchored patterns that cannot cross a `<`), so the cost grows linearly with the
input whatever the markup: unclosed comments, stray `<`, deep nesting or unclosed quotes cannot stall it.
Page furniture is dropped before the article is read: `<nav>`, `<footer>`, `<aside>`, the site `<header>` (an
article's own header, with its headline, is kept), elements marked as navigation (role="navigation", class or
id words such as menu, nav, breadcrumb) and menus: blocks whose text is mostly links.
"""

from __future__ import annotations

import html
import re
from typing import Final

# A tag: `<name attrs>` where nothing crosses a `<` (quoted values included), so a failed match stops at the
# next `<` and every later attempt starts past it; possessive, so a failure does not backtrack.
_TAG: Final = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']+|"[^"<]*"|'[^'<]*'|["'])*+)>""")
_ATTRIBUTE: Final = re.compile(r"""([^\s=/"'<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_NAME_WORD: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_ENTITY: Final = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#x[0-9a-fA-F]{2,5});")

BLOCK_TAGS: Final = frozenset(
    "address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 head header hr li main menu nav noscript ol p pre section summary table template title tr ul".split()
)
VOID_TAGS: Final = frozenset("area base br col embed hr img input link meta param source track wbr".split())
INLINE_TAGS: Final = frozenset(
    "abbr b bdi bdo big cite code del dfn em font i ins kbd label mark nobr q s samp small span strong sub sup time "
    "tt u var".split()
)
RAW_TEXT_TAGS: Final = frozenset("script style textarea xmp iframe noembed noframes".split())  # content is not markup
DROPPED_TAGS: Final = frozenset("head noscript template nav aside footer menu button select svg object".split())
NAVIGATION_ROLES: Final = frozenset("navigation banner contentinfo complementary menu menubar search".split())
NAVIGATION_WORDS: Final = frozenset(
    "nav navbar navigation menu menubar submenu breadcrumb breadcrumbs sidebar footer share sharing social "
    "related comments advert ads cookie cookies newsletter".split()
)
MENU_CANDIDATES: Final = frozenset("div ul ol dl p section table tbody tr td".split())  # judged by their link share
HEAD_CONTENT: Final = frozenset("base link meta noscript script style template title".split())
NEVER_DROPPED: Final = frozenset("html body article main".split())
ARTICLE_TAGS: Final = frozenset({"article", "main"})
MENU_LINK_SHARE: Final = 0.7
MENU_MIN_LINKS: Final = 3
NAMED_BLOCK_MAX_TEXT: Final = 200


class _Element:
    """An open element: where its text starts in the output and how much of that text is links."""

    __slots__ = ("name", "start", "furniture", "named_furniture", "holds_article", "chars", "link_chars", "links")

    def __init__(self, name: str, start: int, furniture: bool, named_furniture: bool) -> None:
        self.name = name
        self.start = start
        self.furniture = furniture  # nav, footer, role="navigation", hidden...: always dropped
        self.named_furniture = named_furniture  # class or id words such as menu: dropped unless it is the article
        self.holds_article = name in ARTICLE_TAGS
        self.chars = 0  # visible characters (no spaces) in the element, dropped children not counted
        self.link_chars = 0
        self.links = 0

    def is_dropped(self) -> bool:
        if self.furniture or self.is_menu():
            return True
        if not self.named_furniture or self.holds_article:
            return False
        # a wrapper named "with-sidebar" around the story keeps it: much text of its own, few links
        return self.chars - self.link_chars < NAMED_BLOCK_MAX_TEXT or self.link_chars >= 0.3 * self.chars

    def is_menu(self) -> bool:
        """Mostly links: at least three, or two with nothing but separators between them (a breadcrumb)."""
        if self.name not in MENU_CANDIDATES or self.links < 2 or self.link_chars < MENU_LINK_SHARE * self.chars:
            return False
        return self.links >= MENU_MIN_LINKS or self.chars - self.link_chars <= 2 * self.links


def _attributes(raw: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(raw):
        name, *values = match.groups()
        found.setdefault(name.lower(), next((v for v in values if v is not None), ""))
    return found


def _furniture_marks(name: str, raw_attributes: str) -> tuple[bool, bool]:
    """(marked as furniture: role="navigation" and the like, or hidden; named like furniture: class or id words
    such as menu, nav, breadcrumb on a block)."""
    if not raw_attributes.strip() or name in NEVER_DROPPED:
        return False, False
    attributes = _attributes(raw_attributes)
    marked = (
        attributes.get("role", "").strip().lower() in NAVIGATION_ROLES or "hidden" in attributes
        or attributes.get("aria-hidden", "").lower() == "true"
        or "display:none" in attributes.get("style", "").replace(" ", "").lower()
    )
    if marked or (name not in MENU_CANDIDATES and name not in BLOCK_TAGS):
        return marked, False  # class words on inline elements (a link styled "nav-link" in a paragraph) do not count
    words = _NAME_WORD.findall(f"{attributes.get('class', '')} {attributes.get('id', '')}")
    return False, any(word.lower() in NAVIGATION_WORDS for word in words)


def _visible_length(text: str) -> int:
    """Characters that show, roughly: indentation between tags does not count, words with their spaces do."""
    return 0 if text.isspace() else len(text.strip())


class _Reader:
    """The single pass: text goes to `out`; elements are a stack; a dropped element truncates `out` back."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[_Element] = []
        self.open_names: dict[str, int] = {}
        self.link_depth = 0

    def text(self, data: str) -> None:
        if not data:
            return
        data = html.unescape(data) if "&" in data else data
        self.out.append(data)
        if self.stack:
            top = self.stack[-1]
            size = _visible_length(data)
            top.chars += size
            if self.link_depth:
                top.link_chars += size

    def start(self, name: str, raw_attributes: str) -> None:
        if self.open_names.get("head") and name not in HEAD_CONTENT:
            self.end("head")  # `<body>` or any body content closes an unclosed `<head>`
        if name in BLOCK_TAGS:
            self.out.append("\n")
        if name in VOID_TAGS:
            return
        marked, named = _furniture_marks(name, raw_attributes)
        if name in INLINE_TAGS and not marked:
            return  # `<b>`, `<span>`: their text counts for the element around them
        if self.stack and self.stack[-1].name == name and name in ("p", "li", "dt", "dd", "tr", "td", "option"):
            self._pop()  # `<li>a<li>b`: the second item closes the first
        if name in DROPPED_TAGS:
            marked = True
        elif name == "header" and not any(self.open_names.get(tag) for tag in ARTICLE_TAGS):
            marked = True  # the site's header; an article's own header holds its headline
        self.stack.append(_Element(name, len(self.out), marked, named))
        self.open_names[name] = self.open_names.get(name, 0) + 1
        if name == "a":
            self.link_depth += 1
            self.stack[-1].links = 1

    def end(self, name: str) -> None:
        if self.open_names.get(name):
            while self._pop() != name:
                pass
        elif name in BLOCK_TAGS:
            self.out.append("\n")  # `</p>` with no `<p>` still ends a line

    def _pop(self) -> str:
        element = self.stack.pop()
        self.open_names[element.name] -= 1
        if element.name == "a":
            self.link_depth -= 1
        if element.name in BLOCK_TAGS:
            self.out.append("\n")
        if element.is_dropped():
            del self.out[element.start:]
            self.out.append("\n" if element.name in BLOCK_TAGS else " ")
        elif self.stack:
            parent = self.stack[-1]
            parent.holds_article = parent.holds_article or element.holds_article
            parent.chars += element.chars
            parent.link_chars += element.chars if element.name == "a" else element.link_chars
            parent.links += element.links
        return element.name

    def finish(self) -> str:
        while self.stack:
            self._pop()
        return "".join(self.out)


class _Scanner:
    """Positions found once and remembered, so repeated unclosed constructs cost O(1) each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._no_comment_end_after = len(text) + 1
        self._no_gt_after = len(text) + 1
        self._raw_end: dict[str, re.Pattern[str]] = {}

    def comment_end(self, at: int) -> int:
        """End of the comment opened at `at`, or -1 when it is never closed."""
        if at >= self._no_comment_end_after:
            return -1
        end = self.text.find("-->", at + 2)
        if end < 0:
            self._no_comment_end_after = at
            return -1
        return end + 3

    def declaration_end(self, at: int) -> int:
        """End of `<!DOCTYPE ...>`, `<![CDATA[...]]>` or `<?xml ...?>` opened at `at`, or -1."""
        if at >= self._no_gt_after:
            return -1
        end = self.text.find(">", at)
        if end < 0:
            self._no_gt_after = at
            return -1
        return end + 1

    def raw_text_end(self, name: str, at: int) -> int:
        """Where the closing tag of a raw-text element ends; the text's end when it is not closed."""
        pattern = self._raw_end.get(name)
        if pattern is None:
            pattern = self._raw_end[name] = re.compile(rf"</{name}(?=[\s/>])[^<>]*>?", re.IGNORECASE)
        match = pattern.search(self.text, at)
        return match.end() if match else len(self.text)


def looks_like_html(text: str) -> bool:
    """A complete tag or comment somewhere in the text (`3 < 5` and `a<b` are not markup).

    >>> looks_like_html("<p>نص</p>"), looks_like_html("نص عادي 3 < 5 و 7 > 2")
    (True, False)
    """
    if _TAG.search(text):
        return True
    start = text.find("<!--")
    return start >= 0 and text.find("-->", start + 2) >= 0


def strip_html(text: str) -> str:
    """Readable article text of an HTML fragment or page; scripts, styles, menus and page furniture dropped,
    entities decoded. Linear in the length of the input.

    >>> strip_html("<p>خبر &amp; تحليل</p><script>x()</script>")
    '\\nخبر & تحليل\\n'
    >>> strip_html("<ul><li><a href=/s>رياضة</a><li><a href=/e>اقتصاد</a><li><a href=/p>سياسة</a></ul><p>نص الخبر</p>")
    '\\n\\n\\nنص الخبر\\n'
    """
    reader = _Reader()
    scanner = _Scanner(text)
    position = search = 0  # text from `position` is not read yet; the next `<` is looked for from `search`
    while True:
        bracket = text.find("<", search)
        if bracket < 0:
            reader.text(text[position:])
            return reader.finish()
        end, tag = _markup_at(text, bracket, scanner)
        if end < 0:  # a `<` that starts no markup is text
            search = bracket + 1
            continue
        reader.text(text[position:bracket])
        position = search = end if tag is None else _read_tag(tag, reader, scanner)


def _markup_at(text: str, at: int, scanner: _Scanner) -> tuple[int, re.Match[str] | None]:
    """(where the markup starting with the `<` at `at` ends, the tag if it is one); -1 when that `<` is text."""
    if text.startswith("<!--", at):
        end = scanner.comment_end(at)
        return (end if end >= 0 else at + 4), None  # an unclosed `<!--` is dropped, the text after it kept
    if text.startswith(("<!", "<?"), at):
        return scanner.declaration_end(at), None
    match = _TAG.match(text, at)
    return (-1, None) if match is None else (match.end(), match)


def _read_tag(tag: re.Match[str], reader: _Reader, scanner: _Scanner) -> int:
    """Apply a start or end tag to the reader; returns where reading goes on (past a script's text)."""
    closing, name, raw_attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
    if closing:
        reader.end(name)
        return tag.end()
    reader.start(name, raw_attributes)
    self_closing = raw_attributes.endswith("/")
    if name in RAW_TEXT_TAGS and not self_closing:
        end = scanner.raw_text_end(name, tag.end())
        reader.end(name)
        return end
    if self_closing and name not in VOID_TAGS:
        reader.end(name)  # `<div/>`: opened and closed
    return tag.end()


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
