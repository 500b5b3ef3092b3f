"""Doubts about a subject found for a verb-first clause: where it may hold a second noun or the verb's object, it is
not put first («كشفت شركة أبل النقاب» is not «شركة أبل النقاب تكشف»)."""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import (
    CLITIC_PREPOSITIONS,
    DANGLING,
    FRONTED_CLAUSES,
    NAME_LINKS,
    PREPOSITIONS,
    SAY_VERBS,
    ChunkedSentence,
    closed_by_comma,
)
from service.engines.writer.lexicon import NAME_PARTICLES, Lexicon
from service.engines.writer.marks import unbalanced_pairs
from service.engines.writer.noun_phrase import (
    adjective_shape,
    nisba_then_noun,
    participle,
    participle_like,
)
from service.engines.writer.objects import resumed_object
from service.engines.writer.places import verbal_noun
from service.engines.writer.rewrite import accusative_shape, person_noun, reads_as_verb, titled, verb_key
from service.engines.writer.times import past_time_at_end

OBLIQUE_SHARE: Final = 4  # «الهدفين» is seen half as often as «هدفي», «السامين» a fiftieth as often as «سامي»
# Adverbs after a subject of names: «زار جونسون واشنطن حاليا», «اتهم روبرت كروسلاند رسميا» (passive) have no object
TIME_ADVERBS: Final = frozenset("سابقا حاليا مجددا مرارا لاحقا مؤخرا رسميا علنا".split())
BARE_THAT: Final = frozenset("ان انه انها انهم".split())  # «أكدت ميغان ماركل | أن ...»: what was said is the object
# Nouns of a number of people in the nominative (no «ا»: the object would be «عددا من»), the subject after the
# object in «حضر الحفل عدد من المسؤولين», «يباشر الحادث فرق من المرور»
GROUP_NOUNS: Final = frozenset("عدد العديد جمع حشد لفيف فريق فرق مجموعه وفد".split())
MIN_TWO_NAMES: Final = 4  # names at a titled subject's end that are two people's
DUAL_SINGULAR_RATIO: Final = 3  # times as many articles with the singular as with the word in «ا» for it to be a dual


def subject_doubtful(sentence: ChunkedSentence, start: int, subject_end: int, lexicon: Lexicon) -> bool:
    """Whether a subject found for the verb opening chunk `start` (ending before word `subject_end`) may hold a
    second noun or the object: two coordinated nouns (the verb would be dual) or a name followed by a definite
    common word (within the chunk: «كشفت شركة أبل النقاب» is not «شركة أبل النقاب تكشف», «انتقد ريفلين القانون»
    not «ريفلين القانون ينتقد»); or a quotation that opens in it («قال آبي "أريد أن ...»)."""
    keys, first = sentence.keys, sentence.chunks[start].start + 1
    if unbalanced_pairs(" ".join(sentence.words[first:subject_end])) or _oblique_construct(keys[first], lexicon):
        return True  # «سجل هدفي الفوز | فخر الدين ...»: the object put before the subject
    if subject_end - first > 1 and verbal_noun(keys[subject_end - 1]):
        return True  # «أعلنت إدارة النادي الأهلي التوقيع رسميا»: the verbal noun is the object
    if subject_end < len(keys) and keys[subject_end] in TIME_ADVERBS \
            and participle_like(keys[subject_end - 1]):
        return True  # «حذر بخاري الموجود | حاليا في واشنطن»: the adverb goes with the participle, not the verb
    if _gender_disagrees(sentence, first, lexicon):
        return True  # «انتقد الحكومة نواب المعارضة»: a masculine verb, so «الحكومة» is its object
    if _post_after_subject(keys, first, subject_end, lexicon):
        return True  # «وصف سامي الكعبي | النائب في البرلمان، بيان ...»: his post, not whom he described
    between = keys[subject_end:subject_end + 2]
    if between[:1] == ("بين",) and not (len(between) > 1 and between[1][:1].isdigit()):
        return True  # «أكد اللقاء الأخير | بين السيسي وبلينكن»: what a noun is between is part of it (a range, «بين 7
        # و12», is the verb's: «تتراوح درجات الحرارة | بين ...»)
    if subject_end < len(keys) and _qualified_by_nisba(keys[subject_end - 1], keys[subject_end], lexicon):
        return True  # «أقدم معتل | نفسيا على ...»: «نفسيا» says how he is ill, «معتل يقدم نفسيا» garbles it
    subject = keys[first:subject_end]
    if past_time_at_end(subject):
        return True  # «قالت الشركة العام الماضي إن ...»: when it spoke, no part of who
    if _name_after_adjective(sentence, first, subject_end, lexicon):
        return True  # «تتهم وكالات المخابرات الأمريكية | موسكو بالتدخل»: the name is the object
    if any(participle(one) and two.startswith("ال") and not two.endswith(("ي", "يه")) and not adjective_shape(two)
           or nisba_then_noun(one, two, lexicon) for one, two in zip(subject, subject[1:], strict=False)):
        return True  # «تعيد شهادات المرضى الصادمة | الجدل»: a participle's adjectives would have its shape;
        # «وصفت وزارة الخارجية التركية | الخطوة الألمانية»: after a relative adjective, a new phrase, the object
    end = subject_end
    if end < len(keys) and not closed_by_comma(sentence.words, end) and lexicon.may_open_with_and(keys[end]) \
            and not reads_as_verb(keys[end], lexicon):
        return True  # «تحوي منطقة القصيم | ومحافظاتها أماكن ...»: a noun coordinated after it, the verb's too
    if titled(subject) and _two_names(subject, lexicon):
        return True  # «اختار الرئيس الأمريكي دونالد ترامب | جون بولتون، ...»: the second name is the object
    if _noun_after_construct(subject, lexicon):
        return True  # «دعت نقابة الأطباء | الأهالي إلى ...»: a construct is whole, the noun after it the object
    if subject_end - first > 1 and dual_construct(keys[first], lexicon):
        return True  # «وقع طرفا النزاع ...»: two take a dual verb («يوقعان»), which no form here writes
    if subject_end + 1 < len(keys) and keys[subject_end] in GROUP_NOUNS and keys[subject_end + 1] in ("من", "كبير"):
        return True  # «شرّف لقاء الافتتاح | عدد كبير من المسؤولين»: the verb's subject comes after its object
    return _coordinated(subject, lexicon) or _name_then_noun(
        keys[first:min(subject_end, sentence.chunks[start].end)], lexicon) \
        or _names_without_object(sentence, start, subject_end, lexicon) \
        or _object_before_time(sentence, start, subject_end, lexicon) \
        or _described_by_min(sentence, start, subject_end, lexicon)


