"""The loss and validation-score plot `fit` writes beside `training_log.jsonl` (a PNG, matplotlib's Agg backend)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

PLOT_FILE = "training_plot.png"
SCORES = ("rouge1", "rouge2", "rougeL")
Curves = dict[str, list[tuple[int, float]]]  # curve name -> (step, value) points


def read_log(path: Path) -> list[dict[str, Any]]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entries.append(json.loads(line))
    return entries


def curves(entries: list[dict[str, Any]]) -> tuple[Curves, Curves]:
    """(loss curves, validation-score curves) by name: `train loss`, `headline loss`, `headline rougeL`, ..."""
    losses: Curves = {}
    scores: Curves = {}
    for entry in entries:
        step = int(entry["step"])
        if isinstance(entry.get("loss"), (int, float)):
            losses.setdefault("train loss", []).append((step, float(entry["loss"])))
        for key, value in entry.items():
            name = key.removeprefix("eval_")
            task, _, metric = name.rpartition("_")
            if key == name or not task or not isinstance(value, (int, float)):
                continue
            if metric == "loss":
                losses.setdefault(f"{task} validation loss", []).append((step, float(value)))
            elif metric in SCORES:
                scores.setdefault(f"{task} {metric}", []).append((step, float(value)))
    return losses, scores


def write_plot(log_path: Path, output: Path, title: str) -> Path | None:
    """Loss (training and validation) above, validation ROUGE below; None when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        logger.warning("matplotlib is not installed: no %s (pip install 'arsum[train]')", output.name)
        return None
    losses, scores = curves(read_log(log_path))
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(8, 7), sharex=True)
    for axis, series, label in ((top, losses, "loss"), (bottom, scores, "validation ROUGE F1")):
        for name, points in sorted(series.items()):
            steps, values = zip(*points, strict=True)
            axis.plot(steps, values, marker="o" if len(points) < 30 else None, markersize=3, label=name)
        axis.set_ylabel(label)
        axis.grid(alpha=0.3)
        if series:
            axis.legend(fontsize=8)
    bottom.set_xlabel("optimiser step")
    top.set_title(title)
    figure.tight_layout()
    figure.savefig(output, dpi=100)
    plt.close(figure)
    return output
