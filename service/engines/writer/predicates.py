"""Whether a reported clause after a bare «أن»/«إن» says something of its subject (`clause_has_predicate`):
«أكدت المصادر أن عدد القتلى» does not, «... أن عدد القتلى ارتفع» does.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import COMPLEMENT_VERBS, DANGLING, NAME_LINKS, PREPOSITIONS, RELATIVES, SAY_VERBS
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import (
    CLAUSE_NEGATIONS,
    QUANTITY_HEADS,
    VERB_PARTICLES,
    bare_word,
    person_noun,
    reads_as_verb,
    verb_key,
)
from service.engines.writer.times import TIME_WORDS, YEAR_NOUNS

# Of the articles using «في»: a word this common after a place preposition is a noun («على استعداد»), a rarer one
# may be a place's name («في نيبال»)
PLACED_SHARE: Final = 0.002
_QUOTES: Final = "\"'«“"
FA_INNA_REACH: Final = 30  # words back from a compression's end in which a «فإن» is sought (linear time)
MAX_TITLE_WORDS: Final = 3  # a title and its adjectives opening a clause, before the name: «الرئيس السوداني | عمر ...»
# After a definite subject these start no predicate: «أن عدد القتلى | في الهجوم», «الانسحاب | غير المشروط»
NOT_PREDICATES: Final = PREPOSITIONS | RELATIVES | frozenset({"غير"})
_RELATIVE_AUXILIARIES: Final = frozenset("كان كانت كانوا قد لقد".split())  # «الذي كان قد غادر»: a verb follows
# Verbs a clause's predicate may be whose present the archive cannot confirm («جاءت», «يأتي»).
PREDICATE_VERBS: Final = SAY_VERBS | COMPLEMENT_VERBS | frozenset("جاء جاءت اتي اتت".split())
# Words that hold a nominal clause's predicate: «أن له دورا», «أن هناك مخاوف», «أن النادي بصدد ...».
PREDICATE_WORDS: Final = frozenset("له لها لهم لديه لديها لديهم هناك هنالك بصدد".split())
SEPARATING_PRONOUNS: Final = frozenset("هو هي هم هما هن".split())  # «الهدف ... هو ...»
_NO_VERB_AFTER: Final = PREPOSITIONS | {"نحو"}  # a word after a preposition is a noun: «بالسير نحو نزع الأسلحة»
PREDICATE_MARKS: Final = CLAUSE_NEGATIONS | VERB_PARTICLES | PREDICATE_VERBS | PREDICATE_WORDS
# Prepositions whose phrase can be a nominal clause's predicate («أن الفلسطينيين على استعداد»); «عن», «من», «إلى»
# and «ل»/«ب» phrases describe the subject instead («أن التقارير الأخيرة | عن إساءات ...» says nothing yet).
PLACE_PREPOSITIONS: Final = frozenset("في علي لدي عند مع تحت فوق بين داخل خارج امام خلف قرب".split())


def clause_has_predicate(keys: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the words of a clause after a bare «أن»/«إن» say something of its subject: a verb (not one of a
    relative clause, which goes on after «و», nor a word right after a preposition), a negation, an indefinite word
    after a definite one (a nominal predicate), a pronoun of separation («المرأة التي وجدت ...، هي زوجته»), or a
    place preposition with an indefinite word after it («على استعداد»).

    >>> lexicon = Lexicon(frequency={"يرتفع": 9, "ترتفع": 9, "استعداد": 9}, definite_share={"مستقر": 0.4,
    ...                                                                                  "استعداد": 0.3})
    >>> [clause_has_predicate(tuple(text.split()), lexicon)
    ...  for text in ("عدد القتلى", "عدد القتلى يرتفع", "الوضع مستقر", "مشاركتها", "العدد الذي يرتفع")]
    [False, True, True, False, False]
    >>> [clause_has_predicate(tuple(text.split()), lexicon) for text in ("الفريق علي استعداد", "عدد القتلى في الهجوم")]
    [True, False]
    >>> lexicon = Lexicon(frequency={"في": 9000, "استعداد": 900, "نيبال": 9},
    ...                   definite_share={"استعداد": 0.3, "نيبال": 0.1})
    >>> [clause_has_predicate(tuple(text.split()), lexicon) for text in ("الفريق علي استعداد", "السياحه في نيبال")]
    [True, False]
    >>> clause_has_predicate(("ما", "قدمته", "القوات"), Lexicon(frequency={"يقدم": 9}))  # what they gave: no predicate
    False
    >>> clause_has_predicate(("وضع", "الاسد"), Lexicon(frequency={"الوضع": 9}))  # «إن وضع الأسد»: a noun first
    False
    >>> lexicon = Lexicon(frequency={"محمود": 900, "يصل": 9, "مؤشر": 900}, definite_share={"مؤشر": 0.4})
    >>> clause_has_predicate(tuple("لجنه الكره التي يتراسها محمود طاهر".split()), lexicon)
    False
    >>> clause_has_predicate(tuple("المستوي الذي وصل اليه هؤلاء في العنصريه مؤشر".split()), lexicon)
    True
    >>> lexicon = Lexicon(frequency={"اعلنت": 90, "يوم": 900, "اليوم": 900, "يوما": 90, "توما": 9})
    >>> clause_has_predicate(tuple("حاله الطوارئ التي اعلنت لثلاثين يوما".split()), lexicon)
    False
    """
    if keys and _present_after_an(keys[0], lexicon):
        return True
    definite = relative = placed = described = after_relative = False
    for position, key in enumerate(keys):
        bare = bare_word(key)
        after_relative = after_relative and bare not in DANGLING  # «الذي وصل إليه ... | في العنصرية | مؤشر»
        relative = relative and bare not in PREPOSITIONS  # a relative clause whose verb the archive does not know
        if placed and not after_relative and lexicon.is_indefinite_noun(bare) and bare not in DANGLING \
                and lexicon.frequency.get(bare, 0) >= PLACED_SHARE * lexicon.frequency.get("في", 0):
            return True  # «أن الفلسطينيين على استعداد», not «أن عدد القتلى في الهجوم», «أن السياحة في نيبال»
        placed = definite and not described and bare in PLACE_PREPOSITIONS
        following = keys[1] if position == 0 and len(keys) > 1 else ""
        if key in SEPARATING_PRONOUNS and position > 0 and keys[position - 1] not in RELATIVES:
            return True  # «المرأة التي وجدت ...، هي زوجته»: the pronoun of separation opens the predicate
        if bare in RELATIVES or (position == 0 and bare in ("ما", "من") and following not in ("زال", "زالت")
                                 and not following.startswith("ال")):  # «إن من الحلول ... هو»: a preposition
            relative = described = True  # its verb describes the subject («الذين انتقدوا القانون», «أن ما قدمته»)
            continue
        if bare in PREDICATE_MARKS or (
                not bare.startswith("ال") and bare not in QUANTITY_HEADS and bare not in NOT_PREDICATES
                and reads_as_verb(key, lexicon)  # «على» is no verb «علا» here
                and not lexicon.is_indefinite_accusative(bare)  # «لثلاثين | يوما»: a counted noun, no «يوم» verb
                and not (position == 0 and lexicon.is_common("ال" + bare))  # «إن وضع الأسد»: a noun first
                and not (position > 0 and keys[position - 1] in _NO_VERB_AFTER)  # «نحو نزع الأسلحة»: a noun
                and not (position > 0 and _conjoined(key, bare, lexicon))  # «، واسمها»: joined to the subject
                and not _first_name_after_title(keys, position)):  # «الرئيس السوداني | عمر»: no verb «عمّر»
            if not relative and not (described and verb_key(key, lexicon) != key) \
                    and not _describes_indefinite(keys, position, lexicon):
                return True  # not «الذي غادر قريته، | واستقر ...»: a verb of the relative clause still
            if relative and bare in _RELATIVE_AUXILIARIES and position + 1 < len(keys) and (
                    keys[position + 1] in VERB_PARTICLES or reads_as_verb(keys[position + 1], lexicon)):
                continue  # «الذي كان قد غادر»: one verb of the relative clause
            relative, after_relative = False, True  # what follows is the relative clause's («يترأسها محمود طاهر»)
            continue
        unlike = bare == "غير" and position + 1 < len(keys) and not keys[position + 1].startswith("ال")  # «غير مقبولة»
        if definite and not relative and not after_relative and bare[:1].isalnum() \
                and not bare.startswith(("ال", "ل", "ب", "ك")) and not _conjoined(key, bare, lexicon) \
                and (bare not in NOT_PREDICATES and not lexicon.is_name(bare) or unlike) \
                and not _first_name_after_title(keys, position) and not _name_or_year(keys, position):
            return True
        definite = bare.startswith("ال") or (definite and lexicon.is_name(bare) and bare not in DANGLING)  # «عن»
    return False


