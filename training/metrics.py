"""Arabic-correct ROUGE: tokens from `service.text.metric_tokens` (any script's letters and digits), optional
light stem."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from service.text import metric_tokens
from service.text.stem import light_stem


@dataclass(frozen=True)
class RougeScores:
    """F1 scores on a 0-100 scale."""

    rouge1: float
    rouge2: float
    rougeL: float


def rouge_tokens(text: str, stem: bool = False) -> list[str]:
    tokens = metric_tokens(text)
    return [light_stem(token) for token in tokens] if stem else tokens


def _f1(overlap: int, predicted: int, reference: int) -> float:
    if not overlap:
        return 0.0
    precision, recall = overlap / predicted, overlap / reference
    return 200 * precision * recall / (precision + recall)


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(reference: list[str], prediction: list[str], n: int) -> float:
    ref, pred = _ngrams(reference, n), _ngrams(prediction, n)
    return _f1(sum((ref & pred).values()), sum(pred.values()), sum(ref.values()))


def lcs_length(first: list[str], second: list[str]) -> int:
    previous = [0] * (len(second) + 1)
    for token in first:
        current = [0]
        for j, other in enumerate(second):
            current.append(previous[j] + 1 if token == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge(reference: str, prediction: str, stem: bool = False) -> RougeScores:
    """ROUGE-1/2/L F1 of one prediction against one reference.

    >>> rouge("الحكومة تفتتح مدرسة جديدة", "الحكومة تفتتح مدرسة جديدة").rougeL
    100.0
    """
    ref, pred = rouge_tokens(reference, stem), rouge_tokens(prediction, stem)
    return RougeScores(
        rouge1=rouge_n(ref, pred, 1), rouge2=rouge_n(ref, pred, 2),
        rougeL=_f1(lcs_length(ref, pred), len(pred), len(ref)),
    )
