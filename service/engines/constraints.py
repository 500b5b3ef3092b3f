"""Constrained decoding: pieces that write digits the article never writes are banned while generating.

The faithfulness checks find an unsupported number after generation; with `constrain_numbers` the neural
engines keep most of them from being generated at all. A vocabulary piece is allowed when every run of digits
it writes is part of a number the article writes (the article's 15 allows the pieces 1, 5 and 15); a model can
still put allowed pieces together into a new number (51 from 5 and 1), so the checks still look at every
output. Number words are not banned: their pieces are also parts of ordinary words (ثلاث in الثلاثاء).
No torch here: the seq2seq engine turns the banned ids into a logits mask, the ctranslate2 engine into
`suppress_sequences`.
"""

from __future__ import annotations

import re
from typing import Any

from service.text import fold_for_metrics

_DIGIT_RUN = re.compile(r"[0-9]+")


def digit_parts(text: str) -> frozenset[str]:
    """Every stretch of digits inside the numbers a text writes (any script: ٢٠ is 20).

    >>> sorted(digit_parts("بلغت النسبة ١٥٪ في 2018"))
    ['0', '01', '018', '1', '15', '18', '2', '20', '201', '2018', '5', '8']
    """
    parts: set[str] = set()
    for number in set(_DIGIT_RUN.findall(fold_for_metrics(text))):
        parts.update(number[start:end] for start in range(len(number)) for end in range(start + 1, len(number) + 1))
    return frozenset(parts)


class NumberPieces:
    """A tokenizer's pieces that write digits, each with its runs of digits (found once per engine)."""

    def __init__(self, tokenizer: Any) -> None:
        pieces = tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))
        self.pieces = [(index, tuple(runs)) for index, piece in enumerate(pieces)
                       if piece and (runs := _DIGIT_RUN.findall(fold_for_metrics(str(piece))))]

    def banned_ids(self, article_text: str) -> list[int]:
        """The pieces writing digits that no number of the article contains."""
        allowed = digit_parts(article_text)
        return [index for index, runs in self.pieces if not all(run in allowed for run in runs)]


def groups_by_ban(banned: list[list[int]]) -> dict[tuple[int, ...], list[int]]:
    """Rows of a batch grouped by their banned ids (for an engine that bans per call, not per row).

    >>> groups_by_ban([[4, 7], [4, 7], [], [9]])
    {(4, 7): [0, 1], (): [2], (9,): [3]}
    """
    groups: dict[tuple[int, ...], list[int]] = {}
    for row, ids in enumerate(banned):
        groups.setdefault(tuple(ids), []).append(row)
    return groups
