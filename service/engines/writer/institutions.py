"""Where a subject that names a body ends when its name goes on with «ل» («الاتحاد الأوروبي | لكرة القدم»), so
that the subject may move first whole.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import CLITIC_PREPOSITIONS, DANGLING, NAME_LINKS, ChunkedSentence
from service.engines.writer.lexicon import GLUED_COMPLEMENT, Lexicon
from service.engines.writer.marks import PAIRED_MARKS
from service.engines.writer.names import MAX_PERSON_NAME_WORDS
from service.engines.writer.places import glued_place_end
from service.engines.writer.rewrite import accusative_shape, object_start, person_noun, verb_key
from service.engines.writer.times import TIME_WORDS

# Bodies whose names go on with «ل» and what they are for: «اللجنة الدولية للصليب الأحمر», «الهيئة العامة للغذاء».
INSTITUTIONS: Final = frozenset("""
الاتحاد اللجنه الهيئه المنظمه المؤسسه الجمعيه المجلس الصندوق الوكاله المركز الاداره المديريه النقابه الرابطه
المفوضيه الجهاز البرنامج التحالف المؤتمر الشبكه الشركه المجموعه الغرفه الحركه الجبهه الكليه الجامعه المعهد
""".split())
INSTITUTION_BREAKS: Final = frozenset({"preposition", "complement", "time", "tail"})  # what may follow a body's name
MAX_NAME_ADJECTIVES: Final = 3  # «الهيئة | الوطنية العليا» before «للمساءلة»
MAX_ACRONYM_WORDS: Final = 3
CLOSING_MARKS: Final = dict(PAIRED_MARKS)  # the mark that closes each opening one
MAX_NAME_WORDS: Final = 6  # of a body's name up to its «ل» phrase's construct: «الاتحاد العام لاتحادات كرة القدم»


def institution_subject_end(sentence: ChunkedSentence, first: int, lexicon: Lexicon) -> int | None:
    """Where a subject that names a body ends when its name goes on with «ل» («الاتحاد الأوروبي لكرة القدم | عن»,
    «اللجنة الدولية للصليب الأحمر | أكثر من ...»): past the «ل» phrase's definite words, before a clean break or
    the object. None when the subject at word `first` is no body (`INSTITUTIONS`), has no such phrase, or what
    follows may be more of it.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(frequency={"صليب": 9, "كره": 9, "اكثر": 9}, definite_share={"اكثر": 0.3})
    >>> institution_subject_end(chunk_sentence("سحبت اللجنة الدولية للصليب الأحمر أكثر من سبعين موظفا"), 1, lexicon)
    5
    >>> institution_subject_end(chunk_sentence("أعلن الاتحاد الأوروبي لكرة القدم عن القائمة"), 1, lexicon)
    5
    """
    keys = sentence.keys
    if keys[first] not in INSTITUTIONS and "ال" + keys[first] not in INSTITUTIONS:
        return None
    index = _definite_words(keys, first + 1, MAX_NAME_ADJECTIVES)  # «اللجنة | الدولية»
    index = _named_after_title(keys, index, lexicon)  # «مركز الملك | سلمان | للإغاثة»
    phrase = keys[index] if index < len(keys) else ""
    if phrase[:1] != "ل" or not (phrase.startswith("لل") or lexicon.is_common(phrase[1:])):
        return None
    index += 1
    construct = index  # «لاتحادات | كرة | القدم», «لرصد | انتهاكات حقوق | الإنسان»: a construct chain before «ال»
    while construct < len(keys) and construct - first < MAX_NAME_WORDS and not keys[construct].startswith("ال") \
            and lexicon.is_common(keys[construct]) and keys[construct] not in DANGLING:
        construct += 1
    if construct < len(keys) and construct - first < MAX_NAME_WORDS and keys[construct].startswith("ال"):
        index = construct
    elif not phrase.startswith("لل"):
        return None  # «تخطط الشركة | لبناء مجمع جديد»: what it plans, no name («لحقوق الإنسان» ends on «ال»)
    index = _definite_words(keys, index, MAX_NAME_ADJECTIVES)  # «لكرة | القدم», «للغذاء | والدواء»
    index = _quoted_acronym_end(sentence.words, index)  # «الاتحاد الدولي لكرة القدم "فيفا"»
    if lexicon.complements.get(verb_key(keys[first - 1], lexicon)) == "الي" and keys[index:index + 1] != ("الي",):
        return None  # «انضم صندوق النقد الدولي | لموجة الانتقادات»: «ل» says where to, as «إلى» would; not so
        # when «إلى» follows: «دعت الهيئة العامة للغذاء والدواء | إلى ...»
    if index >= len(keys):
        return index
    boundary = sentence.chunk_at(index)
    if boundary is not None:
        return index if sentence.chunks[boundary].kind in INSTITUTION_BREAKS else None
    key = keys[index]
    if key.startswith("ال") or key[:1] in CLITIC_PREPOSITIONS and key[1:] in lexicon.frequency:
        return glued_place_end(keys, index, len(keys), lexicon)  # «| بمنطقة الجوف | التعاقد»: a place and the object;
        # «للإغاثة | التابعة للحكومة»: the name goes on; «| بالرياض»: a place or purpose
    if lexicon.complements.get(verb_key(keys[first - 1], lexicon)) == GLUED_COMPLEMENT:
        return None  # «قامت شركة الرياض للأغذية | صاحبة حق امتياز ...»: what the verb does comes with «ب»
    # the object: a number, an accusative or a common word («أكثر من ...» too), no verb or particle
    return index if key[:1].isdigit() or accusative_shape(key) or object_start(key, lexicon) else None


def _named_after_title(keys: tuple[str, ...], index: int, lexicon: Lexicon) -> int:
    """Past the name of a person whose title ends the words before `index`, as a body may be named after one
    («مركز الملك | سلمان | للإغاثة», «جائزة الشيخ | زايد | للكتاب»), or `index` itself."""
    if index == 0 or not person_noun(keys[index - 1]):
        return index
    end = index
    while end < min(len(keys), index + MAX_PERSON_NAME_WORDS) and not keys[end].startswith("لل") \
            and (lexicon.is_name(keys[end]) or keys[end] in NAME_LINKS):
        end += 1
    return end


def _definite_words(keys: tuple[str, ...], index: int, most: int) -> int:
    """The end of up to `most` words with «ال» (or «وال») from `index`, not particles («إلى» folds to «الي») or
    times («الأربعاء»)."""
    end = index
    while end < min(len(keys), index + most) and keys[end].startswith(("ال", "وال")) \
            and keys[end] not in DANGLING and keys[end] not in TIME_WORDS:
        end += 1
    return end


def _quoted_acronym_end(words: tuple[str, ...], index: int) -> int:
    """Past a short quoted or bracketed name at `index` («"فيفا"», «(كاف)»), or `index` itself."""
    closing = CLOSING_MARKS.get(words[index][:1]) if index < len(words) else None
    if closing is None:
        return index
    for end in range(index, min(len(words), index + MAX_ACRONYM_WORDS)):
        if words[end].rstrip("،,:")[-1:] == closing and (end > index or len(words[end].rstrip("،,:")) > 1):
            return end + 1
    return index
