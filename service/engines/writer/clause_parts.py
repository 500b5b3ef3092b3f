"""Parts of a clause that look like asides a run could drop: an object or a list item between commas, a predicate
a relative clause runs into, a verb after a phrase between commas that describes the phrase, a word in brackets
that the clause needs. `runs.inner_runs` asks these before it offers a run.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    DANGLING,
    NEGATIONS,
    RELATIVES,
    Chunk,
    ChunkedSentence,
    closed_by_comma,
)
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.negation_ends import BARE_NEGATIONS
from service.engines.writer.rewrite import (
    CLAUSE_NEGATIONS,
    VERB_PARTICLES,
    accusative_shape,
    looks_imperfect,
    past_with_present,
    reads_as_verb,
)

CLAUSE_STARTS: Final = VERB_PARTICLES | CLAUSE_NEGATIONS  # a comma chunk opening so holds a predicate: no run drops it
RESUMPTIVE_PREPOSITIONS: Final = frozenset("""
فيه فيها فيهم به بها بهم منه منها منهم عليه عليها اليه اليها له لها عنه عنها
""".split())  # a preposition with a pronoun that stands for a noun before it
# An elative or «one of» opening a phrase between commas: it describes a name before it, never resumes the clause
# («، إحدى بطولات الغراند سلام الكبرى،», «، أكبر منتج للنفط في العالم،»)
DESCRIBING_OPENERS: Final = frozenset("احد احدي اكبر اقدم ابرز اهم اعرق اشهر اكثر".split())
_MAIN_NEGATIONS = BARE_NEGATIONS - {"لا"}  # after a relative clause's verb: the main clause's («لا» may be its own)
_BRACKETED_NEGATIONS: Final = NEGATIONS | {"الا"}  # «ألا» (أن لا) folded


def object_phrase(keys: tuple[str, ...], chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether a chunk opens with an indefinite accusative noun and its adjective or its «ب» phrase, the object of
    the verb before it however many commas stand between («، عرضا بقيمة ...،»; no adverb between commas has an
    adjective: «، مجددا،», «، أيضا،»).

    >>> lexicon = Lexicon(frequency={"عرض": 90, "العرض": 90, "عرضا": 9})
    >>> object_phrase(tuple("قصفا مدفعيا مكثفا".split()), Chunk(0, 3, "comma"), lexicon)
    True
    >>> object_phrase(tuple("عرضا بقيمة 22 مليار دولار".split()), Chunk(0, 5, "comma"), lexicon)
    True
    >>> object_phrase(tuple("مجددا استعداده".split()), Chunk(0, 2, "comma"), lexicon)
    False
    """
    following = keys[chunk.start + 1] if chunk.size > 1 else ""
    first = keys[chunk.start]
    return accusative_shape(first) and (accusative_shape(following) or following[:1] == "ب"
                                        and lexicon.is_indefinite_accusative(first))  # not «، لسماحها بتنظيم»


def goes_on_negated(keys: tuple[str, ...], chunk: Chunk) -> bool:
    """Whether a relative clause's chunk runs on into a negated verb past its own («التي تعاني نقص الأطباء | لم تعد
    تقتصر ...»): the negation is the main clause's predicate, which no run may drop; «الذي لم يحضر» is its own.

    >>> goes_on_negated(tuple("التي تعاني نقص الأطباء لم تعد".split()), Chunk(0, 6, "relative"))
    True
    >>> goes_on_negated(tuple("الذي لم يحضر الاجتماع".split()), Chunk(0, 4, "relative"))
    False
    """
    return any(key in _MAIN_NEGATIONS for key in keys[chunk.start + 2:chunk.end])


def runs_into_verb(sentence: ChunkedSentence, first: int, last: int, lexicon: Lexicon) -> bool:
    """Whether a relative clause's run (chunks `first` to `last`) holds a second present verb after a noun, with no
    «و» or particle before it: the main clause's predicate («رابطات الثورة | التي تقف وراء عملية الاغتيال تتكون |
    من هذه الأحزاب» without it would say nothing of them); not one with its «إليها» (a clause describing the noun
    before it), nor in a relative clause set off by commas.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("إن الرابطات التي تقف وراء الاغتيال تتكون من الأحزاب")
    >>> lexicon = Lexicon(frequency={"يقف": 9, "تقف": 9, "يتكون": 9, "تتكون": 9})
    >>> runs_into_verb(sentence, 1, len(sentence.chunks) - 1, lexicon)
    True
    """
    keys = sentence.keys
    start, end = sentence.chunks[first].start, sentence.chunks[last].end
    if closed_by_comma(sentence.words, start):
        return False  # «، الذي زار منطقة من أربع مناطق ينقل إليها السكان،»: set off by commas, an aside whole
    return any(looks_imperfect(keys[at], lexicon) and keys[at - 1] not in DANGLING
               and not reads_as_verb(keys[at - 1], lexicon)
               and at + 1 < len(keys) and keys[at + 1] not in RESUMPTIVE_PREPOSITIONS
               for at in range(start + 3, end))


