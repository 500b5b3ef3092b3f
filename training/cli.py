"""`arsum-train` console script: wiring only. Each subcommand lives in `training.commands.<name>`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from service.errors import ArsumError

COMMAND_MODULES = (
    "training.commands.prepare",
    "training.commands.tokenizer",
    "training.commands.fit",
    "training.commands.evaluate",
    "training.commands.export",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="arsum-train", description="prepare, train, evaluate and export arsum models")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except ArsumError as error:
        print(f"arsum-train: error: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("arsum-train: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"arsum-train: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
