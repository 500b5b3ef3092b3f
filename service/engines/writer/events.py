"""The deed a verb of managing names, which editors open the headline with in the verb's place: «تمكنت
الوحدات الأمنية بالمدينة من حجز 6 بنادق صيد» → «حجز 6 بنادق صيد» (the archive teaches which verbal nouns:
`Lexicon.event_nouns`; «تمكن الفريق من الفوز» keeps who won).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from service.engines.writer.chunks import ChunkedSentence
from service.engines.writer.complements import complement_chunk
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rewrite import bare_word

if TYPE_CHECKING:
    from service.engines.writer.candidates import Opening

# Verbs of managing to do something, whose doer is no news once the deed is named («تمكنت الشرطة من حجز ...»); not
# verbs of causing («أدى الإعصار إلى وفاة طفلة»: the cause is the news).
ABILITY_VERBS: Final = frozenset("تمكن تمكنت استطاع استطاعت نجح نجحت".split())


def event_chunk(sentence: ChunkedSentence, plain: Opening, lexicon: Lexicon) -> int | None:
    """The complement chunk of a verb of managing opening the sentence as written (`plain`: «تمكنت», not after «لم»)
    whose first word after the preposition is one of `Lexicon.event_nouns`; None otherwise.

    >>> from service.engines.writer.candidates import Opening
    >>> from service.engines.writer.chunks import chunk_sentence
    >>> lexicon = Lexicon(complements={"تمكنت": "من"}, event_nouns=frozenset({"حجز"}), frequency={"حجز": 9})
    >>> [event_chunk(chunk_sentence(text), Opening("plain", 0, 0), lexicon)
    ...  for text in ("تمكنت الشرطة في المدينة من حجز 6 بنادق", "لم تتمكن الشرطة في المدينة من حجز 6 بنادق")]
    [2, None]
    """
    if not lexicon.event_nouns or plain.form != "plain":
        return None
    keys = sentence.keys
    verb = bare_word(keys[sentence.chunks[plain.start].start])
    preposition = lexicon.complements.get(verb)
    if preposition is None or verb not in ABILITY_VERBS:
        return None
    found = complement_chunk(sentence, plain, lexicon)
    if found is None or found == plain.start:
        return None
    chunk = sentence.chunks[found]
    opened = keys[chunk.start] == preposition and chunk.size > 1
    return found if opened and keys[chunk.start + 1] in lexicon.event_nouns else None
