"""Evaluation beyond ROUGE: corpus BLEU (sacrebleu) on Arabic metric tokens, novel n-grams, output lengths,
and fluency: cuts (adjacent output words that were not adjacent in the article) and dangling endings.

BLEU is computed by sacrebleu on the same tokens as our ROUGE (`metric_tokens`: letters and digits of any
script, alef/ya/ta-marbuta folded, no diacritics) with sacrebleu's own tokenizer off, so a headline and its
reference that differ only in letter forms are not punished. Novel n-grams are the share of an output's
n-grams that do not occur in the article: 0 for a pure extract, higher for abstractive output.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from service.engines.writer import ends_dangling
from service.text import metric_tokens

NOVEL_ORDERS = (1, 2)


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def novel_ngram_ratio(source: str, output: str, n: int) -> float | None:
    """Share (0-100) of the output's distinct n-grams absent from the source; None for a too-short output.

    >>> round(novel_ngram_ratio("افتتح الوزير المحطة الجديدة", "الوزير يفتتح المحطة", 1), 1)
    33.3
    """
    produced = ngrams(metric_tokens(output), n)
    if not produced:
        return None
    return 100 * len(produced - ngrams(metric_tokens(source), n)) / len(produced)


def cut_count(source_bigrams: set[tuple[str, ...]], output: str) -> int:
    """Places where two adjacent words of the output were not adjacent in the article (a novel word counts
    on both sides): 0 for a contiguous extract.

    >>> article = ngrams(metric_tokens("أعلنت وزارة الصحة اليوم أن الحملة ستبدأ غدا"), 2)
    >>> cut_count(article, "وزارة الصحة: الحملة ستبدأ غدا"), cut_count(article, "الحملة ستبدأ غدا")
    (1, 0)
    """
    tokens = metric_tokens(output)
    return sum(pair not in source_bigrams for pair in itertools.pairwise(tokens))


def corpus_bleu(references: list[str], outputs: list[str]) -> float:
    """Corpus BLEU (0-100) on Arabic metric tokens."""
    import sacrebleu

    if not outputs:
        return 0.0
    joined_outputs = [" ".join(metric_tokens(text)) for text in outputs]
    joined_references = [" ".join(metric_tokens(text)) for text in references]
    return float(sacrebleu.corpus_bleu(joined_outputs, [joined_references], tokenize="none").score)


@dataclass
class SystemOutputs:
    """Everything one system produced for one task, kept to score at the end (BLEU is a corpus statistic)."""

    references: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    novel: dict[int, list[float]] = field(default_factory=lambda: {n: [] for n in NOVEL_ORDERS})
    cuts: list[int] = field(default_factory=list)
    dangling: list[bool] = field(default_factory=list)

    def add(self, reference: str | None, output: str, source: str) -> None:
        """One output; `reference` None for a task without references (bullets): fluency only."""
        if reference is not None:
            self.references.append(reference)
        self.outputs.append(output)
        for n in NOVEL_ORDERS:
            ratio = novel_ngram_ratio(source, output, n)
            if ratio is not None:
                self.novel[n].append(ratio)
        self.cuts.append(cut_count(ngrams(metric_tokens(source), 2), output))
        self.dangling.append(ends_dangling(output))

    def scores(self) -> dict[str, Any]:
        count = max(1, len(self.outputs))
        return {
            "bleu": round(corpus_bleu(self.references, self.outputs), 2) if self.references else None,
            "cuts": round(sum(self.cuts) / count, 2),
            "dangling": round(100 * sum(self.dangling) / count, 2),
            **{f"novel_{n}": round(sum(values) / len(values), 2) if values else None
               for n, values in self.novel.items()},
            "words": round(sum(len(text.split()) for text in self.outputs) / count, 2),
            "reference_words": round(sum(len(text.split()) for text in self.references) / count, 2)
            if self.references else None,
        }
