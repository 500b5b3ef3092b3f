"""Neural engine speed and memory at published model shapes, with and without a trimmed vocabulary.

    LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 \\
        .venv/bin/python bench/speed.py --shape mt5-small --corpus runs/data/full --threads 1

`--shape t5-small|mt5-small|arat5v2-base` builds (once, under --work) a random bundle of exactly that published
shape (`training.random_bundle.PUBLISHED_SHAPES`: width, feed-forward and activation, layers, heads, tying and
embedding rows: 32,128 / 250,112 / 110,208). Its tokenizer is a 32,000-piece SentencePiece model trained on
news articles (`--tokenizer-data`), filled with pieces of scripts no Arabic text uses up to the published number
of pieces, a stand-in for a multilingual vocabulary. The trimmed variant beside it is what
`arsum-train trim-vocab --corpus CORPUS` makes of that bundle. Both are converted to CTranslate2 int8.

Generation: 512-token inputs, beam 4, exactly 64 new tokens (min = max = 64), batch 1 and 8, through the
engines' own `generate`. Full Digest: headline + 4 bullets + summary of one 500-word article through
`summarize_texts`, beam 4, with outputs fixed at a trained model's typical lengths (16 / 12 / 64 tokens) and at the
default caps of a plain checkpoint (48 / 40 / 128; random weights never stop early, so this is the worst case).
Each engine and vocabulary runs in its own process: "serving RSS" is its peak resident memory after loading the
model and making Digests (what `arsum serve` holds), "peak RSS" includes the batch-8 runs. Timings are medians of
--repeats. Each engine runs one thread, so its CPU seconds are what an idle machine's wall seconds would be; on a
shared host they are the figure to compare (ratios use them), the wall seconds show the contention.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.bundle import BundleSpec, default_tasks  # noqa: E402
from service.digest import Task  # noqa: E402
from service.engines.neural import GenerationSettings  # noqa: E402
from service.options import Limits, SummaryOptions  # noqa: E402
from service.rows import read_dicts  # noqa: E402
from training.random_bundle import PUBLISHED_SHAPES  # noqa: E402

ENGINES = {"pytorch fp32": "seq2seq", "ctranslate2 int8": "ctranslate2"}
VARIANTS = ("full", "trimmed")
SHARED_DATA = ROOT.parent / "shared" / "data"
TOKENIZER_PIECES = 32_000
TOKENIZER_LINES = 150_000
SOURCE_TOKENS = 512
NEW_TOKENS = 64
BEAMS = 4
DIGEST_WORDS = 500
# Output lengths of a trained model: a 10-word headline, 8-word bullets, a 40-word summary (~1.5 tokens a word).
TYPICAL_TOKENS = {Task.HEADLINE: 16, Task.BULLETS: 12, Task.SUMMARY: 64}
DIGESTS = {"digest_typical": "trained-model lengths 16/12/64 tokens", "digest_at_caps": "at the default caps 48/40/128"}


def development_texts(data: Path, limit: int) -> list[str]:
    """Development articles (for the inputs); the test articles when the data is not there."""
    if data.exists():
        return [str(record["text"]) for record in read_dicts(str(data), limit)]
    from tests.arabic_samples import ARTICLES

    return list(ARTICLES.values()) * 4


def news_tokenizer(work: Path, data: Path) -> Path:
    """The shared 32k news SentencePiece model (trained once under --work)."""
    from training.tokenizer import SPIECE_FILE, sample_lines, train_sentencepiece, training_lines

    folder = work / "news-tokenizer"
    if not (folder / SPIECE_FILE).is_file():
        started = time.perf_counter()
        sample = sample_lines(training_lines([data]), TOKENIZER_LINES)
        train_sentencepiece(sample, folder, TOKENIZER_PIECES, character_coverage=0.9995, num_threads=2)
        print(f"trained {folder} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder / SPIECE_FILE


def build_bundles(args: argparse.Namespace) -> dict[str, Any]:
    """The full and the trimmed bundle of --shape, converted to int8; returns the trim report."""
    from service.engines.ct2 import convert_bundle
    from training.random_bundle import build_random_bundle
    from training.tokenizer import training_lines
    from training.trim import trim_bundle

    full, trimmed = (args.work / args.shape / variant for variant in VARIANTS)
    report_file = args.work / args.shape / "trim-report.json"
    if args.rebuild or not report_file.is_file():
        started = time.perf_counter()
        build_random_bundle(full, shape=PUBLISHED_SHAPES[args.shape], tasks=default_tasks(),
                            spiece=news_tokenizer(args.work, args.tokenizer_data),
                            base_model=f"random-{args.shape}-shape")
        convert_bundle(full, quantization="int8", force=True)
        if trimmed.exists():
            import shutil

            shutil.rmtree(trimmed)
        report = trim_bundle(str(full), training_lines(args.corpus), trimmed, args.keep)
        convert_bundle(trimmed, quantization="int8", force=True)
        report_file.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"built {args.work / args.shape} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return json.loads(report_file.read_text(encoding="utf-8"))


def input_batch(tokenizer: Any, texts: list[str], size: int) -> list[list[int]]:
    """`size` different inputs of exactly SOURCE_TOKENS ids (the last one </s>), cut from the texts in turn."""
    stream: list[int] = []
    for text in texts:
        stream.extend(tokenizer(" ".join(text.split()), add_special_tokens=False)["input_ids"])
        if len(stream) >= size * SOURCE_TOKENS:
            break
    stream = stream * (1 + size * SOURCE_TOKENS // max(1, len(stream)))
    step = SOURCE_TOKENS - 1
    return [stream[i * step:(i + 1) * step] + [tokenizer.eos_token_id] for i in range(size)]


def digest_article(texts: list[str]) -> str:
    """About DIGEST_WORDS words of development text, in paragraphs of at most 60 words."""
    words = " ".join(texts).split()[:DIGEST_WORDS]
    return "\n".join(" ".join(words[i:i + 60]) for i in range(0, len(words), 60))


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss it is not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fixed_output_lengths(spec: BundleSpec, lengths: dict[Task, int]) -> BundleSpec:
    tasks = {task: replace(task_spec, min_new_tokens=lengths[task], max_new_tokens=lengths[task])
             for task, task_spec in spec.tasks.items()}
    return replace(spec, tasks=tasks)


def digest_seconds(engine: Any, article: str, repeats: int) -> dict[str, Any]:
    from service.pipeline import summarize_texts

    options = SummaryOptions(max_bullets=4)
    summarize_texts(engine, [article], options)  # warm-up
    latencies, cpu, digest = [], [], None
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        digest = summarize_texts(engine, [article], options)[0]
        latencies.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {"seconds": statistics.median(latencies), "cpu_seconds": statistics.median(cpu),
            "timings_ms": getattr(digest, "timings_ms", {})}


def generation_seconds(engine: Any, texts: list[str], size: int, repeats: int) -> dict[str, float]:
    settings = GenerationSettings(num_beams=BEAMS, max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS,
                                  length_penalty=1.0, no_repeat_ngram_size=0)
    batch = input_batch(engine.tokenizer, texts, size)
    engine.generate(batch[:1], settings)  # warm-up
    seconds, cpu, produced = [], [], 0
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        outputs = engine.generate(batch, settings)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        produced = sum(len([t for t in ids if t not in (0, 1)]) for ids in outputs)
    return {"seconds": statistics.median(seconds), "cpu_seconds": statistics.median(cpu), "tokens": produced}


def measure(engine_name: str, folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Run in a child process: Digest latency and serving RSS first, then generation per batch size."""
    from service.engines import load_engine

    engine: Any = load_engine(engine_name, model=folder, limits=Limits(max_new_tokens=256), threads=args.threads)
    texts = development_texts(args.data, 400)
    article = digest_article(texts)
    result: dict[str, Any] = {"words": len(article.split())}
    typical_spec, caps_spec = fixed_output_lengths(engine.spec, TYPICAL_TOKENS), engine.spec
    digests = (("digest_typical", typical_spec), ("digest_at_caps", caps_spec))
    for key, spec in digests[:1] if args.skip_caps else digests:
        engine.spec = spec
        result[key] = digest_seconds(engine, article, args.repeats)
    result["serving_rss_mib"] = peak_rss_mib()
    result["generate"] = {str(size): generation_seconds(engine, texts, size, args.repeats) for size in args.batches}
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def run_child(engine: str, variant: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", f"{engine}:{variant}", "--shape", args.shape, "--work",
               str(args.work), "--data", str(args.data), "--repeats", str(args.repeats), "--threads",
               str(args.threads), "--batches", *map(str, args.batches)] + (["--skip-caps"] if args.skip_caps else [])
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{engine} ({variant}) failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.1f}x"


