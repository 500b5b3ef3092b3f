"""Count, over an archive of articles and their headlines, what the writer's lexicon records.

Counting is split per worker (`LexiconCounts.add` per article, `merge` across workers); `build_lexicon`
turns the counts into the `Lexicon` the service ships, keeping only words seen often enough.
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter, defaultdict
from collections.abc import MutableMapping
from dataclasses import dataclass, field, replace
from typing import cast
from itertools import pairwise

from service.engines.writer.chunks import DANGLING, SAY_VERBS, fold
from service.engines.writer.clause_ends import CLAUSE_FINAL, closes_clause
from service.engines.writer.features import CLOSED_WORDS
from service.engines.writer.lexicon import COMPLEMENT_WINDOW, Lexicon
from service.engines.writer.rewrite import bare_word
from training.writer.events import Event, event_nouns, lead_events, title_opening
from training.writer.complements import (
    GOVERNED_PREPOSITIONS,
    complements,
    governed_prepositions,
    verb_prepositions,
    window_prepositions,
)
from training.writer.unfinished import unfinished_words
from training.writer.verbs import FUNCTION_WORDS, other_gender_pasts, present_forms

MIN_LEAD_COUNT = 10  # lead sentences a word must appear in to get a keep rate
MIN_DOCUMENTS = 8  # articles a word must appear in to count as common
RATE_SMOOTHING = 5.0
MIN_VERB_EVIDENCE = 3
MIN_REFLEXIVE_OPENERS = 30  # sentences opening with a past of «انفعل» or feminine «تفعّل» to derive its present
MIN_VERB_SHARE = 0.03  # of the articles opening with the verb, the share whose headline uses its present
MIN_PLURAL_EVIDENCE = 3
MIN_PLURAL_RATIO = 3.0  # times as many plural verbs after the word as singular ones, headlines and articles together
AGREEMENT_WINDOW = 4  # words after a subject placed after «أن» in which its verb is sought
_SUBJECT_AFTER = frozenset({"ان", "وان", "لان", "بان"})  # folded «أن»/«إن»: the subject comes before its verb
MIN_OBJECT_EVIDENCE = 5  # headlines with the verb's present
MIN_OBJECT_SHARE = 0.6  # of which at least this share go on with its object
# Verbs news prose uses in the passive (unvowelled «قتل» is also «قُتل»): never turned subject-first.
PASSIVE_PRONE = frozenset("قتل اصيب جرح اعتقل توفي اعدم اختطف عين كلف انتخب سجن طرد اغتيل ضبط".split())
_PLURAL_VERB = re.compile(r"^[يت].{2,}(?:ون|ان)$")
_EDGE_PUNCTUATION = "\"'«»“”.,،:؛!؟?()"


@dataclass
class LexiconCounts:
    """Raw counts; `add` one article at a time, `merge` counts from another worker."""

    lead: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)
    tokens: Counter[str] = field(default_factory=Counter)
    first_words: Counter[str] = field(default_factory=Counter)
    verb_evidence: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    objects: Counter[str] = field(default_factory=Counter)  # headlines where the verb's present takes an object
    plural_evidence: Counter[tuple[str, str]] = field(default_factory=Counter)  # (headline word, plural verb)
    # (subject after «أن», the verb's plural form, whether the verb was plural): «أن عمال | يواصلون | True»
    agreement: Counter[tuple[str, str, bool]] = field(default_factory=Counter)
    title_words: Counter[str] = field(default_factory=Counter)  # headlines using the word
    title_ends: Counter[str] = field(default_factory=Counter)  # headlines ending on it
    clause_ends: Counter[str] = field(default_factory=Counter)  # article words before a comma, a colon, a stop
    openers: Counter[str] = field(default_factory=Counter)  # sentences opening with the word
    opener_prepositions: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    sentence_prepositions: Counter[str] = field(default_factory=Counter)  # sentences with it after the first word
    # the first word opening with «ب» after a sentence's first (`complements.window_prepositions`): per opener, at large
    opener_glued: Counter[tuple[str, str]] = field(default_factory=Counter)
    sentence_glued: Counter[str] = field(default_factory=Counter)
    # (word, the preposition right after it, no punctuation between): «الإفراج | عن» (`governed_prepositions`)
    followed_by: Counter[tuple[str, str]] = field(default_factory=Counter)
    events: Counter[Event] = field(default_factory=Counter)  # (verb of managing, preposition, word) in a lead
    event_titles: Counter[Event] = field(default_factory=Counter)  # of which the headline opens with the word
    sentences: int = 0
    articles: int = 0

    def add(self, sentences: list[str], title: str | None) -> None:
        keys = [fold(word) for sentence in sentences for word in sentence.split()]
        self._add_agreement(keys)
        self.tokens.update(keys)
        self.documents.update(set(keys))
        self.articles += 1
        for sentence in sentences:
            words = sentence.split()
            self._add_opener(words)
            self._add_followed(words)
            self.clause_ends.update(fold(word) for word in words[:-1] if CLAUSE_FINAL.search(word))
            self.clause_ends.update(fold(word) for word in words[-1:])
        if not title or not sentences:
            return
        title_words = [word.strip(_EDGE_PUNCTUATION) for word in title.split()]
        title_keys = [fold(word) for word in title_words]
        lead = {fold(word) for word in sentences[0].split()}
        self.lead.update(lead)
        self.kept.update(lead & set(title_keys))
        self._add_verb(sentences[0], title_words, title_keys)
        events = lead_events(sentences[0].split())
        self.events.update(events)
        self.event_titles.update(event for event in events if event[2] == title_opening(title))
        ending = [key for key in title_keys if key]
        self.title_words.update(set(ending))
        if ending:
            self.title_ends[ending[-1]] += 1
        self.plural_evidence.update((first, second) for first, second in pairwise(title_keys)
                                    if _PLURAL_VERB.match(second) and not first.startswith("و"))

    def _add_verb(self, lead: str, title_words: list[str], title_keys: list[str]) -> None:
        words = lead.split()
        if not words:
            return
        first = fold(words[0])
        for verb in {first, bare_word(first)}:  # «وافقت» is a verb as written, «وأعلنت» without its «و»
            self.first_words[verb] += 1
            forms = present_forms(verb)
            for index, (word, key) in enumerate(zip(title_words, title_keys, strict=True)):
                if key in forms:
                    self.verb_evidence[verb][word] += 1
                    following = title_keys[index + 1] if index + 1 < len(title_keys) else ""
                    self.objects[verb] += (bool(following) and following not in FUNCTION_WORDS
                                           and following[:1] not in "بلك")

    def _add_agreement(self, keys: list[str]) -> None:
        """Count the first present-shaped verb after a subject that follows «أن», with its plural form: editors
        write «أن عمال الإنقاذ يواصلون» but «أن الدول تدعو», so the archive tells plurals of people from other
        nouns (`_plural_heads` keeps the verbs that are words of the archive)."""
        for index, key in enumerate(keys[:-2]):
            if key not in _SUBJECT_AFTER:
                continue
            for verb in keys[index + 2:index + 2 + AGREEMENT_WINDOW]:
                if verb[:1] in "يت" and len(verb) > 3:
                    plural = verb.endswith("ون") and verb[:1] == "ي"
                    self.agreement[keys[index + 1], verb if plural else "ي" + verb[1:] + "ون", plural] += 1
                    break

    def _add_followed(self, words: list[str]) -> None:
        """Count each word right before a preposition, with nothing between («الإفراج عن», not «الحكومة، في»)."""
        for index in range(1, len(words)):
            preposition = words[index]
            if len(preposition) <= 4 and fold(preposition) in GOVERNED_PREPOSITIONS \
                    and not closes_clause(words[index - 1]):
                self.followed_by[fold(words[index - 1]), fold(preposition)] += 1

    def _add_opener(self, words: list[str]) -> None:
        """Count which prepositions follow a sentence's first word within `COMPLEMENT_WINDOW` words."""
        if len(words) < 2:
            return
        prepositions, glued = window_prepositions([fold(word) for word in words[1:COMPLEMENT_WINDOW + 1]])
        self.sentence_prepositions.update(prepositions)
        self.sentences += 1
        first = fold(words[0])
        if glued is not None:
            self.sentence_glued[glued] += 1
        for opener in {first, bare_word(first)}:
            self.openers[opener] += 1
            self.opener_prepositions[opener].update(prepositions)
            if glued is not None:
                self.opener_glued[opener, glued] += 1

    def merge(self, other: LexiconCounts) -> None:
        for name in ("lead", "kept", "documents", "tokens", "first_words", "plural_evidence", "agreement", "objects",
                     "title_words", "title_ends", "clause_ends", "openers", "sentence_prepositions", "opener_glued",
                     "sentence_glued", "followed_by", "events", "event_titles"):
            getattr(self, name).update(getattr(other, name))
        for verb, forms in other.verb_evidence.items():
            self.verb_evidence[verb].update(forms)
        for opener, prepositions in other.opener_prepositions.items():
            self.opener_prepositions[opener].update(prepositions)
        self.sentences += other.sentences
        self.articles += other.articles


