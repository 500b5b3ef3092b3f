"""Where a subject's place or post ends, so that it moves first whole: «الشرطة | في إندونيسيا | تقول»,
«مبعوث الأمم المتحدة | إلى سوريا | يقول»; never a verbal noun the verb goes on with («تبدأ ... | في الارتفاع»).
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import DANGLING, NAME_LINKS, ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.noun_phrase import subject_end
from service.engines.writer.rewrite import (
    PLACE_NOUNS,
    SPEECH_PLACES,
    TIME_NOUNS,
    accusative_shape,
    no_person,
    object_start,
    person_noun,
)
from service.engines.writer.times import ORDINALS

# What may follow a subject that fills its chunk. Not a relative clause: «قالت كلينتون التي تسعى ...» keeps
# it with the subject, and «كلينتون تقول التي تسعى» would follow.
CLEAN_BREAKS: Final = frozenset({"preposition", "time", "aside", "complement", "tail"})
POST_PREPOSITIONS: Final = frozenset({"لدي", "في"})  # a person's post or place goes on from a title: «السفيرة ... لدى»
ENVOYS = frozenset("مبعوث المبعوث سفير السفير سفيره السفيره مندوب المندوب ممثل الممثل".split())  # «... إلى سوريا»
MAX_PLACE_NAME_WORDS: Final = 3  # «بمحافظة | حفر الباطن», «بجامعة | الملك خالد»


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
    if end < chunk.end:  # «في تايلاند | نجاح عملية الإنقاذ», «في دولة الإمارات | 41 شخصا»: the object follows;
        # an ordinal describes the place («في المجموعة | الرابعة»), a «ل» phrase goes on with its name: no object
        return end if keys[end] not in ORDINALS and keys[end][:1] != "ل" and (  # «الاتحاد الدولي | لكرة القدم»
            accusative_shape(keys[end]) or object_start(keys[end], lexicon) or keys[end][:1].isdigit()) else None
    while index + 1 < len(chunks) and chunks[index + 1].kind == "clitic" and all(  # «في جامعة أوسلو | بالنرويج»,
            lexicon.is_family_name(key[1:]) for key in keys[chunks[index + 1].start:chunks[index + 1].end]):
        index, end = index + 1, chunks[index + 1].end  # not «بالقرب | من دمشق»
    after = chunks[index + 1].kind if index + 1 < len(chunks) else "END"
    return end if after in CLEAN_BREAKS or after == "END" else None


def verbs_own_place(verb: str, keys: tuple[str, ...], located: int, lexicon: Lexicon) -> bool:
    """Whether a «في» phrase read as the subject's place (ending before word `located`) may be what the verb
    goes on with: its sentences take «في» far more often than others (`Lexicon.verb_prepositions`) and no second
    «في» follows. «شككت المصادر | في إمكانية امتثال ...» is what they doubted; in «شكك أعضاء | في الكنيست | في
    صحة ...» the first is where they sit.

    >>> lexicon = Lexicon(verb_prepositions={"شككت": frozenset({"في"})})
    >>> keys = tuple("شككت المصادر في امكانيه امتثال".split())
    >>> verbs_own_place("شككت", keys, 4, lexicon), verbs_own_place("قالت", keys, 4, lexicon)
    (True, False)
    """
    return "في" in lexicon.verb_prepositions.get(verb, ()) and (located >= len(keys) or keys[located] != "في")


def place_after_phrase(keys: tuple[str, ...], first: int, limit: int, lexicon: Lexicon) -> int | None:
    """End of a subject from word `first` whose noun phrase goes on with a place glued to «ب» (`glued_place_end`):
    «إدارة التعليم | بمحافظة ينبع | مواعيد ...», «مديرية الدفاع المدني | بمنطقة عسير | من ...»; None without one."""
    at = next((at for at in range(first + 1, limit) if keys[at][:1] == "ب" and keys[at][1:] in PLACE_NOUNS), limit)
    return glued_place_end(keys, at, limit, lexicon) if subject_end(keys, first, at, lexicon) == at else None


def glued_place_end(keys: tuple[str, ...], at: int, limit: int, lexicon: Lexicon) -> int | None:
    """End of a place glued to «ب» at word `at`, as local news names a body by it: a place noun and its name, then
    `limit` or the verb's object (an indefinite word, a number, or a verbal noun: «بمنطقة الجوف | التعاقد»). None
    for any other word after the name, which may be more of it.

    >>> lexicon = Lexicon(frequency={"مواعيد": 9, "ينبع": 9}, definite_share={"مواعيد": 0.3})
    >>> glued_place_end(tuple("اداره التعليم بمحافظه ينبع مواعيد الاختبارات".split()), 2, 6, lexicon)
    4
    >>> glued_place_end(tuple("اداره التعليم بمحافظه ينبع الاستاذ محمد".split()), 2, 6, lexicon) is None
    True
    """
    if at + 1 >= limit or keys[at][:1] != "ب" or keys[at][1:] not in PLACE_NOUNS \
            or not (lexicon.is_name(keys[at + 1]) or keys[at + 1].startswith("ال")):
        return None
    end = at + 2  # the place's first word, whatever it reads as («بمنطقة | الجوف», «بمحافظة | ينبع»)
    while end < min(limit, at + 1 + MAX_PLACE_NAME_WORDS) and (
            lexicon.is_name(keys[end]) or keys[end - 1] in NAME_LINKS or keys[end] in NAME_LINKS):
        end += 1  # «بجامعة الملك | خالد»
    if end == limit:
        return end
    key = keys[end]
    if key[:1].isdigit() or (verbal_noun(key) or eftial(key)) and not person_noun(key) \
            or (not key.startswith("ال") and object_start(key, lexicon)):  # not «الأستاذ», a title
        return end
    return None


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


def bare_verbal_noun(key: str) -> bool:
    """Whether an indefinite word has the shape of a verbal noun of the derived forms («انسحاب», «إعلان», «استخدام»,
    «تطبيق», «مشاركة»): the verb's object after a definite subject, never more of a person's name there.

    >>> [bare_verbal_noun(key) for key in ("انسحاب", "اعلان", "استخدام", "تطبيق", "مشاركه", "احمد", "البشير")]
    [True, True, True, True, True, False, False]
    """
    size = len(key)
    return (size == 6 and key[0] == "ا" and key[4] == "ا"  # «انسحاب», «اجتماع»
            or size == 5 and key[0] == "ا" and key[3] == "ا"  # «إعلان», «إطلاق»
            or size == 7 and key.startswith("است") and key[5] == "ا"  # «استخدام»
            or size == 5 and key[0] == "ت" and key[3] == "ي"  # «تطبيق»
            or size == 6 and key[0] == "م" and key[2] == "ا" and key[-1] == "ه")  # «مشاركة»


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


def post_goes_on(sentence: ChunkedSentence, first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a subject from word `first` that names a person goes on at word `end` with its post or place
    (`goes_on_with_post`), not where it is at (`own_place`)."""
    return end < len(sentence.keys) and goes_on_with_post(sentence.keys[first:end], sentence.keys[end], lexicon) \
        and not own_place(sentence, end, lexicon)


def own_place(sentence: ChunkedSentence, at: int, lexicon: Lexicon) -> bool:
    """Whether the «في» phrase at word `at` names a place by the subject's own pronoun, which is no more of the
    subject: «استقبل أمير عسير | في مكتبه», «| في مكتب سموه» (where he received, not «السفير في الرياض»); a word
    written with «ه», not «ة» («مكتبة»), whose folded key cannot tell them apart."""
    return at < len(sentence.keys) and sentence.keys[at] == "في" and any(
        word.endswith("ه") and lexicon.has_pronoun_suffix(key)
        for word, key in zip(sentence.words[at + 1:at + 3], sentence.keys[at + 1:at + 3], strict=False))
