"""Shared fixtures of the training tests: prepared data, a tiny recipe, and one short `fit` run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.training.samples import RECORDS, variants, write_jsonl
from training.cli import main
from training.prepare import PrepareOptions, prepare

TINY_RECIPE: dict[str, Any] = {
    "name": "test-tiny",
    "model": {
        "scratch": {"d_model": 16, "d_ff": 32, "d_kv": 8, "num_heads": 2, "num_layers": 1, "num_decoder_layers": 1,
                    "feed_forward_proj": "relu", "dropout_rate": 0.0, "initializer_factor": 0.5},
        "tokenizer": {"vocab_size": 400},
    },
    "tasks": {
        "headline": {"prefix": "headline: ", "max_source_tokens": 48, "max_target_tokens": 40,
                     "decoding": {"num_beams": 1, "max_new_tokens": 8}},
        "summary": {"weight": 0.5, "prefix": "summarize: ", "max_source_tokens": 48, "max_target_tokens": 24,
                    "decoding": {"num_beams": 2, "max_new_tokens": 10}},
        "bullets": {"prefix": "headline: ", "max_source_tokens": 32, "max_target_tokens": 12,
                    "decoding": {"num_beams": 1, "max_new_tokens": 6}},
    },
    "training": {"learning_rate": 0.01, "batch_size": 4, "eval_batch_size": 8, "max_steps": 4, "eval_steps": 2,
                 "save_steps": 2, "logging_steps": 1, "early_stopping_patience": 5, "threads": 1, "seed": 7},
    "data": {"max_eval_examples": 4},
}


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("training-data")
    corpus = write_jsonl(folder / "corpus.jsonl", [*RECORDS, *variants(20)])
    prepare([corpus], folder / "prepared", PrepareOptions(validation=0.3, test=0.0))
    return folder / "prepared"


@pytest.fixture(scope="session")
def recipe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recipes") / "test-tiny.yaml"
    path.write_text(yaml.safe_dump(TINY_RECIPE, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def trained(prepared: Path, recipe: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run folder after `arsum-train fit` (4 steps) through the console entry point."""
    output = tmp_path_factory.mktemp("runs") / "tiny"
    code = main(["fit", "--config", str(recipe), "--data", str(prepared), "--output", str(output)])
    assert code == 0
    return output
