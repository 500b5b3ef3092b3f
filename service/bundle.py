"""Model bundle: a folder with HF weights (safetensors), tokenizer files, generation_config.json and bundle.json.

`bundle.json` records what the service needs to use the model the way it was trained: the task prefixes,
source/target lengths, decoding defaults per task, and the text-normalisation spec. Training writes it with
`save_bundle`; the service reads it with `load_bundle_spec`. This module imports neither torch nor transformers.

A plain Hugging Face seq2seq checkpoint (a local AraT5/mT5 folder, or a hub id) has no bundle.json; it gets
`default_bundle_spec`: prefixes `headline: ` / `summarize: `, 512 source tokens and beam-4 decoding defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from service.digest import Task
from service.errors import BadOptionError, BundleError
from service.text import NORMALISATION_SPEC

BUNDLE_FORMAT_VERSION = 1
BUNDLE_FILE = "bundle.json"
CTRANSLATE2_DIR = "ctranslate2"
TOKENIZER_FILES = ("tokenizer.json", "spiece.model", "sentencepiece.bpe.model", "vocab.json")
WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json",
                "pytorch_model.bin", "pytorch_model.bin.index.json")


@dataclass(frozen=True)
class TaskSpec:
    """How one task is fed to and decoded from the model.

    `max_source_tokens`/`max_target_tokens` bound the encoder input (prefix and EOS included) and the training
    labels; `num_beams`, `length_penalty`, `no_repeat_ngram_size`, `max_new_tokens` and `min_new_tokens` are the
    decoding defaults a client may override (clamped to the server limits).
    """

    prefix: str
    max_source_tokens: int = 512
    max_target_tokens: int = 64
    num_beams: int = 4
    length_penalty: float = 1.0
    no_repeat_ngram_size: int = 3
    max_new_tokens: int = 48
    min_new_tokens: int = 1


def default_tasks() -> dict[Task, TaskSpec]:
    """Defaults for checkpoints without bundle.json. Bullets are headline-style lines, so they share its prefix."""
    return {
        Task.HEADLINE: TaskSpec(prefix="headline: ", max_source_tokens=512, max_target_tokens=48, max_new_tokens=48),
        Task.BULLETS: TaskSpec(prefix="headline: ", max_source_tokens=256, max_target_tokens=48, max_new_tokens=40),
        Task.SUMMARY: TaskSpec(prefix="summarize: ", max_source_tokens=512, max_target_tokens=128,
                               max_new_tokens=128, length_penalty=1.2),
    }


@dataclass(frozen=True)
class BundleSpec:
    """The content of bundle.json. `tasks` lists the tasks the model was trained for."""

    base_model: str
    tasks: dict[Task, TaskSpec] = field(default_factory=default_tasks)
    format_version: int = BUNDLE_FORMAT_VERSION
    normalisation_spec: str = NORMALISATION_SPEC
    training: dict[str, Any] = field(default_factory=dict)
    evaluation: dict[str, Any] = field(default_factory=dict)

    def task_spec(self, task: Task) -> TaskSpec:
        """The spec for a task; bullets fall back to the headline spec (one headline-style line per section)."""
        if task in self.tasks:
            return self.tasks[task]
        if task is Task.BULLETS and Task.HEADLINE in self.tasks:
            return self.tasks[Task.HEADLINE]
        trained = ", ".join(t.value for t in self.tasks) or "none"
        raise BadOptionError(f"the model {self.base_model!r} was not trained for the task {task.value!r} "
                          f"(its bundle.json lists: {trained})")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tasks"] = {Task(task).value: asdict(spec) for task, spec in self.tasks.items()}
        return {"format_version": data.pop("format_version"), **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any, where: str = BUNDLE_FILE) -> BundleSpec:
        """Validate a parsed bundle.json; every error names the field (e.g. `tasks.summary.max_new_tokens`)."""
        if not isinstance(data, dict):
            raise BundleError(f"{where}: expected a JSON object, got {type(data).__name__}")
        _check_keys(data, {f.name for f in fields(cls)}, {"format_version", "base_model", "tasks"}, where, "")
        version = data["format_version"]
        if version != BUNDLE_FORMAT_VERSION:
            raise BundleError(f"{where}: unknown format_version {version!r}; this arsum reads format "
                              f"{BUNDLE_FORMAT_VERSION} (upgrade arsum or re-export the bundle)")
        spec = data.get("normalisation_spec", NORMALISATION_SPEC)
        if spec != NORMALISATION_SPEC:
            raise BundleError(f"{where}: unknown normalisation_spec {spec!r}; this arsum normalises text as "
                              f"{NORMALISATION_SPEC!r} (the model was trained on differently prepared text)")
        if not isinstance(data["base_model"], str) or not data["base_model"]:
            raise BundleError(f"{where}: field 'base_model' must be a non-empty string")
        for name in ("training", "evaluation"):
            if not isinstance(data.get(name, {}), dict):
                raise BundleError(f"{where}: field {name!r} must be an object")
        return cls(base_model=data["base_model"], tasks=_parse_tasks(data["tasks"], where), format_version=version,
                   normalisation_spec=spec, training=dict(data.get("training", {})),
                   evaluation=dict(data.get("evaluation", {})))

    @classmethod
    def from_json(cls, text: str, where: str = BUNDLE_FILE) -> BundleSpec:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise BundleError(f"{where}: not valid JSON ({error})") from None
        return cls.from_dict(data, where)


def _check_keys(data: Mapping[str, Any], known: set[str], required: set[str], where: str, path: str) -> None:
    missing = sorted(required - set(data))
    if missing:
        raise BundleError(f"{where}: missing field {path + missing[0]!r}")
    unknown = sorted(set(data) - known)
    if unknown:
        raise BundleError(f"{where}: unknown field {path + unknown[0]!r} (known: {', '.join(sorted(known))})")


def _parse_tasks(raw: Any, where: str) -> dict[Task, TaskSpec]:
    if not isinstance(raw, dict) or not raw:
        raise BundleError(f"{where}: field 'tasks' must be a non-empty object of task name -> settings")
    tasks: dict[Task, TaskSpec] = {}
    for name, settings in raw.items():
        try:
            task = Task(name)
        except ValueError:
            allowed = ", ".join(t.value for t in Task)
            raise BundleError(f"{where}: unknown task {name!r} in field 'tasks' (known: {allowed})") from None
        tasks[task] = _parse_task_spec(settings, where, f"tasks.{name}.")
    return tasks


def _parse_task_spec(raw: Any, where: str, path: str) -> TaskSpec:
    if not isinstance(raw, dict):
        raise BundleError(f"{where}: field {path.rstrip('.')!r} must be an object")
    _check_keys(raw, {f.name for f in fields(TaskSpec)}, {"prefix", "max_source_tokens", "max_target_tokens"},
                where, path)
    if not isinstance(raw["prefix"], str):
        raise BundleError(f"{where}: field {path + 'prefix'!r} must be a string")
    minimum = {"max_source_tokens": 8, "max_target_tokens": 1, "num_beams": 1, "no_repeat_ngram_size": 0,
               "max_new_tokens": 1, "min_new_tokens": 0}
    for name, low in minimum.items():
        value = raw.get(name, low)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise BundleError(f"{where}: field {path + name!r} must be a whole number >= {low}, got {value!r}")
    penalty = raw.get("length_penalty", 1.0)
    if isinstance(penalty, bool) or not isinstance(penalty, (int, float)):
        raise BundleError(f"{where}: field {path + 'length_penalty'!r} must be a number, got {penalty!r}")
    return TaskSpec(**{**raw, "length_penalty": float(penalty)})


def is_local_folder(source: str | Path) -> bool:
    return Path(source).expanduser().is_dir()


def load_bundle_spec(folder: str | Path) -> BundleSpec:
    """The bundle's spec; `default_bundle_spec` for a plain checkpoint folder or a hub id (no bundle.json)."""
    path = Path(folder).expanduser()
    if not path.exists():
        if looks_like_hub_id(str(folder)):
            return default_bundle_spec(str(folder))
        raise BundleError(f"model folder {str(folder)!r} does not exist")
    if not path.is_dir():
        raise BundleError(f"model {str(folder)!r} is a file; give the bundle folder")
    bundle_file = path / BUNDLE_FILE
    if bundle_file.is_file():
        return BundleSpec.from_json(bundle_file.read_text(encoding="utf-8"), where=str(bundle_file))
    if (path / "config.json").is_file():
        return default_bundle_spec(path.name)
    raise BundleError(f"{path} is neither an arsum bundle (no {BUNDLE_FILE}) nor a Hugging Face checkpoint "
                      "(no config.json)")


