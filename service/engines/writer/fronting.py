"""Chunk boundaries only the lexicon can see, since the chunker knows no verbs: a phrase of where or when fronted
before the verb with no comma after it («وفي العاصمة الرياض افتتح الأمير المعرض») becomes an opener, dropped as
«وفي سياق متصل» is, and the statement opens at the verb; a clause joined by «و» + a past verb with no comma
before it («تراجع الدولار إلى أدنى مستوياته في 6 سنوات | وتعرضت عملات أخرى لضغوط») becomes a chunk of its
own, so that a headline may end before it. Whether «عبر» opening a clause is the verb «عبّر عن» or the preposition
«via» is told here too (`expressed_about`).
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    COMPOUND_PREPOSITIONS,
    NEGATIONS,
    PREPOSITIONS,
    Chunk,
    ChunkedSentence,
)
from service.engines.writer.clause_ends import BARE_COMPLEMENTISERS
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.marks import quoted_words
from service.engines.writer.rewrite import PREPOSITION_PRONOUNS, past_verb, reads_as_verb, verb_key
from service.engines.writer.times import TIME_STARTS

EXPRESSED_REACH: Final = 12  # words from «عبّر» to its «عن»: «عبّر الرئيس المصري عبد الفتاح السيسي، الجمعة، عن ...»
MAX_FRONTED_WORDS: Final = 8  # «وفي الأعوام 2009 و2012 و2015» is history, not a setting; longer phrases hold clauses
# Phrases whose loss would change what the statement says: «دون موافقة البرلمان وقع ...» (without), what it is
# about («وعن الأزمة قال الوزير إنها ...»), a date («منذ مارس», «قبل 11 عاما», «في 2007»: the imperfect of a
# subject-first headline would make it news).
KEPT_FRONTINGS: Final = frozenset("دون بدون بلا رغم برغم بالرغم قبل منذ حتي عن حول بشان بخصوص".split())
HISTORY_WORDS: Final = frozenset("عام العام عاما سنه السنه سنوات الاعوام".split())
FRONTING_STARTS: Final = (PREPOSITIONS | COMPOUND_PREPOSITIONS | TIME_STARTS) - KEPT_FRONTINGS
# «بعد أن قرر», «في المقابل لم ...», «في حال نفذ ...» (a condition, not what happened)
_OPENS_SUBJECT: Final = BARE_COMPLEMENTISERS | {"لان"}  # «أن»/«إن»/«لأن» with no pronoun: its subject follows
_PHRASE_KINDS: Final = frozenset({"preposition", "clitic"})
_BEFORE_VERB: Final = COMPLEMENTISERS | NEGATIONS | frozenset({"قد", "لقد", "ما", "حال", "حاله"})


def lexical_chunks(sentence: ChunkedSentence, lexicon: Lexicon) -> ChunkedSentence:
    """The sentence as the writer reads it: `split_fronted`, then `split_coordinated`."""
    return split_coordinated(split_fronted(sentence, lexicon), lexicon)


def split_coordinated(sentence: ChunkedSentence, lexicon: Lexicon) -> ChunkedSentence:
    """The sentence with each chunk split before a word of «و» + a past verb (`rewrite.past_verb`) outside a
    quotation: the second clause opens a "conjunction" chunk, as «وفي ...» does.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"تراجع": "يتراجع", "تعرضت": "تتعرض"})
    >>> split = split_coordinated(chunk_sentence("تراجع الدولار في التعاملات وتعرضت عملات أخرى لضغوط"), lexicon)
    >>> [(" ".join(split.words[c.start:c.end]), c.kind) for c in split.chunks]
    [('تراجع الدولار', 'head'), ('في التعاملات', 'preposition'), ('وتعرضت عملات أخرى لضغوط', 'conjunction')]
    """
    keys = sentence.keys
    quoted = quoted_words(sentence.words)
    chunks: list[Chunk] = []
    for chunk in sentence.chunks:
        start, kind = chunk.start, chunk.kind
        if kind not in ("dateline", "opener"):
            for at in range(chunk.start + 1, chunk.end):
                if not quoted[at] and _coordinated_verb(keys[at], lexicon) and keys[at - 1] not in _BEFORE_VERB \
                        and _clause_has_verb(keys[:at], lexicon):
                    chunks.append(Chunk(start, at, kind))
                    start, kind = at, "conjunction"
        chunks.append(Chunk(start, chunk.end, kind))
    return sentence if len(chunks) == len(sentence.chunks) else ChunkedSentence(sentence.words, keys, tuple(chunks))


def _coordinated_verb(key: str, lexicon: Lexicon) -> bool:
    """Whether a word reads only as «و» + a past verb: not a verb as written too («وافقت», «وصلت»), nor a noun seen
    with «ال» («وادي»: «الوادي», not «و» + «أدى»)."""
    return key[:1] == "و" and key not in lexicon.verbs and not lexicon.is_common("ال" + key) \
        and past_verb(key, lexicon)


def _clause_has_verb(keys: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a bare «أن»/«إن» clause before a coordinated verb has a verb already: in «أن العاملين في إدارة
    المكافحة وردت إليهم ...» the verb is the clause's predicate («came»), not a clause of its own."""
    opened = next((index for index in range(len(keys) - 1, -1, -1) if keys[index] in _OPENS_SUBJECT), None)
    return opened is None or any(reads_as_verb(key, lexicon) for key in keys[opened + 1:])


