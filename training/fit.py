"""`arsum-train fit`: Seq2SeqTrainer on prepared examples -> a bundle the service loads.

The base model is a local folder or hub id (AraT5v2, mT5) or, when `model.base` is empty, a T5 trained from
scratch with a SentencePiece tokenizer (trained on the data when it does not exist yet). bf16 on GPU, fp32 on
CPU, never fp16 (T5 overflows). Checkpoints go to `OUTPUT/checkpoints`, the loss curve to
`OUTPUT/training_log.jsonl` (and `OUTPUT/training_plot.png`), the bundle to `OUTPUT/bundle`. A run whose loss or
gradient norm stops being finite ends there with a `FitError` and no bundle (`training.callbacks`).

Under `torchrun --nproc_per_node N` (gloo on CPU, NCCL on GPUs) the Trainer runs data-parallel: every process
encodes the data and trains on its share of each batch; the first process alone trains a missing tokenizer or
trims the base vocabulary (the others wait), writes the log, the plot and the one bundle.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from training.callbacks import make_callbacks
from service.bundle import BUNDLE_FILE, BundleSpec, load_bundle_spec, save_bundle
from service.errors import ArsumError
from training.config import ConfigError, TrainConfig, report_targets
from training.faithfulness import FINDING_METRICS, finding_metrics
from training.features import EncodedSplit, describe, encode_examples, eval_examples, load_split, mix_examples
from training.metrics import rouge
from training.plot import PLOT_FILE, write_plot
from training.tokenizer import SPIECE_FILE, load_tokenizer, train_tokenizer, training_lines

if TYPE_CHECKING:
    from transformers import PreTrainedModel

logger = logging.getLogger(__name__)

CHECKPOINTS = "checkpoints"
BUNDLE = "bundle"
TOKENIZER = "tokenizer"
TRIMMED_BASE = "base-trimmed"
LOG_FILE = "training_log.jsonl"
RESULT_FILE = "fit_result.json"
QUALITY_METRICS = ("loss", "rouge1", "rouge2", "rougeL", "words", *FINDING_METRICS)
# From-scratch tokenizers count whole sentences during source selection; the model input is cut by the
# task's max_source_tokens, not by this.
SCRATCH_MODEL_MAX_LENGTH = 4096


class FitError(ArsumError):
    code = "fit_failed"


@dataclass
class FitResult:
    bundle: Path
    start_step: int
    global_step: int
    steps_run: int
    seconds: float
    precision: str
    parameters: int
    processes: int = 1
    evaluation: dict[str, dict[str, float]] = field(default_factory=dict)
    loss_curve: list[tuple[int, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "bundle": str(self.bundle)}


def resolve_precision(requested: str, cuda: bool) -> str:
    """`auto` is bf16 on a GPU and fp32 on CPU; fp16 never reaches here (the config refuses it)."""
    if requested == "auto":
        return "bf16" if cuda else "fp32"
    return requested


def obtain_tokenizer(config: TrainConfig, data_dir: Path, output: Path, base: str | None) -> Any:
    """The base model's tokenizer, or the from-scratch one (trained on the training split if missing)."""
    longest = max(task.max_source_tokens for task in config.active_tasks.values())
    if base:
        return load_tokenizer(base, longest)
    settings = config.model.tokenizer
    folder = Path(settings.path) if settings.path else output / TOKENIZER
    if (folder / SPIECE_FILE).exists():
        return load_tokenizer(folder, SCRATCH_MODEL_MAX_LENGTH)
    logger.info("training a %d-piece SentencePiece tokenizer into %s", settings.vocab_size, folder)
    prefixes = [task.prefix for task in config.active_tasks.values() if task.prefix]
    lines = training_lines([data_dir], extra=prefixes)
    return train_tokenizer(lines, folder, settings.vocab_size, settings.character_coverage,
                           settings.max_sentences, SCRATCH_MODEL_MAX_LENGTH)


