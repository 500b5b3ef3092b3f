"""Numbers in Arabic news text and their values: digits of any script, separators, percentages, number words.

Everything here works on folded text (`service.text.fold_for_metrics`: digits are Western, alef/ya/ta marbuta
folded, no diacritics), so «١٥٪», «15%» and «15 في المئة» are the same percentage and «ثلاثة»، «ثلاث» and
«الثالث» are all 3. A mention has a set of readings (`1.500` may be 1.5 or 1500); it is supported when one of
them is a value the article mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Iterable, NamedTuple

from service.text import fold_word

UNIT, TEN, HUNDRED, MULTIPLIER, VAGUE, ORDINAL = "unit", "ten", "hundred", "multiplier", "vague", "ordinal"
# Word forms of 1 and 2 (واحد، الثاني، اثنين) are too often not quantities (أحد المسؤولين، كانون الثاني، ثاني
# أكسيد): they count as article values but are never findings themselves.
UNCHECKED_WORD_VALUES: Final = frozenset({1.0, 2.0})

_UNITS: Final = {
    1: "واحد واحده احد احدي", 2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي", 3: "ثلاث ثلاثه",
    4: "اربع اربعه", 5: "خمس خمسه", 6: "ست سته", 7: "سبع سبعه", 8: "ثمان ثماني ثمانيه", 9: "تسع تسعه",
    10: "عشر عشره",
}
_TENS: Final = {20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين", 60: "ستون ستين",
                70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين"}
_HUNDREDS: Final = {100: "مئه مائه", 200: "مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي"}
_MULTIPLIERS = {1000: "الف الفا", 2000: "الفان الفين الفي", 10**6: "مليون مليونا",
                2 * 10**6: "مليونان مليونين مليوني", 10**9: "مليار مليارا بليون", 2 * 10**9: "ملياران مليارين ملياري"}
_VAGUE: Final = {10: "عشرات", 100: "مئات", 1000: "الاف", 10**6: "ملايين", 10**9: "مليارات"}
_ORDINALS: Final = {1: "اول اولي", 2: "ثاني ثانيه", 3: "ثالث ثالثه", 4: "رابع رابعه", 5: "خامس خامسه", 6: "سادس سادسه",
                    7: "سابع سابعه", 8: "ثامن ثامنه", 9: "تاسع تاسعه", 10: "عاشر عاشره"}
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل")
_NO_ARTICLE: Final = frozenset({"ست", "سته", "ستون", "ستين"})  # الست is «the lady» far more often than «the six»
# Words that multiply a number written in digits: 300 ألف، 1.5 مليون، 5 آلاف.
_SCALES: Final = {"الف": 1e3, "الفا": 1e3, "الاف": 1e3, "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6, "مليار": 1e9,
                  "مليارا": 1e9, "مليارات": 1e9, "بليون": 1e9}
_DUALS: Final = frozenset({2e3, 2e6, 2e9})


def _base_forms() -> dict[str, tuple[str, float]]:
    forms: dict[str, tuple[str, float]] = {}
    for kind, table in ((UNIT, _UNITS), (TEN, _TENS), (HUNDRED, _HUNDREDS), (MULTIPLIER, _MULTIPLIERS),
                        (VAGUE, _VAGUE), (ORDINAL, _ORDINALS)):
        for value, words in table.items():
            forms.update({word: (kind, float(value)) for word in words.split()})
    for unit in range(3, 10):  # ثلاثمئة، خمسمائة ...
        stem = "ثمان" if unit == 8 else _UNITS[unit].split()[0]
        forms.update({stem + hundred: (UNIT, unit * 100.0) for hundred in ("مئه", "مائه")})
    return forms


def _with_proclitics(forms: dict[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
    return {prefix + word: entry for word, entry in forms.items() for prefix in _PROCLITICS
            if word not in _NO_ARTICLE or not prefix.endswith(("ال", "لل"))}


NUMBER_WORDS: Final = _with_proclitics(_base_forms())
NUMBER_WORD_SET: Final = frozenset(NUMBER_WORDS)
_ALWAYS_UNCHECKED: Final = frozenset(word for word, (kind, value) in NUMBER_WORDS.items()
                                     if kind in (UNIT, ORDINAL) and value in UNCHECKED_WORD_VALUES)

# Digits are Western after folding; a plain ASCII class keeps this scan several times faster than \d with
# lookarounds (the boundaries are checked on the few matches instead).
_DIGITS: Final = re.compile(r"[0-9][0-9.,٫٬]*")
_GLUED: Final = frozenset("0123456789.,٫٬") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PERCENT_AFTER: Final = re.compile(r"\s*(?:[%٪]|(?:في|ب)\s?(?:ال)?(?:مئه|مائه)(?!\w))")
_PERCENT_BEFORE: Final = re.compile(r"[%٪]\s*$")
_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
_WORD: Final = re.compile(r"[^\W_]+")
_ANY_DIGIT: Final = re.compile(r"[0-9]")


class NumberMention(NamedTuple):
    """A number as written (`start:end` of the folded text) and what it may mean."""

    start: int
    end: int
    readings: frozenset[float]
    percent: bool = False
    vague: bool = False  # عشرات، مئات، آلاف ... without a count: an order of magnitude
    checked: bool = True


def is_number_word(word: str) -> bool:
    """Whether a written word is a number word (with its clitics).

    >>> is_number_word("بثلاثة"), is_number_word("الآلاف"), is_number_word("الثلاثاء")
    (True, True, False)
    """
    return fold_word(word) in NUMBER_WORD_SET


def _round(value: float) -> float:
    return round(value, 6)


def digit_readings(digits: str) -> frozenset[float]:
    """Values a digit string may have: `1,500` is 1500; `1.5` is 1.5; `1.500` is either.

    >>> sorted(digit_readings("1.500")), sorted(digit_readings("2,5")), sorted(digit_readings("12٬000"))
    ([1.5, 1500.0], [2.5], [12000.0])
    """
    if digits.isdigit():
        return frozenset({float(digits)})
    groups = re.split(r"[.,٫٬]", digits)
    separators = set(re.findall(r"[.,٫٬]", digits))
    readings: set[float] = set()
    if len(separators) == 1 and all(len(group) == 3 for group in groups[1:]) and separators != {"٫"}:
        readings.add(float("".join(groups)))
    if len(groups) == 2 and separators != {"٬"}:
        readings.add(_round(float(f"{groups[0]}.{groups[1]}")))
    return frozenset(readings or {float(group) for group in groups})  # a date such as 15.3.2018


def _scale_after(folded: str, end: int) -> tuple[float, int]:
    """A scale word right after digits (300 ألف، 1.5 مليون): (factor, where it ends), else (1, end)."""
    match = _NEXT_WORD.match(folded, end)
    if match and match.group(1) in _SCALES:
        return _SCALES[match.group(1)], match.end()
    return 1.0, end


def _is_percent(folded: str, start: int, end: int) -> tuple[bool, int]:
    after = _PERCENT_AFTER.match(folded, end)
    if after:
        return True, after.end()
    return _PERCENT_BEFORE.search(folded, max(0, start - 3), start) is not None, end


def digit_mentions(folded: str) -> list[NumberMention]:
    """Numbers written with digits, with a following multiplier and percent sign or words.

    >>> from service.text import fold_for_metrics
    >>> [(m.readings, m.percent) for m in digit_mentions(fold_for_metrics("ارتفع ١٥٪ و300 ألف و2.5 في المئة"))]
    [(frozenset({15.0}), True), (frozenset({300000.0}), False), (frozenset({2.5}), True)]
    """
    mentions = []
    for match in _DIGITS.finditer(folded):
        digits = match.group().rstrip(".,٫٬")
        start, end = match.start(), match.start() + len(digits)
        following = folded[end:end + 1]
        if folded[start - 1:start] in _GLUED and start or following.isascii() and following.isalpha():
            continue  # G20, COVID19x: part of a name
        factor, end = _scale_after(folded, end)
        percent, end = _is_percent(folded, start, end)
        readings = frozenset(_round(value * factor) for value in digit_readings(digits))
        mentions.append(NumberMention(start, end, readings, percent))
    return mentions


def _run_value(entries: list[tuple[str, float]]) -> tuple[float, bool]:
    """The value of consecutive number words (ثلاثة آلاف، مئة وخمسين، خمسة عشر); (value, vague)."""
    total = current = 0.0
    vague = False
    for kind, value in entries:
        if kind in (MULTIPLIER, VAGUE) and value >= 1000:
            vague = vague or (kind == VAGUE and not current and not total)
            factor = value / 2 if kind == MULTIPLIER and value in _DUALS and current else value
            total += (current or 1.0) * factor
            current = 0.0
        elif kind == HUNDRED and 3 <= current <= 9:
            current *= value
        elif kind == VAGUE:
            vague, current = True, current + value
        else:
            current += value
    return total + current, vague


def _whole_word_places(folded: str, word: str) -> list[int]:
    places = []
    start = folded.find(word)
    while start >= 0:
        if not folded[start - 1:start].isalnum() and not folded[start + len(word):start + len(word) + 1].isalnum():
            places.append(start)
        start = folded.find(word, start + 1)
    return places


def word_mentions(folded: str, hits: set[str] | frozenset[str] | None = None) -> list[NumberMention]:
    """Numbers written in words; consecutive number words (and «و» joining them) make one number. Only the
    number words are looked at (`hits`, the text's number words, when known): their places are found with
    `str.find`.

    >>> from service.text import fold_for_metrics
    >>> text = fold_for_metrics("قتل ثلاثة آلاف شخص ومئة وخمسون جريحا وعشرات المفقودين للمرة الرابعة")
    >>> [(m.readings, m.vague) for m in word_mentions(text)]
    [(frozenset({3000.0}), False), (frozenset({150.0}), False), (frozenset({10.0}), True), (frozenset({4.0}), False)]
    """
    hits = NUMBER_WORD_SET.intersection(_WORD.findall(folded)) if hits is None else hits
    places = sorted((start, start + len(word), NUMBER_WORDS[word]) for word in hits
                    for start in _whole_word_places(folded, word))
    mentions: list[NumberMention] = []
    run: list[tuple[str, float]] = []
    start = end = 0
    for place, place_end, entry in places:
        joined = folded[end:place].strip() in ("", "و") and run and run[-1][0] != ORDINAL and entry[0] != ORDINAL
        if run and not joined:
            mentions.append(_word_mention(folded, start, end, run))
            run = []
        if not run:
            start = place
        run.append(entry)
        end = place_end
    if run:
        mentions.append(_word_mention(folded, start, end, run))
    return mentions


def _word_mention(folded: str, start: int, end: int, run: list[tuple[str, float]]) -> NumberMention:
    value, vague = _run_value(run)
    percent, end = _is_percent(folded, start, end)
    checked = len(run) > 1 or value not in UNCHECKED_WORD_VALUES
    return NumberMention(start, end, frozenset({_round(value)}), percent, vague, checked)


def number_mentions(folded: str, words: Iterable[str] | None = None) -> list[NumberMention]:
    """All numbers of a folded text, in order of position. With the text's words given (an output), number
    words that are never checked alone (الأول، الثاني) are not looked for unless other number words are there."""
    mentions = digit_mentions(folded) if _ANY_DIGIT.search(folded) else []
    hits = NUMBER_WORD_SET.intersection(_WORD.findall(folded) if words is None else words)
    if words is None or not _ALWAYS_UNCHECKED.issuperset(hits):
        taken = [(mention.start, mention.end) for mention in mentions]  # 15 في المئة، 300 ألف
        mentions.extend(mention for mention in word_mentions(folded, hits)
                        if not any(start <= mention.start < end for start, end in taken))
        mentions.sort(key=lambda mention: mention.start)
    return mentions


@dataclass(frozen=True)
class NumberIndex:
    """The values an article mentions: plain, as percentages, and the orders of magnitude of vague quantities."""

    values: frozenset[float]
    percents: frozenset[float]
    magnitudes: frozenset[float]

    @classmethod
    def of(cls, folded: str) -> NumberIndex:
        mentions = number_mentions(folded)
        values = frozenset(value for mention in mentions for value in mention.readings)
        percents = frozenset(value for mention in mentions if mention.percent for value in mention.readings)
        magnitudes = frozenset(value for mention in mentions if mention.vague for value in mention.readings)
        return cls(values, percents, magnitudes)

    def supports(self, mention: NumberMention) -> bool:
        """A percentage needs the same percentage; a vague quantity (عشرات) the same word or a number of its
        order (20-999 for tens); any other number needs its value anywhere in the article."""
        if not mention.checked:
            return True
        if mention.vague:
            return bool(mention.readings & self.magnitudes) or any(
                2 * magnitude <= value < 100 * magnitude for magnitude in mention.readings for value in self.values)
        pool = self.percents if mention.percent else self.values
        return bool(mention.readings & pool)
