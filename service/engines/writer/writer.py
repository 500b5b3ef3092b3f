"""The compressive writer: the best-scoring grammatical compression of the right sentences.

Headline: among the compressions of the first sentences. Bullet: among the compressions of a group's most
salient sentences (every compression opens where its sentence's statement opens), at least five words long.
Both use the same learned model, so bullets read like headlines.
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from typing import Callable, Final, NamedTuple

from service.engines.writer.candidates import Compression, SentenceCompressions, statement_start
from service.engines.writer.chunks import (
    DEMONSTRATIVES,
    FRONTED_CLAUSES,
    ChunkedSentence,
    chunk_sentence,
    chunk_words,
    ends_dangling,
    fold,
    sentence_words,
)
from service.engines.writer.complements import AMOUNT_VERBS, verb_preposition
from service.engines.writer.endings import PASSIVE_AUXILIARIES, can_end, opening_verb
from service.engines.writer.features import ArticleContext, SentenceParts
from service.engines.writer.fronting import lexical_chunks
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.model import WriterModel
from service.engines.writer.names import variants
from service.engines.writer.pieces import names_its_subject
from service.engines.writer.rendering import render
from service.engines.writer.rewrite import bare_word, looks_imperfect, reads_as_verb, sound_plural, verb_key
from service.engines.writer.scoring import CompressionScorer
from service.engines.writer.speech import speaker_missing
from service.engines.writer.statement import statement_opening, statement_words
from service.engines.writer.tidy import PERFECT_PARTICLES, tidy
from service.engines.writer.times import MONTHS

HEADLINE_SENTENCES: Final = 1  # the lead: later sentences win on ROUGE too rarely to be told apart (training)
FALLBACK_SENTENCES: Final = 3
LONG_SUBJECT_WORDS: Final = 4  # a lead whose first clause alone is longer gets up to 18 words
HEADLINE_MAX_WORDS: Final = 14
HEADLINE_MIN_WORDS: Final = 4
# The lead's whole statement in as many words, before its first chunks alone: «أكد الأمير ... رئيس الهيئة العامة»
# says nothing, a long headline that says what he stressed does.
LAST_RESORT_WORDS: Final = 30
BULLET_MAX_WORDS: Final = 14
BULLET_MIN_WORDS: Final = 5
CONTEXT_SENTENCES: Final = 30
# A headline's tries (objectless, most words): every compression with the verb's object in up to 22 words, then
# the verb and subject alone in up to 18; the model chooses the length among them (trained on the same tries), and
# each word past HEADLINE_MAX_WORDS costs OVERLONG_COST of score. Trying 14 words first, then 18, then 22 (the
# last release) kept the first that had any: on dev_headlines the shortest was often cut before what mattered
# («تقوم #غوغل بتقديم بعض الأدوات والمزايا», with «للمستخدمين تساعدهم في ...» past the 14th word).
LENGTH_STEPS = ((False, HEADLINE_MAX_WORDS + 2 * LONG_SUBJECT_WORDS), (True, HEADLINE_MAX_WORDS + LONG_SUBJECT_WORDS))
# The model learns the length that scores best against editors' headlines, which runs long; a reader wants them
# short: on dev_headlines 142 of 1,342 headlines run past 18 words at this cost, 187 at 0.03 (+0.08 ROUGE-L).
OVERLONG_COST: Final = 0.05
SENTENCE_END_BONUS: Final = 0.3  # a bullet that ends where its sentence does reads whole
_STOPS: Final = ".؛;:!؟?"
_CLOSING_QUOTES: Final = "\"'»”)"
_LINK: Final = re.compile(r"https?:|www\.|\w@\w++\.", re.IGNORECASE)  # an address or an e-mail («salem@hotmail.com»)
QUESTION_WORDS: Final = frozenset("هل ماذا لماذا كيف اين".split())
# «بمجرد أن ...», «إذا ...»: what was said opens with a clause its main clause must follow
SUBORDINATORS: Final = FRONTED_CLAUSES | frozenset("اذا لو لولا لما".split())
# Prepositions of when, why and besides, which never open a statement of their own (not «من الضروري ...», «على
# الولايات المتحدة ...», «لدى الأهلي ...»)
ADJUNCT_ONLY: Final = frozenset("بعد قبل خلال منذ عقب اثر اثناء اضافه بالاضافه فضلا علاوه نظرا بهدف بسبب جراء".split())
FRAMES: Final = frozenset({("في", "اطار"), ("في", "ظل"), ("في", "سياق"), ("في", "ضوء"), ("علي", "هامش")})
# Subjects that stand for someone an earlier sentence named: «هي من أكثر ...», «الأخيرة قتلت الجندي ...»
REFERRING_SUBJECTS: Final = frozenset("هو هي هم هن الاخير الاخيره".split())
SHORTLIST: Final = 8  # compressions per sentence kept in score order, for a bullet that must not repeat another


class Choice(NamedTuple):
    """A compression of a sentence (or of its variant) with its score."""

    score: float
    sentence: ChunkedSentence
    compression: Compression


class ArticleWriter:
    """Writes for one article: its sentences are chunked once and shared by the headline and bullets."""

    def __init__(self, model: WriterModel, sentences: list[str], no_statement: frozenset[int] = frozenset(),
                 comma_pieces: frozenset[int] = frozenset()) -> None:
        """`no_statement`: the sentences that open within a clause (an overlong sentence's later pieces, cut at a
        word: «عزيزا على تراب وطنه ...») or within a quotation (someone's words: «الناس يتدفقون، هذا مؤسف" وكان
        ...»): no headline or bullet is written from one (`planning.Unit.opens_statement`). `comma_pieces`: an
        overlong sentence's later pieces cut at a comma, written from only when they name their subject
        (`pieces.names_its_subject`: not «يعكس بجلاء موقفها ...»)."""
        self.model = model
        self.sentences = sentences
        self.no_statement = no_statement
        self.comma_pieces = comma_pieces
        self.headline_sentence: int | None = None  # the sentence `headline` wrote from, once it ran
        self._chunked: dict[int, ChunkedSentence] = {}
        self._scorers: dict[tuple[int, int], list[tuple[SentenceCompressions, CompressionScorer]]] = {}
        self._words = [sentence_words(sentence) for sentence in sentences[:CONTEXT_SENTENCES]]  # split once
        self.context = ArticleContext.of_keys(frozenset(words.keys) for words in self._words)

    def chunked(self, index: int) -> ChunkedSentence:
        if index not in self._chunked:
            chunked = (chunk_words(self._words[index]) if index < len(self._words)
                       else chunk_sentence(self.sentences[index]))
            self._chunked[index] = lexical_chunks(chunked, self.model.lexicon)
        return self._chunked[index]

    def ranked(self, index: int, position: int, max_words: int, min_words: int, keep: int = 1,
               objectless: bool = True, usual_words: int | None = None) -> list[Choice]:
        """The `keep` best compressions of sentence `index` (scored as if it stood at `position`), best first
        (`objectless`: see `compressions`; `usual_words`: each word past it costs OVERLONG_COST)."""
        choices: list[Choice] = []
        for candidates, scorer in self._scored_variants(index, position):
            choices.extend(Choice(scorer.score(compression) - _overlong(compression, usual_words),
                                  candidates.sentence, compression)
                           for compression in candidates.within(max_words, min_words, objectless))
        return heapq.nlargest(keep, choices, key=lambda choice: choice.score)

    def _scored_variants(self, index: int, position: int) -> list[tuple[SentenceCompressions, CompressionScorer]]:
        """The sentence's variants (`names.variants`) with their compressions and scorers, kept for the
        headline's and bullets' next tries."""
        key = (index, position)
        if key not in self._scorers:
            lexicon = self.model.lexicon
            self._scorers[key] = [
                (SentenceCompressions(sentence, lexicon),
                 CompressionScorer(SentenceParts(sentence, position, lexicon, self.context, shortened=number > 0),
                                   self.model))
                for number, sentence in enumerate(variants(self.chunked(index), lexicon))]
        return self._scorers[key]

    def text(self, choice: Choice) -> str:
        return render(choice.sentence, choice.compression, self.model.lexicon)

    def headline(self) -> str | None:
        """The best compression of the lead sentence (in the `LENGTH_STEPS` order: with the verb's object if it
        has any, short unless a longer one scores well above), else the lead's in up to LAST_RESORT_WORDS; the
        next sentences' when the lead has none (a quote, a one-word line); never a speech verb that does not
        name who spoke («أضاف: ...»). A later sentence rarely says what the story is: on the dev_headlines leads
        without a compression in 22 words, theirs scored 9.0 ROUGE-L against 10.5 for the lead's long one."""
        later = [index for index in range(1, min(FALLBACK_SENTENCES, len(self.sentences))) if self._opens(index)]
        steps = [(0, objectless, longest) for objectless, longest in LENGTH_STEPS] + [(0, False, LAST_RESORT_WORDS)] \
            + [(index, objectless, longest) for index in later for objectless, longest in LENGTH_STEPS]
        for index, objectless, longest in steps:
            choices = [choice for choice in self.ranked(index, 0, longest, HEADLINE_MIN_WORDS, SHORTLIST,
                                                        objectless=objectless, usual_words=HEADLINE_MAX_WORDS)
                       if _speaker_named(choice) and not _shows_link(choice) and not _reads_as_list(choice)
                       and not _opens_subordinate(choice, self.model.lexicon) and not _points_back(choice)]
            if choices:
                self.headline_sentence = index
                return self.text(choices[0])
        self.headline_sentence = 0
        return self._leading_chunks(0) if self.sentences else None

    def _leading_chunks(self, index: int) -> str | None:
        """The sentence's first whole chunks after any dateline or opener, within the headline's length and
        not ending on a word that needs more: the headline of a lead the compressions cannot open (a fronted
        phrase too long to skip, a proverb)."""
        sentence = self.chunked(index)
        body = [chunk for chunk in sentence.chunks if chunk.kind not in ("dateline", "opener")]
        first = body[0].start if body else 0
        within = [chunk for chunk in body if chunk.end - first <= HEADLINE_MAX_WORDS]
        ends = [chunk.end for chunk in within if can_end(sentence, chunk, self.model.lexicon)] or [
            chunk.end for chunk in within if can_end(sentence, chunk)]  # a last resort: the rules alone
        if not ends:
            return None
        return " ".join(tidy(list(sentence.words[first:ends[-1]]), self.model.lexicon))

    def _opens(self, index: int) -> bool:
        """Whether a headline or a bullet may be written from sentence `index` (see `__init__`)."""
        return index not in self.no_statement and (
            index not in self.comma_pieces or names_its_subject(self.chunked(index), self.model.lexicon))

    def is_statement(self, index: int) -> bool:
        """Whether the sentence holds a statement of its own (not «حيث ...», «مشيرا ...», a bare phrase)."""
        return statement_start(self.chunked(index)) is not None

    def statement(self, index: int) -> str:
        """A whole sentence as a summary opens with it: no dateline or opener, subject-first where safe
        («حذر الرئيس التركي، أردوغان، من ...» → «الرئيس التركي، أردوغان، يحذر من ...»)."""
        sentence = self.chunked(index)
        opening = statement_opening(sentence, self.model.lexicon)
        if opening is None:
            return self.sentences[index]
        return " ".join(statement_words(sentence, opening, self.model.lexicon))

    def bullet(self, index: int, avoid: Callable[[str], bool]) -> str | None:
        """The best statement from sentence `index` that `avoid` does not reject (the whole sentence is preferred where
        it fits: `_bullet_rank`), in 14 words, else in 18; never a verb with its subject alone, nor a speech verb whose
        speaker an earlier sentence named («أضاف: ...»), nor from the headline's sentence (it opens as the headline)."""
        if not self._opens(index) or index == self.headline_sentence:
            return None
        for longest in (BULLET_MAX_WORDS, BULLET_MAX_WORDS + LONG_SUBJECT_WORDS):
            ranked = self.ranked(index, 0, longest, BULLET_MIN_WORDS, SHORTLIST, objectless=False)
            choices = [choice for choice in ranked
                       if _speaker_named(choice) and _claim_has_speaker(choice) and not _shows_link(choice)
                       and not _reads_as_list(choice) and not _asks(choice) and not _points_back(choice)
                       and not _opens_subordinate(choice, self.model.lexicon)
                       and not _complement_left(choice, self.model.lexicon)
                       and not _subject_unnamed(choice, self.model.lexicon)]
            for choice in sorted(choices, key=_bullet_rank, reverse=True):
                text = self.text(choice)
                if not avoid(text):
                    return text
        return None