def build_lexicon(counts: LexiconCounts) -> Lexicon:
    """The shipped word statistics: keep rates, common words, «ال» shares, verbs, plural subject heads."""
    prior = sum(counts.kept.values()) / max(1, sum(counts.lead.values()))
    keep_rate = {word: round((counts.kept[word] + RATE_SMOOTHING * prior) / (seen + RATE_SMOOTHING), 4)
                 for word, seen in counts.lead.items() if seen >= MIN_LEAD_COUNT and word}
    frequency = {word: seen for word, seen in counts.documents.items() if seen >= MIN_DOCUMENTS and word}
    definite_share = {}
    for word in frequency:
        if not word.startswith("ال"):
            share = counts.tokens["ال" + word] / (counts.tokens[word] + counts.tokens["ال" + word])
            if share > 0.02:
                definite_share[word] = round(share, 3)
    verbs = {}
    for verb, forms in counts.verb_evidence.items():
        form, seen = forms.most_common(1)[0]
        common_enough = seen >= MIN_VERB_SHARE * counts.first_words[verb] or verb in SAY_VERBS  # «قال» → «يقول»
        if seen >= MIN_VERB_EVIDENCE and common_enough and verb not in PASSIVE_PRONE and verb not in FUNCTION_WORDS:
            verbs[verb] = form
    verbs.update(_other_genders(verbs))
    verbs = {past: present for past, present in verbs.items()  # «قتلت» learned must not bring back «قتل»
             if past not in PASSIVE_PRONE and past.removesuffix("ت") not in PASSIVE_PRONE}
    verbs |= _reflexive_verbs(counts, verbs)
    transitive = _transitive(counts, verbs)
    names = Lexicon(frequency=frequency, definite_share=definite_share)
    plural_heads = _plural_heads(counts, frequency, names)
    complemented = complements(counts, verbs, Lexicon(frequency=frequency, verbs=verbs))
    return Lexicon(keep_rate=keep_rate, prior=round(prior, 4), frequency=frequency, definite_share=definite_share,
                   verbs=verbs, plural_heads=plural_heads, transitive=transitive, unfinished=unfinished_words(counts),
                   complements=complemented, verb_prepositions=verb_prepositions(counts, verbs),
                   governs=governed_prepositions(counts),
                   event_nouns=event_nouns(counts.events, counts.event_titles, complemented))


