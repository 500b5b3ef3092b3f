"""Where a verb's complement starts: the preposition the archive shows its clause going on with
(`Lexicon.complements`: «أعرب الملك | عن تهنئته»), past a time, an aside or phrases of the occasion that may come
first («اتفقت المملكتان | بمناسبة زيارة ولي العهد ... | على تعزيز التعاون»), which a compression may then drop
as one run; or what the passive «تم» did («تم | اليوم | افتتاح المعرض»); the amount a verb of amount reached
(«بلغت الخسائر ... | 3 مليارات») and what a verb of being counted among is counted among («تعد المدينة | من أهم
...»). The same learned prepositions hold for a verb inside what was said (`said_needs`) and for a later verb
that a compression would cut from its complement (`verb_left_open`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from service.engines.writer.chunks import (
    COMPLEMENT_VERBS,
    COMPLEMENTISERS,
    COMPOUND_PREPOSITIONS,
    NEGATIONS,
    PREPOSITIONS,
    RELATIVES,
    ChunkedSentence,
    closed_by_comma,
)
from service.engines.writer.bare_subjects import resumed_predicate
from service.engines.writer.clause_ends import CAUSE_OPENERS
from service.engines.writer.endings import PASSIVE_AUXILIARIES, describes_speaker, opening_verb_forms, verb_forms
from service.engines.writer.lexicon import COMPLEMENT_WINDOW, GLUED_COMPLEMENT, Lexicon
from service.engines.writer.rewrite import (
    PLACE_NOUNS,
    accusative_shape,
    glued_complement,
    opens_adjunct,
    reads_as_verb,
    verb_key,
)

if TYPE_CHECKING:
    from service.engines.writer.candidates import Opening

_PASSIVE_ADJUNCTS: Final = frozenset({"time", "aside", "preposition", "clitic", "relative"})  # before its noun
DEPUTIES: Final = frozenset("النائب النائبه نائب نائبه والنائب".split())  # «النائب ... عن حزب»: the party he sits for
OCCASION_OPENERS: Final = frozenset("""
بمناسبه خلال اثناء بحضور برعايه برئاسه بمشاركه عقب اثر وفقا طبقا حسب بحسب بالتنسيق بالتعاون بالقرب
""".split())
TO: Final = "الي"  # «إلى» folded
GLUED_TO: Final = "ل"  # «إلى» written as «ل» glued to its word («اضطر المدير | للعمل سائقا»)
DERIVED_PRESENT_LETTERS: Final = 5  # «يشتمل», «يستخدم»: a present of «افتعل», «انفعل», «استفعل»
MAX_OCCASION_REACH: Final = 40  # words after the verb within which its complement may follow phrases of the occasion
_DEFINITE: Final = ("ال", "لل", "بال", "وال", "فال", "كال")  # «ال» with the prepositions and conjunctions glued to it
# Verbs of being counted among («تعد المدينة من أهم ...»): their subject alone says nothing (folded)
COUNTED_AMONG_VERBS: Final = frozenset("يعد تعد يعتبر تعتبر".split())
# Words a verb follows within a chunk: a complementiser, a relative, a negation, «قد», «عدم» («عدم تمكن مصر»)
_BEFORE_VERB: Final = COMPLEMENTISERS | RELATIVES | NEGATIONS | frozenset({"قد", "عدم"})
# Verbs whose object is an amount («بلغت الخسائر 3 مليارات»): what they reached is the news (folded, both genders)
AMOUNT_VERBS: Final = frozenset("بلغ بلغت ناهز ناهزت قارب قاربت".split())
_PLACE_OR_COMPLEMENT: Final = frozenset({"في", "من"})  # also where: «في نيكاراغوا», not what «تتسبب» + «في» does


def complement_chunk(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> int | None:
    """The chunk where the opening verb's complement starts, for a verb whose clause the archive shows going on
    with one preposition (`Lexicon.complements`): «أعرب الملك | عن تهنئته», «حضت المديرة ... الدول العربية |
    على خفض الإنفاق»; for any other verb alone in its chunk, where its subject comes after a place or a time
    (as for «تم»), and for a verb alone in its chunk with its complement, the subject after them («انتقلت | إلى الله
    | أمس | والدة ...»). A compression keeps it; None for other verbs or when the preposition does not follow.

    >>> from service.engines.writer.candidates import Opening
    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("أعرب وزير الخارجية في بيان عن قلقه من التصعيد")
    >>> complement_chunk(sentence, Opening("plain", 0, 0), Lexicon(complements={"اعرب": "عن"}, frequency={"قلقه": 9}))
    2
    """
    if opening.form not in ("plain", "subject"):
        return None
    chunks, verb = sentence.chunks, sentence.chunks[opening.start].start
    forms = opening_verb_forms(sentence, opening, lexicon)  # «سيتمكن» asks for what «تمكنت» does
    preposition = _preposition_of(forms, lexicon)
    alone = chunks[opening.start].size == 1 and opening.form == "plain"  # «تتواصل | في العاصمة ...، | الفعاليات»
    if alone and (sentence.keys[verb] in PASSIVE_AUXILIARIES or preposition is None
                  and reads_as_verb(sentence.keys[verb], lexicon)):
        return _subject_after(sentence, opening.start, lexicon)
    if preposition is None and forms[0] in COUNTED_AMONG_VERBS:
        return _elative_within(sentence, opening.start)
    if preposition is None:
        return _number_reached(sentence, opening, forms, lexicon)
    # A light verb says nothing without its complement: it is sought past a long subject and where it acted
    # («تمكنت | ظهر اليوم، | وحدات فرقة الحراسة ... بتمغزة | من ولاية توزر، | وبالتنسيق مع ... | من حجز ...»).
    window = MAX_OCCASION_REACH if not COMPLEMENT_VERBS.isdisjoint(forms) else COMPLEMENT_WINDOW
    found = _complement_within(sentence, opening.start, preposition, window, lexicon)
    if found is None and preposition == TO:  # «إلى» written «ل» glued to its word: «اضطر المدير | للعمل سائقا»
        found = _complement_within(sentence, opening.start, GLUED_TO, window, lexicon)
    if found is None and window == MAX_OCCASION_REACH and preposition == "ب":
        return _glued_within(sentence, opening, lexicon)
    if found is not None and alone:  # «انتقلت | إلى الله تعالى | أمس | والدة ...»: who did, after what and when
        return _subject_after(sentence, found, lexicon) or found
    return found


def _preposition_of(forms: list[str], lexicon: Lexicon) -> str | None:
    """The preposition the archive shows a verb going on with (`Lexicon.complements`), asked of its forms in order
    (`endings.verb_forms`: as written, then the pasts of its present), then of the past a present of the derived
    forms has when the archive's leads never opened with it to pair them («يشتمل» → «اشتمل» → «علي»).

    >>> _preposition_of(["يشتمل"], Lexicon(complements={"اشتمل": "علي"})), _preposition_of(["يكتب"], Lexicon())
    ('علي', None)
    """
    found = next((lexicon.complements[form] for form in forms if form in lexicon.complements), None)
    if found is not None or not forms or forms[0][:1] not in ("ي", "ت") or len(forms[0]) < DERIVED_PRESENT_LETTERS:
        return found
    return lexicon.complements.get("ا" + forms[0][1:])


def verb_preposition(key: str, lexicon: Lexicon) -> str | None:
    """`_preposition_of` a verb's key alone."""
    return _preposition_of([key], lexicon)


