"""What an article supports, built for speed: the checks run on every Digest of every engine.

The article is folded once, and any run of words an output copies (as written, punctuation included) is
found with `str.find` (C speed, no tokenising). Only what an output needs beyond copied runs
is built, on first need: the article's match keys (rewritten words), number values (numbers written another
way), the words it negates, and its sentences (to compare a negation).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterator

from service.faithfulness.negation import (
    CLOSE_COPY,
    Word,
    content_words,
    negated_after,
    negated_before,
    overlap,
)
from service.faithfulness.numbers import NUMBER_WORD_SET, NumberIndex, NumberMention
from service.faithfulness.words import split_words, word_keys
from service.text import fold_for_metrics

_WORD = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"\s+([^\W_]+)")
_SENTENCE_ENDS = (". ", "! ", "? ", "؟ ", "… ", "\n")
_CLITIC_LETTERS = "وفبلك"
_SEPARATORS = ".,٫٬"
MAX_ANCHORS = 2  # output words whose places in the article locate the sentences it may copy
MAX_PLACES = 8


def word_places(text: str, word: str) -> list[int]:
    """Where a word (or phrase) stands whole in a text; a one-letter clitic such as و or ب may precede it.

    >>> word_places("والحكومة وعدت الحكومات", "الحكومة"), word_places("الحكومات", "الحكومة")
    ([1], [])
    """
    places = []
    start = text.find(word)
    while start >= 0:
        before = text[start - 1:start]
        after = text[start + len(word):start + len(word) + 1]
        clitic = before in _CLITIC_LETTERS and not text[start - 2:start - 1].isalnum()
        if (not before.isalnum() or (before and clitic)) and not after.isalnum():
            places.append(start)
        start = text.find(word, start + 1)
    return places


class ArticleEvidence:
    """An article's folded text and, on first need, what the checks compare against."""

    def __init__(self, text: str) -> None:
        self.folded = fold_for_metrics(text)
        self._writes: dict[str, bool] = {}

    def run_places(self, words: list[str]) -> Iterator[int]:
        """Where the article has these words (as the output writes them, punctuation included) in a row,
        starting and ending on word boundaries."""
        folded, needle = self.folded, " ".join(words)
        place = folded.find(needle)
        while place >= 0:
            end = place + len(needle)
            if not folded[place - 1:place].isalnum() and not folded[end:end + 1].isalnum():
                yield place
            place = folded.find(needle, place + 1)

    def has_run(self, words: list[str]) -> bool:
        return next(self.run_places(words), None) is not None

    def verbatim_runs(self, words: list[str]) -> list[tuple[int, int]]:
        """Maximal runs `words[i:j]` the article has as they are, longest first from the left."""
        runs = []
        start = 0
        while start < len(words):
            if self.has_run(words[start:]):  # the usual case: the rest is copied as it is
                runs.append((start, len(words)))
                break
            if not self.has_run(words[start:start + 1]):
                start += 1
                continue
            low, high = start + 1, len(words) - 1  # words[start:low] is in the article; find the longest
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if self.has_run(words[start:middle]) else (low, middle - 1)
            runs.append((start, low))
            start = low
        return runs

    def always_negated(self, words: list[str]) -> bool:
        """Whether every use of this run of words in the article follows a negator."""
        places = list(self.run_places(words))
        return bool(places) and all(negated_before(self.folded, place) for place in places)

    def has_word(self, token: str) -> bool:
        """Whether the article has this word whole, perhaps after a one-letter clitic (وتعلن، بالوزارة)."""
        return self.has_run([token]) or bool(word_places(self.folded, token))

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

    def supports_number(self, written: str, mention: NumberMention) -> bool:
        if written not in self._writes:
            self._writes[written] = self.writes_number(written)
        return not mention.checked or self._writes[written] or self.numbers.supports(mention)

    def writes_number(self, written: str) -> bool:
        """Whether the article writes this number the same way and whole: not the 15 of 2015 or 15.5, not the
        عشرات of عشرات الآلاف (the cheap path; `numbers` compares values)."""
        folded, start = self.folded, self.folded.find(written)
        while start >= 0:
            end = start + len(written)
            before, after = folded[start - 1:start], folded[end:end + 2]
            glued_before = before.isdigit() or (before != "" and before in _SEPARATORS)
            glued_after = after[:1].isalnum() or (after[:1] != "" and after[:1] in _SEPARATORS and after[1:].isdigit())
            following = _NEXT_WORD.match(folded, end)
            if not glued_before and not glued_after and (following is None or following.group(1) not in NUMBER_WORD_SET):
                return True
            start = folded.find(written, start + 1)
        return False

    def copied_sentences(self, words: list[Word]) -> list[list[Word]]:
        """The content words of each article sentence that the output's content words closely copy."""
        anchors = sorted({word.token for word in words if self.has_word(word.token)}, key=len, reverse=True)
        spans = {self._sentence_span(place) for token in anchors[:MAX_ANCHORS]
                 for place in word_places(self.folded, token)[:MAX_PLACES]}
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
        start = max((found + len(end) for found, end in zip(starts, _SENTENCE_ENDS) if found >= 0), default=0)
        ends = [found for found in (text.find(end, place) for end in _SENTENCE_ENDS) if found >= 0]
        return start, min(ends, default=len(text))
