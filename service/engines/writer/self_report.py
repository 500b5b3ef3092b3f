"""A speaker's report of its own act, stated as headlines state it: «قالت الشرطة إنها أطلقت النار على رجل» → «الشرطة
تطلق النار على رجل», «أعلن الاتحاد أنه سيفرض غرامة» → «الاتحاد سيفرض غرامة», «أكد الرئيس أنه لا يريد الحرب» →
«الرئيس لا يريد الحرب». The pronoun on «أن» must be the speaker's: of its gender (the speech verb agrees with the
speaker), and the clause's verb of the same person; not the pronoun of the matter («قال إنه تم ...», «إنه لم يقع
الاتفاق»: what follows the verb is its subject). The verb keeps its negation and its future «س»; a past verb takes
the present that editors write for it (`Lexicon.verbs`). Nothing is added: the speaker's words and the clause's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from service.engines.writer.agreement import active_past, agreeing_present, past_verb
from service.engines.writer.chunks import ChunkedSentence, fold
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import bare_word, looks_imperfect, without_future
from service.engines.writer.speech import Attribution
from service.engines.writer.times import RELATIVE_TIME, TIME_WORDS

# Speech verbs whose speaker's own act a headline states as done: not a claim («زعم»), a guess («رجح»), an admission
# of an act of the past («اعترف بأنه دفع» is no «يدفع»), nor a denial.
STATING_VERBS = frozenset("قال قالت اعلن اعلنت اكد اكدت ذكر ذكرت افاد افادت اوضح اوضحت صرح صرحت كشف كشفت".split())
# «أنه», «إنها», «بأنه» (folded, without «ب»): whose act the clause tells, by the speech verb's gender
_SPEAKERS_PRONOUNS: Final = {"انه": False, "انها": True}  # feminine?
# Verbs of the matter, whose «أنه» is no one's: «قال إنه تم ...», «إنه يجب ...», «إنه لا يوجد ...»
IMPERSONAL_VERBS: Final = frozenset("""
تم يتم سيتم يجب ينبغي يمكن يوجد توجد كان يكون سيكون بات يبدو ليس لابد وقع يقع حدث يحدث جري يجري صدر يصدر
""".split())  # and of what happened, whose subject follows: «أوضح المتحدث أنه وقع انهيار صخري»
_NEGATIONS: Final = frozenset({"لا", "لم", "لن"})  # kept with the verb: «الرئيس لا يريد ...»
_TIME_IN_SPEAKER: Final = TIME_WORDS | RELATIVE_TIME
NOUN_SHARE = 0.3  # of a past verb's uses with «ال» above which it reads as a noun («الأمر»: «أمر» 0.74, «فتح» 0.18)


@dataclass(frozen=True)
class SelfReport:
    """The reported clause's verb (word index) and its present form (None: kept as written, a present, a future
    or a negated verb)."""

    verb_index: int
    present: str | None


def self_report(sentence: ChunkedSentence, start: int, attribution: Attribution,
                lexicon: Lexicon) -> SelfReport | None:
    """The verb of a clause in which the speaker of the speech verb opening chunk `start` reports its own act.

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> from service.engines.writer.speech import find_attribution
    >>> lexicon = Lexicon(verbs={"اطلقت": "تطلق"}, frequency={"يطلق": 9, "تطلق": 9, "يريد": 9, "تريد": 9})
    >>> sentence = chunk_sentence("قالت الشرطة إنها أطلقت النار على رجل مسلح")
    >>> self_report(sentence, 0, find_attribution(sentence, 0), lexicon)
    SelfReport(verb_index=3, present='تطلق')
    >>> sentence = chunk_sentence("قالت الشرطة إنه أطلق النار على رجل مسلح")
    >>> self_report(sentence, 0, find_attribution(sentence, 0), lexicon) is None
    True
    """
    keys = sentence.keys
    clause = sentence.chunks[attribution.clause_chunk]
    if attribution.skip != 1 or not attribution.who or attribution.adverb_only() or clause.size < 3:
        return None
    speech_verb = bare_word(keys[sentence.chunks[start].start])
    feminine = _SPEAKERS_PRONOUNS.get(keys[clause.start].removeprefix("ب"))
    if feminine is None or speech_verb not in STATING_VERBS or speech_verb.endswith("ت") != feminine:
        return None  # «أكدت الشركة أنه ...»: the pronoun is another's, or the matter's
    if not _TIME_IN_SPEAKER.isdisjoint(map(fold, attribution.who)):
        return None  # «قالت الشركة العام الماضي إنها تواجه ...»: the time is no part of the speaker
    verb = clause.start + 1 + (keys[clause.start + 1] in _NEGATIONS)
    if verb >= clause.end or keys[verb] in IMPERSONAL_VERBS or not active_past(sentence, verb):
        return None
    key = keys[verb]
    written = without_future(key, lexicon)  # «سيفرض» as «يفرض»
    speakers, present = _speakers_verb(key, written, "ت" if feminine else "ي", verb > clause.start + 1, lexicon)
    if not speakers or not feminine and _matter_follows(keys, verb, written, lexicon):
        return None
    head = bare_word(keys[sentence.chunks[start].start + 1])
    if agreeing_present(head, "يقول", lexicon) != "يقول":
        return None  # «قال شهود عيان إنه استخدم سلاحا»: a singular pronoun is not the people who spoke
    return SelfReport(verb, present)


def _speakers_verb(key: str, written: str, person: str, negated: bool, lexicon: Lexicon) -> tuple[bool, str | None]:
    """Whether a verb (`written`: without a future «س») is of the speaker's person («ت» feminine, «ي» masculine),
    and the present a past takes (None: a present, a future or a negated verb, kept as written; a negation before a
    past is none of these).

    >>> lexicon = Lexicon(verbs={"اطلقت": "تطلق"}, frequency={"يريد": 9, "تريد": 9})
    >>> _speakers_verb("اطلقت", "اطلقت", "ت", False, lexicon), _speakers_verb("ستريد", "تريد", "ت", False, lexicon)
    ((True, 'تطلق'), (True, None))
    >>> _speakers_verb("تريد", "تريد", "ي", True, lexicon)
    (False, None)
    """
    if looks_imperfect(written, lexicon):
        return written[0] == person, None
    if negated or lexicon.definite_share.get(key, 0.0) > NOUN_SHARE:
        return False, None  # «إنه أمر مؤسف»: a noun the archive mostly writes with «ال», not «أمر» (ordered)
    present = past_verb(key, "", lexicon)
    return present is not None and present[:1] == person, present


def _matter_follows(keys: tuple[str, ...], verb: int, written: str, lexicon: Lexicon) -> bool:
    """Whether the noun phrase right after the verb may be its subject, «أنه» being the matter's (which is always
    masculine): a definite word or a construct («إنه لم يقع الاتفاق», «إنه ارتفع عدد المصابين»); a verb editors give
    an object keeps it as the speaker's act («أنه غرم الاتحاد الروسي»), and so does a noun with a pronoun.

    >>> lexicon = Lexicon(transitive=frozenset({"غرم"}))
    >>> _matter_follows(tuple("انه ارتفع عدد المصابين".split()), 1, "ارتفع", lexicon)
    True
    >>> _matter_follows(tuple("انه غرم الاتحاد الروسي".split()), 1, "غرم", lexicon)
    False
    """
    following = keys[verb + 1] if verb + 1 < len(keys) else ""
    construct = verb + 2 < len(keys) and keys[verb + 2].startswith("ال") and not lexicon.has_pronoun_suffix(following)
    return (following.startswith("ال") or construct) and keys[verb] not in lexicon.transitive \
        and lexicon.past_of(written) not in lexicon.transitive
