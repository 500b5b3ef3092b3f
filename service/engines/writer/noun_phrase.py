"""Where a noun phrase ends: a construct chain with its adjectives and names (`subject_end`), an indefinite noun
closed by its relative adjectives (`described_noun_end`), and the word shapes that tell a phrase going on from a
new one («المنتخب البلجيكي | المركز الثالث», «محكمة أمريكية | دعوى»). `subject` asks them where a verb's subject
ends.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import CLITIC_PREPOSITIONS, DANGLING, NAME_LINKS, ChunkedSentence
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.times import ORDINALS
from service.engines.writer.rewrite import (
    PREPOSITION_PRONOUNS,
    accusative_after_name,
    accusative_shape,
    name_follows,
    no_person,
    object_start,
    person_noun,
    sound_plural,
    titled,
)

TEENS: Final = frozenset({"عشر", "عشره"})  # the second word of «الخامس عشر», «الدورة الثالثة عشرة»
POSSESSING: Final = frozenset("ذات ذو ذي ذوي ذوو".split())  # «having»: «اللعبة ذات الشعبية الكبيرة»
DERIVED_PARTICIPLES: Final = ("المت", "المن", "المست")  # «المتحدث», «المنتسب», «المستشار»; not «المكتب»
MAX_NISBA_WORDS: Final = 2  # relative adjectives that close an indefinite subject («محكمة عسكرية مصرية»)
# Posts written without «ال» after a name, in apposition: «عادي العادي مدير الشؤون الصحية»
POSTS: Final = frozenset("رئيس وزير نائب سفير مدير امين قائد مساعد وكيل مستشار محافظ عضو مندوب".split())


def object_after_name(keys: tuple[str, ...], first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the indefinite word `end` after a titled subject that ends with a name of two words starts the
    verb's object: a common noun that is no post or title in apposition and no more of the name.

    >>> lexicon = Lexicon(frequency={"فريق": 900, "الفريق": 900, "مدرب": 900, "حسين": 300, "ريكاردو": 12,
    ...                              "كاكا": 12, "اوباما": 12}, definite_share={"فريق": 0.5, "مدرب": 0.5, "حسين": 0.0})
    >>> [object_after_name(tuple(f"النجم ريكاردو كاكا {word} اوباما".split()), 0, 3, lexicon)
    ...  for word in ("فريق", "مدرب")]
    [True, False]
    >>> object_after_name(("الرئيس", "ريكاردو", "كاكا", "حسين", "اوباما"), 0, 3, lexicon)
    False
    >>> object_after_name(("النجم", "البرازيلي", "كاكا", "فريق"), 0, 3, lexicon)
    False
    """
    if end - first < 3 or not titled(keys[first:end]) or not all(
            lexicon.is_name(name) and not name.startswith("ال") and len(name) > 1 for name in keys[end - 2:end]):
        return False  # a name of one word may go on («وزير الخارجية الإيراني محمد | جواد ظريف», «د. خالد | طاهر»)
    key = keys[end]
    return object_start(key, lexicon) and not person_noun("ال" + key) and key.removesuffix("ه") not in POSTS \
        and not name_follows(keys, end, lexicon)


def nisba_then_noun(previous: str, key: str, lexicon: Lexicon) -> bool:
    """Whether a definite noun follows a definite relative adjective or a sound plural: a new noun phrase, maybe
    the verb's object («المنتخب البلجيكي | المركز الثالث», «المسؤولون | القرار»), not more of the subject
    («الرئيس التركي السابق», «المسؤولون الأمريكيون» have adjectives only).

    >>> lexicon = Lexicon(frequency={"مركز": 9, "سابق": 9, "قرار": 9, "المسؤولين": 9, "المسؤولون": 9})
    >>> nisba_then_noun("البلجيكي", "المركز", lexicon), nisba_then_noun("التركي", "السابق", lexicon)
    (True, False)
    >>> nisba_then_noun("المسؤولون", "القرار", lexicon), nisba_then_noun("المسؤولون", "الامريكيون", lexicon)
    (True, False)
    >>> nisba_then_noun("السعوديه", "الخامسه", lexicon)  # «الطائرة السعودية الخامسة»: an ordinal is an adjective
    False
    """
    if not (previous.startswith("ال") and key.startswith("ال")) or key.endswith(("ون", "ين")) or previous in DANGLING:
        return False  # «إلى اليمن»: «إلى» folds to «الي», a preposition and no adjective
    plural = previous.endswith("ون") and sound_plural(previous, lexicon)  # no construct keeps its «ن»
    nisba = previous.endswith(("ي", "يه")) and not key.endswith(("ي", "يه")) and not adjective_shape(key)
    return (plural or nisba) and not lexicon.is_family_name(key) and key not in ORDINALS  # «السعودية | الخامسة»


