"""People named as headlines name them: the surname («الرئيس المصري عبد الفتاح السيسي» → «السيسي»), or «first
بن father» for a chain of «بن», with titles and honorifics left out. A sentence's name-shortened variant is one
more sentence the writer chooses compressions from.
"""

from __future__ import annotations

from service.engines.writer.chunks import (
    COMPLEMENTISERS,
    DANGLING,
    NAME_LINKS,
    PREPOSITIONS,
    RELATIVES,
    TAIL_STARTS,
    TIME_WORDS,
    ChunkedSentence,
    chunk_sentence,
)
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import PERSON_TITLES, accusative_after_name

NAME_ENDS = PREPOSITIONS | COMPLEMENTISERS | RELATIVES | TAIL_STARTS | TIME_WORDS
ROYAL_TITLES = frozenset("الامير امير الملك الشيخ".split())  # «الأمير محمد بن سلمان», not «سلمان»
HONORIFICS = frozenset("صاحب السمو الملكي فخامه معالي سعاده سماحه".split())


def variants(sentence: ChunkedSentence, lexicon: Lexicon) -> list[ChunkedSentence]:
    """The sentence as written, and with people named by their surname when that shortens it."""
    shorter = shortened_names(sentence, lexicon)
    return [sentence] if shorter is None else [sentence, chunk_sentence(shorter)]


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
    """
    words, keys = sentence.words, sentence.keys
    if PERSON_TITLES.isdisjoint(keys):
        return None  # no title, so no one to shorten
    kept: list[str] = []
    index = shortened_at = 0
    while index < len(words):
        honorific = _honorific_end(keys, index)
        title = honorific if honorific < len(keys) and keys[honorific] in PERSON_TITLES else None
        end = None if title is None else _named_person_end(keys, words, title, lexicon)
        if title is None or end is None or (kept and len(kept) == shortened_at):  # «حذر بنس | الزعيم ... كيم»
            kept.append(words[index])  # right after another shortened name, «بنس أون» would read as one
            index += 1
            continue
        first = _first_name(keys, title + 1, end)
        if keys[title] in ROYAL_TITLES and keys[first + 1] in ("بن", "ابن", "بنت") and first + 2 < end:
            last = first + 2 + (keys[first + 2] in NAME_LINKS and first + 3 < end)  # «بن عبد العزيز»
            name = [words[title], *words[first:last + 1]]  # «الأمير محمد بن سلمان»
        else:
            name = list(words[end - 1 - (keys[end - 2] in NAME_LINKS):end])  # «السيسي», «أبو مازن»
        if words[first - 1].endswith(("،", ",")) and not (end < len(keys) and keys[end].startswith("و")):
            name[-1] = name[-1].rstrip("،,")  # «الرئيس الروسي، فلاديمير بوتين،» → «بوتين»; «بوتين، وبعد» keeps it
        elif words[end - 1].endswith(("،", ",")) and not name[-1].endswith(("،", ",")):
            name[-1] += words[end - 1][-1]  # «الأمير محمد بن نايف بن عبد العزيز، نقلت» keeps the clause's comma
        kept.extend(name)
        index, shortened_at = end, len(kept)
    return " ".join(kept) if len(kept) < len(words) else None


def _honorific_end(keys: tuple[str, ...], index: int) -> int:
    """Where a title starts after honorifics that headlines leave out («صاحب السمو الملكي», «فخامة»)."""
    while index < len(keys) and keys[index] in HONORIFICS:
        index += 1
    return index


def _first_name(keys: tuple[str, ...], index: int, end: int) -> int:
    while index < end and keys[index].startswith("ال"):
        index += 1
    return index


def _named_person_end(keys: tuple[str, ...], words: tuple[str, ...], title: int, lexicon: Lexicon) -> int | None:
    """End of «title [modifiers] first-name ... [family name]» starting at `title`, if the name has two to
    six words and surely ends there: at a comma, the sentence's end, a quotation, another title, an
    accusative object or a word that starts a new phrase («ترامب سيندم إذا» is refused: «سيندم» may be a name)."""
    index = title + 1
    while index < len(keys) and keys[index].startswith("ال"):
        index += 1  # «الخارجية الأمريكي»
    first_name = index
    while index < len(keys) and words[index][:1].isalpha() and (
            keys[index - 1] in NAME_LINKS and index > first_name  # «عبد الفتاح», «أبو بكر»
            or lexicon.is_name(keys[index]) and keys[index] not in DANGLING and keys[index] not in PERSON_TITLES
            and not (index > first_name + 1 and accusative_after_name(keys, index, lexicon))):  # «ترامب | تركيا»
        index += 1
        if words[index - 1].endswith(("،", ",", ".", ":")):
            break
    if index > first_name and index < len(keys) and lexicon.is_family_name(keys[index]) \
            and not words[index - 1].endswith(("،", ",")):
        index += 1  # «عبد الفتاح السيسي»
    if not 2 <= index - first_name <= 6:
        return None
    after = "" if index == len(keys) else keys[index]
    ended = (not after or words[index - 1].endswith(("،", ",", ".", ":")) or after in NAME_ENDS
             or after in PERSON_TITLES or after[1:] in PERSON_TITLES or not words[index][:1].isalpha()
             or (after.endswith("ا") and not lexicon.is_name(after)))  # «اتصالا»: the object
    return index if ended else None
