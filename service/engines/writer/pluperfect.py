"""The pluperfect «كان ... قد» + past verb («وكان المتظاهرون قد أجبروا رئيس الوزراء على الاستقالة»: had forced): the
verb after «قد» is the clause's own, and what it takes (what was said, its complement) is asked of it, not of «كان».
`tidy` writes the statement without the auxiliary («المتظاهرون أجبروا ...»).
"""

from __future__ import annotations

from service.engines.writer.chunks import COMPLEMENTISERS, RELATIVES, ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import bare_word, looks_imperfect

PLUPERFECT_AUXILIARIES = frozenset({"كان", "كانت", "كانوا"})
MAX_PLUPERFECT_SUBJECT = 6  # words between the auxiliary and «قد», with no comma: «كان سفير المملكة لدى لبنان قد»


def pluperfect_verb(sentence: ChunkedSentence, chunk_index: int, lexicon: Lexicon) -> int | None:
    """The index of the past verb after «قد» when chunk `chunk_index` opens with «كان», maybe a subject of a few words
    with no comma («كانت مفوضية حقوق الإنسان في الأمم المتحدة قد دعت»), and «قد»; None otherwise (not «كان الوزير
    متفائلا», «كانت الحكومة، التي ...، قد»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"يجبر": 9})
    >>> pluperfect_verb(chunk_sentence("وكان المتظاهرون قد أجبروا رئيس الوزراء على الاستقالة"), 0, lexicon)
    3
    >>> pluperfect_verb(chunk_sentence("وكان الوزير متفائلا بالاتفاق"), 0, lexicon)
    """
    chunk, keys, words = sentence.chunks[chunk_index], sentence.keys, sentence.words
    if bare_word(keys[chunk.start]) not in PLUPERFECT_AUXILIARIES:
        return None
    for at in range(chunk.start + 1, min(len(keys) - 1, chunk.start + 2 + MAX_PLUPERFECT_SUBJECT)):
        if words[at - 1].endswith(("،", ",", ":", ".")) or keys[at] in RELATIVES or keys[at] in COMPLEMENTISERS:
            return None  # the subject is no plain noun phrase: «كانت الوزارة، التي ...»
        if keys[at] == "قد":
            return None if looks_imperfect(keys[at + 1], lexicon) else at + 1  # «قد» + a past verb, never a noun
    return None