def _overlong(compression: Compression, usual_words: int | None) -> float:
    return OVERLONG_COST * max(0, compression.words - usual_words) if usual_words is not None else 0.0


def _bullet_rank(choice: Choice) -> float:
    """A compression's score as a teaser: SENTENCE_END_BONUS more when it says its sentence whole."""
    return choice.score + SENTENCE_END_BONUS * _ends_sentence(choice)


def _ends_sentence(choice: Choice) -> bool:
    """Whether a compression ends where its sentence does (or at a semicolon, a colon), not on a word that would
    dangle without the stop («... على الصعد كافة.»): a teaser that says its statement whole. A comma may close
    only a name between commas («الادعاء: أحمد حسن (18 عاماً)،»)."""
    sentence = choice.sentence
    last = sentence.chunks[choice.compression.end].end
    word = sentence.words[last - 1]
    return (last >= len(sentence.words) or word.rstrip(_CLOSING_QUOTES).endswith(_STOPS)) \
        and not ends_dangling(word.rstrip(_STOPS + _CLOSING_QUOTES))


def _shows_link(choice: Choice) -> bool:
    """Whether a compression holds a web or e-mail address or stops right before one: a caption for a link («رابط
    للاطلاع على نص البلاغ: http://...»), a column's signature («للتواصل مع الكاتب: salem@...»), never a headline
    or a teaser."""
    sentence, compression = choice.sentence, choice.compression
    if not _has_link(sentence.words):
        return False
    first = sentence.chunks[compression.opening.body_start].start
    return _has_link(sentence.words[first:sentence.chunks[compression.end].end + 1])