def print_generation(results: dict[tuple[str, str], dict[str, Any]], batches: list[int]) -> None:
    print(f"\n512-token inputs, beam {BEAMS}, {NEW_TOKENS} new tokens per output (forced)")
    print("| vocabulary | engine | batch | CPU s | wall s | tokens per CPU s | vs pytorch fp32 | trimmed vs full | "
          "peak RSS MiB |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in batches:
        for (label, variant), result in results.items():
            row = result["generate"][str(size)]
            base = results[("pytorch fp32", variant)]["generate"][str(size)]["cpu_seconds"]
            full = results[(label, "full")]["generate"][str(size)]["cpu_seconds"]
            print(f"| {variant} | {label} | {size} | {row['cpu_seconds']:.2f} | {row['seconds']:.2f} | "
                  f"{row['tokens'] / row['cpu_seconds']:.0f} | {ratio(base, row['cpu_seconds'])} | "
                  f"{ratio(full, row['cpu_seconds'])} | {result['peak_rss_mib']:.0f} |")


def print_digests(results: dict[tuple[str, str], dict[str, Any]]) -> None:
    words = next(iter(results.values()))["words"]
    print(f"\nfull Digest (headline + 4 bullets + summary) of a {words}-word article, beam 4")
    print("| vocabulary | engine | outputs | CPU s | wall s | select / headline / summary / bullets ms (wall) | "
          "vs pytorch fp32 | trimmed vs full | serving RSS MiB |\n"
          "| --- | --- | --- | ---: | ---: | --- | ---: | ---: | ---: |")
    for key, outputs in DIGESTS.items():
        for (label, variant), result in results.items():
            if key not in result:
                continue
            digest = result[key]
            parts = " / ".join(f"{digest['timings_ms'].get(k, 0):.0f}" for k in ("select", "headline", "summary",
                                                                                  "bullets"))
            base = results[("pytorch fp32", variant)][key]["cpu_seconds"]
            full = results[(label, "full")][key]["cpu_seconds"]
            print(f"| {variant} | {label} | {outputs} | {digest['cpu_seconds']:.2f} | {digest['seconds']:.2f} | "
                  f"{parts} | {ratio(base, digest['cpu_seconds'])} | {ratio(full, digest['cpu_seconds'])} | "
                  f"{result['serving_rss_mib']:.0f} |")


def describe(shape_name: str, report: dict[str, Any]) -> str:
    shape = PUBLISHED_SHAPES[shape_name]
    return (f"shape {shape_name}: d_model {shape.d_model}, d_ff {shape.d_ff} {shape.feed_forward_proj}, "
            f"{shape.num_layers}+{shape.num_decoder_layers} layers, {shape.num_heads} heads, "
            f"{'tied' if shape.tie_word_embeddings else 'untied'}; vocabulary {report['rows_before']:,} rows, "
            f"trimmed {report['rows_after']:,} rows ({report['token_coverage']:.2%} of the corpus's "
            f"{report['corpus_tokens']:,} tokens encode as before)")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=sorted(PUBLISHED_SHAPES), default="t5-small")
    parser.add_argument("--work", type=Path, default=ROOT / "runs" / "bench-speed", help="bundle cache folder")
    parser.add_argument("--data", type=Path, default=SHARED_DATA / "unlabelled.jsonl.gz",
                        help="articles the inputs and the Digest article are cut from")
    parser.add_argument("--tokenizer-data", type=Path, default=SHARED_DATA / "train.jsonl.gz",
                        help="news corpus the stand-in tokenizer's 32k pieces are trained on")
    parser.add_argument("--corpus", type=Path, nargs="+", default=[SHARED_DATA / "train.jsonl.gz"],
                        help="what the vocabulary is trimmed to: `prepare` folders or corpus files")
    parser.add_argument("--keep", type=int, default=None, help="trim-vocab --keep N")
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-caps", action="store_true", help="only the Digest at trained-model lengths")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.child:
        engine, variant = args.child.split(":")
        print(json.dumps(measure(engine, args.work / args.shape / variant, args)))
        return
    report = build_bundles(args)
    preload = os.environ.get("LD_PRELOAD", "")
    print(describe(args.shape, report))
    print(f"threads {args.threads}, cores {os.cpu_count()}, malloc: {'tcmalloc' if 'tcmalloc' in preload else 'glibc'}, "
          f"load average before: {os.getloadavg()[0]:.1f}")
    results = {(label, variant): run_child(engine, variant, args)
               for variant in VARIANTS for label, engine in ENGINES.items()}
    print_generation(results, args.batches)
    print_digests(results)
    print(f"\nload average after: {os.getloadavg()[0]:.1f} (other processes on the machine slow every engine)")


if __name__ == "__main__":
    main()
