"""The runs of chunks a compression may drop inside what it keeps: a time expression or a bracket alone, a relative
clause with the phrases that belong to it, a clause between two commas, where the sentence resumes cleanly.
"""

from __future__ import annotations

from typing import Final, Iterator

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    DANGLING,
    DASHES,
    DEMONSTRATIVES,
    PRAYERS,
    PREPOSITIONS,
    SAY_VERBS,
    Chunk,
    ChunkedSentence,
    closed_by_comma,
    fronted,
)
from service.engines.writer.clause_parts import (
    CLAUSE_STARTS,
    DESCRIBING_OPENERS,
    RESUMPTIVE_PREPOSITIONS,
    clause_follows_clause,
    goes_on_negated,
    holds_clause_word,
    list_goes_on,
    object_phrase,
    runs_into_verb,
)
from service.engines.writer.endings import apposition_end
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.marks import OPENING_QUOTES
from service.engines.writer.names import MAX_PERSON_NAME_WORDS
from service.engines.writer.rewrite import (
    GIVEN_NAME_TITLES,
    accusative_shape,
    day_is_family_name,
    looks_imperfect,
    person_noun,
    reads_as_verb,
    sound_plural,
)

# A run may start with what is plainly an aside: a prepositional phrase may hold the verb's object, and a
# tail clause («حيث», «مشيرا») runs on past its commas, so those only go with everything after them.
RUN_KINDS: Final = frozenset({"time", "aside", "relative", "comma"})
RESUME_KINDS: Final = frozenset({"comma", "resume"})
BARE_TIME_RESUMES: Final = frozenset({"resume", "complement", "preposition", "clitic"})  # «يدعو الجمعة | مجددا ...»
# Where a place lies («لمطار المزة، | غرب العاصمة»): it locates the run's last word and never resumes the clause;
# after a bare time it does («قصفت الطائرات | أمس | وسط المدينة», «ارتفعت الأسهم | أمس | وسط بيانات ...»)
DIRECTIONS: Final = frozenset("غرب شرق شمال جنوب وسط غربي شرقي شمالي جنوبي قرب بالقرب".split())
MAX_RUN_WORDS: Final = 12
APPOSITION_WORDS: Final = 4

Run = tuple[int, int]


def inner_runs(sentence: ChunkedSentence, after: int, end: int, lexicon: Lexicon,
               keep: frozenset[int] = frozenset()) -> Iterator[Run]:
    """Runs of chunks after chunk `after` and before `end` that are plainly asides: a time expression or a
    bracket alone, a relative clause with the phrases that belong to it, a clause between two commas. The
    sentence must resume right after, at a comma or after the time expression, and not with «و» (a list or a
    coordinated clause would lose its first half). Resuming at any prepositional phrase wins ROUGE and loses
    sense («أعلن المكتب أن عدد عن طريق ...»). No run takes a chunk of `keep` (a predicate, an object)."""
    chunks, keys = sentence.chunks, sentence.keys
    for first in range(after + 1, end + 1):
        kind = chunks[first].kind
        if kind not in RUN_KINDS:
            continue
        last = first
        if kind in ("relative", "comma"):
            while last + 1 < end and (chunks[last + 1].kind in ("preposition", "clitic", "conjunction")
                                      or kind == "relative" and _closing_time(sentence, last + 1)):
                last += 1
            described = _with_apposition(sentence, last, end, lexicon)
            if described is None:
                continue  # what describes the run's last name would stay without it
            last = described
        resumed = chunks[last + 1] if last < end else None
        before = keys[chunks[first].start - 1]
        if any(first <= index <= last for index in keep) or before in PREPOSITIONS or len(before) == 1:
            continue  # «شن المسلحون منذ | فجر الأربعاء | هجمات», «المعروفة اختصارا ب | (CAS)»: a bare preposition
        if kind == "time" and keys[chunks[first].start][:1].isdigit() and _names_by_date(before, lexicon):
            continue  # «مهرجان | 21 مارس | المعروف ...», «ثورة | 25 يناير»: the date names it
        if any(keys[chunk.start].removeprefix("و") in COMPLEMENTISERS for chunk in chunks[first + 1:last + 1]):
            continue  # «، خاصة | وأن الشركة، | ذات الخبرة ...، | لم تجرب ...»: the «أن» clause goes on after
        if kind == "relative" and before in DEMONSTRATIVES:
            continue  # «أفضل من ذلك | الذي وقعته الحكومة السابقة»: the clause says which one
        if keys[chunks[first].start] in CLAUSE_STARTS or kind == "relative" and (
                goes_on_negated(keys, chunks[first]) or runs_into_verb(sentence, first, last, lexicon)):
            continue  # «إن أربعة أشخاص، على الأقل، | قد قتلوا ...»: the clause's predicate, not an aside
        if kind == "comma" and keys[chunks[first].start].removeprefix("و") in SAY_VERBS:
            continue  # «كان الوزير، سامي الكامل، | قال، | في بداية العام، إن ...»: the verb of what follows
        if kind == "comma" and sentence.words[chunks[first].start][:1] in OPENING_QUOTES:
            continue  # «علق المستخدمون، "يا لها من خسارة"، تحت الصورة»: what was said, never an aside
        if kind == "comma" and object_phrase(keys, chunks[first], lexicon):
            continue  # «شنت قوات التحالف، الذي تقوده السعودية، | قصفا مدفعيا مكثفا، | استهدف ...»: what it launched
        if kind == "aside" and holds_clause_word(keys[chunks[first].start:chunks[first].end], lexicon):
            continue  # «تهريب (17.800) كيلو», «امرأة وهي (تفكك) ماكينة»: what it counts, what she does
        if (resumed is not None and _resumes(sentence, first, resumed)
                and (kind == "time" or keys[resumed.start] not in DIRECTIONS)
                and not lexicon.may_open_with_and(keys[resumed.start])
                and chunks[last].end - chunks[first].start <= MAX_RUN_WORDS
                and not _names_alone(sentence, resumed, lexicon) and not _refers_back(sentence, resumed, lexicon)
                and not (kind == "comma" and clause_follows_clause(sentence, after, first, resumed, lexicon))
                and not (kind == "comma" and _first_name_opens(sentence, resumed, lexicon))
                and not (kind != "time" and _titled_name(sentence, resumed, lexicon))
                and not (kind != "time" and _describes_dropped(sentence, resumed, lexicon))
                and not list_goes_on(sentence, (first, last), resumed, lexicon)):
            yield first, last