def _reflexive_verbs(counts: LexiconCounts, verbs: dict[str, str]) -> dict[str, str]:
    """Common sentence openers that can only be a past tense without a passive reading, whose present the
    archive writes but headlines too seldom to learn it: «انفعل» («انطلقت» → «تنطلق») and the feminine of
    «تفعّل»/«تفاعل» («تواصلت» → «تتواصل»; not its masculine, which may be a present: «تواصل الحكومة»). Only
    presents whose spelling the folded counts cannot have changed («تتأثر» folds to «تتاثر», «ينتهى» to «ينتهي»).

    >>> counts = LexiconCounts()
    >>> counts.openers.update({"انطلقت": 40, "تواصلت": 40, "تواصل": 40, "تاثرت": 40})
    >>> counts.documents.update({"تنطلق": 50, "تتواصل": 50, "يتواصل": 50, "تتاثر": 50})
    >>> _reflexive_verbs(counts, {})
    {'انطلقت': 'تنطلق', 'تواصلت': 'تتواصل'}
    """
    found = {}
    for opener, seen in counts.openers.items():
        reflexive = opener.startswith("ان") or (opener.startswith("ت") and opener.endswith("ت"))
        if seen < MIN_REFLEXIVE_OPENERS or not reflexive or len(opener) < 5 or opener in verbs \
                or opener in PASSIVE_PRONE or opener in FUNCTION_WORDS:
            continue
        presents = [(counts.documents[form], form) for form in present_forms(opener)
                    if counts.documents[form] >= MIN_DOCUMENTS and _spelled_as_folded(opener, form)]
        if presents:
            found[opener] = max(presents)[1]
    return found


