"""A sentence's leading dateline and openers, which no headline keeps: «الرياض - واس -», «دبي، الإمارات العربية
المتحدة (CNN)--», «هادي آل كليب- سبق- نجران:», and «من جهته،», «في سياق متصل», «يذكر أن», «لذا،».
"""

from __future__ import annotations

import re
from typing import Final

from service.text import strip_diacritics

# «الرياض - واس -», «دبي، الإمارات العربية المتحدة (CNN)—», «لندن - «الشرق الأوسط»:». At most two words before the
# dash unless an agency in brackets follows: «يشهد طريق الرياض - سدير -» is a route; a Latin agency may follow the
# dashes («دبي، الإمارات العربية المتحدة --(CNN)»). Or bylines with the site and city, closed by a colon and
# without numbers («هادي آل كليب- سبق- نجران:», «سعود الدعجاني، ذياب الشمري- سبق- الرياض:»; not a score «1 - 1 -»);
# or a city and its source after a list mark («* واشنطن «الشرق الأوسط»:»); or a credit, a name and the site
# («حاوره : عبدالعزيز العصيمي - سبق :»).
_BYLINE_WORD: Final = r"[^\s.:!؟?\-–—\d]+"  # no number, dash or colon; a word takes its comma: «العتيبي،»
_SITE_WORD: Final = r"[^\s.،:!؟?\-–—\d]+"
_CREDIT: Final = r"(?:حاور(?:ه|ته|ها|هم)|كتب(?:ت)?|تصوير|[إا]عداد|متابعة|ترجمة)\s*:\s*"  # «حاوره : X - سبق :»
_DATELINE: Final = re.compile(r"^(?:\*\s*)?(?:" + _CREDIT + _BYLINE_WORD + r"(?:\s+" + _BYLINE_WORD + r"){0,3}\s*"
                              r"(?:[-–—]\s*" + _SITE_WORD + r"\s*){1,3}:\s*"
                              r"|" + _BYLINE_WORD + r"(?:\s+" + _BYLINE_WORD + r"){0,5}\s*"
                              r"(?:[-–—]\s*" + _SITE_WORD + r"(?:\s+" + _SITE_WORD + r")?\s*){2,4}:\s*"
                              r"|(?<=\*)\s*(?:[^\s.:!؟?«»]+\s+){1,2}«[^«»]{1,25}»\s*:\s*"
                              r"|(?:[^\s.:!؟?]+\s+){0,4}[^\s.،:!؟?]+\s*[-–—]+\s*\([A-Za-z][A-Za-z .]{1,18}\)\s*"
                              r"|(?:(?:[^\s.:!؟?]+\s+)?[^\s.،:!؟?]+\s*(?:\([^()]{1,20}\)\s*)?"
                              r"|(?:[^\s.:!؟?]+\s+){2,4}[^\s.،:!؟?]+\s*\([^()]{1,20}\)\s*)[-–—]+\s*"
                              r"(?:(?:«[^«»]{1,25}»|[^\s.،:!؟?]+)\s*[-–—:]\s*){0,2})")
_OPENER: Final = re.compile(
    r"^(?:و|ف)?(?:من جهته|من جهتها|من جانبه|من جانبها|في غضون ذلك|إلى ذلك|في سياق متصل|في هذا السياق|"
    r"في الوقت نفسه|في الأثناء|بدوره|بدورها|كما|كذلك|يذكر [أا]ن|يشار [إا]لى [أا]ن|"
    r"(?:من )?(?:ال)?جدير (?:بالذكر|ذكره|بالإشارة) [أا]ن|تجدر الإشارة [إا]لى [أا]ن|في سياق آخر|"
    r"على صعيد آخر|من ناحية أخرى|في المقابل|بالتالي|(?:عليه|لذا|لذلك|لهذا|بداية|في البداية|أخيرا|ختاما)\s*،|"
    r"(?:أمنيا|سياسيا|اقتصاديا|ميدانيا|معيشيا|عسكريا|إنسانيا|دبلوماسيا|محليا|دوليا|إقليميا)\u064b?(?=\s*،?\s+\S)|"
    r"(?:جاء|يأتي|ياتي) ذلك(?=\s+(?:في|خلال|بعد|عقب|إثر|اثر|على|وسط|ضمن|فيما|بينما|أثناء|اثناء|مع|حين|عندما|لدى)\s)|"
    r"هذا\s*،|هذا(?=\s+وقد\s)|قد(?=\s+(?!لا\s|لم\s|لن\s|ما\s)[^\sيتن])|"
    r"(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\u064b?\s*[:\-–])"
    r"\s*،?\s+"
)


def prefix_words(sentence: str) -> list[tuple[int, str]]:
    """Word counts of a leading dateline and of leading openers, each as (words, kind)."""
    found: list[tuple[int, str]] = []
    rest = strip_diacritics(sentence)  # «يُذكر أن» opens as «يذكر أن» does; the word counts stay
    dateline = _DATELINE.match(rest)
    if dateline and (dateline.end() == len(rest) or rest[dateline.end() - 1].isspace()):
        found.append((len(dateline.group().split()), "dateline"))
        rest = rest[dateline.end():]
    for _ in range(2):
        opener = _OPENER.match(rest)
        if opener is None:
            break
        found.append((len(opener.group().split()), "opener"))
        rest = rest[opener.end():]
    return found


def strip_prefix(sentence: str) -> str:
    """The sentence without a leading dateline or opener.

    >>> strip_prefix("الرياض - واس - من جهته، أعلن الوزير خطة جديدة.")
    'أعلن الوزير خطة جديدة.'
    >>> strip_prefix("دبي، الإمارات العربية المتحدة --(CNN) أعلن مسؤول أمريكي")
    'أعلن مسؤول أمريكي'
    """
    words = sentence.split()
    drop = sum(size for size, _ in prefix_words(sentence))
    return " ".join(words[drop:]) if drop < len(words) else sentence
