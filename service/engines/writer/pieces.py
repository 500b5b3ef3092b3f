"""Whether a later piece of an overlong sentence, cut at a comma, opens a statement of its own.

An overlong sentence (`planning.UNIT_MAX_WORDS`) is cut at its commas, and what follows a comma mostly goes on
with the subject before it: «وتؤكد المملكة أن استمرار التصريحات ...، | يعكس بجلاء موقفها», «...، | ما أدى
إلى توقف الأمير», «...، | اقترب من ضباط الشرطة». Such a piece is a statement only when it names what it
speaks of in its first words: it opens with a demonstrative, or a definite noun that a verb follows («المركز
يقوم ...»; «حثت المنظمة، | الدول المانحة ... على العمل» is the verb's object), or with a verb and then its
subject («شكر رئيس اللجنة ...», «باشر المختصون ...»), or in the passive («تم نقل ...»).
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.candidates import statement_start
from service.engines.writer.chunks import CLITIC_PREPOSITIONS, DANGLING, DEMONSTRATIVES, ChunkedSentence
from service.engines.writer.clause_ends import BEING_FORMS
from service.engines.writer.endings import PASSIVE_AUXILIARIES
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import accusative_shape, bare_word, glued_preposition, reads_as_verb

MAX_SUBJECT_WORDS: Final = 8  # a definite subject's words before the verb of its predicate
_PLURAL_AGENT: Final = ("وا", "ون")  # «أخذوا الأموال», «يعملون على»: the doers are in the verb, named before the comma


def names_its_subject(sentence: ChunkedSentence, lexicon: Lexicon) -> bool:
    """Whether a piece cut at a comma opens with its own subject: a demonstrative, a definite noun with a verb in
    the words after it, the passive «تم», or a verb whose next word is a definite noun, a name or a noun that is
    neither accusative («حققت أرباحا»), nor a preposition («اقترب من»), nor glued to one («يعكس بجلاء»), nor
    carries a pronoun («دعمها»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"يشكر": 40, "تشكر": 40, "يعكس": 40, "تعكس": 40, "جلاء": 30, "بجلاء": 3,
    ...                              "رئيس": 900, "اللجنه": 900, "الرئيس": 900, "يقوم": 90, "تقوم": 90},
    ...                   definite_share={"رئيس": 0.4})
    >>> [names_its_subject(chunk_sentence(text), lexicon)
    ...  for text in ("شكر رئيس اللجنة الضيوف", "يعكس بجلاء موقفها", "المركز يقوم بالتنسيق", "الدول المانحة على العمل")]
    [True, False, True, False]
    """
    start = statement_start(sentence, lexicon)
    if start is None:
        return False
    keys = sentence.keys[sentence.chunks[start].start:]
    first = bare_word(keys[0])
    if keys[0] in PASSIVE_AUXILIARIES:
        return True  # «تم نقل الجثامين ...»: a passive names what was done
    if first in DEMONSTRATIVES:
        return True  # «هذه القصة تنويع سردي ...»
    if first.startswith("ال"):  # its predicate follows: not «الدول المانحة ... على العمل»
        return any(bare_word(key) in BEING_FORMS or key not in DANGLING and reads_as_verb(key, lexicon)
                   for key in keys[1:1 + MAX_SUBJECT_WORDS])  # not «على» as «علا»
    if len(keys) < 2 or not reads_as_verb(keys[0], lexicon) or first.endswith(_PLURAL_AGENT):
        return False
    second = keys[1]
    if second.startswith("ال") or second in DEMONSTRATIVES:
        return True
    return second not in DANGLING and not accusative_shape(second) and not _prepositional(second, lexicon) \
        and not lexicon.has_pronoun_suffix(second) and not reads_as_verb(second, lexicon) \
        and (lexicon.is_name(second) or lexicon.is_common(second))


def _prepositional(key: str, lexicon: Lexicon) -> bool:
    """Whether a word is «ب»/«ل»/«ك» glued to a common word and never a noun with «ال» of its own: a phrase of how
    or where («بجلاء», «بوضوح», «بشدة»), which no subject opens with («بعض», «لجنة», «بنك» are seen as «البعض»,
    «اللجنة», «البنك»).

    >>> lexicon = Lexicon(frequency={"بوضوح": 380, "وضوح": 190, "لجنه": 900, "جنه": 90, "اللجنه": 900})
    >>> _prepositional("بوضوح", lexicon), _prepositional("لجنه", lexicon)
    (True, False)
    """
    return glued_preposition(key, lexicon) or len(key) > 3 and key[0] in CLITIC_PREPOSITIONS \
        and lexicon.is_common(key[1:]) and not lexicon.is_common("ال" + key) and not lexicon.is_name(key)
