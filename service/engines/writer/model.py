"""The writer's learned model: feature weights, the lexicon, and where they came from (one JSON file)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Any, Callable, Final, Hashable

from service.engines.writer.lexicon import Lexicon
from service.errors import BundleError

MODEL_FORMAT: Final = "arsum-writer-1"
SHIPPED_MODEL: Final = "writer-model.json.gz"


@dataclass(frozen=True)
class WriterModel:
    """Weights of a log-linear choice among compressions; `provenance` records data, command and sizes."""

    weights: dict[str, float]
    lexicon: Lexicon
    provenance: dict[str, Any] = field(default_factory=dict)

    _vectors: dict[tuple[str, ...], tuple[float, ...]] = field(default_factory=dict, compare=False, repr=False)
    _shared: dict[Hashable, float] = field(default_factory=dict, compare=False, repr=False)

    def score(self, features: dict[str, float]) -> float:
        return sum(map(mul, map(self.weights.get, features, repeat(0.0)), features.values()))

    def shared_score(self, part: Hashable, features: Callable[[Hashable], dict[str, float]]) -> float:
        """The score of a part whose features are the same in every sentence (a compression's length, its number
        of runs): `score(features(part))`, remembered."""
        found = self._shared.get(part)
        if found is None:
            found = self._shared[part] = self.score(features(part))
        return found

    def weights_of(self, names: tuple[str, ...]) -> tuple[float, ...]:
        """The weights of these features in order (0 for an unknown one), remembered per tuple of names."""
        found = self._vectors.get(names)
        if found is None:
            found = self._vectors[names] = tuple(self.weights.get(name, 0.0) for name in names)
        return found

    def to_dict(self) -> dict[str, Any]:
        weights = {name: round(value, 5) for name, value in sorted(self.weights.items())}
        return {"format": MODEL_FORMAT, "provenance": self.provenance,
                "weights": {name: value for name, value in weights.items() if value},  # not what rounds to 0
                "lexicon": self.lexicon.to_dict()}

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)

    @classmethod
    def from_dict(cls, data: Any, origin: str) -> WriterModel:
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise BundleError(f"{origin} is not an arsum writer model (format {MODEL_FORMAT!r} expected)")
        try:
            return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                       lexicon=Lexicon.from_dict(data["lexicon"]), provenance=dict(data.get("provenance", {})))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise BundleError(f"{origin} is not a valid writer model: {error}") from None


def load_writer_model(path: str | Path | None = None) -> WriterModel:
    """A writer model from a file (`.json` or `.json.gz`) or a folder holding `writer-model.json.gz`
    (a bundle), or the one shipped with the package."""
    if path is not None and Path(path).is_dir():
        path = Path(path) / SHIPPED_MODEL
    if path is None:
        raw = resources.files("service.engines.writer").joinpath(SHIPPED_MODEL).read_bytes()
        origin = f"the shipped {SHIPPED_MODEL}"
    else:
        origin = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise BundleError(f"cannot read the writer model {origin}: {error.strerror or error}") from None
    try:
        text = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        data = json.loads(text)
    except (OSError, EOFError, ValueError) as error:
        raise BundleError(f"{origin} is not a readable writer model: {error}") from None
    return WriterModel.from_dict(data, origin)
