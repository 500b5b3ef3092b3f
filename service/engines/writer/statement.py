"""The summary's opening statement: a whole sentence as editors' standfirsts open, subject first.

Standfirsts name the actor first, with the present tense («الشرطة تقول إن ...»). Besides the headline's
rewrite (`subject.find_subject_first`), a whole sentence allows a speaker whose end is certain because what
was said follows («قالت وزارة الخارجية، في بيان، إن ...» → «وزارة الخارجية تقول، في بيان، إن ...»). Only
words of the sentence move and the verb changes tense; a fronted phrase is dropped only when a verb resumes
after it, so no clause is lost («قبل عام استقالت أمل ...، لتتفرغ للرياضة» stays whole).
"""

from __future__ import annotations

from typing import Final

from service.engines.writer.agreement import agreeing_present, written_present
from service.engines.writer.candidates import PREFIX_KINDS, Compression, Opening, statement_start
from service.engines.writer.chunks import (
    COMPOUND_PREPOSITIONS,
    PREPOSITIONS,
    ChunkedSentence,
    closed_by_comma,
)
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rendering import render_words
from service.engines.writer.rewrite import SPEECH_NOUNS, bare_word, reads_as_verb, verb_key
from service.engines.writer.speech import MAX_WHO_WORDS, find_attribution
from service.engines.writer.subject import (
    MAX_APPOSITION_WORDS,
    SubjectFirst,
    find_subject_first,
    subject_doubtful,
)
from service.engines.writer.times import TIME_WORDS


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


def statement_words(sentence: ChunkedSentence, opening: Opening, lexicon: Lexicon) -> list[str]:
    """The whole sentence's words opened as `opening` says, without a leading dash; a verb moved before an
    adjunct between commas takes the comma its subject had and keeps its own («أعلنت الوزارة، أمس، أن» →
    «الوزارة تعلن، أمس، أن»)."""
    words = render_words(sentence, Compression(opening, len(sentence.chunks) - 1, (), 0), lexicon, trim=False)
    while len(words) > 1 and not any(character.isalnum() for character in words[0]):
        del words[0]  # a dash or bullet left of a dateline: «- أعلنت الشركة ...»
    subject = opening.subject
    if subject is None or not sentence.words[subject.subject_end - 1].endswith(("،", ",")):
        return words
    verb = subject.subject_end - subject.verb_index - 1
    at = sentence.chunk_at(subject.subject_end)
    following = sentence.chunks[at] if at is not None else None
    if (following is not None and verb < len(words) and words[verb] == subject.present
            and sentence.words[following.end - 1].endswith(("،", ","))
            and (following.kind in ("time", "aside") or _adjunct(sentence.keys[following.start]))):
        words[verb] += "،"
        closing = verb + following.size  # the headline form drops a time's comma («يقول السبت إن»); put it back
        if closing < len(words) and not words[closing].endswith(("،", ",")):
            words[closing] += "،"
    return words


def _verb_like(key: str, lexicon: Lexicon) -> bool:
    """Whether a clause opens with a verb: a past tense the archive knows, a present tense («يبدو»), or a past
    tense whose present the archive has («احتل», «يحتل»; «استقالت», «يستقيل» is not so simple and stays out).

    >>> lexicon = Lexicon(frequency={"يحتل": 40, "يتفق": 30})
    >>> _verb_like("احتل", lexicon), _verb_like("اتفقت", lexicon), _verb_like("المشهد", lexicon)
    (True, True, False)
    """
    return present_form(key, lexicon) is not None or reads_as_verb(key, lexicon)


# Speech verbs editors turn into the present that the archive's headlines did not teach the lexicon.
SPEECH_PRESENTS: Final = {
    "افاد": "يفيد", "افادت": "تفيد", "ذكر": "يذكر", "ذكرت": "تذكر", "اشار": "يشير", "اشارت": "تشير",
    "اعتبر": "يعتبر", "اعتبرت": "تعتبر", "رجح": "يرجح", "رجحت": "ترجح", "زعم": "يزعم", "زعمت": "تزعم",
    "صرح": "يصرح", "صرحت": "تصرح", "ابلغ": "يبلغ", "ابلغت": "تبلغ",
}
APPOSITION_KINDS: Final = frozenset({"preposition", "clitic", "relative", "resume"})


