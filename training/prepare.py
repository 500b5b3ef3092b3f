"""`arsum-train prepare`: raw corpora -> de-duplicated task examples in deterministic splits, with statistics.

Output folder: `train.jsonl`, `validation.jsonl`, `test.jsonl` (one `TaskExample` a line) and `stats.json`.
An article's split is decided by a hash of its id alone, so adding records never moves existing ones.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from service.archive.progress import Progress
from service.text import NORMALISATION_SPEC, metric_tokens
from training.examples import ExampleBuilder, TaskExample
from service.rows import FieldMap
from training.records import CORPUS_FIELDS, RawRecord, read_records

logger = logging.getLogger(__name__)

SPLITS = ("train", "validation", "test")
LEAD_KEY_TOKENS = 50


@dataclass(frozen=True)
class PrepareOptions:
    validation: float = 0.02
    test: float = 0.02
    fraction: float = 1.0
    limit: int | None = None
    lead_copy: str = "lead"
    boilerplate_min_count: int = 3
    fields: FieldMap = CORPUS_FIELDS

    def __post_init__(self) -> None:
        if not (0 <= self.validation < 1 and 0 <= self.test < 1 and self.validation + self.test < 1):
            raise ValueError("validation and test shares must be in [0, 1) and sum below 1")
        if not 0 < self.fraction <= 1:
            raise ValueError("fraction must be in (0, 1]")
        if self.limit is not None and self.limit < 1:
            raise ValueError("limit must be at least 1")
        if self.boilerplate_min_count < 2:
            raise ValueError("boilerplate-min-count must be at least 2 (a target of one article is never boilerplate)")


def unit_hash(key: str, salt: str) -> float:
    """A stable number in [0, 1) for a key: the same on every machine and Python run."""
    digest = hashlib.sha256(f"{salt}:{key}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_of(article_id: str, validation: float, test: float) -> str:
    point = unit_hash(article_id, "split")
    if point < validation:
        return "validation"
    return "test" if point < validation + test else "train"


def in_fraction(article_id: str, fraction: float) -> bool:
    return fraction >= 1 or unit_hash(article_id, "sample") < fraction


def duplicate_keys(text: str) -> tuple[str, str]:
    """Keys that catch the same article twice: its whole metric text and its opening 50 tokens."""
    tokens = metric_tokens(text)
    whole = hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()
    lead = hashlib.sha1(" ".join(tokens[:LEAD_KEY_TOKENS]).encode("utf-8")).hexdigest()
    return f"all:{whole}", (f"lead:{lead}" if len(tokens) >= LEAD_KEY_TOKENS else f"all:{whole}")


class Deduplicator:
    """Remembers articles seen (and those of excluded evaluation sets) by their duplicate keys."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def exclude(self, records: Iterable[RawRecord]) -> int:
        count = 0
        for record in records:
            self.seen.update(duplicate_keys(record.text))
            count += 1
        return count

    def is_new(self, text: str) -> bool:
        keys = duplicate_keys(text)
        if any(key in self.seen for key in keys):
            return False
        self.seen.update(keys)
        return True


@dataclass
class PrepareStats:
    records: Counter[str] = field(default_factory=Counter)
    articles: Counter[str] = field(default_factory=Counter)
    examples: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    skipped: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    target_words: Counter[str] = field(default_factory=Counter)
    source_words: Counter[str] = field(default_factory=Counter)

    def add(self, split: str, example: TaskExample) -> None:
        self.examples[split][example.task] += 1
        self.target_words[example.task] += len(example.target.split())
        self.source_words[example.task] += len(example.text.split())

    def to_dict(self) -> dict[str, Any]:
        totals: Counter[str] = Counter()
        for counts in self.examples.values():
            totals.update(counts)
        return {
            "records": dict(self.records), "articles": dict(self.articles),
            "examples": {split: dict(self.examples.get(split, {})) for split in SPLITS},
            "kinds": dict(sorted(self.kinds.items())), "skipped": dict(sorted(self.skipped.items())),
            "mean_target_words": {t: round(self.target_words[t] / n, 1) for t, n in sorted(totals.items())},
            "mean_source_words": {t: round(self.source_words[t] / n, 1) for t, n in sorted(totals.items())},
        }


