"""Archive throughput and memory: `arsum batch` as a user runs it, one child process per row of the table.

    .venv/bin/python bench/archive.py [--data ../shared/data/train.jsonl.gz] [--rows 1000 5000 10000]
                                      [--neural-rows 1000]

1. Extractive engine, 1,000 / 5,000 / 10,000 articles (JSONL in, JSONL and Parquet out): rows/s and the
   peak RSS of the process. Memory must not grow with the archive: bounded caches (the engine's LRU of
   sentence terms, the archive's 1,024 recent texts) fill in the first thousands of rows, then RSS is flat.
2. The tiny random T5 bundle (`training.random_bundle.build_random_bundle`, tokenizer trained on the data's
   sentences): one local process with 1 torch thread vs local Ray with 2 CPUs (2 actors x 1 thread), each
   on N and 2N articles; the difference gives rows/s without start-up (imports, model load, Ray ~10 s).
   Ray's RSS is the driver's only. (One thread per process: torch's intra-op threads spin, and on a busy
   2-core machine 2 threads ran 40x slower than 1.)

Articles are the first rows of the data file (real news, read from ../shared/data, never copied into the
repo); inputs and outputs go to a temporary folder (--work to keep them).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from service.rows import read_dicts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "train.jsonl.gz"


@dataclass
class Measure:
    label: str
    rows: int
    seconds: float
    peak_rss_mb: float
    in_run_rate: float

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


def write_input(data: Path, rows: int, path: Path) -> Path:
    """The first `rows` articles of the data file (cycled with new ids if it has fewer), as id + text."""
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < rows:
            for record in read_dicts(str(data), rows - written):
                out.write(json.dumps({"id": f"{written}-{record['id']}", "text": record["text"]},
                                     ensure_ascii=False) + "\n")
                written += 1
    return path


def run_batch(label: str, rows: int, args: list[str]) -> Measure:
    """Run `arsum batch` in a child; wall time and that child's own peak RSS (from wait4)."""
    command = [sys.executable, "-m", "service.cli", "batch", *args, "--quiet", "--overwrite"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = process.stderr.read() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{label} failed:\n{err}")
    rate = re.search(r"([\d.]+) rows/s", err)
    return Measure(label, rows, seconds, usage.ru_maxrss / 1024, float(rate.group(1)) if rate else 0.0)


def extractive_rows(work: Path, data: Path, sizes: list[int]) -> list[Measure]:
    results = []
    for size in sizes:
        source = write_input(data, size, work / f"in-{size}.jsonl")
        results.append(run_batch(f"extractive, {size:,} rows -> JSONL", size,
                                 [str(source), "-o", str(work / f"out-{size}.jsonl")]))
    biggest = max(sizes)
    results.append(run_batch(f"extractive, {biggest:,} rows -> Parquet", biggest,
                             [str(work / f"in-{biggest}.jsonl"), "-o", str(work / f"out-{biggest}.parquet")]))
    return results


def tiny_bundle(work: Path, data: Path) -> Path:
    from training.random_bundle import build_random_bundle
    from service.text import split_sentences

    sentences: list[str] = []
    for record in read_dicts(str(data)):
        sentences.extend(split_sentences(record["text"]))
        if len(sentences) > 2000:
            break
    return build_random_bundle(work / "tiny-bundle", sentences[:2000], sp_vocab_size=400)


def neural_rows(work: Path, data: Path, rows: int) -> list[Measure]:
    """Local and local Ray, each on `rows` and 2 x `rows` articles (the difference removes start-up costs)."""
    bundle = tiny_bundle(work, data)
    engine = ["--engine", "seq2seq", "--model", str(bundle), "--threads", "1"]
    backends = {"local (1 process, 1 thread)": [], "local Ray (2 actors x 1 thread)": ["--ray", "--ray-cpus", "2"]}
    results = []
    for name, extra in backends.items():
        for size in (rows, 2 * rows):
            source = write_input(data, size, work / f"in-neural-{size}.jsonl")
            results.append(run_batch(f"tiny T5, {size:,} rows, {name}", size,
                                     [str(source), "-o", str(work / f"neural-{len(results)}.jsonl"), *engine, *extra]))
    return results


def marginal_rate(small: Measure, big: Measure) -> float:
    """Rows/s of the extra rows of the bigger run: start-up (imports, model load, Ray) cancels out."""
    return (big.rows - small.rows) / (big.seconds - small.seconds)


def print_table(title: str, results: list[Measure]) -> None:
    print(f"\n{title}\n")
    print("| run | rows | wall s | rows/s (wall) | rows/s (in run) | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for m in results:
        print(f"| {m.label} | {m.rows:,} | {m.seconds:.1f} | {m.rate:.1f} | {m.in_run_rate:.1f} "
              f"| {m.peak_rss_mb:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--neural-rows", type=int, default=1000, help="0 to skip the neural rows")
    parser.add_argument("--work", type=Path, default=None, help="keep inputs and outputs here")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"no data at {args.data}: pass --data with a JSONL(.gz) of {{id, text}} news articles")
    with tempfile.TemporaryDirectory(prefix="arsum-bench-archive-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        extractive = extractive_rows(work, args.data, sorted(args.rows))
        print_table("Extractive engine (1 process)", extractive)
        big = extractive[len(args.rows) - 1]
        print()
        for small in extractive[:len(args.rows) - 1]:
            print(f"peak RSS {big.rows:,} / {small.rows:,} rows: {big.peak_rss_mb / small.peak_rss_mb:.2f}x "
                  f"(rows x{big.rows / small.rows:.0f})")
        if args.neural_rows:
            neural = neural_rows(work, args.data, args.neural_rows)
            print_table("Tiny random T5 bundle (seq2seq engine)", neural)
            local, ray = marginal_rate(neural[0], neural[1]), marginal_rate(neural[2], neural[3])
            print(f"\nrows/s without start-up (2x rows - 1x rows): local {local:.1f}, local Ray {ray:.1f}, "
                  f"Ray / local {ray / local:.2f}x")


if __name__ == "__main__":
    main()