def glued_noun(key: str, lexicon: Lexicon) -> bool:
    """Whether a word is a noun with «ل» or «ب» glued on, which the word after it completes («لوجود | أحد», no verb
    «أحدّ»).

    >>> lexicon = Lexicon(frequency={"وجود": 90, "يؤكد": 90}, definite_share={"وجود": 0.4})
    >>> glued_noun("لوجود", lexicon), glued_noun("ليؤكد", lexicon)
    (True, False)
    """
    return key[:1] in ("ل", "ب") and lexicon.is_indefinite_noun(key[1:]) and not reads_as_verb(key[1:], lexicon)


def fa_inna_unfinished(words: tuple[str, ...], keys: tuple[str, ...], end: int, lexicon: Lexicon) -> bool:
    """Whether words up to `end` stop in a clause that «فإن» opens before its predicate: «أكثر من ذلك فإن غريغ
    باركر وزير الطاقة السابق» says nothing of him yet. Only «فإن» as written with «إ» counts (a bare «فان» may be
    the «van» of a name: «فان هورميرن»).

    >>> words = tuple("أكثر من ذلك فإن الوزير السابق هو المدير".split())
    >>> keys = tuple("اكثر من ذلك فان الوزير السابق هو المدير".split())
    >>> fa_inna_unfinished(words, keys, 6, Lexicon()), fa_inna_unfinished(words, keys, 8, Lexicon())
    (True, False)
    """
    opened = next((at for at in range(end - 1, max(-1, end - FA_INNA_REACH - 1), -1)
                   if words[at].lstrip(_QUOTES).startswith("فإن")), None)
    return opened is not None and not clause_has_predicate(keys[opened + 1:end], lexicon)


