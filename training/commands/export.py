"""`arsum-train export BUNDLE --ct2 int8`: add the CTranslate2 model to a trained bundle (the conversion of
`arsum convert`, for bundles only)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    from service.engines.ct2 import QUANTIZATIONS

    parser = subparsers.add_parser("export", help="add a CTranslate2 model (int8 for CPU) to a bundle")
    parser.add_argument("bundle", help="bundle folder written by `arsum-train fit`")
    parser.add_argument("--ct2", choices=QUANTIZATIONS, default="int8", metavar="QUANTIZATION",
                        help=f"CTranslate2 weight type: {', '.join(QUANTIZATIONS)} (default int8)")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing BUNDLE/ctranslate2/ (one made from older weights is replaced anyway)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from service.bundle import BUNDLE_FILE
    from service.commands.convert import convert
    from service.errors import BundleError

    if not (Path(args.bundle) / BUNDLE_FILE).is_file():
        raise BundleError(f"{args.bundle}: no {BUNDLE_FILE}; export a bundle written by `arsum-train fit` "
                          "(for a plain checkpoint use `arsum convert`)")
    output = convert(args.bundle, args.ct2, args.force)
    print(f"wrote {output} ({args.ct2}); serve it with: arsum serve --model {args.bundle} --engine ctranslate2")
    return 0
