"""`arsum summarize FILE|-`: one article in, its Digest out (JSON or readable text)."""

from __future__ import annotations

import argparse
import json
import sys
from service.article import read_limited
from service.commands.common import (
    add_engine_arguments,
    add_faithfulness_argument,
    add_task_arguments,
    engine_from_args,
    options_from_args,
)
from service.digest import Digest
from service.options import Limits
from service.pipeline import summarize_text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("summarize", help="summarise one article (a file, or - for stdin)")
    parser.add_argument("input", help="article file (UTF-8 text or HTML), or - to read stdin")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    add_engine_arguments(parser)
    add_task_arguments(parser)
    add_faithfulness_argument(parser)
    parser.set_defaults(func=run)


KIND_NAMES = {"number": "رقم", "name": "اسم", "negation": "نفي"}


def format_text(digest: Digest) -> str:
    """The digest as labelled Arabic text: what a reader copies, with what the article does not support (the
    engine footer is `format_footer`)."""
    lines = []
    if digest.headline is not None:
        lines += ["العنوان:", digest.headline, ""]
    if digest.bullets is not None:
        lines += ["أبرز النقاط:", *[f"- {bullet}" for bullet in digest.bullets], ""]
    if digest.summary is not None:
        lines += ["الملخص:", digest.summary, ""]
    if digest.checks:
        lines += ["غير مدعوم في المقال:", *[f"- {finding.slot}: {KIND_NAMES[finding.kind]} «{finding.text}»"
                                            for finding in digest.checks], ""]
    if digest.repaired:
        lines += [f"استبدل بنص المقال: {', '.join(digest.repaired)}", ""]
    return "\n".join(lines).rstrip("\n")


def format_footer(digest: Digest) -> str:
    return (f"[{digest.engine}{' ' + digest.model if digest.model else ''}, "
            f"{digest.input.words} words, {sum(digest.timings_ms.values()):.0f} ms]")


def run(args: argparse.Namespace) -> int:
    limits = Limits()
    if args.input == "-":
        raw = read_limited(sys.stdin.buffer, limits)
    else:
        with open(args.input, "rb") as handle:
            raw = read_limited(handle, limits)
    engine = engine_from_args(args, limits)
    try:
        digest = summarize_text(engine, raw, options_from_args(args, engine.limits))
    finally:
        engine.close()
    if args.format == "json":
        print(json.dumps(digest.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_text(digest))
        print(format_footer(digest), file=sys.stderr)  # stdout stays the digest alone, for pipes and files
    return 0
