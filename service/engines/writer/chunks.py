"""A sentence as grammatical chunks: the units a headline may keep or drop whole.

A chunk starts at a boundary word (a preposition, a relative pronoun, a complementiser, a tail participle,
a comma, a time expression, a parenthesis) and runs to the next one. The writer never cuts inside a chunk,
so what it keeps are phrases the article wrote, not stray words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from service.engines.writer.marks import CLOSING_QUOTES, OPENING_QUOTES, quoted_words, unglue
from service.engines.writer.prefixes import prefix_words
from service.engines.writer.times import TIME_STARTS, conjoined_time_span, time_span
from service.text import fold_word
from service.text.word_memo import WordMemo

# Word lists in metric-folded form (alef, ya and ta marbuta folded; see `fold`).
PREPOSITIONS: Final = frozenset("""
في علي من الي عن مع خلال بعد قبل حتي عند بين منذ ضد لدي حول عبر داخل خارج امام تحت فوق دون بسبب رغم اثر عقب
حيال بشان بخصوص ضمن جراء مقابل لصالح بحق تجاه ازاء قبيل بحضور برئاسه بمشاركه لدعم بهدف خلف وراء اثناء بمناسبه وفق وسط
""".split())
RELATIVES: Final = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي".split())
DEMONSTRATIVES: Final = frozenset("ذلك هذا هذه تلك هؤلاء".split())
COMPLEMENTISERS: Final = frozenset("""
ان بان لان كي لكي انه انها انهم انهما بانه بانها بانهم لانه لانها
""".split())
TAIL_STARTS: Final = frozenset("""
مشيرا مشيره مؤكدا مؤكده موضحا موضحه مضيفا لافتا لافته معتبرا معتبره منوها منوهه داعيا داعيه مطالبا مطالبه
محذرا محذره مقدما مقدمه مبينا مبينه مشددا مشدده معربا معربه مبديا مبديه معلنا معلنه قائلا قائله مستدركا
مختتما متسائلا مستعرضا مبرزا واصفا واصفه متوقعا متوقعه راجيا راجيه مضيفه ناقلا ناقله مشيرين مؤكدين مطالبين
مضيفين موضحين لافتين منوهين داعين محذرين مشددين معربين معتبرين
وذلك حيث بينما فيما مما كما وهو وهي والتي والذي الامر لكن ولكن لكنه لكنها لكنهم ولكنه ولكنها ولكنهم
""".split())
SPEECH_PARTICIPLES: Final = frozenset(
    "قائلا قائله مضيفا مضيفه موضحا موضحه مشيرا مشيره مؤكدا مؤكده متسائلا متحدثا متحدثه موجها موجهه".split())
SAYING: Final = frozenset("بالقول بقوله بقولها".split())  # «علق اللاعب على ذلك بالقول»: what he said is still to come
NEGATIONS: Final = frozenset("لا لم لن ليس ليست غير ما ولا ولم ولن وليس فلا فلم فلن".split())
EXCEPTIONS: Final = frozenset("الا سوي عدا خلا ماعدا".split())
# Words that open a compound preposition («بالإضافة إلى», «فضلا عن»): the next preposition stays with them.
COMPOUND_PREPOSITIONS: Final = frozenset("""
حسب بحسب حسبما بحسبما بالاضافه اضافه فضلا علاوه بالنسبه استنادا نظرا وفقا طبقا بناء ردا تعليقا قياسا مقارنه
بالتزامن تزامنا بالتوازي انطلاقا بالقرب اعتبارا بالرغم
""".split())
# «فيما تقود القوات معارك ...، ينتظر اليمنيون ...»: a time clause fronted like an adjunct, the statement after it
FRONTED_CLAUSES: Final = frozenset("بينما فيما حين حينما عندما بعدما بمجرد طالما كلما".split())
_FRONTED: Final = PREPOSITIONS | COMPOUND_PREPOSITIONS
_SHORT_PREPOSITIONS: Final = frozenset("في علي من الي عن مع بعد خلال منذ".split())  # «ففي», not «فتحت» (ف + تحت)
CONJUNCTIONS: Final = frozenset("و ف او ام ثم بل لكن ولكن حتي اما انما".split())  # «... وإنما» waits for what follows
# Nouns and particles that cannot end a headline: they need what follows («عدد من», «أكثر من»).
NEEDS_COMPLEMENT: Final = frozenset("""
عدد بعض اكثر اقل جميع كل معظم اغلب مجموعه سلسله نحو حوالي قرابه احد احدي نفس ذات اي غير سوي قد سوف ما لما
مثل كافه عده شتي ابرز اهم اول اخر بقيه باقي تابع تابعه التابع التابعه
كان كانت يكون تكون سيكون ستكون اصبح اصبحت بات باتت ظل ظلت صار صارت
هو هي هم هما نحن انا انت انتم لديه لديها لديهم عنده عندها عندهم
جاء جاءت يتمكن تتمكن قوله قولها قولهم العديد الكثير غره القبض النقاب بما سيما ليقول لتقول ممثله ممثلا بادئ
ثلاث ثلاثه اربع اربعه خمس خمسه سته سبع سبعه ثماني ثمانيه تسع تسعه عشره عشرات مئات الاف ملايين بضع بضعه
مزيد نهايه بدايه مطلع اواخر اوائل يقل تقل وذلك عنوان يدعي تدعي
""".split())
PERCENT_WORDS: Final = frozenset({"المئه", "المائه"})
_GLUED_PERCENT: Final = frozenset("ب" + word for word in PERCENT_WORDS)
_EDGE: Final = re.compile(r"^\W+|\W+$")
_CLAUSE_END: Final = ("،", ",", "؛", ";", ":")


def fold(word: str) -> str:
    """The lookup key of a word of model-normalised text (an Article's): metric-folded, without edge punctuation.

    >>> fold("«الأحد»،")
    'الاحد'
    """
    return _FOLDED.of(word)


_FOLDED: Final = WordMemo(lambda word: _EDGE.sub("", fold_word(word)))


class Chunk(NamedTuple):
    """Words `start:end` of a sentence; `kind` says what began it (a tuple: a sentence has dozens, made often)."""

    start: int
    end: int
    kind: str

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class ChunkedSentence:
    words: tuple[str, ...]
    keys: tuple[str, ...]
    chunks: tuple[Chunk, ...]

    def chunk_at(self, word: int) -> int | None:
        """The index of the chunk that starts at word `word`, or None when that word is inside a chunk (or past
        the last)."""
        return next((index for index, chunk in enumerate(self.chunks) if chunk.start == word), None)

    def has_words(self, chunk: Chunk) -> bool:
        """Whether a chunk holds a word, not only punctuation written apart («، | التي ...», «يوم غد | ، |»)."""
        return any(self.keys[chunk.start:chunk.end])


# Verbs that say nothing without what follows their subject: verbs of being («لا تزال أسعار النفط | مرتفعة»)
# and light verbs («تمكنت الوحدات الأمنية | من إيقاف ...», «قامت الشركة | بتنظيم ...», «ألقت الشرطة | القبض»).
COMPLEMENT_VERBS: Final = frozenset("""
كان كانت بات باتت اصبح اصبحت ظل ظلت صار صارت زال زالت يزال تزال يظل تظل بقي بقيت يعد تعد
تمكن تمكنت امكن قام قامت اقدم اقدمت بلغ بلغت يبلغ تبلغ تجاوز تجاوزت يتجاوز تتجاوز ناهز يناهز جاء جاءت ياتي تاتي
تسبب تسببت ادي ادت اسفر اسفرت ساهم ساهمت اعتقد اعتقدت يعتقد تعتقد القي القت شهد شهدت يشهد تشهد
استطاع استطاعت يستطيع تستطيع حاول حاولت وصف وصفت تولي تولت
""".split())
# Verbs of saying and reporting: one at the end lost what was said («أحد المسؤولين أكد»).
SAY_VERBS: Final = frozenset("""
قال قالت اعلن اعلنت اكد اكدت ذكر ذكرت افاد افادت اوضح اوضحت اشار اشارت صرح صرحت راي رات اعتبر اعتبرت
توقع توقعت اضاف اضافت نقلت نقل زعم زعمت ابلغ ابلغت حذر حذرت شدد شددت كشف كشفت اعترف اعترفت نفي نفت
رجح رجحت كتب كتبت يري تري يقول تقول يؤكد تؤكد يعتبر تعتبر روي روت اردف اردفت ابان ابانت
""".split())
NAME_LINKS: Final = frozenset("بن ابن بنت ابو ابي عبد ال".split())  # «فيصل بن خالد», «محمد آل الشيخ»: a name goes on
# Words that open a subordinate clause: «... واجهوا مشكلة كبيرة إذ» ends before it.
CLAUSE_LINKS: Final = FRONTED_CLAUSES | frozenset("اذ اذا لو حيث كلما".split())
CLITIC_PREPOSITIONS: Final = "بلك"  # the prepositions glued to the next word: «بمنطقة», «للحكومة», «كبديل»
SPACED_PREPOSITIONS: Final = frozenset(CLITIC_PREPOSITIONS)  # apart before a quotation or a bracket: «ب "حموضة"»
DANGLING: Final = PREPOSITIONS | RELATIVES | COMPLEMENTISERS | NEGATIONS | EXCEPTIONS | COMPOUND_PREPOSITIONS | \
    CONJUNCTIONS | NEEDS_COMPLEMENT | CLAUSE_LINKS | SPACED_PREPOSITIONS


def ends_dangling(text: str) -> bool:
    """Whether a headline ends on a word that needs a continuation (a preposition, «أن», «الذي», «عدد»...).

    >>> ends_dangling("الحكومة تعلن عن خطة جديدة"), ends_dangling("الحكومة تعلن عن عدد")
    (False, True)
    >>> ends_dangling("وزير الصحة أكد")  # a speech verb without what was said
    True
    >>> ends_dangling("المصدر أكد أنه وعلى"), ends_dangling("شيع جثمان مظفر بن")  # «و» + «على»; half a name
    (True, True)
    >>> ends_dangling("انقطاع حركة المرور بعدد")  # «ب» + «عدد»: a count still waits for what it counts
    True
    >>> ends_dangling("تحدثت الممثلة عن الفضيحة قائلة:"), ends_dangling("يسري التحول إلى ما أطلق عليه")  # and what
    (True, True)
    """
    words = text.split()
    if not words:
        return False
    last = fold(words[-1])
    bare = last[1:] if last[:1] in "وف" and len(last) > 2 else last
    counted = len(bare) >= 3 and bare[:1] in CLITIC_PREPOSITIONS and bare[1:] in NEEDS_COMPLEMENT  # «بعدد», «بكل»
    return (bare in DANGLING or last in DANGLING or bare in SAY_VERBS or last in SAY_VERBS or bare in NAME_LINKS
            or counted or last in SPEECH_PARTICIPLES or last in SAYING  # was called: «ما أطلق عليه»
            or len(words) > 2 and fold(words[-3]) in ("ما", "بما", "لما", "مما") and last in ("عليه", "عليها", "عليهم"))


_GOVERNORS: Final = NEGATIONS | EXCEPTIONS | PREPOSITIONS | COMPOUND_PREPOSITIONS | NAME_LINKS  # «بن | علي» is a name
_ALL_PREPOSITIONS: Final = PREPOSITIONS | COMPOUND_PREPOSITIONS
# The chunk kind a clause-opening word starts (the first list a word is in wins: relative, complement, tail).
_CLAUSE_OPENERS: Final = {**dict.fromkeys(TAIL_STARTS, "tail"), **dict.fromkeys(COMPLEMENTISERS, "complement"),
                          **dict.fromkeys(RELATIVES, "relative")}


def _boundary_kind(keys: tuple[str, ...], words: tuple[str, ...], index: int) -> str | None:
    key, previous_key = keys[index], keys[index - 1]
    if previous_key in _GOVERNORS:
        return None  # a negation, an exception or a preposition stays with what it governs
    if previous_key[:1].isdigit() and (key in _GLUED_PERCENT or key == "في" and index + 1 < len(keys)
                                       and keys[index + 1] in PERCENT_WORDS):
        return None  # «5.5 في المئة», «20 بالمئة» are a number with its unit
    opened = _CLAUSE_OPENERS.get(key)
    following = keys[index + 1] if index + 1 < len(keys) else ""
    if opened is not None and not (key == "ان" and (following == "ان" or {previous_key, following} <= _LETTERS
                                                    or previous_key == "ان" and _spelled_letter(keys[index - 2]))):
        return opened  # «مون جاي إن | إن ...»: the first «إن» ends the name; «سي إن بي سي», «سي إن إن» are acronyms
    if words[index - 1].endswith(_CLAUSE_END) or key == "قد" and previous_key[:1].isdigit():  # «2013 | قد قتل»
        return "comma"
    if key == "علي" and words[index].endswith("ي") and (previous_key in _NAME_TITLES or previous_key in SAY_VERBS):
        return None  # «رئيس التحرير د. علي النعيمي», «قال علي معلول»: so written after a title or «قال», a name
    building = key == "بناء" and keys[index + 1:index + 2] != ("علي",)  # «بناء المستوطنات»; «بناء على» is «based on»
    imam = key == "امام" and words[index].startswith("إ")  # «إمام جامع ...» leads prayer; «أمام» is «in front of»
    middle = key == "وسط" and previous_key in ("لاعب", "لاعبي", "خط", "منطقه", "بلديه")  # «لاعب وسط»; «وسط» is amid
    return None if words[index] == GOVERNOR or building or imam or middle else _phrase_kind(key)


def _spelled_letter(key: str) -> bool:
    """A Latin letter spelled out, also after a clitic: «سي» and «لسي» in «سي إن إن», «لسي إن إن»."""
    return key in _LETTERS or key[:1] in CLITIC_PREPOSITIONS + "و" and key[1:] in _LETTERS


_CONJOINED: Final = PREPOSITIONS | COMPLEMENTISERS  # «وفي», «وأن»
DASHES: Final = "-–—"
# A prayer after a ruler's name, written without dashes: an aside («الملك سلمان | يحفظه الله، | أمرا بـ...»).
PRAYERS: Final = frozenset("حفظه يحفظه حفظها يحفظها حفظهم يحفظهم رعاه يرعاه رعاها يرعاها ايده يؤيده".split())
MAX_DASH_ASIDE: Final = 4  # words between two dashes: «– حفظه الله –», «- سعودي الجنسية -»
_LETTERS: Final = frozenset("سي بي اي دي تي جي ام اس ار اف يو كي واي زد".split())  # Latin letters: «سي إن بي سي»
_NAME_TITLES: Final = frozenset("د الدكتور الشيخ المهندس السيد الاستاذ الامير الملك اللواء العميد العقيد".split())
GOVERNOR: Final = "والي"  # as written with «ي», the governor («أكد والي تطاوين»), not «وإلى»/«والى», which fold alike


def _phrase_kind(key: str) -> str | None:
    """The chunk kind a word opens by its own shape when no clause opener or comma decides: a preposition, a
    word with a clitic preposition («للحكومة», «بالقرار») or «و» before a preposition or «أن»."""
    if key in _ALL_PREPOSITIONS:
        return "preposition"
    if key.startswith(("لل", "بال", "ولل", "وبال")) and len(key) > 4:
        return "clitic"
    if key[:1] == "و" and key[1:] in _CONJOINED:
        return "conjunction"
    return None


def closed_by_comma(words: tuple[str, ...], end: int) -> bool:
    """Whether the words before `end` close with a comma: «، رياض الكامل،» ends the subject it describes."""
    return words[end - 1].endswith(("،", ","))


def word_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """The folded keys of a sentence's words (`unglue`d and split), as its chunks have them."""
    return tuple(map(fold, words))


class SentenceWords(NamedTuple):
    """A sentence `unglue`d (`text`), its words and their keys: what chunking reads, and what the article's
    word counts read of its first sentences (`features.ArticleContext`), split once for both."""

    text: str
    words: tuple[str, ...]
    keys: tuple[str, ...]


def sentence_words(sentence: str) -> SentenceWords:
    """The sentence `unglue`d and split, with its words' keys.

    >>> sentence_words('قال بيان"الأحد').keys
    ('قال', 'بيان', 'الاحد')
    """
    text = unglue(sentence)
    words = tuple(text.split())
    if words and _QUOTING_VERB_KEYS.intersection(map(fold, words[:2])):
        words = colon_before_quotation(words)
        text = " ".join(words)
    return SentenceWords(text, words, word_keys(words))


# Verbs a quotation follows right after the speaker («قال الوزير "..."»), with or without «و»
QUOTING_VERBS: Final = frozenset("قال قالت يقول تقول اضاف اضافت تابع تابعت".split())  # «أكد "..."» quotes an object
_QUOTING_VERB_KEYS: Final = QUOTING_VERBS | {"و" + verb for verb in QUOTING_VERBS}
MAX_SPEAKER_WORDS: Final = 8
LONG_QUOTATION: Final = 6  # words: a quoted name is shorter («شبكة "إيه إس بي إن" التلفزيونية»)


def colon_before_quotation(words: tuple[str, ...]) -> tuple[str, ...]:
    """A speech verb's speaker followed by a quotation without a colon gets one, as editors write it: the
    quotation marks of a cut quotation are dropped, and what was said must not run on from the speaker.

    >>> " ".join(colon_before_quotation(tuple('وقال البرلمان في بيان "من الضروري اتخاذ التدابير"'.split())))
    'وقال البرلمان في بيان: "من الضروري اتخاذ التدابير"'
    >>> " ".join(colon_before_quotation(tuple('قال رئيس تحرير "الأهرام" إن الصحيفة ستصدر'.split())))
    'قال رئيس تحرير "الأهرام" إن الصحيفة ستصدر'
    """
    for index in range(1, min(len(words), MAX_SPEAKER_WORDS + 2)):
        word = words[index]
        if fold(word) in COMPLEMENTISERS or words[index - 1].endswith((":", "،", ",")):
            return words  # «قال ... إن», a colon or a clause already there
        if word[:1] in OPENING_QUOTES and index > 1 and _speech(words, index):
            return (*words[:index - 1], words[index - 1] + ":", *words[index:])
    return words


def _speech(words: tuple[str, ...], opening: int) -> bool:
    """Whether the quotation opened at word `opening` is what was said, not a name: it is long, it closes where
    the sentence ends («قال صلاح "أنا لا أفكر بنفسي".»), or it does not close; a name is short and the sentence
    goes on after it («صحيفة "ميل أون صنداي"، أن ...»)."""
    for index in range(opening, min(len(words), opening + LONG_QUOTATION)):
        bare = words[index].rstrip("،,.:؛!؟")
        if (index > opening or len(bare) > 1) and bare[-1:] in CLOSING_QUOTES:
            return index == len(words) - 1
    return True


def sentence_key_set(sentence: str) -> frozenset[str]:
    """The keys `chunk_sentence` gives a sentence's words, as a set, without chunking it.

    >>> sorted(sentence_key_set('قال: «الأحد» (واس)- بيان"الكثير'))
    ['الاحد', 'الكثير', 'بيان', 'قال', 'واس']
    """
    return frozenset(map(fold, unglue(sentence).split()))


def chunk_sentence(sentence: str) -> ChunkedSentence:
    """Split a sentence into chunks (linear in its words).

    >>> chunked = chunk_sentence("الرياض - حذرت روسيا يوم الأحد أنصار سسكا قبل الانتقال إلى لندن")
    >>> [(" ".join(chunked.words[c.start:c.end]), c.kind) for c in chunked.chunks]
    [('الرياض -', 'dateline'), ('حذرت روسيا', 'head'), ('يوم الأحد', 'time'), ('أنصار سسكا', 'resume'),
     ('قبل الانتقال', 'preposition'), ('إلى لندن', 'preposition')]
    """
    return chunk_words(sentence_words(sentence))


def chunk_words(sentence: SentenceWords) -> ChunkedSentence:
    """`chunk_sentence` of a sentence already split."""
    words, keys = sentence.words, sentence.keys
    chunks: list[Chunk] = []
    start = 0
    for size, kind in prefix_words(sentence.text):
        chunks.append(Chunk(start, start + size, kind))
        start += size
    if start < len(words):
        chunks.extend(_body_chunks(words, keys, start))
    return ChunkedSentence(words, keys, tuple(chunk for chunk in chunks if chunk.size))


def _body_chunks(words: tuple[str, ...], keys: tuple[str, ...], first: int) -> list[Chunk]:
    quoted = quoted_words(words)
    one_dash_pair = sum(map(_dashed, words)) == 2  # more make a list: «الترجي - شبيبة الشيحية - النجم ...»
    chunks: list[Chunk] = []
    start, kind, index = first, "head", first
    while index < len(words):
        key = keys[index]
        timely = (key in TIME_STARTS or key[:1].isdigit()) and not quoted[index] \
            and words[index][:1] not in OPENING_QUOTES
        # «جريدة "اليوم"» names a paper, not a day
        span = time_span(keys, index) if timely else conjoined_time_span(keys, index) if index == first else 0
        aside = _aside_end(words, index) if words[index].startswith("(") else \
            _dash_aside_end(words, index) if one_dash_pair else _prayer_end(keys, words, index) if index > first else 0
        if span or aside:
            end = index + span if span else aside
            chunks.append(Chunk(start, index, kind))
            chunks.append(Chunk(index, end, "time" if span else "aside"))
            resumed = end < len(words) and _boundary_kind(keys, words, end)
            start, kind, index = end, resumed or "resume", end + 1
            continue
        found = None if index == start or quoted[index] else _boundary_kind(keys, words, index)
        if found is not None:
            chunks.append(Chunk(start, index, kind))
            start, kind = index, found
        index += 1
    if start < len(words):
        chunks.append(Chunk(start, len(words), kind))
    return chunks


def _aside_end(words: tuple[str, ...], index: int) -> int:
    """End (exclusive) of a parenthesis opened at `index`, within 12 words; 0 when it is not closed."""
    for end in range(index, min(len(words), index + 12)):
        if ")" in words[end]:
            return end + 1
    return 0


def _prayer_end(keys: tuple[str, ...], words: tuple[str, ...], index: int) -> int:
    """End (exclusive) of a prayer for a ruler opened at `index` («يحفظه الله»), with a dash left alone after it;
    0 when none opens there.

    >>> _prayer_end(tuple("اصدر الملك يحفظه الله امرا".split()), tuple("أصدر الملك يحفظه الله، أمرا".split()), 2)
    4
    """
    if keys[index] not in PRAYERS or index + 1 >= len(keys) or keys[index + 1] != "الله":
        return 0
    end = index + 2
    return end + 1 if end < len(words) and words[end] in DASHES else end


def _dash_aside_end(words: tuple[str, ...], index: int) -> int:
    """End (exclusive) of an aside between two dashes opened at `index` («آل سعود – حفظه الله – على»), of at most
    MAX_DASH_ASIDE words and no number («1 - 0» is a score), not one word between dashes apart (a list: «طريق الرياض
    - سدير - القصيم»); 0 when none opens there.

    >>> texts = ("الملك – حفظه الله – وافق", "الملك -حفظه الله- وافق", "الرياض - سدير - القصيم", "2 - 1")
    >>> [_dash_aside_end(tuple(text.split()), 1) for text in texts]
    [5, 3, 0, 0]
    """
    word = words[index]
    if word[:1] not in DASHES or (len(word) > 1 and not word[1:2].isalpha()) or index == 0:
        return 0
    for end in range(index + 1, min(len(words), index + MAX_DASH_ASIDE + 2)):
        if any(character.isdigit() for character in words[end]):
            return 0
        if words[end][-1:] in DASHES and (words[end] in DASHES or words[end][:1].isalpha()):
            return 0 if end == index + 2 and word in DASHES and words[end] in DASHES else end + 1  # «جدة - مكة -»
    return 0


def _dashed(word: str) -> bool:
    return word[:1] in DASHES or word[-1:] in DASHES


def fronted(key: str) -> bool:
    """Whether a clause opens with a preposition or a time clause: a fronted adjunct, not the statement itself.

    >>> fronted("وفي"), fronted("فيما"), fronted("فتحت")
    (True, True, False)
    """
    if key[:2] == "وو":
        key = key[1:]  # «ووفقا»
    if key in FRONTED_CLAUSES or (key[:1] == "و" and key[1:] in FRONTED_CLAUSES):
        return True
    return key in _FRONTED or (key[:1] == "و" and key[1:] in _FRONTED) or (
        key[:1] == "ف" and key[1:] in _SHORT_PREPOSITIONS)
