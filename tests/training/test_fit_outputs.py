"""What HF Trainer users expect of `fit`: a plot, integrations, quiet evaluations, no stale fast model."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from service.digest import Digest
from service.engines import load_engine
from service.engines.ct2 import CONVERSION_FILE, refresh_conversion
from service.options import SummaryOptions
from service.pipeline import summarize_texts
from tests.training.samples import WATER
from training.cli import main
from training.config import load_config
from training.fit import fit
from training.plot import curves, read_log

FLOOD = "seem to have been set"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fit_draws_the_loss_and_validation_curves_beside_the_log(trained: Path) -> None:
    plot = trained / "training_plot.png"
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and plot.stat().st_size > 10_000
    losses, scores = curves(read_log(trained / "training_log.jsonl"))
    assert [step for step, _ in losses["train loss"]] == [1, 2, 3, 4]
    assert [step for step, _ in losses["headline validation loss"]] == [2, 4]
    assert {"headline rougeL", "bullets rouge1"} <= set(scores)


def test_report_to_tensorboard_writes_event_files_and_evaluations_stay_quiet(
        recipe: Path, prepared: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    config = load_config(recipe, ["training.report_to=tensorboard"], data_dir=str(prepared),
                         output=str(tmp_path / "run"), max_steps=4)
    fit(config)
    events = list((tmp_path / "run" / "checkpoints" / "runs").rglob("events.out.tfevents*"))
    assert events and events[0].stat().st_size > 0
    assert FLOOD not in capfd.readouterr().err  # two tasks evaluated twice: the old code warned every time
    generation = json.loads((tmp_path / "run" / "bundle" / "generation_config.json").read_text(encoding="utf-8"))
    assert "max_length" not in generation and generation["max_new_tokens"] == 8


def test_an_unknown_integration_is_refused_with_its_key(recipe: Path, prepared: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fit", "--config", str(recipe), "--data", str(prepared), "--output", str(tmp_path / "run"),
                 "--set", "training.report_to=tensorboard,papyrus"]) == 2
    error = capsys.readouterr().err
    assert "training.report_to" in error and "papyrus" in error
    assert not (tmp_path / "run").exists()


def test_old_bundles_with_max_length_20_do_not_flood_the_log(tiny_bundle: Path, tmp_path: Path,
                                                             capfd: pytest.CaptureFixture[str]) -> None:
    bundle = shutil.copytree(tiny_bundle, tmp_path / "bundle")
    path = bundle / "generation_config.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), "max_length": 20, "min_length": 0}))
    engine = load_engine("seq2seq", model=bundle)
    for _ in range(2):
        summarize_texts(engine, [WATER, WATER + "\nوأكد الوزير أهمية المشروع."], SummaryOptions())
    assert FLOOD not in capfd.readouterr().err


def test_resume_redoes_the_ctranslate2_model_of_the_rewritten_bundle(trained: Path, recipe: Path, prepared: Path,
                                                                      tmp_path: Path) -> None:
    from transformers import AutoModelForSeq2SeqLM

    run = shutil.copytree(trained, tmp_path / "run")
    model = AutoModelForSeq2SeqLM.from_pretrained(run / "bundle")
    model.lm_head.weight.data.mul_(2)  # the fast model of other weights than the ones resume will write
    model.save_pretrained(run / "bundle")
    assert main(["export", str(run / "bundle")]) == 0
    old_model = (run / "bundle" / "ctranslate2" / "model.bin").read_bytes()
    fit(load_config(recipe, data_dir=str(prepared), output=str(run), max_steps=6), resume=True)
    record = json.loads((run / "bundle" / "ctranslate2" / CONVERSION_FILE).read_text(encoding="utf-8"))
    assert record["weights_sha256"] == sha256(run / "bundle" / "model.safetensors")
    assert (run / "bundle" / "ctranslate2" / "model.bin").read_bytes() != old_model
    digest = summarize_texts(load_engine("auto", model=run / "bundle"), [WATER], SummaryOptions())[0]
    assert isinstance(digest, Digest) and digest.engine == "ctranslate2"


def test_a_stale_conversion_is_replaced_by_export_and_removed_without_ctranslate2(
        trained: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transformers import AutoModelForSeq2SeqLM

    bundle = shutil.copytree(trained / "bundle", tmp_path / "bundle")
    assert main(["export", str(bundle)]) == 0
    assert refresh_conversion(bundle) is None  # up to date: left alone
    model = AutoModelForSeq2SeqLM.from_pretrained(bundle)
    model.lm_head.weight.data.mul_(2)
    model.save_pretrained(bundle)
    assert main(["export", str(bundle)]) == 0  # stale: no --force needed
    record = json.loads((bundle / "ctranslate2" / CONVERSION_FILE).read_text(encoding="utf-8"))
    assert record["weights_sha256"] == sha256(bundle / "model.safetensors")
    model.lm_head.weight.data.mul_(2)
    model.save_pretrained(bundle)
    monkeypatch.setattr("service.engines.engine_packages_installed", lambda name: name != "ctranslate2")
    assert refresh_conversion(bundle) is None
    assert not (bundle / "ctranslate2").exists()