def _gender_disagrees(sentence: ChunkedSentence, first: int, lexicon: Lexicon) -> bool:
    """Whether the noun right after a past verb is feminine in «ة» while the verb is masculine (no «ت»): a feminine
    subject right after its verb makes it feminine («أعلنت الحكومة»), so the noun is the object and the subject
    comes later («انتقد الحكومة | نواب المعارضة»); a name or a plural of people is left alone («قال أسامة»,
    «حذر قادة الشرطة»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"انتقد": "ينتقد", "انتقدت": "تنتقد"})
    >>> [_gender_disagrees(chunk_sentence(text), 1, lexicon) for text in ("انتقد الحكومة نواب", "انتقدت الحكومة")]
    [True, False]
    """
    verb = verb_key(sentence.keys[first - 1], lexicon)
    return verb in lexicon.verbs and not verb.endswith("ت") \
        and sentence.words[first].rstrip("،,.:\"»”").endswith("ة") and not lexicon.is_name(sentence.keys[first]) \
        and sentence.keys[first] not in lexicon.plural_heads  # «حذر قادة الشرطة»: a plural of people


def dual_construct(key: str, lexicon: Lexicon) -> bool:
    """Whether a word ending in «ا» is a dual before its complement («طرفا النزاع», «وزيرا الخارجية»): the archive
    writes its dual in «ين» and its singular far more often than the word; not a country («تركيا» is commoner than
    «تركي», «سوريا» than «سوري»).

    >>> lexicon = Lexicon(frequency={"طرفا": 138, "طرف": 861, "طرفين": 20, "تركيا": 2302, "تركي": 1142, "تركيين": 9})
    >>> dual_construct("طرفا", lexicon), dual_construct("تركيا", lexicon)
    (True, False)
    """
    stem = key[:-1]
    return len(key) > 3 and key.endswith("ا") and stem + "ين" in lexicon.frequency \
        and lexicon.frequency.get(stem, 0) >= DUAL_SINGULAR_RATIO * lexicon.frequency.get(key, 0)


