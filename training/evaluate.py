"""Score an engine's headlines and summaries against references, next to Lead baselines, in one run."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from service.archive.progress import Progress
from service.article import Article, prepare_article
from service.digest import Digest, Task
from service.engines.base import Summariser
from service.errors import InputError
from service.faithfulness import unsupported_findings
from service.options import SummaryOptions
from service.rows import chunked
from service.text import first_words
from training.faithfulness import FindingShares
from training.metrics import RougeScores, rouge
from training.quality import SystemOutputs

LEAD_HEADLINE_WORDS = 10
BATCH = 32
REFERENCE_FIELDS = {Task.HEADLINE: "title", Task.SUMMARY: "summary"}


def lead_headline(article: Article) -> str:
    return first_words(article.sentences[0], LEAD_HEADLINE_WORDS)


def lead_sentences(count: int) -> Callable[[Article], str]:
    return lambda article: " ".join(article.sentences[:count])


BASELINES: dict[Task, dict[str, Callable[[Article], str]]] = {
    Task.HEADLINE: {"lead-10w": lead_headline},
    Task.SUMMARY: {"lead-1": lead_sentences(1), "lead-2": lead_sentences(2), "lead-3": lead_sentences(3)},
}


@dataclass
class ScoreBoard:
    """Running sums of ROUGE F1 per (system, task), plain and stemmed; ROUGE-L per source; fluency."""

    sums: dict[tuple[str, Task], list[float]] = field(default_factory=dict)
    counts: dict[tuple[str, Task], int] = field(default_factory=dict)
    outputs: dict[tuple[str, Task], SystemOutputs] = field(default_factory=dict)  # BLEU, novelty, fluency
    by_source: dict[tuple[Task, str, str], list[float]] = field(default_factory=dict)  # (task, source, system)

    def add(self, system: str, task: Task, reference: str, prediction: str, source: str = "",
            group: str = "") -> None:
        plain, stemmed = rouge(reference, prediction), rouge(reference, prediction, stem=True)
        values = [*_triple(plain), *_triple(stemmed)]
        key = (system, task)
        self.sums[key] = [a + b for a, b in zip(self.sums.get(key, [0.0] * 6), values, strict=True)]
        self.counts[key] = self.counts.get(key, 0) + 1
        self.outputs.setdefault(key, SystemOutputs()).add(reference, prediction, source)
        self.by_source.setdefault((task, group, system), []).append(plain.rougeL)

    def add_unreferenced(self, system: str, task: Task, prediction: str, source: str) -> None:
        """An output with nothing to compare to (a bullet): lengths and fluency only."""
        self.counts[(system, task)] = self.counts.get((system, task), 0) + 1
        self.outputs.setdefault((system, task), SystemOutputs()).add(None, prediction, source)

    def rows(self) -> list[dict[str, Any]]:
        names = ("rouge1", "rouge2", "rougeL", "rouge1_stem", "rouge2_stem", "rougeL_stem")
        return [
            {"system": system, "task": task.value, "n": count,
             **{name: (round(total / count, 2) if (system, task) in self.sums else None)
                for name, total in zip(names, self.sums.get((system, task), [0.0] * 6), strict=True)},
             **self.outputs[(system, task)].scores()}
            for (system, task), count in sorted(self.counts.items(), key=lambda item: (item[0][1].value, item[0][0]))
        ]

    def source_rows(self) -> list[dict[str, Any]]:
        """ROUGE-L per task and source (sources with a name), one column per system."""
        table: dict[tuple[str, str], dict[str, Any]] = {}
        for (task, group, system), values in sorted(self.by_source.items(), key=lambda item: item[0][0].value):
            if group:
                row = table.setdefault((task.value, group), {"task": task.value, "source": group, "n": len(values)})
                row[system] = round(sum(values) / len(values), 2)
        return list(table.values())


def _triple(scores: RougeScores) -> list[float]:
    return [scores.rouge1, scores.rouge2, scores.rougeL]


@dataclass
class Evaluation:
    board: ScoreBoard = field(default_factory=ScoreBoard)
    refused: int = 0
    predictions: list[dict[str, Any]] = field(default_factory=list)
    faithfulness: FindingShares = field(default_factory=FindingShares)


def _score_record(evaluation: Evaluation, system: str, record: dict[str, Any], digest: Digest,
                  tasks: frozenset[Task], article: Article) -> None:
    outputs = {Task.HEADLINE: digest.headline, Task.SUMMARY: digest.summary}
    for task in tasks & set(REFERENCE_FIELDS):
        reference = record.get(REFERENCE_FIELDS[task])
        prediction = outputs[task]
        if reference and prediction is not None:
            evaluation.board.add(system, task, reference, prediction, article.body, str(record.get("source") or ""))
    for bullet in digest.bullets or []:
        evaluation.board.add_unreferenced(system, Task.BULLETS, bullet, article.body)


def _score_baselines(evaluation: Evaluation, record: dict[str, Any], article: Article, tasks: frozenset[Task]) -> None:
    for task in tasks & set(REFERENCE_FIELDS):
        reference = record.get(REFERENCE_FIELDS[task])
        if reference:
            for name, baseline in BASELINES[task].items():
                evaluation.board.add(name, task, reference, baseline(article), article.body,
                                     str(record.get("source") or ""))


def evaluate(engine: Summariser, records: Iterable[dict[str, Any]], options: SummaryOptions,
             system: str | None = None, keep_predictions: bool = False, progress: Progress | None = None) -> Evaluation:
    """Run the engine over records with `text` and score against `title`/`summary` where present."""
    evaluation = Evaluation()
    progress = progress or Progress(enabled=False)
    system = system or engine.name
    for batch in chunked(records, BATCH):
        articles: dict[int, Article] = {}
        rows: list[dict[str, Any]] = [{"id": record.get("id")} for record in batch]
        for position, record in enumerate(batch):
            try:
                articles[position] = prepare_article(str(record.get("text") or ""), engine.limits)
            except InputError as error:
                evaluation.refused += 1
                rows[position]["error"] = error.code
        digests = engine.summarize(list(articles.values()), options)
        for (position, article), digest in zip(articles.items(), digests, strict=True):
            _score_record(evaluation, system, batch[position], digest, options.tasks, article)
            _score_baselines(evaluation, batch[position], article, options.tasks)
            findings = unsupported_findings(article, digest)
            evaluation.faithfulness.add_digest(digest, findings)
            rows[position].update(headline=digest.headline, bullets=digest.bullets, summary=digest.summary,
                                  checks=[asdict(finding) for finding in findings])
        if keep_predictions:
            evaluation.predictions.extend(rows)
        progress.update(written=len(articles), failed=len(batch) - len(articles))
    progress.close()
    return evaluation


def format_table(rows: list[dict[str, Any]]) -> str:
    """ROUGE F1 (plain and stemmed), corpus BLEU, % novel bigrams, mean output words, cuts per output and
    % of outputs ending on a dangling word, one row per system and task (bullets: no reference, fluency only)."""
    header = (f"{'task':<9} {'system':<22} {'n':>5} {'R1':>6} {'R2':>6} {'RL':>6} {'R1 st':>6} {'R2 st':>6} "
              f"{'RL st':>6} {'BLEU':>6} {'nov2%':>6} {'words':>6} {'cuts':>5} {'dangl%':>6}")
    lines = [header, "-" * len(header)]
    for row in rows:
        cells = [_cell(row[name], 6) for name in ("rouge1", "rouge2", "rougeL", "rouge1_stem", "rouge2_stem",
                                                  "rougeL_stem", "bleu", "novel_2")]
        lines.append(f"{row['task']:<9} {row['system']:<22} {row['n']:>5} {' '.join(cells)} {row['words']:>6.1f} "
                     f"{row['cuts']:>5.2f} {row['dangling']:>6.1f}")
    return "\n".join(lines)


def format_source_table(rows: list[dict[str, Any]]) -> str:
    """ROUGE-L per source: one line per (task, source), one column per system."""
    systems = sorted({key for row in rows for key in row} - {"task", "source", "n"})
    header = f"{'task':<9} {'source':<34} {'n':>5} " + " ".join(f"{name:>12}" for name in systems)
    lines = [header, "-" * len(header)]
    for row in rows:
        values = " ".join(_cell(row.get(name), 12) for name in systems)
        lines.append(f"{row['task']:<9} {row['source'][:34]:<34} {row['n']:>5} {values}")
    return "\n".join(lines)


def _cell(value: float | None, width: int) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.2f}"


def write_predictions(path: Path, predictions: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in predictions:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