def participle(key: str) -> bool:
    """Whether a definite word has the shape of an active participle «الفاعل(ة)», which takes a phrase of its own
    («النائب عن», «البالغ من العمر», «الصادر عن»).

    >>> participle("النائبه"), participle("البالغ"), participle("الصين"), participle("الرئيس")
    (True, True, False, False)
    """
    bare = key[2:].removesuffix("ه")
    return key.startswith("ال") and len(bare) == 4 and bare[1] == "ا"


def participle_like(key: str) -> bool:
    """Whether a definite word has a participle's shape, of the simple verb («الفاعل», «المفعول») or of a derived one
    («المتفاعل», «المنفعل», «المستفعل»): a word that takes a phrase of its own («الموجود | حاليا في واشنطن»).

    >>> [participle_like(key) for key in ("الموجود", "المنتسب", "البالغ", "المكتب", "الرئيس")]
    [True, True, True, False, False]
    """
    bare = key[2:].removesuffix("ه")
    return participle(key) or key.startswith(DERIVED_PARTICIPLES) or (
        key.startswith("الم") and len(bare) == 5 and bare[3] == "و")


def adjective_shape(key: str) -> bool:
    """Whether a definite word has an adjective's shape «الفاعل»/«الفعيل» seen after nisbas («السابق», «الجديد»)."""
    bare = key[2:].removesuffix("ه")
    return participle(key) or (len(bare) == 4 and bare[2] == "ي")


def described_noun_end(words: tuple[str, ...], keys: tuple[str, ...], first: int, limit: int,
                        lexicon: Lexicon) -> int | None:
    """End of an indefinite subject that relative adjectives close: «محكمة أمريكية», «محكمة عسكرية مصرية» stop
    before «دعوى» or «لهجوم»; None for any other indefinite phrase, or when a name or a definite word follows (a
    construct goes on: «وزير خارجية كوريا»).

    >>> lexicon = Lexicon(frequency={"محكمه": 9, "امريكيه": 9, "الامريكيه": 9, "دعوي": 9},
    ...                   definite_share={"محكمه": 0.4, "امريكيه": 0.4, "دعوي": 0.4})
    >>> keys = ("رفضت", "محكمه", "امريكيه", "دعوي")
    >>> described_noun_end(("رفضت", "محكمة", "أمريكية", "دعوى"), keys, 1, 4, lexicon)
    3
    """
    head = keys[first]
    if head.startswith("ال") or head in DANGLING or not lexicon.is_common(head) or lexicon.is_name(head):
        return None
    index = first + 1
    feminine = head.endswith("ه")  # «محكمة أمريكية»; «مباراة نهائي دوري» is a construct, not adjectives
    while index < limit and index - first <= MAX_NISBA_WORDS and nisba(words[index], keys[index], lexicon) \
            and (not feminine or keys[index].endswith("يه")):
        index += 1
    if index == first + 1:
        return None
    if index >= limit:
        return limit  # «توصلت دراسة طبية | في بريطانيا»: the adjectives close the chunk
    following = keys[index]  # «وزير خارجية | كوريا», «رئيس نادي | روما»: a construct goes on
    adverb = words[index].endswith(("اً", "ًا")) or (accusative_shape(following) and not person_noun("ال" + head))
    named = lexicon.is_name(following) and not adverb  # «محكمة مغربية | مؤخرا»; not «وزير خارجية | كوريا»
    return None if following.startswith("ال") or named else index


def not_agreeing(head: str, following: str) -> bool:
    """Whether a word after a feminine indefinite subject cannot be one more of its adjectives: it is not
    feminine («محكمة أمريكية | دعوى», not «صحيفة بريطانية | شهيرة»); after a masculine head any word may be.

    >>> not_agreeing("محكمه", "دعوي"), not_agreeing("صحيفه", "شهيره"), not_agreeing("مسوول", "كبير")
    (True, False, False)
    """
    return head.endswith("ه") and not following.endswith("ه")


def nisba(word: str, key: str, lexicon: Lexicon) -> bool:
    """Whether an indefinite word is a relative adjective («أمريكية», «أمنيون»; not «دعوى», written with «ى»)."""
    if key.startswith("ال") or not word.rstrip("،,").endswith(("ي", "ية", "يون", "يين")) or key in DANGLING \
            or len(key) < 4:
        return False
    clitic = key[:1] in ("ب", "ل", "ك", "و") and key[1:] in lexicon.frequency  # «بولاية», «لبي بي سي»
    return not clitic and "ال" + key in lexicon.frequency and not lexicon.is_name(key)


def complement_word(key: str, lexicon: Lexicon) -> bool:
    """Whether a word is a preposition «ل» or «ب» glued to a common word: the verb's complement («تعرضت كنيسة
    إسبانية | لهجوم»), never more of a subject that a relative adjective closed."""
    return key[:1] in ("ل", "ب") and key[1:] in lexicon.frequency and not lexicon.is_name(key[1:])


