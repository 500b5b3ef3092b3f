"""Time expressions as news prose writes them: a day, a part of it, a date or both («مساء يوم أمس», «اليوم
الأربعاء 15 فيفري 2017», «31 مايو/ أيار المقبل»), which a compression keeps or drops as one chunk. Words are in
metric-folded form (see `chunks.fold`).
"""

from __future__ import annotations

import re
from typing import Final

_DAYS: Final = frozenset("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split())
_DAY_PARTS: Final = frozenset("صباح مساء ظهر عصر ليل فجر ليله صبيحه عشيه".split())
_DAY_WORDS: Final = frozenset("يوم اليوم امس غدا غد الليله".split())
# Ordinals that date a day with «من» and a month («في الأول من يوليو») or rank («المركز الثالث»): no place; after
# «اليوم» they number the day («في اليوم الأول من زيارته»), which is no time to drop
ORDINALS: Final = frozenset("""
الاول الاولي الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه السادس السادسه السابع السابعه
الثامن الثامنه التاسع التاسعه العاشر العاشره الاخير الاخيره
""".split())
_EVE: Final = ("امس", "الاول")  # «أمس الأول», the day before yesterday: «الأول» alone would read «the first»
_DEMONSTRATIVES: Final = frozenset("هذا هذه ذلك تلك".split())
_TIME_CONSTRUCTS: Final = frozenset("منتصف نهايه بدايه مطلع اواخر اوائل اواسط".split())  # «منتصف الليلة»: one phrase
MONTHS: Final = frozenset("""
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر جانفي فيفري افريل ماي جوان جويليه
اوت كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
""".split())
_MONTH_ORDINALS: Final = frozenset("اول الاول ثاني الثاني".split())
TIME_WORDS: Final = _DAYS | _DAY_PARTS | _DAY_WORDS
_QUANTIFIERS: Final = frozenset("كل نفس ذات طوال طيله".split())  # «في كل | يوم», «ذات | يوم»: one phrase with the day
# not «جريدة "اليوم" | أول أمس»
_NO_TIME_AFTER: Final = _DEMONSTRATIVES | _TIME_CONSTRUCTS | _DAY_PARTS | _QUANTIFIERS | {"يوم"}
RELATIVE_TIME: Final = frozenset("""
الماضي المقبل القادم الفائت الجاري الحالي الماضيه المقبله القادمه الفائته الجاريه الحاليه الفاصله التالي التاليه
المنصرم المنصرمه
""".split())  # «الجمعة الماضية», «في اليوم التالي» are one time expression, feminine too
_PAST: Final = frozenset("الماضي الماضيه الفائت الفائته المنصرم المنصرمه".split())
_NUMERIC_DATE: Final = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:ه|م)?")
_ERAS: Final = frozenset({"ه", "م"})  # «1436 هـ», «2015 م» after a date
# Periods that are a time with «الماضي», «المقبل» («الشهر الماضي»); a year only after «في» («المدير العام الحالي»)
_PERIODS: Final = frozenset("الشهر الاسبوع".split())
_YEARS: Final = frozenset("العام السنه".split())
# Nouns a year's number follows: «منذ العام (2007م)», «في الضفة الغربية سنة 2012»
YEAR_NOUNS: Final = frozenset("عام العام سنه السنه لعام للعام".split())
_GOVERN_PERIODS: Final = frozenset("من منذ حتي خلال قبل بعد طوال طيله".split())
_RECURRING = frozenset(("من", "كل", period) for period in ("عام", "سنه", "شهر", "اسبوع"))  # «... يوليو | من كل عام»
# The words a time expression opens with (or a number)
TIME_STARTS: Final = frozenset({"في", "صباح", "مساء", "اول"}) | _DAY_PARTS | _DAY_WORDS | _DAYS | MONTHS | _PERIODS


def time_span(keys: tuple[str, ...], start: int) -> int:
    """Length of a time expression starting at `start` («يوم الأحد الماضي», «مساء أمس», «16 سبتمبر 2016»,
    «اليوم الأربعاء 15 فيفري 2017»: a day and its date are one), 0 if none. Only a word of `TIME_STARTS` or a
    number can open one (`chunks._body_chunks` asks only there).

    >>> time_span(tuple("يكون طقس اليوم الاربعاء 15 فيفري 2017 مغيما".split()), 2)
    5
    >>> time_span(tuple("شرعت تركيا يوم 20 يناير الماضي في حملة".split()), 2)
    4
    >>> time_span(tuple("بدأت يوم امس اجتماعاتها".split()), 1), time_span(tuple("حذر الجمعه الماضيه من".split()), 1)
    (2, 2)
    >>> time_span(tuple("اختتمت الامانه امس الاول فعالياتها".split()), 2)
    2
    >>> time_span(tuple("استضافت الجريده اول امس وفدا".split()), 2), time_span(tuple("حل اول مره".split()), 1)
    (2, 0)
    >>> time_span(tuple("انطلقت البطوله مساء اول من امس علي".split()), 2)
    4
    >>> time_span(tuple("اكد في اليوم الاول من زيارته".split()), 1), time_span(tuple("ظهيره هذا اليوم".split()), 2)
    (0, 0)
    >>> [time_span(tuple("سقطت بعد منتصف ليل يوم الجمعه".split()), at) for at in (3, 4, 5)]
    [0, 0, 0]
    >>> time_span(tuple("يحتفل النوبيون في 7 يوليو من كل عام باليوم".split()), 2)
    6
    """
    if start > 0 and keys[start - 1] in _NO_TIME_AFTER:
        return 0  # «ظهيرة هذا | اليوم», «من منتصف | الليلة»: the day a word before points at, no time of its own;
        # «منتصف ليل | يوم الجمعة»: the rest of a time that was none
    day = _day_span(keys, start) or _period_span(keys, start)
    if not day:
        span = _date_span(keys, start)
    else:
        span = day + (_date_span(keys, start + day) if start + day < len(keys) and keys[start + day][:1].isdigit()
                      else 0)
    return span + 3 if span and keys[start + span:start + span + 3] in _RECURRING else span


