"""How Arabic a text is: the share of Arabic letters among all letters."""

from __future__ import annotations

import re

_ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(rf"(?=[^\W\d_])[{_ARABIC_RANGES}]")
_ARABIC_SCRIPT = re.compile(rf"[{_ARABIC_RANGES}]")


def is_arabic_letter(ch: str) -> bool:
    return _ARABIC_LETTER.match(ch) is not None


def is_arabic_script(ch: str) -> bool:
    """Any character of the Arabic script blocks: letters, marks, digits, punctuation (`،`, `٣`, `ـ`)."""
    return _ARABIC_SCRIPT.match(ch) is not None


def count_letters(text: str) -> tuple[int, int]:
    """(Arabic letters, all letters)."""
    return len(_ARABIC_LETTER.findall(text)), len(_LETTER.findall(text))


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic; 0.0 for a text with no letters.

    >>> arabic_ratio("قمة G20")
    0.75
    """
    arabic, letters = count_letters(text)
    return arabic / letters if letters else 0.0
