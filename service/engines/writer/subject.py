"""Headline-style openings: a verb-first clause turned subject-first with the present tense («حذرت روسيا أنصار
...» → «روسيا تحذر أنصار ...»), where the subject's end is certain: after its chunk, before an object, or closed by
a name between commas or by its adjectives, or before the verb's own preposition («الصين تعلن عن ...»); with its
place or post (`places`), a body with its «ل» name (`names.institution_subject_end`) or a short bracket («وكالة
الفضاء اليابانية (جاكسا)»). The verb's form and agreement are `agreement`'s.

The rewrite only moves or re-inflects words the article wrote; it never adds a name, a number or a negation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from service.engines.writer.agreement import active_past, agreeing_present, past_verb, plural_of_people, written_present
from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    DANGLING,
    DEMONSTRATIVES,
    NAME_LINKS,
    NEGATIONS,
    PREPOSITIONS,
    QUOTING_VERBS,
    SAY_VERBS,
    ChunkedSentence,
    closed_by_comma,
)
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.marks import unquoted_keys
from service.engines.writer.institutions import institution_subject_end
from service.engines.writer.noun_phrase import (
    MAX_NISBA_WORDS,
    POSTS,
    complement_word,
    described_noun_end,
    nationality_before_name,
    nisba,
    nisba_then_noun,
    not_agreeing,
    object_after_name,
    participle,
    participle_like,
    subject_end,
)
from service.engines.writer.places import (
    CLEAN_BREAKS,
    bare_verbal_noun,
    located_end,
    own_place,
    place_after_phrase,
    post_goes_on,
    verbs_own_place,
)
from service.engines.writer.rewrite import (
    EMPHATIC_PRONOUNS,
    NOT_SUBJECTS,
    PLACE_NOUNS,
    PREPOSITION_PRONOUNS,
    accusative_shape,
    bare_word,
    day_is_family_name,
    looks_imperfect,
    no_person,
    name_follows,
    object_start,
    person_noun,
    titled,
    verb_key,
    verb_like,
)
from service.engines.writer.speech import QUOTE_MARKS, spoken_to
from service.engines.writer.times import ORDINALS
from service.engines.writer.subject_doubts import BARE_THAT, maybe_passive, subject_doubtful, with_pronoun

MAX_SUBJECT_WORDS: Final = 7
NEGATORS: Final = NEGATIONS | {"عدم", "بدون", "دون"}  # a subject-first verb never moves past one of these
MAX_BRACKET_WORDS: Final = 4  # «(جاكسا)», «(63 عاما)»
QUANTIFIERS: Final = frozenset("بعض معظم اغلب غالبيه كل جميع".split())
MAX_APPOSITION_WORDS = 6  # a name or title between commas after a person subject («، المدير الفني لفريق ريال مدريد،»)
MAX_NAME_AFTER_TITLE: Final = 4  # «رئيس البرلمان العربي | أحمد بن محمد الجروان»


@dataclass(frozen=True)
class SubjectFirst:
    """«حذرت روسيا أنصار ...» → «روسيا تحذر أنصار ...»: the subject's words and the verb's present form."""

    verb_index: int
    subject_end: int  # exclusive word index
    present: str


def find_subject_first(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> SubjectFirst | None:
    """A past-tense verb opening chunk `start`, with a singular subject whose end is certain: the chunk ends
    with it before a preposition, time expression or clause, or an accusative object follows it
    («عقد الوزير اجتماعا»); a name in apposition between commas belongs to it («الرئيس التركي، أردوغان،»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"حذر": "يحذر"}, frequency={"الرئيس": 9, "التركي": 9})
    >>> found = find_subject_first(chunk_sentence("حذر الرئيس التركي، رجب أردوغان، من التصعيد"), 0, lexicon)
    >>> found.present, found.subject_end
    ('يحذر', 5)
    """
    chunks, keys = sentence.chunks, sentence.keys
    chunk = chunks[start]
    past = past_verb(keys[chunk.start], keys[chunk.start + 1] if chunk.size > 1 else "", lexicon) \
        or written_present(sentence, chunk.start, lexicon)
    present = agreeing_present(keys[chunk.start + 1], past, lexicon) if past and chunk.size > 1 else None
    if present is None or sentence.words[chunk.start + 1].endswith(("اً", "ًا")) \
            or keys[chunk.start + 1] in PREPOSITION_PRONOUNS or keys[chunk.start + 1] in NOT_SUBJECTS \
            or bare_word(keys[chunk.start + 1]) in lexicon.verbs:
        return None  # «فقد رفضت السلطات»: «فقد» is «ف» + «قد» before a verb; «يبدو جلياً أن»: an adverb
    if not active_past(sentence, chunk.start):
        return None  # «اعتُقل لاحقا», «أُلقي القبض»: a passive verb has no subject to put first
    end = _subject_span(sentence, start, lexicon)
    if end is not None:  # «قالت الجبير لـ«عكاظ»: ...» → «الجبير تقول لـ«عكاظ»: ...»
        end = next((at for at in range(chunk.start + 2, end) if spoken_to(sentence.words[at])), end)
    present = plural_of_people(present, keys[chunk.start + 2:end], lexicon) if end is not None else None
    if end is None or present is None or end >= len(keys):
        return None  # «يباع سمك الزينة في إيران.»: nothing after the subject, the verb would end it past its stop
    if any((looks_imperfect(key, lexicon) and previous[1:] not in PLACE_NOUNS) or with_pronoun(key, lexicon)
           for previous, key in zip(keys[chunk.start + 1:end], keys[chunk.start + 2:end], strict=False)):
        return None  # «قررت امرأة تبلغ ...», «أطلقت سلسلة مطاعم هرفي حملتها ...»: where the subject ends is unsure;
        # not a place's name («بمحافظة | ينبع»)
    if nationality_before_name(sentence, chunk.start + 1, end, lexicon):
        return None  # «أكد الفرنسي زين الدين زيدان ...»: an adjective standing for a person, whose name follows
    if not DEMONSTRATIVES.isdisjoint(keys[chunk.start + 1:end]) \
            or not NOT_SUBJECTS.isdisjoint(keys[chunk.start + 2:end]):
        return None  # «نسبت أمل ذلك إلى ...», «ألقت الشرطة القبض على ...»: the object is in it
    if not NEGATORS.isdisjoint(keys[chunk.start + 1:end]):
        return None  # «أكد مسؤولون ... عدم تأثر ...»: a verb never moves past a negation
    if end < len(keys) and lexicon.is_clitic_waw(keys[end]) and not verb_like(keys[end][1:], lexicon):
        return None  # «طالبت ليتوانيا ولاتفيا بـ...»: a coordinated subject would lose its second half
    at = sentence.chunk_at(end)
    aside = chunks[at] if at is not None and chunks[at].kind == "aside" else None
    if aside is not None:  # the bracket describes the subject and goes with it: «وكالة الفضاء اليابانية (جاكسا)»
        if aside.size > MAX_BRACKET_WORDS or not _object_follows(sentence, aside.end, lexicon) \
                or keys[chunk.start + 1] in QUANTIFIERS:  # «بعض أعضاء ... (...) يحثون»: the verb agrees with them
            return None
        end = aside.end
    found = SubjectFirst(chunk.start, end, present)
    return None if subject_doubtful(sentence, start, found.subject_end, lexicon) else found


def _subject_span(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int | None:
    """Where the subject after the verb opening chunk `start` ends, when that end is certain: before an object in
    its chunk, after the place «في» gives it, or at its chunk's end before a clean break or a name between
    commas; None when the end is unsure or the subject runs too long."""
    chunks, keys, words = sentence.chunks, sentence.keys, sentence.words
    chunk, first = chunks[start], chunks[start].start + 1
    verb = verb_key(keys[chunk.start], lexicon)
    named = institution_subject_end(sentence, first, lexicon)  # «الاتحاد الأوروبي لكرة القدم | عن»
    if named is not None:
        at = sentence.chunk_at(named)
        located = located_end(sentence, at, lexicon) if at is not None else None  # «... للإعلام | في مصر | يقرر»
        named = located or named
        return named if named - first <= MAX_SUBJECT_WORDS + MAX_NISBA_WORDS else None
    if _time_between_commas(sentence, start) and _fills_chunk(sentence, start, lexicon) \
            or _bare_time_after(sentence, start) and _one_phrase(keys, first, chunk.end, lexicon):
        return chunk.end if not maybe_passive(sentence, start, chunk.end, lexicon) else None
    described = described_noun_end(words, keys, first, chunk.end, lexicon)
    if described is None and chunk.size > 2 and not keys[first].startswith("ال") \
            and nisba(words[first + 1], keys[first + 1], lexicon):
        return None  # «يزور وفد أمني مصري | غزة»: after its adjectives a name is no more of the subject
    end = described or _before_own_clitic(keys, first, chunk.end, verb, lexicon) \
        or subject_end(keys, first, chunk.end, lexicon)
    placed = place_after_phrase(keys, first, chunk.end, lexicon) if end is None and lexicon.complements.get(verb) \
        != "ب" else None  # «إدارة التعليم | بمحافظة ينبع | مواعيد ...»: the object after its place
    end = end or placed
    if end is None and chunk.size == 2 and lexicon.is_common(keys[first]) \
            and located_end(sentence, start + 1, lexicon) is not None:
        end = chunk.end  # «قضت محكمة | في البحرين | بسجن ...»: one indefinite noun that a place follows
    if end is None:
        return None
    if end < chunk.end and (verb not in lexicon.transitive and _subject_goes_on(keys, end, chunk.end, lexicon)
                            or _reported_clause_at(keys, chunk.end)
                            or verb in QUOTING_VERBS and not any(map(spoken_to, words[end:chunk.end]))):
        return None  # «وقف عادي العادي | مدير ...»: his post, not an object of a verb that editors never give one;
        # «أضاف الفريق | أحمد خالد أن ...», «قال المعتمر | نور الدين ...:»: what was said is the verb's object
    if end < chunk.end:  # «عقد الوزير اجتماعا», «قررت الحكومة رفع ...»: the object ends the subject
        first_name = keys[end].endswith("ا") and name_follows(keys, end, lexicon)  # «القاضية رشا الحسيني»
        clean = placed is not None or words[end][:1] not in QUOTE_MARKS and not first_name and (  # not a title:
            # «لعبة الفيديو "فيفا 18"»
            (accusative_shape(keys[end]) and keys[end] not in EMPHATIC_PRONOUNS) or complement_word(keys[end], lexicon)
            or (  # after «صحيفة بريطانية» a bare word may be one more adjective: «شهيرة»; a quoted name is none's
                object_start(keys[end], lexicon)
                and no_person(unquoted_keys(words[first:end], keys[first:end]) or keys[first:end], lexicon)
                and (described is None or not_agreeing(keys[first], keys[end])))
            or (  # «أعلن الرئيس الأمريكي | انسحاب ...»: after a person's definite words, a verbal noun is the object
                keys[end - 1].startswith("ال") and bare_verbal_noun(keys[end]) and object_start(keys[end], lexicon)
                and not name_follows(keys, end, lexicon))
            or object_after_name(keys, first, end, lexicon))  # «قاد النجم البرازيلي كاكا | فريق ...»
    elif not titled(keys[first:end]) and _not_the_verbs(verb, "في", lexicon) \
            and (located := located_end(sentence, start + 1, lexicon)) is not None \
            and not verbs_own_place(verb, keys, located, lexicon):  # not «نجح الطيار | في الهبوط»
        end, clean = located, not maybe_passive(sentence, start, located, lexicon)  # «الشرطة في إندونيسيا | تقول»
    elif end == chunk.end and post_goes_on(sentence, first, end, lexicon) and _not_the_verbs(verb, keys[end], lexicon):
        end = located_end(sentence, start + 1, lexicon, keys[end])  # «مبعوث الأمم المتحدة | إلى سوريا | يقول»
        clean = end is not None and (end >= len(keys) or sentence.chunk_at(end) is not None or (  # after
            accusative_shape(keys[end]) and not closed_by_comma(words, end)))  # a post a name may come («... رافع»)
    else:
        end, clean = _after_chunk(sentence, start, verb, lexicon)
        clean = (clean and (closed_by_comma(words, end) or not _takes_complement(keys[end - 1], lexicon)
                            or _verbs_phrase(verb, sentence, first, end, lexicon) or own_place(sentence, end, lexicon))
                 and not maybe_passive(sentence, start, end, lexicon)
                 and not post_goes_on(sentence, first, end, lexicon)
                 and not (end + 1 < len(keys) and keys[end] == "في" and keys[end + 1] in PLACE_NOUNS
                          and _not_the_verbs(verb, "في", lexicon)))  # «مستشفى النساء والولادة | في مدينة ...
        # بالرياض إنشاء»: a place whose end `located_end` did not find may be the subject's
    if not clean or end is None:
        return None
    longest = MAX_SUBJECT_WORDS + (MAX_APPOSITION_WORDS if closed_by_comma(words, end) else 0)
    return end if end - first <= longest else None  # a name or title between commas ends it surely


def _subject_goes_on(keys: tuple[str, ...], end: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether the words after a subject's seeming end may be more of it: a post («مدير»), a name or a word
    the archive hardly knows («البرتغالي | جوزيه مورينيو»), a number («المصنفة | 172»), or a word before one
    («الخام الأميركي | غرب تكساس»), not an accusative or a «ل»/«ب» phrase."""
    key = keys[end]
    if accusative_shape(key) or complement_word(key, lexicon):
        return False
    following = keys[end + 1] if end + 1 < limit else ""
    return key.removesuffix("ه") in POSTS or any(
        word[:1].isdigit() or lexicon.may_be_name(word)
        for word in (key, following))


