"""What the writer reads of single words and short phrases: verbs and their tense (`verb_key`, `looks_imperfect`),
plurals and accusatives, persons' titles (`titled`), the start of an object (`object_start`). Whether a reported
clause says something of its subject is in `predicates`.
The subject-first rewrite built on them is in `subject`, attribution as «X: ...» in `speech`.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import (
    CLITIC_PREPOSITIONS,
    COMPLEMENT_VERBS,
    DANGLING,
    NEEDS_COMPLEMENT,
    NEGATIONS,
    SAY_VERBS,
    ChunkedSentence,
    fronted,
)
from service.engines.writer.lexicon import PRONOUN_SUFFIXES, Lexicon
from service.engines.writer.marks import OPENING_QUOTES
from service.engines.writer.times import TIME_WORDS

SOUND_PLURAL_ENDINGS: Final = ("ون", "ين", "ان", "ات")
EMPHATIC_PRONOUNS: Final = frozenset("ذاته ذاتها ذاتهم نفسه نفسها نفسهم انفسهم".split())  # «الوكالة ذاتها»
ADVERB_SHARE: Final = 0.006  # of the articles using «في»: a word ending in «ا» this common is no surname
RARE_READING: Final = 10  # a verb whose «و» reads as a conjunction only when the rest is written a tenth as often
CLAUSE_NEGATIONS: Final = NEGATIONS - {"غير"}  # «غير المشروط» negates a word, not the clause
VERB_PARTICLES: Final = frozenset({"قد", "لقد", "سوف"})  # only ever before a verb: «21 منهم قد استقالوا»
PERSON_TITLES: Final = frozenset("""
رئيس الرئيس وزير الوزير وزيره الوزيره ملك الملك العاهل امير الامير الشيخ نائب النائب النائبه سفير السفير المتحدث
الامين المدير الدكتور المهندس اللاعب المدرب الفنان الفنانه الممثل الممثله الكاتب الكاتبه المطرب المغني المغنيه
النجم المستشار القائد الزعيم المرشح الناشط الناشطه المحامي السيناتور العداء الداعيه المبعوث المخرج الحارس العضو
المتحدثه المحترف المدافع المهاجم الصحفي الصحفيه الاعلامي الاعلاميه الشاعر الشاعره الروائي الروائيه الاستاذ الاستاذه
""".split())
# Titles in construct with what they hold: «نجم المنتخب ...», «مدرب ليفربول», «لاعب باريس سان جرمان».
CONSTRUCT_TITLES: Final = frozenset("نجم مدرب لاعب مدير قائد مستشار مبعوث زعيم متحدث مرشح محافظ عضو".split())
# The word right after one is a given name, whatever else it reads as: «الأمير | فيصل», «المهندس | عبداللطيف»
GIVEN_NAME_TITLES: Final = frozenset("الامير الملك الشيخ المهندس الدكتور الاستاذ اللواء العميد".split())
PLACE_NOUNS: Final = frozenset("""
ولايه مدينه منطقه محافظه جزيره جامعه جنوب شمال شرق غرب وسط دوله مملكه جمهوريه اماره مقاطعه
""".split())  # «في ولاية ...», «في دولة الإمارات»
PERSON_NOUNS: Final = frozenset("""
الخبير الخبيره المحلل الباحث الباحثه الناطق الولي الشاب الشابه الطفل الطفله المواطن المواطنه الرجل المراه السيده
الفتاه الفتي
""".split())
# What words are said in («في بيان», «خلال مؤتمر صحفي», «على هامش ...»)
SPEECH_NOUNS: Final = frozenset("""
تصريح تصريحات بيان بيانات بلاغ مداخله كلمه حديث مقابله مؤتمر لقاء منشور تدوينه تدوينات تغريده تغريدات رساله
اتصال حوار هامش خطاب
""".split())
# What a speaker speaks in or at, not where a subject is: «قال الرئيس في بيان» has no «الرئيس في بيان»
SPEECH_PLACES: Final = SPEECH_NOUNS | frozenset("جلسه اجتماع ندوه برنامج".split())
TIME_NOUNS: Final = frozenset("دقيقه ساعه يوم اسبوع شهر عام سنه موسم جوله مباراه شوط فتره مرحله وقت".split())
# Words right after a verb that are not its subject: objects that idioms put there («كشف النقاب عن», «سلط الضوء
# على», «أسدل الستار على», «ألقي القبض على») and adverbs («وقال أيضا إن ...»)
NOT_SUBJECTS: Final = frozenset("النقاب الضوء الستار القبض ايضا كذلك مجددا سابقا لاحقا بدوره بدورها".split())
# A preposition with a pronoun right after a verb («ونقلت عنه وكالة رويترز»): whom it concerns, not who did it.
PREPOSITION_PRONOUNS: Final = frozenset(preposition + pronoun
                                        for preposition in ("عن", "من", "ل", "ب", "علي", "الي", "في", "مع")
                                        for pronoun in ("ه", "ها", "هم", "هما"))
GLUED_THAT: Final = frozenset("بان بانه بانها بانهم بانهما".split())  # «ب» + «أن»: «وصفت الوزارة الخطوة | بأنها ...»
QUANTITY_HEADS: Final = frozenset("عدد حجم قيمه نسبه اجمالي مجموع معدل حصيله".split())


def looks_imperfect(key: str, lexicon: Lexicon) -> bool:
    """Whether a word may be a present-tense verb: it opens with «ي» or «ت» and the archive has it with the
    other one too («تبلغ» and «يبلغ»), or it is such a verb's plural («يعتمدون», as «يعتمد»).

    >>> lexicon = Lexicon(frequency={"يبلغ": 5, "تبلغ": 4})
    >>> looks_imperfect("تبلغ", lexicon), looks_imperfect("يبلغون", lexicon), looks_imperfect("تلفزيون", lexicon)
    (True, True, False)
    """
    if len(key) < 3 or key[0] not in "يت":
        return False
    if ("ت" if key[0] == "ي" else "ي") + key[1:] in lexicon.frequency:
        return True
    return len(key) > 5 and key.endswith("ون") and looks_imperfect(key[:-2], lexicon)


def purpose_clause(keys: tuple[str, ...], index: int, lexicon: Lexicon) -> bool:
    """Whether word `index` is «ل» before a present-tense verb, which opens a clause of purpose or result that goes
    on from another («... بنسبة 2.3%. | ليصل بذلك إلى ...»), not a name («ليبيا», «ليلى سلمان»).

    >>> lexicon = Lexicon(frequency={"يصل": 90, "تصل": 90, "ذلك": 900, "ليبيا": 90, "يلي": 90, "تلي": 90})
    >>> [purpose_clause(tuple(text.split()), 0, lexicon) for text in ("ليصل بذلك", "ليبيا تعلن", "ليلي سلمان")]
    [True, False, False]
    >>> purpose_clause(("لتلتقطه", "الاذاعه"), 0, Lexicon(frequency={"يلتقط": 9, "تلتقط": 9}))  # with its object
    True
    """
    key, following = keys[index], keys[index + 1] if index + 1 < len(keys) else ""
    if key[:1] != "ل":
        return False
    if not looks_imperfect(key[1:], lexicon):  # «لتلتقطه» is «لتلتقط» with its object
        suffix = next((end for end in PRONOUN_SUFFIXES if key.endswith(end) and len(key) > len(end) + 3), "")
        key = key[:-len(suffix)] if suffix else key
    return looks_imperfect(key[1:], lexicon) and not lexicon.is_name(key) \
        and not (following and lexicon.is_name(following))


def without_future(key: str, lexicon: Lexicon) -> str:
    """A present verb without its future «س» («سيفرض» → «يفرض»), or the key as it is.

    >>> without_future("سيفرض", Lexicon(frequency={"تفرض": 9})), without_future("سجل", Lexicon())
    ('يفرض', 'سجل')
    """
    return key[1:] if key[:1] == "س" and looks_imperfect(key[1:], lexicon) else key


def verb_like(key: str, lexicon: Lexicon) -> bool:
    """Whether a word (without «و»/«ف») may be a verb: a past tense the lexicon knows, a present tense with or
    without the future «س» («ستبدأ»), or a past tense whose present the archive has («احتل», «يحتل»).

    >>> lexicon = Lexicon(frequency={"يحتل": 40, "يبدا": 30, "تبدا": 30})
    >>> verb_like("احتل", lexicon), verb_like("ستبدا", lexicon), verb_like("المشهد", lexicon)
    (True, True, False)
    """
    if key in lexicon.verbs:
        return True
    present = key[1:] if key[:1] == "س" and len(key) > 3 else key
    return looks_imperfect(present, lexicon) or past_with_present(key, lexicon)


def reads_as_verb(key: str, lexicon: Lexicon) -> bool:
    """Whether a word as written may be a verb, with its «و»/«ف» taken as `verb_key` takes it (`verb_like`).

    >>> reads_as_verb("واحتل", Lexicon(frequency={"يحتل": 40})), reads_as_verb("والمشهد", Lexicon())
    (True, False)
    """
    return verb_like(verb_key(key, lexicon), lexicon)


def past_with_present(key: str, lexicon: Lexicon) -> bool:
    """Whether a word reads as a past tense whose present («ي» + the stem, or without its first «ا») is a word
    of the archive: «احتل» (يحتل), «واجهت» (يواجه), «اتفقت» (يتفق)."""
    stem = key[:-1] if key.endswith("ت") else key
    if len(stem) < 3 or stem.startswith("ال"):
        return False
    return "ي" + stem in lexicon.frequency or (stem[0] == "ا" and "ي" + stem[1:] in lexicon.frequency)


def plural_safe(head: str, lexicon: Lexicon) -> bool:
    """Whether a subject's first word takes a singular verb (not «المسؤولون», not a noun editors pluralise)."""
    if head in lexicon.plural_heads or head.endswith("و") and head + "ن" in lexicon.frequency:
        return False  # «مسؤولو المطار»: a plural before its complement
    if head.endswith(("ون", "ين")) and not sound_plural(head, lexicon):
        return True  # «البنتاغون», «الصين»: no other case of a plural is ever written
    return lexicon.is_name(head) or not head.endswith(SOUND_PLURAL_ENDINGS)