def _word_preposition(key: str, lexicon: Lexicon) -> str | None:
    """`_preposition_of` the verb a word inside a chunk reads as («دعت» → «الي»)."""
    return _preposition_of(verb_forms(verb_key(key, lexicon), lexicon), lexicon)


def said_needs(sentence: ChunkedSentence, said: int, lexicon: Lexicon) -> int:
    """The chunk a compression must reach for what was said, opening at chunk `said`, to say it whole: its own verb's
    complement (`clause_complement`: «أن المملكة دعت ... الدول | إلى اتخاذ ...») or its predicate past a bracket
    (`resumed_predicate`: «أن معرض | (صنع في عسير) | يوفر الفرصة»); 0 when it asks for neither."""
    if said >= len(sentence.chunks):
        return 0
    return max(clause_complement(sentence, said, lexicon) or 0, resumed_predicate(sentence, said, lexicon) or 0)


def clause_complement(sentence: ChunkedSentence, clause: int, lexicon: Lexicon) -> int | None:
    """The chunk where the complement of the verb inside the «أن» clause at chunk `clause` starts, for a verb the
    archive shows going on with one preposition (`Lexicon.complements`): what was said keeps it as the verb of a
    statement does («أن المملكة دعت أيضا | أمام المجالس ... الدول | إلى اتخاذ الإجراءات»); None otherwise.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("وأضاف الوزير أن المملكة دعت أمام المجالس الدولية الدول إلى اتخاذ الإجراءات")
    >>> clause_complement(sentence, 1, Lexicon(complements={"دعت": "الي"}, verbs={"دعت": "تدعو"}))
    3
    """
    chunk, keys = sentence.chunks[clause], sentence.keys
    if chunk.kind != "complement" or keys[chunk.start] in CAUSE_OPENERS:
        return None
    for at in range(chunk.start + 1, chunk.end):
        if reads_as_verb(keys[at], lexicon):
            preposition = _word_preposition(keys[at], lexicon)
            return None if preposition is None else _complement_within(sentence, clause, preposition,
                                                                       COMPLEMENT_WINDOW, lexicon)
    return None


