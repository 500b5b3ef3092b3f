"""Quotation marks and brackets: which do not pair up in a text, the text without those alone, marks glued to
words, and the words a short quotation holds."""

from __future__ import annotations

import re
from typing import Final

PAIRED_MARKS: tuple[tuple[str, str], ...] = (("\"", "\""), ("«", "»"), ("“", "”"), ("(", ")"))
OPENING_QUOTES, CLOSING_QUOTES = "«\"“", "»\"”"
_QUOTE_OPENING: Final = re.compile(f"[{OPENING_QUOTES}]")


def unbalanced_pairs(text: str) -> list[tuple[str, str]]:
    """The quotation marks and brackets that open in the text without closing, or close without opening.

    >>> unbalanced_pairs('قال "نحن مستعدون'), unbalanced_pairs("وكالة «رويترز»")
    ([('"', '"')], [])
    """
    return [(opening, closing) for opening, closing in PAIRED_MARKS
            if (text.count(opening) % 2 if opening == closing else not _nested(text, opening, closing))]


def _nested(text: str, opening: str, closing: str) -> bool:
    """Whether every closing mark closes an opening one before it, and every opening one is closed.

    >>> _nested("(أ) (ب)", "(", ")"), _nested("أ) (ب", "(", ")")
    (True, False)
    """
    if closing not in text or opening not in text:
        return opening not in text and closing not in text
    depth = 0
    for character in text:
        depth += (character == opening) - (character == closing)
        if depth < 0:
            return False
    return depth == 0


def without_unbalanced(text: str) -> str:
    """The text less the quotation marks and brackets that do not pair up, the pairs that do kept: a straight
    quote opened last and left open goes (any other odd straight quotes all go: which pair is unsure); a closing
    bracket without an opening one, or an opening left open, goes.

    >>> without_unbalanced('قال ل "الاقتصادية" مسؤول: "إنه من المتوقع')
    'قال ل "الاقتصادية" مسؤول: إنه من المتوقع'
    >>> without_unbalanced('حساب " الرئيس لشركة "غوغل" الجديد')
    'حساب  الرئيس لشركة غوغل الجديد'
    >>> without_unbalanced("الصاروخ) أطلق من «الجبهة «الشمالية»")
    'الصاروخ أطلق من الجبهة «الشمالية»'
    """
    for opening, closing in unbalanced_pairs(text):
        if opening == closing:
            last = text.rfind(opening)
            shorter = text[:last] + text[last + 1:]
            text = shorter if _paired_straight(shorter, opening) else text.replace(opening, "")
            continue
        kept: list[str] = []
        open_at: list[int] = []
        for character in text:
            if character == closing and not open_at:
                continue
            if character == opening:
                open_at.append(len(kept))
            elif character == closing:
                open_at.pop()
            kept.append(character)
        left_open = set(open_at)  # one pass, however many stay open
        text = "".join(character for index, character in enumerate(kept) if index not in left_open)
    return text


def _paired_straight(text: str, mark: str) -> bool:
    """Whether the straight quotes of a text alternate as openings (a word follows) and closings (a word before)."""
    for number, index in enumerate(i for i, character in enumerate(text) if character == mark):
        neighbour = text[index + 1:index + 2] if number % 2 == 0 else text[index - 1:index]
        if not neighbour or neighbour.isspace():
            return False
    return True


