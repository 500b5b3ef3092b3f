"""A light Arabic stemmer (prefix/suffix stripping in the spirit of Larkey's Light10), on metric-normalised tokens."""

from __future__ import annotations

from typing import Final

_PREFIXES: Final = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES: Final = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def light_stem(token: str) -> str:
    """Strip one conjunction, one article-prefix group and one suffix, keeping at least two letters.

    Works on tokens from `metric_tokens` (ة already folded to ه).

    >>> light_stem("والمدارس"), light_stem("المعلمون"), light_stem("حكومته")
    ('مدارس', 'معلم', 'حكومت')
    """
    word = token
    if len(word) >= 4 and word.startswith("و"):
        word = word[1:]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    return word
