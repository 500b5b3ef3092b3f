"""`arsum-train prepare INPUT... -o DIR`: raw corpora -> headline/summary/bullets examples in train/validation/test."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import Any

from training.examples import LEAD_COPY_MODES
from service.rows import FieldMap
from training.records import CORPUS_FIELDS


def add_field_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("field mapping (column names in the input)")
    defaults = CORPUS_FIELDS
    for name in ("id", "text", "title", "summary", "source", "bullets"):
        group.add_argument(f"--{name}-field", default=getattr(defaults, name), metavar="NAME",
                           help=f"column with the {name} (default: {getattr(defaults, name) or 'id, when there'})")


def fields_from_args(args: argparse.Namespace) -> FieldMap:
    return FieldMap(id=args.id_field, text=args.text_field, title=args.title_field, summary=args.summary_field,
                    source=args.source_field, bullets=args.bullets_field)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "prepare", help="turn raw corpora into de-duplicated task examples with deterministic splits",
        description="Inputs: .jsonl[.gz], .csv[.gz], .parquet, or a folder saved with datasets' save_to_disk.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    parser.add_argument("-o", "--output", required=True, type=Path, help="output folder")
    parser.add_argument("--validation", type=float, default=0.02, help="share of articles for validation")
    parser.add_argument("--test", type=float, default=0.02, help="share of articles for test")
    parser.add_argument("--fraction", type=float, default=1.0,
                        help="keep this share of articles, chosen by a hash of the id (a reproducible slice)")
    parser.add_argument("--limit", type=int, default=None, help="keep at most N articles")
    parser.add_argument("--lead-copy", choices=LEAD_COPY_MODES, default="lead",
                        help="summaries that copy the article's opening: lead = the first sentence becomes the "
                             "target of the text without it; drop = leave them out")
    parser.add_argument("--exclude", nargs="+", type=Path, default=[], metavar="FILE",
                        help="evaluation sets whose articles must not appear in any split")
    parser.add_argument("--boilerplate-min-count", type=int, default=3,
                        help="drop targets shared by this many articles (column names, 'طقس اليوم')")
    add_field_arguments(parser)
    parser.set_defaults(func=run)


def format_report(report: dict[str, Any]) -> str:
    tasks = sorted({task for counts in report["examples"].values() for task in counts})
    lines = [f"{'split':<11} {'articles':>8} " + " ".join(f"{task:>9}" for task in tasks)]
    for split, counts in report["examples"].items():
        lines.append(f"{split:<11} {report['articles'].get(split, 0):>8} "
                     + " ".join(f"{counts.get(task, 0):>9}" for task in tasks))
    lines.append("")
    lines.append("mean words (target / source): " + ", ".join(
        f"{task} {report['mean_target_words'][task]} / {report['mean_source_words'][task]}" for task in tasks))
    lines.append(textwrap.fill("example kinds: " + ", ".join(
        f"{kind}={count}" for kind, count in report["kinds"].items()), 110, subsequent_indent="  "))
    lines.append(textwrap.fill("skipped: " + (", ".join(
        f"{reason}={count}" for reason, count in report["skipped"].items()) or "none"), 110, subsequent_indent="  "))
    lines.append(f"records read: {sum(report['records'].values())} in {report['seconds']} s")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from service.archive.progress import terminal_progress
    from service.errors import BadOptionError
    from training.prepare import PrepareOptions, prepare

    try:
        options = PrepareOptions(validation=args.validation, test=args.test, fraction=args.fraction, limit=args.limit,
                                 lead_copy=args.lead_copy, boilerplate_min_count=args.boilerplate_min_count,
                                 fields=fields_from_args(args))
    except ValueError as error:
        raise BadOptionError(str(error)) from None
    report = prepare(args.inputs, args.output, options, exclude=args.exclude, progress=terminal_progress("records"))
    print(format_report(report))
    print(f"wrote {args.output}/{{train,validation,test}}.jsonl and stats.json")
    return 0
