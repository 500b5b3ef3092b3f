"""Where a compression must not stop because a negation would lose its meaning: inside a negated clause before
the word that completes it (`cuts_negation_short`: «لم يكن مستشارا للرئيس | فحسب»), or right before the bare
negation that is its clause's predicate (`before_bare_negation`). Rules about clauses, as in `clause_ends`.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import COMPLEMENTISERS, ChunkedSentence
from service.engines.writer.clause_ends import closes_clause
from service.engines.writer.rewrite import bare_word

_NEGATION_COMPLETERS: Final = frozenset("فحسب فقط سوي دون بدون لولا".split())  # and «إلا», «قبل»: `_completes_negation`
_VERB_NEGATIONS: Final = frozenset("لم لن ليس ليست ولم ولن وليس فلم فلن".split())
_ANY_NEGATION: Final = _VERB_NEGATIONS | {"لا", "ولا", "فلا", "ما"}  # most sentences have none: asked first
BARE_NEGATIONS: Final = frozenset("لا لم لن ليس ليست".split())
_ONLY: Final = frozenset({"فقط", "فحسب"})
_BUT_ALSO: Final = frozenset("بل لكن لكنه لكنها لكنهم انما".split())  # «... فقط، بل ...»: what else is so (bare of «و»)
MAX_NEGATION_REACH: Final = 8  # words after a compression's end within which `before_bare_negation` looks
MAX_ONLY_REACH: Final = 16  # words before a compression's end within which `_not_only_unanswered` seeks «فقط»


def cuts_negation_short(sentence: ChunkedSentence, end: int) -> bool:
    """Whether a compression ending with chunk `end` stops inside a negated clause before the word that completes
    the negation: without it the statement says the opposite («لم يكن مستشارا للرئيس | فحسب», «لن ترفع العقوبات
    | قبل أن تفكك برنامجها», «لم تستغل حتى اليوم | إلا 10% من قدرتها»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("قال المسؤول إن بلاده لن ترفع العقوبات قبل أن تفكك الحكومة برنامجها النووي")
    >>> [cuts_negation_short(sentence, end) for end in range(len(sentence.chunks))]
    [False, True, False]
    """
    words, keys = sentence.words, sentence.keys
    after = sentence.chunks[end].end
    if after >= len(keys) or _ANY_NEGATION.isdisjoint(keys):
        return False
    if _not_only_unanswered(sentence, after):
        return True
    if closes_clause(words[after - 1]):
        return False
    start = after
    while start > 0 and not closes_clause(words[start - 1]):
        start -= 1
    negation = next((index for index in range(after - 1, start - 1, -1) if _negates_verb(keys, index)), None)
    if negation is None or any(_completes_negation(keys, index) for index in range(negation, after)):
        return False  # no negation, or one completed within: «لم تستغل إلا 10% من قدرتها»
    for index in range(after, len(keys)):
        if words[index][:1] == "(":
            return False  # «(قبل صدور القرار)»: a bracket says when, it completes nothing
        if _completes_negation(keys, index):
            return True
        if closes_clause(words[index]):
            return False
    return False


def _not_only_unanswered(sentence: ChunkedSentence, after: int) -> bool:
    """Whether the words before `after` say «not only» (a negation, then «فقط» or «فحسب») and the sentence goes on,
    within a few words, with what else is so («بل», «لكن», «وإنما»): «الولايات المتحدة ليست فقط لاعبا رئيسيا في
    سوريا، | لكنها لاعب ...» stops before the half that says what the statement is about.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("الولايات المتحدة ليست فقط لاعبا رئيسيا في سوريا، لكنها لاعب حاسم")
    >>> _not_only_unanswered(sentence, 8), _not_only_unanswered(sentence, 11)
    (True, False)
    """
    keys = sentence.keys
    only = next((index for index in range(after - 1, max(-1, after - 1 - MAX_ONLY_REACH), -1) if keys[index] in _ONLY),
                None)
    if only is None or not any(_negates_verb(keys, index) or keys[index] in ("ليس", "ليست")
                               for index in range(max(0, only - MAX_NEGATION_REACH), only)):
        return False
    return any(bare_word(key) in _BUT_ALSO for key in keys[after:after + MAX_NEGATION_REACH])


def _negates_verb(keys: tuple[str, ...], index: int) -> bool:
    """Whether word `index` negates a verb: «لم», «لن», «ليس», «لا» before a present («لا يزال»; not «دعم لا
    محدود») or «ما» before «كان» («ما كان يمكن ...»)."""
    key = bare_word(keys[index])
    following = keys[index + 1] if index + 1 < len(keys) else ""
    return key in _VERB_NEGATIONS or (key == "لا" and following[:1] in "يتنا" and len(following) > 2) \
        or (key == "ما" and following in ("كان", "كانت"))  # «ما كان يمكن أن تنجح | دون دعم»


def _completes_negation(keys: tuple[str, ...], index: int) -> bool:
    """Whether word `index` completes a negation: «فحسب», «فقط», «سوى», «دون» (without), «لولا» (but for), «إلا»
    (not «إلا أن», however), «قبل» (not «من قبل», by)."""
    key, following = keys[index], keys[index + 1] if index + 1 < len(keys) else ""
    previous = keys[index - 1] if index else ""
    if key == "الا":
        return not following.startswith("ان")
    if key == "قبل":
        return previous != "من"
    return key in _NEGATION_COMPLETERS


def before_bare_negation(sentence: ChunkedSentence, end: int) -> bool:
    """Whether a compression ending with chunk `end` stops before «لا»/«لم»/«لن»/«ليس» that goes on its clause
    within a few words, with no comma, «و» or «أن» between: the negated verb is the predicate, and without it the
    statement says something else or nothing («أكد أن تبني الإمارة المبادرة | منذ العام (2007م) لا ينطلق من ...»,
    «سياسة الولايات المتحدة في سوريا | التي تمزقها الحرب لم تعد تركز ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("أكد الأمير أن تبني الإمارة المبادرة منذ العام (2007م) لا ينطلق من حرصها فقط")
    >>> [before_bare_negation(sentence, end) for end in range(len(sentence.chunks))]
    [False, True, True, True, False, False]
    """
    words, keys = sentence.words, sentence.keys
    if BARE_NEGATIONS.isdisjoint(keys):
        return False
    after = sentence.chunks[end].end
    for index in range(after, min(len(words), after + MAX_NEGATION_REACH)):
        if closes_clause(words[index - 1]) or keys[index][:1] == "و" or keys[index] in COMPLEMENTISERS:
            return False  # «لا يمثله ولا ينوبه | خارج البلاد وإنه لم ...»: another clause's negation
        if keys[index] in BARE_NEGATIONS:
            return True
    return False
