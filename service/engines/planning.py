"""Article planning shared by every engine: sentence units with salience, bullet groups, near-duplicates.

The extractive writer and the neural engines' source selection both start from these units, so a bullet
is planned for the same paragraph group whichever engine writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final, NamedTuple

from service.article import Article
from service.engines.salience import content_terms, score_sentences
from service.text import split_overlong, word_count
from service.text.segment import CLAUSE_BREAKS

UNIT_MAX_WORDS: Final = 60
# Engines read at most this many units of an article: far more than any news article has (the longest in the
# development corpora has 556), and a bound on the work a pathological input (99,000 one-word lines) can cause.
MAX_UNITS: Final = 1000
UNIT_MAX_CHARS: Final = 2000  # a "sentence" of one 200,000-character word is cut: rules and regexes see at most this
MAX_OVERLAP: Final = 0.5


@dataclass(frozen=True)
class Unit:
    """A sentence (or a chunk of an overlong one) with where it stands in the article."""

    text: str
    section: int
    paragraph: int
    score: float = 0.0
    mid_clause: bool = False  # a later piece of an overlong sentence, cut within a clause: no statement opens it
    after_comma: bool = False  # a later piece cut at a comma: a statement only if it names its subject
    in_quotation: bool = False  # it opens inside a quotation an earlier one opened: someone's words, not the story's

    @property
    def opens_statement(self) -> bool:
        """Whether a headline or a bullet may be written from it (neither mid-clause nor inside a quotation)."""
        return not (self.mid_clause or self.in_quotation)


def unscored_units(article: Article) -> list[Unit]:
    """The article's first MAX_UNITS sentence units (overlong sentences in chunks) in order, with their
    section and paragraph."""
    units: list[Unit] = []
    paragraph_index = 0
    sentences = article.paragraph_sentences()
    for section_index, section in enumerate(article.page.sections):
        for _ in section.paragraphs:
            if len(units) >= MAX_UNITS:
                break
            pieces = _pieces(next(sentences))
            quoted = opened_in_quotation([piece.text for piece in pieces])
            units.extend(Unit(piece.text[:UNIT_MAX_CHARS], section_index, paragraph_index,
                              mid_clause=piece.mid_clause, after_comma=piece.after_comma, in_quotation=in_quotation)
                         for piece, in_quotation in zip(pieces, quoted, strict=True))
            paragraph_index += 1
    del units[MAX_UNITS:]
    return units


def opened_in_quotation(texts: list[str]) -> list[bool]:
    """For each text of a paragraph (its sentences, or an overlong one's pieces), whether it opens inside a quotation
    that an earlier one opened and a later one (or itself) closes: «قال ترامب "لا يمكنني أن أصدق ذلك. | الناس
    يتدفقون، هذا مؤسف" وكان القاضي ...» — the second is his, not the story's. Texts whose marks never balance (a
    stray quote) have none. Linear: the marks are counted once, running.

    >>> opened_in_quotation(['قال "لا أصدق ذلك.', 'هذا مؤسف" وكان القاضي قد علق المرسوم.', 'وصل الوفد.'])
    [False, True, False]
    >>> opened_in_quotation(['قال "لا أصدق ذلك.', 'هذا مؤسف.'])
    [False, False]
    """
    counts = [0, 0, 0]  # «"» pairs to close, «« not closed by »», “ not closed by ”
    opened = []
    for text in texts:
        opened.append(counts[0] % 2 == 1 or counts[1] > 0 or counts[2] > 0)
        counts[0] += text.count('"')
        counts[1] += text.count("«") - text.count("»")
        counts[2] += text.count("“") - text.count("”")
    return [False] * len(texts) if counts[0] % 2 or counts[1] or counts[2] else opened


class _Piece(NamedTuple):
    text: str
    mid_clause: bool  # cut within a clause
    after_comma: bool  # cut at a comma (or another clause break) after the sentence's first piece


def _pieces(sentences: list[str]) -> list[_Piece]:
    """A paragraph's sentences, overlong ones in pieces, each with where it was cut."""
    pieces: list[_Piece] = []
    for sentence in sentences:
        split = split_overlong(sentence, UNIT_MAX_WORDS)
        for index, piece in enumerate(split):
            at_break = index > 0 and split[index - 1].endswith(CLAUSE_BREAKS)
            pieces.append(_Piece(piece, index > 0 and not at_break, at_break))
    return pieces


def article_units(article: Article) -> list[Unit]:
    """`unscored_units` with their salience scores."""
    units = unscored_units(article)
    scores = score_sentences([unit.text for unit in units])
    return [replace(unit, score=score) for unit, score in zip(units, scores, strict=True)]


def overlap(text: str, other: str) -> float:
    """Share of the shorter text's content words found in the other (0 when either has none)."""
    mine, theirs = set(content_terms(text)), set(content_terms(other))
    return len(mine & theirs) / min(len(mine), len(theirs)) if mine and theirs else 0.0


def _contiguous_groups(units: list[Unit], count: int) -> list[list[Unit]]:
    """Split units into `count` runs of consecutive paragraphs with similar word counts."""
    sizes = [word_count(unit.text) for unit in units]
    total = sum(sizes)
    groups: list[list[Unit]] = [[] for _ in range(count)]
    running = 0
    for unit, size in zip(units, sizes, strict=True):
        index = min(count - 1, running * count // max(total, 1))
        groups[index].append(unit)
        running += size
    return [group for group in groups if group]


def bullet_groups(units: list[Unit], count: int) -> list[list[Unit]]:
    """One group per headed section when the article has sections, else runs of paragraphs."""
    by_section: dict[int, list[Unit]] = {}
    for unit in units:
        by_section.setdefault(unit.section, []).append(unit)
    if len(by_section) >= 3:
        ranked = sorted(by_section.values(), key=lambda g: -max(u.score for u in g))[:count]
        return sorted(ranked, key=lambda g: g[0].section)
    return _contiguous_groups(units, min(count, len(units)))


def repeats(line: str, shown: list[str]) -> bool:
    """Whether a line shares at least MAX_OVERLAP of its content words with a line already shown."""
    return any(overlap(line, other) >= MAX_OVERLAP for other in shown)
