"""What an article supports, built for speed: the checks run on every Digest of every engine.

The article is folded once, and any run of words an output copies (as written, punctuation included) is
found with `str.find` (C speed, no tokenising). Only what an output needs beyond copied runs
is built, on first need: the article's match keys (rewritten words), number values (numbers written another
way), the words it negates, and its sentences (to compare a negation).
"""

from __future__ import annotations

import itertools
import re
from functools import cached_property
from typing import Final, Iterator

from service.faithfulness.negation import (
    CLOSE_COPY,
    Word,
    content_words,
    negated_after,
    negated_before,
    overlap,
)
from service.faithfulness.numbers import NumberIndex, NumberMention, is_number_word
from service.faithfulness.words import split_words, word_keys
from service.text import fold_for_metrics

_WORD: Final = re.compile(r"[^\W_]+")
_NEXT_WORD: Final = re.compile(r"[^\w\n]*\s+([^\W_]+)")
_MARKS: Final = "«»\"'()[]،,.:؛;!?؟-–—…\n "
_SENTENCE_ENDS: Final = (". ", "! ", "? ", "؟ ", "… ", "\n")
_CLITIC_LETTERS: Final = "وفبلك"
_SEPARATORS: Final = ".,٫٬"
MAX_ANCHORS: Final = 2  # output words whose places in the article locate the sentences it may copy
MAX_PLACES: Final = 8


def word_places(text: str, word: str) -> Iterator[int]:
    """Where a word (or phrase) stands whole in a text, lazily; a one-letter clitic such as و or ب may precede it.

    >>> list(word_places("والحكومة وعدت الحكومات", "الحكومة")), list(word_places("الحكومات", "الحكومة"))
    ([1], [])
    """
    start = text.find(word)
    while start >= 0:
        before = text[start - 1:start]
        after = text[start + len(word):start + len(word) + 1]
        clitic = before in _CLITIC_LETTERS and not text[start - 2:start - 1].isalnum()
        if (not before.isalnum() or (before and clitic)) and not after.isalnum():
            yield start
        start = text.find(word, start + 1)


