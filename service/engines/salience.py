"""Sentence salience for news: leave-one-out centrality to the article's term centroid, with a lead prior.

Shared by the extractive engine and by the neural engines' long-article selection.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import mul
from typing import Callable, Final, Mapping, NamedTuple

from service.text import metric_tokens
from service.text.stem import light_stem
from service.text.word_memo import WordMemo

# Function words in metric-normalised form (alef/ya/ta-marbuta folded).
STOPWORDS: Final = frozenset("""
في من علي الي عن مع ان او ام ثم هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين اللواتي كان كانت كانوا يكون تكون
قد لقد لم لن ما لا هو هي هم هن انه انها انهم لها له لهم به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم اليه
اليها حيث كما بين بعد قبل خلال حتي عند كل بعض غير اي اذا اذ لكن بل كذلك ايضا وقد وكان وكانت وهو وهي وفي ومن وعلي والي
وان قال وقال قالت وقالت اليوم امس الان نحو اكثر اقل مثل ضمن عبر لدي لدى منذ بينما فيما والتي والذي هناك هنا عام يوم وذلك
تم الا الي ولا وما ولم ولن فقط جدا دون سوي وسط اطار اخر اخري جميع عدد عده لما كي لكي ليس ليست سوف
""".split())
LEAD_DECAY: Final = 0.35
SHORT_SENTENCE_WORDS: Final = 8


@lru_cache(maxsize=16_384)
def content_terms(sentence: str) -> tuple[str, ...]:
    """Stemmed content words of a model-normalised sentence (no function words, no bare numbers).

    >>> content_terms("وقال الوزير إن الحكومة ستبني مدارس جديدة في 2025")
    ('وزير', 'حكوم', 'ستبن', 'مدارس', 'جديد')
    """
    return tuple(chain.from_iterable(map(_WORD_TERMS.of, sentence.split())))


def _word_terms(word: str) -> tuple[str, ...]:
    """`content_terms` of one word (a metric token never spans a space, so a sentence's terms are its words')."""
    return tuple(term for term in map(_CONTENT_TERMS.of, metric_tokens(word, normalized=True)) if term)


def _content_term(token: str) -> str:
    """A token's stem, or "" for a function word, a bare number or a single letter."""
    return "" if token in STOPWORDS or token.isdigit() or len(token) < 2 else light_stem(token)


_WORD_TERMS: Final = WordMemo(_word_terms)
_CONTENT_TERMS: Final = WordMemo(_content_term)


class _Vector(NamedTuple):
    """A sentence's tf-idf vector: its distinct terms in first-use order and their weights."""

    terms: Counter[str]
    weights: list[float]

    def dot(self, other: Mapping[str, float]) -> float:
        return sum(map(mul, self.weights, map(other.__getitem__, self.terms)))


def _vectors(terms: list[tuple[str, ...]]) -> list[_Vector]:
    """Each sentence's terms weighted by log term frequency times inverse document frequency."""
    bags = [Counter(sentence) for sentence in terms]
    document_frequency = Counter(chain.from_iterable(bags))
    total = len(bags)
    idf_of = {count: math.log((total + 1) / (count + 0.5)) + 1.0 for count in set(document_frequency.values())}
    idf = dict(zip(document_frequency, map(idf_of.__getitem__, document_frequency.values()), strict=True))
    vectors = []
    for bag, sentence in zip(bags, terms, strict=True):
        weights = list(map(idf.__getitem__, bag))
        if len(bag) < len(sentence):  # a term used twice: (1 + log tf) * idf, where 1.0 * idf stands for tf 1
            weights = list(map(mul, map(_frequency_weight, bag.values()), weights))
        vectors.append(_Vector(bag, weights))
    return vectors


@lru_cache(maxsize=256)
def _frequency_weight(count: int) -> float:
    return 1 + math.log(count)


def _centroid(vectors: list[_Vector]) -> dict[str, float]:
    """The sum of the vectors, each term's weights added in sentence order."""
    centroid: dict[str, float] = {}
    get = centroid.get
    for vector in vectors:
        for term, weight in zip(vector.terms, vector.weights, strict=True):
            centroid[term] = get(term, 0.0) + weight
    return centroid


def score_sentences(sentences: list[str]) -> list[float]:
    """One salience score per sentence: higher is more central and earlier; deterministic."""
    vectors = _vectors([content_terms(s) for s in sentences])
    centroid = _centroid(vectors)
    centroid_norm2 = sum(map(mul, centroid.values(), centroid.values()))
    scores = []
    for position, (sentence, vector) in enumerate(zip(sentences, vectors, strict=True)):
        # cosine of the sentence with the centroid of all the *other* sentences
        own2, shared = sum(map(mul, vector.weights, vector.weights)), vector.dot(centroid)
        rest2 = max(centroid_norm2 - 2 * shared + own2, 0.0)
        centrality = (shared - own2) / math.sqrt(own2 * rest2) if own2 and rest2 > 1e-12 else 0.0
        if len(sentences) == 1:
            centrality = 1.0
        length = min(1.0, len(sentence.split()) / SHORT_SENTENCE_WORDS)
        scores.append((0.2 + centrality) * length / (1 + position) ** LEAD_DECAY)
    return scores


def select_salient(sentences: list[str], budget: int, cost: Callable[[str], int]) -> list[int]:
    """Indices of the most salient sentences whose total cost fits the budget, in original order.

    Never empty for non-empty input: if even the best sentence is over budget, it alone is returned
    (split long sentences with `split_overlong` first when that matters).
    """
    if not sentences:
        return []
    scores = score_sentences(sentences)
    ranking = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    spent = 0
    for index in ranking:
        price = cost(sentences[index])
        if spent + price <= budget:
            chosen.append(index)
            spent += price
    return sorted(chosen) if chosen else [ranking[0]]
