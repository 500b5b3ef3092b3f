"""Sentence compression into headline style: drop datelines, attribution, time words, asides and tails."""

from __future__ import annotations

import re
from typing import Callable

from service.faithfulness.numbers import is_number_word

HEADLINE_MIN_WORDS = 6
HEADLINE_MAX_WORDS = 14
CUT_WINDOW = 3  # cut at a clause or phrase boundary only this close to the word limit

_DAYS = "(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
_SAY_VERBS = (
    "(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت|أوضح|أوضحت|أشار|أشارت|صرح|صرحت|رأى|رأت|اعتبر|اعتبرت"
    "|توقع|توقعت|يتوقع|تتوقع|يرى|ترى|يقول|تقول|يؤكد|تؤكد|يقدر|تقدر|أضاف|أضافت|نقلت|نقل|أفادت|زعم|زعمت|أبلغ|أبلغت|حذر|حذرت|شدد|شددت)"
)
_PATTERNS: dict[str, re.Pattern[str]] = {
    "aside": re.compile(r"\s*[(\[][^()\[\]]{0,120}[)\]]"),
    "dateline": re.compile(r"^(?:[^\s.،:!؟?]+\s+){0,4}[^\s.،:!؟?]+\s*[-–—]+\s*(?:[^\s.،:!؟?]+\s*[-–—:]\s*)?"),
    "opener": re.compile(
        r"^(?:و|ف)?(?:من جهته|من جهتها|من جانبه|من جانبها|في غضون ذلك|إلى ذلك|في سياق متصل|في هذا السياق|"
        r"في الوقت نفسه|بدوره|بدورها|كما|وقد|قد|هذا|يذكر أن|يشار إلى أن|الجدير بالذكر أن)\s*،?\s+"
    ),
    "time": re.compile(
        rf"\s*،?\s*(?:(?:في\s+)?(?:ظهر|مساء|صباح|عصر|ليل|فجر)\s+)?(?:(?:اليوم|أمس|يوم)\s+)?{_DAYS}"
        r"(?:\s+(?:الماضي|المقبل|القادم))?(?=[\s،.]|$)\s*،?"
        r"|\s*،?\s*(?:(?:في\s+)?(?:ظهر|مساء|صباح|عصر|ليل|فجر)\s+)?(?:اليوم|أمس|الليلة)(?=[\s،.]|$)\s*،?"
    ),
    "attribution_lead": re.compile(
        rf"^(?:و|ف)?{_SAY_VERBS}\s+(?P<who>[^،.:]{{2,80}}?)\s*،?\s+(?:إن|أن|بأن|إنه|أنه|إنها|أنها|إنهم|أنهم)\s+"
    ),
    "attribution_tail": re.compile(
        r"\s*،?\s*(?:بحسب|حسب|حسبما|وفق|وفقا\s+ل\S*|نقلا\s+عن|على\s+ما)\s+[^،.]{0,80}$"
    ),
    "conjunction": re.compile(r"^[وف](?=[أتين][^\s]{2,})"),
    "tail": re.compile(
        r"\s*،?\s+(?:وذلك|حيث|مشيرا|مشيرة|مؤكدا|مؤكدة|موضحا|موضحة|مضيفا|مضيفة|لافتا|لافتة|معتبرا|معتبرة|"
        r"في حين|بينما|وسط|في إطار|على خلفية|الأمر الذي|ما أدى|مما|وهو ما|وهي|وهو)\s.*$"
    ),
}
_TRAILING_FUNCTION_WORDS = frozenset(
    "في على من إلى عن مع أن إن أو ثم الذي التي الذين و بعد قبل خلال حتى عند بين منذ ضد نحو بنحو حوالي قرابة لدى حول ما لا "
    "لم لن قد".split()
)
_PHRASE_STARTS = frozenset("في على من إلى عن مع بعد قبل خلال حتى عند بين منذ ضد نحو لدى حول عبر داخل خارج وسط".split())
_NUMBER = re.compile(r"^\d[\d.,٫٬%٪ر]*$")  # 5.5، 15%، 13ر2 (a decimal in Egyptian and Saudi papers)
_TRAILING_PUNCT = " .,،؛;:!?؟…-–—"
_LONE_CLITIC = re.compile(r"(?<!\S)([وفبلك])\s+(?=\w)")  # و"حدد -> و حدد -> وحدد


