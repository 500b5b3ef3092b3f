"""`arsum-train` console script: wiring only. Each subcommand lives in `training.commands.<name>`."""

from __future__ import annotations

import sys

from service.cli import build_parser, run_command
from service.extras import TRAINING_EXTRAS

COMMAND_MODULES = (
    "training.commands.prepare",
    "training.commands.tokenizer",
    "training.commands.trim",
    "training.commands.fit",
    "training.commands.evaluate",
    "training.commands.export",
    "training.commands.common_words",
    "training.commands.headline_model",
)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser("arsum-train", "prepare, train, evaluate and export arsum models", COMMAND_MODULES)
    return run_command(parser, argv, TRAINING_EXTRAS)


if __name__ == "__main__":
    sys.exit(main())
