"""`arsum-train fit --config RECIPE`: train (or fine-tune) and write a bundle."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from training.fit import FitResult


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("fit", help="train a seq2seq model from a recipe and write a bundle")
    parser.add_argument("--config", required=True, type=Path, help="recipe YAML, e.g. configs/train/tiny-cpu.yaml")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="overrides",
                        help="override a recipe value, e.g. --set training.learning_rate=3e-4 (repeatable)")
    parser.add_argument("--data", default=None, help="a `prepare` output folder (overrides data.dir)")
    parser.add_argument("--output", default=None, help="run folder (overrides output)")
    parser.add_argument("--max-steps", type=int, default=None, help="stop after N optimiser steps")
    parser.add_argument("--resume", action="store_true", help="continue from the last checkpoint of the run folder")
    parser.set_defaults(func=run)


def format_result(result: FitResult) -> str:
    processes = f" on {result.processes} processes" if result.processes > 1 else ""
    lines = [f"steps {result.start_step} -> {result.global_step} ({result.steps_run} run here) in "
             f"{result.seconds:.0f} s{processes}, {result.precision}, {result.parameters:,} parameters"]
    curve = result.loss_curve
    shown = curve if len(curve) <= 12 else [curve[round(i * (len(curve) - 1) / 11)] for i in range(12)]
    lines.append("loss: " + "  ".join(f"{step}:{loss:.2f}" for step, loss in shown))
    for task, scores in result.evaluation.items():
        lines.append(f"validation {task}: " + ", ".join(f"{name} {value:.2f}" for name, value in scores.items()))
    lines.append(f"bundle: {result.bundle}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from training.config import load_config
    from training.fit import fit

    config = load_config(args.config, args.overrides, data_dir=args.data, output=args.output,
                         max_steps=args.max_steps)
    logging.getLogger("training").setLevel(logging.INFO)
    result = fit(config, resume=args.resume)
    if os.environ.get("RANK", "0") == "0":  # under torchrun, the first process reports for all
        print(format_result(result))
    return 0
