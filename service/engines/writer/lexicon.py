"""What the writer knows about words, learned from an archive of articles and their headlines.

Only generic word statistics are kept (no sentence of any article): how often a word of a lead sentence is
kept in the headline, how often a word is seen with the article «ال» (common nouns) or never (names), and
which past-tense verbs editors turn into the present in a subject-first headline («أكدت» → «تؤكد»).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final, cast
from dataclasses import dataclass, field

from service.engines.writer.chunks import DANGLING, SAY_VERBS
from service.text.word_memo import WordMemo

DEFINITE_SHARE_NAME: Final = 0.02  # seen with «ال» at most this often: a name, not a common noun
NAME_PARTICLES: Final = frozenset("عبد ابو ابن بن بنت ال ام".split())
PRONOUN_SUFFIXES: Final = ("ه", "ها", "هم", "هما", "هن")
FUTURE_PREFIXES: Final = ("سي", "ست", "سن")  # the future's «س» before a present tense
# Verbs that go on with what someone said («وتابعت», «ولفت»): «و» before them is always the conjunction.
REPORTING_VERBS = frozenset("تابع تابعت لفت لفتت نوه نوهت بين بينت ختم ختمت تساءل تساءلت عزا عزت ارجع ارجعت".split())
SHORT_CLITIC_RESTS: Final = frozenset("تم قد لم لن لا ما في من هو هي هم ظل".split())  # «وتم», «وظل»; not «وجد» (جد)
CLITIC_WAW_RATIO: Final = 2  # «زارة» is rare beside «وزارة», «حده» beside «وحده»; verbs are known (below)
MIN_CLITIC_FA_DOCUMENTS: Final = 20  # articles with the word as written, for its share against the rest to say anything
MIN_CLITIC_FA_REST: Final = 250  # below that, a rare «ف» word is a clitic only before a word this common
OWN_WAW_SEEN, OWN_WAW_RATIO = 100, 10  # a word whose «و» is its own: seen this often, this much more than the rest
CLITIC_FA_SHARE: Final = 0.25  # «فمثلا» is 1/7 as common as «مثلا»; «فكرة» is 1/2 as common as «كرة», «فيصل» 3/4 «يصل»
MAX_PROFILES: Final = 65_536  # words remembered by `Lexicon.profile` before it starts afresh
COMPLEMENT_WINDOW = 12  # words after a verb within which its complement's preposition (`Lexicon.complements`) is sought
GLUED_COMPLEMENT: Final = "ب"  # a complement of «ب» glued to its word: «طالب المتظاهرون | بالإفراج ...»
BARE_NAME_RATIO: Final = 30  # «سيسي» is seen in 1/30 as many articles as «السيسي»: a family name («دولي»: 1/13)


@dataclass(frozen=True)
class WordProfile:
    """What the features read of one word: its keep logit, whether it is rare, a name, definite, a number."""

    keep_logit: float
    rare: bool
    name: bool
    definite: bool
    digit: bool


@dataclass(frozen=True)
class Lexicon:
    """Word statistics keyed by `chunks.fold` keys.

    `keep_rate`: share of lead sentences containing the word whose headline contains it too (smoothed).
    `frequency`: how many articles use the word (the common vocabulary; an absent word is rare: a name).
    `definite_share`: share of the word's uses that carry the article «ال» (0 for names and verbs).
    `verbs`: past-tense verb as written → its present-tense form in headlines.
    `plural_heads`: nouns editors follow with a plural verb (a subject-first rewrite would need one).
    `transitive`: verbs editors' headlines follow with their object («بدأ» → «يبدأ تشكيل ...»): a compression
    does not stop after such a verb's subject.
    `unfinished`: words editors' headlines (almost) never end on («وزير», «أسعار», «يعلن»): nor does an output.
    `complements`: a verb opening sentences (past or present) → the preposition its clause (nearly) always goes
    on with («أعرب» → «عن», «يعتمد» → «على», «طالب» → «ب» glued to a word: `GLUED_COMPLEMENT`): an output does not
    stop before it.
    `verb_prepositions`: a past verb → the prepositions its sentences go on with far more often than sentences at
    large («أعلن» → «عن», «دعا» → «إلى»): such a phrase after the verb's subject is the verb's, not the subject's.
    `governs`: a word of the archive's articles → the preposition right after it in (nearly) all its uses
    («الإفراج» → «عن», «تمكنوا» → «من»): an output does not end on it before that preposition.
    `event_nouns`: verbal nouns that editors open the headline with when a lead opens with a verb of managing whose
    complement they start («تمكنت الوحدات الأمنية من حجز ...» → «حجز ...»; not «الفوز», whose doer matters).
    """

    keep_rate: Mapping[str, float] = field(default_factory=dict)
    prior: float = 0.1
    frequency: dict[str, int] = field(default_factory=dict)
    definite_share: dict[str, float] = field(default_factory=dict)
    verbs: dict[str, str] = field(default_factory=dict)
    plural_heads: frozenset[str] = frozenset()
    transitive: frozenset[str] = frozenset()
    unfinished: frozenset[str] = frozenset()
    complements: dict[str, str] = field(default_factory=dict)
    verb_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    governs: dict[str, str] = field(default_factory=dict)
    event_nouns: frozenset[str] = frozenset()
    _profiles: WordMemo[WordProfile] = field(init=False, compare=False, repr=False)
    _pasts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_profiles", WordMemo(self._worked_out_profile, MAX_PROFILES))

    def profile(self, key: str) -> WordProfile:
        """The word's statistics as the writer's features use them, remembered (`WordMemo`: the same words recur
        across the articles of a day).

        >>> Lexicon(frequency={"روسيا": 900}).profile("روسيا")
        WordProfile(keep_logit=0.0, rare=False, name=True, definite=False, digit=False)
        """
        return self._profiles.of(key)

    def _worked_out_profile(self, key: str) -> WordProfile:
        return WordProfile(self.keep_logit(key), not self.is_common(key), self.is_name(key), key.startswith("ال"),
                           any(ch.isdigit() for ch in key))

    def past_of(self, key: str) -> str:
        """The past a learned present belongs to («ينفذ» → «نفذ»), or the key itself: a sentence that opens with
        the present asks the same of its verb as one that opens with the past.

        >>> Lexicon(verbs={"نفذ": "ينفذ", "نفذت": "تنفذ"}).past_of("تنفذ"), Lexicon().past_of("تنفذ")
        ('نفذت', 'تنفذ')
        """
        if not self._pasts and self.verbs:
            self._pasts.update((present, past) for past, present in reversed(self.verbs.items()))
        return self._pasts.get(key, key)

    def keep_logit(self, key: str) -> float:
        """How much more often than average the word is kept in a headline, as a log-odds difference."""
        rate = self.keep_rate.get(key)
        return 0.0 if rate is None else _logit(rate) - _logit(self.prior)

    def is_common(self, key: str) -> bool:
        return key in self.frequency

    def is_indefinite_noun(self, key: str) -> bool:
        """Whether a word is a common word written without «ال» and no name: an indefinite noun or adjective
        («مصدر», «منظمة», «تحالف»), which a word after it may complete.

        >>> lexicon = Lexicon(frequency={"مصدر": 90, "المصدر": 90}, definite_share={"مصدر": 0.4})
        >>> lexicon.is_indefinite_noun("مصدر"), lexicon.is_indefinite_noun("المصدر"), lexicon.is_indefinite_noun("سامي")
        (True, False, False)
        """
        return not key.startswith("ال") and self.is_common(key) and not self.is_name(key)

    def may_be_name(self, key: str) -> bool:
        """Whether a word may be (part of) a name: `is_name`, or a word the archive does not know («سافتشينكو»).

        >>> lexicon = Lexicon(frequency={"الولايات": 900})
        >>> lexicon.may_be_name("سافتشينكو"), lexicon.may_be_name("الولايات")
        (True, False)
        """
        return self.is_name(key) or not self.is_common(key)

    def is_name(self, key: str) -> bool:
        """A capitalised-in-spirit word: rare, or common but never seen with «ال» and not a verb, past or present
        («يخضع» is no name: «أن المحامي كوهين | يخضع»).

        >>> Lexicon(frequency={"روسيا": 900}).is_name("روسيا")
        True
        >>> Lexicon(frequency={"مواصله": 900, "مواصلته": 40, "فاطمه": 90}).is_name("مواصله"), Lexicon().is_name("فاطمه")
        (False, True)
        >>> Lexicon(frequency={"يندم": 14}).is_name("سيندم"), Lexicon(frequency={"ستيفن": 280}).is_name("ستيفن")
        (False, True)
        """
        known = self._profiles.known(key)  # the word's profile, when the features asked for it, holds the answer
        if known is not None:
            return known.name
        if key in NAME_PARTICLES:
            return True
        if key.startswith("ال"):
            return False  # see `is_family_name`
        if key[:1] in ("ب", "ل", "ك", "و", "ف") and key[1:] in self.frequency:
            return False  # «بمنفذ», «لرئيس»: a preposition or conjunction on a common word
        if self.is_indefinite_accusative(key):
            return False  # «اتصالا»: never written with «ال»
        if self.has_pronoun_suffix(key):
            return False  # «قوله», «يحفظه»: a common word with a pronoun
        if key[:2] in FUTURE_PREFIXES and len(key) > 4 and self.frequency.get(key[1:], 0) > self.frequency.get(key, 0):
            return False  # «سيندم»: the future of «يندم», which the archive writes more often
        if key.endswith("ه") and len(key) > 3 and any(key[:-1] + suffix in self.frequency for suffix in ("ته", "تها")):
            return False  # «مواصلة», seen as «مواصلته»: a noun that takes a pronoun, which a name does not
        if key.endswith(("ي", "و")) and key + "ن" in self.frequency:
            return False  # «مشجعي» (of «مشجعين»): a plural before its complement
        share = self.definite_share.get(key)
        return key not in self.verbs and self.past_of(key) == key and (share is None or share <= DEFINITE_SHARE_NAME)

    def is_indefinite_accusative(self, key: str) -> bool:
        """Whether a word ending in «ا» is the accusative of a common word («اتصالا» of «اتصال»), not a name
        that ends so and has an adjective of its own («روسيا» beside «روسي»): the bare word is the commoner.

        >>> lexicon = Lexicon(frequency={"اتصال": 90, "الاتصال": 80, "اتصالا": 30, "روسيا": 400, "روسي": 40,
        ...                              "الروسي": 300})
        >>> lexicon.is_indefinite_accusative("اتصالا"), lexicon.is_indefinite_accusative("روسيا")
        (True, False)
        """
        stem = key[:-1]
        return (key.endswith("ا") and "ال" + stem in self.frequency and key in self.frequency
                and self.frequency.get(stem, 0) >= self.frequency[key])  # a rare «ريانا» is a name

    def has_pronoun_suffix(self, key: str) -> bool:
        """Whether a word is a common word with a pronoun («رئيسها», «حكومته»), which points back to a noun
        before it.

        >>> Lexicon(frequency={"رئيس": 90, "حكومه": 40}).has_pronoun_suffix("رئيسها")
        True
        >>> Lexicon(frequency={"رئيس": 90, "حكومه": 40}).has_pronoun_suffix("حكومته")
        True
        >>> Lexicon(frequency={"التركي": 90}).has_pronoun_suffix("التركيه")  # «التركية»: «ال» takes no pronoun
        False
        >>> Lexicon(frequency={"اسباني": 90, "الاسبانيه": 90}).has_pronoun_suffix("اسبانيه")
        False
        """
        if key.startswith("ال") or (key.endswith("يه") and "ال" + key in self.frequency):
            return False  # «إسبانية» is seen as «الإسبانية»: its «ه» is the «ة» of an adjective, no pronoun
        for suffix in PRONOUN_SUFFIXES:
            stem = key[:-len(suffix)]
            if key.endswith(suffix) and len(stem) >= 2 and (
                    stem in self.frequency or (stem.endswith("ت") and stem[:-1] + "ه" in self.frequency)):
                return True
        return False

    def is_family_name(self, key: str) -> bool:
        """A family name written with «ال» («السيسي»): its bare form is far rarer than it («سيسي»), unlike a
        common word or adjective («الخارجية», «الدولي»).

        >>> lexicon = Lexicon(frequency={"خارجيه": 500, "الخارجيه": 900, "السيسي": 800, "سيسي": 20})
        >>> lexicon.is_family_name("السيسي"), lexicon.is_family_name("الخارجيه")
        (True, False)
        """
        return not key.endswith(("ين", "ون", "ات")) and self.definite_name(key)  # «الشريفين»: a dual or plural

    def definite_name(self, key: str) -> bool:
        """A name that takes «ال» («الصين», «البحرين», «السيسي»): its bare form is far rarer than it.

        >>> Lexicon(frequency={"الصين": 900, "صين": 3, "الحادثه": 500, "حادثه": 400}).definite_name("الصين")
        True
        """
        return key.startswith("ال") and len(key) >= 5 \
            and self.frequency.get(key[2:], 0) * BARE_NAME_RATIO < self.frequency.get(key, 1)

    def is_clitic_waw(self, key: str) -> bool:
        """Whether a leading «و» is the conjunction (the rest is a word of its own), not a root letter.

        >>> Lexicon(frequency={"اعلنت": 50, "وزاره": 80}).is_clitic_waw("واعلنت")
        True
        >>> Lexicon(frequency={"اعلنت": 50, "وزاره": 80}).is_clitic_waw("وزاره")
        False
        >>> Lexicon().is_clitic_waw("وتابعت"), Lexicon().is_clitic_waw("وتم"), Lexicon().is_clitic_waw("وجد")
        (True, True, False)
        >>> lexicon = Lexicon(frequency={"الش": 9, "الي": 900})
        >>> lexicon.is_clitic_waw("والش"), lexicon.is_clitic_waw("والي")
        (False, True)
        >>> lexicon = Lexicon(verbs={"شن": "يشن", "رد": "يرد"}, frequency={"يورد": 40})
        >>> lexicon.is_clitic_waw("وشن"), lexicon.is_clitic_waw("ورد")
        (True, False)

        A leading «ف» before a word far commoner without it («فمثلا»; «فكرة» is no «ف» + «كرة»), or before a
        particle or a definite word («فقد», «فالحكومة»).

        >>> lexicon = Lexicon(frequency={"كره": 90, "فكره": 40, "مثلا": 700, "فمثلا": 100, "سرت": 80, "بعضهم": 800})
        >>> lexicon.is_clitic_waw("فكره"), lexicon.is_clitic_waw("فمثلا"), lexicon.is_clitic_waw("فالحكومه")
        (False, True, True)
        >>> lexicon.is_clitic_waw("فسرت"), lexicon.is_clitic_waw("فبعضهم")  # rare as written: by the rest alone
        (False, True)
        """
        if len(key) == 3 and key[0] == "و" and key[1:] in SHORT_CLITIC_RESTS:
            return True  # «وتم», «وقد»
        if len(key) == 3 and key[0] == "و" and key[1:] in self.verbs and key not in self.verbs \
                and "ي" + key not in self.frequency:
            return True  # «وشن», «وحث»: a doubled verb of two letters; «ورد» (يورد) is a verb of its own
        if len(key) < 4 or key[0] not in "وف" or key in self.verbs:  # «فجرت» and «وضعت» are verbs themselves
            return False
        rest = key[1:]
        if rest in self.verbs or rest in SAY_VERBS or rest in REPORTING_VERBS:
            return True
        if rest.startswith("ال") and len(rest) == 3 and rest not in DANGLING:
            return False  # «والش» (Walsh), «والد»: «ال» and one letter is no word («وإلى», «وإلا» are)
        if key[0] == "ف" and (rest.startswith("ال") or rest in SHORT_CLITIC_RESTS):
            return True
        rest_frequency = self.frequency.get(rest, 0)
        if key[0] == "ف" and self.frequency.get(key, 0) < MIN_CLITIC_FA_DOCUMENTS:  # too rare for a share:
            return rest_frequency >= MIN_CLITIC_FA_REST  # «فبعضهم» is «ف» + «بعضهم»; «فسرت» is no «ف» + «سرت»
        factor = CLITIC_WAW_RATIO if key[0] == "و" else CLITIC_FA_SHARE
        return rest_frequency > 0 and rest_frequency * factor >= self.frequency.get(key, 0)

    def may_open_with_and(self, key: str) -> bool:
        """Whether a word may open with the conjunction «و» (a list or a coordinated clause goes on): any word with
        a leading «و», except one the archive shows often and far more often than the rest of it («وحدات»,
        «وزارة», «وافقت»; not «وربطهم», seen a dozen times).

        >>> lexicon = Lexicon(frequency={"وحدات": 900, "وربطهم": 12})
        >>> lexicon.may_open_with_and("وحدات"), lexicon.may_open_with_and("وربطهم")
        (False, True)
        """
        if not key.startswith("و"):
            return False
        seen = self.frequency.get(key, 0)
        return seen < OWN_WAW_SEEN or self.frequency.get(key[1:], 0) * OWN_WAW_RATIO > seen

    def to_dict(self) -> dict[str, object]:
        return {"keep_rate": dict(self.keep_rate), "prior": self.prior, "frequency": self.frequency,
                "definite_share": self.definite_share, "verbs": self.verbs,
                "plural_heads": sorted(self.plural_heads), "transitive": sorted(self.transitive),
                "unfinished": sorted(self.unfinished), "complements": self.complements,
                "verb_prepositions": {verb: sorted(found) for verb, found in self.verb_prepositions.items()},
                "governs": self.governs, "event_nouns": sorted(self.event_nouns)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Lexicon:
        fields = cast(dict[str, Any], data)  # checked by load_writer_model's format check
        return cls(keep_rate=dict(fields["keep_rate"]), prior=float(fields["prior"]),
                   frequency=dict(fields["frequency"]), definite_share=dict(fields["definite_share"]),
                   verbs=dict(fields["verbs"]), plural_heads=frozenset(fields["plural_heads"]),
                   transitive=frozenset(fields.get("transitive", ())),
                   unfinished=frozenset(fields.get("unfinished", ())),
                   complements=dict(fields.get("complements", {})),
                   verb_prepositions={verb: frozenset(found)
                                      for verb, found in fields.get("verb_prepositions", {}).items()},
                   governs=dict(fields.get("governs", {})), event_nouns=frozenset(fields.get("event_nouns", ())))


def _logit(rate: float) -> float:
    rate = min(max(rate, 1e-4), 1 - 1e-4)
    return math.log(rate / (1 - rate))
