"""Engine and task arguments shared by `summarize`, `batch` and `serve`."""

from __future__ import annotations

import argparse

from service.digest import Task
from service.engines import AUTO, ENGINE_NAMES, load_engine
from service.engines.base import Summariser
from service.options import FAITHFULNESS_POLICIES, FLAG, Limits, SummaryOptions, build_options


ENGINE_ARGUMENTS = ("engine", "model", "device", "threads", "writer_model")  # what engine_from_args reads


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine")
    group.add_argument("--engine", choices=(AUTO, *ENGINE_NAMES), default=None,
                       help="engine (default: auto with --model, else extractive)")
    group.add_argument("--model", default=None, help="bundle folder, plain seq2seq checkpoint folder or hub id")
    group.add_argument("--device", default="cpu", help="cpu, cuda or cuda:N for neural engines")
    group.add_argument("--threads", type=int, default=None, help="CPU threads for neural engines")
    group.add_argument("--writer-model", default=None, metavar="FILE",
                       help="the extractive engine's writer model (from `arsum-train headline-model`); "
                            "default: the one shipped with arsum")


def add_task_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("tasks")
    group.add_argument("--tasks", default=",".join(t.value for t in Task),
                       help="comma-separated: headline,bullets,summary")
    group.add_argument("--max-bullets", type=int, default=None, help="teaser bullets (1-5, default 4)")
    group.add_argument("--summary-sentences", type=int, default=None, help="summary sentences (1-3)")
    group.add_argument("--summary-words", type=int, default=None, help="summary word budget")
    group.add_argument("--beams", type=int, default=None, help="beam size for neural engines")
    group.add_argument("--max-new-tokens", type=int, default=None, help="generation length cap for neural engines")
    group.add_argument("--constrain-numbers", action="store_true", default=None,
                       help="neural engines: ban digits the article does not write while generating")


def add_faithfulness_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--faithfulness", choices=FAITHFULNESS_POLICIES, default=FLAG,
        help="text the article does not support (numbers, names, negations): flag = report it in checks "
             "(default); repair = use the extractive engine's text for that slot; refuse = fail the article")


def options_from_args(args: argparse.Namespace, limits: Limits) -> SummaryOptions:
    decoding = {"num_beams": args.beams, "max_new_tokens": args.max_new_tokens,
                "constrain_numbers": getattr(args, "constrain_numbers", None)}
    return build_options(
        limits, tasks=[name for name in args.tasks.split(",") if name.strip()], max_bullets=args.max_bullets,
        summary_sentences=args.summary_sentences, summary_words=args.summary_words,
        decoding={key: value for key, value in decoding.items() if value is not None},
        faithfulness=getattr(args, "faithfulness", None),
    )


def engine_from_args(args: argparse.Namespace, limits: Limits | None = None) -> Summariser:
    name = args.engine or (AUTO if args.model else "extractive")
    return load_engine(name, model=args.model, limits=limits or Limits(), device=args.device, threads=args.threads,
                       writer_model=args.writer_model)
