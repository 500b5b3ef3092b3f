"""People named as headlines name them: the surname («الرئيس المصري عبد الفتاح السيسي» → «السيسي»), or «first
بن father» for a chain of «بن», with titles and honorifics left out. A sentence's name-shortened variant is one
more sentence the writer chooses compressions from.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import (
    CLITIC_PREPOSITIONS,
    COMPLEMENTISERS,
    DANGLING,
    NAME_LINKS,
    PREPOSITIONS,
    RELATIVES,
    TAIL_STARTS,
    ChunkedSentence,
    chunk_sentence,
)
from service.engines.writer.fronting import lexical_chunks
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import (
    CONSTRUCT_TITLES,
    GIVEN_NAME_TITLES,
    PERSON_TITLES,
    accusative_after_name,
    accusative_shape,
    name_follows,
    object_start,
)
from service.engines.writer.times import TIME_WORDS

NAME_ENDS: Final = PREPOSITIONS | COMPLEMENTISERS | RELATIVES | TAIL_STARTS | TIME_WORDS
ROYAL_TITLES: Final = frozenset("الامير امير الملك الشيخ".split())  # «الأمير محمد بن سلمان», not «سلمان»
HONORIFICS: Final = frozenset("صاحب السمو الملكي فخامه معالي سعاده سماحه".split())
# Posts named by what they hold («أمير منطقة عسير», «وزير الشؤون البلدية»): with the holder's title and name after
# them, headlines keep the post alone («أمير عسير يستقبل ...»).
HELD_POSTS: Final = frozenset("امير وزير محافظ رئيس مدير وكيل امين سفير قائد خادم".split())
# Before the holder's name: «وزير ... | المهندس عبداللطيف», «خادم الحرمين الشريفين | الملك سلمان»
HOLDER_TITLES: Final = frozenset("الامير الملك الشيخ الدكتور المهندس الاستاذ اللواء العميد".split())
MAX_POST_WORDS: Final = 6  # «مدير عام فرع وزارة الشؤون الاجتماعية بمنطقة عسير»
GIVEN_NAME_RATIO: Final = 10  # «باراك» is seen 37 times as often as «اراك»; «بمنفذ» 1/13 as often as «منفذ»
LATE: Final = frozenset("الراحل الراحله المرحوم المرحومه الفقيد الفقيده".split())
ROYAL_FAMILY_NAMES: Final = frozenset({"الفيصل"})  # a branch of the royal family, named for its father («فيصل»)
NAMED_AFTER_ROYALS: Final = frozenset("""
جامعه مركز مستشفي مدينه مطار شارع طريق جسر حي جائزه مؤسسه قاعده مجمع مسجد ميناء كليه معهد ملعب استاد مكتبه صندوق
برنامج مشروع
""".split())  # «جامعة الملك سعود», «مطار الملك خالد»: the title names the place
COURT_ADVISER: Final = ("مستشار", "خادم", "الحرمين", "الشريفين")  # before a region's prince: headlines name the region
CROWN_POSTS: Final = (("ولي", "العهد"), ("ولي", "ولي", "العهد"))
DEPUTY_POSTS = (("النائب", "الاول", "لرئيس", "مجلس", "الوزراء"), ("النائب", "الثاني", "لرئيس", "مجلس", "الوزراء"),
                ("نائب", "رئيس", "مجلس", "الوزراء"))
TEAM: Final = "الفريق"  # «الفريق الأول لكرة القدم بنادي هجر»: headlines write «هجر»
REGION: Final = "منطقه"  # «أمير منطقة عسير»: headlines write «أمير عسير»
SHORT_SURNAME: Final = 3  # letters: a name of three parts or more ending so is not called by its last («أون», «إن»)
SON_OF: Final = frozenset({"بن", "ابن", "بنت"})
_MODIFIER_STARTS: Final = ("ال", "لل")  # of a title: «الخارجية», «للشؤون»
MAX_PERSON_NAME_WORDS: Final = 4  # «محمد بن راشد آل مكتوم»


def variants(sentence: ChunkedSentence, lexicon: Lexicon) -> list[ChunkedSentence]:
    """The sentence as written, and with people named by their surname when that shortens it."""
    shorter = shortened_names(sentence, lexicon)
    return [sentence] if shorter is None else [sentence, lexical_chunks(chunk_sentence(shorter), lexicon)]


def shortened_names(sentence: ChunkedSentence, lexicon: Lexicon) -> str | None:
    """The sentence with each «[honorific] title [modifiers] first-name surname» reduced as headlines name
    people: the surname, or «first بن father» for a chain of «بن»; None when there is nothing to shorten.
    A title with a clitic («بوزير») stays as written, and so does a person named right after a shortened one:
    two surnames side by side read as one person («حذر بنس أون»).

    >>> lexicon = Lexicon(frequency={"مصري": 9, "المصري": 9, "خارجيه": 9, "الخارجيه": 9, "الاتصال": 9, "اتصال": 9,
    ...                              "اتصالا": 3})
    >>> from service.engines.writer.chunks import chunk_sentence
    >>> shortened_names(chunk_sentence("بحث الرئيس المصري عبد الفتاح السيسي مع وزير الخارجية أنتوني بلينكن"), lexicon)
    'بحث السيسي مع بلينكن'
    >>> shortened_names(chunk_sentence("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية أنتوني بلينكن"), lexicon)
    'استقبل السيسي وزير الخارجية أنتوني بلينكن'
    >>> shortened_names(chunk_sentence("تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز اتصالا"), lexicon)
    'تلقى الأمير محمد بن سلمان اتصالا'
    >>> shortened_names(chunk_sentence("قال نائب وزير الخارجية المصري، سامح شكري، إن"), lexicon) is None
    True
    """
    words, keys = sentence.words, sentence.keys
    if PERSON_TITLES.isdisjoint(keys) and CONSTRUCT_TITLES.isdisjoint(keys) and TEAM not in keys:
        return None  # no title or team, so no one to shorten
    kept: list[str] = []
    index = shortened_at = 0
    while index < len(words):
        held = _held_post(sentence, index, lexicon) if not (kept and len(kept) == shortened_at) else None
        if held is not None:  # «أمير منطقة عسير الأمير فيصل بن خالد» → «أمير عسير»
            post, post_end, name_end = held
            kept.extend(word for at, word in enumerate(words[post:post_end], post)
                        if not (keys[at] == REGION and at == post + 1 and keys[post] == "امير"))
            index, shortened_at = name_end, len(kept)
            continue
        club = _club(sentence, index, lexicon)
        if club is not None:  # «الفريق الأول لكرة القدم بنادي هجر» → «هجر»
            kept.extend(words[club[0]:club[1]])
            if club[2] > club[1] and words[club[1]].endswith(("،", ",")):
                kept[-1] += words[club[1]][-1]  # «لاعب ريال مدريد الإسباني، | فاز» keeps the comma
            index = club[2]
            continue
        honorific = _honorific_end(keys, index)
        title = honorific if _title_at(keys, honorific) else None
        end = None if title is None else _named_person_end(keys, words, title, lexicon)
        first = -1 if title is None or end is None else _first_name(keys, title + 1, end, lexicon)
        if title is None or end is None or (kept and len(kept) == shortened_at) or _names_another(keys, title, first) \
                or (end - first >= 3 and len(keys[end - 1]) <= SHORT_SURNAME) or index > 0 and (
                    keys[index - 1] in PERSON_TITLES or keys[index - 1] in CONSTRUCT_TITLES) \
                and not keys[index - 1].startswith("ال") or _describes_name_before(sentence, index, lexicon) \
                or not LATE.isdisjoint(keys[index:first]) \
                or index == title and _royal_name_of_place(keys, title, lexicon):
            # «الأمير الراحل سعود الفيصل»: he died, which stays; «جامعة الملك سعود»: a university
            # «حذر بنس | الزعيم ... كيم»; «كيم جونغ أون», «مون جاي إن»: the last of three short parts is no surname;
            # «نائب | وزير الخارجية الروسي، سيرغي ريابكوف»: the title is of another post, «نائب ريابكوف» no one
            # («نائب الرئيس | رئيس الوزراء خالد بحاح» holds two); «مايك بنس، | نائب الرئيس ...، دونالد ترامب»: his post
            kept.append(words[index])  # right after another shortened name, «بنس أون» would read as one
            index += 1
            continue
        region = (_region_post(sentence, end, lexicon) or _crown_post(sentence, end)) if keys[title] == "الامير" \
            else None
        if region is not None:  # «الأمير فيصل بن خالد أمير منطقة عسير» → «أمير عسير»; «... ولي العهد» → «ولي العهد»
            kept.extend(region[0])
            index, shortened_at = region[1], len(kept)
            continue
        if keys[title] in ROYAL_TITLES and keys[end - 1] in ROYAL_FAMILY_NAMES:
            name = [words[title], *words[first:end]]  # «الأمير خالد الفيصل»: «الفيصل» alone names several
        elif keys[title] in ROYAL_TITLES and keys[first + 1] in SON_OF and first + 2 < end \
                and not lexicon.is_family_name(keys[end - 1]):  # «الشيخ إبراهيم بن محمد الأومير»: «الأومير»
            last = first + 2 + (keys[first + 2] in NAME_LINKS and first + 3 < end)  # «بن عبد العزيز»
            name = [words[title], *words[first:last + 1]]  # «الأمير محمد بن سلمان»
        elif keys[end - 2] in SON_OF and first < end - 2:
            name = list(words[first:end])  # «محمد بن عبدالرحمن»: a man named by his father, not «بن عبدالرحمن»
        else:
            name = list(words[end - 1 - (keys[end - 2] in NAME_LINKS):end])  # «السيسي», «أبو مازن»
        if words[first - 1].endswith(("،", ",")) and not (end < len(keys) and keys[end].startswith("و")):
            name[-1] = name[-1].rstrip("،,")  # «الرئيس الروسي، فلاديمير بوتين،» → «بوتين»; «بوتين، وبعد» keeps it
        elif words[end - 1].endswith(("،", ",")) and not name[-1].endswith(("،", ",")):
            name[-1] += words[end - 1][-1]  # «الأمير محمد بن نايف بن عبد العزيز، نقلت» keeps the clause's comma
        kept.extend(name)
        index, shortened_at = end, len(kept)
    return " ".join(kept) if len(kept) < len(words) else None


def _describes_name_before(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> bool:
    """Whether a title at `index` follows a name and a comma, so describes that person: «كشف مايك بنس، نائب الرئيس
    الأمريكي، دونالد ترامب» names no «ترامب» by the title."""
    return index > 0 and sentence.words[index - 1].endswith(("،", ",")) and lexicon.is_name(sentence.keys[index - 1])


def _held_post(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """Where a post that names what it holds starts and ends (after any honorific at `index`) and where its holder's
    title and name after it end: «| معالي | وزير الشؤون البلدية والقروية | المهندس عبداللطيف آل الشيخ |», «أمير
    منطقة الرياض | صاحب السمو الملكي الأمير فيصل بن بندر |»; None when no such post starts there.

    >>> _held_post(chunk_sentence("استقبل أمير منطقة عسير الأمير فيصل بن خالد في مكتبه"), 1, Lexicon())
    (1, 4, 8)
    """
    keys, words = sentence.keys, sentence.words
    previous, post = keys[index - 1] if index > 0 else "", _honorific_end(keys, index)
    if keys[post:post + len(COURT_ADVISER)] == COURT_ADVISER and post + len(COURT_ADVISER) < len(keys) \
            and keys[post + len(COURT_ADVISER)] == "امير":  # «مستشار خادم الحرمين الشريفين | أمير منطقة مكة»
        post += len(COURT_ADVISER)
    if post >= len(keys) or keys[post].removeprefix("ال") not in HELD_POSTS or previous == "و" \
            or previous.startswith(("ال", "لل")) or previous in PERSON_TITLES:
        return None  # «النائب الثاني لرئيس مجلس الوزراء | وزير الدفاع»: one post of a chain names him less well
    for at in range(post + 1, min(len(keys), post + MAX_POST_WORDS + 1)):
        if words[at - 1].endswith(("،", ",", ".", ":")) or keys[at] in DANGLING \
                or keys[at] in TIME_WORDS and keys[at - 1:at + 1] != ("المدير", "العام"):  # «المدير | العام»: no year
            return None
        title = _honorific_end(keys, at)
        if title < len(keys) and keys[title] not in HOLDER_TITLES and keys[title] in PERSON_TITLES:
            return None  # «أمين الطائف | رئيس المجلس البلدي ...»: a second post
        if title < len(keys) and keys[title] in HOLDER_TITLES:
            if title == at and _royal_name_of_place(keys, title, lexicon):
                return None  # «مدير جامعة | الملك سعود | د. سامي ناصر»: no holder's title
            if keys[post].startswith("ال") and not any(key[:1] == "ل" for key in keys[post + 1:at]):
                return None  # «الرئيس التنفيذي | الدكتور ...» says not of what; «المدير العام لحرس الحدود» does
            end = _named_person_end(keys, words, title, lexicon) if at > post + 1 else None
            if end is None or (end < len(keys) and keys[end].startswith("ال") and keys[end] not in TIME_WORDS
                               and not words[end - 1].endswith(("،", ","))
                               and not _family_name(keys[end - 1], lexicon)):
                return None  # «المهندس محمد بن عبدالرحمن | المخرج»: a definite word after the name may be more of it
            return post, at, end
    return None


def _royal_name_of_place(keys: tuple[str, ...], title: int, lexicon: Lexicon) -> bool:
    """Whether a royal title follows the place or body it names: «جامعة | الملك سعود», «مركز | الملك سلمان
    للإغاثة» name a university, a centre, and no person («توجيهات | الأمير ...» are his).

    >>> _royal_name_of_place(("مدير", "جامعه", "الملك", "سعود"), 2, Lexicon())
    True
    >>> _royal_name_of_place(("توجيهات", "الامير", "محمد"), 1, Lexicon())
    False
    """
    return keys[title] in ROYAL_TITLES and title > 0 and keys[title - 1] in NAMED_AFTER_ROYALS


def _club(sentence: ChunkedSentence, index: int, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """Where a club's name starts and ends in «الفريق [الكروي] الأول [لكرة القدم] بنادي X [الإسباني]» at word
    `index`, and where the phrase ends: headlines name the club («هجر يواصل تدريباته», «لاعب ريال مدريد»).

    >>> _club(chunk_sentence("تدرب الفريق الأول لكرة القدم بنادي هجر على الملعب"), 1, Lexicon(frequency={"هجر": 9}))
    (6, 7, 7)
    """
    keys = sentence.keys
    if keys[index] != TEAM:
        return None
    at = index + 1 + (keys[index + 1:index + 2] == ("الكروي",))
    if keys[at:at + 1] != ("الاول",):
        return None
    at += 1 + 2 * (keys[at + 1:at + 3] == ("لكره", "القدم"))
    if at >= len(keys) or keys[at] != "بنادي":
        return None
    words, end = sentence.words, at + 1
    while end < min(len(keys), at + 3) and words[end][:1].isalpha() and keys[end] not in DANGLING and (
            end == at + 1 or lexicon.is_name(keys[end]) or keys[end].startswith("ال") and not keys[end].endswith("ي")):
        end += 1  # its first word whatever it reads as («بنادي | هجر»), then names («ريال | مدريد»)
        if words[end - 1].endswith(("،", ",", ".", ":")):
            break
    if end == at + 1:
        return None
    adjective = end < len(keys) and keys[end].startswith("ال") and keys[end].endswith("ي") \
        and keys[end] not in DANGLING and not words[end - 1].endswith(("،", ","))  # «| الإسباني»
    return at + 1, end, end + adjective


def _region_post(sentence: ChunkedSentence, at: int, lexicon: Lexicon) -> tuple[list[str], int] | None:
    """The post «أمير [منطقة] X» at word `at`, after a prince's name, as headlines name him («أمير عسير يستقبل ...»,
    «أمير الشرقية»), and where it ends; None without one, or when what follows the place may be more of its name
    («أمير منطقة مكة | المكرمة»).

    >>> _region_post(chunk_sentence("استقبل الأمير فيصل بن خالد أمير منطقة عسير في مكتبه"), 5, Lexicon())
    (['أمير', 'عسير'], 8)
    """
    keys, words = sentence.keys, sentence.words
    if at + 1 >= len(keys) or keys[at] != "امير":
        return None
    place = at + 1 + (keys[at + 1] in (REGION, "ال" + REGION))  # «أمير | منطقة | عسير», «أمير | المنطقة | الشرقية»
    if place >= len(keys) or not words[place][:1].isalpha() or keys[place] in DANGLING:
        return None
    following = keys[place + 1] if place + 1 < len(keys) else ""
    ended = not following or words[place].endswith(("،", ",")) or following in DANGLING or following in TIME_WORDS \
        or not following.startswith("ال") and (accusative_shape(following) or object_start(following, lexicon))
    return ([words[at], words[place]], place + 1) if ended else None


def _crown_post(sentence: ChunkedSentence, at: int) -> tuple[list[str], int] | None:
    """The post «ولي العهد» or «ولي ولي العهد» at word `at`, after a prince's name, as headlines name him («ولي ولي
    العهد يبحث ...»), and where it ends with the posts he also holds («النائب الثاني لرئيس مجلس الوزراء وزير
    الدفاع»), which headlines leave out; None without one.

    >>> _crown_post(chunk_sentence("استقبل الأمير محمد بن نايف ولي العهد وزير الداخلية السفير"), 5)
    (['ولي', 'العهد'], 9)
    """
    keys, words = sentence.keys, sentence.words
    size = next((len(post) for post in CROWN_POSTS if keys[at:at + len(post)] == post), 0)
    if not size:
        return None
    end = at + size
    while not words[end - 1].endswith(("،", ",", ".", ":")):
        deputy = next((len(post) for post in DEPUTY_POSTS if keys[end:end + len(post)] == post), 0)
        if deputy:  # «النائب الثاني لرئيس مجلس الوزراء»
            end += deputy
        elif keys[end:end + 1] == ("وزير",) and end + 1 < len(keys) and keys[end + 1].startswith("ال") \
                and keys[end + 1] not in TIME_WORDS:  # «وزير الدفاع»
            end += 2
        else:
            break
    post = list(words[at:at + size])
    if end > at + size and words[end - 1].endswith(("،", ",")):
        post[-1] += words[end - 1][-1]  # the clause's comma after the last post
    return post, end


def _title_at(keys: tuple[str, ...], index: int) -> bool:
    """Whether a person's title stands at `index`: one of `PERSON_TITLES`, or a post in construct with a definite
    word («نجم المنتخب السويدي ... زلاتان إبراهيموفيتش», «مدرب المنتخب الألماني يواخيم لوف»); «مدرب ليفربول»
    names the club after the post, not the man; nor does a title coordinated with one before it («البطل الأولمبي و
    لاعب التايكواندو أسامة الوسلاتي» would read as two people)."""
    if index >= len(keys) or (index > 0 and keys[index - 1] == "و"):
        return False
    return keys[index] in PERSON_TITLES or (keys[index] in CONSTRUCT_TITLES and index + 1 < len(keys)
                                            and keys[index + 1].startswith("ال"))


def _honorific_end(keys: tuple[str, ...], index: int) -> int:
    """Where a title starts after honorifics that headlines leave out («صاحب السمو الملكي», «فخامة»)."""
    while index < len(keys) and keys[index] in HONORIFICS:
        index += 1
    return index


def _accusative_of_common(keys: tuple[str, ...], index: int, lexicon: Lexicon) -> bool:
    """Whether a rare word in «ا» after a name of two words is the accusative of a word the archive writes with
    «ال», no name follows it: «النجم محمد صلاح | متساويا مع ميسي» (level with), no surname.

    >>> lexicon = Lexicon(frequency={"المتساوي": 8})
    >>> _accusative_of_common(("محمد", "صلاح", "متساويا", "مع"), 2, lexicon)
    True
    """
    key = keys[index]
    return accusative_shape(key) and "ال" + key[:-1] in lexicon.frequency and not name_follows(keys, index, lexicon)


def _first_name(keys: tuple[str, ...], index: int, end: int, lexicon: Lexicon) -> int:
    """Past the title's modifiers: definite words and «ل» phrases («وزير | الدولة للشؤون الخارجية | أنور»,
    «المرشحة | لانتخابات الحزب الديموقراطي | هيلاري»), more titles among them («نائب | الرئيس اليمني | خالد»: left
    at «الرئيس», «نائب بحاح» would name his deputy); never a relative pronoun («المدافع | الذي يسعى ...»)."""
    while index < end and keys[index] not in DANGLING and (
            keys[index].startswith(_MODIFIER_STARTS) or _definite_construct(keys, index, end, lexicon)):
        index += 1
    return index


def _names_another(keys: tuple[str, ...], title: int, first: int) -> bool:
    """Whether the name at `first`, after a title's modifiers, is another person's, whose title a modifier holds
    after «ل»: «المحامي السابق للرئيس دونالد ترامب» is Trump's lawyer, not Trump («سجل ترامب» would say Trump did it).

    >>> _names_another(tuple("المحامي السابق للرئيس دونالد ترامب".split()), 0, 3)
    True
    """
    return any(key.startswith("لل") and "ال" + key[2:] in PERSON_TITLES for key in keys[title + 1:first])


def _definite_construct(keys: tuple[str, ...], index: int, end: int, lexicon: Lexicon) -> bool:
    """Whether «ل» and a common noun open a construct whose next word has «ال» («لانتخابات | الحزب»), not one
    with a name («لريال مدريد», «لفريق مانشستر يونايتد»: the club's name is no person's)."""
    key = keys[index]
    return key[:1] == "ل" and index + 1 < end and keys[index + 1].startswith("ال") \
        and lexicon.is_common(key[1:]) and not lexicon.is_name(key[1:])


def _given_name(keys: tuple[str, ...], index: int, lexicon: Lexicon) -> bool:
    """Whether a first name that opens as a preposition or «و» might («باراك», «بشار», «وليد»: `Lexicon.is_name`
    reads «ب» + «اراك») is one: far commoner than the word without that letter, no verb, and a name after it.

    >>> lexicon = Lexicon(frequency={"باراك": 600, "اراك": 18, "اوباما": 800, "بمنفذ": 30, "منفذ": 400})
    >>> _given_name(("باراك", "اوباما"), 0, lexicon), _given_name(("بمنفذ", "اوباما"), 0, lexicon)
    (True, False)
    """
    key = keys[index]
    return key[:1] in CLITIC_PREPOSITIONS + "وف" and key not in DANGLING and key not in lexicon.verbs \
        and lexicon.frequency.get(key, 0) > GIVEN_NAME_RATIO * lexicon.frequency.get(key[1:], 0) \
        and index + 1 < len(keys) and lexicon.is_name(keys[index + 1]) and keys[index + 1] not in DANGLING


def _family_name(key: str, lexicon: Lexicon) -> bool:
    """A family name written with «ال» (`Lexicon.is_family_name`) or a royal house's («الفيصل»)."""
    return lexicon.is_family_name(key) or key in ROYAL_FAMILY_NAMES


