"""Words for the checks: match keys that survive faithful rewrites, function words, and the common-word list.

A word of the output is matched with the article's words through several keys: the word itself, the word
without its clitics (و، ف، ب، ل، ك، ال), its light stem, and a verb key that ignores tense prefixes, subject
suffixes and the seat of a hamza, so «أكد» ~ «يؤكد» ~ «أكدت» and «مسؤول» ~ «مسئول». Spelling variants of
alef, ya and ta marbuta are already folded by `fold_for_metrics`.

The common-word list (`common_words.txt.gz`, built by `arsum-train common-words` from the training corpus,
see its header) holds the clitic-free forms of words that inflect like ordinary Arabic words; names rarely
take the article, pronoun suffixes or plural endings, so most names are not in it.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from typing import Final

from service.engines.salience import STOPWORDS
from service.text.stem import light_stem
from service.text.word_memo import WordMemo

COMMON_WORDS_FILE: Final = "common_words.txt.gz"
KEY_MIN_LETTERS: Final = 3
# Grammatical words and adverbs a rewrite may add, beyond the salience stopwords (folded forms).
FUNCTION_WORDS: Final = STOPWORDS | frozenset("""
رغم برغم بسبب بشان ضمن تحت فوق امام خلف فقط جدا ربما خصوصا خاصه مؤخرا حاليا ايضا اثر عقب جراء حوالي قرابه بحلول
ازاء تجاه وفقا وفق حسب بحسب مجددا تقريبا دائما بدلا سوي عبر لدي الي حين بعدما قبيل بعيد وسط نحو لاجل اجل كذلك
هل لو اذا ان لان لكي حتي ثم بل او ام اما لكن لذلك لهذا هكذا مما فيما بينما عندما كلما حيث كيف لماذا متي اين
يتم تم سيتم جري يجري بات اصبح اصبحت ظل لايزال مازال لازال يزال تزال زال زالت عاد عادت يعد تعد لم لن لا ليس
""".split())
_CONJUNCTIONS: Final = "وف"
_ONE_LETTER_PREPOSITIONS: Final = "بلك"
_VERB_SUFFIXES: Final = ("ون", "وا", "ان", "ين", "تم", "ت", "ه", "ها", "هم")
_IMPERFECT: Final = "يتنا"
_PAST_SUFFIXES: Final = frozenset({"وا", "تم", "ت"})
_HAMZA_SEATS: Final = str.maketrans({"ؤ": "ا", "ئ": "ا", "ء": None})
PUNCTUATION: Final = ".,،:;؛!?؟\"'«»“”‘’()[]{}<>/\\|-–—_…#@*+=~"


def space_out(text: str) -> str:
    """Punctuation marks become spaces (one `str.replace` per mark present: much cheaper than a regex over the
    text), so that every word stands between spaces; line breaks stay.

    >>> space_out("قال (الوزير): «نعم»، #اليمن_اليوم")
    'قال  الوزير    نعم    اليمن اليوم'
    """
    for mark in PUNCTUATION:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def split_words(folded: str) -> list[str]:
    """The words of a folded text, without punctuation.

    >>> split_words("قال (الوزير): «نعم»، #اليمن_اليوم")
    ['قال', 'الوزير', 'نعم', 'اليمن', 'اليوم']
    """
    return space_out(folded).split()


def word_core(token: str) -> str:
    """A folded token without a leading conjunction and definite article (with ب، ك، ل before it).

    >>> word_core("والحكومه"), word_core("للمواطنين"), word_core("بالمئه"), word_core("ترامب")
    ('حكومه', 'مواطنين', 'مئه', 'ترامب')
    """
    word = token
    if len(word) >= 4 and word[0] in _CONJUNCTIONS:
        word = word[1:]
    if word.startswith("لل") and len(word) >= 5:
        return word[2:]
    if len(word) >= 5 and word[0] in "بك" and word[1:3] == "ال":
        return word[3:]
    if word.startswith("ال") and len(word) >= 4:
        return word[2:]
    return word


def verb_key(word: str) -> str:
    """The word without a hamza seat, the future س, one subject suffix and one tense prefix.

    >>> verb_key("يؤكد"), verb_key("اكدت"), verb_key("سيعلنون"), verb_key("اعلن")
    ('اكد', 'اكد', 'علن', 'علن')
    >>> verb_key("تركزت"), verb_key("تتركز")
    ('تركز', 'تركز')
    """
    key = word.translate(_HAMZA_SEATS)
    for suffix in _VERB_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= KEY_MIN_LETTERS:
            key = key[: -len(suffix)]
            if suffix in _PAST_SUFFIXES and key[0] == "ت":
                return key  # «تركزت» is past: its «ت» is the verb's own, as in «تتركز» (key «تركز»)
            break
    if len(key) >= 5 and key[0] == "س" and key[1] in _IMPERFECT:
        key = key[1:]
    if len(key) >= 4 and key[0] in _IMPERFECT:
        key = key[1:]
    return key


def word_keys(token: str) -> frozenset[str]:
    """Every key under which a folded token may match a word of the article (see the module docstring).

    >>> sorted(word_keys("ويؤكد"))
    ['اكد', 'ويؤكد', 'يؤكد']
    """
    return _WORD_KEYS.of(token)


def _word_keys(token: str) -> frozenset[str]:
    core = word_core(token)
    forms = {token, core}
    if len(core) >= 5 and core[0] in _ONE_LETTER_PREPOSITIONS:
        forms.add(core[1:])  # بترامب، لمصر
    keys = set(forms)
    for form in forms:
        keys.add(light_stem(form))
        if form != token or form == core:  # the verb key of the clitic-free form only
            keys.add(verb_key(form))
    return frozenset(key for key in keys if len(key) >= KEY_MIN_LETTERS or key == token)


_WORD_KEYS: Final = WordMemo(_word_keys)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The shipped common-word list (clitic-free folded forms); read on first use, never at import."""
    data = resources.files("service.faithfulness").joinpath(COMMON_WORDS_FILE).read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common(token: str) -> bool:
    """Whether a folded token is a function word or in the common-word list (so it is not name-like).

    >>> is_common("يؤكد"), is_common("والحكومه"), is_common("ستنجح"), is_common("بنسبه"), is_common("ترامب")
    (True, True, True, True, False)
    """
    if token in FUNCTION_WORDS:
        return True
    words, core = common_words(), word_core(token)
    future = len(core) >= 5 and core[0] == "س" and core[1] in _IMPERFECT  # ستنجح: the future of تنجح
    preposition = len(core) >= 5 and core[0] in _ONE_LETTER_PREPOSITIONS  # بنسبة، لمشروع
    return core in words or ((future or preposition) and core[1:] in words)
