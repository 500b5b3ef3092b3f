"""The Trainer callbacks of `fit`: the loss curve (written and logged once per entry), a count of the optimiser
steps run in this process, early stopping on the metric's task, and a stop when training diverges."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

from training.config import TrainConfig

logger = logging.getLogger(__name__)
WATCHED = ("loss", "grad_norm")  # a logged value of these that is not finite means the weights are lost


def diverged(logs: dict[str, Any]) -> bool:
    """Whether a log entry shows the run diverged: its loss or gradient norm is NaN or infinite (AdamW writes a
    NaN gradient into every weight, and the run never recovers).

    >>> diverged({"loss": 7.8, "grad_norm": float("nan")}), diverged({"loss": 7.8, "grad_norm": 0.9})
    (True, False)
    """
    return any(isinstance(logs.get(name), float) and not math.isfinite(logs[name]) for name in WATCHED)


def make_callbacks(config: TrainConfig, log_path: Path, has_eval: bool) -> tuple[list[Any], dict[str, int]]:
    """The loss-curve writer, a counter of optimiser steps run in this process (`steps_run`), early stopping,
    and a stop at the first log entry that shows divergence (its step in `diverged_at`, 0 while none)."""
    from transformers import EarlyStoppingCallback, TrainerCallback

    progress = {"steps_run": 0, "diverged_at": 0}

    class LossCurve(TrainerCallback):
        def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, float] | None = None,
                   **kwargs: Any) -> None:
            if diverged(logs or {}) and not progress["diverged_at"]:  # every process logs the same gathered values
                progress["diverged_at"] = state.global_step
                control.should_training_stop = True
            if not state.is_world_process_zero:
                return
            entry = {"step": state.global_step, **{k: round(v, 5) if isinstance(v, float) else v
                                                   for k, v in (logs or {}).items()}}
            with log_path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
            logger.info("step %d: %s", state.global_step, ", ".join(f"{k}={v}" for k, v in entry.items()
                                                                     if k != "step"))

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            progress["steps_run"] += 1

    class TaskEarlyStopping(EarlyStoppingCallback):
        """Early stopping that looks only at the evaluation of the metric's task (one per eval dataset)."""

        # The base declares `metrics` only in **kwargs; transformers passes it by keyword, as this override takes it.
        def on_evaluate(  # type: ignore[override]
                self, args: Any, state: Any, control: Any, metrics: dict[str, float], **kwargs: Any) -> None:
            if f"eval_{args.metric_for_best_model}" in metrics:
                super().on_evaluate(args, state, control, metrics, **kwargs)

    callbacks: list[Any] = [LossCurve()]
    patience = config.training.early_stopping_patience
    if has_eval and patience:
        callbacks.append(TaskEarlyStopping(early_stopping_patience=patience))
    return callbacks, progress
