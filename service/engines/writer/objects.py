"""Where a verb's object is: right after its subject and the phrases glued to it, or resumed after a time, a
bracket or a phrase between commas, where an Arabic clause puts it («وقع طرفا النزاع ... الأربعاء | وثيقة ...»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from service.engines.writer.chunks import COMPLEMENT_VERBS, DANGLING, PRAYERS, SAY_VERBS, Chunk, ChunkedSentence
from service.engines.writer.clause_ends import ADJUNCT_OPENERS, opens_circumstance
from service.engines.writer.endings import glued_end, opening_verb, phrase_end
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.names import MAX_PERSON_NAME_WORDS
from service.engines.writer.places import bare_verbal_noun
from service.engines.writer.runs import DIRECTIONS, comma_closed_chunk
from service.engines.writer.rewrite import accusative_shape, bare_word, opens_adjunct, reads_as_verb
from service.engines.writer.said import SOURCE_WORDS
from service.engines.writer.times import TIME_WORDS

if TYPE_CHECKING:
    from service.engines.writer.candidates import Opening

MAX_OBJECT_SEARCH: Final = 6  # chunks after a verb's subject within which an object resumed after a time word is sought


class ObjectEnd(NamedTuple):
    """Where a compression with the verb's object may end at the earliest; `resumed`: the object comes after a
    time, a phrase between commas or a comma, and no run may drop it («ألقت الشرطة ... أمس، | القبض على ...»,
    «نشرت الصحيفة، | تقريرا صادما، | تضمن ...»)."""

    end: int
    resumed: bool = False


def object_end(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> ObjectEnd:
    """The least end for a verb that takes an object (`Lexicon.transitive`, `COMPLEMENT_VERBS`): past its
    chunk and the phrases glued to it, unless an indefinite accusative there is the object («عقد الوزير
    اجتماعا»). «بدأ المرشح ... مساعد الزويهري» has only the subject; «| في تشكيل مجلس إدارته» must follow. Any
    other verb keeps what resumes its clause after a time («دعت الإدارة | اليوم | مستعملي الطرقات ...»)."""
    chunks, keys, start = sentence.chunks, sentence.keys, opening.start
    verb = opening_verb(sentence, opening, lexicon)
    if opening.form not in ("plain", "subject") or verb in SAY_VERBS:
        return ObjectEnd(start)
    core = phrase_end(sentence, start, lexicon)  # «حذر الجنرال، | قائد الجيش السابق،» | العالم
    if lexicon.past_of(verb) not in lexicon.transitive and verb not in COMPLEMENT_VERBS:
        accusative = _accusative_after_comma(sentence, core + 1, lexicon) or _object_in_phrases(sentence, start + 1,
                                                                                               lexicon)
        if accusative is not None:  # whatever the verb («عرض», «خصص»)
            return ObjectEnd(accusative, resumed=True)
        after_time = core + 1 < len(chunks) and chunks[core + 1].kind == "time"  # «دعت الإدارة | اليوم | مستعملي ...»
        resumed = resumed_object(sentence, core + 1, lexicon) if after_time else None
        return ObjectEnd(start) if resumed is None else ObjectEnd(resumed, resumed=True)
    head = glued_end(sentence, start)  # not the apposition: «دخل نيمار، | لاعب ... المتوج بطلا ...، | صفحات ...»
    if opening.subject is not None:  # a subject-first rewrite's subject may run on: «الشرطة | في إندونيسيا»
        core = head = max(core, *(index for index, chunk in enumerate(chunks)
                                  if chunk.start < opening.subject.subject_end))
    words = keys[chunks[start].start + 1:chunks[head].end]
    if any(_accusative(key, lexicon) and not following.startswith("ال")
           for key, following in zip(words, words[1:] + ("",), strict=False)):
        return ObjectEnd(start)  # «عقد الوزير اجتماعا»; «وقع طرفا النزاع» is a dual before its complement
    after = core + 1
    if after < len(chunks) and chunks[after].kind == "comma" and _accusative(keys[chunks[after].start], lexicon):
        return ObjectEnd(after, resumed=True)  # «نشرت صحيفة "الغارديان" البريطانية، | تقريرا صادما»
    inside = _object_in_phrases(sentence, start + 1, lexicon)
    if inside is not None:
        return ObjectEnd(inside, resumed=True)
    resumed = resumed_object(sentence, after, lexicon, verbal_nouns=verb in COMPLEMENT_VERBS)
    return ObjectEnd(after) if resumed is None else ObjectEnd(resumed, resumed=True)


def _accusative_after_comma(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> int | None:
    """The chunk after phrases of where (from `index`) that a comma closes, when it opens with the indefinite
    accusative of a common word: any verb's object («عرض زوكربيرغ | في بيانه | على شبكة الإنترنت، | جدولا
    زمنيا»; not «، أولها», «، وشددا»; right after the verb's clause, «قتلت ... خمسة رجال، | رميا بالرصاص» says how),
    also after whose view it is («يشكل المهرجان، | بحسب المنظمين، | عيدا | للثقافة»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("عرض الوزير في بيانه على الموقع، جدولا زمنيا للخطة")
    >>> _accusative_after_comma(sentence, 1, Lexicon(frequency={"جدولا": 40, "الجدول": 90, "جدول": 90}))
    3
    """
    chunks, words = sentence.chunks, sentence.words
    for at in range(index, min(len(chunks), index + MAX_OBJECT_SEARCH)):
        if at == index and chunks[at].kind == "comma" and bare_word(sentence.keys[chunks[at].start]) in SOURCE_WORDS:
            continue  # «يشكل المهرجان، | بحسب المنظمين، | عيدا للثقافة»: whose view it is, set off by commas
        if chunks[at].kind == "comma":
            first = chunks[at].start
            glued = chunks[at].size > 1 or at + 1 < len(chunks) and chunks[at + 1].kind == "clitic" \
                and not bare_verbal_noun(sentence.keys[first].removesuffix("ا"))  # «عيدا | للثقافة», not «تأكيدا |»
            return at if at > index and words[first - 1].endswith(("،", ",")) and glued \
                and lexicon.is_indefinite_accusative(sentence.keys[first]) \
                and sentence.keys[first + 1] not in DANGLING else None  # «، علما | أن ...» says how, not what
        if chunks[at].kind not in ("preposition", "clitic"):
            return None
    return None


def _object_in_phrases(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> int | None:
    """The prepositional chunk (from `index`, up to a comma) that an indefinite accusative noun and its adjective
    end: the object after the phrase the verb puts first («خصص الرئيس | في حينه | للرئيس الضيف استقبالا كبيرا»),
    not an adverb («مرارا») nor what a number counts («30 عاما»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("خصص الرئيس في حينه للرئيس الضيف استقبالا كبيرا")
    >>> _object_in_phrases(sentence, 1, Lexicon(frequency={"استقبالا": 40}, definite_share={"استقبالا": 0.5}))
    2
    """
    chunks, keys, words = sentence.chunks, sentence.keys, sentence.words
    for at in range(index, min(len(chunks), index + MAX_OBJECT_SEARCH)):
        chunk = chunks[at]
        if chunk.kind not in ("preposition", "clitic"):
            return None
        for word in range(chunk.start + 1, chunk.end):
            if reads_as_verb(keys[word], lexicon):
                return None  # «بعد ميناء عدن | ويقع ... ويحتل موقعا»: another clause's object
            if word + 1 < chunk.end and _accusative(keys[word], lexicon) and accusative_shape(keys[word + 1]) \
                    and not keys[word - 1][:1].isdigit() and not opens_adjunct(keys[word], lexicon) \
                    and not words[word].endswith(("،", ",")):  # not «بانجلترا حاليا», «أبوابها، حرصا»
                return at
        if words[chunk.end - 1].endswith(("،", ",")):
            return None
    return None


def _accusative(key: str, lexicon: Lexicon) -> bool:
    """Whether a common word is an indefinite accusative, as a verb's object is («اجتماعا», «تقريرا»), not a name
    that ends so («أصدرت القاضية دانا سابرو ... | أمرا»)."""
    return accusative_shape(key) and lexicon.is_common(key) and not lexicon.is_name(key)


def resumed_object(sentence: ChunkedSentence, after: int, lexicon: Lexicon, verbal_nouns: bool = False) -> int | None:
    """The chunk that resumes the verb's clause after a time, a bracket or a phrase between commas, past phrases
    of where only: the object that an Arabic clause puts after them («وقع طرفا النزاع | في جنوب السودان ... |
    الأربعاء | وثيقة لوقف إطلاق النار», «تنفذ الكلية، | بالتعاون مع الأمانة، | برنامجا تدريبيا»); a time word
    or an adverb there («أمس», «مجددا») is passed over. With `verbal_nouns` (a light verb, which has to have
    its object) a word that reads as a verb after a time is its verbal noun: «شهدت ساحات المدينة، أمس، | تدفق
    السيارات».

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("عقد رئيس النادي مع المدرب مساء يوم أمس الخميس اجتماعا خاصا باللاعبين")
    >>> [" ".join(sentence.words[c.start:c.end]) for c in sentence.chunks][resumed_object(sentence, 1, Lexicon())]
    'اجتماعا خاصا'
    """
    chunks, keys = sentence.chunks, sentence.keys
    passed = None  # what was passed over: "time", "aside" (a bracket) or "commas" (a phrase between commas)
    for index in range(after, min(len(chunks), after + MAX_OBJECT_SEARCH)):
        chunk = chunks[index]
        first = keys[chunk.start]
        if chunk.kind in ("time", "aside"):
            passed = "time" if first in PRAYERS else chunk.kind  # «الملك سلمان | يحفظه الله، | أمرا بـ...»
        elif passed in ("time", "aside") and chunk.kind == "resume" and (
                first in TIME_WORDS or first[:1].isdigit() or chunk.size == 1 and accusative_shape(first)):
            passed = "time"
        elif chunk.kind == "comma" and passed is None and (opens_adjunct(first, lexicon) or first in DIRECTIONS
                                                           or _name_between_commas(sentence, chunk, lexicon)
                                                           or _circumstance_between_commas(sentence, index, lexicon)):
            passed = "commas"  # «، بالتعاون مع الأمانة،», «، جنوب شرقي اليمن،», «، فلاديمير سافتشينكو،» (his name),
            # «، وعمره 19 عاما،»
        elif chunk.kind == "comma" and passed in ("time", "commas") or chunk.kind == "resume" and passed is not None:
            # after a bracket, a comma opens what describes the bracketed one: «رياض (13 عاما)، | المجند السابق»
            clause = first in ADJUNCT_OPENERS or first in COMPLEMENT_VERBS \
                or reads_as_verb(first, lexicon) and not (verbal_nouns and passed == "time"
                                                          and lexicon.is_common("ال" + first))  # «التدفق»
            if passed == "commas" and lexicon.is_clitic_waw(first) and not clause:
                continue  # «بحضور المحافظ، | والأعضاء، | حفلا»: the phrase's list goes on
            return None if clause or lexicon.is_clitic_waw(first) else index
        elif chunk.kind == "comma" and passed is None and first == "ما" and index > after \
                and chunks[index - 1].kind in ("preposition", "clitic"):
            return index  # «استنكرت الكويت | على لسان وزير خارجيتها ...، | ما اعتبرته تصعيدا»: what it denounced
        elif chunk.kind not in ("preposition", "clitic"):
            return None
    return None


def _name_between_commas(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk between commas is a name alone, the subject's in apposition: «اتهم رئيس مركز المصالحة
    الروسي، | فلاديمير سافتشينكو، | الولايات المتحدة ...» (its words names or words the archive hardly knows).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("اتهم رئيس المركز، فلاديمير سافتشينكو، الولايات المتحدة")
    >>> lexicon = Lexicon(frequency={"رئيس": 900, "المركز": 900, "الولايات": 900})
    >>> _name_between_commas(sentence, sentence.chunks[1], lexicon)
    True
    """
    keys = sentence.keys[chunk.start:chunk.end]
    return 0 < len(keys) <= MAX_PERSON_NAME_WORDS and sentence.words[chunk.end - 1].endswith(("،", ",")) \
        and all(map(lexicon.may_be_name, keys))


def _circumstance_between_commas(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether a chunk between commas is a circumstantial clause on the subject, «و» and a pronoun or a noun with
    one, closed by a comma within three chunks: «سجل مبابي، | وعمره 19 عاما، | الهدف الرابع» (his age is not what
    he scored), «كانت جمعية، | ومقرها | في كاليفورنيا، | قد رفعت ...».

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("سجل اللاعب، وعمره 19 عاما، الهدف الرابع")
    >>> _circumstance_between_commas(sentence, 1, Lexicon(frequency={"عمر": 90}))
    True
    """
    return opens_circumstance(sentence, sentence.chunks[index].start, lexicon) \
        and comma_closed_chunk(sentence, index) is not None


def setting_run(sentence: ChunkedSentence, opening: Opening, found: ObjectEnd) -> tuple[int, int] | None:
    """Where and when, between a verb's subject and the object resumed after them, as one run a compression may
    drop: «استقبل أمير عسير | في مكتبه | بالإمارة | أمس، | وكيل إمارة الرياض» reads «... يستقبل وكيل إمارة الرياض».
    Only phrases of where («في ...», a «ب» phrase) and a time closed by a comma right before the object.

    >>> from service.engines.writer.candidates import SentenceCompressions
    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("استقبل المحافظ في مكتبه أمس، وفدا من التجار")
    >>> lexicon = Lexicon(transitive=frozenset({"استقبل"}))
    >>> opening = SentenceCompressions(sentence, lexicon)._plans[0].opening
    >>> setting_run(sentence, opening, object_end(sentence, opening, lexicon))
    (1, 2)
    """
    chunks, keys = sentence.chunks, sentence.keys
    after = opening.start
    if opening.subject is not None:
        at = sentence.chunk_at(opening.subject.subject_end)
        after = at - 1 if at is not None else len(chunks)
    if not found.resumed or found.end <= after + 2 or chunks[found.end - 1].kind != "time" \
            or not sentence.words[chunks[found.end - 1].end - 1].endswith(("،", ",")) \
            or keys[chunks[after + 1].start] != "في":
        return None
    if any(chunk.kind not in ("preposition", "clitic", "time") for chunk in chunks[after + 1:found.end]):
        return None
    return after + 1, found.end - 1
