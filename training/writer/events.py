"""Count which verbal nouns editors open the headline with when the lead opens with a verb of managing whose
complement starts with them («تمكنت الوحدات الأمنية من حجز ...» → «حجز ...»): `Lexicon.event_nouns`.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from service.engines.writer.chunks import PREPOSITIONS, fold
from service.engines.writer.events import ABILITY_VERBS
from service.engines.writer.rewrite import bare_word

EVENT_WINDOW = 12  # words after the lead's verb within which its preposition and the noun after it are sought
MIN_EVENT_EVIDENCE = 5  # leads with the noun after the verb's preposition
MIN_EVENT_SHARE = 0.3  # of which at least this share have a headline opening with the noun
_EDGE = "\"'«»“”.,،:؛!؟?()"
Event = tuple[str, str, str]  # (verb of managing, preposition, the word after it)


def lead_events(lead_words: list[str]) -> set[Event]:
    """The (verb, preposition, word) triples of a lead that opens with a verb of managing (`ABILITY_VERBS`, as
    written or after «و»).

    >>> sorted(lead_events("وتمكنت الوحدات الأمنية من ولاية باجة من حجز بضائع".split()))
    [('تمكنت', 'من', 'حجز'), ('تمكنت', 'من', 'ولايه')]
    """
    if not lead_words:
        return set()
    verb = bare_word(fold(lead_words[0]))
    if verb not in ABILITY_VERBS:
        return set()
    keys = [fold(word) for word in lead_words[1:EVENT_WINDOW + 2]]
    return {(verb, key, following) for key, following in pairwise(keys) if key in PREPOSITIONS and following}


def title_opening(title: str) -> str:
    """The first word of a headline past a place or topic before a colon («سوسة : حجز ...» → «حجز»), folded."""
    words = title.split()
    colon = next((at for at, word in enumerate(words[:3]) if word.endswith(":")), None)
    keys = [fold(word.strip(_EDGE)) for word in words[colon + 1 if colon is not None else 0:]]
    return next((key for key in keys if key), "")


def event_nouns(seen: Counter[Event], opened: Counter[Event], complements: dict[str, str]) -> frozenset[str]:
    """The nouns seen after a verb's own preposition (`Lexicon.complements`) in MIN_EVENT_EVIDENCE leads or
    more, whose headline opens with them in at least MIN_EVENT_SHARE of those.

    >>> seen = Counter({("تمكنت", "من", "حجز"): 10, ("تمكنت", "من", "الفوز"): 10, ("تمكنت", "في", "حجز"): 9})
    >>> opened = Counter({("تمكنت", "من", "حجز"): 6, ("تمكنت", "في", "حجز"): 9})
    >>> sorted(event_nouns(seen, opened, {"تمكنت": "من"}))
    ['حجز']
    """
    leads: Counter[str] = Counter()
    headlines: Counter[str] = Counter()
    for (verb, preposition, noun), count in seen.items():
        if complements.get(verb) == preposition:
            leads[noun] += count
            headlines[noun] += opened[verb, preposition, noun]
    return frozenset(noun for noun, count in leads.items()
                     if count >= MIN_EVENT_EVIDENCE and headlines[noun] >= MIN_EVENT_SHARE * count)
