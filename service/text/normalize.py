"""Two normalisations: one for model input (keeps the article's letters), one for metrics (folds forms)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Recorded in every bundle: a bundle trained under another spec is refused by the service.
NORMALISATION_SPEC: Final = "arsum-text-1"

TATWEEL: Final = "\u0640"
_INVISIBLE_CHARS: Final = "\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad\u2060" + TATWEEL
_INVISIBLE: Final = re.compile(f"[{_INVISIBLE_CHARS}]+")
_VISIBLE_ONLY: Final = re.compile(f"[^{_INVISIBLE_CHARS}]*")  # a fullmatch scans several times faster than a search
# Runs of spaces and tabs other than a single space: the single spaces between words need no replacing.
_ODD_HORIZONTAL_SPACE: Final = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")
_LINE_EDGE_SPACE: Final = re.compile(r" ?\n ?")
_BLANK_LINES: Final = re.compile(r"\n{3,}")
_DIACRITIC_RANGES: Final = ((0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x08D3, 0x08FF))
_DIACRITICS: Final = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _DIACRITIC_RANGES) + "]")
_FOLDS: Final = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
}
# The same folds as one translation table: for a single word, `str.translate` beats a regex and the replaces.
_WORD_FOLDS = str.maketrans({**_FOLDS, TATWEEL: None,
                             **{chr(code): None for low, high in _DIACRITIC_RANGES for code in range(low, high + 1)}})
_METRIC_TOKEN: Final = re.compile(r"\w+")

# Separators must separate: line and page breaks (VT is a word processor's manual line break, FF, NEL, the
# information separators, U+2028/2029) become line breaks, every other control character a space, and a
# zero-width space before a word a space. Deleting them would glue the words on either side together.
LINE_BREAKS: Final = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SEPARATORS: Final = str.maketrans(
    {chr(code): " " for code in [*range(0x00, 0x20), *range(0x7f, 0xa0)] if chr(code) not in "\n\t"}
    | {ch: "\n" for ch in LINE_BREAKS}
)
_ZERO_WIDTH_SPACE_BEFORE_A_WORD: Final = re.compile(r"\u200b+(?=\w)")

# Characters that are certainly kept: printable ASCII, Latin-1 letters, Arabic blocks, general punctuation.
_COMMON = re.compile("[\n\t\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u2010-\u2027\u202f-\u205e"
                     "\ufb50-\ufdff\ufe70-\ufefe]*")


def _separate_and_drop(text: str) -> str:
    """Controls and separators to spaces or line breaks; surrogates, private-use and unassigned code points out."""
    if _COMMON.fullmatch(text):
        return text
    text = _ZERO_WIDTH_SPACE_BEFORE_A_WORD.sub(" ", text.translate(_SEPARATORS)).replace("\u200b", "")
    if _COMMON.fullmatch(text):
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn"))


def _nfkc(text: str) -> str:
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalize_for_model(text: str) -> str:
    """NFKC, no tatweel, no control or bidi marks, single spaces, at most one blank line between paragraphs.

    Control characters and separators become spaces or line breaks, never glue (VT is a manual line break):

    >>> normalize_for_model("الســـلام\u200f  عليكم\\r\\n")
    'السلام عليكم'
    >>> normalize_for_model("قال\\x0bالوزير\\x00إن\u200bالخطة")
    'قال\\nالوزير إن الخطة'
    """
    text = _nfkc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not _VISIBLE_ONLY.fullmatch(text):
        text = _INVISIBLE.sub("", text)
    text = _ODD_HORIZONTAL_SPACE.sub(" ", _nfkc(_separate_and_drop(text)))
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def normalize_for_metrics(text: str) -> str:
    """Model normalisation plus no diacritics and folded alef, ya, ta marbuta and digits.

    >>> normalize_for_metrics("إِلى المدرسةِ")
    'الي المدرسه'
    """
    return fold_for_metrics(normalize_for_model(text))


def fold_for_metrics(text: str) -> str:
    """The metric folds alone, for text that is already model-normalised (an Article, an engine's output):
    no diacritics or tatweel; alef, ya, ta marbuta and digits folded. Cheaper than `normalize_for_metrics`.

    >>> fold_for_metrics("أكّد الوزيرُ رفع الأجور ١٥٪")
    'اكد الوزير رفع الاجور 15٪'
    """
    text = _DIACRITICS.sub("", text.replace(TATWEEL, ""))
    for letter, folded in _FOLDS.items():  # a replace per letter present: many times faster than str.translate
        if letter in text:
            text = text.replace(letter, folded)
    return text


def strip_diacritics(text: str) -> str:
    """The text without short vowels and other diacritics, letters and word boundaries as they are.

    >>> strip_diacritics("يُذكَر أنّ")
    'يذكر أن'
    """
    return _DIACRITICS.sub("", text)


def fold_word(word: str) -> str:
    """`fold_for_metrics` for one word (or a few): the same folds, faster on short strings.

    >>> fold_word("الأُولى")
    'الاولي'
    """
    return word.translate(_WORD_FOLDS)


def metric_tokens(text: str, normalized: bool = False) -> list[str]:
    """Word tokens for ROUGE/BLEU: letters and digits of any script, after metric normalisation
    (`normalized`: the text is already model-normalised, an Article's or an engine's output, so only the
    metric folds are applied; several times faster).

    >>> metric_tokens("قال: «إنّ الخطة_الجديدة ١٥٪»")
    ['قال', 'ان', 'الخطه', 'الجديده', '15']
    """
    folded = fold_for_metrics(text) if normalized else normalize_for_metrics(text)
    return _METRIC_TOKEN.findall(folded.replace("_", " "))
