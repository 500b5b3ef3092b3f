"""Training examples for the writer: every headline compression of an article, with its ROUGE-L against
the editor's headline as the target, described by the same feature parts the service scores.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from service.engines.writer.candidates import compressions, render_words
from service.engines.writer.chunks import chunk_sentence
from service.engines.writer.features import ArticleContext, Features, SentenceParts
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import variants
from service.engines.writer.writer import CONTEXT_SENTENCES, HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_SENTENCES
from service.text import metric_tokens

MAX_CANDIDATES = 60  # per article: the best by target, then a fixed-seed sample of the rest
ALWAYS_KEPT = 12


@dataclass(frozen=True)
class CandidateGroup:
    """One article's candidates: `parts[i]` is a part's features; `candidates[j]` lists part indices."""

    parts: list[Features]
    candidates: list[list[int]]
    targets: list[float]


def lcs_length(reference: list[str], output: list[str]) -> int:
    """Longest common subsequence by bit-parallel dynamic programming (one big-integer step per token).

    >>> lcs_length("الوزير يفتتح المحطة الجديدة".split(), "افتتح الوزير المحطة".split())
    2
    """
    masks: dict[str, int] = {}
    for position, token in enumerate(reference):
        masks[token] = masks.get(token, 0) | (1 << position)
    full = (1 << len(reference)) - 1
    row = full
    for token in output:
        mask = masks.get(token)
        if mask:
            matched = row & mask
            row = ((row + matched) | (row - matched)) & full
    return len(reference) - bin(row).count("1")


def rouge_l(reference: list[str], output: list[str]) -> float:
    common = lcs_length(reference, output) if reference and output else 0
    return 200 * common / (len(reference) + len(output)) if common else 0.0


def candidate_group(sentences: list[str], target: str, lexicon: Lexicon, seed: int,
                    length: tuple[int, int] = (HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS)) -> CandidateGroup | None:
    """All compressions of the lead sentence within `length` (min, max words), scored against the target
    (the editor's headline or summary); None without any."""
    reference = metric_tokens(target)
    if not reference:
        return None
    chunked = [chunk_sentence(sentence) for sentence in sentences[:HEADLINE_SENTENCES]]
    context = ArticleContext.of(sentences[:CONTEXT_SENTENCES])
    part_index: dict[tuple[int, int, object], int] = {}
    parts: list[Features] = []
    rows: list[tuple[float, list[int]]] = []
    tokens: dict[str, list[str]] = {}
    sentences_used = [(position, number, sentence) for position, written in enumerate(chunked[:HEADLINE_SENTENCES])
                      for number, sentence in enumerate(variants(written, lexicon))]
    for position, number, sentence in sentences_used:
        sentence_parts = SentenceParts(sentence, position, lexicon, context, shortened=number > 0)
        for compression in compressions(sentence, lexicon, length[1], length[0]):
            indices = []
            for part in sentence_parts.parts(compression):
                key = (position, number, part)
                if key not in part_index:
                    part_index[key] = len(parts)
                    parts.append(sentence_parts.features(part, compression.opening))
                indices.append(part_index[key])
            words = render_words(sentence, compression, lexicon)
            output = [token for word in words for token in tokens.setdefault(word, metric_tokens(word))]
            rows.append((rouge_l(reference, output), indices))
    if not rows:
        return None
    rows = _sample(rows, seed)
    return CandidateGroup(parts, [indices for _, indices in rows], [target for target, _ in rows])


def _sample(rows: list[tuple[float, list[int]]], seed: int) -> list[tuple[float, list[int]]]:
    if len(rows) <= MAX_CANDIDATES:
        return rows
    ranked = sorted(rows, key=lambda row: -row[0])
    rest = ranked[ALWAYS_KEPT:]
    return ranked[:ALWAYS_KEPT] + random.Random(seed).sample(rest, MAX_CANDIDATES - ALWAYS_KEPT)
