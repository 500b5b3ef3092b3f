"""Which preposition a verb's clause goes on with, learned from the sentences of an archive: «أعرب الوزير | عن
قلقه», «دعا الرئيس الأطراف | إلى الحوار», «طالب المتظاهرون | بالإفراج عن ...». An output keeps that phrase
(`endings.complement_chunk`): «دعا الرئيس الأطراف» alone says whom, not to what.

`LexiconCounts._add_opener` counts, per sentence opener, which prepositions follow within `COMPLEMENT_WINDOW`
words, and the first word there that opens with «ب» (glued or not: whether «بالإفراج» is «ب» + «الإفراج» and
«بيان» a word of its own needs the whole archive's word counts, so `glued_openers` decides it at the end).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, TypeVar

from service.engines.writer.lexicon import GLUED_COMPLEMENT, Lexicon
from service.engines.writer.rewrite import GLUED_THAT, glued_complement
from training.writer.verbs import FUNCTION_WORDS, other_gender_pasts

if TYPE_CHECKING:
    from training.writer.lexicon import LexiconCounts

COMPLEMENT_PREPOSITIONS = ("عن", "علي", "الي", "مع", "من", "في")  # folded: «على», «إلى»
MIN_COMPLEMENT_EVIDENCE = 40  # sentences opening with the word
MIN_COMPLEMENT_SHARE = 0.65  # «دعا ... إلى»: 71% of its sentences within the window
# A verb's sentences lack the preposition at most this fraction as often as sentences at large lack it in the same
# window: «في» follows most sentences anyway, so a verb needs it in ~85% of its sentences; «إلى», rarer, in 65%.
MAX_COMPLEMENT_ABSENCE_RATIO = 0.4
MIN_OTHER_GENDER_OPENERS = 5  # sentences opening with the other gender of a verb found, to take its complement
MIN_PREPOSITION_EVIDENCE = 30  # sentences opening with a past verb, to tell which prepositions it goes on with
MIN_PREPOSITION_LIFT = 2.0  # how many times more often than sentences at large («أعلن ... عن»: 2.9, «قال ... عن»: 0.6)
GOVERNED_PREPOSITIONS = (*COMPLEMENT_PREPOSITIONS, "ضد", "حول")
MIN_GOVERNED_EVIDENCE = 30  # uses of a word in the archive's articles, to tell what follows it
MIN_GOVERNED_SHARE = 0.6  # of its uses, those right before one preposition («الإفراج عن»: most; «خسائر في»: few)
# Or of its uses right before a preposition or a clause's end, when they are at least MIN_BEFORE_SHARE of all: «الحد»
# goes on with «من» (47% of its uses; most others are «الحد الأدنى», an adjective, no phrase of its own)
MIN_GOVERNED_BEFORE_SHARE = 0.8
MIN_BEFORE_SHARE = 0.3
T = TypeVar("T")


def window_prepositions(window: list[str]) -> tuple[list[str], str | None]:
    """The prepositions among a sentence's words after its first (folded), and the first word that opens with
    «ب» and may be one glued to a word (`glued_openers` tells).

    >>> window_prepositions(["المتظاهرون", "بين", "الحين", "بالافراج", "عن", "المعتقلين"])
    (['عن'], 'بالافراج')
    """
    found = set(window)
    glued = next((key for key in window if key in GLUED_THAT or key.startswith("ب") and len(key) > 4
                  and key not in FUNCTION_WORDS), None)
    return [preposition for preposition in COMPLEMENT_PREPOSITIONS if preposition in found], glued


def glued_openers(counts: LexiconCounts, lexicon: Lexicon) -> tuple[Counter[str], int]:
    """Per opener, its sentences whose first «ب» word there is «ب» glued to a word (`rewrite.glued_complement`),
    and how many sentences at large have one."""
    glued = {word for word in counts.sentence_glued if glued_complement(word, lexicon)}
    per_opener: Counter[str] = Counter()
    for (opener, word), seen in counts.opener_glued.items():
        if word in glued:
            per_opener[opener] += seen
    return per_opener, sum(counts.sentence_glued[word] for word in glued)


def complements(counts: LexiconCounts, verbs: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """Words that open sentences (verbs, past or present) and (nearly) always go on with one preposition, far more
    often than sentences at large: it opens their complement («أعرب الوزير عن ...», «يعتمد ... على ...»); «ب»
    glued to a word counts as `GLUED_COMPLEMENT` («طالب ... بالإفراج»). `lexicon`: the archive's word counts.

    >>> from training.writer.lexicon import LexiconCounts
    >>> counts = LexiconCounts(sentences=1000)
    >>> counts.sentence_prepositions.update({"عن": 100, "في": 500})
    >>> counts.openers.update({"اعرب": 50, "زار": 50, "الرئيس": 50, "طالب": 50})
    >>> counts.opener_prepositions["اعرب"].update({"عن": 48, "في": 20})
    >>> counts.opener_prepositions["زار"].update({"في": 35})
    >>> counts.opener_prepositions["الرئيس"].update({"عن": 45})
    >>> counts.sentence_glued.update({"بالافراج": 60, "بيان": 300}); counts.opener_glued[("طالب", "بالافراج")] = 45
    >>> complements(counts, {"اعرب": "يعرب", "اعربت": "تعرب"}, Lexicon(frequency={"الافراج": 90, "بالافراج": 9}))
    {'اعرب': 'عن', 'طالب': 'ب', 'اعربت': 'عن'}
    """
    glued, sentences_glued = glued_openers(counts, lexicon)
    at_large = Counter(counts.sentence_prepositions)
    at_large[GLUED_COMPLEMENT] = sentences_glued
    found = {}
    for opener, seen in counts.openers.items():
        if seen < MIN_COMPLEMENT_EVIDENCE or opener.startswith("ال") or opener in FUNCTION_WORDS:
            continue  # a noun or a particle opens no verb's clause
        followed = Counter(counts.opener_prepositions[opener])
        followed[GLUED_COMPLEMENT] = glued[opener]
        for preposition in (*COMPLEMENT_PREPOSITIONS, GLUED_COMPLEMENT):
            share = followed[preposition] / seen
            absent = 1 - at_large[preposition] / max(1, counts.sentences)
            if share >= MIN_COMPLEMENT_SHARE and 1 - share <= MAX_COMPLEMENT_ABSENCE_RATIO * absent:
                found[opener] = preposition
                break
    found |= from_other_gender(found, verbs)  # «أعرب» → «أعربت»
    return found | _other_gender_openers(found, counts)


def verb_prepositions(counts: LexiconCounts, verbs: dict[str, str]) -> dict[str, frozenset[str]]:
    """The prepositions each past verb's sentences go on with at least `MIN_PREPOSITION_LIFT` times as often as
    sentences at large («أعلن» → «عن», «دعا» → «إلى»), from the verb's own sentences or else its other gender's.

    >>> from training.writer.lexicon import LexiconCounts
    >>> counts = LexiconCounts(sentences=1000)
    >>> counts.sentence_prepositions.update({"عن": 100, "في": 500})
    >>> counts.openers.update({"اعلن": 50, "قال": 50})
    >>> counts.opener_prepositions["اعلن"].update({"عن": 20, "في": 30})
    >>> counts.opener_prepositions["قال"].update({"عن": 6, "في": 30})
    >>> verb_prepositions(counts, {"اعلن": "يعلن", "اعلنت": "تعلن", "قال": "يقول"})
    {'اعلن': frozenset({'عن'}), 'اعلنت': frozenset({'عن'})}
    """
    found = {}
    for past in verbs:
        if counts.openers[past] < MIN_PREPOSITION_EVIDENCE:
            continue
        lifted = frozenset(preposition for preposition in COMPLEMENT_PREPOSITIONS
                           if counts.opener_prepositions[past][preposition] * counts.sentences
                           >= MIN_PREPOSITION_LIFT * counts.sentence_prepositions[preposition] * counts.openers[past]
                           and counts.sentence_prepositions[preposition])
        if lifted:
            found[past] = lifted
    return found | from_other_gender(found, verbs)  # «اعتذر» from «اعتذرت»


def governed_prepositions(counts: LexiconCounts) -> dict[str, str]:
    """Words of the archive's articles that (nearly) always go on with one preposition, right after them and with
    no punctuation between: «الإفراج» → «عن», «يعانون» → «من», «قادرة» → «على», «عبارة» → «عن». An output does not
    end on one before its preposition (`endings.can_end`): «هدد الوزير بمزيد من العقوبات حتى الإفراج» (about
    whom?), «علماء يعلنون أنهم تمكنوا» (of what?).

    A word whose other uses are mostly with an adjective after it governs its preposition too: what decides is
    the share of the uses before a preposition or a clause's end («الحد من», «الحد الأدنى»).

    >>> from training.writer.lexicon import LexiconCounts
    >>> counts = LexiconCounts()
    >>> counts.tokens.update({"الافراج": 80, "الحكومه": 900, "قادره": 40, "نادر": 10, "الحد": 100})
    >>> counts.followed_by.update({("الافراج", "عن"): 70, ("الحكومه", "في"): 200, ("قادره", "علي"): 30,
    ...                            ("نادر", "عن"): 10, ("الحد", "من"): 47, ("الحد", "في"): 3})
    >>> counts.clause_ends.update({"الحكومه": 300, "الحد": 4})
    >>> governed_prepositions(counts)
    {'الافراج': 'عن', 'الحد': 'من', 'قادره': 'علي'}
    """
    before: Counter[str] = Counter()  # uses right before any preposition
    for (word, _), seen in counts.followed_by.items():
        before[word] += seen
    found: dict[str, str] = {}
    best: dict[str, int] = {}
    for (word, preposition), seen in sorted(counts.followed_by.items()):
        used = counts.tokens[word]
        settled = before[word] + counts.clause_ends[word]  # uses where the word's phrase stops
        governed = seen >= MIN_GOVERNED_SHARE * used or (
            settled >= MIN_BEFORE_SHARE * used and seen >= MIN_GOVERNED_BEFORE_SHARE * settled)
        if used >= MIN_GOVERNED_EVIDENCE and governed and seen > best.get(word, 0):
            found[word], best[word] = preposition, seen
    return found


def from_other_gender(found: dict[str, T], verbs: dict[str, str]) -> dict[str, T]:
    """For each past verb not in `found`, what `found` holds for its other gender («اعتذر» takes «اعتذرت»'s,
    «دعت» takes «دعا»'s).

    >>> from_other_gender({"اعتذرت": "عن", "دعا": "الي"}, {"اعتذر": "يعتذر", "دعت": "تدعو", "قال": "يقول"})
    {'اعتذر': 'عن', 'دعت': 'الي'}
    """
    derived = {}
    for past in sorted(verbs.keys() - found.keys()):
        other = next((found[form] for form in other_gender_pasts(past) if form in found), None)
        if other is not None:
            derived[past] = other
    return derived


def _other_gender_openers(found: dict[str, str], counts: LexiconCounts) -> dict[str, str]:
    """The other gender of each opener found, where sentences open with it too but too few for its own evidence:
    «تمكن» → «تمكنت», «يعتمد» → «تعتمد», «دعا» → «دعت».

    >>> from training.writer.lexicon import LexiconCounts
    >>> counts = LexiconCounts()
    >>> counts.openers.update({"تمكنت": 12, "تعتمد": 9, "اعربت": 1, "دعت": 30})
    >>> _other_gender_openers({"تمكن": "من", "يعتمد": "علي", "اعرب": "عن", "دعا": "الي"}, counts)
    {'تمكنت': 'من', 'تعتمد': 'علي', 'دعت': 'الي'}
    """
    derived = {}
    for opener, preposition in found.items():
        others = other_gender_pasts(opener)
        if opener.startswith("ي"):
            others.append("ت" + opener[1:])  # not «ت» → «ي»: «تمكن» (managed) is no «يمكن» (may)
        for other in others:
            if other not in found and len(other) > 2 and counts.openers[other] >= MIN_OTHER_GENDER_OPENERS:
                derived[other] = preposition
    return derived


