"""Training recipes: YAML files validated into frozen dataclasses; every error names the key it is about."""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Iterable, Union

import yaml

from service.bundle import TaskSpec
from service.digest import Task
from service.errors import ArsumError

PRECISIONS = ("auto", "fp32", "bf16")
OPTIMIZERS = ("adamw_torch", "adafactor")
SCHEDULERS = ("linear", "cosine", "constant", "constant_with_warmup", "inverse_sqrt")
METRICS = ("rouge1", "rouge2", "rougeL", "loss")


class ConfigError(ArsumError):
    """A training recipe or an override is invalid; the message starts with the dotted key."""

    code = "bad_config"


@dataclass(frozen=True)
class DecodingConfig:
    """Decoding defaults written into the bundle for one task (defaults: the bundle's own)."""

    num_beams: int = TaskSpec.num_beams
    length_penalty: float = TaskSpec.length_penalty
    no_repeat_ngram_size: int = TaskSpec.no_repeat_ngram_size
    max_new_tokens: int = TaskSpec.max_new_tokens
    min_new_tokens: int = TaskSpec.min_new_tokens


@dataclass(frozen=True)
class TaskConfig:
    """A task in a recipe: its mixing weight and, with the same defaults, the bundle's TaskSpec fields."""

    weight: float = 1.0
    prefix: str = ""
    max_source_tokens: int = TaskSpec.max_source_tokens
    max_target_tokens: int = TaskSpec.max_target_tokens
    decoding: DecodingConfig = field(default_factory=DecodingConfig)


@dataclass(frozen=True)
class ScratchConfig:
    """Shape of a T5 trained from scratch (used when `model.base` is empty)."""

    d_model: int = 256
    d_ff: int = 1024
    d_kv: int = 64
    num_heads: int = 4
    num_layers: int = 4
    num_decoder_layers: int = 4
    dropout_rate: float = 0.1
    feed_forward_proj: str = "gated-gelu"
    tie_word_embeddings: bool = True
    initializer_factor: float = 1.0


@dataclass(frozen=True)
class TokenizerConfig:
    """Where the SentencePiece tokenizer is (for from-scratch models), or how to train it when it is missing."""

    path: str | None = None
    vocab_size: int = 8000
    max_sentences: int = 300_000
    character_coverage: float = 0.9995


@dataclass(frozen=True)
class ModelConfig:
    """`base` (a hub id or folder) to fine-tune, or a from-scratch T5. `trim_vocab`: before fine-tuning, keep only
    the base's vocabulary pieces the prepared training data uses (`trim_keep`: its N most frequent)."""

    base: str | None = None
    trim_vocab: bool = False
    trim_keep: int | None = None
    scratch: ScratchConfig = field(default_factory=ScratchConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)


@dataclass(frozen=True)
class DataConfig:
    dir: str | None = None
    max_train_examples: int | None = None
    max_eval_examples: int | None = 200


@dataclass(frozen=True)
class TrainingConfig:
    learning_rate: float = 5e-4
    batch_size: int = 8
    eval_batch_size: int = 16
    grad_accum: int = 1
    epochs: float = 3.0
    max_steps: int | None = None
    warmup: float = 0.0
    weight_decay: float = 0.01
    scheduler: str = "linear"
    optimizer: str = "adamw_torch"
    label_smoothing: float = 0.0
    max_grad_norm: float = 1.0
    eval_steps: int = 200
    save_steps: int = 200
    logging_steps: int = 20
    save_total_limit: int = 2
    early_stopping_patience: int | None = 3
    metric: str = "rougeL"
    metric_task: str = "headline"
    eval_num_beams: int = 1
    precision: str = "auto"
    gradient_checkpointing: bool = False
    seed: int = 42
    threads: int | None = None
    report_to: str = "none"  # Trainer integrations, comma-separated: tensorboard, wandb, mlflow, ... or all


@dataclass(frozen=True)
class TrainConfig:
    name: str
    data: DataConfig = field(default_factory=DataConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    tasks: dict[str, TaskConfig] = field(default_factory=lambda: {"headline": TaskConfig()})
    training: TrainingConfig = field(default_factory=TrainingConfig)
    output: str | None = None

    @property
    def output_dir(self) -> Path:
        return Path(self.output or f"runs/{self.name}")

    @property
    def active_tasks(self) -> dict[str, TaskConfig]:
        """Tasks trained on (weight above zero), in recipe order."""
        return {name: task for name, task in self.tasks.items() if task.weight > 0}

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def task_specs(self) -> dict[Task, TaskSpec]:
        """The bundle's task table: the trained tasks with their prefixes, lengths and decoding defaults."""
        return {Task(name): TaskSpec(prefix=task.prefix, max_source_tokens=task.max_source_tokens,
                                     max_target_tokens=task.max_target_tokens, **dataclasses.asdict(task.decoding))
                for name, task in self.active_tasks.items()}


# ---------------------------------------------------------------- building dataclasses from YAML values


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}" if not isinstance(value, dict) else "a mapping"