def _asks(choice: Choice) -> bool:
    """Whether a compression is (part of) a question: an interview's «هل تُفضِّل ...؟» or a column's «لماذا ...؟»
    tells a teaser's reader nothing."""
    sentence = choice.sentence
    start = sentence.chunks[choice.compression.opening.body_start].start
    first, second = ([key for key in sentence.keys[start:start + 3] if key] + ["", ""])[:2]  # past «*», «-»
    asked = first[1:] if first[:1] in ("و", "ف") and first[1:] in QUESTION_WORDS else first  # «وهل», «فهل»
    return asked in QUESTION_WORDS or (first in ("ما", "من") and second in ("هو", "هي"))  # «ما هي المشكلة»


def _opens_subordinate(choice: Choice, lexicon: Lexicon) -> bool:
    """Whether what a speaker said opens with a clause of when or if, which the main clause would have to follow
    («ستيرجن: بمجرد أن يكون لدينا بعض الوضوح», «قالت ستيرجن: بمجرد أن ...» say nothing yet), or is a phrase of
    when or where with no verb after it («قال هيرتز في بيان: بعد التفكير مليا في كل البدائل المتاحة»)."""
    sentence, first = choice.sentence, _said_start(choice)
    said = sentence.keys[first:sentence.chunks[choice.compression.end].end] if first is not None else ()
    if not said:
        return False
    head = bare_word(said[0])
    if head in SUBORDINATORS or said[:2] in FRAMES or head in ADJUNCT_ONLY and said[1:2] == ("ما",):
        return True  # «المديرية: في إطار متابعة ...», «شيدلو: بعد ما حدث أمس ...»
    return head in ADJUNCT_ONLY and not any(
        reads_as_verb(key, lexicon) or looks_imperfect(key, lexicon) or key in PASSIVE_AUXILIARIES for key in said[1:])


