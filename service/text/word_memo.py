"""Per-word results remembered across articles: news prose reuses a few tens of thousands of words, so a word's
key, stem or script profile is worked out once and then looked up.

A plain dictionary, where `functools.lru_cache` also reorders its recency list on every hit and, called from the
compiled engine, builds an argument tuple; it holds one entry a word instead of a list node as well. When it holds
`limit` words it forgets them all at once and starts again: a server that reads an unusual archive pays the first
reading again, never more memory.
"""

from __future__ import annotations

from typing import Callable, Final, Generic, TypeVar, cast

Value = TypeVar("Value")
WORDS_REMEMBERED: Final = 65_536  # as many as the `lru_cache`s it replaced held
_ABSENT: Final = object()


class WordMemo(Generic[Value]):
    """`compute`'s results by word, at most `limit` of them.

    >>> lengths = WordMemo(len, limit=2)
    >>> lengths.of("الحكومة"), lengths.of("قال"), lengths.of("الحكومة"), len(lengths)
    (7, 3, 7, 2)
    >>> lengths.of("أمس"), len(lengths)  # a third word: the first two are forgotten
    (3, 1)
    """

    def __init__(self, compute: Callable[[str], Value], limit: int = WORDS_REMEMBERED) -> None:
        self._compute = compute
        self._limit = limit
        self._values: dict[str, Value] = {}

    def of(self, word: str) -> Value:
        """`compute(word)`, worked out on the first request only (until the memo next fills up)."""
        found = self._values.get(word, _ABSENT)
        if found is not _ABSENT:
            return cast(Value, found)
        value = self._compute(word)
        if len(self._values) >= self._limit:
            self._values.clear()
        self._values[word] = value
        return value

    def known(self, word: str) -> Value | None:
        """`compute(word)` if it was worked out and is still remembered, else None (nothing is worked out)."""
        return self._values.get(word)

    def __len__(self) -> int:
        return len(self._values)