def _described_by_min(sentence: ChunkedSentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether an indefinite subject goes on with «من» that is not its verb's: what it is made of, its part of the
    subject («دعا فريق دولي | من الباحثين إلى ...» is not «فريق دولي يدعو من الباحثين إلى ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"دعا": "يدعو"}, verb_prepositions={"دعا": frozenset({"الي"})},
    ...                   frequency={"فريق": 900}, definite_share={"فريق": 0.5})
    >>> _described_by_min(chunk_sentence("دعا فريق دولي من الباحثين إلى تعزيز التدابير"), 0, 3, lexicon)
    True
    """
    keys = sentence.keys
    first = sentence.chunks[start].start + 1
    if end >= len(keys) or keys[end] != "من" or keys[first].startswith("ال") or lexicon.is_name(keys[first]):
        return False
    verb = lexicon.past_of(verb_key(keys[sentence.chunks[start].start], lexicon))
    return "من" not in lexicon.verb_prepositions.get(verb, ()) and lexicon.complements.get(verb) != "من"


def _object_before_time(sentence: ChunkedSentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the subject of a verb that takes an object runs up to a time after which the sentence ends or a new
    clause opens («حيث», «حين», «الذي»): the object stood before the time, within what seemed the subject («يزور
    رئيس الوزراء بنيامين نتنياهو موسكو | يوم الأربعاء | حيث ...» is not «... نتنياهو موسكو يزور»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"حسم": "يحسم"}, transitive=frozenset({"حسم"}))
    >>> _object_before_time(chunk_sentence("حسم برشلونة لقب الدوري يوم الأحد، حين هزم منافسه"), 0, 4, lexicon)
    True
    >>> _object_before_time(chunk_sentence("حسم برشلونة يوم الأحد لقب الدوري"), 0, 2, lexicon)
    False
    """
    chunks, keys = sentence.chunks, sentence.keys
    at = sentence.chunk_at(end)
    verb = lexicon.past_of(verb_key(keys[chunks[start].start], lexicon))
    if at is None or chunks[at].kind != "time" or verb not in lexicon.transitive:
        return False
    return at + 1 >= len(chunks) or chunks[at + 1].kind in ("tail", "relative") \
        or keys[chunks[at + 1].start] in FRONTED_CLAUSES