def present_form(key: str, lexicon: Lexicon) -> str | None:
    """The present tense of a past-tense verb key, with or without a leading «و»/«ف» («وافقت» is a verb).

    >>> present_form("وافقت", Lexicon(verbs={"وافقت": "توافق"}))
    'توافق'
    >>> present_form("واعلنت", Lexicon(verbs={"اعلنت": "تعلن"}))
    'تعلن'
    """
    return lexicon.verbs.get(verb_key(key, lexicon)) or SPEECH_PRESENTS.get(bare_word(key))


def statement_subject(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> SubjectFirst | None:
    """Where the verb opening chunk `start` moves to, after its subject, and its present form; None when
    the subject's end is not certain or no present form agrees with it."""
    chunk, keys = sentence.chunks[start], sentence.keys
    found = find_subject_first(sentence, start, lexicon)
    if found is None:
        present = present_form(keys[chunk.start], lexicon) or written_present(sentence, chunk.start, lexicon)
        end = _speaker_end(sentence, start, lexicon)  # «قال الوزير ... إن», «يقول عمال الإنقاذ إن»
        agreeing = agreeing_present(keys[chunk.start + 1], present, lexicon) if present and chunk.size > 1 else None
        if agreeing is None or end is None:
            return None
        found = SubjectFirst(chunk.start, end, agreeing)
    closed = closed_by_comma(sentence.words, found.subject_end)  # «زيدان، المدير الفني لفريق ...،»
    longest = MAX_WHO_WORDS + (MAX_APPOSITION_WORDS if closed else 0)
    if found.subject_end - chunk.start - 1 > longest or subject_doubtful(sentence, start, found.subject_end, lexicon):
        return None
    return found


def _speaker_end(sentence: ChunkedSentence, start: int, lexicon: Lexicon) -> int | None:
    """The end of a speaker who fills the verb's chunk, with what describes it between commas («قال بن
    والاس، وزير الدولة لشؤون الأمن، إن»), when only plain adjuncts (a time, a bracket, «في بيان»,
    «، الخميس،») follow before what was said; None for any other phrase there, which may still be part of
    the speaker («قالت اللجنة الدولية للصليب الأحمر إن», «قال مبعوث الأمم المتحدة إلى سوريا إن»)."""
    attribution = find_attribution(sentence, start, lexicon)
    if attribution is None or attribution.adverb_only():
        return None  # «وقال أيضا إن ...» names no speaker: never «أيضا يقول إن ...»
    chunks, keys = sentence.chunks, sentence.keys
    described = start + _apposition_chunks(sentence, start, attribution.clause_chunk)
    for chunk in chunks[described + 1:attribution.clause_chunk]:
        words = keys[chunk.start:chunk.end]
        if not (chunk.kind in ("time", "aside") or (chunk.kind == "preposition" and not SPEECH_NOUNS.isdisjoint(words))
                or (chunk.kind == "comma" and _adjunct(words[0]))):
            return None
    return chunks[described].end


def _apposition_chunks(sentence: ChunkedSentence, start: int, clause: int) -> int:
    """How many chunks after the speaker's describe it between commas («، وزير الخارجية،»), 0 if none."""
    chunks, words = sentence.chunks, sentence.words
    first = start + 1
    if (first >= clause or not words[chunks[start].end - 1].endswith(("،", ",")) or chunks[first].kind != "comma"
            or _adjunct(sentence.keys[chunks[first].start])):
        return 0
    for index in range(first, clause):
        if index > first and chunks[index].kind not in APPOSITION_KINDS:
            return 0
        if words[chunks[index].end - 1].endswith(("،", ",")):
            return index - start
    return 0


def _adjunct(key: str) -> bool:
    """Whether a clause opening with this word is an adjunct, not a noun in apposition («في بيان»، «الخميس»)."""
    return key in PREPOSITIONS or key in COMPOUND_PREPOSITIONS or key in TIME_WORDS
