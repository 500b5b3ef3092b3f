"""Where the predicate of a bare subject lies: a clause that opens with a definite noun phrase («أن التطورات
الأخيرة»), a quantity or a part («أن عدد المسجلين», «أحد الأعضاء») or a name and its title between commas says
nothing until its predicate, which every compression of it must keep (`candidates`: the chunk no run drops and
no opening ends before).
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    DANGLING,
    DEMONSTRATIVES,
    NAME_LINKS,
    Chunk,
    ChunkedSentence,
    closed_by_comma,
)
from service.engines.writer.endings import apposition_end
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import PERSON_TITLES, QUANTITY_HEADS, bare_word, reads_as_verb
from service.engines.writer.clause_parts import goes_on_negated
from service.engines.writer.speech import MAX_NAME_WORDS, Attribution

PREDICATE_KINDS: Final = frozenset({"comma", "resume"})  # chunks that can hold the predicate of a described subject
_DESCRIBING_KINDS: Final = PREDICATE_KINDS | {"relative", "tail"}  # chunks that describe a subject before its predicate
# «one of», «some of», «most of» before a plural: a noun phrase, never a verb («أحد أعضاء مجلس الشيوخ ...، سأل»)
PARTITIVE_HEADS: Final = frozenset("احد احدي بعض معظم اغلب غالبيه".split())


def predicate_chunk(sentence: ChunkedSentence, start: int, attribution: Attribution | None,
                    lexicon: Lexicon) -> int | None:
    """The chunk a compression must keep when the clause of the statement opening at chunk `start` (or the
    clause its `attribution` reports) opens with a bare subject: «بأن التطورات الأخيرة | التي حدثت | في مدينة
    عدن» has no predicate yet. A clause is a bare subject when all its first chunk's words are definite (a verb
    never is), when it opens with a quantity («أن عدد المسجلين», «أن ال200 مليون دولار»), or, in what was said or
    after an opener's «أن», with a noun that definite words complete («أن موازنة العام المالي الماضي، | حققت
    ...»); its predicate is the next chunk that may hold one (`_holds_predicate`) after the phrases that describe
    the subject, or the sentence's end."""
    chunks = sentence.chunks
    clause = attribution.clause_chunk if attribution is not None else start
    first = chunks[clause].start + (attribution.skip if attribution is not None else 0)
    words = sentence.keys[first:chunks[clause].end]
    named = _named_before_comma(sentence, clause, words, lexicon)  # «رافع بن عاشور، | رئيس المؤتمر ...، | كان ...»
    partitive = len(words) > 1 and bare_word(words[0]) in PARTITIVE_HEADS  # «أحد | أعضاء ...»
    if not words or reads_as_verb(words[0], lexicon) and not partitive or not (  # «ألقت الشرطة القبض» opens with
            named or partitive or bare_word(words[0]) in QUANTITY_HEADS  # a verb, not «ال»
            or words[0][:2] == "ال" and words[0][2:3].isdigit()
            or _definite_phrase(words)
            or _after_an(sentence, clause, attribution) and _construct_subject(words, lexicon)
            or _titled_before_name(sentence, clause, words, lexicon)):
        return None
    after = (apposition_end(sentence, clause + 1, lexicon) or clause) + 1 if named else clause + 1
    if _name_between_commas(sentence, after, lexicon):  # «المستشار الاقتصادي، | سامي الكامل، | قدم»: his name,
        after += 1  # not what he did
    described = False  # by a relative clause, whose phrases hold its own verbs
    for index in range(after, len(chunks)):
        if chunks[index - 1].kind in ("preposition", "clitic") and _person_between_commas(sentence, index, lexicon):
            continue  # «أن القيادي السابق | في جماعة الإخوان، | عبد الله عزام، | كان ...»: his name, past his post's
        if _holds_predicate(sentence, chunks[index], lexicon, described):
            return index
        described = described or chunks[index].kind in _DESCRIBING_KINDS
    return len(chunks) - 1


def resumed_predicate(sentence: ChunkedSentence, clause: int, lexicon: Lexicon) -> int | None:
    """The chunk that resumes the «أن» clause at chunk `clause` after a bracket, when the clause holds no verb before
    it and the resumed words do: its predicate, which a compression keeps («أن معرض | (صنع في عسير) | يوفر
    الفرصة», «أنها ومؤسستها الأم | (إس.سي.إل) | البريطانية ستوقفان أنشطتهما»: no statement without it).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("أكد المحافظ أن معرض (صنع في عسير) يوفر الفرصة للأسر")
    >>> resumed_predicate(sentence, 1, Lexicon(frequency={"يوفر": 50, "توفر": 50}))
    3
    """
    chunks, keys = sentence.chunks, sentence.keys
    if clause + 2 >= len(chunks) or chunks[clause].kind != "complement" or chunks[clause + 1].kind != "aside" \
            or chunks[clause + 2].kind != "resume":
        return None
    said, resumed = chunks[clause], chunks[clause + 2]
    if any(reads_as_verb(key, lexicon) for key in keys[said.start + 1:said.end]):
        return None
    return clause + 2 if any(reads_as_verb(key, lexicon) for key in keys[resumed.start:resumed.end]) else None


def _short_between_commas(sentence: ChunkedSentence, index: int) -> bool:
    """Whether chunk `index` is a phrase of a name's length with a comma before it and one closing it."""
    chunks, words = sentence.chunks, sentence.words
    if index >= len(chunks) or chunks[index].kind != "comma" or chunks[index].size > MAX_NAME_WORDS:
        return False
    return closed_by_comma(words, chunks[index].start) and closed_by_comma(words, chunks[index].end)


