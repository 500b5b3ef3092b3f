"""`arsum batch INPUT... -o OUTPUT`: summarise an archive, resumably, locally or on Ray."""

from __future__ import annotations

import argparse
import functools
import logging
import sys
from pathlib import Path

from service.archive import (
    INPUT_FORMATS,
    OUTPUT_FORMATS,
    ArchiveJob,
    ArchiveReport,
    FieldMap,
    Progress,
    count_in_background,
    detect_input,
    detect_output_format,
    run_local,
)
from service.commands.common import (
    ENGINE_ARGUMENTS,
    add_engine_arguments,
    add_faithfulness_argument,
    add_task_arguments,
    engine_from_args,
    options_from_args,
)
from service.options import Limits


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch", help="summarise an archive (JSONL, CSV, Parquet, folders of .txt) into JSONL, CSV or Parquet",
        description="Rerunning with the same output resumes: ids already written are skipped.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSONL (.jsonl, .jsonl.gz), CSV, Parquet, a .txt file, a folder of .txt files, or -")
    parser.add_argument("-o", "--output", required=True,
                        help="out.jsonl, out.csv, or out.parquet (a folder of part files)")
    _add_io_arguments(parser)
    add_engine_arguments(parser)
    add_task_arguments(parser)
    add_faithfulness_argument(parser)
    _add_ray_arguments(parser)
    parser.set_defaults(func=run)


def _add_io_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("input and output")
    group.add_argument("--input-format", choices=INPUT_FORMATS, default=None,
                       help="override the format told by the file names (stdin: jsonl)")
    group.add_argument("--output-format", choices=OUTPUT_FORMATS, default=None)
    group.add_argument("--text-field", default="text", help="field or column holding the article (a.b for nested)")
    group.add_argument("--id-field", default=None,
                       help="field holding the id (default: 'id' when present, else a hash of the text)")
    group.add_argument("--title-field", default=None, help="field holding the original title, fed as the first line")
    group.add_argument("--overwrite", action="store_true", help="start over instead of resuming")
    group.add_argument("--retry-failed", action="store_true",
                       help="when resuming, summarise again the ids whose row holds an error (their rows are replaced)")
    group.add_argument("--fail-fast", action="store_true", help="stop at the first row that fails")
    group.add_argument("--chunk-size", type=int, default=256, help="rows per durable write (default 256)")
    group.add_argument("--batch-size", type=int, default=16, help="articles per engine call (default 16)")
    group.add_argument("--log-every", type=float, default=30.0, metavar="SECONDS",
                       help="progress log interval when stderr is not a terminal (default 30)")
    group.add_argument("--quiet", action="store_true", help="no progress display")


def _add_ray_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("ray")
    group.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                       help="run on Ray Data: alone, a local Ray; with an address (auto, ray://host:10001), a cluster")
    group.add_argument("--ray-cpus", type=int, default=None, help="CPUs of a local Ray (default: all)")
    group.add_argument("--actors", type=int, default=None, help="engine actors (default: CPUs / --cpus-per-actor)")
    group.add_argument("--cpus-per-actor", type=float, default=1.0)
    group.add_argument("--gpus-per-actor", type=float, default=0.0, help="e.g. 1 with --device cuda")


def build_job(args: argparse.Namespace) -> ArchiveJob:
    limits = Limits()
    engine_args = argparse.Namespace(**{name: getattr(args, name) for name in ENGINE_ARGUMENTS})
    return ArchiveJob(
        inputs=tuple(detect_input(path, args.input_format) for path in args.inputs),
        output=Path(args.output),
        output_format=detect_output_format(args.output, args.output_format),
        options=options_from_args(args, limits),
        engine_factory=functools.partial(engine_from_args, engine_args, limits),
        fields=FieldMap(text=args.text_field, id=args.id_field, title=args.title_field),
        chunk_size=args.chunk_size, batch_size=args.batch_size, overwrite=args.overwrite, fail_fast=args.fail_fast,
        retry_failed=args.retry_failed,
    )


def make_progress(args: argparse.Namespace) -> Progress:
    logging.getLogger("service.archive").setLevel(logging.INFO)
    return Progress(stream=sys.stderr, tty=sys.stderr.isatty(), log_every_s=args.log_every, enabled=not args.quiet)


def run(args: argparse.Namespace) -> int:
    job = build_job(args)
    progress = make_progress(args)
    if not args.quiet:
        count_in_background(job.inputs, progress)
    if args.ray:
        from service.archive.ray_runner import RaySettings, run_on_ray

        settings = RaySettings(address=args.ray, cpus=args.ray_cpus, actors=args.actors,
                               cpus_per_actor=args.cpus_per_actor, gpus_per_actor=args.gpus_per_actor)
        report = run_on_ray(job, settings, progress)
    else:
        report = run_local(job, progress)
    print(report.summary(), file=sys.stderr)
    return exit_code(report)


def exit_code(report: ArchiveReport) -> int:
    """0 when something was summarised or everything was already done; 1 when nothing succeeded."""
    if report.written == 0 and report.skipped_done == 0:
        print("arsum: error: the input holds no rows", file=sys.stderr)
        return 1
    return 1 if report.written and not report.succeeded else 0
