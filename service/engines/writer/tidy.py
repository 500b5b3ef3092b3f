"""The last touch on a compression's words, shared by the headline, the bullets and the summary's lead: no
leading punctuation or conjunction, no «قد» before a past verb, no «كان ... قد» pluperfect, no trailing
punctuation or unbalanced quotes.
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.chunks import GOVERNOR, fold
from service.engines.writer.lexicon import FUTURE_PREFIXES, Lexicon
from service.engines.writer.marks import without_unbalanced
from service.engines.writer.pluperfect import WRITTEN_AUXILIARIES, verb_after_auxiliary
from service.engines.writer.rewrite import looks_imperfect, past_with_present

PERFECT_PARTICLES: Final = frozenset({"قد", "فقد", "لقد"})  # before a past verb: «has (done)»
_TRAILING: Final = " .,،؛;:!?؟…-–—"
_PRESENT_OPENINGS: Final = ("تت", "يت", *FUTURE_PREFIXES)  # a present verb's first letters after «و»


def _past_tense(key: str, lexicon: Lexicon) -> bool:
    """Whether a word reads as a past-tense verb (the passive auxiliary «تم» too: «قد تم توقيع»)."""
    if key == "تم":
        return True
    return (key in lexicon.verbs or past_with_present(key, lexicon)) and not looks_imperfect(key, lexicon)


def _without_pluperfect(words: list[str], lexicon: Lexicon) -> list[str]:
    """«كان الرئيس قد أعلن ...» (or without «قد») → «الرئيس أعلن ...», «كان قد أعلن الرئيس» → «أعلن الرئيس»: a
    statement as a teaser states it, without the «كان ... قد» that places it before the article's events; unchanged
    when the subject holds a verb or a negation, or «قد» is not followed by a past verb («كانت الحكومة قد تلجأ»):
    `pluperfect.verb_after_auxiliary`.

    >>> lexicon = Lexicon(verbs={"اعلن": "يعلن"}, frequency={"كان": 9})
    >>> tidy(["وكان", "الرئيس", "السابق", "قد", "أعلن", "استقالته"], lexicon)
    ['الرئيس', 'السابق', 'أعلن', 'استقالته']
    >>> lexicon = Lexicon(verbs={"اعلنت": "تعلن", "دخل": "يدخل"}, frequency={"كانت": 9, "الدخل": 90})
    >>> tidy(["وكانت", "الشرطة", "أعلنت", "إغلاق", "الطريق"], lexicon)
    ['الشرطة', 'أعلنت', 'إغلاق', 'الطريق']
    >>> tidy(["كان", "متوسط", "دخل", "الفرد", "يقدر", "بنحو", "60", "ألفا"], lexicon)[0]  # «دخل» is a noun here
    'كان'
    >>> tidy(["وكانت", "الشرطة", "قد", "أجبرت", "الوزير"], lexicon)  # «قد» + a verb the lexicon lacks
    ['الشرطة', 'أجبرت', 'الوزير']
    >>> tidy(["وكان", "قد", "أعلن", "الرئيس", "استقالته"], lexicon)  # the subject after the verb
    ['أعلن', 'الرئيس', 'استقالته']
    """
    if len(words) < 4 or fold(words[0]) not in WRITTEN_AUXILIARIES:
        return words  # most outputs: no word folded for nothing
    verb = verb_after_auxiliary(words, [fold(word) for word in words], 0, lexicon)
    if verb is None:
        return words
    qad = fold(words[verb - 1]) == "قد"
    return words[1:verb - 1] + words[verb:] if qad else words[1:]


def tidy(words: list[str], lexicon: Lexicon, trim: bool = True) -> list[str]:
    """Drop leading punctuation, a leading «هذا و» or conjunction «و»/«ف», trailing punctuation and unbalanced
    quotes or brackets.

    >>> tidy(["وأعلنت", "الوزارة", "«خطة", "جديدة،"], Lexicon(frequency={"اعلنت": 9}))
    ['أعلنت', 'الوزارة', 'خطة', 'جديدة']
    >>> tidy(["،", "أجابت", "الوزيرة"], Lexicon())
    ['أجابت', 'الوزيرة']
    >>> tidy(["-كشفت", "الشركة", "عن", "هاتفها"], Lexicon()), tidy([":قال", "الوزير", "إنه", "سيستقيل"], Lexicon())
    (['كشفت', 'الشركة', 'عن', 'هاتفها'], ['قال', 'الوزير', 'إنه', 'سيستقيل'])
    >>> tidy(["توقع", "الإدارة", "بالدمام", "،", "عقد", "المبنى"], Lexicon())
    ['توقع', 'الإدارة', 'بالدمام،', 'عقد', 'المبنى']
    >>> tidy(["هذا", "وغادرت", "الفنانة", "إلى", "أغادير"], Lexicon(frequency={"غادرت": 9}))
    ['غادرت', 'الفنانة', 'إلى', 'أغادير']
    """
    words = list(words)
    while len(words) > 1 and not any(character.isalnum() for character in words[0]):
        del words[0]  # «، أجابت ...»: a comma left of the clause
    if not words:
        return words
    words[0] = words[0].lstrip("-–—:،,؛;") or words[0]  # «(CNN)- -كشفت الشركة», «:قال»: glued to the first word
    if len(words) > 2 and fold(words[0]) == "هذا" and lexicon.is_clitic_waw(fold(words[1])):
        del words[0]  # «هذا وغادرت الفنانة ...»: a connective of news prose, no subject («هذا وزير» stays)
    first = fold(words[0])
    if (lexicon.is_clitic_waw(first) or _verb_after_waw(first) or _hamza_after_waw(words[0])
            or _present_after_waw(first, lexicon)) and words[0] != GOVERNOR:  # «والي تطاوين» stays
        words[0] = words[0][1:]
    if len(words) > 2 and fold(words[0]) in PERFECT_PARTICLES and _past_tense(fold(words[1]), lexicon):
        del words[0]  # «وقد تمكنت الشرطة من ...» → «تمكنت الشرطة من ...»; «قد يكون» (may be) stays
    words = _without_pluperfect(_commas_on_words(words), lexicon)
    if trim:
        words[-1] = words[-1].rstrip(_TRAILING)
    written = set(words)
    kept = without_unbalanced(" ".join(word for word in words if word)).split()
    return [word if word in written else _lam_on_article(word, lexicon) for word in kept]


def _lam_on_article(word: str, lexicon: Lexicon) -> str:
    """A word «ل» + «ال...» left by a quotation mark that went between them, as Arabic writes «ل» on the article:
    «ل"التدخل» without its mark is «للتدخل» (not «لالتقاط», whose «ال» is the word's own).

    >>> _lam_on_article("لالتدخل", Lexicon(frequency={"تدخل": 9})), _lam_on_article("لالتقاط", Lexicon())
    ('للتدخل', 'لالتقاط')
    """
    return "لل" + word[3:] if word.startswith("لال") and lexicon.is_common(fold(word[3:])) else word


def _verb_after_waw(key: str) -> bool:
    """Whether a word is «و» before a verb by its shape alone, which the archive may never have seen: a feminine
    past («وشبهت», «وتفادت»; not a plural «وحدات» nor «وبيروت») or a present of the forms with «ت» or the future
    («وتتدارس», «وستشيع», «ويتابع»; not a verbal noun «وتعاون»); not a verb of the form «فاعل» whose root opens
    with «و» («وافقت»).

    >>> [_verb_after_waw(key) for key in ("وشبهت", "وتتدارس", "وستشيع", "وحدات", "وبيروت", "وتعاون", "والكويت")]
    [True, True, True, False, False, False, False]
    >>> _verb_after_waw("وافقت"), _verb_after_waw("واصلت"), _verb_after_waw("وسترن")
    (False, False, False)
    """
    rest = key[1:]
    if key[:1] != "و" or len(rest) < 4 or rest.startswith("ال") or rest[0] == "ا" and len(rest) == 4:
        return False  # «وافقت», «واصلت»: «و» is the root's first letter
    return rest.endswith("ت") and not rest.endswith(("ات", "وت")) \
        or len(rest) > 4 and rest.startswith(_PRESENT_OPENINGS)  # not «وسترن» (a western)


def _present_after_waw(key: str, lexicon: Lexicon) -> bool:
    """Whether a word is «و» before a present tense the archive knows with both «ي» and «ت» (`looks_imperfect`), and
    no noun of its own with «ال»: «وتعزو المجلة», «وتغرر بشباب»; not «وتيرة» (seen as «الوتيرة»).

    >>> lexicon = Lexicon(frequency={"يعزو": 9, "تعزو": 9, "الوتيره": 90, "ييره": 1, "تيره": 1})
    >>> _present_after_waw("وتعزو", lexicon), _present_after_waw("وتيره", lexicon)
    (True, False)
    """
    return key[:1] == "و" and looks_imperfect(key[1:], lexicon) and not lexicon.is_common("ال" + key)


def _hamza_after_waw(word: str) -> bool:
    """Whether a word as written is «و» before a hamza on alef, which no root of a word of news opens with: a
    past of the form «أفعل» the archive never saw («وأنحت»), a name («وإسرائيل»); «وافقت», «واصلت» have a
    bare alef, the root's own «و» before the «ا» of «فاعل».

    >>> [_hamza_after_waw(word) for word in ("وأنحت", "وإسرائيل", "وافقت", "وأد")]
    [True, True, False, False]
    """
    return word[:2] in ("وأ", "وإ") and len(word) > 4


def _commas_on_words(words: list[str]) -> list[str]:
    """A comma written apart goes back on the word before it («بالدمام ، عقد» → «بالدمام، عقد»): left alone after a
    dropped time it would stand between two spaces."""
    joined: list[str] = []
    for word in words:
        if word in ("،", ",") and joined and joined[-1][-1:] not in "،,:؛;":
            joined[-1] += word
        elif word not in ("،", ","):
            joined.append(word)
    return joined