def _spelled_as_folded(past: str, present: str) -> bool:
    """Whether a folded present is spelled as written: no final «ي» or «ه» (maybe «ى», «ة»), no «ا» (maybe «أ»)
    but the plain alef of «تفاعل» («تتواصل» from «تواصلت»)."""
    form_vi = past.startswith("ت") and past[2:3] == "ا" and present.count("ا") == 1
    return not present.endswith(("ي", "ه")) and ("ا" not in present or form_vi)


def _transitive(counts: LexiconCounts, verbs: dict[str, str]) -> frozenset[str]:
    """Verbs whose present, in the headlines that use it, is mostly followed by its object («يبدأ تشكيل»,
    «يهنئ الفائزين»), not by a preposition or nothing («يفوز على», «يتوفى»); both genders.

    >>> counts = LexiconCounts()
    >>> counts.verb_evidence["بدا"]["يبدأ"], counts.objects["بدا"] = 10, 8
    >>> counts.verb_evidence["فاز"]["يفوز"], counts.objects["فاز"] = 10, 1
    >>> counts.verb_evidence["انهي"]["ينهي"], counts.objects["انهي"] = 10, 9
    >>> sorted(_transitive(counts, {"بدا": "يبدا", "بدات": "تبدا", "فاز": "يفوز", "انهي": "ينهي", "انهت": "تنهي"}))
    ['انهت', 'انهي', 'بدا', 'بدات']
    """
    seen = {verb: sum(forms.values()) for verb, forms in counts.verb_evidence.items()}
    found = {verb for verb, total in seen.items()
             if total >= MIN_OBJECT_EVIDENCE and counts.objects[verb] >= MIN_OBJECT_SHARE * total}
    found |= {past for past in verbs if not found.isdisjoint(other_gender_pasts(past))}  # «أنهى», «أنهت»
    return frozenset(found & verbs.keys())


