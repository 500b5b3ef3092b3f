"""Where a compression must not stop because the clause it reaches is unfinished: after an adjunct that fronts
the next clause (`ends_in_fronting`), on a reported clause's subject (`subject_only`), on a clause whose verb has
only its subject (`verb_alone`), or right before the «أن» clause what came before needs (`before_clause`).
`endings` holds the rules about words; these are rules about clauses, with the relative clause between commas
that a compression must not end inside (`inside_relative_asides`); `negation_ends` those about negations.
"""

from __future__ import annotations

import re
from typing import Final

from service.engines.writer.chunks import (
    CLAUSE_LINKS,
    COMPLEMENT_VERBS,
    COMPOUND_PREPOSITIONS,
    NAME_LINKS,
    NEGATIONS,
    PREPOSITIONS,
    RELATIVES,
    SAY_VERBS,
    ChunkedSentence,
    closed_by_comma,
    fronted,
)
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.predicates import PLACE_PREPOSITIONS, clause_has_predicate, glued_noun
from service.engines.writer.rewrite import accusative_shape, bare_word, reads_as_verb, verb_key, verb_like
from service.engines.writer.speech import clause_skip
from service.engines.writer.times import MONTHS, TIME_WORDS

BARE_COMPLEMENTISERS: Final = frozenset({"ان", "بان"})  # «أن», «إن», «بأن» without a pronoun: a clause follows
# «أن كاربيتيان، | وهو حليف قديم لبوتين، | توفي», «أن أوبرا (عايدة) | -والتي تعذر عرضها ...- | تحقق ...»
_DESCRIBING_TAILS: Final = frozenset("وهو وهي وهم والتي والذي".split())
_COORDINATED_CLAUSES: Final = frozenset({"وان", "وبان"})  # «أن الخصوبة ... أكثر، | وأن أعداد ...»: a second clause said
_REPORTED_CLAUSE_OPENERS: Final = BARE_COMPLEMENTISERS | _COORDINATED_CLAUSES | {"لان"}
ADJUNCT_OPENERS: Final = PREPOSITIONS | COMPOUND_PREPOSITIONS | TIME_WORDS
CAUSE_OPENERS: Final = frozenset("لان لانه لانها كي لكي".split())
NOUN_SHARE: Final = 0.3  # of a word's uses with «ال», from which one read as a verb is a noun (`being_predicate`)
_COPULAS: Final = frozenset("قد هو هي هم".split())  # «كان ... قد أعلن», «كانت مباراة | هي الأخيرة»
BEING_VERBS: Final = frozenset("كان كانت بات باتت اصبح اصبحت ظل ظلت صار صارت".split())
BEING_FORMS: Final = BEING_VERBS | frozenset("كانوا يكون تكون يكونوا يصبح تصبح".split())  # whose predicate must follow
_PRONOUN_ENDINGS: Final = ("ه", "ها", "هم", "هما", "هن")  # as written: «ة» is no pronoun
MAX_BEING_SUBJECT: Final = 4  # words of a subject after a verb of being that `predicate_missing` looks through
MAX_BEING_REACH: Final = 12  # words back from a compression's end where `predicate_missing` seeks the verb of being
MAX_WHAT_REACH: Final = 30  # words back from a compression's end where `what_clause_unfinished` seeks «أن ما»
_BEING_OPENERS: Final = _REPORTED_CLAUSE_OPENERS | CLAUSE_LINKS  # «أن يكون ...», «عندما كانت الطائرة | تهبط»
_BEING_AFTER_AN: Final = frozenset((opener, verb) for opener in _BEING_OPENERS for verb in BEING_FORMS)
CLAUSE_FINAL: Final = re.compile("[.,،:؛;!؟?][\"'»”)]*$")  # «... تتصاعد.», «... الإرهاب»،»: a quote may close after it
# «أنه», «إنه», «بأنه» with the pronoun of the matter, and the words that open a phrase fronting its clause there
# («أنه في حال توصلها لاتفاق | فإنها ستعلن ...», «إنه بعد مشاورات مع الوزير | قرر ...»)
_MATTER_PRONOUN_OPENERS: Final = frozenset({"انه", "بانه"})
_PREDICATE_WORDS: Final = frozenset({"هناك", "تم"})  # «أنه في أي انتخابات | هناك حقوق»
_FRONTING_WORDS: Final = frozenset("في بعد خلال عند منذ قبل نظرا رغم بالرغم مع بمجرد حين عندما اثر جراء".split())
_FRONTED_CLAUSE_STARTS: Final = frozenset((word,) for word in _FRONTING_WORDS)
_CLAUSE_FRONTING: Final = frozenset("بمجرد حين عندما".split())  # they front a clause with a verb of its own
# After these a verbal noun follows, never a verb: «بمجرد | توقيع», «في حال | توصلها», «عدم | تجاوب»
_NOUN_GOVERNORS: Final = PREPOSITIONS | COMPOUND_PREPOSITIONS | _FRONTING_WORDS | {"حال", "عدم"}
SAID_MARKS: Final = "\"«“:"  # a quotation opens, or a colon glued to the first word said («قال :لقد»)


