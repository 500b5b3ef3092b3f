"""The pluperfect «كان ... قد» + past verb («وكان المتظاهرون قد أجبروا رئيس الوزراء على الاستقالة»: had forced): the
verb after «قد» is the clause's own, and what it takes (what was said, its complement) is asked of it, not of «كان».
`tidy` writes the statement without the auxiliary («المتظاهرون أجبروا ...»), also after a subject alone («كانت الشرطة
أكدت ...» → «الشرطة أكدت ...»).
"""

from __future__ import annotations

from typing import Final, Sequence

from service.engines.writer.chunks import COMPLEMENTISERS, RELATIVES, ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import CLAUSE_NEGATIONS, bare_word, looks_imperfect, past_verb, reads_as_verb

PLUPERFECT_AUXILIARIES: Final = frozenset({"كان", "كانت", "كانوا"})
WRITTEN_AUXILIARIES: Final = frozenset(conjunction + verb for verb in PLUPERFECT_AUXILIARIES for conjunction in "وف") \
    | PLUPERFECT_AUXILIARIES  # «وكانت», «فكان»: as written
MAX_PLUPERFECT_SUBJECT: Final = 6  # words between the auxiliary and «قد»: «كان سفير المملكة لدى لبنان قد»


def pluperfect_verb(sentence: ChunkedSentence, chunk_index: int, lexicon: Lexicon) -> int | None:
    """The index of the past verb after «قد» of a pluperfect that opens chunk `chunk_index` (`verb_after_auxiliary`):
    without «قد» («كانت الشرطة أكدت») the verb is known only where the lexicon knows it, too seldom to ask of it.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"يجبر": 9})
    >>> pluperfect_verb(chunk_sentence("وكان المتظاهرون قد أجبروا رئيس الوزراء على الاستقالة"), 0, lexicon)
    3
    """
    start = sentence.chunks[chunk_index].start
    if sentence.keys[start] not in WRITTEN_AUXILIARIES:  # asked for every opening: most open otherwise
        return None
    verb = verb_after_auxiliary(sentence.words, sentence.keys, start, lexicon)
    return verb if verb is not None and sentence.keys[verb - 1] == "قد" else None


def verb_after_auxiliary(words: Sequence[str], keys: Sequence[str], start: int, lexicon: Lexicon) -> int | None:
    """The index of the past verb when word `start` is «كان», then maybe a subject of a few words («كانت مفوضية حقوق
    الإنسان في الأمم المتحدة»), then «قد» and a past verb, or a past verb the lexicon knows («كانت الشرطة أكدت»);
    None otherwise: not «كان الوزير متفائلا», «كانت الحكومة قد تلجأ» (may), «كانت الحكومة، التي ...، قد», nor a noun
    spelt as a past verb («كان متوسط دخل الفرد يقدر»).

    >>> lexicon = Lexicon(verbs={"اكدت": "تؤكد", "دخل": "يدخل"}, frequency={"الدخل": 90, "تلجا": 9, "يلجا": 9})
    >>> [verb_after_auxiliary(text.split(), text.split(), 0, lexicon) for text in
    ...  ("وكانت الشرطة اكدت الخبر", "كانت الحكومة قد تلجا الي", "كان متوسط دخل الفرد يقدر", "كان الوزير متفائلا")]
    [2, None, None, None]
    """
    if bare_word(keys[start]) not in PLUPERFECT_AUXILIARIES:
        return None
    for at in range(start + 1, min(len(keys) - 1, start + 2 + MAX_PLUPERFECT_SUBJECT)):
        key = keys[at]
        if key == "قد":
            return None if looks_imperfect(keys[at + 1], lexicon) else at + 1  # «قد» + a past verb, never a noun
        if at == start + 1:
            continue  # the subject's first word («كانت إسرائيل وقعت»), which may be spelt as a verb
        if words[at - 1].endswith((":", ".")) or key in RELATIVES or key in COMPLEMENTISERS:
            return None  # the subject is no plain noun phrase: «كانت الوزارة التي ...»
        if past_verb(key, lexicon) and not looks_imperfect(key, lexicon):
            return at  # «كانت الشرطة أكدت ...»
        if key in CLAUSE_NEGATIONS or reads_as_verb(key, lexicon):
            return None
    return None
