"""What a speech verb's compression must keep: the words said, after the speaker and after where, when and to
whom they were said («أعلنت الوزارة، أمس، في بيان، | إطلاق الحملة»). Each rule answers for one opening of one
sentence (`candidates.compressions` asks `least_end`, the other verbs' ends are in `endings`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from service.engines.writer.chunks import COMPLEMENTISERS, SAY_VERBS, Chunk, ChunkedSentence, fronted
from service.engines.writer.clause_ends import ADJUNCT_OPENERS, CAUSE_OPENERS, SAID_MARKS
from service.engines.writer.endings import (
    MAX_NAME_WORDS,
    describes_speaker,
    glued_end,
    needed_clause,
    opening_verb,
    phrase_end,
)
from service.engines.writer.lexicon import REPORTING_VERBS, Lexicon
from service.engines.writer.noun_phrase import participle_like
from service.engines.writer.places import bare_verbal_noun
from service.engines.writer.rewrite import PLACE_NOUNS, SPEECH_NOUNS, bare_word, reads_as_verb
from service.engines.writer.speech import ADDRESSEES, Attribution

if TYPE_CHECKING:
    from service.engines.writer.candidates import Opening

_OCCASION_PHRASES: Final = frozenset("preposition clitic time resume".split())  # a clause's phrases up to its comma
MIN_SAID_WORDS: Final = 3  # a chunk of words said after a colon, shorter than this, goes on with the next
# Prepositions after a speech verb that say where or when, never what («أعلن | بعد البطولة | اعتزاله»); what is
# said may follow «عن», «على», «من» or «إلى» («كشف عن», «شدد على», «حذر من», «أشار إلى»).
CIRCUMSTANCE_PREPOSITIONS: Final = frozenset("في خلال بعد قبل امام لدي عقب اثر منذ عبر اثناء وسط".split())
SOURCE_WORDS: Final = frozenset("وفقا طبقا حسب بحسب حسبما بحسبما نقلا استنادا".split())  # where the words were reported
# On what occasion or with whom a speaker spoke: «أكد الوزير، بحضور المحافظ، | أهمية ...»
OCCASION_WORDS: Final = frozenset("بحضور بمشاركه بمناسبه برعايه بمبادره ببادره".split())
SHORT_SPEAKER_CHUNK: Final = 3  # words of a verb's chunk that hold only it and its speaker's head («أفاد مصدر»)
MAX_QUOTED_NAME_WORDS: Final = 4  # of a body's name in quotation marks: «منظمة "أطباء بلا حدود"»
AFFILIATION_PREPOSITIONS: Final = frozenset({"الي", "عن"})  # after a participle: «المنتسب إلى», «النائب عن»
_HOME_PLACES = PLACE_NOUNS | frozenset("معتمديه بلده قريه بلديه مخيم حي".split())  # «من ولاية ...», «من مخيم ...»
MAX_PLACES_BEFORE_SAID = 2  # phrases of where a speaker spoke before the verb's own preposition («في حسابها | على ...»)
MAX_LATE_CLAUSE: Final = 8  # chunks after a speech verb within which `_late_clause` seeks its «أن» clause
_SPEAKER_DESCRIPTIONS: Final = frozenset({"preposition", "clitic", "relative", "time", "aside"})
MAX_SOURCE_CHUNKS: Final = 3  # chunks after «نقل» and its subject within which «عن» names whose words it relays
_AND_RELATIVES: Final = frozenset({"والتي", "والذي"})  # «والتي جاءت عن ...»: a second relative clause on the same noun
_RELAYED_SAYING: Final = frozenset("قوله قولها قولهم قولهما".split())  # «نقلت الوكالة عن الوزير قوله إن ...»
_THAT: Final = COMPLEMENTISERS - CAUSE_OPENERS  # «أن», «إنه», «بأنها»: what was said; not «لأن», «كي»
# «جاء في بيان الوزارة أن ...», «ورد في التقرير: ...»: the words of a text, which the output must say
CAME_IN_VERBS: Final = frozenset("جاء جاءت ورد وردت".split())
QUOTE_VERBS: Final = frozenset("قال قالت اضاف اضافت يقول تقول يضيف تضيف".split())  # say it through «أن» or a quotation
# Speech verbs in the present tense, as a lead may already write them («يقول الخبير إن ...»).
PRESENT_SAY_VERBS = frozenset("يقول تقول يضيف تضيف يؤكد تؤكد يوضح توضح يشير تشير يعلن تعلن يري تري ينفي تنفي".split())


def least_end(sentence: ChunkedSentence, opening: Opening, attribution: Attribution | None,
              lexicon: Lexicon) -> int:
    """The chunk a compression of this opening must reach: a speech verb kept (as written or after its
    subject) keeps what was said («أعلنت الوزارة» or «الوزارة تعلن» alone says nothing), as does «جاء في» a text
    («جاء في بيان صادر عن الوزارة» alone), any other verb the «أن» clause it takes."""
    chunk = sentence.chunks[opening.start]
    verb = opening_verb(sentence, opening, lexicon)
    if verb.removeprefix("و") in ("لم", "لن") and chunk.size > 1:
        verb = sentence.keys[chunk.start + 1]  # «ولم توضح المتحدثة، ... | ما سيحدث»: a speech verb all the same
    if opening.form not in ("plain", "subject"):
        return opening.body_start
    if verb in CAME_IN_VERBS and sentence.keys[chunk.start + 1:chunk.start + 2] == ("في",):  # «جاء في بيان ... أن ...»
        return _late_clause(sentence, opening.start) or _quoted_from(sentence, opening.start, lexicon)
    if verb not in SAY_VERBS and verb not in PRESENT_SAY_VERBS and verb not in REPORTING_VERBS:  # «لفت»، «نوه»
        return needed_clause(sentence, opening.start) or opening.body_start
    if attribution is not None:
        return attribution.clause_chunk
    if verb in QUOTE_VERBS:
        return _quoted_from(sentence, opening.start, lexicon)
    return _late_clause(sentence, opening.start) or _said_what(sentence, opening.start, lexicon)


def _late_clause(sentence: ChunkedSentence, start: int) -> int | None:
    """The «أن» clause a speech verb takes past a long description of its speaker, within MAX_LATE_CLAUSE chunks
    of phrases, relative clauses and asides: «أكدت مصادر مطلعة | على التحقيقات | التي يجريها ...، | روبرت مولر،
    | الذي يحقق ...، | أنه بدأ ...» said what follows «أنه», not «على التحقيقات»; «اعتبر المجلس ...، | المنعقد |
    اليوم السبت، | بمدينة صفاقس | التي تحتضن ...، | أن إنشاء ...» what follows «أن», not «بمدينة صفاقس».

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> _late_clause(chunk_sentence("اعتبر المجلس، المنعقد اليوم السبت، بمدينة صفاقس أن إنشاء المؤسسة ضرورة"), 0)
    4
    """
    chunks = sentence.chunks
    for index in range(start + 1, min(len(chunks), start + 1 + MAX_LATE_CLAUSE)):
        chunk = chunks[index]
        if _opens_that_clause(sentence, chunk):
            return index
        first = sentence.keys[chunk.start]
        apposition = chunk.kind == "comma" and not first.startswith("و") and (  # not «، وأوضح بيان ...»
            sentence.words[chunk.end - 1].endswith(("،", ",")) or first.startswith("ال") or first[:1] in "بل"
            or first in ADJUNCT_OPENERS)
        # «، روبرت مولر،», «، المنعقد | اليوم السبت، | بمدينة صفاقس»: what describes the speaker; «، قبيل
        # إعلان الميزانية | للدولة، | أن ...»: when it spoke
        purpose = chunk.kind == "resume" and first[:1] in "بل"  # «... | اليوم | لتقديم تقريرها»: why it spoke
        relayed = first in _RELAYED_SAYING  # «نقل بيان ... عن الدكتور ...، | قوله | إن ...»
        if chunk.kind not in _SPEAKER_DESCRIPTIONS and not apposition and not purpose and not relayed \
                or sentence.words[chunk.end - 1].endswith((".", ":", "؟", "!")):
            return None
    return None


def _opens_that_clause(sentence: ChunkedSentence, chunk: Chunk) -> bool:
    """Whether a chunk opens the «أن» clause of what was said («أن», «إنه», «بأنها»; not «لأن», «كي»)."""
    return chunk.kind == "complement" and sentence.keys[chunk.start] in _THAT


def _quoted_from(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int:
    """The least end of «قال» or «أضاف» without an «أن» clause right after its speaker: the chunk where the
    words said begin, after a colon, at a quotation or at a later «إن» («قال الوزير: المشروع سيكتمل»); none
    (past the last chunk) when only the speaker follows («قال حاكم الإقليم، محمد علي»: what he said is in the
    next sentence)."""
    chunks, words = sentence.chunks, sentence.words
    for index in range(start, len(chunks)):
        chunk = chunks[index]
        if index > start and (chunk.kind == "complement" or words[chunk.start - 1].endswith(":")):
            short = chunk.size < MIN_SAID_WORDS and index + 1 < len(chunks)
            return index + short  # «قالت ماي في مقال: رسالتي | ...»: one word says nothing yet
        said = words[chunk.start + (index == start):chunk.end]
        if said and said[-1].endswith(":"):
            continue  # «قال سورج عن بواتينغ :», «قال لشبكة "إيه بي سي":»: the words said begin with the next chunk
        if any(word[:1] in SAID_MARKS and not _quoted_name(sentence, chunk.start + (index == start) + at, lexicon)
               for at, word in enumerate(said)):
            return index
    return len(chunks)


def _quoted_name(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether the quotation opening at word `index` is a name that a common noun before it takes in construct,
    closed within a few words: «قالت منظمة "السلام الآن" الإسرائيلية، ...، إن ...» names who spoke.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"منظمه": 90, "المنظمه": 90}, definite_share={"منظمه": 0.4})
    >>> _quoted_name(chunk_sentence('وقالت منظمة "السلام الآن" الإسرائيلية'), 2, lexicon)
    True
    >>> _quoted_name(chunk_sentence('وقال الوزير "لن نتراجع عن القرار"'), 2, lexicon)
    False
    """
    words, keys = sentence.words, sentence.keys
    before = keys[index - 1] if index > 0 else ""
    if not before or not lexicon.is_indefinite_noun(before) or not before[-1:].isalpha() \
            or words[index - 1][-1:] in ":،,":
        return False
    closing = ("\"", "»", "”")
    return words[index][1:].rstrip("،,.:").endswith(closing) or any(
        word.rstrip("،,.:").endswith(closing) for word in words[index + 1:index + MAX_QUOTED_NAME_WORDS])