def fronts_clause(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` is a comma chunk opening with «و» and an adjunct, or an adjunct that opens the words
    said after a colon, with a verb resuming after its phrases: the adjunct belongs to the clause that follows
    («، وبعد التحالف بين الحزبين، عينت ...», «قالت الرئاسة: "بعد التشاور مع ...، قرر الرئيس ...»)."""
    chunks, keys = sentence.chunks, sentence.keys
    start = chunks[index].start
    first = keys[start]
    said = start > 0 and sentence.words[start - 1].endswith(":") and first in ADJUNCT_OPENERS
    if chunks[index].kind != "comma" or not said and (not first.startswith("و") or first[1:] not in ADJUNCT_OPENERS):
        return False
    resumed = next((chunk for chunk in chunks[index + 1:]
                    if chunk.kind not in ("preposition", "clitic", "conjunction")), None)
    return (resumed is not None and resumed.kind != "preposition" and keys[resumed.start] not in ADJUNCT_OPENERS
            and reads_as_verb(keys[resumed.start], lexicon)
            and (not said or closed_by_comma(sentence.words, resumed.start) and not any(  # «: "قبل هذه المومياء لم
                key in NEGATIONS or reads_as_verb(key, lexicon) for key in keys[start + 1:resumed.start])))  # يكن»


def ends_in_fronting(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether chunk `end` closes an adjunct that fronts the next clause: a compression ending there stops
    on half of that clause («فازت ميركل على شرويدر وبعد التحالف بين الحزبين»)."""
    index = end
    while index > 0 and sentence.chunks[index].kind in ("preposition", "clitic", "conjunction"):
        index -= 1
    return fronts_clause(sentence, index, lexicon)


PREDICATE_REACH: Final = 4  # chunks past a reported clause's subject within which its predicate may still come


def subject_only(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether a reported clause ending with chunk `index` stops at its subject: «أكدت المصادر أن عدد القتلى»,
    «أشارت إلى أن مشاركتها», «أن قوات الجيش، بإسناد من طيران التحالف», «إن 15 شخصا ...، الذين ينتقدون
    الحكومة», «إن التقارير الأخيرة عن إساءات ...» end before saying anything of it, as does «إن إحصائيات الحركة
    الجوية في المطار» when its predicate follows (`_clause_stretch`)."""
    aside = False  # the clause's own chunk, or asides between commas after it (with their phrases)
    for clause in range(index, -1, -1):
        start = sentence.chunks[clause].start
        skip = clause_skip(sentence, clause) or int(sentence.keys[start] in _COORDINATED_CLAUSES)
        if skip and sentence.keys[start + skip - 1] in _MATTER_PRONOUN_OPENERS \
                and sentence.keys[start + skip:start + skip + 1] in _FRONTED_CLAUSE_STARTS:  # «أنه بعد مشاورات ...»
            return _in_fronted_phrase(sentence, clause, index, lexicon)
        if skip and start > 0 and bare_word(sentence.keys[start - 1]) in _CLAUSE_FRONTING:
            continue  # «إنه بمجرد | أن يكون لدينا ...»: the «أن» of the fronted clause, not what was said
        if skip and sentence.keys[start + skip - 1] in _REPORTED_CLAUSE_OPENERS:
            counted = sentence.keys[start + skip][:1].isdigit()  # «إن 15 شخصا من ... في السعودية» is no statement
            if clause_has_predicate(sentence.keys[start + skip:sentence.chunks[index].end], lexicon):
                return False
            return clause == index or aside or counted or clause_has_predicate(
                sentence.keys[start + skip:_clause_stretch(sentence, index, lexicon)], lexicon)
        kind = sentence.chunks[clause].kind
        if kind not in ("comma", "aside", "time", "preposition", "clitic", "relative") and not (
                kind == "tail" and sentence.keys[start] in _DESCRIBING_TAILS):
            return False
        aside = aside or kind not in ("preposition", "clitic") or sentence.keys[start] not in PLACE_PREPOSITIONS
    return False


def _clause_stretch(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> int:
    """Where the clause that chunk `index` ends in may go on to: PREDICATE_REACH chunks on, to a stop or a colon,
    short of a chunk opening with «و» and a verb (another clause): «إن إحصائيات الحركة في المطار | خلال النصف الأول |
    بلغت ...» has its predicate there, «إن الرئيس في القاهرة | ويزور ...» has none to wait for; «إن كوكو المعروفة
    ... | وأول سفيرة ...، | توفيت» describes her once more before it."""
    chunks, keys, end = sentence.chunks, sentence.keys, sentence.chunks[index].end
    for chunk in chunks[index + 1:index + 1 + PREDICATE_REACH]:
        key = keys[chunk.start]
        another = lexicon.is_clitic_waw(key) and reads_as_verb(key, lexicon) \
            and not lexicon.is_common("ال" + key[1:])  # «ويزور», not «وأكبر» («الأكبر») or «وأول»
        if another or sentence.words[end - 1].endswith((".", ":", "؟")):
            break
        end = chunk.end
    return end


def linked_clause_unfinished(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a compression ending with chunk `end` stops in a clause that «بينما», «فيما», «حيث» or «إذ» opens
    before it says anything of its subject: «...، بينما الأهم | بالنسبة إلى نيمار سيكون قدرته ...».

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("يلعب الفريق آخر مبارياته الأحد، بينما الأهم بالنسبة إلى المدرب هو الكأس")
    >>> [linked_clause_unfinished(sentence, end, Lexicon()) for end in range(len(sentence.chunks))]
    [False, False, True, False]
    """
    chunk, keys = sentence.chunks[end], sentence.keys
    if chunk.end >= len(keys) or bare_word(keys[chunk.start]) not in CLAUSE_LINKS:
        return False
    return not clause_has_predicate(keys[chunk.start + 1:chunk.end], lexicon)


def _in_fronted_phrase(sentence: ChunkedSentence, clause: int, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` ends inside the phrase that fronts the clause of «أنه» at chunk `clause`: no verb
    after it opens the predicate yet («أنه في حال توصلها لاتفاق مع إحدى الشركات، | ستعلن ...»; «إنه منذ عام 2008
    شرد ...» has one). A verbal noun right after a preposition is no verb («بمجرد توقيع», «في حال توصلها»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"قرر": "يقرر"})
    >>> sentence = chunk_sentence("قال الوزير إنه بعد مشاورات مع الشركاء، قرر تأجيل الاجتماع")
    >>> [_in_fronted_phrase(sentence, 1, end, lexicon) for end in (2, 4)]
    [True, False]
    >>> sentence = chunk_sentence("قال الوزير إنه بمجرد أن يكون لدينا الوضوح، قرر تأجيل الاجتماع")
    >>> [_in_fronted_phrase(sentence, 1, end, lexicon) for end in range(1, len(sentence.chunks))]
    [True, True, False]
    """
    keys, chunks = sentence.keys, sentence.chunks
    fronting = chunks[clause].start + clause_skip(sentence, clause)
    start = fronting + 2
    if bare_word(keys[fronting]) in _CLAUSE_FRONTING:  # «إنه بمجرد أن يكون لدينا ...، | سنحدد»: its own verb first
        start = next((at + 1 for at in range(fronting, chunks[index].end - 1) if closes_clause(sentence.words[at])),
                     chunks[index].end)
    for at in range(start, chunks[index].end):
        previous = bare_word(keys[at - 1])
        if keys[at] in _PREDICATE_WORDS or (reads_as_verb(keys[at], lexicon) and previous not in _NOUN_GOVERNORS
                                            and not glued_noun(previous, lexicon)):
            return False
    return True


def closes_clause(word: str) -> bool:
    """Whether a word is written with the punctuation that closes its clause or phrase, or is a dash written apart:
    the archive's counts (`training.writer.lexicon`) and the writer read the same end.

    >>> [closes_clause(word) for word in ("الإرهاب»،", "تتصاعد.", "-", '"الإفراج"', "الإفراج")]
    [True, True, True, False, False]
    """
    return word in ("-", "–") or CLAUSE_FINAL.search(word) is not None


def being_predicate(sentence: ChunkedSentence, verb_chunk: int, lexicon: Lexicon) -> int | None:
    """The chunk that holds the predicate of «كان» (or another verb of being) opening chunk `verb_chunk`: the first
    word after its subject that says something of it: «قد», a verb (not the one of a relative clause describing
    the subject), an indefinite accusative («كان وولف | متزوجا»); the sentence's last chunk when none does. A
    compression stops no sooner: «كان المتحدث باسم التحالف، العقيد تركي المالكي» says nothing of him. None for
    other verbs, or when the predicate comes first («كان من المقرر», «كان في استقباله»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("كان الاتفاق الذي توصل إليه القادة في بروكسل قد نص على تقاسم اللاجئين")
    >>> [" ".join(sentence.words[c.start:c.end]) for c in sentence.chunks][being_predicate(sentence, 0, Lexicon())]
    'في بروكسل قد نص'
    >>> sentence = chunk_sentence("وكانت جمعية غير ربحية، ومقرها في كاليفورنيا، قد رفعت دعوى قضائية")
    >>> [" ".join(sentence.words[c.start:c.end]) for c in sentence.chunks][being_predicate(sentence, 0, Lexicon())]
    'قد رفعت دعوى قضائية'
    """
    chunks, keys = sentence.chunks, sentence.keys
    verb = chunks[verb_chunk].start
    verb += bare_word(keys[verb]) == "ربما" and verb + 1 < len(keys)  # «ربما كان عدم تجاوب واشنطن | ...»
    if bare_word(keys[verb]) not in BEING_VERBS or verb + 1 >= len(keys) or fronted(keys[verb + 1]) \
            or keys[verb + 1][:1] in ("ل", "ب") and lexicon.is_common(keys[verb + 1][1:]) \
            or _marked_accusative(sentence, verb + 1, lexicon):  # «كان واضحا ...»: the predicate first
        return None
    described = False  # a relative pronoun was passed: the next verb is the relative clause's
    relative = False  # in a relative clause, up to its comma: «الذي يبلغ من العمر 33 عاما» (no predicate)
    bracketed = {index for chunk in chunks if chunk.kind == "aside" for index in range(chunk.start, chunk.end)}
    for index in range(verb + 2, len(keys)):
        key = keys[index]
        verb_like = index not in bracketed and (  # «كان بوفون (40 عاما و176 مباراة)، ... وصل»: no predicate inside
            key in _COPULAS or reads_as_verb(key, lexicon) and not key.startswith("ال") and key not in MONTHS
            and not _noun_here(keys[index - 1:index + 2 - closes_clause(sentence.words[index])], lexicon)
            and not (key == "غير" and not keys[index - 1].startswith("ال")))
        # «كانت جمعية غير ربحية»: «غير» describes an indefinite noun; after «الرجل» it opens the predicate
        aged = key in ("البالغ", "البالغه")  # «آبي البالغ من العمر 42 عاما | قد أعلن»: a description with no verb
        if bare_word(key) in RELATIVES or aged:
            described, relative = not aged, True
        elif sentence.words[index - 1].endswith(("،", ",")) and opens_circumstance(sentence, index, lexicon):
            relative = True  # «كانت جمعية، | ومقرها في كاليفورنيا، | قد رفعت»: a circumstance, up to its comma
        elif verb_like and described and key != "قد":
            described = False
        elif verb_like or not relative and index not in bracketed and _marked_accusative(sentence, index, lexicon):
            return next(at for at, chunk in enumerate(chunks) if chunk.start <= index < chunk.end)
        relative = relative and not sentence.words[index].endswith(("،", ","))
    return len(chunks) - 1


def opens_circumstance(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether word `index` opens a circumstantial clause on what came before: «و» and a pronoun, or a noun with a
    pronoun written so («وعمره», «ومقرها»; not «وزيادة», whose «ة» the key folds to «ه»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("سجل اللاعب، وعمره 19 عاما، وزيادة في الأهداف")
    >>> lexicon = Lexicon(frequency={"عمر": 90, "زياد": 90})
    >>> opens_circumstance(sentence, 2, lexicon), opens_circumstance(sentence, 5, lexicon)
    (True, False)
    """
    key, word = sentence.keys[index], sentence.words[index].rstrip("،,")
    return key[:1] == "و" and (key[1:] in ("هو", "هي", "هم") or word.endswith(_PRONOUN_ENDINGS)
                               and lexicon.has_pronoun_suffix(key[1:]))


def predicate_missing(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a compression ending with chunk `end` stops on «أن» (or «عندما», «حيث» ...) and a verb of being with
    its subject alone, the sentence going on with the predicate: «رجحت الأمم المتحدة أن يكون إبراهيم العسيري | قد
    قتل», «أكد أن تكون المدارس | جاهزة», «لقوا حتفهم عندما كانت الطائرة | تهبط» said nothing of him, of them, of
    it. A name followed by a definite word may hold its predicate («أصبح ماكرون الرئيس»); without an opener the
    subject may be the verb's own («وقد يكون الوحيد»: it may be the only one).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("رجحت الأمم المتحدة أن يكون إبراهيم العسيري، صانع القنابل، قد قتل")
    >>> [predicate_missing(sentence, end, Lexicon()) for end in range(len(sentence.chunks))]
    [False, True, True, False]
    """
    keys, words, stop = sentence.keys, sentence.words, sentence.chunks[end].end
    lowest = max(0, stop - 3 - MAX_BEING_REACH)
    if stop >= len(keys) or stop < 3 or _BEING_AFTER_AN.isdisjoint(
            zip(keys[lowest:stop - 2], keys[lowest + 1:stop - 1], strict=True)):
        return False  # no «أن» and verb of being in reach (most ends): asked at once
    for index in range(stop - 2, max(-1, stop - 3 - MAX_BEING_REACH), -1):
        if bare_word(keys[index]) in BEING_FORMS and index > 0 and keys[index - 1] in _BEING_OPENERS:
            comma = next((at for at in range(index + 1, stop) if words[at].endswith(("،", ","))), stop - 1)
            subject = keys[index + 1:comma + 1]  # and an apposition between commas after it, with no verb
            if len(subject) > MAX_BEING_SUBJECT or any(
                    key in _COPULAS or reads_as_verb(key, lexicon) and not key.startswith("ال")
                    for key in keys[comma + 1:stop]):
                return False
            return all(key.startswith("ال") for key in subject) or _person_named(subject, lexicon)
    return False


def _person_named(keys: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether words are a person's name: names, «بن»/«عبد» links, and maybe a family name in «ال...ي» last
    («إبراهيم العسيري»), not a definite noun after a name («ماكرون | الرئيس»)."""
    *first, last = keys
    return all(lexicon.is_name(key) or key in NAME_LINKS for key in first) and (
        lexicon.is_name(last) or lexicon.is_family_name(last) or bool(first) and last.startswith("ال")
        and last.endswith("ي"))


def _noun_here(around: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the second of these words, which reads as a verb, is a noun: after «عدم» («عدم تجاوب»), a first name
    before a family name, no comma between («سعد | الحريري»), or a word the archive writes with «ال» a third of the
    time or more, never a headline's verb («قوات تحالف دعم الشرعية», «العقيد ركن تركي المالكي»; not «قتل», 0.18).

    >>> lexicon = Lexicon(definite_share={"دعم": 0.36, "قتل": 0.18}, verbs={"اعلن": "يعلن"})
    >>> [_noun_here(("تحالف", key), lexicon) for key in ("دعم", "قتل", "اعلن")], _noun_here(("عدم", "قتل"), lexicon)
    ([True, False, False], True)
    """
    return around[0] == "عدم" or len(around) > 2 and lexicon.is_family_name(around[2]) \
        or around[1] not in lexicon.verbs and lexicon.definite_share.get(around[1], 0.0) >= NOUN_SHARE


def _marked_accusative(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether word `index` is an indefinite accusative: written with its tanween («مرتعاً») or known so."""
    return sentence.words[index].endswith(("اً", "ًا")) or lexicon.is_indefinite_accusative(sentence.keys[index])


def verb_alone(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` is a coordinated or subordinate clause whose verb has only its subject, and the
    verb says or takes something: «...، وأشارت مصادر ميدانية», «...، ورفضت زوجته», «بعدما قال رئيس الوزراء»
    end before it comes («، وتلقت الصحيفة إشعارا» has its object, «وقال: ...» what was said).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("وصل الوفد بعدما قال رئيس الوزراء في مؤتمر صحفي إنه سيلتزم بالاتفاق")
    >>> verb_alone(sentence, 0, Lexicon())
    True
    """
    chunk, keys = sentence.chunks[index], sentence.keys
    linked = [at + 1 for at in range(chunk.start, chunk.end - 1) if bare_word(keys[at]) in CLAUSE_LINKS]
    starts = linked + ([chunk.start] if keys[chunk.start].startswith("و") else [])
    for verb_at in starts:
        if verb_key(keys[verb_at], lexicon) in SAY_VERBS and not any(  # however long the speaker
                word.endswith(":") or word[:1] in SAID_MARKS for word in sentence.words[verb_at:chunk.end]):
            return True
    if not keys[chunk.start].startswith("و") or chunk.size > 3 or accusative_shape(keys[chunk.end - 1]):
        return False
    verb = verb_key(keys[chunk.start], lexicon)
    return verb in COMPLEMENT_VERBS or verb in lexicon.transitive


def before_clause(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` opens a clause with «أن»/«إن» that what comes before needs: «أظهر تقرير صدر
    مؤخرا | أن ...» says nothing without it (a clause of cause, «لأن ...», is not needed)."""
    if index >= len(sentence.chunks):
        return False
    skip = clause_skip(sentence, index)
    return skip > 0 and sentence.keys[sentence.chunks[index].start + skip - 1] not in CAUSE_OPENERS


def inside_relative_asides(sentence: ChunkedSentence) -> set[int]:
    """Chunks of a relative clause set off by commas that the sentence goes on after («ترامب، | الذي راودته فكرة
    ...، | يريد ...»): a compression ending there has lost what the clause interrupted, the predicate or the object
    («أدى الحادث، الذي وقع في مدينة أولم»). A relative clause that runs to the sentence's end may end one.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("أدى الحادث، الذي وقع في مدينة أولم، إلى إصابة عشرة أشخاص")
    >>> sorted(inside_relative_asides(sentence)) == list(range(1, len(sentence.chunks) - 1))
    True
    """
    chunks, words = sentence.chunks, sentence.words
    inside: set[int] = set()
    closing: int | None = None  # the first chunk at or after `index` that a comma closes
    for index in range(len(chunks) - 1, -1, -1):  # backwards: linear in the chunks
        chunk = chunks[index]
        if words[chunk.end - 1].endswith(("،", ",")):
            closing = index
        if closing is not None and _relative_aside(sentence, index, closing):
            for marked in range(index, closing + 1):
                if marked in inside:
                    break  # a later clause up to the same comma: already marked from here on
                inside.add(marked)
    return inside


def _relative_aside(sentence: ChunkedSentence, index: int, closing: int) -> bool:
    """Whether chunk `index` opens a relative clause that the sentence goes on after the comma of chunk
    `closing`: set off by commas, or opening with «والتي»/«والذي» before the clause the verb needs («اعتبرت
    الكاتبة والتي تعيش في ألمانيا ...، | أن الوضع ...»)."""
    chunks, words, keys = sentence.chunks, sentence.words, sentence.keys
    if closing + 1 >= len(chunks) or chunks[index].start == 0:
        return False
    first = keys[chunks[index].start]
    if chunks[index].kind == "relative" and words[chunks[index].start - 1].endswith(("،", ",")):
        return True
    return first[:1] == "و" and first[1:] in RELATIVES and chunks[closing + 1].kind == "complement"


def what_clause_unfinished(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a compression ending with chunk `end` stops inside a clause whose subject is «ما» (what) after «أن»,
    before its predicate, a verb after the one of what «ما» stands for and not of a relative clause: «كتب أن ما تم
    نشره بشأن الجزائر والذي ورد | في الندوة، يأتي كتفاعل» says nothing of what was published until «يأتي»;
    «إن ما حققه المجلس لا يلامس الطموح» and «أن ما يقرب من 20 مليون شخص أجبروا على النزوح» have theirs.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("كتب الوزير أن ما تم نشره بشأن الجزائر والذي ورد في الندوة، كان دعابة مع زميله")
    >>> [what_clause_unfinished(sentence, end, Lexicon()) for end in range(len(sentence.chunks))]
    [False, True, True, True, True, False, False]
    """
    keys, stop = sentence.keys, sentence.chunks[end].end
    if stop >= len(keys):
        return False
    for index in range(stop - 2, max(0, stop - MAX_WHAT_REACH) - 1, -1):
        if keys[index] == "ما" and index > 0 and keys[index - 1] in _REPORTED_CLAUSE_OPENERS:
            return not any(_predicate_opens(keys[at], lexicon) and bare_word(keys[at - 1]) not in RELATIVES
                           for at in range(index + 2, stop))
    return False


def _predicate_opens(key: str, lexicon: Lexicon) -> bool:
    """Whether a word may open a predicate: a verb (a past plural by its shape: «أجبروا»), a verb of being, a
    negation, a pronoun of separation."""
    return verb_like(key, lexicon) or key in BEING_FORMS or key in _COPULAS or key in NEGATIONS \
        or key in ("جاء", "ليس") or len(key) > 3 and key.endswith("وا")
