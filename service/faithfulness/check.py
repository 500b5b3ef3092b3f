"""Check a Digest against its article: numbers, name-like words and negation flips the article does not support.

An output is first covered with the runs of words it copies from the article (`ArticleEvidence.verbatim_runs`):
copied words need no further look as names, and a copied run can only drop a negation where every use of it
in the article follows a negator. The rest (rewritten words, numbers written another way, outputs that
negate) gets the full comparison. Findings quote the output as written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from service.digest import Digest, Finding
from service.faithfulness.evidence import ArticleEvidence, word_places
from service.faithfulness.negation import MIN_CONTENT_WORDS, NEGATORS, Word, content_words, flipped_words
from service.faithfulness.numbers import NUMBER_WORD_SET, number_mentions
from service.faithfulness.words import FUNCTION_WORDS, is_common, space_out, word_keys
from service.text import fold_for_metrics, split_sentences

_DIGIT = re.compile(r"\d")
_SPACE_SEPARATED = re.compile(r"\S+")


class TextView(NamedTuple):
    """An output text, folded, split into words, and the runs of those words the article has as they are."""

    text: str
    folded: str
    words: list[str]
    runs: list[tuple[int, int]]
    loose: list[str]  # the words outside the runs

    @classmethod
    def of(cls, text: str, evidence: ArticleEvidence, folded: str | None = None,
           words: list[str] | None = None) -> TextView:
        folded = fold_for_metrics(text) if folded is None else folded
        words = space_out(folded).split() if words is None else words
        runs = evidence.verbatim_runs(words)
        if runs == [(0, len(words))]:
            return cls(text, folded, words, runs, [])
        covered = {index for start, end in runs for index in range(start, end)}
        return cls(text, folded, words, runs, [word for index, word in enumerate(words) if index not in covered])

    @classmethod
    def all_of(cls, texts: list[str], evidence: ArticleEvidence) -> list[TextView]:
        """Views of several one-line texts, folded and split in one call each."""
        folded = fold_for_metrics("\n".join(text.replace("\n", " ") for text in texts))
        words = [line.split() for line in space_out(folded).split("\n")]
        return [cls.of(text, evidence, one, split) for text, one, split in zip(texts, folded.split("\n"), words)]

    def original(self, start: int, end: int) -> str:
        """The written text of folded[start:end] (whole words when folding changed the length).

        >>> TextView.of("أكّدَ الوزيرُ ارتفاع الأسعار", ArticleEvidence("")).original(4, 10)
        'الوزيرُ'
        """
        if len(self.text) == len(self.folded):
            return self.text[start:end]
        folded_words = list(_SPACE_SEPARATED.finditer(self.folded))
        written = list(_SPACE_SEPARATED.finditer(self.text))
        first = next(i for i, word in enumerate(folded_words) if word.end() > start)
        last = next(i for i, word in enumerate(folded_words) if word.end() >= end)
        return self.text[written[first].start():written[last].end()].strip("«»\"'()[]،,.:؛;!?؟")

    def quote(self, word: str) -> str:
        """A word of `words` as written in the text."""
        places = word_places(self.folded, word)
        start = places[0] if places else self.folded.find(word)
        return self.original(start, start + len(word))


def unsupported_numbers(view: TextView, evidence: ArticleEvidence) -> list[str]:
    """Numbers (digits or words, percentages, scales) whose value the article does not mention."""
    found = []
    for mention in number_mentions(view.folded, view.words):
        if not evidence.supports_number(view.folded[mention.start:mention.end], mention):
            found.append(view.original(mention.start, mention.end))
    return found


def name_like_words(view: TextView, evidence: ArticleEvidence) -> list[str]:
    """Words not in the article (under any match key) that are not common words: names, mostly."""
    found = []
    for word in view.loose:
        if word in FUNCTION_WORDS or word in NUMBER_WORD_SET or len(word) < 2:
            continue
        if not word.isalpha() and len(_DIGIT.sub("", word)) < 3:
            continue  # 2018، و15، م2018: numbers, for the number check
        if not is_common(word) and not evidence.supports_word(word):
            found.append(view.quote(word))
    return found


def negation_flips(view: TextView, evidence: ArticleEvidence) -> list[str]:
    """Words whose negation was dropped or added, in each sentence of the output that closely copies article
    sentences; compared only where the cheap screen (`_may_flip`) finds a reason."""
    if not _may_flip(view, evidence):
        return []
    words = content_words(view.folded)
    flipped: list[Word] = []
    for sentence in _sentences(view.folded, words):
        if len(sentence) >= MIN_CONTENT_WORDS:
            flipped += flipped_words(sentence, evidence.copied_sentences(sentence))
    return [view.original(word.start if word.negator_start is None else word.negator_start, word.end)
            for word in flipped]


def _may_flip(view: TextView, evidence: ArticleEvidence) -> bool:
    """A copied run that the article only ever writes after a negator (and the output does not negate), a
    negator ending a run (it now negates words from elsewhere), a negator or a word the article negates
    among the words outside the runs."""
    words = view.words
    for start, end in view.runs:
        negated_in_output = start > 0 and words[start - 1] in NEGATORS
        if not negated_in_output and evidence.always_negated(words[start:end]):
            return True
        if end < len(words) and (words[end - 1] in NEGATORS or (end - start > 1 and words[end - 2] in NEGATORS)):
            return True
    return any(word in NEGATORS or (word not in FUNCTION_WORDS and len(word) > 2 and not evidence.has_word(word)
                                    and bool(word_keys(word) & evidence.negated_keys)) for word in view.loose)


def _sentences(folded: str, words: list[Word]) -> list[list[Word]]:
    """Content words grouped by the sentence of the text they stand in."""
    groups: list[list[Word]] = []
    offset = 0
    for sentence in split_sentences(folded):
        start = folded.find(sentence, offset)
        offset = start + len(sentence)
        groups.append([word for word in words if start <= word.start < offset])
    return groups


def check_view(evidence: ArticleEvidence, field_name: str, index: int | None, view: TextView) -> list[Finding]:
    """Findings for one headline, bullet or summary, without repeats."""
    kinds = (("number", unsupported_numbers), ("name", name_like_words), ("negation", negation_flips))
    found = {(kind, words): None for kind, check in kinds for words in check(view, evidence)}
    return [Finding(field_name, index, kind, words) for kind, words in found]


def check_text(evidence: ArticleEvidence, field_name: str, index: int | None, text: str) -> list[Finding]:
    """Findings for one text (see `check_view`)."""
    return check_view(evidence, field_name, index, TextView.of(text, evidence))


def summary_sentences(evidence: ArticleEvidence, summary: str) -> list[tuple[str, list[Finding]]]:
    """Each summary sentence with its findings (the `repair` policy drops the ones that have some)."""
    return [(sentence, check_text(evidence, "summary", None, sentence)) for sentence in split_sentences(summary)]


def check_digest(evidence: ArticleEvidence, digest: Digest) -> list[Finding]:
    """Every finding of a Digest's headline, bullets and summary, in that order."""
    slots = ([("headline", None, digest.headline)] if digest.headline else []) + [
        ("bullets", index, bullet) for index, bullet in enumerate(digest.bullets or [])] + (
        [("summary", None, digest.summary)] if digest.summary else [])
    views = TextView.all_of([text for _, _, text in slots], evidence)
    return [finding for (name, index, _), view in zip(slots, views) for finding in check_view(evidence, name, index, view)]