# بيان"الكثير, not و"حدد (a clitic on its word); the mark first, then the two letters before it: the regex
# engine then scans for the mark alone
_GLUED_OPENING: Final = re.compile(r'([(«“]|"(?=\w))(?<=\w\w.)')
_GLUED_CLOSING: Final = re.compile(r"([)»”](?:[-–—]+(?=[^\W\d_]))?)(?=\w)")  # «(CNN)--بعد»: the agency's dashes too
_GLUE_MARK: Final = re.compile("[(«“\")»”:،,]")
# «جازان:أغلقت», «علي،استقالته», «الحديثة,عملية»; not «18:00», «1,6»
_GLUED_COLON: Final = re.compile(r"(?<=[^\W\d_]) ?([:،,])(?=[\"«“]?[^\W\d_])")
_QUOTE_AFTER_COMMA: Final = re.compile(r'(?<=[^\W\d_][:،,])(["«“])\s+(?=[^\W\d_])')  # «أزعور،" ليس» opens on «ليس»
# What each of the two can match at all, with the mark first: the regex engine scans for the mark alone, where
# their lookbehinds would be tried at every position (most sentences have neither)
_COLON_BEFORE_WORD: Final = re.compile(r'[:،,]["«“]?[^\W\d_]')
_COMMA_QUOTE_SPACE: Final = re.compile(r'[:،,]["«“]\s')


def unglue(sentence: str) -> str:
    """A bracket or quote glued to a word of another unit becomes a word boundary, so the unit can be dropped
    alone; a quote after a lone clitic letter stays on its word; a colon or comma between two words ends the first.

    >>> unglue('قال في بيان"الكثير خطوات (لحماية المزارعين)كما و"حدد')
    'قال في بيان "الكثير خطوات (لحماية المزارعين) كما و"حدد'
    >>> unglue("سبق-جازان:أغلقت الجهات المعنية المحطة الساعة 18:00")
    'سبق-جازان: أغلقت الجهات المعنية المحطة الساعة 18:00'
    >>> unglue('قال أمام المجلس :"سنواصل العمل"'), unglue("أعلن السياسي خالد علي،استقالته")
    ('قال أمام المجلس: "سنواصل العمل"', 'أعلن السياسي خالد علي، استقالته')
    >>> unglue("أحبط رجال الجمارك بمنفذ الحديثة,عملية تهريب بقيمة 1,6 مليون")
    'أحبط رجال الجمارك بمنفذ الحديثة, عملية تهريب بقيمة 1,6 مليون'
    >>> unglue('قال المدير، جهاد أزعور،" ليس هناك حاجة"'), unglue('عبّر عن "بالغ القلق،" ذاكراً')
    ('قال المدير، جهاد أزعور، "ليس هناك حاجة"', 'عبّر عن "بالغ القلق،" ذاكراً')
    >>> unglue("(CNN)--بعد مرور 15 عاما، أظهر استطلاع"), unglue("في الفترة (2015)-2018")
    ('(CNN)-- بعد مرور 15 عاما، أظهر استطلاع', 'في الفترة (2015)-2018')
    """
    if _GLUE_MARK.search(sentence) is None:
        return sentence
    if _COMMA_QUOTE_SPACE.search(sentence) is not None:
        sentence = _opening_quotes_apart(sentence)
    sentence = _GLUED_CLOSING.sub(r"\1 ", _GLUED_OPENING.sub(r" \1", sentence))
    return _GLUED_COLON.sub(r"\1 ", sentence) if _COLON_BEFORE_WORD.search(sentence) is not None else sentence


def _opening_quotes_apart(sentence: str) -> str:
    """Each quote mark glued after a comma and before a space moved onto the next word when it opens a quotation
    (an even count of «"» before it); one that closes one stays («... في اوروبا،" ذاكراً»). One pass, the count
    carried along."""
    parts: list[str] = []
    last = quotes = 0
    for match in _QUOTE_AFTER_COMMA.finditer(sentence):
        quotes += sentence.count('"', last, match.start())
        mark = match.group(1)
        parts += [sentence[last:match.start()], " " + mark if mark != '"' or quotes % 2 == 0 else match.group()]
        quotes += mark == '"'
        last = match.end()
    return "".join(parts) + sentence[last:] if parts else sentence


