"""Which SentencePiece pieces a corpus needs: counting, the pieces always kept, coverage.

A multilingual vocabulary (mT5: 250,112 rows) is mostly pieces an Arabic news corpus never uses, and every
decoding step pays for all of them in the output projection. `choose_pieces` keeps the pieces the corpus uses
(or its `keep` most frequent ones), plus what must never go: the special and added tokens, every single
character of the Arabic script, digits and punctuation (alone and after the word-start mark `▁`), byte pieces,
and the pieces of the bundle's task prefixes. Text outside the corpus then falls back to smaller pieces, down
to single characters, never to `<unk>`.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from service.archive.progress import Progress
from service.rows import chunked
from service.text.language import is_arabic_script

WORD_START = "\u2581"  # SentencePiece's ▁
ENCODE_BATCH = 1000
LINE_SAMPLE = 50_000  # lines whose ids are remembered to report line coverage under --keep


def is_kept_character(piece: str) -> bool:
    """A single character (after an optional `▁`) of the Arabic script, a digit, punctuation or ASCII.

    >>> [is_kept_character(piece) for piece in ("ب", "▁ب", "٣", "،", "▁", "بي", "中")]
    [True, True, True, True, True, False, False]
    """
    text = piece[1:] if piece.startswith(WORD_START) else piece
    if text == "":
        return True
    if len(text) != 1:
        return False
    return is_arabic_script(text) or ord(text) < 128 or unicodedata.category(text)[0] in "NP"


@dataclass
class PieceCounts:
    """How often each id occurs when the corpus is encoded, and the ids of a sample of its lines."""

    counts: Counter[int] = field(default_factory=Counter)
    lines: int = 0
    sample: list[array] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return sum(self.counts.values())


def unique_lines(lines: Iterable[str]) -> Iterator[str]:
    """Non-empty lines, each text once (a prepared folder repeats an article's text for every task)."""
    seen: set[int] = set()
    for line in lines:
        text = line.strip()
        key = hash(text)
        if text and key not in seen:
            seen.add(key)
            yield text


def count_pieces(tokenizer: Any, lines: Iterable[str], progress: Progress | None = None) -> PieceCounts:
    """Encode the lines in batches with the model's own tokenizer and count the ids."""
    result = PieceCounts()
    progress = progress or Progress(enabled=False)
    for batch in chunked(unique_lines(lines), ENCODE_BATCH):
        for ids in tokenizer(batch, add_special_tokens=False)["input_ids"]:
            result.counts.update(ids)
            if len(result.sample) < LINE_SAMPLE:
                result.sample.append(array("i", set(ids)))
        result.lines += len(batch)
        progress.update(written=len(batch))
    progress.close()
    return result


def always_kept(vocabulary: list[str], added_ids: Iterable[int], byte_fallback: bool) -> set[int]:
    """Ids that stay whatever the corpus: added/special tokens, single characters, byte pieces."""
    kept = set(added_ids)
    for index, piece in enumerate(vocabulary):
        if is_kept_character(piece) or (byte_fallback and piece.startswith("<0x") and piece.endswith(">")):
            kept.add(index)
    return kept


def choose_pieces(counts: PieceCounts, required: set[int], keep: int | None) -> list[int]:
    """The kept ids in their original order: `required` plus the corpus's pieces (its `keep` most frequent)."""
    ranked = sorted(counts.counts, key=lambda index: (-counts.counts[index], index))
    corpus = ranked if keep is None else ranked[:keep]
    return sorted(required | set(corpus))


def coverage(counts: PieceCounts, kept: list[int]) -> dict[str, Any]:
    """Share of the corpus's tokens, and of its sampled lines, that the kept pieces encode unchanged."""
    kept_set = set(kept)
    tokens = counts.tokens
    covered = sum(count for index, count in counts.counts.items() if index in kept_set)
    whole = sum(all(index in kept_set for index in ids) for ids in counts.sample)
    return {"corpus_lines": counts.lines, "corpus_tokens": tokens, "corpus_pieces": len(counts.counts),
            "token_coverage": round(covered / tokens, 6) if tokens else 1.0,
            "line_coverage": round(whole / len(counts.sample), 6) if counts.sample else 1.0,
            "lines_checked_for_coverage": len(counts.sample)}
