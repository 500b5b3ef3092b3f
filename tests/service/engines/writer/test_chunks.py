"""How a sentence is cut into the phrases compressions keep or drop whole. Sentences written for these tests."""

from __future__ import annotations

from service.engines.writer.chunks import chunk_sentence


def phrases(sentence: str) -> list[str]:
    chunked = chunk_sentence(sentence)
    return [" ".join(chunked.words[chunk.start:chunk.end]) for chunk in chunked.chunks]


def test_binaa_opens_a_phrase_only_as_based_on() -> None:
    """«بناء على طلب» (based on a request) opens an adjunct; «بناء المستوطنات» (building them) is the verb's object."""
    assert "التي تعارض بناء المستوطنات الجديدة موقفها." in phrases("وأكدت المنظمة التي تعارض بناء المستوطنات الجديدة موقفها.")
    assert "بناء على طلب النيابة العامة." in phrases("وأجلت المحكمة الجلسة بناء على طلب النيابة العامة.")
