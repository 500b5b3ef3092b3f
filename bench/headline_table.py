"""A Markdown table of random dev articles: the editor's headline next to what the extractive engine wrote.

    .venv/bin/python bench/headline_table.py [--data ../shared/data/dev_headlines.jsonl.gz] [--n 20] [--seed 9]

For reading outputs side by side with references (ROUGE rewards word salad; a reader does not). Only the
headline references and the engine's outputs are printed, never the articles.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from service.engines.extractive import ExtractiveEngine
from service.errors import InputError
from service.options import Limits, build_options
from service.pipeline import summarize_text
from service.rows import read_dicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/dev_headlines.jsonl.gz"))
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--writer-model", default=None, help="a writer model file (default: the shipped one)")
    args = parser.parse_args()
    records = [record for record in read_dicts(str(args.data)) if record.get("title") and record.get("text")]
    engine = ExtractiveEngine(writer_model=args.writer_model)
    options = build_options(Limits(), tasks=["headline", "bullets"], max_bullets=3)
    print("| # | editor's headline | arsum headline | arsum bullets |")
    print("| --- | --- | --- | --- |")
    shown = 0
    for record in random.Random(args.seed).sample(records, len(records)):
        if shown == args.n:
            break
        try:
            digest = summarize_text(engine, record["text"], options)
        except InputError:
            continue
        shown += 1
        bullets = "<br>".join(f"• {bullet}" for bullet in digest.bullets or [])
        print(f"| {shown} | {_cell(record['title'])} | {_cell(digest.headline or '')} | {bullets} |")


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


if __name__ == "__main__":
    main()
