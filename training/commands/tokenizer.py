"""`arsum-train tokenizer INPUT... -o DIR`: train a SentencePiece unigram tokenizer for from-scratch models."""

from __future__ import annotations

import argparse
from pathlib import Path

from training.commands.prepare import add_field_arguments, fields_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tokenizer", help="train a SentencePiece unigram tokenizer (for models trained from scratch)",
        description="INPUT: folders written by `prepare` (their train split) or raw corpus files.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    parser.add_argument("-o", "--output", required=True, type=Path, help="tokenizer folder (spiece.model + HF files)")
    parser.add_argument("--vocab-size", type=int, default=8000)
    parser.add_argument("--max-sentences", type=int, default=300_000, help="lines sampled from the inputs")
    parser.add_argument("--character-coverage", type=float, default=0.9995)
    parser.add_argument("--prefix", action="append", default=[], metavar="TEXT",
                        help="a task prefix to learn as whole pieces (repeatable), e.g. 'headline: '")
    add_field_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.errors import BadOptionError
    from training.tokenizer import train_tokenizer, training_lines

    if args.vocab_size < 64 or args.max_sentences < 1 or not 0.9 <= args.character_coverage <= 1:
        raise BadOptionError("--vocab-size must be at least 64, --max-sentences at least 1 and "
                             "--character-coverage in [0.9, 1]")
    lines = training_lines(args.inputs, fields_from_args(args), extra=args.prefix)
    tokenizer = train_tokenizer(lines, args.output, args.vocab_size, args.character_coverage, args.max_sentences)
    sample = "أعلنت الحكومة خطة جديدة لدعم المزارعين"
    pieces = tokenizer.convert_ids_to_tokens(tokenizer(sample, add_special_tokens=False)["input_ids"])
    print(f"wrote {args.output} ({len(tokenizer)} pieces)")
    print(f"{sample} -> {' '.join(pieces)}")
    return 0