def _selected(records: Iterator[RawRecord], options: PrepareOptions, stats: PrepareStats) -> Iterator[RawRecord]:
    taken = 0
    for record in records:
        stats.records[record.source] += 1
        if not in_fraction(record.id, options.fraction):
            stats.skipped["article:outside_fraction"] += 1
            continue
        if options.limit is not None and taken >= options.limit:
            stats.skipped["article:over_limit"] += 1
            continue
        taken += 1
        yield record


def _write_candidates(records: Iterator[RawRecord], work: Path, options: PrepareOptions,
                      dedupe: Deduplicator, stats: PrepareStats) -> Counter[tuple[str, str]]:
    """First pass: examples to per-split work files; returns how many articles share each target."""
    builder = ExampleBuilder(lead_copy=options.lead_copy)
    target_counts: Counter[tuple[str, str]] = Counter()
    handles = {split: open(work / f"{split}.candidates.jsonl", "w", encoding="utf-8") for split in SPLITS}
    try:
        for record in records:
            if not dedupe.is_new(record.text):
                stats.skipped["article:duplicate"] += 1
                continue
            examples = builder.build(record)
            if not examples:
                stats.skipped["article:no_usable_example"] += 1
                continue
            split = split_of(record.id, options.validation, options.test)
            stats.articles[split] += 1
            for example in examples:
                target_counts[(example.task, " ".join(metric_tokens(example.target)))] += 1
                handles[split].write(json.dumps(example.to_dict(), ensure_ascii=False) + "\n")
    finally:
        for handle in handles.values():
            handle.close()
    stats.skipped.update(builder.skipped)
    stats.kinds.update(builder.kinds)
    return target_counts


def _write_final(work: Path, output: Path, target_counts: Counter[tuple[str, str]], options: PrepareOptions,
                 stats: PrepareStats) -> None:
    """Second pass: drop boilerplate targets (a column name, "طقس اليوم") and repeated examples."""
    for split in SPLITS:
        candidates = work / f"{split}.candidates.jsonl"
        seen: set[str] = set()
        with open(candidates, encoding="utf-8") as source, open(output / f"{split}.jsonl", "w",
                                                                 encoding="utf-8") as sink:
            for line in source:
                example = TaskExample(**json.loads(line))
                target_key = " ".join(metric_tokens(example.target))
                if target_counts[(example.task, target_key)] >= options.boilerplate_min_count:
                    stats.skipped[f"{example.task}:boilerplate_target"] += 1
                    continue
                pair = hashlib.sha1(f"{example.task}\0{example.text}\0{target_key}".encode("utf-8")).hexdigest()
                if pair in seen:
                    stats.skipped[f"{example.task}:duplicate_example"] += 1
                    continue
                seen.add(pair)
                sink.write(line)
                stats.add(split, example)
        candidates.unlink()


def _counted(records: Iterator[RawRecord], progress: Progress) -> Iterator[RawRecord]:
    for record in records:
        progress.update(written=1)
        yield record
    progress.close()


def prepare(inputs: list[Path], output: Path, options: PrepareOptions = PrepareOptions(),
            exclude: Iterable[Path] = (), progress: Progress | None = None) -> dict[str, Any]:
    """Run the whole preparation; returns (and writes to `stats.json`) the statistics report. `progress`
    counts the records read."""
    started = time.perf_counter()
    output.mkdir(parents=True, exist_ok=True)
    stats = PrepareStats()
    dedupe = Deduplicator()
    excluded = dedupe.exclude(read_records(list(exclude), options.fields)) if exclude else 0
    records = _selected(_counted(read_records(inputs, options.fields), progress or Progress(enabled=False)),
                        options, stats)
    target_counts = _write_candidates(records, output, options, dedupe, stats)
    _write_final(output, output, target_counts, options, stats)
    report = {
        "inputs": [str(path) for path in inputs], "excluded_inputs": [str(path) for path in exclude],
        "excluded_articles": excluded, "normalisation_spec": NORMALISATION_SPEC,
        "options": {**asdict(options), "fields": asdict(options.fields)},
        **stats.to_dict(), "seconds": round(time.perf_counter() - started, 1),
    }
    (output / "stats.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    logger.info("prepared %s in %.1fs", output, report["seconds"])
    return report


def read_examples(path: Path, tasks: Iterable[str] | None = None) -> list[TaskExample]:
    """Examples of one split file, optionally only some tasks."""
    wanted = set(tasks) if tasks is not None else None
    examples = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            example = TaskExample(**json.loads(line))
            if wanted is None or example.task in wanted:
                examples.append(example)
    return examples
