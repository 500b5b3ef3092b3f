"""Features of a compression, as a sum of parts (its start, its end, each chunk kept or dropped, its length).

A compression's score is the sum of its parts' scores, so each part is scored once per sentence and the
hundreds of compressions of a sentence cost a few additions each. Features are generic: chunk kinds,
lengths, function words, and word statistics from the lexicon; no word of an article is part of a name.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Final, Hashable, Iterable

from service.engines.salience import STOPWORDS
from service.engines.writer.candidates import Compression, Opening
from service.engines.writer.chunks import DANGLING, SAY_VERBS, ChunkedSentence, sentence_key_set
from service.engines.writer.lexicon import Lexicon
from service.engines.writer.rendering import kept_chunks

Features = dict[str, float]
# Function words, speech verbs and the empty verbs of news prose («جاء ذلك», «تم»).
CLOSED_WORDS = DANGLING | STOPWORDS | SAY_VERBS | frozenset("جاء ياتي تم يتم كان كانت يكون تكون اصبح بات ذلك".split())
SCALE: Final = 5.0  # counts are divided by this so that all features have similar ranges


def word_class(key: str) -> str:
    """A function word stands for itself; any other word for its shape.

    >>> word_class("في"), word_class("2018"), word_class("الحكومه")
    ('في', 'NUM', 'WORD')
    """
    if key in CLOSED_WORDS:
        return key
    return "NUM" if any(ch.isdigit() for ch in key) else "WORD"


def length_bin(words: int) -> int:
    """Word counts up to 20 as they are, longer ones in fives (summaries run to 40 words and more)."""
    return words if words <= 20 else min(45, 20 + 5 * ((words - 16) // 5))


@dataclass
class ArticleContext:
    """How many of the article's sentences use each word (the more, the more it is what the story is about)."""

    sentence_counts: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, sentences: Iterable[str]) -> ArticleContext:
        return cls.of_keys(map(sentence_key_set, sentences))

    @classmethod
    def of_keys(cls, key_sets: Iterable[frozenset[str]]) -> ArticleContext:
        """The context of sentences given as their sets of keys (`chunks.sentence_key_set`)."""
        return cls(Counter(chain.from_iterable(key_sets)))