def clause_follows_clause(sentence: ChunkedSentence, after: int, first: int, resumed: Chunk,
                           lexicon: Lexicon) -> bool:
    """Whether a phrase between commas follows a clause that opened with its verb and ends before a verb with no
    «و» that the archive knows: that verb opens a clause describing the phrase («طرق كيري باب القاهرة، | بعد سنوات
    من البرود، | حاول أثناءها الأمريكيون ...», «شرف الأمير حفل الزفاف، | بحضور الأعيان، | احتضنهم فندق»), which
    without it would be glued to the first clause. After «أن» or a subject put first, the verb is the predicate
    («أن لانزيني، لاعب ويست هام، | تعرض ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"طرق": "يطرق", "حاول": "يحاول"}, frequency={"يطرق": 9, "يحاول": 9})
    >>> sentence = chunk_sentence("طرق الوزير الباب، بعد سنوات، حاول أثناءها الناس")
    >>> clause_follows_clause(sentence, 0, 1, sentence.chunks[2], lexicon)
    True
    """
    keys = sentence.keys
    verb, opening = keys[resumed.start], keys[sentence.chunks[after].start:sentence.chunks[first].start]
    if resumed.kind != "comma" or verb[:1] in ("و", "ف") or lexicon.is_name(verb) or accusative_shape(verb):
        return False  # «، تقدما», «، ريم بنا»: the object resumes the clause
    if not any(reads_as_verb(key, lexicon) for key in opening[:2]) \
            or not (COMPLEMENTISERS | RELATIVES).isdisjoint(opening):  # its verb first, or after an opener («وأخيرا»)
        return False  # «مئة حافلة تنقل ...، | غادرت», «ذكرت أن لانزيني، ...، | تعرض»: the subject's own verb
    bare = next((verb.removesuffix(suffix) for suffix in ("هم", "ها") if verb.endswith(suffix)), verb)
    return verb in lexicon.verbs and len(verb) > 3 or looks_imperfect(verb, lexicon) and verb not in DANGLING \
        or bare != verb and (bare in lexicon.verbs or past_with_present(bare, lexicon))  # not «منع» (a noun too)


def list_goes_on(sentence: ChunkedSentence, run: tuple[int, int], resumed: Chunk, lexicon: Lexicon) -> bool:
    """Whether a clause between commas, a verb and its phrases, goes on past its comma with the next item of what
    it lists: «شكوى، | تمثلت في التأخر في تسليم الغرف، | ارتفاع الأسعار، ...» dropped would leave «شكوى ارتفاع
    الأسعار»; a clause resumes with a verb («، بدأت ...») or a phrase («، للعمل سائقا»), not a bare noun. An elative
    («، أكبر شركة ...،») describes a name and is no verb.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("تلقى شكاوى، تمثلت في التأخر، ارتفاع الأسعار")
    >>> list_goes_on(sentence, (1, 2), sentence.chunks[-1], Lexicon(frequency={"يتمثل": 9}))
    True
    """
    chunks, keys = sentence.chunks, sentence.keys
    verb, item = keys[chunks[run[0]].start], keys[resumed.start]
    return chunks[run[0]].kind == "comma" and resumed.kind == "comma" and run[1] > run[0] \
        and verb[:1] != "و" and verb not in DESCRIBING_OPENERS and reads_as_verb(verb, lexicon) \
        and not item.startswith(("ل", "ب", "و")) and not reads_as_verb(item, lexicon) and item not in CLAUSE_STARTS


def holds_clause_word(keys: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a bracket holds only a number or a verb, or holds a negation: part of the clause, no aside
    («على النظام (ألا يتدخل) في ...» without it says the opposite)."""
    words = [key for key in keys if key]
    return all(_numeral(key) for key in words) or len(words) == 1 and reads_as_verb(words[0], lexicon) \
        or any(key in _BRACKETED_NEGATIONS for key in words)


def _numeral(key: str) -> bool:
    """Whether a word (a key) is a number, with its separators: «17.800», «1,500», «2015».

    >>> _numeral("17.800"), _numeral("445"), _numeral("عاما")
    (True, True, False)
    """
    return any(character.isdigit() for character in key) and all(
        character.isdigit() or character in ".,،٫٬/-" for character in key)
