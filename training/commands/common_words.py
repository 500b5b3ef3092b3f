"""`arsum-train common-words CORPUS... -o FILE`: rebuild the faithfulness check's common-word list."""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from service.faithfulness.words import COMMON_WORDS_FILE

DEFAULT_OUTPUT = Path("service/faithfulness") / COMMON_WORDS_FILE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "common-words", help="build the common-word list of the faithfulness check from a news corpus",
        description="Counts clitic-free word forms over JSONL(.gz) records (title and text) and keeps the "
                    "ones that inflect like ordinary words; names mostly do not. Words only are written.")
    parser.add_argument("inputs", nargs="+", type=Path, metavar="CORPUS",
                        help="JSONL(.gz), CSV or Parquet files with text (and title) fields")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"the gzip word list (default: {DEFAULT_OUTPUT}, the one the service ships)")
    parser.add_argument("--min-documents", type=int, default=5, help="articles a word must occur in (default 5)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N records of each file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.errors import BadOptionError
    from service.rows import read_dicts
    from training.common_words import common_words, count_corpus, write_word_list

    if args.min_documents < 1:
        raise BadOptionError("--min-documents must be at least 1")
    records = itertools.chain.from_iterable(read_dicts(str(path), args.limit) for path in args.inputs)
    counts = count_corpus(records)
    words = common_words(counts, args.min_documents)
    sources = " ".join(path.name for path in args.inputs)
    header = [
        "arsum faithfulness check: common Arabic word forms (clitic-free, metric-folded); words only, no text",
        f"built by: arsum-train common-words {sources} --min-documents {args.min_documents}"
        + (f" --limit {args.limit}" if args.limit else ""),
        f"from {counts.articles:,} articles ({sources}); {len(words):,} forms seen in >= {args.min_documents} "
        "articles that inflect like ordinary words (see training/common_words.py)",
    ]
    write_word_list(args.output, words, header)
    print(f"wrote {args.output}: {len(words):,} words from {counts.articles:,} articles")
    return 0