def subject_end(keys: tuple[str, ...], first: int, limit: int, lexicon: Lexicon) -> int | None:
    """End of the noun phrase starting at `first`: a construct chain, then adjectives and names.

    An indefinite common noun takes the next word as its complement; once the phrase is definite (a word
    with «ال» or a name), only more such words continue it, and an indefinite common word starts the object.
    «إليه» and «آلية» fold alike («اليه»), as if with «ال»: neither is definite.
    """
    index, definite = first, False
    while index < limit:
        key = keys[index]
        is_definite = key.startswith(("ال", "وال")) and key not in PREPOSITION_PRONOUNS \
            or lexicon.is_name(key) and not _unknown_glued(key, lexicon) \
            or definite and (key in NAME_LINKS or key in TEENS  # «المؤتمر العربي الخامس عشر»
                             or key in POSSESSING)  # «اللعبة ذات الشعبية»: «ذات» and what it has describe it
        if index > first and definite and not is_definite:
            return None if key[:1] in ("ل", "ب", "ك") else index  # «لرئيس»: the phrase may go on
        if index > first and not definite and key[:1] == "ل" and complement_word(key, lexicon):
            return None  # «تستعد شركة كوكاكولا | لشراء ...»: a purpose, not more of a construct chain
        titled = index > first and definite and _person_after_adjective(keys[index - 1], key)
        if titled and lexicon.is_family_name(keys[index - 1]):
            return None  # «قدم مهدي المغراوي | المدير الفني ...»: his post, or whom he presented
        if index > first and definite and (accusative_after_name(keys, index, lexicon)
                                           or _accusative_with_adjective(keys, index, limit, lexicon)
                                           or (titled and no_person(keys[first:index], lexicon))):
            return index
        if not key or not any(ch.isalpha() for ch in key):
            return None
        definite = definite or is_definite
        index += 1
    return index if definite else None


def _unknown_glued(key: str, lexicon: Lexicon) -> bool:
    """Whether a word the archive does not know opens with «ب», «ل» or «ك» and ends as a plural: a preposition on a
    rare noun («بجانيين»: on two culprits), no name («بوياتا», «كروسلاند»).

    >>> lexicon = Lexicon()
    >>> _unknown_glued("بجانيين", lexicon), _unknown_glued("بوياتا", lexicon)
    (True, False)
    """
    return key[:1] in CLITIC_PREPOSITIONS and key.endswith(("ين", "ون", "ات")) and not lexicon.is_common(key)


def _person_after_adjective(previous: str, key: str) -> bool:
    """Whether a person's title follows a relative adjective: after a subject that names no person the object
    starts there («استدعت وزارة الخارجية العراقية | السفير الجزائري»; «ولي العهد السعودي | الأمير محمد» is one
    person); an adjective never names a person.

    >>> _person_after_adjective("العراقيه", "السفير"), _person_after_adjective("الامريكي", "السابق")
    (True, False)
    """
    return definite_nisba(previous) and person_noun(key)


def definite_nisba(key: str) -> bool:
    """Whether a word has the shape of a definite relative adjective («الأمريكية», «العراقي»)."""
    return key.startswith("ال") and key.endswith(("ي", "يه"))


def _accusative_with_adjective(keys: tuple[str, ...], index: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether an accusative-shaped word is followed by a common one that agrees with it: a rare noun with its
    adjective is the object («حقق نادي برشلونة | تأهلا تاريخيا»), where a name is not («ريانا عن ...»), nor a noun
    with a pronoun after a name ending in «ا» («بدأت المركبة هايابوسا | هبوطها»: an adjective takes no pronoun)."""
    following = keys[index + 1] if index + 1 < limit else ""
    return (accusative_shape(keys[index]) and accusative_shape(following) and lexicon.is_common(following)
            and not lexicon.is_name(following) and not lexicon.has_pronoun_suffix(following))


def nationality_before_name(sentence: ChunkedSentence, first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a subject is only masculine relative adjectives («الفرنسي», «الدولي التونسي»: no family name such
    as «السيسي») and a word that may be a first name follows in its chunk («زين الدين زيدان»): the adjective
    stands for the person the name then names, and «الفرنسي يؤكد زين الدين زيدان» would split them."""
    keys = sentence.keys
    if end >= len(keys) or sentence.chunk_at(end) is not None:
        return False
    following = keys[end]
    may_be_name = not (following.startswith("ال") or accusative_shape(following)
                       or lexicon.has_pronoun_suffix(following))
    return may_be_name and all(key.startswith("ال") and key.endswith("ي") and len(key) > 4
                               and not lexicon.is_family_name(key) for key in keys[first:end])
