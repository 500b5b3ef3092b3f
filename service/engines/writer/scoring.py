"""A compression's score under the model, in a few additions: the same sum as over `SentenceParts.parts`,
with each part scored once per sentence and the kept and dropped chunks summed by prefix sums.

A sentence has hundreds of compressions and each keeps or drops every chunk up to its end, so summing the
chunks' scores one by one would cost more than everything else the writer does.
"""

from __future__ import annotations

from operator import mul
from typing import Hashable

from service.engines.writer.candidates import Compression, Opening
from service.engines.writer.features import SentenceParts, chunk_value_names
from service.engines.writer.model import WriterModel


class CompressionScorer:
    """Scores the compressions of one sentence (one `SentenceParts`) under `model`."""

    def __init__(self, parts: SentenceParts, model: WriterModel) -> None:
        self.parts = parts
        self.model = model
        self._scores: dict[Hashable, float] = {}
        self._kept = [0.0]  # prefix sums: _kept[i] is the score of keeping chunks 0..i-1, likewise _dropped
        self._dropped = [0.0]
        self._value_weights = {kept: model.weights_of(chunk_value_names("keep" if kept else "drop"))
                               for kept in (True, False)}

    def score(self, compression: Compression) -> float:
        opening, runs = compression.opening, compression.runs
        body, end = opening.body_start, compression.end
        kept, dropped = self._prefix(self._kept, end + 1, True), self._prefix(self._dropped, body, False)
        shared, features = self.model.shared_score, self.parts.features
        total = (shared(("length", compression.words), features) + self._part(("sentence",))
                 + self._part(("start", opening.form, opening.start, body), opening)
                 + self._part(("end", end, body)) + shared(("runs", len(runs)), features)
                 + kept[end + 1] - kept[body] + dropped[body])
        for run in runs:
            first, last = run
            self._prefix(dropped, last + 1, False)
            total += self._part(("run", run)) + dropped[last + 1] - dropped[first] - kept[last + 1] + kept[first]
        return total

    def _part(self, part: Hashable, opening: Opening | None = None) -> float:
        found = self._scores.get(part)
        if found is None:
            found = self._scores[part] = self.model.score(self.parts.features(part, opening))
        return found

    def _prefix(self, sums: list[float], size: int, kept: bool) -> list[float]:
        """`sums` (the kept or the dropped prefix sums) extended over the first `size` chunks."""
        while len(sums) <= size:
            sums.append(sums[-1] + self._chunk(len(sums) - 1, kept))
        return sums

    def _chunk(self, index: int, kept: bool) -> float:
        """`model.score(parts.features(("keep" or "drop", index)))`, without building the features: the same
        terms summed in the same order."""
        weights = self.model.weights
        first, second = self.parts.chunk_indicators(index, kept)
        values = self.parts.chunk_values(index)
        return sum((weights.get(first, 0.0) * 1.0, weights.get(second, 0.0) * 1.0,
                    *map(mul, self._value_weights[kept], values)))
