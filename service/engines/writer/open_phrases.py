"""Where a compression must not stop inside a phrase that has begun and not ended: a clause that describes the
noun before it, right after its verb, its «فيه» and its subject («اتفاقية يقدم فيها الصندوق | قرضا ...»),
«بين» before its second member («القتال بين قوات الحكومة | والمتمردين»), or a time set off by commas before
the object that resumes the clause («يستضيف موسم أصيلة، بعد أيام، | ندوة ...»). Rules about clauses, as in
`clause_ends`.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import DANGLING, ChunkedSentence
from service.engines.writer.clause_ends import closes_clause
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import bare_word, reads_as_verb
from service.engines.writer.times import ORDINALS

_IN_WHICH: Final = frozenset("فيه فيها فيهم".split())  # «in which», standing for the noun a clause describes
_BETWEEN: Final = frozenset({"بين", "وبين"})
_WHEN: Final = frozenset("بعد قبل خلال منذ عقب".split())  # prepositions of a time set off by commas
MAX_BETWEEN_REACH: Final = 8  # words from «بين» to a compression's end within which its first member is taken to be
MAX_SECOND_MEMBER_REACH: Final = 4  # words after the end within which «و» opens «بين»'s second member
MAX_ITEM_WORDS: Final = 2  # words of a name listed between commas with no «و»: «مع المملكة، | الكويت، | الإمارات؛»


def phrase_left_open(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a compression ending with chunk `end` stops inside a phrase that has begun and not ended
    (`describing_clause_open`, `between_unfinished`, `resumed_after_adjunct`, `names_listed_on`,
    `day_without_month`)."""
    return describing_clause_open(sentence, end, lexicon) or between_unfinished(sentence, end, lexicon) \
        or resumed_after_adjunct(sentence, end, lexicon) or names_listed_on(sentence, end, lexicon) \
        or day_without_month(sentence, end)


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


def between_unfinished(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether a compression ending with chunk `end` stops after «بين» and its first member, right before the
    second («احتدم القتال بين قوات الحكومة المعترف بها | والمتمردين»): between the government and whom? Not when
    the next few words before a comma hold no «و» but before a verb, another clause («بين الطرفين | وسيتم ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("احتدم القتال بين قوات الحكومة في المدينة والمتمردين منذ أيام")
    >>> [between_unfinished(sentence, end, Lexicon()) for end in range(len(sentence.chunks))]
    [False, True, False, False]
    >>> lexicon = Lexicon(frequency={"يتم": 9, "تتم": 9})
    >>> between_unfinished(chunk_sentence("تم الاتفاق بين الطرفين وسيتم الإعلان"), 1, lexicon)
    False
    """
    keys, words, stop = sentence.keys, sentence.words, sentence.chunks[end].end
    at = next((at for at in range(stop - 1, max(-1, stop - 1 - MAX_BETWEEN_REACH), -1) if keys[at] in _BETWEEN), None)
    if at is None or stop >= len(keys) or any(key[:1] == "و" for key in keys[at + 1:stop]) \
            or any(closes_clause(word) for word in words[at:stop]):
        return False
    for index in range(stop, min(len(keys), stop + MAX_SECOND_MEMBER_REACH)):
        if keys[index][:1] == "و" and len(keys[index]) > 1:
            return keys[index] in _BETWEEN or not reads_as_verb(keys[index], lexicon)  # «| وسيتم»: another clause
        if closes_clause(words[index]):
            return False
    return False


def resumed_after_adjunct(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether chunk `end` is a phrase of when set off by commas after which the clause resumes with a noun, its
    object: «يستضيف موسم أصيلة، بعد أيام، | ندوة بعنوان ...» (hosts what?), not a verb or «و» (another
    clause) nor a name (who is named there).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("يستضيف المهرجان، بعد أيام، ندوة عن الثقافة")
    >>> lexicon = Lexicon(frequency={"ندوه": 90, "الندوه": 90}, definite_share={"ندوه": 0.4})
    >>> [resumed_after_adjunct(sentence, end, lexicon) for end in range(len(sentence.chunks))]
    [False, True, False, False]
    """
    chunks, keys, words = sentence.chunks, sentence.keys, sentence.words
    chunk = chunks[end]
    if chunk.kind != "comma" or end + 1 >= len(chunks) or chunks[end + 1].kind != "comma" \
            or not closes_clause(words[chunk.end - 1]) or keys[chunk.start] not in _WHEN:
        return False
    first = keys[chunks[end + 1].start]
    return lexicon.is_indefinite_noun(first) and first not in DANGLING and first[:1] != "و" \
        and not reads_as_verb(first, lexicon)


def names_listed_on(sentence: ChunkedSentence, end: int, lexicon: Lexicon) -> bool:
    """Whether chunk `end` ends with a name and a comma before more names listed with commas alone: «توجد مباحثات
    مع المملكة، | الكويت، | الإمارات؛» names all three or none (an output «مع المملكة، الكويت» would leave one
    out as if there were two).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("توجد مباحثات مع المملكة، الكويت، الإمارات؛ لدعم البلاد")
    >>> lexicon = Lexicon(frequency={"مباحثات": 90})
    >>> [names_listed_on(sentence, end, lexicon) for end in range(len(sentence.chunks))]
    [False, True, True, False, False]
    """
    chunks, keys, words = sentence.chunks, sentence.keys, sentence.words
    chunk = chunks[end]
    listed = keys[chunk.start + (keys[chunk.start] in DANGLING):chunk.end]  # after «مع»: «المملكة،»
    if end + 1 >= len(chunks) or not words[chunk.end - 1].endswith(("،", ",")) or len(listed) > MAX_ITEM_WORDS \
            or not all(_listed(key, lexicon) for key in listed):
        return False  # «مع ولي عهد السعودية، | الأمير محمد بن سلمان»: a title and who holds it
    item = chunks[end + 1]
    return item.kind == "comma" and item.size <= MAX_ITEM_WORDS and closes_clause(words[item.end - 1]) \
        and all(_listed(key, lexicon) for key in keys[item.start:item.end])


def _listed(key: str, lexicon: Lexicon) -> bool:
    """Whether a word may be a listed name: a name or a definite word, no verb."""
    return (lexicon.is_name(key) or key.startswith("ال")) and not reads_as_verb(key, lexicon)


def day_without_month(sentence: ChunkedSentence, end: int) -> bool:
    """Whether chunk `end` stops on a day's ordinal after «في» before «من» and its month: «انتخابات في العاشر | من
    ديسمبر» says no date.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("تجرى الانتخابات في العاشر من ديسمبر المقبل")
    >>> [day_without_month(sentence, end) for end in range(len(sentence.chunks))]
    [False, True, False]
    """
    keys, stop = sentence.keys, sentence.chunks[end].end
    return 2 <= stop < len(keys) and keys[stop - 1] in ORDINALS and keys[stop - 2] == "في" and keys[stop] == "من"
