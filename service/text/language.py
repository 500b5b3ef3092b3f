"""How Arabic a text is: the share of Arabic-script letters, and whether the language is Arabic at all.

Persian and Urdu are written in the same script, so a letter count cannot tell them from Arabic. Their own
letters (پ چ ژ گ, and ٹ ڈ ڑ ں ے ہ for Urdu) and their most frequent words (است، را، از / ہے، کے، میں)
can, weighed against Arabic's (the article ال, في، على، إلى ...).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_LETTER = re.compile(rf"(?=[^\W\d_])[{_ARABIC_RANGES}]")
_ARABIC_SCRIPT = re.compile(rf"[{_ARABIC_RANGES}]")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_ARABIC = re.compile(rf"[^{_ARABIC_RANGES}]+")
_SCRIPT_WORD = re.compile(rf"[{_ARABIC_RANGES}]+")

# Only the start of a long text is read: the language of an article shows in its first words.
LANGUAGE_SAMPLE_CHARS = 20_000
MIN_FOREIGN_MARKERS = 3

ARABIC_WORDS = frozenset(
    "في على إلى الى عن أن إن التي الذي الذين هذا هذه ذلك تلك كان كانت قال وقال قالت بعد قبل حيث أو ثم لم لن قد "
    "مع وفي وعلى كما إنه أنه لكن منذ خلال بين".split()
)
_ARTICLE = re.compile("^(?:[وفبكل]?ال|لل)..")
# Persian words in Persian letters, and the distinctive ones also as typed on an Arabic keyboard (ي ك).
PERSIAN_WORDS = frozenset(
    "است را از با این که برای های می شده شد یک آن بود خود تا نیز اما کند کرده دارد شود وی در "
    "اين كه براي هاي يك كند كرده".split()
)
URDU_WORDS = frozenset("ہے ہیں کے کی کا میں اور سے کو نے پر یہ وہ بھی ایک گیا کیا تھا تھے ہو کہ جو".split())
# Letters Arabic does not have. ی ک ھ are left out: Arabic typed on a Persian keyboard uses them for ي ك ه.
PERSIAN_AND_URDU_LETTERS = frozenset("پچژگ")
URDU_LETTERS = frozenset("ٹڈڑںےہۂۓ")
_ARABIC_KEYBOARD = str.maketrans("یکھ", "يكه")


def is_arabic_letter(ch: str) -> bool:
    return _ARABIC_LETTER.match(ch) is not None


def is_arabic_script(ch: str) -> bool:
    """Any character of the Arabic script blocks: letters, marks, digits, punctuation (`،`, `٣`, `ـ`)."""
    return _ARABIC_SCRIPT.match(ch) is not None


def count_letters(text: str) -> tuple[int, int]:
    """(Arabic letters, all letters).

    >>> count_letters("قمة G20 في 2025")
    (5, 6)
    """
    letters = _NOT_LETTERS.sub("", text)
    return len(_NOT_ARABIC.sub("", letters)), len(letters)


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic; 0.0 for a text with no letters.

    >>> arabic_ratio("قمة G20")
    0.75
    """
    arabic, letters = count_letters(text)
    return arabic / letters if letters else 0.0


@dataclass(frozen=True)
class ScriptLanguage:
    """Evidence for the language of an Arabic-script text: words (and letters) typical of each language."""

    arabic: int
    persian: int
    urdu: int

    @property
    def guess(self) -> str:
        """"Arabic", "Persian" or "Urdu": another language needs a few markers and more of them than Arabic."""
        other = max(self.persian, self.urdu)
        if other < MIN_FOREIGN_MARKERS or other <= self.arabic:
            return "Arabic"
        return "Urdu" if self.urdu > self.persian else "Persian"


def script_language(text: str) -> ScriptLanguage:
    """Weigh Arabic, Persian and Urdu markers in the start of an Arabic-script text.

    >>> script_language("قال الوزير إن الحكومة ستبني مدارس جديدة في المدن").guess
    'Arabic'
    >>> script_language("وزیر گفت که دولت مدارس جدیدی در شهرها می‌سازد و این طرح برای کودکان است").guess
    'Persian'
    >>> script_language("وزیر نے کہا کہ حکومت شہروں میں نئے اسکول بنائے گی اور یہ منصوبہ بچوں کے لیے ہے").guess
    'Urdu'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    keyboard = any(letter in sample for letter in "یکھ")  # else no word needs `_ARABIC_KEYBOARD`
    arabic = persian = urdu = 0
    for word, seen in Counter(_SCRIPT_WORD.findall(sample)).items():  # each distinct word weighed once
        if (word.translate(_ARABIC_KEYBOARD) if keyboard else word) in ARABIC_WORDS or _ARTICLE.match(word):
            arabic += seen
        elif word in URDU_WORDS:
            urdu += seen
        elif word in PERSIAN_WORDS:
            persian += seen
        elif not PERSIAN_AND_URDU_LETTERS.isdisjoint(word):
            persian += seen
            urdu += seen
        if not URDU_LETTERS.isdisjoint(word):
            urdu += seen
    return ScriptLanguage(arabic=arabic, persian=persian, urdu=urdu)
