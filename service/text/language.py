"""How Arabic a text is: the share of Arabic-script letters, and whether the language is Arabic at all.

Persian and Urdu are written in the same script, so a letter count cannot tell them from Arabic. Their own
letters (پ چ ژ گ, and ٹ ڈ ڑ ں ے ہ for Urdu) and their most frequent words (است، را، از / ہے، کے، میں)
can, weighed against Arabic's (the article ال, في، على، إلى ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from service.text.word_memo import WordMemo

_ARABIC_RANGES: Final = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_LETTER: Final = re.compile(rf"(?=[^\W\d_])[{_ARABIC_RANGES}]")
_ARABIC_SCRIPT: Final = re.compile(rf"[{_ARABIC_RANGES}]")
_NOT_LETTERS: Final = re.compile(r"[\W\d_]+")
_NOT_ARABIC: Final = re.compile(rf"[^{_ARABIC_RANGES}]+")
_SCRIPT_WORD: Final = re.compile(rf"[{_ARABIC_RANGES}]+")

# Only the start of a long text is read: the language of an article shows in its first words.
LANGUAGE_SAMPLE_CHARS: Final = 20_000
MIN_FOREIGN_MARKERS: Final = 3

ARABIC_WORDS: Final = frozenset(
    "في على إلى الى عن أن إن التي الذي الذين هذا هذه ذلك تلك كان كانت قال وقال قالت بعد قبل حيث أو ثم لم لن قد "
    "مع وفي وعلى كما إنه أنه لكن منذ خلال بين".split()
)
_ARTICLE: Final = re.compile("^(?:[وفبكل]?ال|لل)..")
# Persian words in Persian letters, and the distinctive ones also as typed on an Arabic keyboard (ي ك).
PERSIAN_WORDS: Final = frozenset(
    "است را از با این که برای های می شده شد یک آن بود خود تا نیز اما کند کرده دارد شود وی در "
    "اين كه براي هاي يك كند كرده".split()
)
URDU_WORDS: Final = frozenset("ہے ہیں کے کی کا میں اور سے کو نے پر یہ وہ بھی ایک گیا کیا تھا تھے ہو کہ جو".split())
# Letters Arabic does not have. ی ک ھ are left out: Arabic typed on a Persian keyboard uses them for ي ك ه.
PERSIAN_AND_URDU_LETTERS: Final = frozenset("پچژگ")
URDU_LETTERS: Final = frozenset("ٹڈڑںےہۂۓ")
_PERSIAN_KEYBOARD_LETTERS: Final = frozenset("یکھ")
_ARABIC_KEYBOARD: Final = str.maketrans("یکھ", "يكه")
_FIELD_BITS: Final = 32  # per count in a packed profile (`_packed_profile`): no text holds 2**32 letters
_FIELD_MASK: Final = (1 << _FIELD_BITS) - 1


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
    arabic, letters, *_ = _profile(text.split())
    return arabic, letters


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
    return _script_language(_profile(text[:LANGUAGE_SAMPLE_CHARS].split()))


class TextProfile(NamedTuple):
    """What the input gate reads of a text, in one pass over its space-separated words."""

    words: int
    arabic_letters: int
    letters: int
    language: ScriptLanguage


def text_profile(text: str) -> TextProfile:
    """Word count, `count_letters` and `script_language` of a text (one pass when the text is no longer than
    the language sample).

    >>> text_profile("قال الوزير إن الخطة G20 جاهزة")
    TextProfile(words=6, arabic_letters=21, letters=22, language=ScriptLanguage(arabic=4, persian=0, urdu=0))
    """
    words = text.split()
    profile = _profile(words)
    language = script_language(text) if len(text) > LANGUAGE_SAMPLE_CHARS else _script_language(profile)
    return TextProfile(len(words), profile[0], profile[1], language)


def _script_language(profile: tuple[int, ...]) -> ScriptLanguage:
    return ScriptLanguage(arabic=profile[2], persian=profile[3], urdu=profile[4])


def _profile(tokens: list[str]) -> tuple[int, ...]:
    """The sums of the tokens' `_token_profile`s: one lookup per token and one sum, in C, of the packed counts."""
    packed = sum(map(_PACKED_PROFILES.of, tokens))
    return tuple(packed >> (_FIELD_BITS * field) & _FIELD_MASK for field in range(5))


def _packed_profile(token: str) -> int:
    """`_token_profile` as one int, a count every _FIELD_BITS bits (the first lowest): summed, they are the sums.

    >>> _packed_profile("الحكومة") == 7 | 7 << _FIELD_BITS | 1 << 2 * _FIELD_BITS
    True
    """
    packed = 0
    for count in reversed(_token_profile(token)):
        packed = packed << _FIELD_BITS | count
    return packed


_PACKED_PROFILES: Final = WordMemo(_packed_profile)


def _token_profile(token: str) -> tuple[int, int, int, int, int]:
    """(Arabic letters, letters, Arabic, Persian, Urdu markers) of one space-separated token. A token holds
    whole words of the script (no space is a letter or in the Arabic blocks), so a text's counts are the sums
    of its tokens'.

    >>> _token_profile("«الحكومة»"), _token_profile("الحكومة")
    ((7, 7, 1, 0, 0), (7, 7, 1, 0, 0))
    """
    if token.isalpha() and _SCRIPT_WORD.fullmatch(token):  # one word of Arabic letters: most tokens
        return len(token), len(token), *_word_markers(token)
    letters = _NOT_LETTERS.sub("", token)
    arabic = persian = urdu = 0
    for word in _SCRIPT_WORD.findall(token):
        marks = _word_markers(word)
        arabic, persian, urdu = arabic + marks[0], persian + marks[1], urdu + marks[2]
    return len(_NOT_ARABIC.sub("", letters)), len(letters), arabic, persian, urdu


def _word_markers(word: str) -> tuple[int, int, int]:
    """How much one word of the script counts for Arabic, Persian and Urdu.

    >>> _word_markers("الوزير"), _word_markers("است"), _word_markers("ہے")
    ((1, 0, 0), (0, 1, 0), (0, 0, 2))
    """
    arabic = persian = urdu = 0
    if _ARTICLE.match(word) or word in ARABIC_WORDS or (
            not _PERSIAN_KEYBOARD_LETTERS.isdisjoint(word) and word.translate(_ARABIC_KEYBOARD) in ARABIC_WORDS):
        arabic = 1
    elif word in URDU_WORDS:
        urdu = 1
    elif word in PERSIAN_WORDS:
        persian = 1
    elif not PERSIAN_AND_URDU_LETTERS.isdisjoint(word):
        persian = urdu = 1
    if not URDU_LETTERS.isdisjoint(word):
        urdu += 1
    return arabic, persian, urdu
