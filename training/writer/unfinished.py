"""Which words an output may not end on, learned from an archive: those its headlines (almost) never end on and
those its articles (almost) never end a clause on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from training.writer.lexicon import LexiconCounts

MIN_UNFINISHED_EVIDENCE = 20  # headlines using a word, to tell whether it can end one
MAX_ENDING_SHARE = 0.005  # of those, at most this share end on it: the word needs what follows
MIN_CLAUSE_EVIDENCE = 30  # article words a word must be, to tell from the articles whether it can end a clause
MAX_CLAUSE_END_SHARE = 0.01  # of those, at most this share end a clause («يرغب»: 0.8%, «ترتفع»: 4%)


def unfinished_words(counts: LexiconCounts) -> frozenset[str]:
    """Words editors use in headlines but (almost) never end one with, without «ال» (a word with «ال» ends a
    phrase in an article where headlines go on, «في الجولة | الخامسة»): construct nouns («وزير», «أسعار»),
    verbs before their object («يعلن»), first names, prepositions; and words the articles (almost) never end a
    clause with, when headlines do not end on them: «يرغب» goes on with «في», «يكن» with its predicate,
    «تيريزا» with «ماي», «العثور» with «على», «الولايات» with «المتحدة».

    >>> from training.writer.lexicon import LexiconCounts
    >>> counts = LexiconCounts()
    >>> counts.title_words.update({"وزير": 40, "جديده": 40, "الجوله": 40}); counts.title_ends["جديده"] = 12
    >>> counts.tokens.update({"يرغب": 200, "ترتفع": 100, "العثور": 300, "الحكومه": 300})
    >>> counts.clause_ends.update({"ترتفع": 4, "الحكومه": 30})
    >>> sorted(unfinished_words(counts))
    ['العثور', 'وزير', 'يرغب']
    """
    by_headlines = {word for word, seen in counts.title_words.items()
                    if seen >= MIN_UNFINISHED_EVIDENCE and counts.title_ends[word] <= MAX_ENDING_SHARE * seen
                    and not word.startswith("ال")}
    by_articles = {word for word, seen in counts.tokens.items()
                   if seen >= MIN_CLAUSE_EVIDENCE and counts.clause_ends[word] <= MAX_CLAUSE_END_SHARE * seen
                   and counts.title_ends[word] <= MAX_ENDING_SHARE * counts.title_words[word]}
    return frozenset(word for word in by_headlines | by_articles if word)