def _closing_time(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` is a time that closes the clause before it with a comma, no comma between them: «الذي
    تسلم منصبه | الشهر الماضي، |» says when that happened (not «الذين بدأوا | مساء السبت | التصويت», which goes on,
    nor «التي قال فيها، | الجمعة، | إن ...»)."""
    chunk, words = sentence.chunks[index], sentence.words
    return chunk.kind == "time" and closed_by_comma(words, chunk.end) and not closed_by_comma(words, chunk.start)


def _refers_back(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk after a comma opens with a verb and a preposition whose pronoun stands for the noun before
    the comma: «خلال حلقة نقاش، | تجمع فيها المئات» describes the discussion and resumes no clause.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("انتقدت الوزيرة الرئيس، وعلاقته مع روسيا خلال حلقة نقاش، تجمع فيها المئات")
    >>> _refers_back(sentence, sentence.chunks[-1], Lexicon(frequency={"يجمع": 9, "تجمع": 9}))
    True
    """
    first = sentence.keys[chunk.start]
    return chunk.size > 1 and sentence.keys[chunk.start + 1] in RESUMPTIVE_PREPOSITIONS \
        and (looks_imperfect(first, lexicon) or first in lexicon.verbs)  # «صورة له» is no verb


def _resumes(sentence: ChunkedSentence, first: int, resumed: Chunk) -> bool:
    """Whether the chunk after a run (opening with chunk `first`) resumes the clause: after an aside, a comma, or as the
    «أن» clause of the verb that a relative clause ending with a comma interrupted («قالت المنظمة، | التي تعارض
    الاستيطان، | إن ...»), unless the relative clause describes a phrase set off before it («أكدت النقابة، في
    البيان | الذي نشرته الصحف، | أن ...» would leave «، في البيان أن»)."""
    run, before = sentence.chunks[first], sentence.chunks[first - 1]
    if run.kind == "aside" and (sentence.words[run.start][:1] in DASHES or _defined(sentence.keys[run.start - 1])
                                or sentence.keys[run.start] in PRAYERS):
        return True  # «آل سعود – حفظه الله – | على تكليف», «البرلمان الألماني (البوندستاغ) | في ...»: as if not there
    if run.kind == "time" and sentence.keys[resumed.start] in DIRECTIONS:
        return True  # «ارتفعت الأسهم | أمس | وسط بيانات ...»: where or amid what, as after a comma
    return resumed.kind in RESUME_KINDS or (run.kind == "relative" and resumed.kind == "complement"
                                            and closed_by_comma(sentence.words, resumed.start)
                                            and before.kind != "preposition"
                                            and not fronted(sentence.keys[before.start]))


def _names_by_date(key: str, lexicon: Lexicon) -> bool:
    """Whether the word before a date is an indefinite noun the date names in construct («ثورة 25 يناير»,
    «أحداث 11 سبتمبر»), not a verb, an accusative or a definite word, after which a date says when.

    >>> lexicon = Lexicon(frequency={"ثوره": 90, "الثوره": 90}, definite_share={"ثوره": 0.5})
    >>> _names_by_date("ثوره", lexicon), _names_by_date("الثوره", lexicon)
    (True, False)
    """
    return not _defined(key) and lexicon.is_indefinite_noun(key) and not accusative_shape(key) \
        and not reads_as_verb(key, lexicon) and not lexicon.has_pronoun_suffix(key)


def _defined(key: str) -> bool:
    """Whether the word before a bracket is definite, so that the bracket only names or describes it again
    («الاحتياطي الفيدرالي»); after an indefinite word it completes it («شركة (إي إن)», «حصول (3 طلاب)»)."""
    return key.startswith(("ال", "لل", "بال"))


def time_after_subject(sentence: ChunkedSentence, index: int, subject_end: int, end: int,
                       protected: frozenset[int], lexicon: Lexicon) -> Iterator[Run]:
    """The time expression right after a subject put first, as a run: «ترامب يوقع، الأربعاء، مرسوما» reads
    «ترامب يوقع مرسوما», «السلطات تقول، السبت، إن ...» reads «السلطات تقول إن ...», and without commas «كلينتون
    تدعو الجمعة مجددا إلى ...» reads «كلينتون تدعو مجددا إلى ...». The clause must resume after it (a comma chunk,
    the reported clause or, after a bare time, a word or phrase of the verb's), not with a conjunction «و» («وسط» is a
    word of its own: `Lexicon.may_open_with_and`). `index`: the chunk
    right after the opening's, `subject_end`: the word where the subject put first ends."""
    if index >= end or index in protected:
        return
    chunks, keys = sentence.chunks, sentence.keys
    time, resumed = chunks[index], chunks[index + 1]
    if sentence.words[time.end - 1].endswith(("،", ",")):
        resuming = RESUME_KINDS | {"complement"}
    elif day_is_family_name(sentence, index) or time.start != subject_end:
        return  # «يستغلون مهرجان | 21 مارس»: after the object a date may name it
    else:
        resuming = BARE_TIME_RESUMES
    if time.kind == "time" and time.start >= subject_end \
            and resumed.kind in resuming and not lexicon.may_open_with_and(keys[resumed.start]):
        yield index, index


def _with_apposition(sentence: ChunkedSentence, last: int, end: int, lexicon: Lexicon) -> int | None:
    """The run's last chunk, or the end of the phrase between commas right after it, which describes the run's last
    name and goes with it: «إن السيدة | التي عثر عليها | بجانب سيرغي سكريبال، | العميل الروسي السابق، | هي
    ابنته» without the relative clause is «إن السيدة هي ابنته», never «إن السيدة العميل الروسي السابق». None
    when that phrase is not before `end`, the compression's last chunk: the run cannot take it."""
    final, chunks, keys = sentence.chunks[last].end, sentence.chunks, sentence.keys
    if last + 1 >= len(chunks) or not closed_by_comma(sentence.words, final):
        return last
    if reads_as_verb(keys[chunks[last + 1].start], lexicon):
        return last  # a verb resumes the clause: «، عانوا مضاعفات بعد الخضوع لها،»
    closing = last + 2 == len(chunks) and chunks[last + 1].kind == "comma" and chunks[last + 1].size <= APPOSITION_WORDS
    if closing and any(lexicon.is_name(key) for key in keys[final - 2:final]):
        return None  # a short phrase closing the sentence describes the name too: «خلف هاري كين، | مهاجم توتنهام.»
    if _describes(sentence, last + 1):
        described = comma_closed_chunk(sentence, last + 1)
        return described if described is not None and described < end else None
    if not (lexicon.is_name(keys[final - 1]) and not keys[final - 1][:1].isdigit()  # «منذ عام 2015، | لاقت»
            or _holder_named(sentence, last + 1, lexicon)):
        return last
    described = apposition_end(sentence, last + 1, lexicon)
    if described is None:
        return last
    return described if described < end else None


def _describes(sentence: ChunkedSentence, index: int) -> bool:
    """Whether comma chunk `index` opens with «one of» or an elative, so describes a name before it: «نادي عموم
    إنجلترا، | الذي تستضيف ملاعبه بطولة ويمبلدون، | إحدى بطولات الغراند سلام،» without the relative clause would
    call the club a tournament."""
    chunk = sentence.chunks[index]
    return chunk.kind == "comma" and sentence.keys[chunk.start] in DESCRIBING_OPENERS


def comma_closed_chunk(sentence: ChunkedSentence, index: int) -> int | None:
    """The chunk (of the three from `index`) that ends with a comma, or None: where a phrase set off there ends."""
    return next((last for last in range(index, min(len(sentence.chunks), index + 3))
                 if sentence.words[sentence.chunks[last].end - 1].endswith(("،", ","))), None)


def _holder_named(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether comma chunk `index` is a person's name alone, naming who holds the title before it: «التي يجريها
    المحقق الخاص، | خالد الزهراني،» (dropped with the relative clause, never left after «التحقيقات»)."""
    chunk = sentence.chunks[index]
    keys = [key for key in sentence.keys[chunk.start:chunk.end] if key]
    return chunk.kind == "comma" and 1 < len(keys) <= APPOSITION_WORDS and lexicon.is_name(keys[0]) \
        and all(lexicon.is_name(key) or lexicon.is_family_name(key) for key in keys[1:])


def run_words(sentence: ChunkedSentence, run: Run) -> int:
    return sentence.chunks[run[1]].end - sentence.chunks[run[0]].start


def _names_alone(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk after a comma is a name alone, which names the title before it: «الذي أمر الرئيس
    الأميركي، | دونالد ترامب، | بتنظيمه» does not resume the sentence at «دونالد ترامب»; a present verb alone
    («يندرج») is no name, however rarely the archive writes it with «ال»."""
    keys = sentence.keys[chunk.start:chunk.end]
    if chunk.size == 1 and looks_imperfect(keys[0], lexicon):
        return False  # «اللقاء، الذي جاء ...، | يندرج | ضمن ...»: a present verb resumes the clause
    if chunk.kind != "comma" or chunk.size > APPOSITION_WORDS:
        return False
    if len(keys) > 1 and person_noun(keys[0]):
        return lexicon.is_name(keys[-1])  # «، الشيخ منصور بن زايد،»: a title and a name, whatever its first name
    return all(lexicon.is_name(key) or key == "الله" or following == "الله"  # «فتح الله غولن»: a name with «الله»
               for key, following in zip(keys, keys[1:] + ("",), strict=True) if key)


def _first_name_opens(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk after a comma is a first name and the rest of a person's name, which names who the phrase
    between commas before it speaks of: «تداول نشطاء ...، قضية اختفاء حساب إمام الحرم المكي، | سعود الشريم | في
    تويتر» without the phrase would have the activists circulate the imam.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("تداول نشطاء، قضية حساب الإمام، سعود الشريم في تويتر")
    >>> _first_name_opens(sentence, sentence.chunks[2], Lexicon(frequency={"سعود": 900, "الشريم": 20}))
    True
    """
    keys = sentence.keys[chunk.start:chunk.end]
    return chunk.kind == "comma" and 1 < len(keys) <= MAX_PERSON_NAME_WORDS and keys[0] not in DANGLING \
        and lexicon.is_name(keys[0]) and not any(reads_as_verb(key, lexicon) for key in keys)


def _describes_dropped(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk after a comma opens with a definite sound plural: an adjective on the noun before the comma
    («ضد المتمردين الحوثيين، | المدعومين من إيران،»), which a run dropping that noun would leave behind, read as the
    verb's object («يدعم التحالف المدعومين من إيران»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("يدعم التحالف الحكومة ضد المتمردين، المدعومين من الخارج")
    >>> _describes_dropped(sentence, sentence.chunks[2], Lexicon(frequency={"المدعومين": 9, "المدعومون": 9}))
    True
    """
    key = sentence.keys[chunk.start]
    return chunk.kind == "comma" and key.startswith("ال") and sound_plural(key, lexicon)


def _titled_name(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk after a comma opens with a person's title and name, however long: after a phrase between
    commas it names someone in that phrase («صورة سيلفي، | مع ولي عهد السعودية، | الأمير محمد بن سلمان وملك
    المغرب،»), and without the phrase it would read as the object («صورة سيلفي الأمير محمد ...»)."""
    keys = sentence.keys[chunk.start:chunk.end]
    return chunk.kind == "comma" and len(keys) > 1 and person_noun(keys[0]) \
        and (lexicon.is_name(keys[1]) or keys[0] in GIVEN_NAME_TITLES)  # «الأمير | فيصل»