def verb_left_open(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether chunk `end` holds a verb (its first word, or one after a particle) that goes on with a preposition
    (`Lexicon.complements`) which does not follow it within the chunk but opens a later one within the verb's
    reach: a compression ending there cuts the verb from what it says («بدأ الاجتماع بكلمة للرئيس، | رحب فيها» |
    «بالحضور»; «الإفراج عنه جاء بعد عدم تمكن مصر» | «من ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("جاء الإفراج بعد عدم تمكن السلطات من إثبات التهم")
    >>> lexicon = Lexicon(complements={"تمكن": "من"}, verbs={"تمكن": "يتمكن"}, frequency={"اثبات": 900})
    >>> verb_left_open(sentence, 1, lexicon), verb_left_open(sentence, 2, lexicon)
    (True, False)
    """
    chunk, keys = sentence.chunks[end], sentence.keys
    for at in range(chunk.start, chunk.end):
        if at > chunk.start and keys[at - 1] not in _BEFORE_VERB or not reads_as_verb(keys[at], lexicon):
            continue  # within a chunk, only after a particle: «نجله حافظ» is a name, not «preserved»
        preposition = _word_preposition(keys[at], lexicon)
        if preposition is not None and not any(_opens_with(key, preposition, lexicon)
                                               for key in keys[at + 1:chunk.end]):
            return _complement_within(sentence, end, preposition, COMPLEMENT_WINDOW, lexicon) is not None
    return False


def _complement_within(sentence: ChunkedSentence, start: int, preposition: str, window: int,
                       lexicon: Lexicon) -> int | None:
    """The first chunk after the verb opening chunk `start` that opens with its complement's `preposition`, within
    `window` words of it not counting times, asides, phrases of the occasion or what describes the subject."""
    chunks, verb = sentence.chunks, sentence.chunks[start].start
    passed = 0  # words of a time or an aside, which the window does not count: «دعا ظريف، الأربعاء، ترامب | إلى»
    occasion = False  # within phrases of the occasion, which it does not count either
    describing = False  # within a relative clause on the subject, which the window does not count
    for index in range(start + 1, len(chunks)):
        if chunks[index].start - verb - passed > window or chunks[index].start - verb > MAX_OCCASION_REACH:
            break
        describing = chunks[index].kind == "relative" or describing and chunks[index].kind in ("preposition", "clitic")
        sits_for = _sits_for(sentence, index)  # «النائب ... | عن الكتلة»: no complement, and not counted
        glued_aside = preposition == GLUED_TO and chunks[index].kind != "clitic"  # «، لتحميل الفيديوهات،»: why
        if not sits_for and not glued_aside and _complement_at(sentence, start, index, preposition, lexicon):
            return index  # «نددت منظمة ... | التي تشارك في ... | السبت | بما اعتبرته ...»
        occasion = opens_occasion(sentence, index) or occasion and chunks[index].kind in ("preposition", "clitic")
        if chunks[index].kind in ("time", "aside") or occasion or sits_for or describing:
            passed += chunks[index].size
    return None


def _number_reached(sentence: ChunkedSentence, opening: Opening, forms: list[str], lexicon: Lexicon) -> int | None:
    """The «إلى» phrase with a number that a verb going on with «إلى» (`Lexicon.verb_prepositions`) reaches, past
    a time or a bracket: «ارتفعت حصيلة ضحايا الأمطار ...، الاثنين، | إلى 100 قتيل» says how far, the news; or the
    chunk with the number a verb of amount takes as its object («بلغت حصيلة الأهداف ... | منذ بداية العام 37
    هدفا»: the total is the news)."""
    if not AMOUNT_VERBS.isdisjoint(forms):
        return _amount_within(sentence, opening.start)
    if not any(TO in lexicon.verb_prepositions.get(form, ()) for form in forms):
        return None
    chunks, verb, passed = sentence.chunks, sentence.chunks[opening.start].start, 0
    for index in range(opening.start + 1, len(chunks)):
        chunk = chunks[index]
        if chunk.start - verb - passed > COMPLEMENT_WINDOW:
            return None
        if sentence.keys[chunk.start] == TO:
            return index if any(key[:1].isdigit() for key in sentence.keys[chunk.start + 1:chunk.end]) else None
        if chunk.kind in ("time", "aside"):
            passed += chunk.size
    return None


def _elative_within(sentence: ChunkedSentence, start: int) -> int | None:
    """The «من» phrase with a superlative within COMPLEMENT_WINDOW words of the verb opening chunk `start`: what a
    verb of being counted among says of its subject («تعد سنوات الحملة ... | من أبرز فترات التاريخ الحديث»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> _elative_within(chunk_sentence("تعد المدينة القديمة بأسوارها من أهم المواقع الأثرية"), 0)
    1
    """
    chunks, keys, verb = sentence.chunks, sentence.keys, sentence.chunks[start].start
    for index in range(start + 1, len(chunks)):
        first = chunks[index].start
        if first - verb > COMPLEMENT_WINDOW:
            return None
        at = first + 1 + (keys[first + 1:first + 2] == ("بين",))  # «من بين أكبر ...»
        if keys[first] == "من" and at < len(keys) and _elative(keys[at]):
            return index
    return None


def _elative(key: str) -> bool:
    """Whether a word has the shape of a superlative: «أبرز», «أهم», «أكبر», «أول» (folded «ا» and two or three
    letters)."""
    return key[:1] == "ا" and key[:2] != "ال" and 3 <= len(key) <= 4


def _amount_within(sentence: ChunkedSentence, start: int) -> int | None:
    """The first chunk after the verb opening chunk `start`, within COMPLEMENT_WINDOW words of it, that holds a
    number: «بلغت الخسائر | في الربع الأخير 3.2 مليار دولار»."""
    chunks, keys, verb = sentence.chunks, sentence.keys, sentence.chunks[start].start
    return next((index for index in range(start, len(chunks)) if chunks[index].start - verb <= COMPLEMENT_WINDOW
                 and any(key[:1].isdigit() for key in keys[max(verb + 1, chunks[index].start):chunks[index].end])),
                None)


def _glued_within(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> int | None:
    """The chunk within a light verb's reach that holds its «ب» complement glued inside it, where no chunk opens
    with one: «قامت المجموعة | في جميع مستشفياتها | في الرياض والقصيم بمعايدة مرضاها» did nothing without it."""
    chunks, keys, verb = sentence.chunks, sentence.keys, sentence.chunks[opening.start].start
    return next((index for index in range(opening.start + 1, len(chunks))
                 if chunks[index].start - verb <= MAX_OCCASION_REACH
                 and any(glued_complement(key, lexicon) for key in keys[chunks[index].start + 1:chunks[index].end])),
                None)


def _sits_for(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` is the «عن» phrase naming whom a deputy sits for: «أعرب النائب غازي الشواشي | عن الكتلة
    الديمقراطية، ... | عن الأمل» expressed hope, not the bloc."""
    chunk, before = sentence.chunks[index], sentence.chunks[index - 1]
    return sentence.keys[chunk.start] == "عن" and not DEPUTIES.isdisjoint(sentence.keys[before.start:before.end])


def _complement_at(sentence: ChunkedSentence, start: int, index: int, preposition: str, lexicon: Lexicon) -> bool:
    """Whether chunk `index` opens with the verb's preposition as its complement, not as what describes a speaker,
    names a place or goes on from a phrase of where (a deputy's party, `_sits_for`, the caller asks first)."""
    if sentence.chunks[index].kind in ("time", "aside") \
            or not _opens_with(sentence.keys[sentence.chunks[index].start], preposition, lexicon):
        return False
    return not describes_speaker(sentence, index, lexicon) \
        and not (preposition in _PLACE_OR_COMPLEMENT and _names_a_place(sentence, index, lexicon)) \
        and not (preposition == "من" and _completes_word_before(sentence, index, lexicon)) \
        and not (preposition == GLUED_COMPLEMENT and _glued_to_phrase(sentence, start, index, lexicon))


def _completes_word_before(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether a «من» chunk goes on from the indefinite noun or participle right before it, with no comma between:
    «عناصر | من الجيش», «سيارة قادمة | من طبرقة» say who or which, not what the verb did («تمكنت ... من حجز»);
    so does one after a word that always takes «من» (`Lexicon.governs`: «حذر مصدر مقرب | من رئيس الحكومة»);
    never «من أن ...», a clause.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"قادمه": 90, "القادمه": 90}, definite_share={"قادمه": 0.4})
    >>> _completes_word_before(chunk_sentence("أثناء تفتيش سيارة قادمة من طبرقة من حجز"), 1, lexicon)
    True
    """
    start = sentence.chunks[index].start
    word, key = sentence.words[start - 1], sentence.keys[start - 1]
    if word.endswith(("،", ",")) or not COMPLEMENTISERS.isdisjoint(sentence.keys[start + 1:start + 2]):
        return False  # «حذر ... رئيس الحكومة تمام سلام | من أن ...»: what is feared, whatever the word before
    return key in COMPOUND_PREPOSITIONS or lexicon.governs.get(key) == "من" \
        or not key.startswith(_DEFINITE) and lexicon.is_indefinite_noun(key) \
        and not accusative_shape(key)  # «بالقرب | من ...», «مصدر مقرب | من ...»; not «التابع للمحافظة | من انتشال»


def _glued_to_phrase(sentence: ChunkedSentence, start: int, index: int, lexicon: Lexicon) -> bool:
    """Whether a «ب» chunk goes on from the phrase of where or how before it, not from the verb's clause: «على
    هامش افتتاحه المعرض | بالعاصمة» says where the opening was (not after the verb's own chunk or its object,
    nor after a comma)."""
    before = index - 1
    if before <= start or closed_by_comma(sentence.words, sentence.chunks[before].end):
        return False
    chunk = sentence.chunks[before]
    return chunk.kind in ("preposition", "clitic") or chunk.kind == "comma" and opens_adjunct(
        sentence.keys[chunk.start], lexicon)


def _opens_with(key: str, preposition: str, lexicon: Lexicon) -> bool:
    """Whether a chunk's first word is the preposition, or for `GLUED_COMPLEMENT` that preposition glued to a
    word («بالإفراج», «بأنها»; not «بيان»); for `GLUED_TO` «ل» glued to a word, as «إلى» may be written («اضطر
    المدير | للعمل سائقا»).

    >>> _opens_with("لانشاء", GLUED_TO, Lexicon(frequency={"انشاء": 9})), _opens_with("لدي", GLUED_TO, Lexicon())
    (True, False)
    """
    if preposition == GLUED_COMPLEMENT:
        return glued_complement(key, lexicon)
    if preposition == GLUED_TO:
        return key[:1] == "ل" and len(key) > 3 and lexicon.is_common(key[1:])
    return key == preposition


def _subject_after(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int | None:
    """The chunk holding what «تم» did, or the subject of a verb alone in its chunk, after the time and place that
    may come first: «تم | اليوم | برواق حشاد | بالمنزه، | افتتاح المعرض» says nothing before «افتتاح», «تتواصل | في
    العاصمة ... | منذ أمس، | فعاليات المؤتمر» nothing before «فعاليات» (None when no such chunk comes soon)."""
    chunks, verb = sentence.chunks, sentence.chunks[start].start
    for index in range(start + 1, len(chunks)):
        if chunks[index].start - verb > COMPLEMENT_WINDOW:
            break
        first = sentence.keys[chunks[index].start]
        if chunks[index].kind not in _PASSIVE_ADJUNCTS and not opens_adjunct(first, lexicon):
            return index
    return None


def _names_a_place(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether a preposition's chunk says where («من ولاية باجة», «في نيكاراغوا», «في الصين», «في مصر»): a place
    noun or a name right after it; a verb's complement goes on with what it does («تمكنت الوحدات ... من ولاية
    باجة | من حجز ...», «تتسبب السلالم ... في الصين | في حادثة ...»). After «من», a common word that reads as a
    name is a verbal noun seldom written with «ال» («من انتشال»), so only a rare word names a place there."""
    chunk, keys = sentence.chunks[index], sentence.keys
    following = keys[chunk.start + 1] if chunk.size > 1 else ""
    hamza = chunk.size > 1 and sentence.words[chunk.start + 1].startswith(("إل", "أل"))  # «إلقاء» has no «ال»
    return following in PLACE_NOUNS or not lexicon.is_common(following) \
        or lexicon.definite_name(following) and not hamza or keys[chunk.start] == "في" and lexicon.is_name(following)


def opens_occasion(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` opens a phrase of the occasion, company or patronage of what the verb tells, or its
    source: «بمناسبة زيارة ...», «خلال لقائه ...», «بحضور ...», «برعاية ...», «وفقا لتقرير ...», «وبالتنسيق مع ...»."""
    key = sentence.keys[sentence.chunks[index].start]
    return sentence.chunks[index].kind in ("preposition", "comma", "clitic") \
        and (key in OCCASION_OPENERS or key[:1] == "و" and key[1:] in OCCASION_OPENERS)


def occasion_run(sentence: ChunkedSentence, after: int, complement: int | None, end: int,
                 protected: frozenset[int]) -> tuple[int, int] | None:
    """The phrases of the occasion before the verb's complement (with the time before them), as one run a
    compression ending at chunk `end` may drop: «اتفقت المملكتان | بمناسبة زيارة ولي العهد ... | على تعزيز
    التعاون» reads «اتفقت المملكتان على تعزيز التعاون», «تمكنت الفرقة | صباح اليوم | إثر كمين ... | في معتمدية
    الحامة، | من حجز ...» reads «تمكنت الفرقة من حجز ...».

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("اتفقت الدولتان بمناسبة زيارة الرئيس للعاصمة على تعزيز التعاون")
    >>> occasion_run(sentence, 0, 3, 3, frozenset())
    (1, 2)
    """
    if complement is None or complement > end or complement <= after + 1:
        return None
    chunks = sentence.chunks
    kind, first = chunks[complement].kind, sentence.keys[chunks[complement].start]
    if kind not in ("preposition", "clitic") and not (kind == "comma" and first in PREPOSITIONS):
        return None  # not what «تم» did: «وحجز ...»; «حصلت الإمارات، وفقا لـ ...، | على المركز الأول» is the verb's
    start = None
    for index in range(complement - 1, after, -1):  # back to the first phrase of the occasion
        if opens_occasion(sentence, index):
            start = index
        elif chunks[index].kind not in ("preposition", "clitic", "time", "aside"):
            break
    if start is None and chunks[complement - 1].kind == "time" \
            and sentence.keys[chunks[complement - 1].start - 1] not in PREPOSITIONS:  # not «من | صباح اليوم»
        start = complement  # «أقدم تلميذ ... | عشية اليوم الخميس | على إضرام ...»: the time alone
    if start is None:
        return None
    while start - 1 > after and chunks[start - 1].kind == "time":
        start -= 1  # «صباح اليوم | إثر كمين ...»: when, with the occasion
    if any(index in protected for index in range(start, complement)):
        return None
    return start, complement - 1
