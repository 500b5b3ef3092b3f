"""Constrained decoding for the neural engines: how often banning digits the article does not write removes an
unsupported-number finding, and what it costs in speed.

    .venv/bin/python bench/constrained.py --model runs/tiny-cpu/bundle [--engine ctranslate2] [--articles 200]

The same articles (real news from the development data) go through the engine with and without
`constrain_numbers`, alternately in chunks; the table gives, for each, the share of outputs (headlines, bullets,
summaries) with a number finding and with any finding, and the median seconds per article. Without --model a
random bundle whose tokenizer knows the data's digits stands in (its outputs are noise: it shows the mechanism,
not a model's habits).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from service.engines import load_engine
from service.engines.base import Summariser
from service.options import Limits, build_options
from service.pipeline import summarize_texts
from service.rows import read_dicts
from training.faithfulness import FindingShares

CHUNK = 20


def random_bundle(texts: list[str]) -> Path:
    from training.random_bundle import build_random_bundle

    sentences = [line for text in texts for line in text.split("\n") if line.strip()][:2000]
    return build_random_bundle(Path(tempfile.mkdtemp()) / "bundle", sentences, sp_vocab_size=2000)


def run(engine: Summariser, texts: list[str]) -> dict[bool, tuple[FindingShares, list[float]]]:
    """Each chunk with and without the ban (alternating which goes first): shares and seconds per article."""
    results: dict[bool, tuple[FindingShares, list[float]]] = {False: (FindingShares(), []), True: (FindingShares(), [])}
    for number, start in enumerate(range(0, len(texts), CHUNK)):
        chunk = texts[start:start + CHUNK]
        for constrained in (False, True) if number % 2 else (True, False):
            shares, seconds = results[constrained]
            options = build_options(Limits(), decoding={"constrain_numbers": constrained})
            started = time.perf_counter()
            digests = summarize_texts(engine, chunk, options)
            seconds.append((time.perf_counter() - started) / len(chunk))
            for digest in digests:
                if hasattr(digest, "checks"):
                    shares.add_digest(digest, digest.checks)
    return results


def overall(shares: FindingShares, kind: str) -> float:
    outputs = sum(shares.outputs.values())
    return 100 * sum(count for (_, found), count in shares.found.items() if found == kind) / max(1, outputs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="bundle folder (default: a random bundle)")
    parser.add_argument("--engine", default="seq2seq", choices=("seq2seq", "ctranslate2"))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--data", default="../shared/data/dev_summaries.jsonl.gz")
    args = parser.parse_args()
    texts = [str(record["text"]) for record in read_dicts(args.data, args.articles) if record.get("text")]
    model = args.model or random_bundle(texts)
    engine = load_engine(args.engine, model=model, threads=args.threads)
    summarize_texts(engine, texts[:2], build_options(Limits()))  # load and warm up
    results = run(engine, texts)
    print(f"{args.engine} {model}: {len(texts)} articles")
    print(f"{'constrain_numbers':<18} {'outputs':>7} {'number%':>8} {'any%':>6} {'s/article':>9}")
    for constrained, (shares, seconds) in results.items():
        print(f"{str(constrained).lower():<18} {sum(shares.outputs.values()):>7} {overall(shares, 'number'):>8.2f} "
              f"{overall(shares, 'any'):>6.2f} {statistics.median(seconds):>9.3f}")
    free, banned = (statistics.median(results[flag][1]) for flag in (False, True))
    print(f"time with the ban: {100 * (banned - free) / free:+.1f}%")


if __name__ == "__main__":
    main()