def _date_span(keys: tuple[str, ...], start: int) -> int:
    index = start + (keys[start] == "في" and start + 1 < len(keys))
    numeric = _numeric_date_span(keys, index)
    if numeric:
        return index + numeric - start
    day = index < len(keys) and keys[index].isdigit()
    index += day
    if index >= len(keys) or keys[index] not in MONTHS:
        return 0
    index += 1 + (index + 1 < len(keys) and keys[index + 1] in MONTHS)  # «7 يوليو/ تموز»: the month's two names
    if index < len(keys) and keys[index - 1] in ("تشرين", "كانون") and keys[index] in _MONTH_ORDINALS:
        index += 1  # «تشرين الأول»
    year = index < len(keys) and keys[index].isdigit()
    if not (day or year):
        return 0
    index += year
    return index + (index < len(keys) and keys[index] in RELATIVE_TIME) - start  # «31 مايو/ أيار المقبل»


def _numeric_date_span(keys: tuple[str, ...], start: int) -> int:
    """Length of a date written in figures at `start`, with its era letter: «22/10/1436هـ», «22 / 10 / 1436»
    (the slashes apart fold to empty keys), «2015-08-11»; 0 if none.

    >>> _numeric_date_span(("22", "", "10", "", "1436", "ه"), 0), _numeric_date_span(("22/10/1436ه",), 0)
    (6, 1)
    >>> _numeric_date_span(("22", "", "10", "شخصا"), 0)
    0
    """
    if start < len(keys) and _NUMERIC_DATE.fullmatch(keys[start]):
        end = start + 1
    elif [key.isdigit() for key in keys[start:start + 5]] == [True, False, True, False, True] \
            and keys[start + 1] == keys[start + 3] == "":
        end = start + 5
    else:
        return 0
    return end + (end < len(keys) and keys[end] in _ERAS) - start


def conjoined_time_span(keys: tuple[str, ...], index: int) -> int:
    """Length of a time that opens the sentence after «و», 0 if none: «ويوم الخميس الماضي | قال ...», «وأمس |
    أعلن ...» go on with their statement as «يوم الخميس الماضي | قال ...» does.

    >>> conjoined_time_span(tuple("ويوم الخميس الماضي قال الوزير".split()), 0), conjoined_time_span(("وفيه", "قال"), 0)
    (3, 0)
    """
    key = keys[index]
    if key[:1] != "و" or key[1:] not in TIME_STARTS:
        return 0
    return time_span((key[1:], *keys[index + 1:index + 8]), 0)


def _period_span(keys: tuple[str, ...], start: int) -> int:
    """Length of «الشهر الماضي», «في الأسبوع المقبل», «في العام الماضي», 0 for any other words.

    >>> [_period_span(tuple(text.split()), 0) for text in ("الشهر الماضي", "في العام الماضي", "العام الحالي")]
    [2, 3, 0]
    """
    at = start + (keys[start] == "في")
    periods = _PERIODS | _YEARS if at > start else _PERIODS
    if start > 0 and keys[start - 1] in _GOVERN_PERIODS:
        return 0  # «اعتبارا من | الشهر المقبل»: the preposition's, kept with it
    if at + 1 < len(keys) and keys[at] in periods and keys[at + 1] in RELATIVE_TIME:
        return at + 2 - start
    return 0


def _day_span(keys: tuple[str, ...], start: int) -> int:
    index = start
    if index < len(keys) and keys[index] in ("في", "صباح", "مساء") and index + 1 < len(keys):
        index += keys[index] == "في"
    if index < len(keys) and keys[index] in _DAY_PARTS:
        index += 1
    # «أول أمس», «أول من أمس», the day before yesterday: «أمس» alone would leave «أول»
    eve = 2 if keys[index:index + 3] == ("اول", "من", "امس") else int(keys[index:index + 2] == ("اول", "امس"))
    index += eve
    anchored = False
    while index < len(keys) and keys[index] in _DAY_WORDS and index - start - eve < 3:  # «مساء يوم أمس»
        index, anchored = index + 1, True
    if index < len(keys) and keys[index] in _DAYS:
        index, anchored = index + 1, True
    if anchored and index < len(keys) and (keys[index] in RELATIVE_TIME or keys[index - 1:index + 1] == _EVE):
        index += 1  # «الجمعة الماضية», «أمس الأول» (the day before yesterday)
    elif anchored and index < len(keys) and keys[index - 1] == "اليوم" and keys[index] in ORDINALS:
        return 0  # «في اليوم | الأول من زيارته»: the first day, not today
    return index - start if anchored else 0


def past_time_at_end(keys: tuple[str, ...]) -> bool:
    """Whether words end on a time gone by («العام الماضي», «الأسبوع الفائت», «الجمعة الماضية»): a speaker said so
    then («قالت الشركة العام الماضي إنها تواجه أزمة»), and what was said is no news of today without it.

    >>> past_time_at_end(("الشركه", "العام", "الماضي")), past_time_at_end(("الشركه", "العام", "المقبل"))
    (True, False)
    """
    return len(keys) > 1 and keys[-1] in _PAST and keys[-2] in _PERIODS | _YEARS | _DAYS