def trimmed_base(config: TrainConfig, data_dir: Path, output: Path) -> str | None:
    """What to fine-tune: `model.base`, or with `model.trim_vocab` its copy trimmed to the training split's pieces
    (made once in OUTPUT/base-trimmed, reused by --resume)."""
    base = config.model.base
    if not base or not config.model.trim_vocab:
        return base
    from training.trim import trim_bundle

    folder = output / TRIMMED_BASE
    if not (folder / BUNDLE_FILE).is_file():
        if folder.exists():
            import shutil

            shutil.rmtree(folder)  # an interrupted trim
        prefixes = [task.prefix for task in config.active_tasks.values() if task.prefix]
        report = trim_bundle(base, training_lines([data_dir]), folder, config.model.trim_keep, prefixes)
        logger.info("vocabulary of %s trimmed to the training data: %d -> %d pieces (%.2f%% token coverage)",
                    base, report["pieces_before"], report["pieces_after"], 100 * report["token_coverage"])
    return str(folder)


def build_model(config: TrainConfig, tokenizer: Any, base: str | None) -> Any:
    from transformers import AutoModelForSeq2SeqLM, T5Config, T5ForConditionalGeneration

    if base:
        return AutoModelForSeq2SeqLM.from_pretrained(base)
    shape = config.model.scratch
    # transformers' T5Config.__init__ declares only some of the PretrainedConfig kwargs it accepts
    t5 = T5Config(  # type: ignore[call-arg]
        vocab_size=len(tokenizer), d_model=shape.d_model, d_ff=shape.d_ff, d_kv=shape.d_kv,
        num_heads=shape.num_heads, num_layers=shape.num_layers, num_decoder_layers=shape.num_decoder_layers,
        dropout_rate=shape.dropout_rate, feed_forward_proj=shape.feed_forward_proj,
        tie_word_embeddings=shape.tie_word_embeddings, initializer_factor=shape.initializer_factor,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    return T5ForConditionalGeneration(t5)


def rouge_metrics(tokenizer: Any) -> Any:
    """compute_metrics for Seq2SeqTrainer: mean Arabic ROUGE F1 of generated text against the labels, and the
    share of generated texts with numbers, names or negations their input does not support."""
    import numpy as np

    def decode(ids: Any) -> list[str]:
        return tokenizer.batch_decode(np.where(ids < 0, tokenizer.pad_token_id, ids), skip_special_tokens=True)

    def compute(prediction: Any) -> dict[str, float]:
        predicted = prediction.predictions[0] if isinstance(prediction.predictions, tuple) else prediction.predictions
        outputs, references = decode(predicted), decode(prediction.label_ids)
        scores = [rouge(reference, output) for reference, output in zip(references, outputs, strict=True)]
        count = max(1, len(scores))
        findings = {} if prediction.inputs is None else finding_metrics(decode(prediction.inputs), outputs, "output")
        return {"rouge1": sum(s.rouge1 for s in scores) / count, "rouge2": sum(s.rouge2 for s in scores) / count,
                "rougeL": sum(s.rougeL for s in scores) / count,
                "words": sum(len(output.split()) for output in outputs) / count, **findings}

    return compute


def training_arguments(config: TrainConfig, output: Path, precision: str, has_eval: bool, cuda: bool) -> Any:
    from transformers import Seq2SeqTrainingArguments

    train = config.training
    best = f"{train.metric_task}_{train.metric}"
    return Seq2SeqTrainingArguments(
        output_dir=str(output / CHECKPOINTS), learning_rate=train.learning_rate,
        per_device_train_batch_size=train.batch_size, per_device_eval_batch_size=train.eval_batch_size,
        gradient_accumulation_steps=train.grad_accum, num_train_epochs=train.epochs,
        max_steps=train.max_steps or -1, warmup_steps=train.warmup, weight_decay=train.weight_decay,
        lr_scheduler_type=train.scheduler, optim=train.optimizer, label_smoothing_factor=train.label_smoothing,
        max_grad_norm=train.max_grad_norm, eval_strategy="steps" if has_eval else "no", eval_steps=train.eval_steps,
        save_strategy="steps", save_steps=train.save_steps, save_total_limit=train.save_total_limit,
        logging_steps=train.logging_steps, logging_first_step=True,
        load_best_model_at_end=has_eval, metric_for_best_model=best if has_eval else None,
        greater_is_better=train.metric != "loss", predict_with_generate=True,  # ROUGE at every evaluation
        include_for_metrics=["inputs"],  # the findings check the generated text against its input
        ddp_find_unused_parameters=False,  # under torchrun: every T5 parameter takes part in each step
        generation_max_length=max(task.max_target_tokens for task in config.active_tasks.values()),
        generation_num_beams=train.eval_num_beams, bf16=precision == "bf16", fp16=False, use_cpu=not cuda,
        seed=train.seed, data_seed=train.seed, report_to=report_targets(train.report_to),
        disable_tqdm=not sys.stderr.isatty(),
        dataloader_num_workers=0, **grouping_arguments(Seq2SeqTrainingArguments, train.gradient_checkpointing),
    )


def grouping_arguments(arguments: type, checkpointing: bool) -> dict[str, Any]:
    """Batches of similar lengths and activation checkpointing, under the names of the transformers 5.x release
    installed: later releases renamed `group_by_length` and `gradient_checkpointing`."""
    names = {argument.name for argument in fields(arguments)}
    grouping: dict[str, Any] = {"train_sampling_strategy": "group_by_length"} \
        if "train_sampling_strategy" in names else {"group_by_length": True}
    checkpoint = "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"
    return grouping | {checkpoint: checkpointing}


def task_trainer(max_new_tokens: dict[str, int]) -> Any:
    """A Seq2SeqTrainer whose evaluation generates each task's output with that task's length limit."""
    from transformers import Seq2SeqTrainer

    class TaskSeq2SeqTrainer(Seq2SeqTrainer):
        def evaluate(self, eval_dataset: Any = None, ignore_keys: Any = None, metric_key_prefix: str = "eval",
                     **gen_kwargs: Any) -> dict[str, float]:
            task = metric_key_prefix.removeprefix("eval_")
            if task in max_new_tokens and "max_length" not in gen_kwargs:
                gen_kwargs.setdefault("max_new_tokens", max_new_tokens[task])
            return super().evaluate(eval_dataset, ignore_keys, metric_key_prefix, **gen_kwargs)

        def prediction_step(self, model: Any, inputs: Any, prediction_loss_only: bool, ignore_keys: Any = None,
                            **gen_kwargs: Any) -> Any:
            # Seq2SeqTrainer fills the model's generation config with defaults after every batch; its max_length
            # of 20 next to max_new_tokens made transformers warn on every later batch.
            generation = cast("PreTrainedModel", self.model).generation_config  # the model `build_model` made
            generation.max_length = generation.min_length = None
            return super().prediction_step(model, inputs, prediction_loss_only, ignore_keys, **gen_kwargs)

    return TaskSeq2SeqTrainer


def best_evaluation(state: Any, tasks: list[str]) -> dict[str, dict[str, float]]:
    """The validation scores logged at the best checkpoint's step (the weights the bundle gets)."""
    step = state.best_global_step
    logged: dict[str, float] = {}
    for entry in state.log_history:
        if entry.get("step") == step:
            logged.update({key: value for key, value in entry.items() if key.startswith("eval_")})
    return nested_metrics(logged, tasks)


def checkpoint_to_resume(output: Path, resume: bool) -> tuple[str | None, int]:
    """(checkpoint folder, its step) for --resume; refuses to silently mix a new run into old checkpoints."""
    from transformers.trainer_utils import get_last_checkpoint

    folder = output / CHECKPOINTS
    last = get_last_checkpoint(str(folder)) if folder.is_dir() else None
    if not resume:
        if last:
            raise FitError(f"{folder} already has checkpoints (last: {Path(last).name}); pass --resume to continue "
                           "that run, or choose another --output")
        return None, 0
    if not last:
        raise FitError(f"--resume: no checkpoint in {folder} to continue from")
    state = json.loads((Path(last) / "trainer_state.json").read_text(encoding="utf-8"))
    return last, int(state["global_step"])


def nested_metrics(metrics: dict[str, float], tasks: list[str]) -> dict[str, dict[str, float]]:
    """{'eval_headline_rougeL': 3.1, ...} -> {'headline': {'rougeL': 3.1}, ...}."""
    nested: dict[str, dict[str, float]] = {}
    for key, value in metrics.items():
        for task in tasks:
            name = key.removeprefix(f"eval_{task}_")
            if name != key and name in QUALITY_METRICS:
                nested.setdefault(task, {})[name] = round(float(value), 4)
    return nested


def encode_data(config: TrainConfig, data_dir: Path, tokenizer: Any) -> tuple[EncodedSplit, dict[str, EncodedSplit]]:
    specs = config.task_specs()
    weights = {name: task.weight for name, task in config.active_tasks.items()}
    train_examples = mix_examples(load_split(data_dir, "train", weights), weights, config.training.seed,
                                  config.data.max_train_examples)
    if not train_examples:
        raise FitError(f"{data_dir}/train.jsonl has no examples for the tasks {', '.join(weights)}")
    train = encode_examples(train_examples, tokenizer, specs)
    validation = eval_examples(load_split(data_dir, "validation", weights), weights, config.data.max_eval_examples)
    evals = {task: encode_examples(items, tokenizer, specs) for task, items in validation.items()}
    logger.info("training examples: %s (%d sources shortened by salience selection); validation: %s",
                describe(train.examples), train.truncated, {task: len(e.features) for task, e in evals.items()})
    return train, {task: split for task, split in evals.items() if split.features}


def check_data(config: TrainConfig) -> tuple[Path, Path]:
    """(prepared data folder, run folder), refusing a recipe without prepared data before any work starts."""
    if not config.data.dir:
        raise ConfigError("data.dir: no prepared data; set it in the recipe or pass --data DIR")
    data_dir = Path(config.data.dir)
    if not (data_dir / "train.jsonl").is_file():
        raise FitError(f"{data_dir}: no train.jsonl; give a folder written by `arsum-train prepare` (--data DIR)")
    return data_dir, config.output_dir


def build_trainer(config: TrainConfig, output: Path, model: Any, tokenizer: Any, train: EncodedSplit,
                  evals: dict[str, EncodedSplit], precision: str, cuda: bool) -> tuple[Any, dict[str, int]]:
    from transformers import DataCollatorForSeq2Seq, PrinterCallback

    callbacks, progress = make_callbacks(config, output / LOG_FILE, bool(evals))
    trainer_class = task_trainer({name: task.max_target_tokens for name, task in config.active_tasks.items()})
    trainer = trainer_class(
        model=model, args=training_arguments(config, output, precision, bool(evals), cuda),
        data_collator=DataCollatorForSeq2Seq(tokenizer, model=model, label_pad_token_id=-100),
        train_dataset=train.features, eval_dataset={task: split.features for task, split in evals.items()} or None,
        processing_class=tokenizer, compute_metrics=rouge_metrics(tokenizer), callbacks=callbacks,
    )
    trainer.remove_callback(PrinterCallback)  # LossCurve logs each entry once, readably
    return trainer, progress


def check_report_to(report_to: str) -> None:
    """Refuse unknown Trainer integrations, and known ones whose package is missing, before any work starts."""
    from transformers.integrations import INTEGRATION_TO_CALLBACK, get_available_reporting_integrations

    names = [name for name in report_targets(report_to) if name not in ("none", "all")]
    unknown = [name for name in names if name not in INTEGRATION_TO_CALLBACK]
    if unknown:
        raise ConfigError(f"training.report_to: unknown integration {unknown[0]!r}; choose from: none, all, "
                          f"{', '.join(sorted(INTEGRATION_TO_CALLBACK))}")
    missing = [name for name in names if name not in get_available_reporting_integrations()]
    if missing:
        raise FitError(f"training.report_to: {missing[0]} is not installed (pip install {missing[0]}"
                       f"{' or tensorboardX' if missing[0] == 'tensorboard' else ''})")


def collect_result(trainer: Any, evals: dict[str, EncodedSplit], output: Path, start_step: int,
                   progress: dict[str, int], started: float, precision: str) -> FitResult:
    """The run's outcome; evaluates the best weights if their step was not logged (every process takes part)."""
    evaluation = best_evaluation(trainer.state, list(evals)) if evals else {}
    if evals and set(evaluation) != set(evals):  # the best step was not evaluated in this log: do it now
        evaluation = nested_metrics(trainer.evaluate(), list(evals))
    return FitResult(
        bundle=output / BUNDLE, start_step=start_step, global_step=trainer.state.global_step,
        steps_run=progress["steps_run"], seconds=round(time.perf_counter() - started, 1), precision=precision,
        parameters=sum(p.numel() for p in trainer.model.parameters()), evaluation=evaluation,
        loss_curve=[(entry["step"], entry["loss"]) for entry in trainer.state.log_history if "loss" in entry],
        processes=trainer.args.world_size,
    )


def fit(config: TrainConfig, resume: bool = False) -> FitResult:
    """Train as the recipe says and write the bundle; returns where it is and what happened."""
    import torch
    from accelerate import PartialState
    from transformers import set_seed

    started = time.perf_counter()
    data_dir, output = check_data(config)
    check_report_to(config.training.report_to)
    checkpoint, start_step = checkpoint_to_resume(output, resume)
    output.mkdir(parents=True, exist_ok=True)
    set_seed(config.training.seed)
    if config.training.threads:
        torch.set_num_threads(config.training.threads)
    cuda = torch.cuda.is_available()
    precision = resolve_precision(config.training.precision, cuda)
    processes = PartialState(cpu=not cuda)  # under torchrun: one of several data-parallel processes
    with processes.main_process_first():
        base = trimmed_base(config, data_dir, output)
        tokenizer = obtain_tokenizer(config, data_dir, output, base)
    model = build_model(config, tokenizer, base)
    train, evals = encode_data(config, data_dir, tokenizer)
    trainer, progress = build_trainer(config, output, model, tokenizer, train, evals, precision, cuda)
    trainer.train(resume_from_checkpoint=checkpoint)
    if progress["diverged_at"]:
        fp32 = " or set training.precision=fp32" if precision == "bf16" else ""
        raise FitError(f"training diverged at step {progress['diverged_at']}: the loss or gradient norm is not "
                       f"finite ({precision}); no bundle was written. Lower training.learning_rate (now "
                       f"{config.training.learning_rate}) or raise training.warmup{fp32}; the checkpoints before "
                       f"it are in {output / CHECKPOINTS}")
    result = collect_result(trainer, evals, output, start_step, progress, started, precision)
    if trainer.is_world_process_zero():
        write_bundle(config, trainer.model, tokenizer, result, train, base)
        (output / RESULT_FILE).write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
        write_plot(output / LOG_FILE, output / PLOT_FILE, f"{config.name}: {result.global_step} steps")
    return result


def write_bundle(config: TrainConfig, model: Any, tokenizer: Any, result: FitResult, train: EncodedSplit,
                 base: str | None) -> None:
    """The bundle, with what it was trained from; a CTranslate2 model made from older weights is redone."""
    from service.engines.ct2 import refresh_conversion

    data_dir = Path(config.data.dir or "")
    stats_file = data_dir / "stats.json"
    stats = json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.exists() else {}
    training = {
        "recipe": config.to_dict(), "started_from": config.model.base or "scratch",
        "data": {"dir": str(data_dir), "inputs": stats.get("inputs"), "train_examples": describe(train.examples)},
        "steps": result.global_step, "resumed_from_step": result.start_step, "seconds": result.seconds,
        "precision": result.precision, "parameters": result.parameters, "processes": result.processes,
    }
    if base and config.model.trim_vocab:
        training["vocabulary_trim"] = load_bundle_spec(base).training.get("vocabulary_trim")
    spec = BundleSpec(base_model=config.model.base or f"arsum-scratch-t5/{config.name}", tasks=config.task_specs(),
                      training=training, evaluation={"validation": result.evaluation})
    model.config.use_cache = True
    save_bundle(result.bundle, model, tokenizer, spec)
    if refresh_conversion(result.bundle):
        logger.info("the bundle's CTranslate2 model was redone from the new weights")
    logger.info("bundle written to %s", result.bundle)