def sound_plural(key: str, lexicon: Lexicon) -> bool:
    """Whether a word ending in «ون» or «ين» is a masculine sound plural: the archive writes its other case too,
    or it is a people's relative adjective with «ال» whose singular the archive writes more often.

    >>> lexicon = Lexicon(frequency={"المسؤولين": 9, "المسؤولون": 9, "البنتاغون": 9, "النوبي": 9, "النوبيون": 3,
    ...                              "التلفزيون": 90, "التلفزي": 2})
    >>> sound_plural("المسؤولون", lexicon), sound_plural("البنتاغون", lexicon)
    (True, False)
    >>> sound_plural("عون", Lexicon(frequency={"عين": 90}))
    False
    >>> sound_plural("النوبيون", lexicon), sound_plural("التلفزيون", lexicon), sound_plural("الطوارقيون", lexicon)
    (True, False, True)
    """
    other = "ين" if key.endswith("ون") else "ون" if key.endswith("ين") else None
    if len(key) < 5:
        return False  # «عون», «لون», «دين»: too short for a stem and a plural's ending
    # «النوبيون»: «النوبي» is the commoner, or neither is seen; not «التلفزيون»
    nisba = (key.startswith("ال") and key.endswith(("يون", "يين"))
             and lexicon.frequency.get(key[:-2], 0) >= lexicon.frequency.get(key, 0))
    return other is not None and (nisba or key[:-2] + other in lexicon.frequency)


