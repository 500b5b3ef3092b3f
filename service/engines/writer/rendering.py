"""A compression as text: its kept chunks in order, opened as its form says («X: ...», subject-first), with the
commas and colons that dropped runs leave behind tidied.
"""

from __future__ import annotations

from service.engines.writer.candidates import Compression, Opening
from service.engines.writer.chunks import DANGLING, ChunkedSentence, fold
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.runs import Run
from service.engines.writer.speech import speaker_words
from service.engines.writer.subject import MAX_APPOSITION_WORDS, SubjectFirst
from service.engines.writer.tidy import tidy


def kept_chunks(opening: Opening, end: int, runs: tuple[Run, ...]) -> list[int]:
    return [index for index in range(opening.body_start, end + 1)
            if not any(first <= index <= last for first, last in runs)]


def render(sentence: ChunkedSentence, compression: Compression, lexicon: Lexicon) -> str:
    """The compression as text: opened as its form says, tidied."""
    return " ".join(render_words(sentence, compression, lexicon))


def render_words(sentence: ChunkedSentence, compression: Compression, lexicon: Lexicon,
                 trim: bool = True) -> list[str]:
    """The compression's words, opened as its form says, tidied (`trim`: without the final punctuation)."""
    opening, chunks = compression.opening, sentence.chunks
    words: list[str] = []
    for index in kept_chunks(opening, compression.end, compression.runs):
        if words and any(first <= index - 1 <= last for first, last in compression.runs):
            dropped_last = sentence.words[chunks[index].start - 1]
            if dropped_last.endswith(":"):
                words[-1] = words[-1].rstrip("،,:") + ":"  # «في بيان | يوم الأربعاء: | قررت» keeps its colon
            elif dropped_last.endswith(("،", ",")) and not _closes_apposition(words) \
                    or not any(word.endswith(("،", ",")) for word in words[:-1]):
                words[-1] = words[-1].rstrip("،,")  # «اللقاء، الذي جاء ...، يندرج» → «اللقاء يندرج»; «توزر، |
                # وبالتنسيق مع ... | من حجز» → «توزر من حجز»; «الحادث، الذي وقع ...، | الأحد | إلى» keeps it
        words.extend(sentence.words[chunks[index].start:chunks[index].end])
    if opening.report is not None and opening.attribution is not None:  # «الشرطة تطلق النار ...»
        verb = opening.report.verb_index - chunks[opening.body_start].start
        if opening.report.present is not None:
            words[verb] = opening.report.present
        words = speaker_words(opening.attribution, colon=False) + words[opening.attribution.skip:]
    elif opening.attribution is not None:
        speaker = speaker_words(opening.attribution) if opening.form == "attribution" else []
        words = speaker + words[opening.attribution.skip:]
    elif opening.form == "event":
        words = words[1:]  # «من حجز ...» → «حجز ...»
    elif opening.subject is not None:
        subject = opening.subject
        first = chunks[opening.body_start].start
        verb, stop = subject.verb_index - first, subject.subject_end - first
        named, present = words[verb + 1:stop], subject.present
        if not any(word.endswith(("،", ",")) for word in named[:-1]):
            named[-1] = named[-1].rstrip("،,")  # «قوات الجيش، تحقق» → «قوات الجيش تحقق»; apposition keeps both
        if named[-1].endswith(":"):
            named[-1], present = named[-1].rstrip(":"), present + ":"  # «يقول أحد المستخدمين: ...» → «... يقول:»
        words = named + [present] + _time_without_comma(sentence, subject, words[stop:])
    return tidy(words, lexicon, trim)


def _closes_apposition(words: list[str]) -> bool:
    """Whether the last word's comma closes a phrase the kept words opened with a comma a few words before: «توعد
    القيادي الكردي، آلدار خليل، | الرئيس المشترك ...، | الجيش التركي» keeps «خليل،», which names him between
    commas. Commas a few words apart, with no particle between, pair up from the first: «رئيس الوزراء اللبناني، سعد
    الحريري، صورة سيلفي، | ...» has closed its phrase, and «أعلن مسؤول، أن جون بولتن، | وهو ...، |» has none."""
    if not words[-1].endswith(("،", ",")):
        return False
    chained, closing = 0, len(words) - 1
    while True:
        opened = next((at for at in range(closing - 1, max(-1, closing - 1 - MAX_APPOSITION_WORDS), -1)
                       if words[at].endswith(("،", ","))), None)
        if opened is None or any(fold(word.rstrip("،,")) in DANGLING for word in words[opened + 1:closing + 1]):
            return chained % 2 == 1
        chained, closing = chained + 1, opened


def _time_without_comma(sentence: ChunkedSentence, subject: SubjectFirst, rest: list[str]) -> list[str]:
    """What follows a subject put first, a time that stood between commas now after the verb without its comma:
    «قال الرئيس، السبت، إن ...» → «الرئيس يقول السبت إن ...»."""
    at = sentence.chunk_at(subject.subject_end)
    time = sentence.chunks[at] if at is not None else None
    if time is None or time.kind != "time" or rest[:time.size] != list(sentence.words[time.start:time.end]):
        return rest  # no time there, or a run dropped it
    last = time.size - 1
    if rest[last].endswith(("،", ",")):
        rest = rest[:last] + [rest[last].rstrip("،,")] + rest[last + 1:]
    return rest
