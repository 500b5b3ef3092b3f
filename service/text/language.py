"""How Arabic a text is: the share of Arabic letters among all letters."""

from __future__ import annotations


def is_arabic_letter(ch: str) -> bool:
    code = ord(ch)
    return ch.isalpha() and (
        0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
    )


def count_letters(text: str) -> tuple[int, int]:
    """(Arabic letters, all letters)."""
    arabic = letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            arabic += is_arabic_letter(ch)
    return arabic, letters


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic; 0.0 for a text with no letters.

    >>> arabic_ratio("قمة G20 في الرياض")
    0.8
    """
    arabic, letters = count_letters(text)
    return arabic / letters if letters else 0.0
