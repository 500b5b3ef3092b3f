"""`arsum-train headline-model DATA... -o FILE`: learn the extractive engine's writer from an archive."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from training.commands.prepare import add_field_arguments, fields_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "headline-model", help="learn the extractive writer (headline and bullet choice) from articles with titles",
        description="DATA: JSONL(.gz), CSV, Parquet or saved datasets with article texts and their headlines. "
                    "Serve the result with `arsum serve --writer-model FILE` (or ARSUM_WRITER_MODEL).",
    )
    parser.add_argument("data", nargs="+", type=Path, metavar="DATA")
    parser.add_argument("-o", "--output", required=True, type=Path, help="model file (.json or .json.gz)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N records")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    parser.add_argument("--temperature", type=float, default=None, help="target softness in ROUGE-L points")
    parser.add_argument("--l2", type=float, default=None, help="L2 penalty on the weights")
    add_field_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.errors import BadOptionError
    from training.writer.fit import L2, TEMPERATURE
    from training.writer.train import train_writer

    temperature = TEMPERATURE if args.temperature is None else args.temperature
    l2 = L2 if args.l2 is None else args.l2
    if args.workers < 1 or temperature <= 0 or l2 < 0 or (args.limit is not None and args.limit < 1):
        raise BadOptionError("--workers and --limit must be at least 1, --temperature positive, --l2 not negative")
    model, report = train_writer(args.data, fields_from_args(args), args.limit, args.workers, temperature, l2)
    if not report.candidates:
        raise BadOptionError("no article with a title produced headline candidates: nothing to learn from")
    model.save(args.output)
    timing = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in report.seconds.items())
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB): {report.records} records "
          f"({report.refused} refused, {report.titled} with a title), ranker on {report.ranker_articles} articles, "
          f"{report.candidates} candidates, {report.features} features; {timing}")
    return 0