def _first_name_after_title(keys: tuple[str, ...], position: int) -> bool:
    """Whether word `position` is in the name of the person a title and its adjective open the clause with, up to
    two words after them («الرئيس السوداني | عمر حسن البشير»: «عمر», «حسن» are common words and verbs too), a
    family name with «ال» following within two words; not a predicate after them («أن الرئيس السوداني مريض»).

    >>> keys = tuple("الرئيس السوداني عمر حسن البشير".split())
    >>> _first_name_after_title(keys, 2), _first_name_after_title(keys, 3)
    (True, True)
    >>> _first_name_after_title(("الرئيس", "السوداني", "مريض"), 2), _first_name_after_title(("الصحفيه", "غادرت"), 1)
    (False, False)
    """
    anchor = next((at for at in range(position - 1, max(-1, position - 3), -1) if keys[at].startswith("ال")), None)
    return anchor is not None and 0 < anchor < MAX_TITLE_WORDS and person_noun(keys[0]) and keys[anchor].endswith("ي") \
        and any(key.startswith("ال") for key in keys[position + 1:position + 3])


def _name_or_year(keys: tuple[str, ...], position: int) -> bool:
    """Whether word `position` opens a name that goes on («سليم | بن غالم») or a year («سنة | 2012»): after a
    definite word it is no nominal predicate («أن الإرهابي الفرنسي سليم بن غالم ...», «أن أعداد ... في الضفة
    الغربية سنة 2012 ...» say nothing yet).

    >>> _name_or_year(tuple("الارهابي سليم بن غالم".split()), 1), _name_or_year(tuple("الضفه سنه 2012".split()), 1)
    (True, True)
    >>> _name_or_year(tuple("الوضع سليم".split()), 1)
    False
    """
    following = keys[position + 1] if position + 1 < len(keys) else ""
    return following in NAME_LINKS or keys[position] in YEAR_NOUNS and following[:1].isdigit()


def _conjoined(key: str, bare: str, lexicon: Lexicon) -> bool:
    """Whether a word opens with the conjunction «و»/«ف» (the word without it is the commoner): a word joined to
    what went before, never the start of a nominal predicate («أن النتائج ...، وخاصة على المخ»; not «واضح»).

    >>> lexicon = Lexicon(frequency={"وخاصه": 9, "خاصه": 60, "واضح": 10})
    >>> [_conjoined(key, key[1:], lexicon) for key in ("وخاصه", "واضح")]
    [True, False]
    """
    return key != bare and lexicon.frequency.get(bare, 0) > lexicon.frequency.get(key, 0)


def _describes_indefinite(keys: tuple[str, ...], position: int, lexicon: Lexicon) -> bool:
    """Whether the verb at `position` describes the indefinite noun before it, a relative clause without «الذي»: it
    holds the noun as its pronoun, its own subject after it («بقايا صواريخ | أطلقها الحوثيون»), not a time.

    >>> lexicon = Lexicon(frequency={"يطلق": 90, "يداهم": 90})
    >>> [_describes_indefinite(tuple(text.split()), 2, lexicon) for text in ("بقايا صواريخ اطلقها الحوثيون",
    ...                                                                        "قوه امنيه داهمته الليله")]
    [True, False]
    """
    key, following = keys[position], keys[position + 1] if position + 1 < len(keys) else ""
    stem = next((key[:-len(pronoun)] for pronoun in ("هما", "ها", "هم", "ه") if key.endswith(pronoun)), "")
    return 0 < position and not keys[position - 1].startswith("ال") and len(stem) > 2 and reads_as_verb(stem, lexicon) \
        and following.startswith("ال") and following not in TIME_WORDS and following not in DANGLING


def _present_after_an(key: str, lexicon: Lexicon) -> bool:
    """Whether the first word after «أن» is a present tense: it opens with «ي» («أن يعود»), or with «ت», «ن» or
    «ا» and the archive has it with «ي» («أن نظل», «يظل»), and not with «ال» (an elative: «إن أصعب مباراة | هي»).

    >>> lexicon = Lexicon(frequency={"يظل": 9, "يصعب": 9, "الاصعب": 9})
    >>> _present_after_an("نظل", lexicon), _present_after_an("اصعب", lexicon)
    (True, False)
    """
    if len(key) < 3:
        return False
    return key[0] == "ي" or (key[0] in "تنا" and "ي" + key[1:] in lexicon.frequency
                             and not lexicon.is_common("ال" + key))
