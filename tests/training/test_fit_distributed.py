"""`arsum-train fit` under `torchrun --nproc_per_node 2` on CPU (gloo): data-parallel, one bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.bundle import load_bundle_spec
from service.digest import Digest
from service.engines import load_engine
from service.options import SummaryOptions
from service.pipeline import summarize_texts
from tests.training.samples import WATER

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # two processes start torch and transformers: about a minute on 2 cores
def test_two_processes_train_together_and_write_one_bundle(recipe: Path, prepared: Path, tmp_path: Path) -> None:
    output = tmp_path / "run"
    command = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "-m", "training.cli", "fit",
               "--config", str(recipe), "--data", str(prepared), "--output", str(output)]
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1"}
    completed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert completed.stdout.count("bundle: ") == 1 and "on 2 processes" in completed.stdout
    log = [json.loads(line) for line in (output / "training_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log if "loss" in entry] == [1, 2, 3, 4]  # written once, not per process
    result = json.loads((output / "fit_result.json").read_text())
    assert (result["processes"], result["global_step"]) == (2, 4)
    # each process took a share of every batch of 4: the optimiser saw 8 examples a step
    assert log[-1]["epoch"] > 1.0 and load_bundle_spec(output / "bundle").training["processes"] == 2
    digest = summarize_texts(load_engine("seq2seq", model=output / "bundle"), [WATER], SummaryOptions())[0]
    assert isinstance(digest, Digest) and digest.headline is not None