def _convert(value: Any, hint: Any, key: str) -> Any:
    """Check and convert one YAML value against a type hint; errors start with the dotted key."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        hint = next(option for option in options if option is not type(None))
        origin = typing.get_origin(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value, key)
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping, got {_describe(value)}")
        value_hint = typing.get_args(hint)[1]
        return {str(name): _convert(item, value_hint, f"{key}.{name}") for name, item in value.items()}
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {_describe(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            raise ConfigError(f"{key}: expected a whole number, got {_describe(value)}")
        return int(value)
    if hint is float:
        if isinstance(value, str):
            try:
                value = float(value)  # YAML reads 5e-4 (no dot) as a string
            except ValueError:
                pass
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key}: expected a number, got {_describe(value)}")
        return float(value)
    if hint is str:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise ConfigError(f"{key}: expected text, got {_describe(value)}")
        return str(value)
    raise TypeError(f"unsupported type hint {hint!r} for {key}")


def _build(cls: type, raw: Any, key: str) -> Any:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{key or 'config'}: expected a mapping, got {_describe(raw)}")
    hints = typing.get_type_hints(cls)
    known = [f.name for f in fields(cls)]
    unknown = sorted(set(map(str, raw)) - set(known))
    if unknown:
        where = f"{key}." if key else ""
        raise ConfigError(f"{where}{unknown[0]}: unknown key; known keys here: {', '.join(known)}")
    values = {}
    for spec in fields(cls):
        path = f"{key}.{spec.name}" if key else spec.name
        if spec.name in raw:
            values[spec.name] = _convert(raw[spec.name], hints[spec.name], path)
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise ConfigError(f"{path}: required key is missing")
    return cls(**values)


# ---------------------------------------------------------------- semantic checks


def _check(condition: bool, key: str, message: str) -> None:
    if not condition:
        raise ConfigError(f"{key}: {message}")


def _validate_task(name: str, task: TaskConfig) -> None:
    key = f"tasks.{name}"
    _check(name in {t.value for t in Task}, key, f"unknown task; choose from: {', '.join(t.value for t in Task)}")
    _check(task.weight >= 0, f"{key}.weight", f"must be 0 or more, got {task.weight}")
    _check(8 <= task.max_source_tokens <= 16384, f"{key}.max_source_tokens",
           f"must be between 8 and 16384, got {task.max_source_tokens}")
    _check(2 <= task.max_target_tokens <= 1024, f"{key}.max_target_tokens",
           f"must be between 2 and 1024, got {task.max_target_tokens}")
    decoding = task.decoding
    _check(1 <= decoding.num_beams <= 16, f"{key}.decoding.num_beams", f"must be 1 to 16, got {decoding.num_beams}")
    _check(0 <= decoding.no_repeat_ngram_size <= 10, f"{key}.decoding.no_repeat_ngram_size",
           f"must be 0 to 10, got {decoding.no_repeat_ngram_size}")
    _check(1 <= decoding.max_new_tokens <= 1024, f"{key}.decoding.max_new_tokens",
           f"must be 1 to 1024, got {decoding.max_new_tokens}")
    _check(0 <= decoding.min_new_tokens <= decoding.max_new_tokens, f"{key}.decoding.min_new_tokens",
           f"must be 0 to max_new_tokens, got {decoding.min_new_tokens}")
    _check(-5 <= decoding.length_penalty <= 5, f"{key}.decoding.length_penalty",
           f"must be between -5 and 5, got {decoding.length_penalty}")


def _validate_training(config: TrainConfig) -> None:
    train = config.training
    positive = ("learning_rate", "batch_size", "eval_batch_size", "grad_accum", "eval_steps", "save_steps",
                "logging_steps", "eval_num_beams", "epochs", "save_total_limit")
    for name in positive:
        _check(getattr(train, name) > 0, f"training.{name}", f"must be above 0, got {getattr(train, name)}")
    _check(train.max_steps is None or train.max_steps > 0, "training.max_steps",
           f"must be above 0, got {train.max_steps}")
    _check(train.precision in PRECISIONS, "training.precision",
           f"{train.precision!r} is not allowed (T5 overflows in fp16); choose from: {', '.join(PRECISIONS)}")
    _check(train.optimizer in OPTIMIZERS, "training.optimizer", f"choose from: {', '.join(OPTIMIZERS)}")
    _check(train.scheduler in SCHEDULERS, "training.scheduler", f"choose from: {', '.join(SCHEDULERS)}")
    _check(train.metric in METRICS, "training.metric", f"choose from: {', '.join(METRICS)}")
    _check(train.metric_task in config.active_tasks, "training.metric_task",
           f"{train.metric_task!r} is not a task with a weight above 0 in `tasks`")
    _check(0 <= train.warmup, "training.warmup", "must be 0 or more (a ratio below 1, or a number of steps)")
    _check(0 <= train.label_smoothing < 1, "training.label_smoothing", "must be in [0, 1)")
    _check(train.threads is None or train.threads > 0, "training.threads", "must be above 0")
    _check(train.early_stopping_patience is None or train.early_stopping_patience > 0,
           "training.early_stopping_patience", "must be above 0 (or null)")
    _check(bool(report_targets(train.report_to)), "training.report_to",
           "name integrations (tensorboard, wandb, ...), or none, or all")
    _check(train.save_steps % train.eval_steps == 0, "training.save_steps",
           f"must be a multiple of training.eval_steps ({train.eval_steps}): the best checkpoint is kept")


def _validate_model(model: ModelConfig) -> None:
    _check(model.trim_keep is None or model.trim_keep > 0, "model.trim_keep", "must be above 0 (or null)")
    if model.base:
        return
    _check(not model.trim_vocab, "model.trim_vocab", "trims a pretrained vocabulary: needs model.base "
           "(a from-scratch tokenizer is trained at the size you choose)")
    scratch, tokenizer = model.scratch, model.tokenizer
    for name in ("d_model", "d_ff", "d_kv", "num_heads", "num_layers", "num_decoder_layers"):
        _check(getattr(scratch, name) > 0, f"model.scratch.{name}", f"must be above 0, got {getattr(scratch, name)}")
    _check(0 <= scratch.dropout_rate < 1, "model.scratch.dropout_rate", "must be in [0, 1)")
    _check(scratch.feed_forward_proj in ("relu", "gated-gelu"), "model.scratch.feed_forward_proj",
           "choose from: relu, gated-gelu")
    _check(scratch.initializer_factor > 0, "model.scratch.initializer_factor", "must be above 0")
    _check(tokenizer.vocab_size >= 64, "model.tokenizer.vocab_size", f"must be at least 64, got {tokenizer.vocab_size}")
    _check(0.9 <= tokenizer.character_coverage <= 1, "model.tokenizer.character_coverage", "must be in [0.9, 1]")


def report_targets(report_to: str) -> list[str]:
    """`training.report_to` as the Trainer takes it: "tensorboard, wandb" -> ['tensorboard', 'wandb']."""
    return [name.strip() for name in report_to.split(",") if name.strip()]


def validate(config: TrainConfig) -> TrainConfig:
    _check(bool(config.name.strip()), "name", "must not be empty")
    _check(bool(config.tasks), "tasks", "at least one task is needed")
    for name, task in config.tasks.items():
        _validate_task(name, task)
    _check(bool(config.active_tasks), "tasks", "at least one task needs a weight above 0")
    _validate_training(config)
    _validate_model(config.model)
    for name in ("max_train_examples", "max_eval_examples"):
        value = getattr(config.data, name)
        _check(value is None or value > 0, f"data.{name}", f"must be above 0 (or null), got {value}")
    return config


# ---------------------------------------------------------------- loading and overrides


def parse_override(assignment: str) -> tuple[list[str], Any]:
    """`training.batch_size=16` -> (['training', 'batch_size'], 16): the value is read as YAML, except that
    text which only looks like a block mapping (`tasks.headline.prefix=headline: `) stays text."""
    key, sep, text = assignment.partition("=")
    parts = [part.strip() for part in key.split(".")]
    if not sep or not all(parts):
        raise ConfigError(f"{assignment}: an override must look like section.key=value")
    try:
        value = yaml.safe_load(text) if text.strip() else None
    except yaml.YAMLError:
        value = text
    if isinstance(value, (dict, list)) and not text.lstrip().startswith(("{", "[")):
        value = text  # "headline: " is a prefix, not a mapping
    return parts, value


def apply_overrides(raw: dict[str, Any], assignments: Iterable[str]) -> dict[str, Any]:
    """A copy of the raw mapping with dotted keys set (sections created as needed); validation comes after."""
    raw = copy.deepcopy(raw)
    for assignment in assignments:
        parts, value = parse_override(assignment)
        node = raw
        for depth, part in enumerate(parts[:-1]):
            child = node.setdefault(part, {})
            if child is None:
                child = node[part] = {}
            if not isinstance(child, dict):
                raise ConfigError(f"{'.'.join(parts[:depth + 1])}: is a value, not a section")
            node = child
        node[parts[-1]] = value
    return raw


def config_from_dict(raw: Any) -> TrainConfig:
    return validate(_build(TrainConfig, raw, ""))


def read_recipe(path: str | Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: a recipe must be a mapping of sections")
    raw.setdefault("name", Path(path).stem)
    return raw


def load_config(path: str | Path, overrides: Iterable[str] = (), **flags: Any) -> TrainConfig:
    """Read a recipe, apply `--set` overrides and flags (`data_dir`, `output`, `max_steps`), validate."""
    raw = apply_overrides(read_recipe(path), overrides)
    config = config_from_dict(raw)
    return with_flags(config, **flags)


def with_flags(config: TrainConfig, data_dir: str | None = None, output: str | None = None,
               max_steps: int | None = None) -> TrainConfig:
    if data_dir is not None:
        config = replace(config, data=replace(config.data, dir=str(data_dir)))
    if output is not None:
        config = replace(config, output=str(output))
    if max_steps is not None:
        config = replace(config, training=replace(config.training, max_steps=max_steps))
    return validate(config)
