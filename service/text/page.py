"""Parse a raw news page: headline, deck, source line, teaser bullets, in-body title, sections, body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from service.text.segment import SENTENCE_ENDS, Section, is_heading, split_paragraphs, split_sections, word_count

TITLE_MAX_WORDS: Final = 20
# A plain article's first lines are its headline, deck or source only when this short: a longer line without its
# full stop is the lead («احتفل رجل الأعمال ... بزفاف كريمته إلى الشاب ...» with its 16 words).
LEADING_TITLE_MAX_WORDS: Final = 14
SOURCE_MAX_WORDS: Final = 5
BULLET_SEPARATORS: Final = frozenset({"-", "–", "—", "•", "*", "·"})
LINK_FOOTER: Final = "رابط الخبر"  # «رابط الخبر بصحيفة الوئام: <the headline>» closes some publishers' articles
CONTACT_FOOTER: Final = ("للتواصل مع الكاتب", "للتواصل مع الكاتبة")  # a columnist's SMS and e-mail contacts
CONTACT_FOOTER_LINES: Final = 8
TAG_LIST = "سمات"  # «... في الهواء. سمات أوباما التغير المناخي»: the site's tags, after the story's last sentence
TAG_LIST_MAX_CHARACTERS: Final = 200
_CLOSING_MARKS: Final = SENTENCE_ENDS + "\"”»)"
# «جميع المقالات المنشورة تمثل رأي كتابها فقط», «والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة رأي
# الشبكة»: a site's note on its opinion pages, no part of the article
_DISCLAIMER: Final = re.compile(r"(?:تمثل|تعبر عن|تعبّر عن|تعكس)\s+(?:وجهة نظر|رأي)\s+(?:كاتبها|كتابها|كاتبيها|الكاتب|"
                                r"الكاتبة|صاحبها|أصحابها)|(?:لا|ولا)\s+(?:تعبر|تعبّر|يعبر|تعكس|يعكس)\s+بالضرورة")
DISCLAIMER_MAX_WORDS: Final = 45
# «حقوق النشر محفوظة لكل الصور المنشورة هنا», «جميع الحقوق محفوظة ©»: a rights notice, no part of the story
_RIGHTS_NOTICE: Final = re.compile(r"\W*(?:©\s*)?(?:جميع\s+الحقوق|حقوق\s+(?:النشر|الطبع|الصور[ةه]?))")
RIGHTS_NOTICE_MAX_WORDS: Final = 15
_RELATED_LINK: Final = re.compile(r"\s*(?:اقرأ|إقرأ|اقرا|شاهد|طالع)\s+(?:أيضا|ايضا)ً?\s*:?")
_RULE_LINE: Final = re.compile(r"(?:[-_*=~ـ•.]\s*){3,}")  # «-----», «* * *»: a horizontal rule drawn in text


@dataclass(frozen=True)
class NewsPage:
    headline: str | None = None
    deck: str | None = None
    source: str | None = None
    teasers: list[str] = field(default_factory=list)
    title: str | None = None
    sections: list[Section] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for section in self.sections for p in section.paragraphs]

    @property
    def headings(self) -> list[str]:
        return [s.heading for s in self.sections if s.heading]


def _is_title_line(line: str) -> bool:
    stripped = line.strip()
    return (
        word_count(stripped) <= TITLE_MAX_WORDS
        and not stripped.endswith(tuple(SENTENCE_ENDS) + ("،", ",", ":"))
        and stripped not in BULLET_SEPARATORS
    )


def _split_teasers(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(header lines, teaser lines, rest) where teasers are the lines that follow lone separator lines."""
    first = next((i for i, line in enumerate(lines[:8]) if line in BULLET_SEPARATORS), None)
    if first is None:
        return [], [], lines
    teasers: list[str] = []
    index = first
    while index + 1 < len(lines) and lines[index] in BULLET_SEPARATORS:
        if lines[index + 1] not in BULLET_SEPARATORS:
            teasers.append(lines[index + 1])
        index += 2
    while index < len(lines) and lines[index] in BULLET_SEPARATORS:
        index += 1
    return lines[:first], teasers, lines[index:]


def _leading_titles(lines: list[str]) -> tuple[list[str], list[str]]:
    """Short unpunctuated lines at the top, kept only when real paragraphs follow them."""
    count = 0
    while count < min(3, len(lines) - 1) and _is_title_line(lines[count]) and not is_heading(lines[count]) \
            and word_count(lines[count]) <= LEADING_TITLE_MAX_WORDS:
        count += 1
    return lines[:count], lines[count:]


def strip_link_footer(line: str) -> str:
    """The last line without a trailing link to the story on the publisher's site, which repeats its title
    and is no part of the article.

    >>> strip_link_footer("وتم تسليم المضبوطات لجهة الاختصاص. رابط الخبر بصحيفة الوئام: أمن الطرق يضبط مهربا")
    'وتم تسليم المضبوطات لجهة الاختصاص.'
    """
    start = line.rfind(LINK_FOOTER)
    if start < 0 or (start and not line[start - 1].isspace()) or ":" not in line[start:start + 60]:
        return line
    return line[:start].rstrip()