def split_fronted(sentence: ChunkedSentence, lexicon: Lexicon) -> ChunkedSentence:
    """The sentence with its first chunks split into an opener and the clause it fronts, when the first opens
    with a preposition or a time word and a past verb (`rewrite.past_verb`) follows within MAX_FRONTED_WORDS, in
    it or in the prepositional phrases after it with no comma between («بحضور عدد | من المسؤولين | افتتح»);
    as it was otherwise. No date or year is dropped so, nor a clause on a noun («في وقت اعترف فيه ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"افتتح": "يفتتح"})
    >>> split = split_fronted(chunk_sentence("وفي الرياض افتتح الأمير المعرض الدولي للكتاب"), lexicon)
    >>> [(" ".join(split.words[c.start:c.end]), c.kind) for c in split.chunks][:2]
    [('وفي الرياض', 'opener'), ('افتتح الأمير المعرض الدولي', 'head')]
    """
    first = next((index for index, chunk in enumerate(sentence.chunks) if chunk.kind not in ("dateline", "opener")),
                 None)
    if first is None or sentence.chunks[first].kind != "head":
        return sentence
    chunks = sentence.chunks
    verb_at = _fronted_verb(sentence, first, lexicon)
    if verb_at is None:
        return sentence
    holder = next(index for index in range(first, len(chunks)) if verb_at < chunks[index].end)
    split = (Chunk(chunks[first].start, verb_at, "opener"), Chunk(verb_at, chunks[holder].end, "head"))
    return ChunkedSentence(sentence.words, sentence.keys, chunks[:first] + split + chunks[holder + 1:])


def _fronted_verb(sentence: ChunkedSentence, first: int, lexicon: Lexicon) -> int | None:
    """Where the fronted verb stands after the phrase that chunk `first` opens, or None («بمشاركة عدد | من شعراء
    المملكة | نظم المركز ...»: the phrase runs on in a prepositional chunk, no comma closing it)."""
    keys, words, chunks = sentence.keys, sentence.words, sentence.chunks
    start = chunks[first].start
    opening = keys[start]
    bare = opening[1:] if opening[:1] in ("و", "ف") and opening[1:] in FRONTING_STARTS else opening
    if bare not in FRONTING_STARTS:
        return None
    phrase = next((index for index in range(first + 1, len(chunks)) if chunks[index].kind not in _PHRASE_KINDS),
                  len(chunks))  # the fronted phrase goes on in prepositional chunks, never past a clause's
    for at in range(start + 1, min(chunks[phrase - 1].end, start + MAX_FRONTED_WORDS + 1)):
        key = keys[at]
        bare_key = key[1:] if key[:1] in ("و", "ف") else key  # «فإن القوات | بدأت»: the verb of «أن»'s clause
        if key in _BEFORE_VERB or bare_key in _BEFORE_VERB or key in HISTORY_WORDS \
                or key[:1].isdigit() or words[at - 1].endswith(("،", ",")):
            return None
        if at > start + 1 and verb_key(key, lexicon) == key and past_verb(key, lexicon) \
                and not _describes_noun(keys, at, chunks[first].end, lexicon):
            following = keys[at + 1:at + 4]
            return None if any(word in PREPOSITION_PRONOUNS for word in following) else at
    return None


def _describes_noun(keys: tuple[str, ...], verb_at: int, first_end: int, lexicon: Lexicon) -> bool:
    """Whether a past verb past the first chunk describes the indefinite noun before it, its subject a pronoun:
    «وبحسب بيان صادر عن أربعة وفود | شاركت في اجتماع» (a verb that opens the clause has its subject after it:
    «في نطاقات ضيقة | تركزت الأنظار»; «من جهة أخرى | شدد», in the first chunk, is an opener's).

    >>> lexicon = Lexicon(frequency={"وفود": 90, "ضيقه": 90}, definite_share={"وفود": 0.4, "ضيقه": 0.4})
    >>> texts = ("عن أربعة وفود شاركت في", "في نطاقات ضيقه تركزت الانظار")
    >>> [_describes_noun(tuple(text.split()), 3, 2, lexicon) for text in texts]
    [True, False]
    """
    following = keys[verb_at + 1] if verb_at + 1 < len(keys) else ""
    return verb_at >= first_end and lexicon.is_indefinite_noun(keys[verb_at - 1]) and not following.startswith("ال")


def expressed_about(keys: tuple[str, ...], start: int) -> bool:
    """Whether «عبر» opening a clause is the verb «عبّر عن» (expressed), not the preposition (via): «عن» follows
    within a few words, not as «عن طريق» («عبر الحدود عن طريق تركيا» is via).

    >>> expressed_about(tuple("عبر الرئيس المصري عن فخره".split()), 0)
    True
    >>> expressed_about(tuple("عبر الحدود عن طريق تركيا دخلوا".split()), 0), expressed_about(("عبر", "الحدود"), 0)
    (False, False)
    """
    if keys[start] not in ("عبر", "وعبر"):
        return False
    at = next((at for at in range(start + 2, min(len(keys), start + EXPRESSED_REACH)) if keys[at] == "عن"), None)
    return at is not None and keys[at + 1:at + 2] != ("طريق",)
