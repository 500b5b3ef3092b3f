"""Who says what: a speech verb's speaker and the clause it reports («أعلنت وزارة الصحة أن الحملة ...»), shown
as «وزارة الصحة: ...», and speech that goes on from a speaker named elsewhere («أضاف: ...»), which opens nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    DANGLING,
    NAME_LINKS,
    NEEDS_COMPLEMENT,
    SAY_VERBS,
    SPEECH_PARTICIPLES,
    Chunk,
    ChunkedSentence,
    fold,
)
from service.engines.writer.lexicon import REPORTING_VERBS, Lexicon
from service.engines.writer.marks import unbalanced_pairs
from service.engines.writer.times import past_time_at_end
from service.engines.writer.rewrite import (
    GIVEN_NAME_TITLES,
    NOT_SUBJECTS,
    PREPOSITION_PRONOUNS,
    SPEECH_NOUNS,
    bare_word,
    reads_as_verb,
)

MAX_WHO_WORDS: Final = 8
COLON_REACH: Final = 4  # chunks from the speech verb to the colon, and a day after them: «قال | ، في كلمة | ضمن ... |
# بألمانيا، | الأحد:»
MAX_NAME_WORDS: Final = 4  # of a person's name: «محمد بن راشد آل مكتوم»
# Verbs of belief whose «أن» clause is theirs, not the speaker's: «... يعتقد أن التنظيم أعدمهم»
BELIEF_VERBS: Final = frozenset("يعتقد يعتقدون يظن يرجح يرجحون يشتبه يبدو يتوقع يتوقعون يخشي يخشون يقال".split())
_PRIOR_VERBS: Final = frozenset("سبق سبقت يسبق".split())  # «ما سبق أن صدر»: what was done before
_OWN_CLAUSE_VERBS: Final = SAY_VERBS | BELIEF_VERBS | _PRIOR_VERBS  # right before an «أن» clause: the clause is theirs
_CLAUSE_PREPOSITIONS: Final = frozenset("الي عن علي".split())  # that a speech verb takes before «أن»
# «أعلنت الوزارة في بيان، اليوم، أن ...»: what may stand between the speaker and what was said
BETWEEN_SPEAKER_AND_CLAUSE: Final = frozenset({"time", "aside", "comma", "preposition", "clitic"})
# Speech verbs that go on with what a speaker already named said («أضاف», «تابع»): they open no bullet.
CONTINUING_SPEECH: Final = frozenset(
    "اضاف اضافت اضافوا تابع تابعت تابعوا اردف اردفت استطرد استطردت يضيف تضيف يتابع تتابع".split())
SPEECH_OPENERS: Final = SAY_VERBS | REPORTING_VERBS | CONTINUING_SPEECH
# Whom a speaker told, right after the verb: no speaker stands before it («قال لرويترز ...», «قال للصحفيين»).
ADDRESSEES = frozenset("لرويترز لوكاله لصحيفه لقناه لموقع لبي لفرانس لشبكه لتلفزيون لاذاعه لراديو لمجله لوسائل".split())
RELAYING_VERBS: Final = frozenset("نقل نقلت".split())  # «نقلت الصحيفة عن ساكن قوله: ...»: whose words, not the paper's
# «نفى الرئيس أن الحكومة رفعت الأسعار»: what was denied, never shown as what the speaker said («الرئيس: الحكومة رفعت»)
DENYING_VERBS: Final = frozenset("نفي نفت انكر انكرت ينفي تنفي".split())
# Verbs of saying whose object is (nearly) always what was said, in an «أن»/«إن» clause: «قالوا», «وأكدت»
THAT_VERBS: Final = frozenset("""
قال قالت اكد اكدت اوضح اوضحت اضاف اضافت ذكر ذكرت افاد افادت صرح صرحت اشار اشارت شدد شددت""".split())
# What a speaker says, stresses or affirms is his view: never shown as the clause alone, which would state it as fact
# («الجبير: القاهرة جزء أساسي ...», not «القاهرة جزء أساسي ...»); «أعلنت الوزارة أن ...» reports an act and may be
OPINION_VERBS: Final = frozenset("""
قال قالت كتب كتبت اعتبر اعتبرت راي رات توقع توقعت زعم زعمت رجح رجحت حذر حذرت شدد شددت اكد اكدت
""".split())
_THAT_KEYS: Final = frozenset(conjunction + verb + plural for verb in THAT_VERBS for conjunction in ("", "و", "ف")
                              for plural in ("", "وا"))  # as written: «وأكدوا», «فقالوا»
TELLING_VERBS: Final = frozenset("ابلغ ابلغت اخبر اخبرت".split())  # a speech verb with whom it told as its object
QUOTE_MARKS: Final = "\"'«“”"
_SPEAKER_ADVERBS: Final = frozenset("ايضا كذلك مجددا بدوره بدورها".split())  # after the speaker, before what was said
# A preposition fused with «ما» opens a clause of its own: no speaker holds one («أوضحت رسوم ... عما يمكن أن»).
FUSED_WHAT: Final = frozenset("عما مما بما فيما لما كما".split())


@dataclass(frozen=True)
class Attribution:
    """«أعلنت وزارة الصحة أن الحملة ...»: who speaks, and the chunk where the reported clause starts."""

    who: tuple[str, ...]
    clause_chunk: int
    skip: int = 1  # words of the clause chunk before the clause: «أن» (1), «إلى أن» (2)
    denied: bool = False  # the speaker denies the clause (`DENYING_VERBS`): it is never shown as said

    def who_keys(self) -> frozenset[str]:
        """The speaker's words folded, without punctuation: a clause that opens with one of them would repeat
        it («النقابة: النقابة قررت ...»)."""
        return frozenset(map(_speaker_key, self.who))

    def repeated_by(self, subject: str) -> bool:
        """Whether a reported clause opening with `subject` (folded) names its speaker again, by the speaker's
        first or last word: «النقابة: النقابة قررت»; a word inside the speaker's phrase does not («المتحدث
        باسم الجيش: الجيش دخل المدينة»)."""
        return bool(self.who) and subject in (_speaker_key(self.who[0]), _speaker_key(self.who[-1]))

    def adverb_only(self) -> bool:
        """Whether the words between the verb and what was said are only an adverb («وقال أيضا إن ...»), or a
        share of people whose noun came later («وأشار 52% فقط من المشاركين أنهم ...»: «52% فقط: ...» names no
        one): no speaker to show, where none at all («وأضاف أن ...») leaves the clause alone."""
        return bool(self.who) and (self.who_keys() <= NOT_SUBJECTS or self.who[0].rstrip("،,").endswith(("%", "٪")))


def _speaker_key(word: str) -> str:
    return fold(word.strip("،,:"))


def find_attribution(sentence: ChunkedSentence, start: int, lexicon: Lexicon | None = None) -> Attribution | None:
    """The reported clause after a speech verb that opens chunk `start`, if the next body chunk is one; with a
    `lexicon`, the speaker is the name after his post where a comma sets it off (`_named_speaker`).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> found = find_attribution(chunk_sentence("أعلنت وزارة الصحة، اليوم، أن الحملة ستبدأ غدا"), 0)
    >>> found.who, found.clause_chunk
    (('وزارة', 'الصحة'), 2)
    """
    chunks = sentence.chunks
    head = chunks[start]
    verb = bare_word(sentence.keys[head.start])
    if head.kind not in ("head", "resume", "comma") or verb not in SAY_VERBS or verb in TELLING_VERBS:
        return None  # «أبلغ كيم لافروف أن ...»: the speaker and whom he told, not one speaker
    clause = start + 1
    while clause < len(chunks) and clause_skip(sentence, clause) == 0 and clause - start <= 3 \
            and chunks[clause].kind in BETWEEN_SPEAKER_AND_CLAUSE and not _warns_of(sentence, clause):
        clause += 1
    skip = clause_skip(sentence, clause) if clause < len(chunks) else 0
    colon = _speaker_colon(sentence, start) if verb not in RELAYING_VERBS else None
    if colon is not None and skip and clause <= colon:
        colon = None  # «قالت المصادر إن الوفد ...:»: the reported clause came first
    if colon is None and clause > start + 1 and clause < len(chunks) \
            and bare_word(sentence.keys[chunks[clause].start - 1]) in _OWN_CLAUSE_VERBS:
        return None  # «أعلنت مصادر العثور على مقبرة ... يعتقد | أن التنظيم أعدمهم»: the clause is another verb's
        # (after a colon it is the words said: «قال الرئيس: "قائد الجيش، ...، أكد | أن ...»); «أكدت الهيئة على
        # ما سبق | أن صدر من بيانات»: what was issued before, no words of hers
    if colon is None and skip == 2 and chunks[clause].kind == "comma" \
            and any(sentence.keys[chunks[at].start] in _CLAUSE_PREPOSITIONS for at in range(start + 1, clause)):
        return None  # «أعلنت الشركة عن تعليق الشحنات ...، | إلى أن تصبح الملاحة آمنة»: «عن» took what was announced;
        # after its comma «إلى أن» is «until» («أشارت النائبة عن ولاية تينيسي إلى أن» is what she said)
    if colon is not None:  # «قال الوزير للصحفيين: المشروع سيكتمل ...»: the words said begin after the colon
        clause, skip = colon + 1, 0
    elif clause < len(chunks) and any(word.endswith(":") for word in sentence.words[head.start:chunks[clause].start]):
        return None  # «قال المدرب عن مهاجمه : الشيء المهم أن ...»: the words said began at the colon
    who = _speaker(sentence, head) if lexicon is None else _before_describing_verb(_speaker(sentence, head), lexicon)
    if past_time_at_end(tuple(map(_speaker_key, who))):
        return None  # «قالت الشركة العام الماضي إنها ...»: said then, shown only with its time
    if who and sentence.keys[head.start + 1] in PREPOSITION_PRONOUNS:
        return None  # «ونقلت عنه وكالة رويترز أن ...»
    if not FUSED_WHAT.isdisjoint(sentence.keys[head.start + 1:head.end]):
        return None  # «أوضحت رسوم متحركة عما يمكن أن يحدث»: what is shown, not who speaks
    if who and (fold(who[-1]) in NEEDS_COMPLEMENT or _bracketed_complement(sentence, head.end)):
        return None  # «كشفت العديد | من التقارير أن ...», «أوضح مدير مكتب | (الحملة الوطنية ...)»: the speaker goes on
    if len(who) > MAX_WHO_WORDS and clause < len(chunks):  # «وكيل الوزارة ... رئيس مجلس إدارة الشركة | للكهرباء
        # الدكتور صالح بن حسين العواجي، | أن ...»: the holder's name, not the chain of posts
        who = _holder_named(tuple(word.rstrip("،,") for word in sentence.words[head.start + 1:chunks[clause].start])) \
            or who
    if not (skip or colon is not None and who) or len(who) > MAX_WHO_WORDS or chunks[clause].size <= skip \
            or unbalanced_pairs(" ".join(sentence.words[head.start:chunks[clause].start])):
        return None  # «يقول "يؤسفني أن أقول ..."», «قال ... "على إسرائيل أن ...»: a quotation opens before the clause
    named = _named_speaker(sentence, start, clause, lexicon) if who and lexicon is not None else None
    return Attribution(named or who, clause, skip, denied=verb in DENYING_VERBS)


def _bracketed_complement(sentence: ChunkedSentence, index: int) -> bool:
    """Whether word `index` opens a bracket or quotation with a definite word: the complement of the indefinite noun
    before it, which the speaker would lose («مدير مكتب | (الحملة الوطنية لنصرة الأشقاء)»)."""
    word = sentence.words[index] if 0 < index < len(sentence.words) else ""
    before = sentence.words[index - 1] if word else ""
    return word[:1] in "(«\"“" and fold(word[1:]).startswith("ال") and before[-1:].isalpha() \
        and not fold(before).startswith("ال")  # not «قال مسؤول تركي: "المقاتلات ...»: what he said


def _before_describing_verb(who: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The speaker's words before a verb that describes its indefinite noun, a relative clause without «الذي»:
    «كشفت دراسة حديثة | حصلت بيان اليوم على ملخص منها، أن ...».

    >>> lexicon = Lexicon(frequency={"حديثه": 90}, definite_share={"حديثه": 0.5}, verbs={"حصلت": "تحصل"})
    >>> _before_describing_verb(("دراسة", "حديثة", "حصلت", "بيان"), lexicon)
    ('دراسة', 'حديثة')
    >>> _before_describing_verb(("الوزير",), lexicon)
    ('الوزير',)
    """
    for at in range(1, len(who)):
        key, before = _speaker_key(who[at]), _speaker_key(who[at - 1])
        if not before.startswith("ال") and not lexicon.is_name(before) and key in lexicon.verbs \
                and not lexicon.is_common("ال" + key):  # a past verb, no noun as well («تحالف»)
            return who[:at]
    return who