def _name_after_adjective(sentence: ChunkedSentence, first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a subject that names no person has a bare name after its relative or other definite adjective: a new
    noun phrase, the object («وكالات المخابرات الأمريكية | موسكو», «الولايات المتحدة | إيران»). After a title or a
    person's nationality the name is the person («الرئيس الأمريكي دونالد ترامب», «البرازيلي ويليان»), and a quoted
    one names the body («شركة بترول أبوظبي الوطنية "أدنوك"»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> sentence = chunk_sentence("تتهم وكالات المخابرات الأمريكية موسكو بالتدخل")
    >>> _name_after_adjective(sentence, 1, 5, Lexicon(frequency={"وكالات": 90, "المخابرات": 90}))
    True
    """
    keys, words = sentence.keys, sentence.words
    head = keys[first]
    if titled(keys[first:end]) or person_noun(head) or head.startswith("ال") and head.endswith("ي"):
        return False  # «الدبلوماسي الأميركي وولتر ميلر»: a person by his trade
    at = end - 1  # one name closing the subject: a person's would run on («الأرجنتينية | دييغو أرماندو مارادونا»)
    return at >= first + 2 and keys[at - 1].startswith("ال") \
        and not keys[at].startswith("ال") and keys[at][:1] not in CLITIC_PREPOSITIONS and keys[at] not in DANGLING \
        and lexicon.is_name(keys[at]) and words[at][:1].isalpha()  # not «الدولية | للصليب الأحمر», «| غير»


def _post_after_subject(keys: tuple[str, ...], first: int, end: int, lexicon: Lexicon) -> bool:
    """Whether an untitled subject is followed by a post and a phrase of where or of what («سامي الكعبي | النائب في
    البرلمان»): the post may be the subject's, not the object (a doubt keeps the verb first).

    >>> keys = tuple("وصف سامي الكعبي النائب في البرلمان بيان".split())
    >>> _post_after_subject(keys, 1, 3, Lexicon(frequency={"سامي": 9}))
    True
    """
    if end + 1 >= len(keys) or not person_noun(keys[end]) or titled(keys[first:end]):
        return False
    following = keys[end + 1]
    return following in PREPOSITIONS or following[:1] in ("ل", "ب") and lexicon.is_common(following[1:])


def _qualified_by_nisba(last: str, following: str, lexicon: Lexicon) -> bool:
    """Whether an indefinite participle is followed by an accusative relative adjective that qualifies it («معتل
    نفسيا», «مطلوب دوليا»).

    >>> lexicon = Lexicon(frequency={"النفسي": 90, "الاساسي": 90})
    >>> _qualified_by_nisba("معتل", "نفسيا", lexicon), _qualified_by_nisba("لانزيني", "اساسيا", lexicon)
    (True, False)
    """
    return last[:1] == "م" and 4 <= len(last) <= 6 and len(following) > 4 and following.endswith("يا") \
        and lexicon.is_common("ال" + following[:-1])  # a participle's «م»; «شارك لانزيني أساسيا»: how he took part


def _names_without_object(sentence: ChunkedSentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a subject of bare names fills the chunk of a verb that takes an object, and no object follows:
    the last name is the object («وصف ترامب كومي | بأنه ...» is not «ترامب كومي يصف», «زار جونسون واشنطن |
    حاليا» not «جونسون واشنطن يزور»; an adverb is no object). A title makes it one person («الرئيس دونالد ترامب»)."""
    keys, chunk = sentence.keys, sentence.chunks[start]
    subject = keys[chunk.start + 1:end]
    following = keys[end] if end < len(keys) else ""
    if (end != chunk.end and following not in TIME_ADVERBS) or len(subject) < 2 or titled(subject) \
            or not all(lexicon.is_name(key) or key in NAME_LINKS for key in subject):
        return False
    if following.startswith("بان"):
        return True  # «اتهم بن سلمان إيران | بأنها ...»: «بأن» follows the object
    return verb_key(keys[chunk.start], lexicon) in lexicon.transitive and following not in BARE_THAT


def _coordinated(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a subject's later words coordinate another noun («الرئيس ووزير الخارجية»): the verb would be
    dual. Coordinated adjectives («هيئة البث الإذاعي والتلفزيوني»), names («والت ديزني») and what a body's
    name is of («وزارة التجارة والصناعة», «للغذاء والدواء») are no second noun.

    >>> lexicon = Lexicon(frequency={"وزير": 90, "ووزير": 9}, definite_share={"وزير": 0.5})
    >>> _coordinated(("وزاره", "التجاره", "والصناعه"), lexicon), _coordinated(("رئيس", "الوزراء", "ووزير"), lexicon)
    (False, True)
    """
    of_body = subject[0][:2] != "ال" and not titled(subject[:1])  # «وزارة | التجارة»: the words after are of it
    purpose = next((at for at, key in enumerate(subject) if at and key[:1] == "ل"
                    and (key.startswith("لل") or lexicon.is_common(key[1:]))), len(subject))
    return any(lexicon.is_clitic_waw(key) and not key.endswith(("ي", "يه")) and len(key) > 4
               and not lexicon.is_name(key[1:]) and at <= purpose  # «لرؤساء أجهزة المباحث | والأدلة»: of the «ل»
               and not (at == 2 and of_body and previous.startswith("ال") and key.startswith("وال")
                        and not titled((key[1:],)))  # not «دولة الإمارات العربية المتحدة | والصين»
               for at, (previous, key) in enumerate(zip(subject, subject[1:], strict=False), 1))


def _noun_after_construct(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a subject opens with an indefinite noun and its definite complement, then a plural of people
    (`Lexicon.plural_heads`, no nisba or participle, which the archive's counts may put there): the construct is
    whole («نقابة الأطباء»), and the plural starts the object («دعت نقابة الأطباء الأهالي إلى ...»);
    «وزارة الداخلية السعودية», «جيش الإمارات العربية المتحدة» go on.

    >>> lexicon = Lexicon(frequency={"نقابه": 90, "السعوديه": 90}, definite_share={"نقابه": 0.4},
    ...                   plural_heads=frozenset({"الاهالي", "السعودي"}))
    >>> [_noun_after_construct(tuple(text.split()), lexicon) for text in ("نقابه الاطباء الاهالي",
    ...                                                                  "نقابه الاطباء السعودي")]
    [True, False]
    """
    if len(subject) < 3 or not lexicon.is_indefinite_noun(subject[0]) or not subject[1].startswith("ال"):
        return False
    key = subject[2]
    nisba = key.endswith("يه") or key.endswith("ي") and key + "ه" in lexicon.frequency  # «الأهالي» has no «الأهالية»
    return key in lexicon.plural_heads and not nisba and not key.startswith("الم")  # «الأوروبي», «المتحدة»: adjectives


def _two_names(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a titled subject ends with four names or more and no «بن», «عبد» or «آل» among them: two people
    side by side («دونالد ترامب | جون بولتون»), not one with a long name («محمد بن راشد آل مكتوم»).

    >>> _two_names(("الرئيس", "دونالد", "ترامب", "جون", "بولتون"), Lexicon())
    True
    >>> _two_names(("الشيخ", "محمد", "بن", "راشد", "ال", "مكتوم"), Lexicon())
    False
    """
    names = 0
    for key in reversed(subject):
        if key in NAME_LINKS:
            return False
        if not lexicon.may_be_name(key) or key.startswith("ال"):
            break
        names += 1
    return names >= MIN_TWO_NAMES


def _name_then_noun(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a name is followed by a definite common word that is no adjective of it (within one chunk, so
    not across an apposition's comma): that word may be the verb's object («كشفت شركة أبل النقاب عن ...» is
    not «شركة أبل النقاب تكشف»)."""
    return any(lexicon.is_name(key) and key not in NAME_PARTICLES and following.startswith("ال")
               and not following.endswith(("ي", "يه")) and not lexicon.is_family_name(following)
               for key, following in zip(subject, subject[1:], strict=False))


def maybe_passive(sentence: ChunkedSentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a verb that takes an object has none after a subject that fills its chunk, only a prepositional
    phrase: unvowelled, «اتهمت أم | في الولايات المتحدة باستخدام ...» is the passive («a mother was accused»), and
    «أم تتهم» would say she accuses. Speech verbs go on with a preposition in the active («أعلنت الشركة عن»)."""
    verb = verb_key(sentence.keys[sentence.chunks[start].start], lexicon)
    if verb not in lexicon.transitive or verb in SAY_VERBS:
        return False
    at = sentence.chunk_at(end)
    if at is None and end < len(sentence.keys) and (sentence.keys[end][:1].isdigit() or accusative_shape(
            sentence.keys[end])):
        return False  # «أحالت النيابة العامة في دولة الإمارات | 41 شخصا»: the object right after the subject's place
    if at is not None and sentence.keys[end] == "في" and resumed_object(sentence, at, lexicon) is not None:
        return False  # «استقبل أمير عسير | في مكتبه | أمس، | وكيل الإمارة»: its object comes after where and when;
        # not after «لدعم الشرعية» («مقاتلات التحالف العربي | لدعم الشرعية»), which may be more of the subject
    after_subject = at is not None  # no object in the subject's chunk
    following = next((chunk for chunk in sentence.chunks[start + 1:] if chunk.start >= end
                      and not (after_subject and chunk.kind == "time")),
                     None)  # «ووقع التفجير، الأحد، | خارج مكتب ...»: it happened (يقع), not «يوقع» (signs)
    return following is not None and (following.kind in ("preposition", "clitic") or (
        after_subject and following.kind == "comma" and sentence.keys[following.start] in PREPOSITIONS - {"من"}))


def with_pronoun(key: str, lexicon: Lexicon) -> bool:
    """Whether a word inside a subject carries a pronoun, so that the subject's end is unsure: not a word in «ة»
    that is also written with «ال» («في جامعة أدنبره»).

    >>> lexicon = Lexicon(frequency={"جامع": 9, "الجامعه": 9, "حمله": 9})
    >>> with_pronoun("جامعه", lexicon), with_pronoun("حملتها", lexicon)
    (False, True)
    """
    return lexicon.has_pronoun_suffix(key) and not (key.endswith("ه") and (
        "ال" + key in lexicon.frequency or key[:1] in ("ب", "ل") and "ال" + key[1:] in lexicon.frequency))
    # «بمحافظة» is no «بمحافظ» + «ه»


def _oblique_construct(key: str, lexicon: Lexicon) -> bool:
    """Whether a word is a dual or plural in construct in the accusative or genitive («هدفي» of «الهدفين»): the
    verb's object put before its subject («سجل هدفي الفوز | فخر الدين ...»), never the subject (that is «هدفا»).

    >>> lexicon = Lexicon(frequency={"هدفي": 20, "الهدفين": 9, "نادين": 9, "سامي": 400, "السامين": 8})
    >>> [_oblique_construct(key, lexicon) for key in ("هدفي", "نادي", "المالكي", "سامي")]
    [True, False, False, False]
    """
    plural = lexicon.frequency.get("ال" + key + "ن", 0)  # «الهدفين»; «السامين» is rare beside the name «سامي»
    return key.endswith("ي") and len(key) > 3 and not key.startswith("ال") \
        and plural > 0 and plural * OBLIQUE_SHARE >= lexicon.frequency.get(key, 0)