def _name_between_commas(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` is a short phrase between commas with no verb, right after a subject: the name of
    the person its title named («أن المستشار الاقتصادي، | توفيق الراجحي، | قدم ...»), whatever words it reads as."""
    chunk = sentence.chunks[index] if index < len(sentence.chunks) else None
    return chunk is not None and _short_between_commas(sentence, index) and not any(
        (reads_as_verb(key, lexicon) or key in DANGLING) and not _written_ali(sentence.words[at])
        for at, key in enumerate(sentence.keys[chunk.start:chunk.end], chunk.start))


def _written_ali(word: str) -> bool:
    """Whether a word is the name «علي» as written, with «ي» (the preposition is «على»): «، علي جعفري،»."""
    return word.rstrip("،,") == "علي"


def _person_between_commas(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether chunk `index` is a person's name between commas: names and their links («عبد الله عزام،»)."""
    chunk, keys = sentence.chunks[index], sentence.keys
    return _short_between_commas(sentence, index) and all(
        lexicon.is_name(key) or key in NAME_LINKS or keys[at - 1] in NAME_LINKS  # «عبد | الله»
        for at, key in enumerate(keys[chunk.start:chunk.end], chunk.start))


def _definite_phrase(words: tuple[str, ...]) -> bool:
    """Whether a clause's first chunk is a definite noun phrase, its «ل» or «ب» constructs included: «المستشار
    الاقتصادي لرئيس الحكومة» (a verb never opens with «ال»).

    >>> _definite_phrase(tuple("المستشار الاقتصادي لرئيس الحكومه".split())), _definite_phrase(("لعب", "الفريق"))
    (True, False)
    """
    return all(bare_word(word).startswith("ال") or at > 0 and word[:1] in ("ل", "ب") and at + 1 < len(words)
               and words[at + 1].startswith("ال") for at, word in enumerate(words))


def _after_an(sentence: ChunkedSentence, clause: int, attribution: Attribution | None) -> bool:
    """Whether a clause is what was said, or follows an opener that ends with «أن» («يذكر أن | سياسة ...»)."""
    start = sentence.chunks[clause].start
    return attribution is not None or start > 0 and sentence.keys[start - 1] in COMPLEMENTISERS


def _holds_predicate(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon, described: bool) -> bool:
    """Whether a chunk after a bare subject and the phrases that describe it may hold its predicate: a clause-level
    chunk that opens with no definite word (not «، والمكون من ...») nor «و» and a noun (a list: «، وحزب آفاق
    تونس،»), a relative clause that runs on into the main clause's negation, or, before any relative clause or
    description, a phrase with a verb after a word that is no preposition («أن غرف العمليات | بالهيئة تلقت 46
    بلاغا»; not «بعد أشهر»)."""
    keys = sentence.keys[chunk.start:chunk.end]
    if chunk.kind == "relative":  # «في سوريا | التي تمزقها الحرب لم تعد تركز ...»: the main clause's negation
        return goes_on_negated(sentence.keys, chunk)
    if chunk.kind in PREDICATE_KINDS:
        return not bare_word(keys[0]).startswith("ال") and (keys[0][:1] != "و" or reads_as_verb(keys[0], lexicon))
    return not described and chunk.kind in ("preposition", "clitic") and any(
        not key.startswith(("ال", "و")) and key not in DANGLING and previous not in DANGLING
        and reads_as_verb(key, lexicon) for previous, key in zip(keys, keys[1:], strict=False))  # «وإسرائيل», «غير»


def _construct_subject(words: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a clause's words are a noun the archive also writes with «ال» (or a demonstrative) before
    definite words only: a subject made definite by what completes it («أن موازنة العام المالي الماضي،», «أن
    هذه الخطوة»), not a verb the archive does not know («استعان الباحثون»), «هناك الكثير» or «تم القبض».

    >>> lexicon = Lexicon(frequency={"الموازنه": 9})
    >>> [_construct_subject(tuple(text.split()), lexicon) for text in ("موازنه العام", "استعان الباحثون", "موازنه")]
    [True, False, False]
    """
    head = bare_word(words[0])
    return len(words) > 1 and (head in DEMONSTRATIVES or lexicon.is_common("ال" + head)) \
        and all(bare_word(word).startswith("ال") for word in words[1:])


def _titled_before_name(sentence: ChunkedSentence, clause: int, words: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a clause opens with a noun that definite words complete, closed by a comma, and a name between
    commas follows: a title and its holder, a bare subject («راكب الدراجات الجبلية المحترف، | دارين بيريكلوث، |
    قضى حياته ...»; «راكب الدراجات الجبلية المحترف، دارين بيريكلوث» says nothing of him)."""
    return _construct_subject(words, lexicon) and closed_by_comma(sentence.words, sentence.chunks[clause].end) \
        and _name_between_commas(sentence, clause + 1, lexicon)


def _named_before_comma(sentence: ChunkedSentence, clause: int, words: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a clause opens with a person's name alone, closed by a comma, and his title follows between commas: a
    bare subject («يشار إلى أن | رافع بن عاشور، | رئيس المؤتمر الأول ...، | كان أعلن ...»)."""
    chunks = sentence.chunks
    if not 1 < len(words) <= MAX_NAME_WORDS or clause + 1 >= len(chunks) \
            or any(word.startswith("ال") for word in words) or not closed_by_comma(sentence.words, chunks[clause].end):
        return False
    title = sentence.keys[chunks[clause + 1].start].removesuffix("ه")
    return title in PERSON_TITLES and apposition_end(sentence, clause + 1, lexicon) is not None
