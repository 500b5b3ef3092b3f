"""Prepared examples -> model features, through the service's own source builder (one code path with serving).

A headline or summary example becomes `prefix + the most salient sentences within the task's source length`
exactly as the seq2seq engine builds it (`service.engines.source.build_source`); a bullet example (one section
with its heading) becomes the source the engine builds for one section.
"""

from __future__ import annotations

import logging
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from service.article import prepare_article
from service.bundle import TaskSpec
from service.digest import Task
from service.engines.source import build_bullet_sources, build_source, encode_source, token_counter
from service.errors import InputError
from service.options import Limits
from training.examples import TaskExample
from training.prepare import read_examples

logger = logging.getLogger(__name__)

Feature = dict[str, list[int]]


@dataclass(frozen=True)
class EncodedSplit:
    features: list[Feature]
    examples: list[TaskExample]
    truncated: int
    refused: int


def mix_examples(examples: Iterable[TaskExample], weights: dict[str, float], seed: int,
                 limit: int | None = None) -> list[TaskExample]:
    """Multitask mixing: each task's examples are sampled by its weight (0.5: half of them, 2: each twice),
    shuffled together, then cut to `limit`."""
    chooser = random.Random(seed)
    by_task: dict[str, list[TaskExample]] = {}
    for example in examples:
        if weights.get(example.task, 0) > 0:
            by_task.setdefault(example.task, []).append(example)
    mixed: list[TaskExample] = []
    for task, items in sorted(by_task.items()):
        whole, fraction = divmod(weights[task], 1)
        mixed.extend(items * int(whole))
        mixed.extend(chooser.sample(items, round(fraction * len(items))))
    chooser.shuffle(mixed)
    return mixed[:limit] if limit is not None else mixed


def eval_examples(examples: Iterable[TaskExample], tasks: Iterable[str],
                  limit: int | None) -> dict[str, list[TaskExample]]:
    """The first `limit` validation examples of each task (in file order, so every run sees the same ones)."""
    by_task: dict[str, list[TaskExample]] = {task: [] for task in tasks}
    for example in examples:
        items = by_task.get(example.task)
        if items is not None and (limit is None or len(items) < limit):
            items.append(example)
    return {task: items for task, items in by_task.items() if items}


def model_source(example: TaskExample, spec: TaskSpec, count: Any, limits: Limits) -> tuple[str, bool]:
    """The model input text of an example, built the way the seq2seq engine builds it at serving time."""
    article = prepare_article(example.text, limits)
    task = Task(example.task)
    if task is Task.BULLETS:
        return build_bullet_sources(article, spec, count, max_bullets=1)[0]
    return build_source(article, task, spec, count)


def encode_examples(examples: list[TaskExample], tokenizer: Any, specs: dict[Task, TaskSpec],
                    limits: Limits | None = None) -> EncodedSplit:
    """input_ids/attention_mask/labels per example; examples the service would refuse are left out."""
    limits = limits or Limits()
    count = token_counter(tokenizer)
    features: list[Feature] = []
    kept: list[TaskExample] = []
    truncated = refused = 0
    for example in examples:
        spec = specs[Task(example.task)]
        try:
            source, dropped = model_source(example, spec, count, limits)
        except InputError:
            refused += 1
            continue
        ids, cut = encode_source(tokenizer, source, spec.max_source_tokens)
        labels = tokenizer(text_target=example.target, max_length=spec.max_target_tokens, truncation=True)
        features.append({"input_ids": ids, "attention_mask": [1] * len(ids), "labels": list(labels["input_ids"])})
        kept.append(example)
        truncated += dropped or cut
    if refused:
        logger.warning("%d examples were refused by the service's input gate and left out", refused)
    return EncodedSplit(features=features, examples=kept, truncated=truncated, refused=refused)


def load_split(data_dir: Path, split: str, tasks: Iterable[str]) -> list[TaskExample]:
    path = data_dir / f"{split}.jsonl"
    if not path.exists():
        raise InputError(f"{path}: not found; give a folder written by `arsum-train prepare` (--data DIR)")
    return read_examples(path, tasks)


def describe(examples: Iterable[TaskExample]) -> dict[str, int]:
    return dict(sorted(Counter(example.task for example in examples).items()))
