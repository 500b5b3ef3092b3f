"""Model source text: salient sentences in original order within the token budget, one path for training."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.arabic_samples import ARTICLES, ECONOMY, HEALTH_WITH_SECTIONS
from service.article import prepare_article
from service.bundle import TaskSpec, load_bundle_spec
from service.digest import Task
from service.engines.source import (
    build_bullet_sources,
    build_source,
    encode_source,
    model_sentences,
    token_counter,
)
from service.options import Limits


def words(text: str) -> int:
    return len(text.split())


def test_short_article_is_kept_whole_with_prefix() -> None:
    article = prepare_article(ECONOMY, Limits())
    text, dropped = build_source(article, Task.HEADLINE, TaskSpec(prefix="headline: ", max_source_tokens=512), words)
    assert not dropped
    assert text == "headline: " + " ".join(article.sentences)


def test_long_article_keeps_salient_sentences_in_order_within_budget() -> None:
    article = prepare_article(ECONOMY + HEALTH_WITH_SECTIONS, Limits())
    spec = TaskSpec(prefix="summarize: ", max_source_tokens=60)
    text, dropped = build_source(article, Task.SUMMARY, spec, words)
    assert dropped
    body = text.removeprefix("summarize: ")
    assert words(text) <= spec.max_source_tokens - 1
    kept = [s for s in model_sentences(article) if s in body]
    positions = [body.index(s) for s in kept]
    assert kept and positions == sorted(positions)
    assert article.sentences[0] in body  # the lead sentence of a news story is salient


def test_bullet_sources_follow_the_sections() -> None:
    article = prepare_article(HEALTH_WITH_SECTIONS, Limits())
    spec = TaskSpec(prefix="headline: ", max_source_tokens=400)
    sources = build_bullet_sources(article, spec, words, max_bullets=4)
    assert len(sources) == 4
    assert all(text.startswith("headline: ") for text, _ in sources)
    sections = [" ".join(section.paragraphs) for section in article.page.sections]
    owners = [next(i for i, section in enumerate(sections) if text.removeprefix("headline: ") in section)
              for text, _ in sources]
    assert owners == sorted(set(owners))  # one section each, in article order


def test_bullets_have_no_single_source() -> None:
    article = prepare_article(ECONOMY, Limits())
    with pytest.raises(ValueError, match="build_bullet_sources"):
        build_source(article, Task.BULLETS, TaskSpec(prefix=""), words)


def test_training_and_serving_get_the_same_token_ids(tiny_bundle: Path) -> None:
    """Training builds examples with build_source + encode_source; the engine must feed the model the same ids."""
    from transformers import AutoTokenizer

    from service.engines.seq2seq import Seq2SeqEngine

    engine = Seq2SeqEngine(tiny_bundle)
    seen: list[list[int]] = []
    engine.generate = lambda batch, settings: seen.extend(batch) or [[0, 1]] * len(batch)  # type: ignore[method-assign]
    article = prepare_article(ARTICLES["page"], Limits())
    from service.options import SummaryOptions

    engine.summarize([article], SummaryOptions(tasks=frozenset({Task.SUMMARY})))
    tokenizer = AutoTokenizer.from_pretrained(tiny_bundle)  # what a training script loads
    spec = load_bundle_spec(tiny_bundle).task_spec(Task.SUMMARY)
    text, _ = build_source(article, Task.SUMMARY, spec, token_counter(tokenizer))
    ids, _ = encode_source(tokenizer, text, spec.max_source_tokens)
    assert seen == [ids]
    assert ids[-1] == tokenizer.eos_token_id and len(ids) <= spec.max_source_tokens
