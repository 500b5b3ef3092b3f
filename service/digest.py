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


FINDING_KINDS = ("number", "name", "negation")
FIELDS = ("headline", "bullets", "summary")


@dataclass(frozen=True)
class Finding:
    """Generated text the article does not support: a number, a name-like word, or a flipped negation.

    `field` is headline, bullets or summary; `index` the bullet's position (None for the other fields);
    `text` the words as they appear in the field.
    """

    field: str
    index: int | None
    kind: str
    text: str

    @property
    def slot(self) -> str:
        """`headline`, `summary` or `bullets[2]`: the name `Digest.repaired` uses."""
        return self.field if self.index is None else f"{self.field}[{self.index}]"


@dataclass(frozen=True)
class Digest:
    headline: str | None
    bullets: list[str] | None
    summary: str | None
    engine: str
    model: str | None
    input: InputInfo
    timings_ms: dict[str, float] = field(default_factory=dict)
    checks: list[Finding] = field(default_factory=list)  # empty: everything is supported by the article
    repaired: list[str] = field(default_factory=list)  # slots replaced under the `repair` policy

    def checked(self, checks: list[Finding], repaired: list[str], checks_ms: float) -> Digest:
        """This Digest with the faithfulness results and their time (built directly: `dataclasses.replace`
        costs more than checking a copied headline)."""
        return Digest(self.headline, self.bullets, self.summary, self.engine, self.model, self.input,
                      {**self.timings_ms, "checks": checks_ms}, checks, repaired)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Digest:
        fields = dict(data)
        fields["input"] = InputInfo(**fields["input"])
        fields["checks"] = [Finding(**finding) for finding in fields.get("checks") or []]
        fields["repaired"] = list(fields.get("repaired") or [])
        return cls(**fields)