def _said_start(choice: Choice) -> int | None:
    """The first word of what a compression shows a speaker said: after the speaker it names («المديرية: ...») or
    after a colon («قالت ستيرجن: ...»); None when it shows nobody's words."""
    opening, sentence = choice.compression.opening, choice.sentence
    start, end = sentence.chunks[opening.body_start].start, sentence.chunks[choice.compression.end].end
    if opening.form == "attribution" and opening.attribution is not None:
        return start + opening.attribution.skip
    return next((at + 1 for at in range(start, end) if sentence.words[at].endswith(":")), None)


def _points_back(choice: Choice) -> bool:
    """Whether the statement shown has a pronoun for its subject, or a demonstrative with no noun after it: what it
    stands for is in a sentence the output leaves out («هذا يعود إلى الفوائد الكثيرة», «هي من أكثر الإصابات»,
    «المتحدث يقول إن ذلك إيذان بتجهيزها»), unlike «هذه الاتفاقية تعد استمرارا ...»."""
    sentence, opening = choice.sentence, choice.compression.opening
    first = _said_start(choice)
    if first is None:
        first = sentence.chunks[opening.body_start].start
        reported = next((chunk.start + 1 for chunk in sentence.chunks[opening.body_start:choice.compression.end + 1]
                         if chunk.kind == "complement"), None)  # «المتحدث يقول إن ذلك ...»
        if reported is not None and sentence.keys[reported - 1] in ("ان", "بان") and _pronoun_at(sentence, reported):
            return True
    return _pronoun_at(sentence, first)


