"""Segmentation of Arabic news text into paragraphs, sentences and sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from service.text.language import is_arabic_letter

SENTENCE_ENDS: Final = ".!?؟…"
_END_RUN: Final = re.compile(r"[.!?؟…]+[\"'»”’)\]]*")
CLAUSE_BREAKS: Final = ("،", "؛", ",", ";")  # where `split_overlong` cuts first
_CLAUSE_BREAK: Final = re.compile("(?<=[" + "".join(CLAUSE_BREAKS) + r"])\s+")
# Tokens that end with a dot without ending a sentence (the dot itself is not part of the entry).
ABBREVIATIONS: Final = frozenset({
    "د", "م", "ه", "هـ", "ق", "ص", "ج", "ت", "ط", "س", "أ", "ا", "ب", "ع", "ف", "ك", "ل", "ن", "ي", "ر", "ش",
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "jr", "sr", "inc", "ltd", "co", "prof", "gen",
})
HEADING_MAX_WORDS: Final = 12
_TOKEN_WINDOW: Final = max(len(abbreviation) for abbreviation in ABBREVIATIONS) + 2
_TOKEN_TAIL: Final = re.compile(r"[^\s.!?؟…(«\"]*\Z")
ACRONYM_WINDOW: Final = 8  # characters read after a dot glued to the next word
_LETTER_CLITICS: Final = "وفبل"  # glued before an acronym's first letter: «وسي.جيه», «لبي.بي.سي»
_DOMAIN_TAIL = re.compile(r"(?:نت|كوم|net|com|org)\b", re.IGNORECASE)  # «العربية.نت» is a name, not two sentences
# An ellipsis inside a quotation that closes later is a pause in what was said, not the sentence's end: «"قوات
# الجيش التركي.. تبعد عنها ..."» is one sentence.
_ELLIPSES: Final = frozenset({"..", "...", "…", "...."})
_QUOTE_MARKS: Final = ('"', "«", "»", "“", "”")
_BINDS_FORWARD: Final = frozenset("لا لم لن ما ليس ليست غير عدم ولا ولم ولن وما وليس وغير فلا فلم فلن".split())


@dataclass(frozen=True)
class Section:
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)


def word_count(text: str) -> int:
    return len(text.split())


def first_words(text: str, limit: int) -> str:
    """The text unchanged if it has at most `limit` words, else its first `limit` words.

    >>> first_words("ارتفع المؤشر ثلاث نقاط اليوم", 3)
    'ارتفع المؤشر ثلاث'
    """
    return text if word_count(text) <= limit else " ".join(text.split()[:limit])


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines; the corpora and most CMS exports put one paragraph per line."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _token_before(text: str, end: int) -> str:
    """The token that ends at `end`, or its last few characters when it is longer than any abbreviation."""
    match = _TOKEN_TAIL.search(text, max(0, end - _TOKEN_WINDOW), end)
    return match.group() if match else ""


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    after = match.end()
    next_char = line[after] if after < len(line) else ""
    if next_char and not (next_char.isspace() or is_arabic_letter(next_char)):
        return False  # 3.5, www.site.com, U.S.A
    if match.group() == "." and (_DOMAIN_TAIL.match(line, after) or _acronym(line, match.start(), after)):
        return False
    if match.group().rstrip("\"'»”’)]") != ".":
        return True
    return _token_before(line, match.start()).lower() not in ABBREVIATIONS


def _acronym(line: str, dot: int, after: int) -> bool:
    """Whether a dot joins the letters of an Arabic-written acronym («سي.إن.إن», «بي.بي.سي», «وسي.جيه» with its
    «و»): short pieces glued to it on both sides, not a sentence glued to the next («تأجل.وقال»)."""
    window = line[after:after + ACRONYM_WINDOW]  # bounded: a line of dots stays linear
    following = window.split(maxsplit=1)[0] if window and not window[0].isspace() else ""
    before = _token_before(line, dot)
    before = before[1:] if len(before) == 3 and before[0] in _LETTER_CLITICS else before
    return bool(following) and len(before) <= 2 and (
        len(following.rstrip(")")) <= 3 or "." in following)


def split_sentences(text: str) -> list[str]:
    """Sentences of a text: `. ! ? ؟ …` and line breaks end them; `، ؛`, decimals and abbreviations do not.

    >>> split_sentences("ارتفع المؤشر 3.5 في المئة، وفق د. أحمد. وقال المحلل إن السوق مستقرة؟ نعم")
    ['ارتفع المؤشر 3.5 في المئة، وفق د. أحمد.', 'وقال المحلل إن السوق مستقرة؟', 'نعم']
    >>> split_sentences("وعلمت العربية.نت أن الاجتماع تأجل.وقال المتحدث إنه سيعقد غدا")
    ['وعلمت العربية.نت أن الاجتماع تأجل.', 'وقال المتحدث إنه سيعقد غدا']
    >>> split_sentences("قالت شبكة (سي.إن.إن) وموقع بي.بي.سي إن العاصفة اشتدت. وأغلقت المدارس")
    ['قالت شبكة (سي.إن.إن) وموقع بي.بي.سي إن العاصفة اشتدت.', 'وأغلقت المدارس']
    >>> split_sentences("وسجل ليلارد وسي.جيه مكلوم 28 نقطة. وفاز الفريق")
    ['وسجل ليلارد وسي.جيه مكلوم 28 نقطة.', 'وفاز الفريق']
    >>> split_sentences('وقال المتحدث "القوات.. تبعد عنها 10 كيلومترات". وأضاف أن الهجوم توقف')
    ['وقال المتحدث "القوات.. تبعد عنها 10 كيلومترات".', 'وأضاف أن الهجوم توقف']
    """
    sentences: list[str] = []
    for line in split_paragraphs(text):
        start = 0
        quotes = _Quotations(line)
        for match in _END_RUN.finditer(line):
            if _is_boundary(line, match) and not (match.group() in _ELLIPSES and quotes.open_at(match.start())):
                piece = line[start:match.end()].strip()
                if piece:
                    sentences.append(piece)
                start = match.end()
        rest = line[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


class _Quotations:
    """Whether a place in a line is inside a quotation that closes later in the same line, worked out as the line
    is read from left to right (each stretch counted once: linear however many ends the line has)."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.read = 0
        self.seen = {mark: 0 for mark in _QUOTE_MARKS}
        self.total = {mark: line.count(mark) for mark in _QUOTE_MARKS}

    def open_at(self, position: int) -> bool:
        if position > self.read:
            for mark in _QUOTE_MARKS:
                self.seen[mark] += self.line.count(mark, self.read, position)
            self.read = position
        seen, total = self.seen, self.total
        straight = seen['"'] % 2 == 1 and total['"'] > seen['"']
        paired = any(seen[opening] > seen[closing] and total[closing] > seen[closing]
                     for opening, closing in (("«", "»"), ("“", "”")))
        return straight or paired


