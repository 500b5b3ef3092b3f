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
from typing import Final, NamedTuple

from service.digest import Digest, Finding
from service.faithfulness.evidence import ArticleEvidence, word_places
from service.faithfulness.negation import MIN_CONTENT_WORDS, NEGATORS, Word, content_words, flipped_words
from service.faithfulness.numbers import NUMBER_WORD_SET, number_mentions
from service.faithfulness.words import FUNCTION_WORDS, PUNCTUATION, is_common, split_words, word_keys
from service.text import fold_for_metrics, split_sentences

_DIGIT: Final = re.compile(r"\d")
_SPACE_SEPARATED: Final = re.compile(r"\S+")
_JOINER: Final = "\x00"  # between texts checked together: not a space, a letter, a digit or a separator


class TextView(NamedTuple):
    """An output text, folded, and the runs of its space-separated pieces (as written) the article has."""

    text: str
    folded: str
    written: list[str]  # the space-separated pieces as written
    runs: list[tuple[int, int, int]]  # (start, end, a place in the article as written)
    loose: list[str]  # the folded words of the pieces outside the runs, punctuation aside

    @classmethod
    def of(cls, text: str, evidence: ArticleEvidence, folded: str | None = None) -> TextView:
        folded = fold_for_metrics(text) if folded is None else folded
        written = text.split()
        runs = evidence.verbatim_runs(written)
        if len(runs) == 1 and runs[0][1] - runs[0][0] == len(written):
            return cls(text, folded, written, runs, [])
        covered = {index for start, end, _ in runs for index in range(start, end)}
        # not strict: a word of diacritics alone folds to nothing, and the folded words run short
        loose = [word for index, (piece, folded_piece) in enumerate(zip(written, folded.split(), strict=False))
                 if index not in covered and evidence.first_place([piece.strip(PUNCTUATION)]) < 0
                 for word in split_words(folded_piece)]
        return cls(text, folded, written, runs, loose)

    def original(self, start: int, end: int) -> str:
        return written_span(self.text, self.folded, start, end)

    def quote(self, word: str) -> str:
        """A folded word of the text as written in it."""
        start = next(word_places(self.folded, word), self.folded.find(word))
        return self.original(start, start + len(word))


def written_span(text: str, folded: str, start: int, end: int) -> str:
    """The written text of folded[start:end] (whole words when folding changed the length).

    >>> written_span("أكّدَ الوزيرُ ارتفاع الأسعار", "اكد الوزير ارتفاع الاسعار", 4, 10)
    'الوزيرُ'
    """
    if len(text) == len(folded):
        return text[start:end]
    folded_words = list(_SPACE_SEPARATED.finditer(folded))
    written = list(_SPACE_SEPARATED.finditer(text))
    first = next(i for i, word in enumerate(folded_words) if word.end() > start)
    last = next(i for i, word in enumerate(folded_words) if word.end() >= end)
    return text[written[first].start():written[last].end()].strip("«»\"'()[]،,.:؛;!?؟")


def fold_all(texts: list[str]) -> tuple[list[str], str]:
    """Several one-line texts folded in one call: each folded, and all of them joined by `_JOINER`."""
    joined = fold_for_metrics(_JOINER.join(text.replace(_JOINER, " ") for text in texts))
    return joined.split(_JOINER), joined


def unsupported_numbers(texts: list[str], folded: list[str], evidence: ArticleEvidence,
                        joined: str) -> list[list[str]]:
    """For each text, the numbers (digits or words, percentages, scales) whose value the article does not
    mention; found in one pass over the `folded` texts `joined` by a character that no number crosses."""
    starts = list(itertools.accumulate((len(one) + 1 for one in folded[:-1]), initial=0))
    found: list[list[str]] = [[] for _ in texts]
    for mention in number_mentions(joined, split_words(joined)):
        index = bisect.bisect_right(starts, mention.start) - 1
        offset = starts[index]
        written = written_span(texts[index], folded[index], mention.start - offset, mention.end - offset)
        if not evidence.supports_number(mention, written, joined[mention.start:mention.end]):
            found[index].append(written)
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
    sentences (call it where `may_flip` finds a reason)."""
    words = content_words(view.folded)
    flipped: list[Word] = []
    for sentence in _sentences(view.folded, words):
        if len(sentence) >= MIN_CONTENT_WORDS:
            flipped += flipped_words(sentence, evidence.copied_sentences(sentence))
    return [view.original(word.start if word.negator_start is None else word.negator_start, word.end)
            for word in flipped]


def may_flip(view: TextView, evidence: ArticleEvidence) -> bool:
    """The cheap screen for negation flips: a copied run that the article only ever writes after a negator (and
    the output does not negate), a negator ending a run (it now negates words from elsewhere), a negator or a
    word the article negates among the words outside the runs."""
    written = view.written
    for start, end, place in view.runs:
        negated_in_output = start > 0 and written[start - 1].strip(PUNCTUATION) in NEGATORS
        if not negated_in_output and evidence.always_negated(written[start:end], place):
            return True
        run_tail = written[max(start, end - 2):end]
        if end < len(written) and any(piece.strip(PUNCTUATION) in NEGATORS for piece in run_tail):
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
    """Findings for one headline, bullet or summary (its unsupported `numbers` found already), without repeats.
    A text copied as it is, whose numbers are supported, usually needs only the negation screen."""
    names = name_like_words(view, evidence) if view.loose else []
    negations = negation_flips(view, evidence) if may_flip(view, evidence) else []
    if not (numbers or names or negations):
        return []
    found = dict.fromkeys([("number", words) for words in numbers] + [("name", words) for words in names]
                          + [("negation", words) for words in negations])
    return [Finding(field_name, index, kind, words) for kind, words in found]


def check_text(evidence: ArticleEvidence, field_name: str, index: int | None, text: str) -> list[Finding]:
    """Findings for one text (see `check_view`)."""
    folded, joined = fold_all([text])
    numbers = unsupported_numbers([text], folded, evidence, joined)[0]
    return check_view(evidence, field_name, index, TextView.of(text, evidence, folded[0]), numbers)


def summary_sentences(evidence: ArticleEvidence, summary: str) -> list[tuple[str, list[Finding]]]:
    """Each summary sentence with its findings (the `repair` policy drops the ones that have some)."""
    return [(sentence, check_text(evidence, "summary", None, sentence)) for sentence in split_sentences(summary)]


def check_digest(evidence: ArticleEvidence, digest: Digest) -> list[Finding]:
    """Every finding of a Digest's headline, bullets and summary, in that order. A text the article has as a
    statement of its own (`ArticleEvidence.copies`) is done after one search; the others are checked in full
    (their numbers in one pass)."""
    slots = ([("headline", None, digest.headline)] if digest.headline else []) + [
        ("bullets", index, bullet) for index, bullet in enumerate(digest.bullets or [])] + (
        [("summary", None, digest.summary)] if digest.summary else [])
    rest = [slot for slot in slots if not evidence.copies(slot[2])]
    if not rest:
        return []
    texts = [text for _, _, text in rest]
    folded, joined = fold_all(texts)
    findings: list[Finding] = []
    numbers_of = unsupported_numbers(texts, folded, evidence, joined)
    for (name, index, text), one, numbers in zip(rest, folded, numbers_of, strict=True):
        findings += check_view(evidence, name, index, TextView.of(text, evidence, one), numbers)
    return findings