def accusative_shape(key: str) -> bool:
    """Whether a word has the shape of an indefinite accusative: no «ال», ending in «ا» (the object
    «اجتماعا», the adverb «مرارا»; also a name such as «تركيا», which the callers tell apart).

    >>> accusative_shape("اجتماعا"), accusative_shape("الدنيا"), accusative_shape("ما"), accusative_shape("معها")
    (True, False, False, False)
    """
    return len(key) > 3 and key.endswith("ا") and not key.startswith("ال") and key not in PREPOSITION_PRONOUNS


def accusative_after_name(keys: tuple[str, ...], index: int, lexicon: Lexicon) -> bool:
    """Whether a word ending in «ا» after a definite phrase is no part of it but the object or an adverb
    («حذر الرئيس دونالد ترامب | تركيا من», «أعرب ترامب | مرارا عن»): a word of everyday news (in at least
    ADVERB_SHARE as many articles as «في»; a surname such as «كورتوا» is rarer) that no name follows, as one
    follows a first name («المستشارة أنجيلا ميركل»)."""
    key = keys[index]
    if not accusative_shape(key):
        return False
    if lexicon.frequency.get(key, 0) < ADVERB_SHARE * lexicon.frequency.get("في", 0):
        return False
    return not name_follows(keys, index, lexicon)