def _pronoun_at(sentence: ChunkedSentence, index: int) -> bool:
    """Whether word `index` is a pronoun («هي»), «الأخيرة», or a demonstrative with no definite noun after it
    («ذلك إيذان»)."""
    keys = sentence.keys
    head = bare_word(keys[index]) if index < len(keys) else ""
    following = keys[index + 1] if index + 1 < len(keys) else ""
    return head in REFERRING_SUBJECTS or head in DEMONSTRATIVES and not following.startswith("ال")


def _complement_left(choice: Choice, lexicon: Lexicon) -> bool:
    """Whether a compression stops before the preposition its verb goes on with (`Lexicon.complements`), which the
    sentence has further on: «حذر بخاري الموجود حاليا في واشنطن، حيث يقوم بزيارة ...» without «من أن ...» says
    nothing of what he warned against (a teaser can take another sentence)."""
    opening, sentence = choice.compression.opening, choice.sentence
    if opening.form not in ("plain", "subject"):
        return False
    preposition = verb_preposition(opening_verb(sentence, opening, lexicon), lexicon)
    if preposition is None:
        return False
    chunks, keys = sentence.chunks, sentence.keys
    end = chunks[choice.compression.end].end

    def has(key: str) -> bool:
        return key == preposition or len(preposition) == 1 and key[:1] == preposition and len(key) > 3

    return not any(has(key) for key in keys[chunks[opening.start].start + 1:end]) and any(map(has, keys[end:]))


def _subject_unnamed(choice: Choice, lexicon: Lexicon) -> bool:
    """Whether a compression opens with a plural verb whose subject is only its pronoun (`_plural_alone`):
    «يقولون إن ...» (who? an earlier sentence named them); or with a verb whose next word is its object, a plural in
    «ين» («حذر المصابين بمرض الربو ...»: who warned?) or an amount («فقد بلغت 8.6 مليار دولار»: what did?)."""
    opening, sentence = choice.compression.opening, choice.sentence
    if opening.form != "plain":
        return False
    verb = sentence.chunks[opening.body_start].start
    verb += sentence.keys[verb] in PERFECT_PARTICLES and verb + 1 < len(sentence.keys)  # «فقد | بلغت»
    key = verb_key(sentence.keys[verb], lexicon)
    following = sentence.keys[verb + 1] if verb + 1 < len(sentence.keys) else ""
    oblique = following.startswith("ال") and following.endswith("ين") and sound_plural(following, lexicon)
    return _plural_alone(key, lexicon) or oblique and reads_as_verb(sentence.keys[verb], lexicon) \
        or key in AMOUNT_VERBS and following[:1].isdigit()