def quoted_words(words: tuple[str, ...]) -> list[bool]:
    """Whether each word is inside a short quotation (no chunk boundary there)."""
    inside = [False] * len(words)
    if _QUOTE_OPENING.search(" ".join(words)) is None:
        return inside  # no word opens a quotation
    opening = None
    for index, word in enumerate(words):
        closes = _closes_quote(word)
        if opening is None and _opens_quote(word, closes):
            opening = index
        elif opening is not None and closes:
            if index - opening < 8:
                for inner in range(opening + 1, index + 1):
                    inside[inner] = True
            opening = None
    return inside


def quotation_cuts(words: tuple[str, ...]) -> list[int]:
    """For each word, how many words of a quotation that closes later (or that a comma or colon introduced, which
    may close in the next sentence) stopping after it keeps (0: it cuts none): «قال الإمام: "قتل المصلين غرسة |
    ..."» keeps 3, a fragment shown as if it were all that was said. One pass each way.

    >>> quotation_cuts(tuple('قال الإمام: "قتل المصلين غرسة شر" وطالب بالعقاب'.split()))
    [0, 0, 1, 2, 3, 0, 0, 0]
    """
    if _QUOTE_OPENING.search(" ".join(words)) is None:
        return [0] * len(words)  # no word opens a quotation
    closed_later = [False] * (len(words) + 1)  # whether a closing mark comes after each word
    for index in range(len(words) - 1, -1, -1):
        closed_later[index] = closed_later[index + 1] or _closes_quote(words[index])
    cuts, opened, introduced = [], None, False
    for index, word in enumerate(words):
        closes = _closes_quote(word)
        if opened is None and _opens_quote(word, closes):
            opened, introduced = index, index > 0 and words[index - 1].endswith(("،", ",", ":"))
        elif opened is not None and closes:
            opened = None
        cuts.append(index - opened + 1 if opened is not None and (closed_later[index + 1] or introduced) else 0)
    return cuts


# Words before a colon that opens a list («طفلين هما: إيزابيلا، ... وكونور»; «وهم كل من: ...»)
LIST_INTRODUCERS: Final = frozenset("هم هما هي هو وهم وهما وهي من التالي التاليه يلي".split())


def listed_from(words: tuple[str, ...], keys: tuple[str, ...]) -> int:
    """The first word of a list that a colon opens after «هما», «هم» or «كل من», or past the sentence's end when
    none does: an output that stops inside the list names only some of its items («تبنيا طفلين هما: إيزابيلا»).

    >>> words = tuple("تبنيا طفلين هما: إيزابيلا، وكونور".split())
    >>> listed_from(words, tuple(word.strip(":،") for word in words))
    3
    """
    return next((index + 1 for index, (word, key) in enumerate(zip(words, keys, strict=True))
                 if word.endswith(":") and key in LIST_INTRODUCERS), len(words) + 1)


def _closes_quote(word: str) -> bool:
    return word.rstrip("،,.:؛")[-1:] in CLOSING_QUOTES


def _opens_quote(word: str, closes: bool) -> bool:
    """Whether a word opens a quotation (one that also `closes` is a quoted word alone, «"الشباب"», unless it is
    the mark alone)."""
    return word[:1] in OPENING_QUOTES and not (closes and len(word) > 1)


def unquoted_keys(words: tuple[str, ...], keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of the words outside quotation marks: «مؤسسة «سميثسونيان»» is a body and its name, not a person.

    >>> unquoted_keys(("مؤسسة", "«سميثسونيان»"), ("مؤسسه", "سميثسونيان"))
    ('مؤسسه',)
    >>> unquoted_keys(('"مركز', 'الفكر"', "العربي"), ("مركز", "الفكر", "العربي"))
    ('العربي',)
    """
    kept, inside = [], False
    for word, key in zip(words, keys, strict=True):
        opens, closes = word[:1] in OPENING_QUOTES, word.rstrip("،,.")[-1:] in CLOSING_QUOTES
        if not (inside or opens):
            kept.append(key)
        inside = (inside or opens) and not (closes and (inside or len(word) > 1))
    return tuple(kept)
