"""The one data shape that leaves the service: the same object from Python, HTTP and archive rows."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Task(str, enum.Enum):
    HEADLINE = "headline"
    BULLETS = "bullets"
    SUMMARY = "summary"


ALL_TASKS: frozenset[Task] = frozenset(Task)


@dataclass(frozen=True)
class InputInfo:
    """What the service saw of the article, after cleaning."""

    chars: int
    words: int
    sentences: int
    paragraphs: int
    sections: int
    arabic_ratio: float
    html_stripped: bool = False
    truncated: bool = False
    source_tokens: int | None = None


@dataclass(frozen=True)
class Digest:
    headline: str | None
    bullets: list[str] | None
    summary: str | None
    engine: str
    model: str | None
    input: InputInfo
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Digest:
        fields = dict(data)
        fields["input"] = InputInfo(**fields["input"])
        return cls(**fields)
