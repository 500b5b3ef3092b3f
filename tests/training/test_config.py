"""Training recipes: every shipped recipe validates, overrides apply, and every error names its key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from service.digest import Task
from training.config import ConfigError, apply_overrides, config_from_dict, load_config, parse_override

RECIPES = sorted((Path(__file__).resolve().parents[2] / "configs" / "train").glob("*.yaml"))
MINIMAL = {"name": "t", "tasks": {"headline": {"prefix": "headline: "}}}


def test_the_four_recipes_are_shipped() -> None:
    assert {path.stem for path in RECIPES} >= {"tiny-cpu", "scratch-small", "mt5-small", "arat5v2-base"}


@pytest.mark.parametrize("path", RECIPES, ids=lambda path: path.stem)
def test_every_shipped_recipe_validates(path: Path) -> None:
    config = load_config(path)
    assert config.name == path.stem
    assert config.active_tasks
    assert config.training.precision != "fp16"


def test_xlsum_decoding_in_the_pretrained_recipes() -> None:
    for name in ("mt5-small", "arat5v2-base"):
        config = load_config(RECIPES[0].parent / f"{name}.yaml")
        for task in config.active_tasks.values():
            assert (task.decoding.num_beams, task.decoding.length_penalty, task.decoding.no_repeat_ngram_size) == (
                4, 0.6, 2)
            assert task.max_source_tokens == 512


def test_tiny_recipe_trains_from_scratch_and_the_pretrained_ones_name_a_base() -> None:
    assert load_config(RECIPES[0].parent / "tiny-cpu.yaml").model.base is None
    assert load_config(RECIPES[0].parent / "arat5v2-base.yaml").model.base == "UBC-NLP/AraT5v2-base-1024"


def test_the_pretrained_recipes_trim_their_vocabulary_and_report_to_passes_through() -> None:
    for name in ("mt5-small", "arat5v2-base"):
        assert load_config(RECIPES[0].parent / f"{name}.yaml").model.trim_vocab
    config = load_config(RECIPES[0].parent / "mt5-small.yaml", ["training.report_to=tensorboard, wandb"])
    assert config.training.report_to == "tensorboard, wandb"


@pytest.mark.parametrize(
    ("override", "key"),
    [
        ("training.learning_rte=0.1", "training.learning_rte"),
        ("training.learning_rate=fast", "training.learning_rate"),
        ("training.learning_rate=-1", "training.learning_rate"),
        ("training.batch_size=2.5", "training.batch_size"),
        ("training.precision=fp16", "training.precision"),
        ("training.save_steps=150", "training.save_steps"),
        ("training.metric_task=summary", "training.metric_task"),
        ("tasks.headline.decoding.num_beams=abc", "tasks.headline.decoding.num_beams"),
        ("tasks.headline.max_source_tokens=2", "tasks.headline.max_source_tokens"),
        ("tasks.headline.weight=-1", "tasks.headline.weight"),
        ("tasks.title.prefix=x", "tasks.title"),
        ("model.scratch.d_model=0", "model.scratch.d_model"),
        ("model.tokenizer.vocab_size=10", "model.tokenizer.vocab_size"),
        ("data.max_eval_examples=0", "data.max_eval_examples"),
        ("model.trim_vocab=true", "model.trim_vocab"),  # MINIMAL trains from scratch: nothing to trim
        ("model.trim_keep=0", "model.trim_keep"),
        ("training.report_to=", "training.report_to"),
        ("data=3", "data"),
        ("training.gradient_checkpointing=maybe", "training.gradient_checkpointing"),
    ],
)
def test_errors_name_the_key(override: str, key: str) -> None:
    raw = apply_overrides({**MINIMAL, "training": {"eval_steps": 100, "save_steps": 200}}, [override])
    with pytest.raises(ConfigError) as error:
        config_from_dict(raw)
    assert error.value.message.startswith(f"{key}:"), error.value.message


def test_a_recipe_file_with_an_error_names_the_key(tmp_path: Path) -> None:
    recipe = tmp_path / "bad.yaml"
    recipe.write_text(yaml.safe_dump({"tasks": {"summary": {"prefix": "s: ", "decoding": {"beams": 4}}}}))
    with pytest.raises(ConfigError, match=r"^tasks\.summary\.decoding\.beams: unknown key"):
        load_config(recipe)


def test_not_yaml_is_a_config_error(tmp_path: Path) -> None:
    recipe = tmp_path / "broken.yaml"
    recipe.write_text("tasks: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(recipe)


def test_overrides_are_read_as_yaml_values() -> None:
    assert parse_override("training.batch_size=16") == (["training", "batch_size"], 16)
    assert parse_override("model.base=") == (["model", "base"], None)
    assert parse_override("tasks.headline.prefix=عنوان: ") == (["tasks", "headline", "prefix"], "عنوان: ")
    assert parse_override("tasks.headline.decoding={num_beams: 2}") == (
        ["tasks", "headline", "decoding"], {"num_beams": 2})
    with pytest.raises(ConfigError, match="section.key=value"):
        parse_override("learning_rate")


def test_overrides_and_flags_change_the_recipe(tmp_path: Path) -> None:
    recipe = tmp_path / "r.yaml"
    recipe.write_text(yaml.safe_dump(MINIMAL))
    config = load_config(recipe, ["training.learning_rate=1e-2", "tasks.summary.weight=0.5",
                                  "tasks.summary.prefix=summarize: "],
                         data_dir="prepared", output="out", max_steps=7)
    assert config.training.learning_rate == 0.01
    assert config.training.max_steps == 7
    assert (config.data.dir, config.output_dir) == ("prepared", Path("out"))
    assert set(config.task_specs()) == {Task.HEADLINE, Task.SUMMARY}
    assert config.task_specs()[Task.SUMMARY].prefix == "summarize: "


def test_a_task_with_weight_zero_is_not_trained_or_bundled() -> None:
    config = config_from_dict({**MINIMAL, "tasks": {"headline": {}, "summary": {"weight": 0}}})
    assert set(config.task_specs()) == {Task.HEADLINE}


def test_max_steps_flag_is_validated() -> None:
    from training.config import with_flags

    with pytest.raises(ConfigError, match=r"^training\.max_steps:"):
        with_flags(config_from_dict(MINIMAL), max_steps=0)
