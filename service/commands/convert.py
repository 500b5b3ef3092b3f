"""`arsum convert DIR --quantization int8`: add a CTranslate2 model to a bundle for the ctranslate2 engine."""

from __future__ import annotations

import argparse
from pathlib import Path

from service.engines import engine_packages_installed
from service.errors import EngineUnavailableError


def register(subparsers: argparse._SubParsersAction) -> None:
    from service.engines.ct2 import QUANTIZATIONS

    parser = subparsers.add_parser(
        "convert", help="convert a bundle (or local HF T5/mT5 checkpoint) for the fast ctranslate2 engine",
        description="Writes DIR/ctranslate2/; `--engine auto` then picks the ctranslate2 engine for DIR.",
    )
    parser.add_argument("model", help="bundle folder or local Hugging Face seq2seq checkpoint folder")
    parser.add_argument("--quantization", choices=QUANTIZATIONS, default="int8",
                        help="weight type: int8 for CPU (default), int8_float16 or bfloat16 for GPU")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing DIR/ctranslate2/ (one made from older weights is replaced anyway)")
    parser.set_defaults(func=run)


def convert(model: str, quantization: str, force: bool) -> Path:
    """The conversion behind `arsum convert` and `arsum-train export`: packages checked, `MODEL/ctranslate2/`."""
    if not engine_packages_installed("ctranslate2") or not engine_packages_installed("seq2seq"):
        raise EngineUnavailableError("converting needs ctranslate2, torch and transformers: "
                                     "pip install 'arsum[neural,fast]'")
    from service.engines.ct2 import convert_bundle

    return convert_bundle(model, quantization=quantization, force=force)


def run(args: argparse.Namespace) -> int:
    output = convert(args.model, args.quantization, args.force)
    print(f"wrote {output} ({args.quantization}); serve it with: arsum summarize FILE --model {args.model}")
    return 0
