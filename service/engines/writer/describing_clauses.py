"""Where a compression must not stop inside a clause that describes the noun before it («اتفاقية يقدم فيها
الصندوق | قرضا ...»): right after the clause's verb, its «فيه» and its subject, the verb still waits for its
object or complement. A rule about clauses, as in `clause_ends`.
"""

from __future__ import annotations

from service.engines.writer.chunks import ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import bare_word, reads_as_verb

_IN_WHICH = frozenset("فيه فيها فيهم".split())  # «in which», standing for the noun a clause describes


def describing_clause_open(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a compression ending with chunk `end` stops in a clause that describes the noun before it, right
    after its verb, «فيه/فيها» and its subject, when the verb takes an object or a complement: «سجل حديثا تطرق
    فيه الرجلان | إلى ...» (to what?), «اتفاقية يقدم فيها الصندوق | قرضا ...» (what does it give?).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("وقع الصندوق اتفاقية يقدم فيها البنك، تمويلا للمشروعات")
    >>> lexicon = Lexicon(verbs={"قدم": "يقدم"}, transitive=frozenset({"قدم"}), frequency={"يقدم": 9, "تقدم": 9})
    >>> [describing_clause_open(sentence, end, lexicon) for end in range(len(sentence.chunks))]
    [True, False, False]
    """
    keys, stop = sentence.keys, sentence.chunks[end].end
    if stop >= len(keys) or stop < 3 or keys[stop - 2] not in _IN_WHICH:
        return False
    verb = bare_word(keys[stop - 3])
    return reads_as_verb(verb, lexicon) and (lexicon.past_of(verb) in lexicon.transitive or verb in lexicon.complements)
