"""`arsum` console script: wiring only. Each subcommand lives in `service.commands.<name>`."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from typing import Mapping, Sequence

from service import package_version
from service.errors import ArsumError
from service.extras import SERVICE_EXTRAS, missing_extra
from service.logs import LOG_FORMAT_ENV, LOG_FORMATS, configure_logging, log_format_from

# How a shell reports a command killed by SIGPIPE (128 + 13): what `arsum info | head -1` ends with, like `cat`.
BROKEN_PIPE_EXIT = 141

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
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--log-format", choices=LOG_FORMATS, default=None,
                        help=f"text lines or one JSON object per line (default: ${LOG_FORMAT_ENV} or text)")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module_name in command_modules:
        importlib.import_module(module_name).register(subparsers)
    return parser


def run_command(parser: argparse.ArgumentParser, argv: list[str] | None,
                extras: Mapping[str, str] = SERVICE_EXTRAS) -> int:
    """Run the chosen subcommand; domain errors become one line on stderr and an exit code, never a traceback,
    and so does a package of an uninstalled extra (`extras`: top-level module -> extra).
    A reader that goes away (`arsum info | head -1`) ends the command quietly, as it would end `cat`."""
    args = parser.parse_args(argv)
    try:
        configure_logging(logging.INFO if args.verbose else logging.WARNING, log_format_from(args.log_format))
        try:
            return int(args.func(args) or 0)
        except ModuleNotFoundError as error:
            extra_error = missing_extra(error, extras, f"{parser.prog} {args.command}")
            if extra_error is None:
                raise  # not an extra's module: a real bug
            raise extra_error from error
    except BrokenPipeError:
        silence_stdout()
        return BROKEN_PIPE_EXIT
    except ArsumError as error:
        print(f"{parser.prog}: error: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{parser.prog}: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"{parser.prog}: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail again on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    parser = build_parser("arsum", "Arabic news headlines, teaser bullets and summaries", COMMAND_MODULES)
    return run_command(parser, argv)


if __name__ == "__main__":
    sys.exit(main())