def _holder_named(who: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name after the last title before a given name that ends a long speaker: a chain of posts names him
    less well than «صالح بن حسين العواجي» does; None when none ends it.

    >>> _holder_named(tuple("وكيل الوزارة رئيس مجلس إدارة الشركة الدكتور صالح العواجي".split()))
    ('صالح', 'العواجي')
    """
    title = next((at for at in range(len(who) - 1, -1, -1) if fold(who[at]) in GIVEN_NAME_TITLES
                  and (at == 0 or fold(who[at - 1]) not in NAME_LINKS)), None)  # «فاطمة بنت | الشيخ» is her name
    return who[title + 1:] if title is not None and 2 <= len(who) - title - 1 <= MAX_NAME_WORDS else None


def _named_speaker(sentence: ChunkedSentence, start: int, clause: int, lexicon: Lexicon) -> tuple[str, ...] | None:
    """The person's name between the speaker's post and what he said, set off by a comma: «قال القيادي في حزب
    نداء تونس، | خميس قسيلة | إن ...» is said by him («خميس قسيلة: ...»), which his post alone («القيادي: ...»)
    does not say; None when no such name stands there."""
    if clause - 1 <= start:
        return None
    chunk = sentence.chunks[clause - 1]
    keys = sentence.keys[chunk.start:chunk.end]
    if chunk.kind != "comma" or not 2 <= chunk.size <= MAX_NAME_WORDS \
            or not all(lexicon.may_be_name(key) for key in keys[1:]) \
            or any(key.startswith("ال") or not key[:1].isalpha() for key in keys) \
            or keys[0] in DANGLING or reads_as_verb(keys[0], lexicon) or lexicon.has_pronoun_suffix(keys[0]):
        return None  # a first name may be a word too («خميس», «سامي»), not a verb («، ونشرتها مجلة ...،»)
    return tuple(word.rstrip("،,:") for word in sentence.words[chunk.start:chunk.end])


def _speaker(sentence: ChunkedSentence, head: Chunk) -> tuple[str, ...]:
    """The words after the speech verb in its chunk that name who spoke: not whom he told, how he spoke or his
    speech (`_addressee_at`), nor a quoted addressee before him («كشف لـ "الاقتصادية" مصدر» → «مصدر»), nor an adverb
    after him («وقال الوزير أيضا إن ...» → «الوزير»); none after a participle («وقال موجها حديثه ...»)."""
    if head.size > 1 and sentence.keys[head.start + 1] in SPEECH_PARTICIPLES:
        return ()
    who = tuple(word.rstrip("،,") for word in sentence.words[head.start + 1:_addressee_at(sentence, head)])
    while len(who) > 1 and _speaker_key(who[-1]) in _SPEAKER_ADVERBS:
        who = who[:-1]
    if len(who) > 2 and who[0] in ("ل", "لـ") and who[1][:1] in QUOTE_MARKS:  # «كشف لـ "الاقتصادية" مصدر»
        closed = next((at for at in range(1, len(who))
                       if who[at][-1:] in QUOTE_MARKS and (at > 1 or len(who[1]) > 1)), None)
        who = who[closed + 1:] if closed is not None else who
    return who


def _speaker_colon(sentence: ChunkedSentence, start: int) -> int | None:
    """The chunk whose colon closes the speaker before the words said, past where and to whom he spoke: «قال
    الوزير | للصحفيين: | المشروع سيكتمل ...» → 1; None when no colon comes within the chunks that may stand there,
    or when one of them names whom the words are from («نقلت الصحيفة | عن ساكن ...:»), or the speaker's words
    hold a reported clause («قالت إحدى الممثلات إنهن سارعن ...:»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> _speaker_colon(chunk_sentence("قال الوزير للصحفيين: المشروع سيكتمل قبل نهاية العام"), 0)
    1
    """
    chunks, words, keys = sentence.chunks, sentence.words, sentence.keys
    for index in range(start, min(len(chunks) - 1, start + COLON_REACH + 1)):
        if index > start and (chunks[index].kind not in BETWEEN_SPEAKER_AND_CLAUSE
                              or keys[chunks[index].start] == "عن"
                              or index == start + COLON_REACH and chunks[index].kind != "time"):
            return None
        if index == start and any(key in COMPLEMENTISERS or key.startswith("انه")  # «إنهن»
                                  for key in keys[chunks[index].start + 1:chunks[index].end]):
            return None
        if words[chunks[index].end - 1].endswith(":"):
            return index
    return None


def _addressee_at(sentence: ChunkedSentence, head: Chunk) -> int:
    """Where whom the speaker told («قالت الشرطة | لموقع الأخبار إن ...») or how he spoke («قال الوزير | متحدثا
    في أنقرة إن ...») begins in the verb's chunk, or its end: the speaker is «الشرطة», «الوزير», never «الوزير
    متحدثا»."""
    return next((index for index in range(head.start + 2, head.end)
                 if sentence.keys[index] in ADDRESSEES or sentence.keys[index] in SPEECH_PARTICIPLES
                 or _speech_noun(sentence.keys[index])), head.end)


def _speech_noun(key: str) -> bool:
    """Whether a word after the speaker names his words rather than him: «بخطابه», «بكلمتها» (in his speech),
    «التغريدة» (what she wrote: «كتبت هدى السيف التغريدة التالية:»).

    >>> [_speech_noun(key) for key in ("بخطابه", "بكلمتها", "التغريده", "بوتين", "الرئيس")]
    [True, True, True, False, False]
    """
    if key.startswith("ال"):
        return key[2:] in SPEECH_NOUNS
    if key[:1] != "ب":
        return False
    noun = key[1:]
    suffix = next((suffix for suffix in ("ها", "ه") if noun.endswith(suffix)), "")
    if suffix:  # his or her speech: «خطابه», «كلمتها» (the «ة» written «ت» before a pronoun)
        noun = noun[:-len(suffix)]
        noun = noun[:-1] + "ه" if noun.endswith("ت") else noun
    return noun in SPEECH_NOUNS


def _warns_of(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` opens with «من أن», the clause of what a speaker warns of: the speech verb's own, so
    a later «إن» is «if», not what was said («حذر الرئيس من أن تبحث أنقرة عن حليف جديد إن استمرت واشنطن ...»)."""
    chunk, keys = sentence.chunks[index], sentence.keys
    return chunk.size > 1 and keys[chunk.start] == "من" and keys[chunk.start + 1] in COMPLEMENTISERS


def clause_skip(sentence: ChunkedSentence, index: int) -> int:
    """How many words open a reported clause at chunk `index`: «أن ...» 1, «إلى أن ...» 2 (also «عن أن», «على
    أن»; not «من أن», which follows nouns: «مخاوف من أن ...»), else 0."""
    chunk, keys = sentence.chunks[index], sentence.keys
    if keys[chunk.start] in COMPLEMENTISERS:
        return 1
    if keys[chunk.start] in _CLAUSE_PREPOSITIONS and chunk.size > 2 and keys[chunk.start + 1] in COMPLEMENTISERS:
        return 2  # «أشار إلى أن», «كشف عن أن», «شدد على أن»
    return 0


def speaker_missing(sentence: ChunkedSentence, start: int) -> bool:
    """Whether a speech verb opening chunk `start` goes on from a speaker named in an earlier sentence: «أضاف:
    ...», «تابع قائلا ...», «قال إنه ...», «قال لرويترز ...», «أضاف "..."» say who said nothing (a bullet
    needs a subject), and «أضاف»/«تابع» go on with what someone already said.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> texts = ("أضاف: المشروع سيكتمل", "قال الوزير إن المشروع سيكتمل", "قال للصحفيين إن المشروع سيكتمل")
    >>> [speaker_missing(chunk_sentence(text), 0) for text in texts]
    [True, False, True]
    """
    chunk, keys = sentence.chunks[start], sentence.keys
    verb = bare_word(keys[chunk.start])
    if verb not in SPEECH_OPENERS:
        return False
    following = keys[chunk.start + 1] if chunk.start + 1 < len(keys) else ""
    quoted = chunk.start + 1 < len(keys) and sentence.words[chunk.start + 1][:1] in QUOTE_MARKS
    return (verb in CONTINUING_SPEECH or chunk.size == 1 or sentence.words[chunk.start].endswith(":") or quoted
            or following in COMPLEMENTISERS or following in ("قائلا", "قائله", "حديثه") or following in ADDRESSEES
            or following in NOT_SUBJECTS  # «قال أيضا إن ...»
            or following.startswith("لل"))


def speaker_words(attribution: Attribution, colon: bool = True) -> list[str]:
    """The speaker as the headline's opening: «وزارة الصحة:», or without the colon as the subject of its own act
    («وزارة الصحة تطلق ...»).

    >>> speaker_words(Attribution(("وزارة", "الصحة،"), 2)), speaker_words(Attribution(("وزارة", "الصحة،"), 2), False)
    (['وزارة', 'الصحة:'], ['وزارة', 'الصحة'])
    """
    if not attribution.who:
        return []
    return [*attribution.who[:-1], attribution.who[-1].rstrip("،,:") + (":" if colon else "")]


def spoken_to(word: str) -> bool:
    """Whether a word opens the phrase naming whom a speaker spoke to: «لـ» written apart or before a quotation
    mark («قالت الجبير | لـ«عكاظ»»), which follows the verb and is never part of the speaker.

    >>> spoken_to("لـ"), spoken_to("ل«عكاظ»:"), spoken_to("لعكاظ")
    (True, True, False)
    """
    return word in ("ل", "لـ") or word.startswith("لـ") or (word[:1] == "ل" and word[1:2] in QUOTE_MARKS)


def unsaid_ends(sentence: ChunkedSentence) -> set[int]:
    """Chunks a compression may not end with: from a speech verb inside the sentence to the «أن»/«إن» clause it
    introduces, which the compression would lose («كان خبراء ... قد أكدوا بشكل منفصل في تقرير | أن إيران ...»,
    «هاغل قال، في بداية هذا العام، | إن ...»: said, but not what). The speech verb nearest before each clause
    is the one whose clause it is.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sorted(unsaid_ends(chunk_sentence("وكان خبراء مستقلون قد أكدوا في تقرير إلى المجلس أن إيران انتهكت العقوبات")))
    [0, 1, 2]

    A clause after a comma («، وأنه ...») is what was said too, and a later «بل إن ...» goes on saying it:

    >>> sorted(unsaid_ends(chunk_sentence("أكد الوزير في كلمته، أهمية التعليم، وأنه لا خلاف بين الطرفين، بل إن "
    ...                                   "الاتفاق قائم")))
    [0, 1, 2]
    """
    said = {at for at, key in enumerate(sentence.keys) if key in _THAT_KEYS}
    if not said:
        return set()  # most sentences: no speech verb to wait for
    words, unsaid = sentence.words, set[int]()
    speaking: int | None = None  # the chunk of the last speech verb seen, while what it says may still come
    for index, chunk in enumerate(sentence.chunks):
        opens_clause = chunk.kind == "complement" or chunk.kind == "comma" \
            and sentence.keys[chunk.start].removeprefix("و") in COMPLEMENTISERS
        if opens_clause and speaking is not None:  # «أكد ...، حقيقة ...، | وأنه لا تعارض ...»: said after a comma
            unsaid.update(range(speaking, index))
            speaking = None  # what it said has begun: a later «بل إن ...» goes on saying it
        if chunk.kind in ("complement", "relative", "tail"):
            speaking = None  # «... غرسة من غراس الفتنة | التي يجب | أن تقتلع»: another verb's «أن»
        if not said.isdisjoint(range(chunk.start, chunk.end)):
            speaking = index
        if any(word.endswith(":") or word[:1] in QUOTE_MARKS for word in words[chunk.start:chunk.end]):
            speaking = None  # «قال الخطيب في خطبته: "..."»: what was said is the quotation
    return unsaid

