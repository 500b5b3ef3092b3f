"""The summary's opening statement: a whole sentence as editors' standfirsts open, subject first.

Standfirsts name the actor first, with the present tense («الشرطة تقول إن ...»). Besides the headline's
rewrite (`rewrite.find_subject_first`), a whole sentence allows a speaker whose end is certain because what
was said follows («قالت وزارة الخارجية، في بيان، إن ...» → «وزارة الخارجية تقول، في بيان، إن ...»). Only
words of the sentence move and the verb changes tense; a fronted phrase is dropped only when a verb resumes
after it, so no clause is lost («قبل عام استقالت أمل ...، لتتفرغ للرياضة» stays whole).
"""

from __future__ import annotations

from service.engines.writer.candidates import PREFIX_KINDS, SPEECH_NOUNS, Opening, statement_start
from service.engines.writer.chunks import (
    COMPOUND_PREPOSITIONS,
    PREPOSITIONS,
    TIME_WORDS,
    Chunk,
    ChunkedSentence,
)
from service.engines.writer.lexicon import NAME_PARTICLES, Lexicon
from service.engines.writer.rewrite import (
    MAX_WHO_WORDS,
    SubjectFirst,
    bare_word,
    find_attribution,
    find_subject_first,
    looks_imperfect,
    plural_safe,
)


def statement_opening(sentence: ChunkedSentence, lexicon: Lexicon) -> Opening | None:
    """How a summary opens with this sentence: where its statement starts, subject-first where safe; None
    when it holds no statement of its own («حيث ...», «مشيرا ...»).

    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(verbs={"قالت": "تقول"}, frequency={"الشرطه": 9})
    >>> opening = statement_opening(chunk_sentence("قالت الشرطة في بيان إن الطريق مغلق"), lexicon)
    >>> opening.form, opening.subject.present
    ('subject', 'تقول')
    """
    start = statement_start(sentence)
    if start is None:
        return None
    first = next(index for index, chunk in enumerate(sentence.chunks) if chunk.kind not in PREFIX_KINDS)
    if start != first and not _verb_like(sentence.keys[sentence.chunks[start].start], lexicon):
        return Opening("plain", first, first)  # «مع توصل رئيس تسلا، إيلون ماسك، إلى ...» keeps its opening
    subject = statement_subject(sentence, start, lexicon)
    return Opening("subject" if subject else "plain", start, start, subject=subject)


def _verb_like(key: str, lexicon: Lexicon) -> bool:
    """Whether a clause opens with a verb: a past tense the archive knows, or a present tense («يبدو»)."""
    return present_form(key, lexicon) is not None or looks_imperfect(bare_word(key), lexicon)


def present_form(key: str, lexicon: Lexicon) -> str | None:
    """The present tense of a past-tense verb key, with or without a leading «و»/«ف» («وافقت» is a verb).

    >>> present_form("وافقت", Lexicon(verbs={"وافقت": "توافق"}))
    'توافق'
    >>> present_form("واعلنت", Lexicon(verbs={"اعلنت": "تعلن"}))
    'تعلن'
    """
    return lexicon.verbs.get(key) or lexicon.verbs.get(bare_word(key))


def statement_subject(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> SubjectFirst | None:
    """Where the verb opening chunk `start` moves to, after its subject, and its present form; None when
    the subject's end is not certain or the verb would need another number."""
    chunk, keys = sentence.chunks[start], sentence.keys
    found = find_subject_first(sentence, start, lexicon)
    if found is None:
        present = present_form(keys[chunk.start], lexicon)
        end = _speaker_end(sentence, start, lexicon)
        if present is None or end is None or not _singular(sentence, chunk, lexicon):
            return None
        found = SubjectFirst(chunk.start, end, present)
    subject = keys[chunk.start + 1:found.subject_end]
    if len(subject) > MAX_WHO_WORDS or _coordinated(subject, lexicon) or _name_then_noun(subject, lexicon):
        return None
    return found


def _singular(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """Whether the subject takes the verb's singular: a singular head, or a plural of things with a feminine
    verb («أعلنت السلطات» → «السلطات تعلن»)."""
    if chunk.size < 2:
        return False
    head = sentence.keys[chunk.start + 1]
    if plural_safe(head, lexicon):
        return True
    return head.endswith("ات") and (present_form(sentence.keys[chunk.start], lexicon) or "")[:1] == "ت"


def _speaker_end(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int | None:
    """The end of a speaker who fills the verb's chunk, when only a name in apposition («، دونالد ترامب،»)
    and then plain adjuncts (a time, a bracket, «في بيان», «، الخميس،») stand between it and what was said;
    None for any other phrase there, which may still be part of the speaker («قالت اللجنة الدولية للصليب
    الأحمر إن», «قال مبعوث الأمم المتحدة إلى سوريا إن»)."""
    attribution = find_attribution(sentence, start)
    if attribution is None:
        return None
    chunks, keys = sentence.chunks, sentence.keys
    end = chunks[start].end
    adjunct_seen = False
    for chunk in chunks[start + 1:attribution.clause_chunk]:
        words = keys[chunk.start:chunk.end]
        if chunk.kind == "comma" and not adjunct_seen and _apposition(sentence, chunk, lexicon):
            end = chunk.end  # «قال الرئيس، دونالد ترامب، إن» → «الرئيس، دونالد ترامب، يقول إن»
        elif (chunk.kind in ("time", "aside") or (chunk.kind == "preposition" and not SPEECH_NOUNS.isdisjoint(words))
              or (chunk.kind == "comma" and _adjunct(words[0]))):
            adjunct_seen = True
        else:
            return None
    return end


def _apposition(sentence: ChunkedSentence, chunk: Chunk, lexicon: Lexicon) -> bool:
    """A name between commas: «، رجب طيب أردوغان،»."""
    return sentence.words[chunk.end - 1].endswith(("،", ",")) and all(
        lexicon.is_name(key) for key in sentence.keys[chunk.start:chunk.end])


def _adjunct(key: str) -> bool:
    """Whether a clause opening with this word is an adjunct, not a noun in apposition («في بيان»، «الخميس»)."""
    return key in PREPOSITIONS or key in COMPOUND_PREPOSITIONS or key in TIME_WORDS


def _coordinated(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a subject's later words coordinate another («الرئيس ووزير الخارجية»): the verb would be dual."""
    return any(lexicon.is_clitic_waw(key) for key in subject[1:])


def _name_then_noun(subject: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a name is followed by a definite common word that is no adjective of it: that word may be the
    verb's object («كشفت شركة أبل النقاب عن ...» is not «شركة أبل النقاب تكشف»)."""
    return any(lexicon.is_name(key) and key not in NAME_PARTICLES and following.startswith("ال")
               and not following.endswith(("ي", "يه")) and not lexicon.is_family_name(following)
               for key, following in zip(subject, subject[1:]))
