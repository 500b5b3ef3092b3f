"""Extractive engine throughput on one core for ~400-word articles (wall clock, and per CPU-second, which
other processes on the machine do not disturb).

    .venv/bin/python bench/extractive.py [--articles 1000] [--data ../shared/data/dev_summaries.jsonl.gz]

Articles are real news texts from the development data, cut or joined to about 400 words; without the data
folder the bench falls back to the test articles joined to that length.

A second table prices the faithfulness checks the pipeline runs on every Digest: chunks of articles go through
the engine alone (input gate + engine) and through the whole pipeline (the same + checks), alternately, and the
medians of CPU time per article are compared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path

from service.article import prepare_article
from service.engines.extractive import ExtractiveEngine
from service.options import Limits, SummaryOptions
from service.pipeline import summarize_texts

TARGET_WORDS = 400
CHUNK = 50


def sized_articles(texts: list[str], count: int) -> list[str]:
    """`count` articles of about TARGET_WORDS words, made by joining consecutive texts paragraph-wise."""
    paragraphs = [p for text in texts for p in text.split("\n") if p.strip()]
    articles, current, words, index = [], [], 0, 0
    while len(articles) < count:
        paragraph = paragraphs[index % len(paragraphs)]
        current.append(paragraph)
        words += len(paragraph.split())
        index += 1
        if words >= TARGET_WORDS:
            articles.append("\n".join(current))
            current, words = [], 0
    return articles


def load_texts(path: Path) -> list[str]:
    if path.exists():
        from service.rows import read_dicts

        return [record["text"] for record in read_dicts(str(path))]
    from tests.arabic_samples import ARTICLES

    return list(ARTICLES.values())


def checks_cost(engine: ExtractiveEngine, articles: list[str], rounds: int = 3) -> tuple[float, float]:
    """Median CPU seconds per article without and with the checks, from alternating chunks."""
    options, limits = SummaryOptions(), Limits()
    timings: dict[bool, list[float]] = {False: [], True: []}
    for round_number in range(rounds):
        for number, start in enumerate(range(0, len(articles), CHUNK)):
            chunk = articles[start:start + CHUNK]
            order = (False, True) if (number + round_number) % 2 else (True, False)
            for checked in order:
                started = time.process_time()
                if checked:
                    summarize_texts(engine, chunk, options)
                else:
                    engine.summarize([prepare_article(text, limits) for text in chunk], options)
                timings[checked].append((time.process_time() - started) / len(chunk))
    return statistics.median(timings[False]), statistics.median(timings[True])


def print_checks_cost(engine: ExtractiveEngine, articles: list[str]) -> None:
    without, with_checks = checks_cost(engine, articles)
    print(f"\n{'faithfulness checks (CPU ms/article, medians of alternating chunks)':<70}")
    print(f"{'engine alone':>12} {'with checks':>11} {'checks':>7} {'added':>6}")
    print(f"{1000 * without:>12.3f} {1000 * with_checks:>11.3f} {1000 * (with_checks - without):>7.3f} "
          f"{100 * (with_checks - without) / without:>5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/dev_summaries.jsonl.gz"))
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    articles = sized_articles(load_texts(args.data), args.articles)
    engine = ExtractiveEngine()
    summarize_texts(engine, articles[:20], SummaryOptions())  # warm caches
    started, cpu_started = time.perf_counter(), time.process_time()
    results = summarize_texts(engine, articles, SummaryOptions())
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    words = statistics.mean(len(a.split()) for a in articles)
    failed = sum(1 for r in results if not hasattr(r, "headline"))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'articles':>8} {'mean words':>10} {'failed':>6} {'wall s':>7} {'CPU s':>6} {'articles/s':>10} "
          f"{'per CPU-s':>9} {'ms/article':>10} {'peak RSS MiB':>12}")
    print(f"{len(articles):>8} {words:>10.0f} {failed:>6} {elapsed:>7.2f} {cpu:>6.2f} {len(articles) / elapsed:>10.0f} "
          f"{len(articles) / cpu:>9.0f} {1000 * elapsed / len(articles):>10.2f} {peak_mib:>12.0f}")
    print_checks_cost(engine, articles)


if __name__ == "__main__":
    main()