def strip_tag_list(line: str) -> str:
    """The last line without the site's list of tags after its last sentence (2% of one source's articles).

    >>> strip_tag_list("وتنتهي المرحلة الأولى نهاية العام. سمات الطاقة المتجددة الرياح")
    'وتنتهي المرحلة الأولى نهاية العام.'
    """
    start = line.rfind(TAG_LIST)
    if start < 0:
        return line
    before, tags = line[:start].rstrip(), line[start + len(TAG_LIST):]
    if (before and before[-1] not in _CLOSING_MARKS) or not tags[:1].isspace() \
            or len(tags) > TAG_LIST_MAX_CHARACTERS or any(mark in tags for mark in SENTENCE_ENDS):
        return line
    return before


def is_disclaimer(line: str) -> bool:
    """Whether a paragraph is a site's note that its opinion pieces speak for their writers only, or a rights
    notice («حقوق النشر محفوظة لكل الصور المنشورة هنا»).

    >>> is_disclaimer("** جميع المقالات المنشورة تمثل رأي كتابها فقط"), is_disclaimer("قالت إنها تعبر عن رأيها بحرية.")
    (True, False)
    >>> is_disclaimer("حقوق النشر محفوظة لكل الصور المنشورة هنا."), is_disclaimer("حقوق العمال محفوظة بالقانون.")
    (True, False)
    """
    words = word_count(line)
    return words <= DISCLAIMER_MAX_WORDS and _DISCLAIMER.search(line) is not None \
        or words <= RIGHTS_NOTICE_MAX_WORDS and _RIGHTS_NOTICE.match(line) is not None


def without_related_links(lines: list[str]) -> list[str]:
    """The lines without a site's links to its other stories: «اقرأ أيضا: <another headline>», or «اقرأ أيضاً:» alone
    and the headline on the next line (another story's headline would become a teaser or a summary sentence).

    >>> without_related_links(["بدأت الحملة أمس.", "اقرأ أيضا: قافلة مساعدات تدخل المدينة", "وتستمر أسبوعا."])
    ['بدأت الحملة أمس.', 'وتستمر أسبوعا.']
    >>> without_related_links(["بدأت الحملة أمس.", "اقرأ ايضاً:", "وفاة ممثل مصري شهير", "وتستمر أسبوعا."])
    ['بدأت الحملة أمس.', 'وتستمر أسبوعا.']
    """
    kept: list[str] = []
    skip_title = False
    for line in lines:
        link = _RELATED_LINK.match(line)
        if link is None and not (skip_title and _is_title_line(line)):
            kept.append(line)
        skip_title = link is not None and not line[link.end():].strip()
    return kept


def strip_trailer(lines: list[str]) -> list[str]:
    """The lines without a last paragraph set off by a horizontal rule: a site's trailer (an app promotion, a
    newsletter note) that closes every article of one source and is no part of the story.

    >>> strip_trailer(["انتهت المباراة بالتعادل.", "----------", "حمّلوا تطبيقنا لتصلكم آخر الأخبار."])
    ['انتهت المباراة بالتعادل.']
    >>> strip_trailer(["الفقرة الأولى.", "* * *", "الفقرة الثانية.", "الفقرة الثالثة."])
    ['الفقرة الأولى.', '* * *', 'الفقرة الثانية.', 'الفقرة الثالثة.']
    """
    if len(lines) >= 3 and _RULE_LINE.fullmatch(lines[-2]):
        return lines[:-2]
    return lines


def strip_contact_footer(lines: list[str]) -> list[str]:
    """The lines without a columnist's contact footer among the last CONTACT_FOOTER_LINES: «للتواصل مع الكاتب ارسل
    رسالة SMS» and the numbers it goes on with close one source's opinion pieces, no part of the column.

    >>> strip_contact_footer(["وهذا ما نرجوه.", "للتواصل مع الكاتب ارسل رسالة SMS", "تبدأ بالرمز (2)", "88591"])
    ['وهذا ما نرجوه.']
    """
    for index in range(max(1, len(lines) - CONTACT_FOOTER_LINES), len(lines)):
        if lines[index].startswith(CONTACT_FOOTER):
            return lines[:index]
    return lines


def parse_page(text: str) -> NewsPage:
    """A page shaped like `shared/examples/`: headline, deck, source, `-`-separated teasers, title, body.

    Parts that are missing come back as None or empty; a plain article is all body.

    >>> page = parse_page("عنوان الخبر\\n-\\nنقطة أولى\\n-\\nنقطة ثانية\\nنص الخبر الطويل هنا.")
    >>> page.headline, page.teasers, page.paragraphs
    ('عنوان الخبر', ['نقطة أولى', 'نقطة ثانية'], ['نص الخبر الطويل هنا.'])
    """
    lines = strip_contact_footer(strip_trailer(without_related_links(
        [line for line in split_paragraphs(text) if not is_disclaimer(line)])))
    if lines:
        lines[-1] = strip_tag_list(strip_link_footer(lines[-1]))
        if not lines[-1]:
            lines.pop()  # the footer was all the last line held
    header, teasers, rest = _split_teasers(lines)
    if not teasers:
        header, rest = _leading_titles(lines)
    title: str | None = None
    if teasers and len(rest) > 1 and _is_title_line(rest[0]) and not is_heading(rest[0]):
        title, rest = rest[0], rest[1:]
    headline = header[0] if header else None
    deck: str | None = header[1] if len(header) > 1 else None
    source: str | None = header[2] if len(header) > 2 else None
    if deck and source is None and word_count(deck) <= SOURCE_MAX_WORDS and teasers:
        source = deck  # a short second line is the source («وكالات»), not a deck
        deck = None
    return NewsPage(headline=headline, deck=deck, source=source, teasers=teasers, title=title,
                    sections=split_sections(rest))
