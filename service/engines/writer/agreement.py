"""The verb of a subject-first rewrite: which past verb opens the clause («أعلنت» → «تعلن»; a present as written,
«تبحث»), whether it is active (a passive has no subject to put first), and the present that agrees with the
subject placed before it («مسؤولون يقولون», «القراصنة الصينيون ينجحون»).
"""

from __future__ import annotations

import unicodedata
from typing import Final

from service.engines.writer.chunks import DANGLING, ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import bare_word, looks_imperfect, plural_safe, sound_plural, verb_key

PASSIVE_MARK: Final = "\u064f"  # a damma written on a past verb («اعتُقل», «قُتل») marks the passive


def past_verb(key: str, head: str, lexicon: Lexicon) -> str | None:
    """The present of a past verb the lexicon knows; None for a word that is none, or that before a feminine
    subject is a present in «ت» («تحصل الوكالة على» is «تَحصُل», not the past «تحصّل», which would be «تحصّلت»).

    >>> lexicon = Lexicon(verbs={"تحصل": "يتحصل"}, frequency={"يحصل": 9, "وكاله": 9})
    >>> past_verb("تحصل", "الوكاله", lexicon), past_verb("تحصل", "الفريق", lexicon)
    (None, 'يتحصل')
    """
    key = verb_key(key, lexicon)
    if key[:1] == "ت" and key[-1:] != "ت" and "ي" + key[1:] in lexicon.frequency and head.endswith("ه") \
            and not lexicon.is_name(head):
        return None
    return lexicon.verbs.get(key)


def written_present(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> str | None:
    """A verb the lead already writes in the present («تبحث القمة الأوروبية ...»), as written without its «و»:
    it keeps its form when its subject moves before it; None for any other word.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"تبحث": 9, "يبحث": 9})
    >>> written_present(chunk_sentence("وتبحث القمة الخطة"), 0, lexicon)
    'تبحث'
    >>> written_present(chunk_sentence("القمة تبحث الخطة"), 0, lexicon) is None
    True
    """
    key = bare_word(sentence.keys[index])
    if not looks_imperfect(key, lexicon) or key in DANGLING or "يت" + key[1:] in lexicon.frequency:
        return None  # «تنحى القاضي» (يتنحى): a past tense of the forms in «ت», not a present
    word = sentence.words[index].strip("،,")
    if sentence.keys[index] != key:  # «وتبحث»: the conjunction goes, and any vowel written on it
        word = word[1:]
        while word and unicodedata.combining(word[0]):
            word = word[1:]
    return word or None


def active_past(sentence: ChunkedSentence, index: int) -> bool:
    """Whether the verb at word `index` is no passive: a damma written on it («اعتُقل»), «أُلقي القبض»."""
    return PASSIVE_MARK not in sentence.words[index] and not _defective_passive(sentence.words[index])


def _defective_passive(word: str) -> bool:
    """Whether a past verb of the shape «أفعى» is written with a final «ي»: the passive («أُلقي القبض على ...»,
    «أُجري التصويت»), where the active writes «ى» («ألقى الرئيس كلمة»).

    >>> _defective_passive("ألقي"), _defective_passive("وألقي"), _defective_passive("ألقى"), _defective_passive("لقي")
    (True, True, False, False)
    """
    word = word.strip("،,")
    if len(word) == 5 and word[0] in "وف":
        word = word[1:]
    return len(word) == 4 and word[0] in "أا" and word.endswith("ي")


def agreeing_present(head: str, present: str, lexicon: Lexicon) -> str | None:
    """The present form that agrees with a subject placed before it: as it is for a singular head or a
    plural of things with a feminine verb («السلطات تعلن»), with «ون» for a masculine sound plural
    («مسؤولون يقولون»); None when that would need a form the verb cannot simply take («يرى»).

    >>> common = Lexicon(definite_share={"مسؤولون": 0.4, "السلطات": 0.9}, frequency={"مسؤولين": 9, "مسؤولون": 9})
    >>> agreeing_present("مسؤولون", "يقول", common), agreeing_present("السلطات", "تعلن", common)
    ('يقولون', 'تعلن')
    >>> agreeing_present("مسؤولو", "يقول", common)
    'يقولون'
    >>> agreeing_present("انتحاريتان", "تقوم", Lexicon(frequency={"انتحاريه": 9}))
    'تقومان'
    """
    if _feminine_dual(head, lexicon):  # «قامت انتحاريتان ...» → «انتحاريتان تقومان ...», never «تقوم»
        return present + "ان" if present[:1] == "ت" and present[-1] not in "ىيوا" else None
    if plural_safe(head, lexicon) and not _fuala_plural(head.removeprefix("ال")):
        return present
    if head.endswith("ات") and present.startswith("ت"):
        return present
    human_plural = (head.endswith("ون") and sound_plural(head, lexicon)  # «البنتاغون» is no plural
                    or (head.endswith("و") and head + "ن" in lexicon.frequency)  # «مسؤولو المطار»
                    or head in lexicon.plural_heads
                    or _fuala_plural(head.removeprefix("ال")))
    return _plural_present(present) if human_plural else None  # people: «قال علماء» → «علماء يقولون»


def _feminine_dual(head: str, lexicon: Lexicon) -> bool:
    """Whether a subject's first word is a feminine dual, whose singular in «ة» the archive writes: «طائرتان»,
    «الدولتان» (not «باكستان»)."""
    return head.endswith("تان") and head[:-3] + "ه" in lexicon.frequency


def plural_of_people(present: str, described: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The verb's present as it agrees with a subject whose adjective is a masculine sound plural: a plural
    of people («القراصنة الصينيون» → «ينجحون»), whatever its head; None when the form cannot simply be made.

    >>> lexicon = Lexicon(frequency={"الصينيون": 9, "الصينيين": 9})
    >>> plural_of_people("ينجح", ("الصينيون",), lexicon), plural_of_people("ينجح", ("الصيني",), lexicon)
    ('ينجحون', 'ينجح')
    """
    if present.endswith("ون") or not any(key.endswith("ون") and len(key) > 4 and sound_plural(key, lexicon)
                                         for key in described):  # not «جون»
        return present
    return _plural_present(present)


def _plural_present(present: str) -> str | None:
    """A masculine present made plural with «ون» («يقول» → «يقولون»); None for one that cannot simply take it
    («يرى», «تعلن»)."""
    return present + "ون" if present.startswith("ي") and present[-1] not in "ىيوا" else None


def _fuala_plural(key: str) -> bool:
    """Whether a word has the shape «فعلاء» of plurals of people («زعماء», «علماء», «خبراء»).

    >>> _fuala_plural("زعماء"), _fuala_plural("خبراء"), _fuala_plural("اعضاء"), _fuala_plural("ابناء")
    (True, True, False, False)
    """
    return len(key) == 5 and key[3] == "ا" and key[4] == "ء" and key[0] != "ا"
