"""Check a Digest against its article: numbers, name-like words and negation flips the article does not support.

An output is first covered with the runs of words it copies from the article (`ArticleEvidence.verbatim_runs`):
copied words need no further look as names, and a copied run can only drop a negation where every use of it
in the article follows a negator. The rest (rewritten words, numbers written another way, outputs that
negate) gets the full comparison. Findings quote the output as written.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from service.digest import Digest, Finding
from service.faithfulness.evidence import ArticleEvidence, word_places
from service.faithfulness.negation import MIN_CONTENT_WORDS, NEGATORS, Word, content_words, flipped_words
from service.faithfulness.numbers import NUMBER_WORD_SET, number_mentions
from service.faithfulness.words import FUNCTION_WORDS, PUNCTUATION, is_common, split_words, word_keys
from service.text import fold_for_metrics, split_sentences

_DIGIT = re.compile(r"\d")
_SPACE_SEPARATED = re.compile(r"\S+")
_JOINER = "\x00"  # between texts checked together: not a space, a letter, a digit or a separator


class TextView(NamedTuple):
    """An output text, folded, split into words, and the runs of its words (as written) the article has."""

    text: str
    folded: str
    words: list[str]  # every word, punctuation aside
    written: list[str]  # the space-separated pieces as written
    bare: list[str]  # the same without the punctuation around them
    runs: list[tuple[int, int]]  # of the pieces as written
    loose: list[str]  # the words of the pieces outside the runs

    @classmethod
    def of(cls, text: str, evidence: ArticleEvidence, folded: str | None = None) -> TextView:
        folded = fold_for_metrics(text) if folded is None else folded
        written = folded.split()
        bare = [piece.strip(PUNCTUATION) for piece in written]
        runs = evidence.verbatim_runs(written)
        if runs == [(0, len(written))]:
            return cls(text, folded, split_words(folded), written, bare, runs, [])
        covered = {index for start, end in runs for index in range(start, end)}
        loose = [word for index, piece in enumerate(written) if index not in covered for word in split_words(piece)]
        return cls(text, folded, split_words(folded), written, bare, runs, loose)

    @classmethod
    def all_of(cls, texts: list[str], evidence: ArticleEvidence) -> list[TextView]:
        """Views of several one-line texts, folded in one call."""
        folded = fold_for_metrics("\n".join(text.replace("\n", " ") for text in texts))
        return [cls.of(text, evidence, one) for text, one in zip(texts, folded.split("\n"))]

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


def unsupported_numbers(views: list[TextView], evidence: ArticleEvidence) -> list[list[str]]:
    """For each text, the numbers (digits or words, percentages, scales) whose value the article does not
    mention; found in one pass over the texts joined by a character that no number crosses."""
    joined = _JOINER.join(view.folded for view in views)
    starts = list(itertools.accumulate((len(view.folded) + 1 for view in views[:-1]), initial=0))
    found: list[list[str]] = [[] for _ in views]
    for mention in number_mentions(joined, [word for view in views for word in view.words]):
        if not evidence.supports_number(joined[mention.start:mention.end], mention):
            index = bisect.bisect_right(starts, mention.start) - 1
            found[index].append(views[index].original(mention.start - starts[index], mention.end - starts[index]))
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
    bare = view.bare
    for start, end in view.runs:
        negated_in_output = start > 0 and bare[start - 1] in NEGATORS
        if not negated_in_output and evidence.always_negated(view.written[start:end]):
            return True
        if end < len(bare) and (bare[end - 1] in NEGATORS or (end - start > 1 and bare[end - 2] in NEGATORS)):
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


def check_view(evidence: ArticleEvidence, field_name: str, index: int | None, view: TextView,
               numbers: list[str]) -> list[Finding]:
    """Findings for one headline, bullet or summary (its unsupported `numbers` found already), without repeats."""
    kinds = (("number", numbers), ("name", name_like_words(view, evidence)),
             ("negation", negation_flips(view, evidence)))
    found = {(kind, words): None for kind, texts in kinds for words in texts}
    return [Finding(field_name, index, kind, words) for kind, words in found]


def check_text(evidence: ArticleEvidence, field_name: str, index: int | None, text: str) -> list[Finding]:
    """Findings for one text (see `check_view`)."""
    view = TextView.of(text, evidence)
    return check_view(evidence, field_name, index, view, unsupported_numbers([view], evidence)[0])


def summary_sentences(evidence: ArticleEvidence, summary: str) -> list[tuple[str, list[Finding]]]:
    """Each summary sentence with its findings (the `repair` policy drops the ones that have some)."""
    return [(sentence, check_text(evidence, "summary", None, sentence)) for sentence in split_sentences(summary)]


def check_digest(evidence: ArticleEvidence, digest: Digest) -> list[Finding]:
    """Every finding of a Digest's headline, bullets and summary, in that order."""
    slots = ([("headline", None, digest.headline)] if digest.headline else []) + [
        ("bullets", index, bullet) for index, bullet in enumerate(digest.bullets or [])] + (
        [("summary", None, digest.summary)] if digest.summary else [])
    views = TextView.all_of([text for _, _, text in slots], evidence)
    numbers = unsupported_numbers(views, evidence) if views else []
    return [finding for (name, index, _), view, unsupported in zip(slots, views, numbers)
            for finding in check_view(evidence, name, index, view, unsupported)]
