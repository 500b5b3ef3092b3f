"""Neural engine speed: PyTorch fp32 (seq2seq) vs CTranslate2 int8 on a t5-small-shaped random bundle.

    LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 .venv/bin/python bench/speed.py

Builds (once, under --work) a bundle shaped like t5-small: d_model 512, d_ff 2048, 8 heads, 6+6 layers,
vocabulary 32,128. The SentencePiece tokenizer is trained on development articles with 8,000 pieces and
the model's embedding is padded to 32,128 rows (the CTranslate2 converter pads the vocabulary the same
way), so the softmax and embedding costs are those of a 32k-vocabulary model. The weights are random.

Generation: 512-token inputs, beam 4, exactly 64 new tokens (min = max = 64), batch 1 and 8, through the
engines' own `generate`. Full Digest: headline + 4 bullets + summary of one 500-word article through
`summarize_texts`, beam 4, twice: with outputs fixed at a trained model's typical lengths (16 / 12 / 64 tokens),
and at the default caps of a plain checkpoint (48 / 40 / 128; random weights never stop early, so this is the
worst case). Each engine runs in its own process, so peak RSS is its own. Timings are medians of --repeats.
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
from pathlib import Path
from dataclasses import replace
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.bundle import BundleSpec, default_tasks  # noqa: E402
from service.digest import Task  # noqa: E402
from service.engines.neural import GenerationSettings  # noqa: E402
from service.options import Limits, SummaryOptions  # noqa: E402

ENGINES = {"pytorch fp32": "seq2seq", "ctranslate2 int8": "ctranslate2"}
SOURCE_TOKENS = 512
NEW_TOKENS = 64
BEAMS = 4
DIGEST_WORDS = 500
# Output lengths of a trained model: a 10-word headline, 8-word bullets, a 40-word summary (~1.5 tokens a word).
TYPICAL_TOKENS = {Task.HEADLINE: 16, Task.BULLETS: 12, Task.SUMMARY: 64}
TYPICAL_LABEL = "trained-model lengths 16/12/64 tokens"


def read_texts(path: Path, limit: int) -> Iterator[str]:
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if count >= limit:
                return
            yield json.loads(line)["text"]


def development_texts(data: Path, limit: int) -> list[str]:
    """Development articles (for the tokenizer and inputs); the test articles when the data is not there."""
    if data.exists():
        return list(read_texts(data, limit))
    from tests.arabic_samples import ARTICLES

    return list(ARTICLES.values()) * 4


def build_bundle(folder: Path, data: Path) -> None:
    from service.testing import RandomT5Shape, build_random_bundle
    from service.engines.ct2 import convert_bundle

    shape = RandomT5Shape(d_model=512, d_ff=2048, d_kv=64, num_heads=8, num_layers=6, num_decoder_layers=6,
                          vocab_size=32128, relative_attention_num_buckets=32, initializer_factor=1.0)
    sentences = [line for text in development_texts(data, 3000) for line in text.split("\n") if line.strip()]
    started = time.perf_counter()
    build_random_bundle(folder, sentences, shape=shape, tasks=default_tasks(), sp_vocab_size=8000,
                        base_model="random-t5-small-shape")
    convert_bundle(folder, quantization="int8", force=True)
    print(f"built {folder} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


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


def digest_seconds(engine: Any, article: str, repeats: int) -> dict:
    from service.pipeline import summarize_texts

    options = SummaryOptions(max_bullets=4)
    summarize_texts(engine, [article], options)  # warm-up
    latencies, digest = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        digest = summarize_texts(engine, [article], options)[0]
        latencies.append(time.perf_counter() - started)
    return {"seconds": statistics.median(latencies), "timings_ms": getattr(digest, "timings_ms", {})}


def measure(engine_name: str, folder: Path, data: Path, batches: list[int], repeats: int, threads: int) -> dict:
    """Run in a child process: generation timings per batch size, Digest latency, peak RSS."""
    from service.engines import load_engine

    engine: Any = load_engine(engine_name, model=folder, limits=Limits(max_new_tokens=256), threads=threads)
    texts = development_texts(data, 400)
    settings = GenerationSettings(num_beams=BEAMS, max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS,
                                  length_penalty=1.0, no_repeat_ngram_size=0)
    result: dict[str, Any] = {"generate": {}}
    for size in batches:
        batch = input_batch(engine.tokenizer, texts, size)
        engine.generate(batch[:1], settings)  # warm-up
        seconds, produced = [], 0
        for _ in range(repeats):
            started = time.perf_counter()
            outputs = engine.generate(batch, settings)
            seconds.append(time.perf_counter() - started)
            produced = sum(len([t for t in ids if t not in (0, 1)]) for ids in outputs)
        result["generate"][size] = {"seconds": statistics.median(seconds), "tokens": produced}
    article = digest_article(texts)
    result["words"] = len(article.split())
    result["digest_at_caps"] = digest_seconds(engine, article, repeats)
    engine.spec = fixed_output_lengths(engine.spec, TYPICAL_TOKENS)
    result["digest_typical"] = digest_seconds(engine, article, repeats)
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def run_child(label: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", ENGINES[label], "--work", str(args.work), "--data", str(args.data),
               "--repeats", str(args.repeats), "--threads", str(args.threads), "--batches", *map(str, args.batches)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{label} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def print_tables(results: dict[str, dict], batches: list[int]) -> None:
    base = results["pytorch fp32"]
    print(f"\n512-token inputs, beam {BEAMS}, {NEW_TOKENS} new tokens per output (forced)")
    print("| engine | batch | seconds | tokens/s | speed-up | peak RSS MiB |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for size in batches:
        reference = base["generate"][str(size)]
        for label, result in results.items():
            row = result["generate"][str(size)]
            ratio = reference["seconds"] / row["seconds"]
            print(f"| {label} | {size} | {row['seconds']:.2f} | {row['tokens'] / row['seconds']:.0f} | "
                  f"{ratio:.1f}x | {result['peak_rss_mib']:.0f} |")
    print(f"\nfull Digest (headline + 4 bullets + summary) of a {base['words']}-word article, beam 4")
    print("| engine | outputs | seconds | select / headline / summary / bullets ms | speed-up |\n"
          "| --- | --- | ---: | --- | ---: |")
    for key, outputs in (("digest_typical", TYPICAL_LABEL), ("digest_at_caps", "at the default caps 48/40/128")):
        for label, result in results.items():
            digest = result[key]
            parts = " / ".join(f"{digest['timings_ms'].get(k, 0):.0f}" for k in ("select", "headline", "summary", "bullets"))
            print(f"| {label} | {outputs} | {digest['seconds']:.2f} | {parts} | "
                  f"{base[key]['seconds'] / digest['seconds']:.1f}x |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=ROOT / "runs" / "bench-speed", help="bundle cache folder")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "unlabelled.jsonl.gz")
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--child", choices=sorted(ENGINES.values()), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.work, args.data, args.batches, args.repeats, args.threads)))
        return
    if args.rebuild or not (args.work / "ctranslate2" / "model.bin").is_file():
        build_bundle(args.work, args.data)
    preload = os.environ.get("LD_PRELOAD", "")
    print(f"threads {args.threads}, cores {os.cpu_count()}, malloc: {'tcmalloc' if 'tcmalloc' in preload else 'glibc'}, "
          f"load average before: {os.getloadavg()[0]:.1f}")
    print_tables({label: run_child(label, args) for label in ENGINES}, args.batches)
    print(f"\nload average after: {os.getloadavg()[0]:.1f} (other processes on the machine slow both engines)")


if __name__ == "__main__":
    main()