def _reported_clause_at(keys: tuple[str, ...], index: int) -> bool:
    """Whether a reported clause opens at word `index`: «أن ...», «بأن ...», «إلى أن ...»."""
    key = keys[index] if index < len(keys) else ""
    following = keys[index + 1] if index + 1 < len(keys) else ""
    return key in BARE_THAT or (key == "الي" and following in COMPLEMENTISERS)


def _time_between_commas(sentence: ChunkedSentence, start: int) -> bool:
    """Whether the verb's chunk closes with a comma before a time expression between commas: wire copy puts the
    day right after the subject («قال الرئيس الإيراني حسن روحاني، | الاثنين، | إن ...»), so the subject fills the
    chunk even where its words are names the lexicon takes for common ones («عمر», «أنقرة»)."""
    chunks, words = sentence.chunks, sentence.words
    if start + 1 >= len(chunks) or chunks[start + 1].kind != "time" or chunks[start].size < 2:
        return False
    return closed_by_comma(words, chunks[start].end) and closed_by_comma(words, chunks[start + 1].end)


def _before_own_clitic(keys: tuple[str, ...], first: int, limit: int, verb: str, lexicon: Lexicon) -> int | None:
    """Where a subject (one noun phrase) ends before the «ب» or «ل» its verb goes on with (`Lexicon.complements`),
    glued to the next word within the chunk: «أشاد الوزير | بأداء رجال الأمن», «رحب رئيس البرلمان | بالقرار»."""
    clitic = lexicon.complements.get(verb)
    if clitic not in ("ب", "ل"):
        return None
    at = next((at for at in range(first + 1, limit) if keys[at][:1] == clitic and keys[at] not in NAME_LINKS), None)
    if at is None or not _own_clitic_at(keys, at, clitic, lexicon):
        return None
    end = subject_end(keys, first, at, lexicon)
    if end is None or end < at and not (titled(keys[first:end]) and at - end <= MAX_NAME_AFTER_TITLE and not any(
            key in DANGLING or accusative_shape(key) or with_pronoun(key, lexicon) for key in keys[end:at])):
        return None  # after a title, his name: «رئيس البرلمان العربي | أحمد الجروان | بأداء»
    return at