def _drop_attribution_lead(text: str) -> str:
    match = _PATTERNS["attribution_lead"].match(text)
    return text if match is None else f"{match.group('who').strip()}: {text[match.end():]}"


_RULES: list[tuple[str, Callable[[str], str]]] = [
    ("aside", lambda t: _PATTERNS["aside"].sub(" ", t)),
    ("dateline", lambda t: _PATTERNS["dateline"].sub("", t, count=1)),
    ("opener", lambda t: _PATTERNS["opener"].sub("", t, count=1)),
    ("time", lambda t: _PATTERNS["time"].sub(" ", t)),
    ("attribution_tail", lambda t: _PATTERNS["attribution_tail"].sub("", t)),
    ("attribution_lead", _drop_attribution_lead),
    ("tail", lambda t: _PATTERNS["tail"].sub("", t)),
    ("conjunction", lambda t: _PATTERNS["conjunction"].sub("", t, count=1)),
]


def _tidy(text: str) -> str:
    """Single spaces, no space before punctuation or trailing punctuation, no unpaired quotes (a quote glued
    between two words becomes a space: «قال في بيان"الكثير» must not make one word)."""
    for pair in ('""', "«»", "“”"):
        if text.count(pair[0]) != text.count(pair[1]) or (pair[0] == pair[1] and text.count(pair[0]) % 2):
            text = _LONE_CLITIC.sub(r"\1", text.replace(pair[0], " ").replace(pair[1], " "))
    return re.sub(r"\s+([،,.:!؟?])", r"\1", re.sub(r"\s+", " ", text)).strip(_TRAILING_PUNCT).strip()


def _cut_to_length(text: str, max_words: int, min_words: int, window: int) -> str:
    """Cut at a clause end or phrase start among the last few allowed words, else at max_words."""
    words = text.split()
    if len(words) <= max_words:
        return text
    earliest = max(min_words, max_words - window)
    clause_end = max((i + 1 for i in range(earliest - 1, max_words) if words[i].endswith(("،", ",", "؛"))),
                     default=None)
    phrase_start = max((i for i in range(earliest, max_words + 1) if words[i] in _PHRASE_STARTS), default=None)
    cut = clause_end or phrase_start or max_words
    while cut > min_words and (words[cut - 1] in _TRAILING_FUNCTION_WORDS or _ends_number(words, cut)):
        cut -= 1
    return " ".join(words[:cut])


def _ends_number(words: list[str], cut: int) -> bool:
    """Whether words[:cut] ends on a number: a cut there may separate it from its scale (عشرات | الآلاف)."""
    last = words[cut - 1].strip(_TRAILING_PUNCT)
    return bool(_NUMBER.match(last)) or is_number_word(last)


def _strip_trailing_function_words(text: str, min_words: int) -> str:
    words = text.split()
    while len(words) > min_words and words[-1].strip(_TRAILING_PUNCT) in _TRAILING_FUNCTION_WORDS:
        words.pop()
    return " ".join(words)


def compress_to_headline(sentence: str, max_words: int = HEADLINE_MAX_WORDS,
                         min_words: int = HEADLINE_MIN_WORDS, cut_window: int = CUT_WINDOW) -> str:
    """Headline-style compression of one sentence, within max_words; a rule that would leave fewer than
    min_words is skipped. An over-long result is cut at a clause end or phrase start within the last
    `cut_window` allowed words (longer headlines score better against editors'; bullets use a wider window).

    >>> compress_to_headline("الرياض - أعلنت وزارة الصحة اليوم الاثنين أن حملة التطعيم ستبدأ الشهر المقبل في جميع المدن، وذلك بعد وصول الشحنة الأولى.")
    'وزارة الصحة: حملة التطعيم ستبدأ الشهر المقبل في جميع المدن'
    """
    text = _tidy(sentence)
    for _name, rule in _RULES:
        candidate = " ".join(rule(text).split())
        if len(candidate.split()) >= min(min_words, len(text.split())):
            text = candidate
    text = _cut_to_length(text, max_words, min_words, cut_window)
    return _tidy(_strip_trailing_function_words(_tidy(text), min_words))