def name_follows(keys: tuple[str, ...], index: int, lexicon: Lexicon) -> bool:
    """Whether word `index` is followed as a first name is: by a name («المستشارة أنجيلا | ميركل»), or, when it
    is too rare for an adverb, by a definite word that is no time word (an indefinite accusative has no «ال»
    word after it: «القاضية رشا | الحسيني», but «عقد الوزير اجتماعا | الأحد»).

    >>> lexicon = Lexicon(frequency={"في": 9000, "اجتماعا": 900, "رشا": 20, "الحسيني": 90, "حسيني": 40,
    ...                              "الاحد": 900, "احد": 900, "الخبراء": 900, "خبراء": 900})
    >>> [name_follows(keys, 1, lexicon) for keys in (("القاضيه", "رشا", "الحسيني"), ("الوزير", "اجتماعا", "الاحد"),
    ...                                               ("الوزير", "اجتماعا", "الخبراء"))]
    [True, False, False]
    """
    following = keys[index + 1] if index + 1 < len(keys) else ""
    if not following or following in DANGLING or accusative_shape(following) or lexicon.has_pronoun_suffix(keys[index]):
        return False  # «اجتماعا | تنسيقيا»: an adjective that agrees; «فوزها | الأول»: a noun with its pronoun
    if lexicon.is_name(following) or lexicon.is_family_name(following):
        return True
    rare = lexicon.frequency.get(keys[index], 0) < ADVERB_SHARE * lexicon.frequency.get("في", 0)
    return rare and following.startswith("ال") and following not in TIME_WORDS


def bare_word(key: str) -> str:
    """A key without a leading conjunction «و»/«ف» when the rest is long enough to be a word."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def past_verb(key: str, lexicon: Lexicon) -> bool:
    """Whether a word reads only as a past-tense verb (`Lexicon.verbs`, not also a noun seen with «ال»): about
    one headline in a thousand of the archive ends on one, and those mostly on a noun that is written so
    («تراجع»); an output ending on «اجتمع», «ووصلت» or «حصلت» has lost what followed.

    >>> lexicon = Lexicon(frequency={"التراجع": 60}, verbs={"اجتمع": "يجتمع", "تراجع": "يتراجع"})
    >>> [past_verb(key, lexicon) for key in ("اجتمع", "واجتمع", "تراجع", "اجتماع")]
    [True, True, False, False]
    """
    verb = verb_key(key, lexicon)
    return verb in lexicon.verbs and not lexicon.is_common("ال" + verb)


def verb_key(key: str, lexicon: Lexicon) -> str:
    """The key a word is looked up by as a verb: without a leading conjunction («وأعلنت» → «اعلنت»), unless
    only the word as written is a verb, its «و»/«ف» the verb's own («وافقت», «فازت»), or the word without it is
    hardly ever written (`RARE_READING`: «صلت» beside «وصلت»). A word that reads both ways is taken with a
    conjunction: «ودعت» is «and called» before «bade farewell».

    >>> lexicon = Lexicon(verbs={"وافقت": "توافق", "اعلنت": "تعلن", "ودعت": "تودع", "دعت": "تدعو", "وصلت": "تصل",
    ...                          "صلت": "تصلي"}, frequency={"وصلت": 900, "صلت": 3})
    >>> [verb_key(key, lexicon) for key in ("وافقت", "واعلنت", "ودعت", "وصلت")]
    ['وافقت', 'اعلنت', 'دعت', 'وصلت']
    >>> verb_key("وكيل", Lexicon(frequency={"وكيل": 999, "كيل": 17})), verb_key("وقتل", Lexicon())
    ('وكيل', 'قتل')
    """
    bare = bare_word(key)
    if bare == key or bare in lexicon.verbs and key not in lexicon.verbs:
        return bare
    rare = lexicon.frequency.get(bare, 0) * RARE_READING < lexicon.frequency.get(key, 0)
    if key not in lexicon.verbs:
        return key if rare else bare  # «وكيل» is no «و» + «كيل»
    return key if bare not in lexicon.verbs or rare else bare


def titled(subject: tuple[str, ...]) -> bool:
    """Whether a subject holds a person's title or kind, after which «في ...» is their field, not a place
    («الخبير في الشأن الليبي», not «الشرطة في إندونيسيا»)."""
    return any(person_noun(key) or person_noun("ال" + key) for key in subject)


def person_noun(key: str) -> bool:
    """Whether a definite word names a person by title or kind («الرئيس», «السفيرة», «الشاب»)."""
    return key in PERSON_TITLES or key.removesuffix("ه") in PERSON_TITLES or key in PERSON_NOUNS


def day_is_family_name(sentence: ChunkedSentence, time: int) -> bool:
    """Whether the time chunk `time` is a man's family name, a post following it: «أوضح محمد | الخميس | رئيس
    اللجنة» (no run drops it, and it ends no subject)."""
    following = time + 1
    return following < len(sentence.chunks) and person_noun(sentence.keys[sentence.chunks[following].start])


def no_person(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a subject names no person (no title, no name): after «الرئيس السوداني» an indefinite word may be
    his first name («عمر البشير»), after a name a title in apposition («سالفيني زعيم حزب ...»).

    >>> no_person(("الحكومه", "المصريه"), Lexicon()), no_person(("الرئيس", "السوداني"), Lexicon())
    (True, False)
    """
    return not titled(subject) and not any(lexicon.is_name(key) for key in subject)