def _named_person_end(keys: tuple[str, ...], words: tuple[str, ...], title: int, lexicon: Lexicon) -> int | None:
    """End of «title [modifiers] first-name ... [family name]» starting at `title`, if the name has two to
    six words and surely ends there: at a comma, the sentence's end, a quotation, another title, an
    accusative object or a word that starts a new phrase («ترامب سيندم إذا» is refused: «سيندم» may be a name)."""
    first_name = index = _first_name(keys, title + 1, len(keys), lexicon)  # «الخارجية الأمريكي», «للشؤون الخارجية»
    while index < len(keys) and words[index][:1].isalpha() and (
            keys[index - 1] in NAME_LINKS and index > first_name  # «عبد الفتاح», «أبو بكر», «آل سعود»
            and (keys[index - 1] != "ال" or words[index - 1].startswith("آل"))  # not «كيم جونغ إل | وأجبرها»
            or index == first_name == title + 1 and keys[title] in GIVEN_NAME_TITLES  # «الأمير | فيصل بن بندر»
            and not keys[index].startswith("ال") and keys[index] not in DANGLING and keys[index] not in PERSON_TITLES
            or index == first_name and _given_name(keys, index, lexicon)  # «الرئيس الأمريكي | باراك أوباما»
            or lexicon.is_name(keys[index]) and keys[index] not in DANGLING and keys[index] not in PERSON_TITLES
            and not (index > first_name + 1 and (accusative_after_name(keys, index, lexicon)  # «ترامب | تركيا»
                                                 or _accusative_of_common(keys, index, lexicon)))):
        index += 1
        if words[index - 1].endswith(("،", ",", ".", ":")):
            break
    family = index > first_name and index < len(keys) and not words[index - 1].endswith(("،", ",")) \
        and _family_name(keys[index], lexicon)
    index += family  # «عبد الفتاح السيسي», «الأمير خالد الفيصل»
    if not 2 <= index - first_name <= 6:
        return None
    after = "" if index == len(keys) else keys[index]
    ended = (not after or words[index - 1].endswith(("،", ",", ".", ":")) or after in NAME_ENDS
             or family and lexicon.is_common(after) and not lexicon.is_name(after)  # no name goes on past one
             or after in PERSON_TITLES or after[1:] in PERSON_TITLES or not words[index][:1].isalpha()
             or any(keys[index:index + len(post)] == post for post in CROWN_POSTS)
             or (after.endswith("ا") and not lexicon.is_name(after)))  # «اتصالا»: the object
    return index if ended else None
