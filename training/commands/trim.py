"""`arsum-train trim-vocab BUNDLE_OR_CHECKPOINT --corpus FILE... -o OUT`: keep the pieces a corpus needs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from training.commands.prepare import add_field_arguments, fields_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "trim-vocab", help="drop the vocabulary rows a corpus never uses (mT5: 250k -> tens of thousands)",
        description="SOURCE: a bundle, a plain T5/mT5/AraT5 checkpoint folder or a hub id. The corpus: `prepare` "
                    "folders (their train split) or raw corpus files. Writes a bundle the service loads.",
    )
    parser.add_argument("source", metavar="BUNDLE_OR_CHECKPOINT")
    parser.add_argument("--corpus", nargs="+", required=True, type=Path, metavar="FILE",
                        help="prepare folders or corpus files (.jsonl[.gz], .csv[.gz], .parquet, datasets folder)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="new bundle folder")
    parser.add_argument("--keep", type=int, default=None, metavar="N",
                        help="keep only the N most frequent corpus pieces (plus the ones always kept)")
    add_field_arguments(parser)
    parser.set_defaults(func=run)


def format_report(report: dict[str, Any]) -> str:
    """The numbers a user decides on: rows, parameters, size on disk, corpus coverage."""
    def size(value: int | None) -> str:
        return "-" if value is None else f"{value / 2**20:,.1f} MiB"

    return "\n".join([
        f"pieces       {report['pieces_before']:>12,} -> {report['pieces_after']:,}",
        f"rows         {report['rows_before']:>12,} -> {report['rows_after']:,}",
        f"parameters   {report['parameters_before']:>12,} -> {report['parameters_after']:,}",
        f"weights      {size(report['bytes_before']):>12} -> {size(report['bytes_after'])}",
        f"corpus       {report['corpus_lines']:,} lines, {report['corpus_tokens']:,} tokens, "
        f"{report['corpus_pieces']:,} different pieces",
        f"coverage     {report['token_coverage']:.2%} of the corpus's tokens, {report['line_coverage']:.2%} of "
        f"{report['lines_checked_for_coverage']:,} lines encode exactly as before",
    ])


def run(args: argparse.Namespace) -> int:
    from service.archive.progress import terminal_progress
    from service.errors import BadOptionError
    from training.tokenizer import training_lines
    from training.trim import trim_bundle

    if args.keep is not None and args.keep < 1:
        raise BadOptionError("--keep must be at least 1")
    report = trim_bundle(args.source, training_lines(args.corpus, fields_from_args(args)), args.output, args.keep,
                         progress=terminal_progress("lines"))
    print(format_report(report))
    print(f"wrote {args.output}; convert it for the fast engine with: arsum-train export {args.output}")
    return 0