def object_start(key: str, lexicon: Lexicon) -> bool:
    """Whether an indefinite word right after a definite subject that names no person starts the object: a
    common noun that is no verb, particle or emphatic pronoun («قررت الحكومة المصرية | رفع الأسعار»;
    «الوكالة ذاتها» is one phrase).

    >>> lexicon = Lexicon(frequency={"رفع": 90, "يرفع": 40}, definite_share={"رفع": 0.3})
    >>> object_start("رفع", lexicon), object_start("ذاتها", lexicon), object_start("يرفع", lexicon)
    (True, False, False)
    >>> object_start("معها", Lexicon(frequency={"معها": 90}))
    False
    """
    if key in EMPHATIC_PRONOUNS or (key in DANGLING and key not in NEEDS_COMPLEMENT) or key in COMPLEMENT_VERBS \
            or key in SAY_VERBS or key in PREPOSITION_PRONOUNS or looks_imperfect(key, lexicon):
        return False  # a particle («معها»), a verb; a quantity («أكثر من 100», «أول خسارة») is an object
    return lexicon.is_common(key) and not lexicon.is_name(key)


def glued_preposition(key: str, lexicon: Lexicon) -> bool:
    """Whether a word is «ب»/«ل»/«ك» glued to a commoner word, a prepositional phrase and no statement: a
    sentence split mid-way may open so («بحفلات تخرجهن وأعياد الميلاد ...»); «بحث», «كانت» and «بطولة» are words.

    >>> lexicon = Lexicon(frequency={"حفلات": 300, "بحفلات": 20, "بطوله": 900, "طوله": 40})
    >>> glued_preposition("بحفلات", lexicon), glued_preposition("بطوله", lexicon)
    (True, False)
    """
    return len(key) > 4 and key[0] in CLITIC_PREPOSITIONS and key not in lexicon.verbs \
        and not reads_as_verb(key, lexicon) and lexicon.frequency.get(key[1:], 0) > lexicon.frequency.get(key, 0)


_GLUED_DEMONSTRATIVES: Final = frozenset("بهذا بهذه بذلك بتلك بهذين بهاتين بهؤلاء".split())  # «رحب ... | بهذه الأنباء»


def glued_complement(key: str, lexicon: Lexicon) -> bool:
    """Whether a word opens with «ب» glued to another (`glued_preposition`, «بأن», or a quotation): how a
    complement of «ب» opens («طالب المتظاهرون | بالإفراج», «وصفت الوزارة الخطوة | بأنها ...», «وصف الاتفاق |
    بـ"التاريخي"», «نددت المنظمة | بما اعتبرته ...»).

    >>> lexicon = Lexicon(frequency={"الافراج": 300, "بالافراج": 20, "لقاء": 90, "للقاء": 9})
    >>> [glued_complement(key, lexicon) for key in ("بالافراج", "بانها", 'ب"التاريخي', "للقاء", "بيان", "بهذه", "بما")]
    [True, True, True, False, False, True, True]
    """
    return key in GLUED_THAT or key in _GLUED_DEMONSTRATIVES or key == "بما" \
        or key.startswith("ب") and (key[1:2] in OPENING_QUOTES or glued_preposition(key, lexicon))


def opens_adjunct(key: str, lexicon: Lexicon | None) -> bool:
    """Whether a word opens a phrase of when, where or how rather than a statement: a preposition or a fronted
    clause word (`chunks.fronted`: «وفي», «بينما»), or, with a `lexicon`, «ب»/«ل»/«ك» glued to a commoner word
    (`glued_preposition`: «بالتعاون», «بحفلات»).

    >>> lexicon = Lexicon(frequency={"التعاون": 300, "بالتعاون": 20})
    >>> opens_adjunct("وفي", None), opens_adjunct("بالتعاون", lexicon), opens_adjunct("بالتعاون", None)
    (True, True, False)
    """
    return fronted(key) or (lexicon is not None and glued_preposition(key, lexicon))