def looks_like_hub_id(name: str) -> bool:
    """`org/name` or `name` with hub-safe characters (no path separators beyond one slash, not absolute)."""
    parts = name.split("/")
    return 1 <= len(parts) <= 2 and all(p and p not in (".", "..") and
                                        all(c.isalnum() or c in "-_." for c in p) for p in parts)


def default_bundle_spec(base_model: str) -> BundleSpec:
    return BundleSpec(base_model=base_model, tasks=default_tasks(),
                      training={"note": "plain checkpoint without bundle.json: arsum defaults"})


def check_bundle_files(folder: Path) -> None:
    """Clear errors for a local folder without tokenizer files or weights (before transformers gives a vague one)."""
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        raise BundleError(f"{folder}: no tokenizer files (expected one of: {', '.join(TOKENIZER_FILES)})")
    if not any((folder / name).is_file() for name in WEIGHT_FILES):
        raise BundleError(f"{folder}: no model weights (expected one of: {', '.join(WEIGHT_FILES)})")
    if not (folder / "config.json").is_file():
        raise BundleError(f"{folder}: no config.json (the model's architecture)")


def save_bundle(folder: str | Path, model: Any, tokenizer: Any, spec: BundleSpec) -> Path:
    """Write a bundle: safetensors weights, tokenizer files, generation_config.json and bundle.json.

    `model` is a transformers seq2seq model, `tokenizer` its tokenizer. The generation config carries the
    headline decoding defaults (or the first task's) so plain `transformers` users get sensible output too.
    """
    path = Path(folder).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    BundleSpec.from_dict(spec.to_dict())  # refuse to write what we would refuse to read
    defaults = spec.tasks.get(Task.HEADLINE) or next(iter(spec.tasks.values()))
    generation = model.generation_config
    generation.num_beams = defaults.num_beams
    generation.length_penalty = defaults.length_penalty
    generation.no_repeat_ngram_size = defaults.no_repeat_ngram_size
    generation.max_new_tokens = defaults.max_new_tokens
    generation.max_length = generation.min_length = None  # beside max_new_tokens they make transformers warn
    generation.decoder_start_token_id = model.config.decoder_start_token_id
    generation.eos_token_id = model.config.eos_token_id
    generation.pad_token_id = model.config.pad_token_id
    model.save_pretrained(path, safe_serialization=True)
    tokenizer.save_pretrained(path)
    (path / BUNDLE_FILE).write_text(spec.to_json(), encoding="utf-8")
    return path
