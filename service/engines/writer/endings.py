"""Where a compression may end and what it must keep: a word that needs more never ends it, a verb keeps its
object or its «أن» clause, a clause that opens with its subject its predicate, and a run never drops the verb's
object (where that object is, in `objects`; where a verb's complement is, in `complements`; what a speech verb
keeps, in `said`; the clauses a compression must not stop in, in `clause_ends`).

Each rule answers for one opening of one sentence (`candidates.compressions` asks them); all are rules about
the article's own chunks, plus the words that the archive's headlines never end on (`Lexicon.unfinished`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from service.engines.writer.chunks import (
    CLAUSE_LINKS,
    CLITIC_PREPOSITIONS,
    COMPLEMENT_VERBS,
    DANGLING,
    DEMONSTRATIVES,
    PERCENT_WORDS,
    RELATIVES,
    PRAYERS,
    Chunk,
    ChunkedSentence,
    ends_dangling,
    fronted,
)
from service.engines.writer.clause_ends import before_clause, closes_clause, fronts_clause
from service.engines.writer.lexicon import FUTURE_PREFIXES, Lexicon
from service.engines.writer.pluperfect import pluperfect_verb
from service.engines.writer.rewrite import (
    CONSTRUCT_TITLES,
    PERSON_TITLES,
    QUANTITY_HEADS,
    accusative_shape,
    bare_word,
    looks_imperfect,
    past_verb,
    reads_as_verb,
    verb_key,
    verb_like,
    without_future,
)
from service.engines.writer.speech import BETWEEN_SPEAKER_AND_CLAUSE, MAX_NAME_WORDS, clause_skip
from service.engines.writer.tidy import PERFECT_PARTICLES
from service.engines.writer.times import MONTHS, ORDINALS, YEAR_NOUNS

if TYPE_CHECKING:
    from service.engines.writer.candidates import Opening

# Verbal nouns of purpose in the accusative, which say nothing without what they are for
PURPOSE_NOUNS: Final = frozenset("""
تنفيذا تعبيرا حرصا سعيا تزامنا استجابه تقديرا تاكيدا تجسيدا تلبيه ترسيخا تعزيزا تشجيعا تخليدا
""".split())
MODALS: Final = frozenset("يمكن يجب يتعين بامكان".split())  # «محكمة تقضي بأنه يمكن»: what can or must be done
# Present verbs that say nothing without their preposition: «أهمية الاستراتيجيات تكمن | في ...», «خطط تهدف | إلى»
PRESENT_COMPLEMENT_VERBS: Final = frozenset("يهدف تهدف يكمن تكمن يتمثل تتمثل يتعلق تتعلق يتراوح تتراوح".split())
_HONORIFICS: Final = frozenset("معالي سعاده سماحه فخامه سمو سموه".split())
_ESPECIALLY: Final = frozenset("خاصه خصوصا لاسيما سيما وخاصه وخصوصا".split())  # «...، خاصة | وأن ...»: what follows
_BEING_PRESENT: Final = frozenset("يكن تكن يكون تكون يكونوا يكونا نكون".split())  # «لم يكن», «قد يكون»
PASSIVE_AUXILIARIES: Final = frozenset("تم يتم سيتم وتم ويتم".split())
MAX_SUBJECT_AFTER_VERB: Final = 5  # words of a subject between a verb and the preposition it governs
# Words that open a subordinate clause before its verb («في وقت | تسعى إسرائيل», «حيث | تعمل أنظمة غوغل»)
_SUBORDINATE_OPENERS: Final = CLAUSE_LINKS | {"ان", "بان", "لان", "وقت"}
NAME_TITLES: Final = frozenset("الدكتور الدكتوره الاستاذ الاستاذه السيد السيده المهندس المهندسه".split())


def can_end(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon | None = None) -> bool:
    """Whether a compression may end with this chunk: not on a word that needs more (by rule, or with a `lexicon`
    one editors never end a headline on or a past verb that takes an object, «مطارات مصر استقبلت», unless the
    sentence stops there), nor inside a range of numbers, nor on a time expression but one that ends the sentence
    after its verb («أصدرت القيادة اليوم» ends on an aside; «... ستبدأ الأسبوع المقبل.» says when)."""
    if chunk.kind == "time" and not _verb_time_at_end(sentence, chunk, lexicon) \
            or ends_dangling(" ".join(sentence.words[max(0, chunk.end - 3):chunk.end])) \
            or chunk.kind == "aside" and sentence.keys[chunk.start] in PRAYERS:
        return False  # «أصدر الملك سلمان | يحفظه الله»: a prayer closes no statement
    if not sentence.has_words(chunk):
        return False  # «... يوم غد | ، | عقد ...»: a comma written apart, after a time, ends nothing
    last, before = sentence.keys[chunk.end - 1], sentence.keys[chunk.end - 2] if chunk.end > 1 else ""
    if last in PURPOSE_NOUNS or last in MODALS or bare_word(last) in PRESENT_COMPLEMENT_VERBS \
            or last in PASSIVE_AUXILIARIES or bare_word(before) in PRESENT_COMPLEMENT_VERBS \
            and not closes_clause(sentence.words[chunk.end - 2]):
        return False  # «يأتي القرار تنفيذا | للتوجيهات»: for what? «... بأنه يمكن», «... أنه تم»: what? «لاعبة
        # تتراوح أعمارهن»: between what ages?
    if bare_word(last) in COMPLEMENT_VERBS or bare_word(last) in _BEING_PRESENT:
        return False  # «... في المطار بلغت», «الشاب لم يكن»: a light verb or one of being without what it takes
    if last in NAME_TITLES or last in _HONORIFICS or before in _HONORIFICS:
        return False  # «... الأستاذ», «... معالي المستشار»: a title before its name
    if (last in _ESPECIALLY or last in ORDINALS) and (last[:1] == "و" or chunk.end > 1
                                                     and closes_clause(sentence.words[chunk.end - 2])):
        return False  # «مجازفة كبيرة، خاصة»: especially what? «3 شرائح، الأولى»: the first what?
    if (last in DEMONSTRATIVES or (before, last) == ("في", "الوقت")) and chunk.end < len(sentence.keys) \
            and sentence.keys[chunk.end] in RELATIVES:
        return False  # «أعنف من ذلك | الذي وقع قبل عام»: the clause says which one; «في الوقت | الذي» (while)
    if before in PASSIVE_AUXILIARIES and not (lexicon is not None and lexicon.has_pronoun_suffix(last)):
        return False  # «تم العثور | على ...»: the verbal noun after «تم» takes what follows («تم استهدافها» ends)
    stops = sentence.words[chunk.end - 1].endswith((".", "!"))  # the writer's own stop: «... بدون شروط.»
    return not (lexicon is not None and needs_more(last, lexicon) and not stops) \
        and not _number_goes_on(sentence.keys, chunk.end) and not _specified_by_min(sentence.keys, chunk.end, lexicon) \
        and not (lexicon is not None and _governs_next(sentence, chunk.end, lexicon))


def _verb_time_at_end(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon | None) -> bool:
    """Whether a time chunk ends the sentence right after a verb, which it completes: «ستبدأ | الأسبوع المقبل.»
    (not «... لوكالة الأنباء | مساء اليوم.», where a speaker's statement has not begun)."""
    return lexicon is not None and chunk.end == len(sentence.words) and chunk.start > 0 \
        and reads_as_verb(sentence.keys[chunk.start - 1], lexicon)


def needs_more(key: str, lexicon: Lexicon) -> bool:
    """Whether the lexicon says a word needs what follows it: one the archive never ends a headline or a clause
    on (also after «و» or the future's «س»: «... وتصعد», «ستتخلى»), a future verb after «و» (one headline in
    60,000 of the archive ends on one: «... وستفسح» waits for what it will do), a past verb that takes an object
    («مطارات مصر استقبلت»), a verb that goes on with its preposition («تتمثل»), such a verb or a learned present
    after «ل» («كان ليقلل»: to do what?).

    >>> lexicon = Lexicon(unfinished=frozenset({"يرغب", "تصعد", "تتخلي"}), verbs={"استقبلت": "تستقبل"})
    >>> [needs_more(key, lexicon) for key in ("يرغب", "وتصعد", "ستتخلي", "استقبلت", "ترتفع")]
    [True, True, True, True, False]
    >>> needs_more("وستفسح", Lexicon(frequency={"يفسح": 9, "تفسح": 9}))
    True
    >>> lexicon = Lexicon(unfinished=frozenset({"يقلل", "لغايه"}), verbs={"فازت": "تفوز"}, frequency={"تقلل": 9})
    >>> [needs_more(key, lexicon) for key in ("ليقلل", "لتفوز", "للغايه", "لتونس")]
    [True, True, False, False]
    """
    bare = bare_word(key)
    future = bare[1:] if bare[:2] in FUTURE_PREFIXES else ""  # «ستتخلى» as «تتخلى»
    conjoined_future = bare != key and looks_imperfect(future, lexicon) \
        and not (lexicon.is_common("ال" + bare) or lexicon.is_common("ال" + key))  # «وسيلة» is a noun
    verb = key[1:] if key[:1] == "ل" and key[1:2] in ("ي", "ت") and len(key) > 4 else ""  # «ليقلل», «لتفوز»
    purpose = lexicon.past_of(verb) != verb or verb in lexicon.unfinished and looks_imperfect(verb, lexicon)
    return key in lexicon.unfinished or bare in lexicon.unfinished or future in lexicon.unfinished \
        or conjoined_future or purpose or bare in lexicon.transitive or past_verb(key, lexicon) \
        or key in lexicon.complements


def _governs_next(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether the word before `end` goes on with the preposition that follows it (`Lexicon.governs`, with no
    punctuation between): «هدد بمزيد من العقوبات حتى الإفراج | عن ...», «علماء يعلنون أنهم تمكنوا | من ...».

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(governs={"بالافراج": "عن", "تمكنوا": "من"})
    >>> sentence = chunk_sentence("طالبوا بالإفراج عن المعتقلين وتمكنوا، من جهتهم، من الوصول")
    >>> [_governs_next(sentence, end, lexicon) for end in (2, 5)]  # «وتمكنوا،» closes its phrase
    [True, False]
    >>> _governs_next(chunk_sentence("وتمكنوا من الوصول"), 1, lexicon)
    True
    """
    if end >= len(sentence.keys) or closes_clause(sentence.words[end - 1]):
        return False
    last = sentence.keys[end - 1]
    following = sentence.keys[end]
    return lexicon.governs.get(last, lexicon.governs.get(bare_word(last))) == following \
        or _governed_past_end(sentence, end, lexicon)


def _governed_past_end(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a word a few words before `end` goes on past it: with the preposition there, past a verb's subject
    or a noun's adjective («كان من المقرر أن يشارك النائب هونكو | في مراقبة الانتخابات», «طالب بالإفراج الفوري
    | عن ...»; a preposition between says the phrase has begun), or, in a subordinate or
    coordinated clause, as one the archive never ends a clause on («في وقت تسعى إسرائيل | إلى ...»): what he was
    to take part in, what she seeks, is lost (a main verb's complement is `complements`' business).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(governs={"يشارك": "في"}, frequency={"يشارك": 90, "تشارك": 80, "يسعي": 70},
    ...                   unfinished=frozenset({"تسعي"}))
    >>> sentence = chunk_sentence("كان من المقرر أن يشارك النائب هونكو في مراقبة الانتخابات")
    >>> [_governed_past_end(sentence, end, lexicon) for end in (5, 7)]
    [False, True]
    >>> _governed_past_end(chunk_sentence("في وقت تسعى إسرائيل إلى التهدئة"), 4, lexicon)
    True
    """
    keys, words = sentence.keys, sentence.words
    for verb in range(end - 2, max(-1, end - 3 - MAX_SUBJECT_AFTER_VERB), -1):
        if closes_clause(words[verb]) or keys[verb] in DANGLING:
            return False
        bare = bare_word(keys[verb])
        if lexicon.governs.get(keys[verb], lexicon.governs.get(bare)) == keys[end]:
            return True
        if (keys[verb] in lexicon.unfinished or bare in lexicon.unfinished) and verb_like(bare, lexicon) \
                and bare not in DANGLING and verb > 0 \
                and (bare_word(keys[verb - 1]) in _SUBORDINATE_OPENERS or keys[verb] == "و" + bare):
            return all(key.startswith("ال") or lexicon.is_name(key) and key[:1] not in CLITIC_PREPOSITIONS
                       for key in keys[verb + 2:end]) and keys[verb + 1][:1] not in CLITIC_PREPOSITIONS
            # its subject: «تقدم | باستقالته», «لاستكشاف الغلاف» are what it takes, what it is for
    return False


def _specified_by_min(keys: tuple[str, ...], end: int, lexicon: Lexicon | None) -> bool:
    """Whether an indefinite noun ends right before the «من» phrase that says what it is of: «احتل اللقاء
    مساحة | من الاهتمام» (a space of what?), «وعددا | من الجرحى». An accusative with its «ا» stands alone
    («حقق أرباحا | من ...»), and so does a noun with a pronoun («نزوحهم | من المدينة»)."""
    if end + 1 >= len(keys) or keys[end] != "من" or not keys[end + 1].startswith("ال"):
        return False
    last = bare_word(keys[end - 1])
    if last.endswith("ا") and last[:-1] not in QUANTITY_HEADS:
        return False
    pronoun = lexicon is not None and lexicon.has_pronoun_suffix(last) and last[-1] != "ه"  # «ه» also ends «ة»
    return not last.startswith("ال") and last[:1].isalpha() and not pronoun and not (
        lexicon is not None and lexicon.is_name(last))


def _number_goes_on(keys: tuple[str, ...], end: int) -> bool:
    """Whether a number ends right before the rest of its range, what it counts or the month it dates: «بمعدل
    5 | إلى 6%» (the number would change), «أكثر من 10 | من رجال الأمن», «تسجيل 316 | بين مخالفات ومحاضر» (of
    what?), «ستصل إلى 20 | في المئة», «الإثنين 6 | مارس», «في الأول | من يوليو».

    >>> [_number_goes_on(tuple(text.split()), 3) for text in ("تصل إلى 20 في المئه", "الاضراب يبدا الاثنين 6 مارس")]
    [True, False]
    >>> _number_goes_on(tuple("يبدا الاثنين 6 مارس المقبل".split()), 3)
    True
    """
    if end + 1 < len(keys) and keys[end - 1] in ORDINALS and keys[end] == "من" and keys[end + 1] in MONTHS:
        return True  # «تبدأ السنة المالية في الأول | من يوليو»
    if end >= len(keys) or not keys[end - 1][:1].isdigit():
        return False
    if keys[end] in MONTHS:
        return True
    if end + 1 >= len(keys):
        return False
    return keys[end] in ("من", "بين") or (keys[end] in ("الي", "حتي", "و") and keys[end + 1][:1].isdigit()) or (
        keys[end] == "في" and keys[end + 1] in PERCENT_WORDS)


def needed_clause(sentence: ChunkedSentence, start: int) -> int | None:
    """The «أن» clause that the opening clause's verb takes, if it follows after at most a few phrases of where
    or when: «علمت وكالة فرانس برس | من مصدر مقرب | أن ...» says nothing without it."""
    chunks = sentence.chunks
    for index in range(start + 1, min(len(chunks), start + 4)):
        if clause_skip(sentence, index):
            return index if before_clause(sentence, index) else None
        kind = chunks[index].kind
        if kind not in BETWEEN_SPEAKER_AND_CLAUSE or kind == "comma" and not fronted(
                sentence.keys[chunks[index].start]):
            return None  # «رفضت المدرسة التعليق، | ولكنها قالت إن ...»: another clause's
    return None


def opening_verb(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> str:
    """The key of the verb that opens the opening's chunk, past a negation («لا تزال» → «تزال», «لم تتمكن» →
    «تتمكن»), «قد» («وقد أكد» → «اكد») or the pluperfect's auxiliary («كان الوزير قد أعلن» → «اعلن»)."""
    chunk, keys = sentence.chunks[opening.start], sentence.keys
    pluperfect = pluperfect_verb(sentence, opening.start, lexicon)
    if pluperfect is not None:
        return verb_key(keys[pluperfect], lexicon)
    verb = verb_key(keys[chunk.start], lexicon)
    after = keys[chunk.start + 1] if chunk.size > 1 else ""
    if verb in PERFECT_PARTICLES and after and (verb != "فقد" or reads_as_verb(after, lexicon)):
        return verb_key(after, lexicon)  # «فقد بلغت الخسائر» → «بلغت» (not «فقد الرجل حياته»)
    return keys[chunk.start + 1] if verb in ("لا", "ما", "لم", "لن") and chunk.size > 1 else verb


def needs_complement(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> bool:
    """Whether the opening's verb says nothing without its complement, however long: a verb of being or a
    light verb («تمكنت الوحدات الأمنية ...» without «من إلقاء القبض ...», «قام محافظ المؤسسة»), also in the
    present or the future («سيتمكن آلاف الطلاب» as «تمكن»)."""
    return opening.form in ("plain", "subject") \
        and not COMPLEMENT_VERBS.isdisjoint(opening_verb_forms(sentence, opening, lexicon))


def opening_verb_forms(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> list[str]:
    """The opening verb's key, then the pasts the archive gives it as a present, with or without the future «س»,
    in either gender (`Lexicon.past_of`: «سيتمكن» → «يتمكن», «تمكنت»; «ستؤدي» → «يؤدي», «أدى»): what it asks for
    is asked of the past."""
    return verb_forms(opening_verb(sentence, opening, lexicon), lexicon)


def verb_forms(verb: str, lexicon: Lexicon) -> list[str]:
    """A verb's key, then the pasts the archive gives it as a present (see `opening_verb_forms`)."""
    present = without_future(verb, lexicon)
    return [verb, lexicon.past_of(present), *(lexicon.past_of(prefix + present[1:]) for prefix in "تي")]


def phrase_end(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int:
    """The last chunk of the phrase chunk `start` opens: with the clitic chunks glued to it («بالبيت الأبيض») and
    what describes it between commas (`apposition_end`)."""
    end = glued_end(sentence, start)
    return apposition_end(sentence, end + 1, lexicon) or end


def glued_end(sentence: ChunkedSentence, start: int) -> int:
    """The last of the «ل»/«ب» phrase chunks glued to chunk `start` («أحد فرق الدوري | للمحترفين،»), or `start`."""
    chunks, end = sentence.chunks, start
    while end + 1 < len(chunks) and chunks[end + 1].kind == "clitic":
        end += 1
    return end


def describes_speaker(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` ends with a comma before a name that follows it: «أعرب النائب | عن حزب العدالة، |
    مصطفى ينر أوغلو»: the phrase says whose deputy, the name who he is (a first name may be a common word, the
    surname is not)."""
    chunks, keys = sentence.chunks, sentence.keys
    if index + 1 >= len(chunks) or not sentence.words[chunks[index].end - 1].endswith(("،", ",")) \
            or chunks[index].kind in ("time", "aside"):
        return False  # «أعلن التلفزيون، | مساء الأحد، | تحطم #طائرة_تركية»: a time describes no one
    following = chunks[index + 1]
    words = keys[following.start:following.end]
    return following.kind == "comma" and following.size <= MAX_NAME_WORDS \
        and (lexicon.is_name(words[-1]) or len(words) > 1 and lexicon.is_name(words[0]) and not any(
            reads_as_verb(word, lexicon) or looks_imperfect(word, lexicon) for word in words)) \
        and not any(word.startswith("ال") for word in words)  # «نيكي #هيلي»: a first name the archive knows


def protected_chunks(sentence: ChunkedSentence, opening: Opening, predicate: int | None,
                     lexicon: Lexicon) -> frozenset[int]:
    """Chunks no run may drop: the predicate of a bare subject, and the verb's object when it stands between
    commas after the opening clause and its time words («أعلن مادورو، الثلاثاء، | طرد القائم بالأعمال ...،»
    must not lose «طرد ...»). Right after the opening clause such a chunk is rather an apposition («كرر ريال
    مدريد، حامل اللقب، فوزه»), and a name or a definite word there is one too."""
    kept = set() if predicate is None else {predicate}
    chunks, index = sentence.chunks, opening.body_start + 1
    while index < len(chunks):  # past time words and names: «يبدأ الوزير، مايك بومبيو، الخميس، | ثاني أيام ...»
        if chunks[index].kind in ("time", "aside"):
            index += 1
            continue
        named = apposition_end(sentence, index, lexicon, names_only=True)
        if named is None:
            break
        index = named + 1
    keys = sentence.keys[chunks[index].start:chunks[index].end] if index < len(chunks) else ()
    if opening.form in ("plain", "subject") and index > opening.body_start + 1 and keys \
            and chunks[index].kind == "comma" and not keys[0].startswith("ال") and not fronted(keys[0]) \
            and not lexicon.is_name(keys[0]):
        kept.add(index)
    return frozenset(kept | _leading_adjuncts(sentence, opening.body_start, lexicon))



def bracketed_names(sentence: ChunkedSentence, lexicon: Lexicon) -> set[int]:
    """Brackets that complete the noun before them: the name of «شبكة (سي.إن.إن)» or «صحيفة (الغارديان)»,
    whose head, an indefinite common noun, would be left without its complement («قالت شبكة الإخبارية»), or the
    year of «العام (2007م)». A bracket after a name, a definite word, an adjective or an accusative («أورتيغا (72
    عاما)») is an aside.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"شبكه": 90, "الشبكه": 90}, definite_share={"شبكه": 0.5})
    >>> sorted(bracketed_names(chunk_sentence("قالت شبكة (سي.إن.إن) إنها أنهت عقدا"), lexicon))
    [1]
    >>> sorted(bracketed_names(chunk_sentence("قال أورتيغا (72 عاما) إنه باق"), lexicon))
    []
    >>> sorted(bracketed_names(chunk_sentence("رصدت الشبكة مليون يوان (150 ألف دولار) للمشروع"), lexicon))
    []
    """
    found = set()
    for index, chunk in enumerate(sentence.chunks):
        if chunk.kind != "aside" or chunk.start == 0 or sentence.keys[chunk.start] in PRAYERS:
            continue
        word, key = sentence.words[chunk.start - 1], sentence.keys[chunk.start - 1]
        if sentence.words[chunk.start].lstrip("(")[:1].isdigit():
            if key in YEAR_NOUNS:
                found.add(index)  # «منذ العام (1428ه 2007م)»: the year «العام» names, not an aside
            continue  # «13.6 تريليون يوان (2.2 تريليون دولار)», «(21 عاما)»: a figure is an aside
        if lexicon.is_indefinite_noun(key) and key not in DANGLING \
                and not word.endswith(("،", ",")) and not key.endswith(("ي", "يه")) and not accusative_shape(key) \
                and not lexicon.has_pronoun_suffix(key) \
                or ends_dangling(" ".join(sentence.words[max(0, chunk.start - 3):chunk.start])):  # «بينهم (الرئيس
            found.add(index)  # ...) ساركوزي» is an aside; «ما أطلق عليه (توقيت بيونجيانج)» names what was called
    return found


def _leading_adjuncts(sentence: ChunkedSentence, after: int, lexicon: Lexicon) -> set[int]:
    """Comma chunks after chunk `after` that front the next clause (`fronts_clause`): a run dropping one would
    splice two clauses into one («... على المستشار شرويدر عينت ميركل»)."""
    return {index for index in range(after + 1, len(sentence.chunks)) if fronts_clause(sentence, index, lexicon)}


def apposition_end(sentence: ChunkedSentence, index: int, lexicon: Lexicon, names_only: bool = False) -> int | None:
    """The last chunk of an apposition between commas that opens at chunk `index` («، مايك بومبيو،», «، الجنرال
    السابق في الجيش الروسي،», «، وهي من أقرب مساعديه،»: a name, or with `names_only` false also a definite noun,
    a title or «وهو/وهي»), or None."""
    chunks, keys, words = sentence.chunks, sentence.keys, sentence.words
    if index >= len(chunks) or chunks[index].kind not in ("comma", "tail"):
        return None
    first = keys[chunks[index].start]

    def name(key: str) -> bool:
        return lexicon.is_name(key) and key not in DANGLING  # «عن» is never seen with «ال» either

    if chunks[index].kind == "tail":  # «، وهي من أقرب مساعديه،»; other tails («حيث», «مشيرا») go on
        opens = not names_only and first in ("وهو", "وهي")
    else:  # «، رئيسة وزراء بريطانيا،» after a name: a title in construct describes it too
        opens = name(first) or (not names_only and (first.startswith("ال") or first.removesuffix("ه") in PERSON_TITLES
                                                     or first in CONSTRUCT_TITLES))  # «، لاعب باريس سان جرمان،»
    if not opens:
        return None
    for last in range(index, min(len(chunks), index + 3)):
        if names_only and not all(name(key) for key in keys[chunks[last].start:chunks[last].end]):
            return None
        if words[chunks[last].end - 1].endswith(("،", ",")):
            return last
    return None