def _said_what(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int:
    """The least end of a speech verb without an «أن» clause: a chunk past the speaker's (with the phrases
    glued to it and what describes it between commas), which is not where or how it was said («أكد عضو المكتب
    في تصريح» says nothing, nor does «أعلنت مديرة الاتصالات | بالبيت الأبيض هوب هيكس، | وهي من ...،»), nor a
    relative clause on the speaker between commas («ينفي غيان، | الذي كان يدير حملة ساركوزي | في ذلك الوقت،»)."""
    chunks, keys = sentence.chunks, sentence.keys
    source = "عن" if bare_word(keys[chunks[start].start]) in ("نقل", "نقلت") else None  # «نقلت الوكالة عن X»
    relayed = _relayed(sentence, start, lexicon) if source is not None else None
    if relayed is not None:
        return relayed
    speaker = phrase_end(sentence, start, lexicon)
    if speaker + 1 < len(chunks) and describes_speaker(sentence, speaker + 1, lexicon):
        speaker += 2  # «أعلنت النائبة | عن حزب نداء تونس، | زهرة إدريس»: the party and the name describe her
    elif describes_speaker(sentence, speaker, lexicon):
        speaker += 1  # «قالت الوزيرة، | هند صبري»
    elif _named_before_time(sentence, speaker + 1):
        speaker += 2  # «نفى رئيس الحكومة، | يوسف الشاهد | مساء الجمعة، | وجود ...»
    said, how, occasion = [], False, False
    verb = bare_word(keys[chunks[start].start])
    own = lexicon.complements.get(verb)  # «حذر مصدر | من ...»: what he warned of
    takes = lexicon.verb_prepositions.get(verb, frozenset()) | {own}  # «كشفت الولايات المتحدة | عن ...»
    for index in range(speaker + 1, len(chunks)):  # a phrase glued to one of how it was said is one too
        after_how = how or (index == speaker + 1 and chunks[speaker].size <= SHORT_SPEAKER_CHUNK)
        # «في تصريحات على هامش التظاهرة | التي انتظمت | بمناسبة شهر أكتوبر،»: the occasion's own clause
        occasion = how and not sentence.words[chunks[index].start - 1].endswith(("،", ",", ":")) and (
            chunks[index].kind == "relative" or keys[chunks[index].start] in _AND_RELATIVES
            or occasion and chunks[index].kind in _OCCASION_PHRASES)  # «التي ألقاها أمس | والتي جاءت عن ...»
        how = _how_said(sentence, index, source, lexicon) or (how and chunks[index].kind == "clitic") or occasion \
            or sentence.words[chunks[index].end - 1].endswith(":") or (  # «... بمنطقة المدينة: | “أبلغ ...»
            after_how and own != "من" and _of_indefinite(sentence, index, lexicon)) or (
            index == speaker + 1 and _between_commas(sentence, index))  # «أعلن النادي، | أحد فرق الدوري، |»
        if not how:  # «أكد الوزير | أثناء اجتماع | للحكومة المصرية | على التنسيق»
            said.append(index)
    own_phrase = next((index for index in said[:MAX_PLACES_BEFORE_SAID + 1] if keys[chunks[index].start] in takes),
                      None)
    if own_phrase is not None and all(_place_phrase(sentence, index) for index in said if index < own_phrase) \
            and not _describes_word_before(sentence, own_phrase, takes, lexicon):  # not «والصادر | عن ...»
        return own_phrase  # «أعلنت القيادة | في حسابها | على موقع فيس بوك | عن مقتل ...»: where, then what
    describing = False
    for index in said:  # past a relative clause on the speaker between commas
        chunk = chunks[index]
        aside = chunk.kind == "relative" and (sentence.words[chunk.start - 1].endswith(("،", ","))  # «، الذي»
                                              or index == speaker + 1)  # «أكدت المرأة | التي لم يفصح عن اسمها،»
        aside = aside or (index == said[0] == speaker + 1 and _describes_word_before(sentence, index, takes, lexicon))
        describing = aside or (describing and chunk.kind in ("preposition", "clitic"))
        if not describing:
            return index
        describing = not sentence.words[chunk.end - 1].endswith(("،", ","))
    return said[0] if said else len(chunks) - 1  # no comma closes it: it may hold what was said


def _relayed(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int | None:
    """What «نقل» relays when its source, named within MAX_SOURCE_CHUNKS chunks, is closed by a comma, so that the
    next words describe the source: the chunk after «قوله», an «أن» clause or a quotation, else past the last chunk
    («نقلت "رويترز" عن لوسي كوب، | مؤسسة حملة ...، | ... قولها "..."» relays what follows «قولها», not who she
    is); None otherwise, for `_said_what` to find it («عن الجنرال المتقاعد تحذيره من ...»)."""
    chunks, keys, words = sentence.chunks, sentence.keys, sentence.words
    source = next((index for index in range(start + 1, min(len(chunks), start + 1 + MAX_SOURCE_CHUNKS))
                   if keys[chunks[index].start] == "عن"), None)
    if source is None or not words[chunks[source].end - 1].endswith(("،", ",")):
        return None
    for index in range(source + 1, len(chunks)):
        chunk = chunks[index]
        if keys[chunk.end - 1] in _RELAYED_SAYING and index + 1 < len(chunks):
            return index + 1  # «، | قوله: | تمت الموافقة ...»
        if not _RELAYED_SAYING.isdisjoint(keys[chunk.start:chunk.end]) \
                or _opens_that_clause(sentence, chunk):
            return index
    return _quoted_from(sentence, source, lexicon)


def _place_phrase(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` is a phrase of where that holds no verbal noun, which would be the verb's object hidden
    in it («أعلنت الوزارة | في السعودية بدء تطبيق ...»)."""
    chunk = sentence.chunks[index]
    return chunk.kind in ("preposition", "clitic") \
        and not any(map(bare_verbal_noun, sentence.keys[chunk.start:chunk.end]))


def _describes_word_before(sentence: ChunkedSentence, index: int, takes: frozenset[str | None],
                           lexicon: Lexicon) -> bool:
    """Whether chunk `index` goes on describing the speaker instead of saying something: a verb after an indefinite
    noun («أفادت اختبارات، | أجريت على ...، | بوجود ...»), or the phrase a definite participle («الفاعل», «المفتعل»)
    takes («أوضح الوزير رياض المؤخر المنتسب | إلى حزب ... | أن ...»), unless the speech verb takes it (`takes`).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("أوضح الوزير سامي الكامل المنتسب إلى حزب العمل في تدوينة أن الخطة جاهزة")
    >>> _describes_word_before(sentence, 1, frozenset(), Lexicon(frequency={"المنتسب": 90, "منتسب": 40}))
    True
    """
    chunk, keys = sentence.chunks[index], sentence.keys
    before, first = keys[chunk.start - 1], keys[chunk.start]
    if chunk.kind == "preposition" and participle_like(before) \
            and not lexicon.is_name(before) and not lexicon.is_family_name(before):
        return first in AFFILIATION_PREPOSITIONS and first not in takes  # «النائب | عن حزب ...»
    return chunk.kind == "comma" and reads_as_verb(first, lexicon) and lexicon.is_indefinite_noun(before)


def _of_indefinite(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` is a «من» phrase completing the indefinite noun before it: where a speaker is from
    or what a count counts («أفاد مصدر | من المقاومة الشعبية», «أكد عدد | من أئمة المساجد»), not what was said.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"مصدر": 9, "المقاومه": 9}, definite_share={"مصدر": 0.4})
    >>> _of_indefinite(chunk_sentence("أفاد مصدر من المقاومة بمقتل عشرة"), 1, lexicon)
    True
    """
    chunks, keys = sentence.chunks, sentence.keys
    if chunks[index].kind != "preposition" or keys[chunks[index].start] != "من" or chunks[index].start == 0:
        return False
    last = keys[chunks[index].start - 1]
    return lexicon.is_indefinite_noun(last) and not lexicon.has_pronoun_suffix(last)


def _between_commas(sentence: ChunkedSentence, index: int) -> bool:
    """Whether comma chunk `index`, with the «ل» phrases glued to it, closes with a comma: a phrase set off
    right after the speaker describes him («أعلن فينيكس صنز، | أحد فرق الدوري للمحترفين، | تمديد ...»)."""
    chunks = sentence.chunks
    if chunks[index].kind != "comma" or fronted(sentence.keys[chunks[index].start]):
        return False  # «أعلنت العمادة، | عن فتح باب ...،»: what it announced
    end = glued_end(sentence, index)
    return sentence.words[chunks[end].end - 1].endswith(("،", ",")) and end + 1 < len(chunks)


def _named_before_time(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` is a short phrase between the speaker's comma and a time closed by a comma: the
    speaker's name, however common its words («نفى رئيس الحكومة، | يوسف الشاهد | مساء الجمعة، | وجود ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> _named_before_time(chunk_sentence("نفى الوزير، سامي الكامل مساء الجمعة، وجود أي نية للاستقالة"), 1)
    True
    """
    chunks, words = sentence.chunks, sentence.words
    return (0 < index < len(chunks) - 1 and chunks[index].kind == "comma" and chunks[index].size <= MAX_NAME_WORDS
            and words[chunks[index].start - 1].endswith(("،", ",")) and chunks[index + 1].kind == "time"
            and words[chunks[index + 1].end - 1].endswith(("،", ",")))


def _how_said(sentence: ChunkedSentence, index: int, source: str | None, lexicon: Lexicon) -> bool:
    """Whether chunk `index` says where, when or to whom words were said, or from whom they were reported:
    «في تصريح», «بعد بطولة ...», «لشبكة ...», «وفقا لما نقلته الوكالة», `source` («عن» after «نقلت الوكالة»),
    or where the speaker is from («أكد مواطن أصيل معتمدية بوحجلة | من ولاية القيروان»)."""
    chunk, keys = sentence.chunks[index], sentence.keys
    first = keys[chunk.start]
    words = keys[chunk.start:chunk.end]
    if chunk.kind in ("time", "aside") or first == "من" and words[1:2] and words[1] in _HOME_PLACES:
        return True  # «أفاد مصدر ... | اليوم الأربعاء، | بمقتل ...»: when, not what
    return (chunk.kind in ("preposition", "comma")  # «أوضح الشابي، | في تصريح لوكالة ...»
            and (first in CIRCUMSTANCE_PREPOSITIONS and _one_phrase(words[1:], lexicon)
                                             or not SPEECH_NOUNS.isdisjoint(words))) \
        or first in SOURCE_WORDS or bare_word(first) in SOURCE_WORDS | OCCASION_WORDS or first == source \
        or first in ADDRESSEES


def _one_phrase(keys: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the words are one noun phrase: no indefinite word after a definite one or a name, which would
    open another («بطولة كأس أمم أوروبا 2016» is one; «نيويورك | تورط البعثة» goes on with the verb's object).

    >>> lexicon = Lexicon(frequency={"تورط": 9, "بطوله": 9, "كاس": 9}, definite_share={"تورط": 0.4})
    >>> _one_phrase(("بطوله", "كاس", "اوروبا", "2016"), lexicon), _one_phrase(("نيويورك", "تورط", "البعثه"), lexicon)
    (True, False)
    """
    for before, key in zip(keys, keys[1:], strict=False):
        closed = before.startswith("ال") or lexicon.is_name(before)
        if closed and not key.startswith("ال") and not lexicon.is_name(key) and not key[:1].isdigit():
            return False
    return True