def _plural_alone(key: str, lexicon: Lexicon) -> bool:
    """Whether a verb (its key) is plural, present in «ون» or past in «وا»: a verb before a named subject stays
    singular in Arabic, so the plural ending says no subject follows; «يكون» is singular («ون» is of its root).

    >>> lexicon = Lexicon(frequency={"يقول": 9, "تقول": 9, "اشار": 9, "يك": 9}, verbs={"اشار": "يشير"})
    >>> [_plural_alone(key, lexicon) for key in ("يقولون", "اشاروا", "يكون", "الدول")]
    [True, True, False, False]
    """
    singular = key[:-2]
    if len(singular) < 3:
        return False
    if key.endswith("ون"):
        return looks_imperfect(singular, lexicon)
    return key.endswith("وا") and singular in lexicon.verbs


def _reads_as_list(choice: Choice) -> bool:
    """Whether a compression reads as a list or a table row, not a statement: two items set apart by «/» (not a
    date's «يونيو/حزيران 2018» or «1435/1436ه»), two colons (a speaker's and another's), or a «*» past its first
    word («المنستير : مقر الاتحاد ... سوسة : مقر ...», «إقصاء العلماء/ تهميش الدعاة/ ...»)."""
    sentence, compression = choice.sentence, choice.compression
    if not _has_list_marks(sentence.words):
        return False
    first = sentence.chunks[compression.opening.body_start].start
    words = sentence.words[first:sentence.chunks[compression.end].end]
    pieces = " ".join(words).split("/")
    items = sum(not (_date_part(before.split()[-1:]) or _date_part(after.split()[:1]))
                for before, after in zip(pieces, pieces[1:], strict=False))
    footnote = any(word.startswith("*") for word in words[1:])  # not «* تأجيل ...» (an item), «٢*١٢ مترا»
    colons = sum(word.endswith(":") for word in words)  # not a time's «12:41»
    return footnote or items >= 2 or colons >= 2


@lru_cache(maxsize=1024)
def _has_list_marks(words: tuple[str, ...]) -> bool:
    """Whether a sentence has a mark `_reads_as_list` looks for at all (most have none; asked once a sentence)."""
    return any("/" in word or "*" in word or word.endswith(":") for word in words)


def _date_part(words: list[str]) -> bool:
    """Whether the word beside a «/» is part of a date: a number or a month («أبريل/نيسان», «14/10/1436»)."""
    return not words or words[0][:1].isdigit() or fold(words[0]) in MONTHS


@lru_cache(maxsize=1024)
def _has_link(words: tuple[str, ...]) -> bool:
    """Whether the words hold a web or e-mail address (asked of a sentence once, then of a compression of one that
    holds any)."""
    return _LINK.search(" ".join(words)) is not None


def _claim_has_speaker(choice: Choice) -> bool:
    """Whether a compression that shows only what was said names who said it: «وأضاف أن الضغط العسكري سيستمر» as
    a teaser «الضغط العسكري سيستمر ...» would read as the article's own statement (the speaker is in an earlier
    sentence). A headline still may, when the lead has no compression: a claim beats a speaker alone there."""
    attribution = choice.compression.opening.attribution
    return choice.compression.opening.form != "attribution" or attribution is None or bool(attribution.who)


def _speaker_named(choice: Choice) -> bool:
    """Whether a compression that opens with a speech verb names who spoke («أضاف: ...» does not)."""
    opening = choice.compression.opening
    return opening.form != "plain" or not speaker_missing(choice.sentence, opening.start)