def _own_clitic_at(keys: tuple[str, ...], at: int, clitic: str | None, lexicon: Lexicon) -> bool:
    """Whether word `at` opens with the verb's own «ب» or «ل» (`clitic`) and so ends the subject before it: not a
    name («أنييس | بوزين»), not after a participle, whose it is («المعروف | بإسم»), nor before another such word,
    which may be the verb's where this one is a place («الحرس الوطني بالجهة | بالتحقيق»)."""
    return clitic in ("ب", "ل") and keys[at][:1] == clitic and complement_word(keys[at], lexicon) \
        and not participle_like(keys[at - 1]) and not (at + 1 < len(keys) and keys[at + 1][:1] == clitic
                                                  and keys[at + 1] not in PREPOSITIONS)


def _bare_time_after(sentence: ChunkedSentence, start: int) -> bool:
    """Whether a time expression without commas follows the verb's chunk and the clause goes on after it: «أقامت
    المؤسسة العامة لتحلية المياه | صباح أمس | حفل معايدة»; not where a post follows the «day», a family name
    («أوضح محمد | الخميس | رئيس اللجنة»)."""
    chunks = sentence.chunks
    if start + 2 >= len(chunks) or chunks[start + 1].kind != "time" or chunks[start].size < 2 \
            or closed_by_comma(sentence.words, chunks[start].end):
        return False
    return not day_is_family_name(sentence, start + 1)


