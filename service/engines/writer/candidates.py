"""Every grammatical compression of a sentence that the writer may choose from.

A compression keeps a run of whole chunks (dropping any leading dateline, opener, time words or fronted
adjunct), may drop up to two runs of chunks inside it (a relative clause, a time expression, an aside, a clause
between commas) where the sentence resumes cleanly after it, and may open headline-style (attribution as
«X: ...», or the subject before a present-tense verb). Where it may end and what it must keep is decided in
`endings`. Compressions are cheap descriptions; only the chosen one is rendered to text (`rendering`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Final, Generator, Iterable, Iterator, NamedTuple

from service.engines.writer.bare_subjects import predicate_chunk
from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    CONJUNCTIONS,
    DANGLING,
    EXCEPTIONS,
    FRONTED_CLAUSES,
    NAME_LINKS,
    RELATIVES,
    TAIL_STARTS,
    ChunkedSentence,
    fronted,
)
from service.engines.writer.clause_ends import (
    BARE_COMPLEMENTISERS,
    before_clause,
    closes_clause,
    being_predicate,
    ends_in_fronting,
    inside_relative_asides,
    linked_clause_unfinished,
    predicate_missing,
    subject_only,
    verb_alone,
    what_clause_unfinished,
)
from service.engines.writer.complements import complement_chunk, occasion_run, said_needs, verb_left_open
from service.engines.writer.events import event_chunk
from service.engines.writer.endings import (
    bracketed_names,
    can_end,
    needs_complement,
    protected_chunks,
)
from service.engines.writer.fronting import expressed_about
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.marks import OPENING_QUOTES, PAIRED_MARKS, listed_from, quotation_cuts
from service.engines.writer.negation_ends import before_bare_negation, cuts_negation_short
from service.engines.writer.objects import object_end, setting_run
from service.engines.writer.open_phrases import phrase_left_open
from service.engines.writer.predicates import fa_inna_unfinished
from service.engines.writer.runs import MAX_RUN_WORDS, Run, inner_runs, run_words, time_after_subject
from service.engines.writer.rewrite import (
    PREPOSITION_PRONOUNS,
    bare_word,
    opens_adjunct,
    purpose_clause,
    reads_as_verb,
)
from service.engines.writer.said import least_end
from service.engines.writer.self_report import SelfReport, self_report
from service.engines.writer.speech import OPINION_VERBS, Attribution, find_attribution, unsaid_ends
from service.engines.writer.subject import SubjectFirst, find_subject_first

PREFIX_KINDS: Final = frozenset({"dateline", "opener", "time", "aside"})
# A site speaking to its reader («يمكنكم استلام إشعارات ...», «تابعونا على ...»): never news.
READER_ADDRESS: Final = frozenset("يمكنكم تابعونا اشتركوا حملوا".split())
# First words of a clause that continues another: never the opening of a headline or bullet; nor a pronoun that
# points back to what an earlier sentence said («هو اللقب السابع ...», «فيها عشرات الآلاف ...»).
FRAGMENT_STARTS = RELATIVES | COMPLEMENTISERS | TAIL_STARTS | CONJUNCTIONS | EXCEPTIONS | FRONTED_CLAUSES | frozenset(
    "حيث كما كذلك اذ لذلك لذا لهذا لكن لكنه لكنها لكنهم لو لولا اذا خاصه بيد لما".split()) | READER_ADDRESS \
    | frozenset("هو هي هم هما هن".split()) | PREPOSITION_PRONOUNS

BEFORE_ANNA: Final = frozenset({"غير", "ما", "بما"})  # before «أن», from another clause: «غير أن», «ما إن», «بما أن»
MAX_RUNS: Final = 2
# «ما سماه», «ما وصفه»: what the speaker called something
LABELLING_VERBS: Final = frozenset("""
سماه سمته اسماه اسمته يسميه تسميه وصفه وصفته يصفه تصفه اعتبره اعتبرته يعتبره تعتبره عده عدته يعده يعتبرها
""".split())
MAX_START_CHUNK: Final = 4
MIN_CLAUSE_WORDS: Final = 3  # of a reported clause shown without its speech verb
MIN_QUOTED_WORDS: Final = 5  # of a quotation cut short
MIN_WORDS: Final = 3
MAX_WORDS: Final = 18


@dataclass(frozen=True)
class Opening:
    """How a compression opens at chunk `start`: as written ("plain"), as «X: ...» ("attribution", the body
    then starts at the reported clause), as the reported clause alone ("reported"), the speaker's own act stated
    as the speaker's ("self": `self_report`), subject-first ("subject"), or as the deed a verb of managing's
    complement names, without its preposition ("event": «تمكنت الوحدات ... | من حجز 6 بنادق» → «حجز 6 بنادق»)."""

    form: str
    start: int
    body_start: int
    attribution: Attribution | None = None
    subject: SubjectFirst | None = None
    report: SelfReport | None = None

    @property
    def extra_words(self) -> int:
        """Words the opening adds to its body chunks (the speaker, if shown, less the dropped «أن»; the dropped
        preposition of an event)."""
        if self.attribution is None:
            return -1 if self.form == "event" else 0
        return (len(self.attribution.who) if self.form in ("attribution", "self") else 0) - self.attribution.skip


class Compression(NamedTuple):
    """The opening's body chunks up to `end` (inclusive), less the chunks of `runs`; `words` is its length (a
    tuple: a sentence has dozens)."""

    opening: Opening
    end: int
    runs: tuple[Run, ...]
    words: int


def statement_start(sentence: ChunkedSentence, lexicon: Lexicon | None = None) -> int | None:
    """Index of the chunk where the sentence's statement opens, or None (a fragment: «حيث ...», «مشيرا ...»).
    After a fronted phrase the statement opens at a comma; with a `lexicon`, only at a verb there («في الوقت
    الذي يصر فيه المحافظ، طارق عامر، على ...، كشف البنك» does not open at «طارق عامر»)."""
    chunks, keys = sentence.chunks, sentence.keys
    first = next((index for index, chunk in enumerate(chunks) if chunk.kind not in PREFIX_KINDS
                  and sentence.has_words(chunk)), None)  # «، | التي بدأت ...»: past a comma
    if first is None or first > MAX_START_CHUNK:
        return None
    if opens_adjunct(keys[chunks[first].start], lexicon) and not expressed_about(keys, chunks[first].start):
        clauses = [index for index in range(first + 1, min(len(chunks), first + 6))
                   if chunks[index].kind == "comma" and _opens_clause(keys[chunks[index].start])
                   and (lexicon is None or reads_as_verb(keys[chunks[index].start], lexicon))]
        # «وفي مقتطفات من المقابلة، | نشرت | الجمعة، | قال ترامب ...»: «نشرت» describes the fronted phrase
        first = next((index for index in clauses if not (chunks[index].size == 1 and index + 2 in clauses
                                                         and chunks[index + 1].kind in ("time", "aside"))), None)
    if first is None or _continues(keys[chunks[first].start]) or _continues_with_anna(keys, chunks[first].start) \
            or lexicon is not None and purpose_clause(keys, chunks[first].start, lexicon):  # «ليصل بذلك إلى ...»
        return None
    if lexicon is not None and all(lexicon.is_name(key) or key in NAME_LINKS for key in keys[chunks[first].start:]):
        return None  # «محمد بن سلمان بن عبدالعزيز آل سعود»: a signature, a caption, no statement
    return None if _closes_unopened(sentence.words[chunks[first].start]) else first


def _closes_unopened(word: str) -> bool:
    """Whether a clause's first word closes a quotation or bracket it did not open: the sentence began inside
    another («سي"، الخميس، إن ...», split after «إن.بي.سي»).

    >>> [_closes_unopened(word) for word in ('سي"،', '"الشباب"', "(واس)", 'و"حدد', "النار)")]
    [True, False, False, False, True]
    """
    return any(word.count(closing) > word.count(opening) if opening != closing
               else word.count(opening) % 2 == 1 and word.find(opening) > 1  # not «و"حدد»
               for opening, closing in PAIRED_MARKS)


def _continues(key: str) -> bool:
    """Whether a clause's first word continues another clause («حيث», «وأن») or its subject («إنها | و(إس.سي.إل)»)."""
    return key in FRAGMENT_STARTS or (key[:1] in ("و", "ف") and key[1:] in FRAGMENT_STARTS) or key[:2] == "و("


def _continues_with_anna(keys: tuple[str, ...], start: int) -> bool:
    """Whether a clause opens with «غير أن» or «ما إن», which go on from another clause.

    >>> _continues_with_anna(("وما", "ان", "انتهت"), 0), _continues_with_anna(("غير", "مسبوق"), 0)
    (True, False)
    """
    first = keys[start][1:] if keys[start][:1] in ("و", "ف") else keys[start]
    return first in BEFORE_ANNA and start + 1 < len(keys) and keys[start + 1] == "ان"


def _opens_clause(key: str) -> bool:
    """A comma chunk after a fronted adjunct that can be the main clause: it opens with neither «ال», nor a
    preposition, nor «و» (an apposition, another adjunct, a coordinated item)."""
    return not (key.startswith(("ال", "و")) or fronted(key) or key in DANGLING)


def _nominative(subject: str, lexicon: Lexicon) -> bool:
    """Whether the subject of a clause after «أن» reads right without it: not an accusative dual or plural
    («الجانبين», «المواطنين») or an indefinite accusative («وسيطا», for «وسيط»)."""
    if subject.endswith("ين") and any(subject[:-2] + ending in lexicon.frequency for ending in ("ون", "ان")):
        return False  # «أن مشترين ... بدأوا»: «مشترين مثل فرنسا» alone would read wrong
    return not lexicon.is_indefinite_accusative(subject)


def _speakers_label(sentence: ChunkedSentence, clause_start: int) -> bool:
    """Whether a reported clause opens with what the speaker called something: «أن ما سماه "المعركة ..." لم
    تنته» is his label, which without him names no one (not «أن ما وصفته الصحافة بالفضيحة ...», whose subject
    follows the verb)."""
    keys, words = sentence.keys[clause_start:clause_start + 3], sentence.words[clause_start:clause_start + 3]
    return len(keys) == 3 and keys[0] == "ما" and keys[1] in LABELLING_VERBS and (
        words[2][:1] in OPENING_QUOTES or not keys[2].startswith("ال"))


def openings(sentence: ChunkedSentence, start: int, lexicon: Lexicon,
             attribution: Attribution | None) -> list[Opening]:
    """The ways a compression may open at chunk `start`: as written, as «X: ...», as the reported clause
    alone («أعلنت الوزارة أن الحملة ستبدأ» → «الحملة ستبدأ»), as the speaker's own act («الشرطة تطلق النار»),
    subject-first (`attribution`: the sentence's `find_attribution` at `start`)."""
    found = [Opening("plain", start, start)]
    clause_start = sentence.chunks[attribution.clause_chunk].start + attribution.skip if attribution else 0
    subject = sentence.keys[clause_start] if attribution and clause_start < len(sentence.keys) else ""
    if attribution is not None and not attribution.denied and _nominative(subject, lexicon) \
            and not attribution.repeated_by(subject) and not _continues(subject):  # «أشارت الصحيفة إلى أنه
        # بمجرد توقيع ...» has no «الصحيفة: بمجرد ...»; «نفى الرئيس أن ...» none of what he denied
        if not attribution.adverb_only():  # not «أيضا: ...»
            found.append(Opening("attribution", start, attribution.clause_chunk, attribution=attribution))
        named = _named_source(attribution, lexicon)
        if sentence.keys[clause_start - 1] in BARE_COMPLEMENTISERS and not lexicon.has_pronoun_suffix(subject) \
                and named and not _speakers_label(sentence, clause_start) \
                and bare_word(sentence.keys[sentence.chunks[start].start]) not in OPINION_VERBS:
            found.append(Opening("reported", start, attribution.clause_chunk, attribution=attribution))
        report = self_report(sentence, start, attribution, lexicon) if named else None
        if report is not None:  # «قالت الشرطة إنها أطلقت النار» → «الشرطة تطلق النار»; not «شهود عيان» («إنه»: another)
            found.append(Opening("self", start, attribution.clause_chunk, attribution=attribution, report=report))
    subject_first = find_subject_first(sentence, start, lexicon)
    if subject_first is not None:
        found.append(Opening("subject", start, start, subject=subject_first))
    event = event_chunk(sentence, found[0], lexicon)
    if event is not None:
        found.append(Opening("event", start, event))
    return found


def _named_source(attribution: Attribution, lexicon: Lexicon) -> bool:
    """Whether a speaker is a named or definite source, whose words a headline may report without naming it
    («أعلنت الوزارة أن الحملة ستبدأ» → «الحملة ستبدأ»); an unnamed one («ناشطون», «مصادر», «دراسة حديثة»)
    stays with its claim: dropped, the claim would read as fact."""
    return any(key.startswith("ال") or lexicon.is_name(key) for key in attribution.who_keys())


def compressions(sentence: ChunkedSentence, lexicon: Lexicon, max_words: int = MAX_WORDS,
                 min_words: int = MIN_WORDS, objectless: bool = True) -> Iterator[Compression]:
    """All compressions of a sentence within the length bounds (at most a few hundred). `objectless`: a verb
    that takes an object may end without it when the object runs past the length (a headline must have some
    compression; a bullet can take another sentence)."""
    return SentenceCompressions(sentence, lexicon).within(max_words, min_words, objectless)


@dataclass(frozen=True)
class _Plan:
    """An opening with the chunk its compressions must reach with the verb's object and without it, the chunks
    no run may drop, and the phrases of the occasion before the verb's complement, which one run may drop."""

    opening: Opening
    least: int
    with_object: int
    protected: frozenset[int]
    occasion: Run | None = None
    slack: int = MAX_RUN_WORDS  # words its runs may drop at most


class SentenceCompressions:
    """`compressions` of one sentence for any length bounds: what the bounds do not change (the openings, the
    ends each must reach, which chunks may end a compression) is worked out once, for a writer that asks for
    14 words, then 18, then 22."""

    def __init__(self, sentence: ChunkedSentence, lexicon: Lexicon) -> None:
        self.sentence = sentence
        self.lexicon = lexicon
        self._named = bracketed_names(sentence, lexicon)  # «شبكة | (سي.إن.إن)»: kept, and nothing ends before one
        self._unfinished = inside_relative_asides(sentence) | unsaid_ends(sentence)  # «الحادث، | الذي»; «أكدوا | أن»
        self._quote_cuts = quotation_cuts(sentence.words)  # «قال: "قتل المصلين غرسة | ..."»
        self._listed_from = listed_from(sentence.words, sentence.keys)  # «تبنيا طفلين هما: إيزابيلا | ...»
        self._plans = self._openings()
        self._ends: dict[int, bool] = {}

    def _openings(self) -> list[_Plan]:
        sentence, lexicon = self.sentence, self.lexicon
        start = statement_start(sentence, lexicon)
        if start is None:
            return []
        attribution = find_attribution(sentence, start, lexicon)  # the same for every opening: all start at `start`
        # A bare subject's predicate: kept by every opening but subject-first, and dropped by no run of any
        # («الاستخبارات تؤكد أن السلطات، | بدأت ...» never leaves «... أن السلطات استعدادا ...»).
        reported = predicate_chunk(sentence, start, attribution, lexicon)
        plans = []
        for opening in openings(sentence, start, lexicon, attribution):
            predicate = None if opening.subject is not None else reported
            complement = complement_chunk(sentence, opening, lexicon)  # «أعرب الوزير | عن ...»
            said = least_end(sentence, opening, attribution, lexicon)  # what a speech verb said, or another's clause
            being = being_predicate(sentence, opening.start, lexicon) if opening.form == "plain" else None
            least = max(said, predicate or 0, complement or 0, being or 0, said_needs(sentence, said, lexicon))
            found_object = object_end(sentence, opening, lexicon)
            with_object = max(least, min(found_object.end, len(sentence.chunks) - 1))  # at most the whole sentence
            if needs_complement(sentence, opening, lexicon):
                least = with_object  # no headline of «تمكنت الشرطة» alone, however long the rest
            protected = protected_chunks(sentence, opening, reported, lexicon)
            if found_object.resumed:
                protected |= {found_object.end}  # «ألقت الشرطة ... أمس، | القبض على ...»: no run drops it
            if said < len(sentence.chunks) and sentence.chunks[said].kind not in PREFIX_KINDS | {"relative"}:
                protected |= {said}  # «أفاد مصدر ... | بمقتل 17»: no run drops what was said
            protected |= self._named | ({complement} if complement else set())
            occasion = occasion_run(sentence, opening.start, complement, least, protected) \
                or setting_run(sentence, opening, found_object)  # «في مكتبه ... أمس، | وكيل الإمارة»
            slack = MAX_RUN_WORDS + (run_words(sentence, occasion) if occasion else 0)
            plans.append(_Plan(opening, least, with_object, frozenset(protected), occasion, slack))
        return plans

    def within(self, max_words: int = MAX_WORDS, min_words: int = MIN_WORDS,
               objectless: bool = True) -> Iterator[Compression]:
        """The compressions within the length bounds, as `compressions` lists them."""
        for plan in self._plans:
            found = yield from self._ending(plan, plan.with_object, (min_words, max_words))
            if not found and plan.with_object > plan.least and objectless:  # the object runs past the length
                yield from self._ending(plan, plan.least, (min_words, max_words))

    def _may_end(self, end: int) -> bool:
        """Whether a compression may end with chunk `end` (whatever its opening), remembered."""
        found = self._ends.get(end)
        if found is None:
            sentence, lexicon = self.sentence, self.lexicon
            found = self._ends[end] = (can_end(sentence, sentence.chunks[end], lexicon)
                                       and not subject_only(sentence, end, lexicon)
                                       and not before_clause(sentence, end + 1)
                                       and not ends_in_fronting(sentence, end, lexicon)
                                       and not verb_alone(sentence, end, lexicon)
                                       and not cuts_negation_short(sentence, end)
                                       and not before_bare_negation(sentence, end)
                                       and not predicate_missing(sentence, end, lexicon)
                                       and not fa_inna_unfinished(sentence.words, sentence.keys,
                                                                  sentence.chunks[end].end, lexicon)
                                       and not what_clause_unfinished(sentence, end, lexicon)
                                       and not linked_clause_unfinished(sentence, end, lexicon)
                                       and not phrase_left_open(sentence, end, lexicon)
                                       and not verb_left_open(sentence, end, lexicon)
                                       and end + 1 not in self._named and end not in self._unfinished
                                       and not self._cuts_quotation(end) and not self._cuts_list(end))
        return found

    def _cuts_list(self, end: int) -> bool:
        """Whether ending with chunk `end` keeps a list that a colon opened short of its last item, the one after
        «و»: «تبنيا طفلين هما: إيزابيلا» names one child (not «هي: الطرد ... والسلوك غير السليم»)."""
        stop, keys = self.sentence.chunks[end].end, self.sentence.keys
        return self._listed_from < stop < len(keys) and not any(
            key[:1] == "و" and not reads_as_verb(key, self.lexicon) for key in keys[self._listed_from + 1:stop])

    def _cuts_quotation(self, end: int) -> bool:
        """Whether ending with chunk `end` keeps only the first few words of a quotation, not at a comma or a stop
        within it («"قتل المصلين غرسة»)."""
        last = self.sentence.chunks[end].end - 1
        return 0 < self._quote_cuts[last] < MIN_QUOTED_WORDS and not closes_clause(self.sentence.words[last])

    def _ending(self, plan: _Plan, least: int, bounds: tuple[int, int]) -> Generator[Compression, None, int]:
        """The compressions of one plan's opening that end at chunk `least` or later, within `bounds` (min and max
        words), dropping no chunk it protects; returns how many."""
        sentence, (min_words, max_words), opening = self.sentence, bounds, plan.opening
        chunks = sentence.chunks
        first = chunks[opening.body_start].start
        extra, attributed = opening.extra_words, opening.attribution is not None
        skip = opening.attribution.skip if opening.attribution is not None else 0
        found = 0
        for end in range(least, len(chunks)):
            if chunks[end].start - first >= max_words + plan.slack:
                break
            if not self._may_end(end):
                continue
            length = chunks[end].end - first + extra
            if attributed and chunks[end].end - first - skip < MIN_CLAUSE_WORDS:
                continue  # «منظمة أطباء بلا حدود: مقاتلي ميليشيات» says who, not what
            if length >= min_words and length - plan.slack <= max_words:
                for compression in _with_runs(sentence, plan, end, length, bounds, self.lexicon):
                    found += 1
                    yield compression
        return found


def _with_runs(sentence: ChunkedSentence, plan: _Plan, end: int, length: int, bounds: tuple[int, int],
               lexicon: Lexicon) -> Iterator[Compression]:
    (min_words, max_words), opening, protected = bounds, plan.opening, plan.protected
    if length <= max_words:
        yield Compression(opening, end, (), length)
    # subject-first keeps the verb's complement: no run right after the opening clause
    after = opening.body_start + (opening.subject is not None)
    firsts: Iterable[Run] = inner_runs(sentence, after, end, lexicon, protected)
    if opening.subject is not None:  # «ترامب يوقع، الأربعاء، مرسوما»
        firsts = chain(time_after_subject(sentence, after, opening.subject.subject_end, end, protected, lexicon),
                       firsts)
    if plan.occasion is not None:  # «اتفقت المملكتان | بمناسبة زيارة ... | على ...»
        firsts = chain((plan.occasion,), firsts)
    for first in firsts:
        shorter = length - run_words(sentence, first)
        if min_words <= shorter <= max_words:
            yield Compression(opening, end, (first,), shorter)
        seconds: Iterable[Run] = inner_runs(sentence, first[1] + 1, end, lexicon, protected) if MAX_RUNS > 1 else ()
        if plan.occasion is not None and plan.occasion[0] > first[1] + 1:  # «تمكنت | اليوم، | الوحدات ... | إثر ...»
            seconds = chain(seconds, (plan.occasion,))
        for second in seconds:
            shortest = shorter - run_words(sentence, second)
            if min_words <= shortest <= max_words:
                yield Compression(opening, end, (first, second), shortest)
