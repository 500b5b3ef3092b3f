"""Faithfulness in evaluation: the share of outputs with each kind of finding (number, name, negation).

`arsum-train evaluate` tallies the findings of each Digest against its article (`FindingShares`); `fit` checks
the generated validation texts against the model's own input (`finding_metrics`), with the service's checks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from service.digest import FIELDS, FINDING_KINDS, Digest, Finding
from service.faithfulness import ArticleEvidence, check_text

ANY = "any"
FINDING_METRICS = tuple(f"findings_{kind}" for kind in (*FINDING_KINDS, ANY))


@dataclass
class FindingShares:
    """Outputs per task (a headline, each bullet, a summary) and how many have a finding of each kind."""

    outputs: Counter[str] = field(default_factory=Counter)
    found: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, task: str, findings: list[Finding]) -> None:
        """One output of a task and its findings."""
        self.outputs[task] += 1
        for kind in {finding.kind for finding in findings} | ({ANY} if findings else set()):
            self.found[(task, kind)] += 1

    def add_digest(self, digest: Digest, findings: list[Finding]) -> None:
        slots = {finding.slot for finding in findings}
        for name in FIELDS:
            for slot in _output_slots(name, getattr(digest, name)):
                self.add(name, [finding for finding in findings if finding.slot == slot and slot in slots])

    def rows(self) -> list[dict[str, Any]]:
        """One row per task: outputs and the percentage with a number, name, negation and any finding."""
        return [{"task": task, "n": count,
                 **{kind: round(100 * self.found[(task, kind)] / count, 2) for kind in (*FINDING_KINDS, ANY)}}
                for task, count in sorted(self.outputs.items(), key=lambda item: _field_order(item[0]))]


def _output_slots(name: str, value: Any) -> list[str]:
    """The finding slots of one Digest field: none when it is absent, one per bullet, else the field's name."""
    if value is None:
        return []
    return [f"{name}[{i}]" for i in range(len(value))] if name == "bullets" else [name]


def _field_order(task: str) -> tuple[int, str]:
    return (FIELDS.index(task) if task in FIELDS else len(FIELDS), task)


def format_shares(rows: list[dict[str, Any]]) -> str:
    """The findings table printed under the ROUGE table."""
    header = f"{'task':<9} {'outputs':>7} {'number%':>8} {'name%':>6} {'negation%':>9} {'any%':>6}"
    lines = ["unsupported by the article (share of outputs with a finding):", header, "-" * len(header)]
    lines += [f"{row['task']:<9} {row['n']:>7} {row['number']:>8.2f} {row['name']:>6.2f} {row['negation']:>9.2f} "
              f"{row['any']:>6.2f}" for row in rows]
    return "\n".join(lines)


def finding_metrics(sources: list[str], outputs: list[str], task: str) -> dict[str, float]:
    """Percent of outputs with a number, name, negation or any finding against their sources (fit's
    evaluation: the source is the model's input text).

    >>> finding_metrics(["ارتفع المؤشر 3 نقاط"], ["المؤشر يرتفع 5 نقاط"], "headline")
    {'findings_number': 100.0, 'findings_name': 0.0, 'findings_negation': 0.0, 'findings_any': 100.0}
    """
    shares = FindingShares()
    for source, output in zip(sources, outputs, strict=True):
        shares.add(task, check_text(ArticleEvidence(source), task, None, output) if output.strip() else [])
    row = next(iter(shares.rows()), {kind: 0.0 for kind in (*FINDING_KINDS, ANY)})
    return {name: float(row[kind]) for name, kind in zip(FINDING_METRICS, (*FINDING_KINDS, ANY), strict=True)}