@dataclass
class SentenceParts:
    """The feature parts of one sentence's compressions, computed on first use."""

    sentence: ChunkedSentence
    position: int
    lexicon: Lexicon
    context: ArticleContext
    shortened: bool = False  # people named by surname only (`names.variants`)
    cache: dict[Hashable, Features] = field(default_factory=dict)
    _values: dict[int, tuple[float, ...]] = field(default_factory=dict)

    def parts(self, compression: Compression) -> list[Hashable]:
        """Keys of the parts that make up a compression (features via `features(key, opening)`)."""
        opening = compression.opening
        kept = kept_chunks(opening, compression.end, compression.runs)
        dropped = [i for i in range(opening.body_start) if i not in kept]
        for first, last in compression.runs:
            dropped.extend(range(first, last + 1))
        return [("length", compression.words), ("sentence",),
                ("start", opening.form, opening.start, opening.body_start),
                ("end", compression.end, opening.body_start), ("runs", len(compression.runs)),
                *(("run", run) for run in compression.runs),
                *(("keep", i) for i in kept), *(("drop", i) for i in dropped)]

    def features(self, part: Hashable, opening: Opening | None = None) -> Features:
        if part not in self.cache:
            self.cache[part] = self._compute(part, opening)
        return self.cache[part]

    def _compute(self, part: Hashable, opening: Opening | None) -> Features:
        assert isinstance(part, tuple)
        name = part[0]
        if name == "length":
            return {f"length={length_bin(part[1])}": 1.0}
        if name == "sentence":
            return self._sentence()
        if name == "start":
            return self._start(part[1], part[2], part[3], opening)
        if name == "end":
            return self._end(part[1], part[2])
        if name == "runs":
            return {f"runs={part[1]}": 1.0}
        if name == "run":
            return self._run(part[1])
        return self._chunk(part[1], kept=name == "keep")

    def _start(self, form: str, start: int, body_start: int, opening: Opening | None) -> Features:
        sentence = self.sentence
        chunk = sentence.chunks[start]
        first = sentence.keys[chunk.start]
        word = self.lexicon.profile(first)
        features = {f"form={form}": 1.0, f"start={chunk.kind}": 1.0, f"start_chunk={min(start, 4)}": 1.0,
                    f"start_word={word_class(first)}": 1.0, "start_rate": word.keep_logit,
                    f"start_name={word.name and first not in CLOSED_WORDS}": 1.0,
                    "prefix_words": chunk.start / SCALE}
        if opening is not None and opening.attribution is not None:
            features["speaker_words"] = len(opening.attribution.who) / SCALE
        if opening is not None and opening.subject is not None:
            features["subject_words"] = (opening.subject.subject_end - opening.subject.verb_index - 1) / SCALE
            features["subject_whole_chunk"] = float(opening.subject.subject_end == chunk.end)
        return features

    def _sentence(self) -> Features:
        """Where the sentence stands and how much of the story it shares (recurring words per word)."""
        counts = self.context.sentence_counts
        content = [key for key in self.sentence.keys if key and key not in CLOSED_WORDS]
        recurring = sum(counts[key] > 1 for key in content) / max(1, len(content))
        return {f"sentence={min(self.position, 3)}": 1.0, f"sentence_recurring@{min(self.position, 3)}": recurring,
                "short_names": float(self.shortened)}

    def _end(self, end: int, start: int) -> Features:
        chunks, keys = self.sentence.chunks, self.sentence.keys
        following = chunks[end + 1].kind if end + 1 < len(chunks) else "END"
        rest = len(self.sentence.words) - chunks[end].end
        features = {f"end={chunks[end].kind}": 1.0, f"next={following}": 1.0,
                    f"last_word={word_class(keys[chunks[end].end - 1])}": 1.0, "rest_words": rest / 10}
        if end == start:  # only the opening clause: «أعلن الاتحاد» without what was announced
            features[f"alone={word_class(keys[chunks[start].start])}"] = 1.0
        return features

    def _run(self, run: tuple[int, int]) -> Features:
        chunks = self.sentence.chunks
        words = chunks[run[1]].end - chunks[run[0]].start
        return {f"run={chunks[run[0]].kind}": 1.0, f"run_next={chunks[run[1] + 1].kind}": 1.0,
                "run_words": words / SCALE}

    def _chunk(self, index: int, kept: bool) -> Features:
        prefix = "keep" if kept else "drop"
        features = dict.fromkeys(self.chunk_indicators(index, kept), 1.0)
        features.update(zip(chunk_value_names(prefix), self.chunk_values(index), strict=True))
        return features

    def chunk_indicators(self, index: int, kept: bool) -> tuple[str, str]:
        """The names of a kept or dropped chunk's indicator features: its kind, and its kind where it stands."""
        prefix, kind = "keep" if kept else "drop", self.sentence.chunks[index].kind
        return f"{prefix}={kind}", f"{prefix}={kind}@{min(index, 5)}"

    def chunk_values(self, index: int) -> tuple[float, ...]:
        """A chunk's statistics in CHUNK_VALUES order (the same whether it is kept or dropped): its words,
        content words, their keep logits (sum and maximum), rare words, names, definite words, words that
        recur in the article and how much, and whether it has a number."""
        if index in self._values:
            return self._values[index]
        chunk, counts, profile = self.sentence.chunks[index], self.context.sentence_counts, self.lexicon.profile
        content = rate = rare = names = definite = repeat = recur = 0.0
        rate_max, number = None, False
        for key in self.sentence.keys[chunk.start:chunk.end]:
            if not key or key in CLOSED_WORDS:
                continue
            word, count = profile(key), counts[key]
            content += 1
            rate += word.keep_logit
            if rate_max is None or word.keep_logit > rate_max:
                rate_max = word.keep_logit
            rare, names, definite = rare + word.rare, names + word.name, definite + word.definite
            if count:
                repeat, recur = repeat + (count > 1), recur + math.log(count)
            number = number or word.digit
        values = (chunk.size / SCALE, content / SCALE, rate / SCALE, rate_max or 0.0, rare / SCALE, names / SCALE,
                  definite / SCALE, repeat / SCALE, recur / SCALE, float(number))
        self._values[index] = values
        return values


CHUNK_VALUES: Final = ("words", "content", "rate", "rate_max", "rare", "names", "definite", "repeat", "recur", "number")


@lru_cache(maxsize=2)
def chunk_value_names(prefix: str) -> tuple[str, ...]:
    """The feature names of `SentenceParts.chunk_values` for a kept ("keep") or dropped ("drop") chunk."""
    return tuple(f"{prefix}_{name}" for name in CHUNK_VALUES)
