"""A phrase of where or when fronted before the verb with no comma after it: «وفي العاصمة الرياض افتتح الأمير
المعرض». The chunker, which knows no verbs, leaves it in one chunk with the clause it fronts; with the lexicon
the phrase becomes an opener, dropped as «وفي سياق متصل» is, and the statement opens at the verb.
"""

from __future__ import annotations

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    COMPOUND_PREPOSITIONS,
    NEGATIONS,
    PREPOSITIONS,
    Chunk,
    ChunkedSentence,
)
from service.engines.writer.endings import past_verb
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import PREPOSITION_PRONOUNS, verb_key
from service.engines.writer.times import TIME_STARTS

MAX_FRONTED_WORDS = 6  # «وفي الأعوام 2009 و2012 و2015» is history, not a setting; longer phrases hold clauses
# Phrases whose loss would change what the statement says: «دون موافقة البرلمان وقع ...» (without), what it is
# about («وعن الأزمة قال الوزير إنها ...»), a date («منذ مارس», «قبل 11 عاما», «في 2007»: the imperfect of a
# subject-first headline would make it news).
KEPT_FRONTINGS = frozenset("دون بدون بلا رغم برغم قبل منذ حتي عن حول بشان".split())
HISTORY_WORDS = frozenset("عام العام عاما سنه السنه سنوات الاعوام".split())
FRONTING_STARTS = (PREPOSITIONS | COMPOUND_PREPOSITIONS | TIME_STARTS) - KEPT_FRONTINGS
# «بعد أن قرر», «في المقابل لم ...», «في حال نفذ ...» (a condition, not what happened)
_BEFORE_VERB = COMPLEMENTISERS | NEGATIONS | frozenset({"قد", "لقد", "ما", "حال", "حاله"})


def split_fronted(sentence: ChunkedSentence, lexicon: Lexicon) -> ChunkedSentence:
    """The sentence with its first chunk split into an opener and the clause it fronts, when that chunk opens
    with a preposition or a time word and a past verb (`endings.past_verb`) follows within MAX_FRONTED_WORDS;
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
    chunk = sentence.chunks[first]
    verb_at = _fronted_verb(sentence.keys, chunk, lexicon)
    if verb_at is None:
        return sentence
    chunks = sentence.chunks
    split = (Chunk(chunk.start, verb_at, "opener"), Chunk(verb_at, chunk.end, "head"))
    return ChunkedSentence(sentence.words, sentence.keys, chunks[:first] + split + chunks[first + 1:])


def _fronted_verb(keys: tuple[str, ...], chunk: Chunk, lexicon: Lexicon) -> int | None:
    """Where the fronted verb stands in the chunk, or None."""
    opening = keys[chunk.start]
    bare = opening[1:] if opening[:1] in ("و", "ف") and opening[1:] in FRONTING_STARTS else opening
    if bare not in FRONTING_STARTS:
        return None
    for at in range(chunk.start + 1, min(chunk.end, chunk.start + MAX_FRONTED_WORDS + 1)):
        key = keys[at]
        if key in _BEFORE_VERB or key in HISTORY_WORDS or key[:1].isdigit():
            return None
        if at > chunk.start + 1 and verb_key(key, lexicon) == key and past_verb(key, lexicon):
            following = keys[at + 1:at + 4]
            return None if any(word in PREPOSITION_PRONOUNS for word in following) else at
    return None
