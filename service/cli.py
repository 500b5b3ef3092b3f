"""`arsum` console script: wiring only. Each subcommand lives in `service.commands.<name>`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Sequence

from service.errors import ArsumError

COMMAND_MODULES = (
    "service.commands.summarize",
    "service.commands.info",
    "service.commands.batch",
    "service.commands.serve",
    "service.commands.convert",
)


def build_parser(prog: str, description: str, command_modules: Sequence[str]) -> argparse.ArgumentParser:
    """A parser whose subcommands come from modules that each expose `register(subparsers)`."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module_name in command_modules:
        importlib.import_module(module_name).register(subparsers)
    return parser


def run_command(parser: argparse.ArgumentParser, argv: list[str] | None) -> int:
    """Run the chosen subcommand; domain errors become one line on stderr and an exit code, never a traceback."""
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except ArsumError as error:
        print(f"{parser.prog}: error: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{parser.prog}: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"{parser.prog}: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = build_parser("arsum", "Arabic news headlines, teaser bullets and summaries", COMMAND_MODULES)
    return run_command(parser, argv)


if __name__ == "__main__":
    sys.exit(main())