def _word_cut(words: list[str], start: int, max_words: int) -> int:
    """Where to end the chunk of a long clause that starts at `start`: after at most max_words words, not right
    after a negation, which belongs to what follows (a chunk «يخضع للنظام» cut from «ممن لا يخضع للنظام» would
    state the opposite)."""
    cut = start + max_words
    while cut > start + max_words // 2 and words[cut - 1] in _BINDS_FORWARD:
        cut -= 1
    return cut


def split_overlong(sentence: str, max_words: int) -> list[str]:
    """Chunks of at most max_words: at clause breaks (`، ؛`) first, at word boundaries if a clause is longer
    (never right after a negation).

    >>> split_overlong("قال المدير إن من لا يلتزم بالقواعد سيعاقب", 5)
    ['قال المدير إن من', 'لا يلتزم بالقواعد سيعاقب']
    """
    if word_count(sentence) <= max_words:
        return [sentence]
    chunks: list[str] = []
    current: list[str] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        words = clause.split()
        if current and len(current) + len(words) > max_words:
            chunks.append(" ".join(current))
            current = []
        current.extend(words)
        start = 0
        while len(current) - start > max_words:  # an index, not repeated slicing: linear in a 30,000-word clause
            cut = _word_cut(current, start, max_words)
            chunks.append(" ".join(current[start:cut]))
            start = cut
        del current[:start]
    if current:
        chunks.append(" ".join(current))
    return chunks


def is_heading(line: str) -> bool:
    """A section heading: a short line ending in a colon, with no sentence end before it.

    >>> is_heading("أهمية إدخال المساعدات:")
    True
    """
    stripped = line.strip()
    if not stripped.endswith((":", "：")) or word_count(stripped) > HEADING_MAX_WORDS:
        return False
    return not any(ch in SENTENCE_ENDS for ch in stripped[:-1])


def split_sections(paragraphs: list[str]) -> list[Section]:
    """Group paragraphs under the heading lines that precede them; text before any heading has heading None."""
    sections: list[Section] = []
    current = Section(heading=None)
    for paragraph in paragraphs:
        if is_heading(paragraph):
            if current.heading is not None or current.paragraphs:
                sections.append(current)
            current = Section(heading=paragraph.strip().rstrip(":：").strip())
        else:
            current.paragraphs.append(paragraph)
    if current.heading is not None or current.paragraphs:
        sections.append(current)
    return sections
