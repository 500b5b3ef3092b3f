"""Train a writer model from an archive: count the lexicon over every article, then fit the ranker.

Two passes over the records, each spread over worker processes: the first prepares every article (the
service's own input gate and sentence units) and counts word statistics; the second builds each titled
article's headline candidates with the finished lexicon (leave-one-out for the article's own headline)
and their targets. Then one L-BFGS fit. The whole `train.jsonl.gz` (68k articles) takes minutes on 2 cores.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Iterable, Iterator

from service.article import prepare_article
from service.engines.planning import unscored_units
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.model import WriterModel
from service.engines.writer.writer import CONTEXT_SENTENCES
from service.errors import InputError
from service.options import Limits
from service.rows import FieldMap
from training.records import CORPUS_FIELDS, read_records
from training.writer.examples import CandidateGroup, candidate_group
from training.writer.fit import L2, TEMPERATURE, design, fit_weights
from training.writer.lexicon import LexiconCounts, build_lexicon, leave_one_out

logger = logging.getLogger(__name__)
BATCH = 256
MAX_RANKER_ARTICLES = 100_000  # more: every n-th article, so a big archive still trains in minutes

Article = tuple[list[str], str | None]  # sentences (model-normalised, at most CONTEXT_SENTENCES), title


@dataclass
class TrainingReport:
    records: int = 0
    refused: int = 0
    titled: int = 0
    ranker_articles: int = 0
    candidates: int = 0
    features: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _prepare(batch: list[tuple[str, str | None]]) -> tuple[list[Article | None], LexiconCounts]:
    counts = LexiconCounts()
    limits = Limits()
    prepared: list[Article | None] = []
    for text, title in batch:
        try:
            article = prepare_article(text, limits)
        except InputError:
            prepared.append(None)
            continue
        sentences = [unit.text for unit in unscored_units(article)[:CONTEXT_SENTENCES]]
        counts.add(sentences, title)
        prepared.append((sentences, title))
    return prepared, counts


_LEXICON: Lexicon | None = None
_COUNTS: LexiconCounts | None = None


def _share(lexicon: Lexicon, counts: LexiconCounts) -> None:
    global _LEXICON, _COUNTS
    _LEXICON, _COUNTS = lexicon, counts


def _groups(batch: list[tuple[int, Article]]) -> list[CandidateGroup]:
    assert _LEXICON is not None and _COUNTS is not None
    groups = []
    for seed, (sentences, title) in batch:
        if title and sentences:
            lexicon = leave_one_out(_LEXICON, _COUNTS, sentences[0], title)
            group = candidate_group(sentences, title, lexicon, seed)
            if group is not None:
                groups.append(group)
    return groups


def _batches(items: Iterable[Any], size: int = BATCH) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("arsum")
    except metadata.PackageNotFoundError:
        return "unknown"


def train_writer(paths: list[Path], fields: FieldMap = CORPUS_FIELDS, limit: int | None = None, workers: int = 2,
                 temperature: float = TEMPERATURE, l2: float = L2) -> tuple[WriterModel, TrainingReport]:
    """A writer model learned from the records' texts and titles (records without a title only count
    towards the lexicon)."""
    report = TrainingReport()
    started = time.perf_counter()
    records = ((record.text, record.title) for record in islice(read_records(paths, fields), limit))
    articles: list[Article] = []
    counts = LexiconCounts()
    with get_context().Pool(workers) as pool:
        for prepared, partial in pool.imap(_prepare, _batches(records)):
            counts.merge(partial)
            report.records += len(prepared)
            articles.extend(item for item in prepared if item is not None)
            logger.info("prepared %d records", report.records)
        report.refused = report.records - len(articles)
        lexicon = build_lexicon(counts)
        report.seconds["lexicon"] = time.perf_counter() - started
        titled = [(seed, article) for seed, article in enumerate(articles) if article[1]]
        report.titled = len(titled)
        ranked = titled[::max(1, -(-len(titled) // MAX_RANKER_ARTICLES))]
        report.ranker_articles = len(ranked)
    groups: list[CandidateGroup] = []
    slim = LexiconCounts(lead=counts.lead, kept=counts.kept)  # all that leave-one-out needs
    with get_context().Pool(workers, initializer=_share, initargs=(lexicon, slim)) as pool:
        for batch_groups in pool.imap(_groups, _batches(ranked)):
            groups.extend(batch_groups)
            logger.info("candidates for %d of %d articles", len(groups), len(ranked))
    report.seconds["candidates"] = time.perf_counter() - started - report.seconds["lexicon"]
    data = design(groups)
    report.candidates, report.features = data.matrix.shape
    weights = fit_weights(data, temperature, l2)
    report.seconds["fit"] = time.perf_counter() - started - sum(report.seconds.values())
    provenance = {
        "data": [path.name for path in paths], "records": report.records, "titled": report.titled,
        "ranker_articles": report.ranker_articles, "candidates": report.candidates, "temperature": temperature,
        "l2": l2, "arsum": _version(), "trained": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
    }
    return WriterModel(weights, lexicon, provenance), report
