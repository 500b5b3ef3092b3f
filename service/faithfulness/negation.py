"""Negation flips: an output clause that copies an article sentence but drops or adds its negation.

A negator (لا، لم، لن، ليس، غير، ما، عدم, with و/ف/ب/ل before them) negates the next content word, or the one
after a single function word (لم يتم الاتفاق). Fixed phrases that are not negations (لا يزال، ما زال، لا بد،
لا سيما) are skipped. The comparison only happens when the output is a close copy of article sentences:
most of its content words match words of such a sentence (with the keys of `words.word_keys`).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from service.faithfulness.words import FUNCTION_WORDS, PUNCTUATION, word_keys

_BASE_NEGATORS: Final = ("لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لست", "غير", "ما", "عدم")
NEGATORS: Final = frozenset(prefix + word for word in _BASE_NEGATORS for prefix in ("", "و", "ف", "ب", "ل")
                            if prefix + word not in ("لما", "بما", "للا", "لليس"))  # لما and بما are not negators
NOT_NEGATED: Final = frozenset({"يزال", "تزال", "زال", "زالت", "يزالون", "سيما", "بد", "شك", "ريب"})
CLOSE_COPY: Final = 0.6
MIN_CONTENT_WORDS: Final = 3
_WORD: Final = re.compile(r"[^\W_]+")
_MARKS: Final = PUNCTUATION + "\n"


class Word(NamedTuple):
    token: str
    start: int
    end: int
    negator_start: int | None  # where the word that negates it starts; None: not negated

    @property
    def negated(self) -> bool:
        return self.negator_start is not None


def content_words(folded: str) -> list[Word]:
    """The content words of a folded text, each with the negator that negates it, if any.

    >>> [(word.token, word.negated) for word in content_words("الوزاره لم تعلن موعد الانتخابات")]
    [('الوزاره', False), ('تعلن', True), ('موعد', False), ('الانتخابات', False)]
    """
    words: list[Word] = []
    negator: int | None = None
    skipped = 0
    for match in _WORD.finditer(folded):
        token = match.group()
        if token in NEGATORS:
            negator, skipped = match.start(), 0
        elif token in NOT_NEGATED:
            negator = None
        elif token in FUNCTION_WORDS or token.isdigit() or len(token) < 2:
            skipped += 1
            negator = None if skipped > 1 else negator
        else:
            words.append(Word(token, match.start(), match.end(), negator))
            negator = None
    return words


def negated_before(text: str, place: int) -> bool:
    """Whether the word starting at `text[place]` is negated by the word before it, or by the one before a
    single function word (لم يتم الاتفاق); punctuation around them aside.

    >>> text = "قالت الوزاره.\\nولم تعلن، موعد الانتخابات"
    >>> negated_before(text, text.find("تعلن")), negated_before(text, text.find("موعد"))
    (True, False)
    """
    for skipped in (0, 1):
        end = max(text.rfind(" ", 0, place), text.rfind("\n", 0, place))
        start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
        previous = text[start:end].strip(_MARKS)
        if previous in NEGATORS:
            return True
        if skipped or previous not in FUNCTION_WORDS or start == 0:
            return False
        place = start
    return False


def negated_after(words: list[str]) -> frozenset[str]:
    """The content word after each negator (after one function word: لم يتم الاتفاق) in a text's words: the
    cheap screen before any sentence is compared (C-level set work; Python only per negator).

    >>> sorted(negated_after("قال انه لم يتم الاتفاق وما زال الحوار قائما ولم تعلن الوزاره موعده".split()))
    ['الاتفاق', 'تعلن']
    """
    found: set[str] = set()
    for negator in NEGATORS.intersection(words):
        index = words.index(negator)
        while True:
            following = words[index + 1:index + 3]
            if following and following[0] not in NOT_NEGATED:
                word = following[0] if following[0] not in FUNCTION_WORDS else "".join(following[1:2])
                if len(word) > 2 and word not in FUNCTION_WORDS:
                    found.add(word)
            try:
                index = words.index(negator, index + 1)
            except ValueError:
                break
    return frozenset(found)


def matches(word: Word, others: list[Word]) -> list[Word]:
    """The words among `others` that are the same word as `word` (exactly or under a match key)."""
    same = [other for other in others if other.token == word.token]
    if same:
        return same
    keys = word_keys(word.token)
    return [other for other in others if keys & word_keys(other.token)]


def overlap(output: list[Word], sentence_tokens: frozenset[str], sentence: list[Word] | None = None) -> float:
    """Share of the output's content words found in a sentence: exactly, or under a match key if the
    sentence's words are given."""
    if not output:
        return 0.0
    found = sum(1 for word in output if word.token in sentence_tokens or (sentence and matches(word, sentence)))
    return found / len(output)


def flipped_words(output: list[Word], sources: list[list[Word]]) -> list[Word]:
    """Output words whose negation differs from every use of the same word in the sentences it copies: a
    statement the article also makes without the negation elsewhere is supported."""
    flipped = []
    for word in output:
        uses = [other.negated for source in sources for other in matches(word, source)]
        if uses and all(negated != word.negated for negated in uses):
            flipped.append(word)
    return flipped