class ArticleEvidence:
    """An article's folded text and, on first need, what the checks compare against."""

    def __init__(self, text: str) -> None:
        self.text = text  # as the article writes it (model-normalised): what a copy is found in
        self._writes: dict[str, bool] = {}

    @cached_property
    def folded(self) -> str:
        """The article after the metric folds: what a rewrite is compared with."""
        return fold_for_metrics(self.text)

    def run_places(self, words: list[str], folded: bool = False) -> Iterator[int]:
        """Where the article (as written, or folded) has these words in a row, punctuation included, as whole
        words (a one-letter clitic such as و may precede the first: «وتعتقد» has «تعتقد»)."""
        return word_places(self.folded if folded else self.text, " ".join(words))

    def copies(self, text: str) -> bool:
        """Whether the article has this (single-spaced) text as it is, as a statement of its own: not right after
        a negator, and not cut out of a longer number (no digits or number word right before or after it).
        Such a copy has nothing to check: its words, numbers and negations are the article's."""
        place = next(word_places(self.text, text), -1)
        if place < 0 or negated_before(self.text, place):
            return False
        return not is_number(word_before(self.text, place)) and not is_number(word_after(self.text, place + len(text)))

    def first_place(self, words: list[str], folded: bool = False) -> int:
        """Where the article first has this run of words (-1: nowhere)."""
        return next(self.run_places(words, folded), -1)

    def verbatim_runs(self, words: list[str]) -> list[tuple[int, int, int]]:
        """Maximal runs `words[i:j]` (as an output writes them) the article has as they are, longest first from
        the left, each with the place of one use in the article as written: (i, j, place)."""
        runs = []
        start = 0
        while start < len(words):
            place = self.first_place(words[start:])  # the usual case: the rest is copied as it is
            if place >= 0:
                runs.append((start, len(words), place))
                break
            place = self.first_place(words[start:start + 1])
            if place < 0:
                start += 1
                continue
            low, high = start + 1, len(words) - 1  # words[start:low] is at `place`; find the longest
            while low < high:
                middle = (low + high + 1) // 2
                found = self.first_place(words[start:middle])
                low, high, place = (middle, high, found) if found >= 0 else (low, middle - 1, place)
            runs.append((start, low, place))
            start = low
        return runs

    def always_negated(self, words: list[str], place: int) -> bool:
        """Whether every use of this run of words (one of them at `place`) in the article follows a negator:
        the use at hand settles it unless it is negated."""
        if not negated_before(self.text, place):
            return False
        return all(negated_before(self.text, other) for other in self.run_places(words))

    def has_word(self, token: str) -> bool:
        """Whether the folded article has this folded word whole, perhaps after a one-letter clitic (وتعلن)."""
        return self.first_place([token], folded=True) >= 0

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(key for token in set(split_words(self.folded)) for key in word_keys(token))

    @cached_property
    def negated_keys(self) -> frozenset[str]:
        """Match keys of the words the article negates (a superset: see `negation.negated_after`)."""
        return frozenset(key for word in negated_after(split_words(self.folded)) for key in word_keys(word))

    def supports_word(self, token: str) -> bool:
        return self.has_word(token) or bool(word_keys(token) & self.keys)

    @cached_property
    def numbers(self) -> NumberIndex:
        return NumberIndex.of(self.folded)

    def supports_number(self, mention: NumberMention, written: str, folded: str) -> bool:
        """Whether a number the output writes as `written` (`folded` after the folds) is the article's: written
        the same way, or (on the slow path) of a value the article mentions."""
        if not mention.checked:
            return True
        if written not in self._writes:
            self._writes[written] = writes_number(self.text, written) or writes_number(self.folded, folded)
        return self._writes[written] or self.numbers.supports(mention)

    def copied_sentences(self, words: list[Word]) -> list[list[Word]]:
        """The content words of each article sentence that the output's content words closely copy."""
        anchors = sorted({word.token for word in words if self.has_word(word.token)}, key=len, reverse=True)
        spans = {self._sentence_span(place) for token in anchors[:MAX_ANCHORS]
                 for place in itertools.islice(word_places(self.folded, token), MAX_PLACES)}
        copied = []
        for start, end in sorted(spans):
            text = self.folded[start:end]
            exact = overlap(words, frozenset(_WORD.findall(text)))
            sentence = content_words(text) if exact >= CLOSE_COPY / 2 else []
            if exact >= CLOSE_COPY or (sentence and overlap(words, frozenset(), sentence) >= CLOSE_COPY):
                copied.append(sentence)
        return copied

    def _sentence_span(self, place: int) -> tuple[int, int]:
        text = self.folded
        starts = [text.rfind(end, 0, place) for end in _SENTENCE_ENDS]
        start = max((found + len(end) for found, end in zip(starts, _SENTENCE_ENDS, strict=True) if found >= 0),
                    default=0)
        ends = [found for found in (text.find(end, place) for end in _SENTENCE_ENDS) if found >= 0]
        return start, min(ends, default=len(text))


def writes_number(text: str, written: str) -> bool:
    """Whether a text writes this number the same way and whole: not the 15 of 2015 or 15.5, not the عشرات of
    عشرات الآلاف or the ألف of 300 ألف (the cheap path; `NumberIndex` compares values).

    >>> text = "قتل عشرات الآلاف في 2015 ونزح 300 ألف"
    >>> writes_number(text, "عشرات"), writes_number(text, "ألف"), writes_number(text, "2015")
    (False, False, True)
    """
    start = text.find(written)
    while start >= 0:
        end = start + len(written)
        before, after = text[start - 1:start], text[end:end + 2]
        glued_before = before.isdigit() or (before != "" and before in _SEPARATORS)
        glued_after = after[:1].isalnum() or (after[:1] != "" and after[:1] in _SEPARATORS and after[1:].isdigit())
        if not glued_before and not glued_after:
            if not is_number(word_after(text, end)) and not is_number(word_before(text, start)):
                return True
        start = text.find(written, start + 1)
    return False


def word_before(text: str, place: int) -> str:
    """The word before `text[place]`, punctuation aside.

    >>> word_before("بلغ عدد الزوار 300 ألف زائر", 19)
    '300'
    """
    end = place
    while end > 0 and not text[end - 1].isalnum():
        end -= 1
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start:end].strip(_MARKS)


def word_after(text: str, end: int) -> str:
    """The word after `text[:end]`, punctuation aside.

    >>> word_after("قتل عشرات الآلاف", 9)
    'الآلاف'
    """
    match = _NEXT_WORD.match(text, end)
    return "" if match is None else match.group(1)


def is_number(word: str) -> bool:
    """Whether a written word is a number: digits, or a number word (with its clitics).

    >>> is_number("الآلاف"), is_number("و2018"), is_number("الثلاثاء")
    (True, True, False)
    """
    if not word:
        return False
    return is_number_word(word) if word.isalpha() else any(character.isdigit() for character in word) or \
        is_number_word(word)
