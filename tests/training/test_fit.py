"""`fit` end to end on a tiny from-scratch T5: bundle -> the service's engines -> Digests; resume; features."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
import yaml

from service.article import prepare_article
from service.bundle import load_bundle_spec
from service.digest import Digest, Task
from service.engines import load_engine
from service.options import Limits, SummaryOptions, build_options
from service.pipeline import summarize_texts
from tests.training.samples import RECORDS, SCHOOLS, WATER, write_jsonl
from training.cli import main
from training.config import load_config
from training.features import encode_examples, mix_examples
from training.fit import FitError, grouping_arguments, fit
from training.prepare import PrepareOptions, prepare, read_examples
from training.tokenizer import load_tokenizer


def test_prepared_data_has_every_task_in_train_and_validation(prepared: Path) -> None:
    tasks = {e.task for e in read_examples(prepared / "train.jsonl")}
    assert tasks == {"headline", "summary", "bullets"}
    assert {e.task for e in read_examples(prepared / "validation.jsonl")} >= {"headline"}


def test_fit_writes_a_bundle_with_recipe_scores_and_loss_curve(trained: Path) -> None:
    spec = load_bundle_spec(trained / "bundle")
    assert set(spec.tasks) == {Task.HEADLINE, Task.SUMMARY, Task.BULLETS}
    assert spec.tasks[Task.SUMMARY].prefix == "summarize: "
    assert spec.tasks[Task.SUMMARY].num_beams == 2
    assert spec.training["recipe"]["training"]["max_steps"] == 4
    assert spec.training["steps"] == 4 and spec.training["precision"] == "fp32"
    assert spec.training["data"]["train_examples"]["headline"] > 10
    assert {"loss", "rougeL"} <= set(spec.evaluation["validation"]["headline"])
    # the share of generated texts with unsupported numbers, names, negations is logged with ROUGE
    findings = {key: value for key, value in spec.evaluation["validation"]["headline"].items() if "findings" in key}
    assert set(findings) == {"findings_number", "findings_name", "findings_negation", "findings_any"}
    assert all(0 <= value <= 100 for value in findings.values())
    log = [json.loads(line) for line in (trained / "training_log.jsonl").read_text().splitlines()]
    assert any("eval_headline_findings_any" in entry for entry in log)
    assert [entry["step"] for entry in log if "loss" in entry] == [1, 2, 3, 4]
    assert (trained / "tokenizer" / "spiece.model").is_file()
    result = json.loads((trained / "fit_result.json").read_text())
    assert (result["start_step"], result["global_step"], result["steps_run"]) == (0, 4, 4)


def test_the_bundle_serves_digests_through_the_seq2seq_engine(trained: Path) -> None:
    engine = load_engine("seq2seq", model=trained / "bundle")
    results = summarize_texts(engine, [WATER, SCHOOLS, "not Arabic at all, only English words here"],
                              SummaryOptions())
    assert [type(result).__name__ for result in results] == ["Digest", "Digest", "NotArabicError"]
    digest = results[0]
    assert isinstance(digest, Digest) and digest.engine == "seq2seq"
    assert digest.model == trained.name  # the run folder names the model
    assert isinstance(digest.headline, str) and isinstance(digest.summary, str) and digest.bullets is not None


def test_training_features_are_what_the_engine_feeds_the_model(trained: Path, prepared: Path) -> None:
    """The same token ids for the same article at training and at serving time, for every task."""
    bundle = trained / "bundle"
    engine = load_engine("seq2seq", model=bundle)
    seen: list[list[int]] = []
    engine.generate = lambda batch, settings: seen.extend(batch) or [[0, 1]] * len(batch)  # type: ignore[method-assign]
    tokenizer = load_tokenizer(bundle)
    specs = load_bundle_spec(bundle).tasks
    examples = {e.task: e for e in read_examples(prepared / "train.jsonl")}
    for task in (Task.HEADLINE, Task.SUMMARY, Task.BULLETS):
        example = examples[task.value]
        seen.clear()
        article = prepare_article(example.text, Limits())
        engine.summarize([article], SummaryOptions(tasks=frozenset({task}), max_bullets=1))
        features = encode_examples([example], tokenizer, specs).features[0]
        assert seen == [features["input_ids"]], task
        labels = features["labels"]
        assert len(labels) <= specs[task].max_target_tokens and labels[-1] == tokenizer.eos_token_id
        assert example.target.startswith(tokenizer.decode(labels, skip_special_tokens=True))


def test_resume_continues_from_the_checkpoint_step(trained: Path, recipe: Path, prepared: Path,
                                                   tmp_path: Path) -> None:
    run = shutil.copytree(trained, tmp_path / "run")
    config = load_config(recipe, data_dir=str(prepared), output=str(run), max_steps=6)
    with pytest.raises(FitError, match="--resume"):
        fit(config)
    result = fit(config, resume=True)
    assert (result.start_step, result.global_step, result.steps_run) == (4, 6, 2)
    log = [json.loads(line) for line in (run / "training_log.jsonl").read_text().splitlines()]
    assert [entry["step"] for entry in log if "loss" in entry] == [1, 2, 3, 4, 5, 6]
    assert load_bundle_spec(run / "bundle").training["resumed_from_step"] == 4


def test_resume_without_a_checkpoint_is_a_clear_error(recipe: Path, prepared: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["fit", "--config", str(recipe), "--data", str(prepared), "--output", str(tmp_path / "new"),
                 "--resume"])
    assert code == 2
    assert "no checkpoint" in capsys.readouterr().err


def test_a_bad_override_exits_with_the_key_named(recipe: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fit", "--config", str(recipe), "--set", "training.precision=fp16"]) == 2
    assert "training.precision" in capsys.readouterr().err


def test_missing_prepared_data_is_a_clear_error(recipe: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fit", "--config", str(recipe), "--data", str(tmp_path / "nothing")]) == 2
    assert "arsum-train prepare" in capsys.readouterr().err


def test_export_adds_a_ctranslate2_model_the_service_loads(trained: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bundle = shutil.copytree(trained / "bundle", tmp_path / "bundle")
    assert main(["export", str(bundle), "--ct2", "int8"]) == 0
    assert (bundle / "ctranslate2" / "model.bin").is_file()
    engine = load_engine("auto", model=bundle)
    assert engine.name == "ctranslate2"
    digest = summarize_texts(engine, [WATER], SummaryOptions())[0]
    assert isinstance(digest, Digest) and digest.headline is not None
    assert main(["export", str(bundle)]) == 2  # exists: --force needed
    assert "--force" in capsys.readouterr().err


def test_multitask_mixing_follows_the_weights(prepared: Path) -> None:
    examples = read_examples(prepared / "train.jsonl")
    counts = {task: sum(e.task == task for e in examples) for task in ("headline", "summary")}
    mixed = mix_examples(examples, {"headline": 2.0, "summary": 0.5}, seed=1)
    assert sum(e.task == "headline" for e in mixed) == 2 * counts["headline"]
    assert sum(e.task == "summary" for e in mixed) == round(0.5 * counts["summary"])
    assert not any(e.task == "bullets" for e in mixed)
    assert mixed == mix_examples(examples, {"headline": 2.0, "summary": 0.5}, seed=1)


def test_training_learns_the_served_headlines_are_the_ones_it_was_taught(tmp_path: Path) -> None:
    """Fitted long enough on seven articles, the model served by the engine writes their headlines."""
    prepare([write_jsonl(tmp_path / "corpus.jsonl", RECORDS)], tmp_path / "data", PrepareOptions(0.0, 0.0))
    recipe = {
        "name": "memorise",
        "model": {"scratch": {"d_model": 32, "d_ff": 64, "d_kv": 16, "num_heads": 2, "num_layers": 1,
                              "num_decoder_layers": 1, "feed_forward_proj": "relu", "dropout_rate": 0.0},
                  "tokenizer": {"vocab_size": 300}},
        "tasks": {"headline": {"prefix": "headline: ", "max_source_tokens": 48, "max_target_tokens": 32,
                               "decoding": {"num_beams": 1, "max_new_tokens": 32, "no_repeat_ngram_size": 0}}},
        "training": {"learning_rate": 0.01, "batch_size": 8, "max_steps": 200, "eval_steps": 200, "save_steps": 200,
                     "logging_steps": 50, "early_stopping_patience": None, "threads": 1, "seed": 42},
    }
    (tmp_path / "memorise.yaml").write_text(yaml.safe_dump(recipe, allow_unicode=True), encoding="utf-8")
    result = fit(load_config(tmp_path / "memorise.yaml", data_dir=str(tmp_path / "data"), output=str(tmp_path / "run")))
    assert result.loss_curve[0][1] > 5 > 0.5 > result.loss_curve[-1][1]
    engine = load_engine("seq2seq", model=result.bundle)
    digests = summarize_texts(engine, [record["text"] for record in RECORDS[:6]], build_options(Limits(), ["headline"]))
    assert [digest.headline for digest in digests] == [record["title"] for record in RECORDS[:6]]


def test_early_stopping_ends_a_run_that_stops_improving(recipe: Path, prepared: Path, tmp_path: Path) -> None:
    config = load_config(recipe, ["training.metric=rougeL", "training.early_stopping_patience=1",
                                  "training.eval_steps=1", "training.save_steps=1"],
                         data_dir=str(prepared), output=str(tmp_path / "run"), max_steps=20)
    result = fit(config)
    assert result.global_step == 2  # no ROUGE gain after the first evaluation: one more, then stop
    assert load_bundle_spec(result.bundle).training["steps"] == 2


def test_a_run_that_diverges_stops_with_a_clear_error_and_no_bundle(recipe: Path, prepared: Path,
                                                                     tmp_path: Path) -> None:
    """A NaN gradient poisons every weight (seen on a GPU: scratch-small in bf16 at step 800); the run stops at the
    first log entry that shows it instead of training on for hours, and writes no bundle of NaN weights."""
    config = load_config(recipe, ["training.learning_rate=1e12", "training.logging_steps=1"],
                         data_dir=str(prepared), output=str(tmp_path / "run"), max_steps=8)
    with pytest.raises(FitError, match="diverged at step 2.*learning_rate"):
        fit(config)
    assert not (tmp_path / "run" / "bundle").exists()


def test_training_arguments_take_the_names_of_the_transformers_release_installed() -> None:
    """transformers 5.17 (on a GPU machine) has `train_sampling_strategy` but not yet `activation_checkpointing`;
    a later 5.x has both; an earlier one neither."""
    @dataclasses.dataclass
    class Release517:
        train_sampling_strategy: str = "random"
        gradient_checkpointing: bool = False

    @dataclasses.dataclass
    class Earlier:
        group_by_length: bool = False
        gradient_checkpointing: bool = False

    assert grouping_arguments(Release517, True) == {"train_sampling_strategy": "group_by_length",
                                                  "gradient_checkpointing": True}
    assert grouping_arguments(Earlier, False) == {"group_by_length": True, "gradient_checkpointing": False}
