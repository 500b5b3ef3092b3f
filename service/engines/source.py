"""The model's input text: one code path for training examples and serving (no torch here).

Long articles are never cut blindly: the most salient sentences (the extractive scorer's) are kept in their
original order until the task's source length in tokens is spent, and the caller learns that some were dropped.
Training builds its examples with `build_source`/`encode_source` too, so a model sees at serving time exactly
the text shape it was trained on.
"""

from __future__ import annotations

from typing import Any, Callable

from service.article import Article
from service.bundle import TaskSpec
from service.digest import Task
from service.engines.planning import UNIT_MAX_WORDS, article_units, bullet_groups
from service.engines.salience import select_salient
from service.text import split_overlong

TokenCounter = Callable[[str], int]


def token_counter(tokenizer: Any) -> TokenCounter:
    """Tokens a text costs in the model input (no special tokens), memoised: sentences recur across tasks."""
    cache: dict[str, int] = {}

    def count(text: str) -> int:
        if text not in cache:
            cache[text] = len(tokenizer(text, add_special_tokens=False)["input_ids"])
        return cache[text]

    return count


def model_sentences(article: Article) -> list[str]:
    """The body's sentences, overlong ones split at clauses, so that selection can work in small steps."""
    return [chunk for sentence in article.sentences for chunk in split_overlong(sentence, UNIT_MAX_WORDS)]


def select_source(sentences: list[str], spec: TaskSpec, count_tokens: TokenCounter) -> tuple[str, bool]:
    """Prefix + the most salient sentences in original order within the source budget; (text, dropped any).

    >>> spec = TaskSpec(prefix="headline: ", max_source_tokens=14)
    >>> sentences = ["افتتح وزير المياه محطة جديدة لتحلية مياه البحر بالطاقة الشمسية.", "وحضر الحفل عدد من المسؤولين."]
    >>> select_source(sentences, spec, lambda text: len(text.split()))
    ('headline: افتتح وزير المياه محطة جديدة لتحلية مياه البحر بالطاقة الشمسية.', True)
    """
    budget = max(1, spec.max_source_tokens - count_tokens(spec.prefix) - 1)  # one token for </s>
    chosen = select_salient(sentences, budget, count_tokens)
    return spec.prefix + " ".join(sentences[i] for i in chosen), len(chosen) < len(sentences)


def build_source(article: Article, task: Task, spec: TaskSpec, count_tokens: TokenCounter) -> tuple[str, bool]:
    """The source text for the headline or summary of an article: (prefix + selected sentences, truncated)."""
    if task is Task.BULLETS:
        raise ValueError("bullets have one source per section: use build_bullet_sources")
    return select_source(model_sentences(article), spec, count_tokens)


def build_bullet_sources(article: Article, spec: TaskSpec, count_tokens: TokenCounter,
                         max_bullets: int) -> list[tuple[str, bool]]:
    """One source per salient section (or run of paragraphs when the article has no sections), in order.

    Each becomes one headline-style teaser line; the grouping is the extractive engine's, so both engines
    cover the same parts of the article.
    """
    groups = bullet_groups(article_units(article), max_bullets)
    return [select_source([unit.text for unit in group], spec, count_tokens) for group in groups]


def encode_source(tokenizer: Any, source: str, max_tokens: int) -> tuple[list[int], bool]:
    """Token ids of a source (with </s>), cut to max_tokens as a last guard; (ids, whether it was cut)."""
    ids = list(tokenizer(source)["input_ids"])
    if len(ids) <= max_tokens:
        return ids, False
    return ids[: max_tokens - 1] + [ids[-1]], True
