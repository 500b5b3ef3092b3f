"""`arsum-train evaluate`: ROUGE of an engine against references, with Lead baselines in the same table."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.archive.progress import terminal_progress
from service.commands.common import add_engine_arguments, add_task_arguments, engine_from_args, options_from_args
from service.rows import read_dicts
from training.evaluate import evaluate, format_source_table, format_table, write_predictions
from training.faithfulness import format_shares


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("evaluate", help="score an engine or bundle on data with text/title/summary")
    parser.add_argument("--data", required=True, type=Path,
                        help="JSONL(.gz), CSV(.gz) or Parquet with text, title, summary fields")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records")
    parser.add_argument("--predictions", type=Path, default=None,
                        help="write id, headline, bullets, summary and checks per article")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="also write the scores as JSON (engine, model, data, refused, one row per system)")
    add_engine_arguments(parser)
    add_task_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = engine_from_args(args)
    try:
        options = options_from_args(args, engine.limits)
        evaluation = evaluate(engine, read_dicts(str(args.data), args.limit), options,
                              keep_predictions=args.predictions is not None, progress=terminal_progress("articles"))
    finally:
        engine.close()
    print(format_table(evaluation.board.rows()))
    print(format_shares(evaluation.faithfulness.rows()))
    source_rows = evaluation.board.source_rows()
    if source_rows:
        print()
        print(format_source_table(source_rows))
    if evaluation.refused:
        print(f"refused inputs: {evaluation.refused}")
    if args.predictions is not None:
        write_predictions(args.predictions, evaluation.predictions)
    if args.json is not None:
        report = {"engine": engine.name, "model": engine.model, "data": str(args.data), "limit": args.limit,
                  "refused": evaluation.refused, "rows": evaluation.board.rows(), "by_source": source_rows,
                  "faithfulness": evaluation.faithfulness.rows()}
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0
