"""Fit the writer's weights: a log-linear choice among each article's compressions (softmax over the
candidates), trained towards the candidates that score best against the editor's headline.

The target distribution is softmax(ROUGE-L / temperature) over an article's candidates, so near-misses
count too; the loss is the cross-entropy to it plus an L2 penalty; L-BFGS (scipy) does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np
from scipy import optimize, sparse

from training.writer.examples import CandidateGroup

TEMPERATURE = 8.0
L2 = 1.0
MAX_ITERATIONS = 300


@dataclass
class Design:
    """Candidates × features matrix, group offsets and targets."""

    matrix: sparse.csr_matrix
    offsets: np.ndarray
    targets: np.ndarray
    names: list[str]


def design(groups: Iterable[CandidateGroup]) -> Design:
    """Stack the groups: each candidate's features are the sum of its parts' (candidates × parts @ parts × features)."""
    names: dict[str, int] = {}
    part_rows: list[int] = []
    part_cols: list[int] = []
    part_vals: list[float] = []
    cand_rows: list[int] = []
    cand_cols: list[int] = []
    targets: list[float] = []
    offsets = [0]
    parts_seen = candidates_seen = 0
    for group in groups:
        for features in group.parts:
            for name, value in features.items():
                part_rows.append(parts_seen)
                part_cols.append(names.setdefault(name, len(names)))
                part_vals.append(value)
            parts_seen += 1
        for indices in group.candidates:
            cand_rows.extend([candidates_seen] * len(indices))
            cand_cols.extend(parts_seen - len(group.parts) + index for index in indices)
            candidates_seen += 1
        targets.extend(group.targets)
        offsets.append(candidates_seen)
    parts = sparse.csr_matrix((part_vals, (part_rows, part_cols)), shape=(parts_seen, len(names)))
    incidence = sparse.csr_matrix((np.ones(len(cand_rows)), (cand_rows, cand_cols)),
                                  shape=(candidates_seen, parts_seen))
    return Design((incidence @ parts).tocsr(), np.array(offsets), np.array(targets), list(names))


def fit_weights(data: Design, temperature: float = TEMPERATURE, l2: float = L2,
                max_iterations: int = MAX_ITERATIONS) -> dict[str, float]:
    """Weights by feature name (deterministic: L-BFGS from zero)."""
    starts = data.offsets[:-1]
    group_of = np.repeat(np.arange(len(starts)), np.diff(data.offsets))
    wanted = _group_softmax(data.targets / temperature, starts, group_of)

    def loss_and_gradient(weights: np.ndarray) -> tuple[float, np.ndarray]:
        scores = data.matrix @ weights
        chosen = _group_softmax(scores, starts, group_of)
        log_chosen = np.log(np.maximum(chosen, 1e-300))
        loss = -(wanted * log_chosen).sum() + 0.5 * l2 * weights @ weights
        return float(loss), data.matrix.T @ (chosen - wanted) + l2 * weights

    result = optimize.minimize(loss_and_gradient, np.zeros(data.matrix.shape[1]), jac=True, method="L-BFGS-B",
                               options={"maxiter": max_iterations})
    return {name: float(value) for name, value in zip(data.names, result.x, strict=True)}


def _group_softmax(values: np.ndarray, starts: np.ndarray, group_of: np.ndarray) -> np.ndarray:
    shifted = np.exp(values - np.maximum.reduceat(values, starts)[group_of])
    return shifted / np.add.reduceat(shifted, starts)[group_of]