def _plural_heads(counts: LexiconCounts, frequency: dict[str, int], names: Lexicon) -> frozenset[str]:
    """Nouns that take a plural verb when they come first: plurals of people («عمال», «الأعضاء», «المحتجون»),
    seen before a plural verb in headlines or after «أن» in articles at least MIN_PLURAL_RATIO times as often as
    before a singular one («الدول تدعو», «الرياض تستضيف», «الشباب» the club).

    >>> counts = LexiconCounts()
    >>> counts.agreement.update({("عمال", "يواصلون", True): 4, ("الدول", "يدعون", False): 40})
    >>> names = Lexicon(frequency={"عمال": 90}, definite_share={"عمال": 0.5})  # seen with «ال»: no name
    >>> sorted(_plural_heads(counts, {"يواصل": 9, "يدعون": 9}, names))
    ['عمال']
    """
    plural = _plural_subjects(counts, frequency)
    singular: Counter[str] = Counter()
    for (word, form, is_plural), seen in counts.agreement.items():
        if is_plural and form[:-2] in frequency:  # «يواصلون», whose singular «يواصل» is a word: not «يتعاون»
            plural[word] += seen
        elif not is_plural and form in frequency:  # «تدعو», whose plural «يدعون» is a word
            singular[word] += seen
    return frozenset(word for word, seen in plural.items()
                     if seen >= MIN_PLURAL_EVIDENCE and seen >= MIN_PLURAL_RATIO * singular[word]
                     and word not in CLOSED_WORDS and word.removeprefix("ال") not in DANGLING  # «الآلاف من ...»
                     and not names.is_name(word) and not word[:1].isdigit())


def _plural_subjects(counts: LexiconCounts, frequency: dict[str, int]) -> Counter[str]:
    """Headline words followed by a plural or dual verb («المحتجون يطالبون»): the verb's singular must be a word
    of its own («يطالب»), which keeps out singular verbs that merely end in «ون» («يتعاون»)."""
    subjects: Counter[str] = Counter()
    for (word, verb), seen in counts.plural_evidence.items():
        if verb[:-2] in frequency:
            subjects[word] += seen
    return subjects


def _other_genders(verbs: dict[str, str]) -> dict[str, str]:
    """The feminine of each masculine verb found and back («قال» → «يقول» gives «قالت» → «تقول»).

    A verb ending in a long vowel drops it («أدى» → «أدت», «دعا» → «دعت»), or keeps it («بقي» → «بقيت»): folded,
    «ى» is «ي», so both forms are derived; only the one news prose writes ever occurs.

    >>> _other_genders({"قال": "يقول", "حذرت": "تحذر"})
    {'قالت': 'تقول', 'حذر': 'يحذر'}
    >>> _other_genders({"ادي": "يؤدي", "دعا": "يدعو"})
    {'اديت': 'تؤدي', 'ادت': 'تؤدي', 'دعات': 'تدعو', 'دعت': 'تدعو'}
    """
    derived = {}
    for past, present in verbs.items():
        if present[:1] == "ي" and past + "ت" not in verbs:
            derived[past + "ت"] = "ت" + present[1:]
            if past.endswith(("ي", "ا")) and len(past) > 2 and past[:-1] + "ت" not in verbs:
                derived[past[:-1] + "ت"] = "ت" + present[1:]
        elif present[:1] == "ت" and past.endswith("ت") and past[:-1] not in verbs and len(past) > 3:
            derived[past[:-1]] = "ي" + present[1:]
    return derived


def leave_one_out(lexicon: Lexicon, counts: LexiconCounts, lead: str, title: str) -> Lexicon:
    """The lexicon as if this article had not been counted (its lead words' keep rates), so that training
    examples do not see their own headline through the rates."""
    title_keys = {fold(word.strip(_EDGE_PUNCTUATION)) for word in title.split()}
    prior = lexicon.prior
    own: dict[str, float] = {}
    for word in {fold(word) for word in lead.split()} & lexicon.keep_rate.keys():
        seen = counts.lead[word] - 1
        kept = counts.kept[word] - (word in title_keys)
        own[word] = (kept + RATE_SMOOTHING * prior) / (seen + RATE_SMOOTHING)
    # every other table as it is, with a word-profile memo of its own (profiles hold the keep rates; the new
    # lexicon makes its memo afresh)
    return replace(lexicon, keep_rate=ChainMap(own, cast(MutableMapping[str, float], lexicon.keep_rate)))
