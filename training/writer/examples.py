"""Training examples for the writer: every headline compression of an article, with its ROUGE-L against
the editor's headline as the target, described by the same feature parts the service scores.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from service.engines.writer.candidates import compressions
from service.engines.writer.chunks import ChunkedSentence, chunk_sentence
from service.engines.writer.features import ArticleContext, Features, SentenceParts
from service.engines.writer.fronting import lexical_chunks
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.names import variants
from service.engines.writer.rendering import render_words
from service.engines.writer.writer import CONTEXT_SENTENCES, HEADLINE_MIN_WORDS, HEADLINE_SENTENCES, LENGTH_STEPS
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


def candidate_group(sentences: list[str], target: str, lexicon: Lexicon, seed: int) -> CandidateGroup | None:
    """The lead sentence's compressions that the headline chooses from (the first of the writer's
    `LENGTH_STEPS` that has any), scored against the target (the editor's headline); None without any."""
    reference = metric_tokens(target)
    if not reference:
        return None
    chunked = [lexical_chunks(chunk_sentence(sentence), lexicon) for sentence in sentences[:HEADLINE_SENTENCES]]
    context = ArticleContext.of(sentences[:CONTEXT_SENTENCES])
    sentences_used = [(position, number, sentence) for position, written in enumerate(chunked)
                      for number, sentence in enumerate(variants(written, lexicon))]
    for objectless, longest in LENGTH_STEPS:
        group = _scored_group(sentences_used, reference, lexicon, context, (objectless, longest))
        if group is not None:
            return _sample(group, seed)
    return None


def _scored_group(sentences_used: list[tuple[int, int, ChunkedSentence]], reference: list[str], lexicon: Lexicon,
                  context: ArticleContext, step: tuple[bool, int]) -> CandidateGroup | None:
    """Every compression of the sentences within one length step (objectless, most words), as parts and
    ROUGE-L targets; None without any."""
    part_index: dict[tuple[int, int, object], int] = {}
    parts: list[Features] = []
    rows: list[tuple[float, list[int]]] = []
    tokens: dict[str, list[str]] = {}
    objectless, longest = step
    for position, number, sentence in sentences_used:
        sentence_parts = SentenceParts(sentence, position, lexicon, context, shortened=number > 0)
        for compression in compressions(sentence, lexicon, longest, HEADLINE_MIN_WORDS, objectless):
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
    return CandidateGroup(parts, [indices for _, indices in rows], [target for target, _ in rows])


def _sample(group: CandidateGroup, seed: int) -> CandidateGroup:
    """At most MAX_CANDIDATES of a group: the best by target, then a fixed-seed sample of the rest."""
    rows = list(zip(group.targets, group.candidates, strict=True))
    if len(rows) <= MAX_CANDIDATES:
        return group
    ranked = sorted(rows, key=lambda row: -row[0])
    kept = ranked[:ALWAYS_KEPT] + random.Random(seed).sample(ranked[ALWAYS_KEPT:], MAX_CANDIDATES - ALWAYS_KEPT)
    return CandidateGroup(group.parts, [indices for _, indices in kept], [target for target, _ in kept])