def _one_phrase(keys: tuple[str, ...], first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether words `first:end` are one noun phrase, its «ل» and «ب» phrases included («المؤسسة العامة | لتحلية
    المياه المالحة», «بعثة الفريق الأول | لكرة القدم»): each part a construct chain with its adjectives and
    names, no indefinite word after a definite one (the object: «جمعية الثقافة بالأحساء | حفل معايدة»), no
    accusative, number or pronoun suffix, and at most MAX_SUBJECT_WORDS + MAX_NISBA_WORDS words."""
    if end - first > MAX_SUBJECT_WORDS + MAX_NISBA_WORDS or any(
            key[:1].isdigit() or accusative_shape(key) or with_pronoun(key, lexicon) for key in keys[first:end]):
        return False
    parts = [first] + [at for at in range(first + 1, end) if keys[at][:1] in ("ل", "ب") and keys[at] not in NAME_LINKS]
    openings = frozenset(parts[1:])
    stripped = tuple(_without_preposition(key) if at in openings else key for at, key in enumerate(keys[:end]))
    return all(subject_end(stripped, part, limit, lexicon) == limit
               for part, limit in zip(parts, parts[1:] + [end], strict=True))


def _without_preposition(key: str) -> str:
    """A word without its «ل» or «ب» («للتعليم» → «التعليم», «بالخرج» → «الخرج», «لكره» → «كره»)."""
    return "ال" + key[2:] if key.startswith("لل") else key[1:]


def _fills_chunk(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> bool:
    """Whether the words after the verb are all its subject: short, no number or accusative word, and where the
    noun phrase seems to end early, what follows is a name going on («الرئيس السوداني | عمر البشير»), not an
    indefinite object («الجيش الأمريكي | فيديو درامي جديد»)."""
    chunk, keys, words = sentence.chunks[start], sentence.keys, sentence.words
    first = chunk.start + 1
    span = range(first, chunk.end)
    if len(span) > MAX_SUBJECT_WORDS or any(words[at][:1].isdigit() or accusative_shape(keys[at]) for at in span):
        return False
    end = subject_end(keys, first, chunk.end, lexicon)
    rest = keys[end:chunk.end] if end is not None else ()
    return not rest or any(key.startswith("ال") or lexicon.is_name(key) for key in rest)


def _verbs_phrase(verb: str, sentence: ChunkedSentence, first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the chunk after a subject that fills its chunk is the verb's, so the subject ends before it: a time
    word after a definite word, or a phrase that opens with a preposition the verb goes on with
    (`Lexicon.verb_prepositions`: «أعلنت الصين | عن فرض رسوم», «دعا الرئيس التركي | إلى ...»), where another may be
    the subject's own («التقرير الصادر | عن الوزارة»). Not a phrase closed by a comma before a
    name, which may describe the subject before its name («السفيرة | عن ...، نيكي هيلي»), nor one after a participle
    («النائب | عن حزب ...», «الفتى البالغ | من العمر») or after a subject that may hold the object («أحرز
    المنتخب البلجيكي | المركز الثالث | في ...»)."""
    at, keys = sentence.chunk_at(end), sentence.keys
    pairs = zip(keys[first:end], keys[first + 1:end], strict=False)
    if at is None or participle(keys[end - 1]) and keys[end - 1] not in ORDINALS \
            or any(nisba_then_noun(one, two, lexicon) for one, two in pairs):
        return False  # «الخامسة» is an ordinal of the participle's shape
    if sentence.chunks[at].kind == "time":  # «ارتفعت أسعار النفط | الخميس»: a definite word takes no time word
        return True
    phrase_end = sentence.chunks[at].end
    if closed_by_comma(sentence.words, phrase_end) and phrase_end < len(keys) and lexicon.is_name(keys[phrase_end]):
        return False
    return sentence.chunks[at].kind == "preposition" and keys[end] in lexicon.verb_prepositions.get(verb, ())


def _not_the_verbs(verb: str, preposition: str, lexicon: Lexicon) -> bool:
    """Whether a phrase that `preposition` opens after the subject, a place or a post, cannot be the verb's own:
    not the preposition the verb goes on with («نجح الطيار | في الهبوط», «وصل المبعوث | إلى اليمن»: where he
    arrived), and «إلى» only after a speech verb («قال مبعوث الأمم المتحدة إلى سوريا»; «دعا المبعوث إلى الحوار»
    is what he called for)."""
    return lexicon.complements.get(verb) != preposition and (preposition != "الي" or verb in SAY_VERBS)


def _object_follows(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether the verb's object or a clean break starts at word `index` (after a bracket on the subject)."""
    at = sentence.chunk_at(index)
    if index >= len(sentence.keys) or at is not None and sentence.chunks[at].kind in CLEAN_BREAKS:
        return True
    key = sentence.keys[index]
    return not key.startswith("ال") and (accusative_shape(key) or object_start(key, lexicon))  # not «(ايتا) المسلحة»


def _takes_complement(last: str, lexicon: Lexicon) -> bool:
    """Whether the subject's last word may take the phrase after it («التقرير الصادر عن ...»): a definite
    word that is neither a name nor a nisba adjective («الأميركية», which takes none)."""
    return last.startswith("ال") and (last in lexicon.governs or not lexicon.is_family_name(last)  # «العثور | على»
                                      and not last.endswith(("ي", "يه")))


def _after_chunk(sentence: ChunkedSentence, start: int, verb: str, lexicon: Lexicon) -> tuple[int, bool]:
    """Where a subject that fills its chunk ends, and whether what follows surely is not more of it."""
    chunks, keys = sentence.chunks, sentence.keys
    end = chunks[start].end
    if start + 1 >= len(chunks):
        return end, True
    following, subject = chunks[start + 1], keys[chunks[start].start + 1:end]
    if following.kind == "clitic":  # «تعرضت الممثلة ... سكارليت جوهانسون | للانتقاد»: a person's name ends it,
        return end, (titled(subject) and lexicon.is_name(subject[-1]) and not subject[-1].startswith("ال")) \
            or _own_clitic_at(keys, following.start, lexicon.complements.get(verb), lexicon)  # and the verb's «ب»:
        # «رحب الوزير | بالقرار»
    if following.kind != "comma":  # a tail right after three words or more: the object may be among them
        return end, following.kind in CLEAN_BREAKS and not (  # «أشعلت أبل فتيل حرب الهواتف | كما ...»
            following.kind == "tail" and len(subject) > 2 and not closed_by_comma(sentence.words, end))
    words = keys[following.start:following.end]
    if len(subject) == 1 and no_person(subject, lexicon) and all(lexicon.is_name(key) for key in words) \
            and verb in lexicon.transitive:
        return end, False  # «أدانت المحكمة، | أندرو برونسون، | بتهم ...»: a name after a bare body is the object
    if sentence.words[following.end - 1].endswith(("،", ",")) and (
            all(lexicon.is_name(key) for key in words) or _person_apposition(subject, words, lexicon)):
        described = start + 2 < len(chunks) and chunks[start + 2].kind == "relative"  # «، أشرقت أحمد، | التي»
        return following.end, not described  # «، رجب طيب أردوغان،»: a name in apposition
    return end, accusative_shape(words[0]) or words[0] in lexicon.verb_prepositions.get(verb, ())  # «، عن ...»


def _person_apposition(subject: tuple[str, ...], words: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a short phrase between commas after a subject that names a person names or titles that person:
    «وزيرة الثقافة، | إيناس عبد الدايم،», «عادل الجبير، | وزير الخارجية السعودي،» (a first name may be a common
    word, so the title before it decides); not «، في بيان،», «، أمس،» or a definite noun of its own.

    >>> _person_apposition(("وزيره", "الثقافه"), ("ايناس", "عبد", "الدايم"), Lexicon(frequency={"ثقافه": 9}))
    True
    >>> _person_apposition(("الحكومه",), ("ايناس", "عبد"), Lexicon())
    False
    >>> _person_apposition(("وزير",), ("في", "بيان"), Lexicon())
    False
    """
    first = words[0]
    if len(words) > MAX_APPOSITION_WORDS or first in DANGLING or first[:1].isdigit() or looks_imperfect(first, lexicon):
        return False
    return not no_person(subject, lexicon) and (not first.startswith("ال") or person_noun(first))
