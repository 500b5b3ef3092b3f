"""Where a subject's place or post ends, so that it moves first whole: «الشرطة | في إندونيسيا | تقول»,
«مبعوث الأمم المتحدة | إلى سوريا | يقول»; never a verbal noun the verb goes on with («تبدأ ... | في الارتفاع»).
"""

from __future__ import annotations

from service.engines.writer.chunks import DANGLING, ORDINALS, ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import (
    PLACE_NOUNS,
    SPEECH_PLACES,
    TIME_NOUNS,
    accusative_shape,
    no_person,
    object_start,
    person_noun,
)

# What may follow a subject that fills its chunk. Not a relative clause: «قالت كلينتون التي تسعى ...» keeps
# it with the subject, and «كلينتون تقول التي تسعى» would follow.
CLEAN_BREAKS = frozenset({"preposition", "time", "aside", "complement", "tail"})
POST_PREPOSITIONS = frozenset({"لدي", "في"})  # a person's post or place goes on from a title: «السفيرة ... لدى»
ENVOYS = frozenset("مبعوث المبعوث سفير السفير سفيره السفيره مندوب المندوب ممثل الممثل".split())  # «... إلى سوريا»


def located_end(sentence: ChunkedSentence, index: int, lexicon: Lexicon, preposition: str = "في") -> int | None:
    """End of a place that chunk `index` gives the subject before it, where the verb then goes as editors put it:
    «الشرطة | في إندونيسيا | تقول إن», «السلطات | في تايلاند | تعلن نجاح ...»: «في» and names, words with «ال»
    or place nouns, then the chunk's end before a clean break, or the object within the chunk. None for any
    other phrase («في بيان», «في مؤتمر صحفي»: where words were said). With another `preposition`, a post's place
    («مبعوث الأمم المتحدة | إلى سوريا | يقول»).
    """
    chunks, keys = sentence.chunks, sentence.keys
    if index >= len(chunks) or chunks[index].kind != "preposition" or keys[chunks[index].start] != preposition:
        return None
    chunk, end = chunks[index], chunks[index].start + 1
    while end < chunk.end and (place_word(keys[end], lexicon) or keys[end - 1] in PLACE_NOUNS):
        end += 1  # «في ولاية | أوتار براديش»: a place noun takes the place's name, whatever it reads as
    if end == chunk.start + 1:
        return None
    if end < chunk.end:  # «في تايلاند | نجاح عملية الإنقاذ»: the object follows the place
        return end if accusative_shape(keys[end]) or object_start(keys[end], lexicon) else None
    while index + 1 < len(chunks) and chunks[index + 1].kind == "clitic" and all(  # «في جامعة أوسلو | بالنرويج»,
            lexicon.is_family_name(key[1:]) for key in keys[chunks[index + 1].start:chunks[index + 1].end]):
        index, end = index + 1, chunks[index + 1].end  # not «بالقرب | من دمشق»
    after = chunks[index + 1].kind if index + 1 < len(chunks) else "END"
    return end if after in CLEAN_BREAKS or after == "END" else None


def place_word(key: str, lexicon: Lexicon) -> bool:
    """Whether a word can name a place after «في»: a name, a word with «ال», or a place noun («ولاية», «جنوب»);
    not what words were said in («البيان»), a time («الدقيقة 62») nor an ordinal («في الأول من يوليو»)."""
    bare = key.removeprefix("ال")
    if bare in SPEECH_PLACES or bare in TIME_NOUNS or key in DANGLING or key in ORDINALS or key[:1].isdigit() \
            or person_noun(key) or verbal_noun(key) or eftial(key):  # «تبدأ درجات الحرارة في | الارتفاع»
        return False  # «في جنوب السودان | الرئيس سالفا كير»: a person starts after the place; «في الدقيقة 62»
    if key[:1] == "ب" and len(key) > 3 and key[1:] in lexicon.frequency:  # «في جامعة أدنبره | باسكتلندا»
        key = key[1:]
    return lexicon.is_name(key) or key.startswith("ال") or key in PLACE_NOUNS


def verbal_noun(key: str) -> bool:
    """Whether a definite word has the shape of a verbal noun of the derived forms («التوقيع», «الاستيلاء»), which
    is no adjective of the noun before it; a relative adjective («التركي», «التقليدية») is.

    >>> verbal_noun("التوقيع"), verbal_noun("الاستيلاء"), verbal_noun("التونسيه"), verbal_noun("الترشيح")
    (True, True, False, True)
    """
    return key.startswith(("الت", "الاست")) and len(key) >= 6 and not key.endswith(("ي", "يه", "يين", "يون"))


def eftial(key: str) -> bool:
    """Whether a definite word has the shape of a verbal noun «الافتعال» («الارتفاع», «الاعتداد»): what a verb
    goes on with after «في», not a place.

    >>> eftial("الارتفاع"), eftial("الاعتداد"), eftial("الامارات")
    (True, True, False)
    """
    return len(key) == 8 and key[2] == "ا" and key[4] in "تطد" and key[6] == "ا"


def goes_on_with_post(subject: tuple[str, ...], following: str, lexicon: Lexicon) -> bool:
    """Whether a subject that names a person may go on with the phrase after it: a post or place («السفيرة
    الأميركية | لدى الأمم المتحدة»), or where an envoy was sent («مبعوث الأمم المتحدة | إلى سوريا»).

    >>> goes_on_with_post(("مبعوث", "الامم", "المتحده"), "الي", Lexicon())
    True
    >>> goes_on_with_post(("الرئيس", "الامريكي"), "الي", Lexicon()), goes_on_with_post(("الحكومه",), "في", Lexicon())
    (False, False)
    """
    if following == "الي":
        return subject[0] in ENVOYS
    return following in POST_PREPOSITIONS and not no_person(subject, lexicon)
