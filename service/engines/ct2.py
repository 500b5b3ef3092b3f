"""The `ctranslate2` engine: the bundle converted by `arsum convert` (int8 by default) for fast serving.

It reads the CTranslate2 model from `BUNDLE/ctranslate2/` and uses the bundle's own tokenizer, task prefixes
and decoding defaults, so under greedy decoding it returns what the seq2seq engine returns.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from pathlib import Path
from typing import Any

from service.bundle import CTRANSLATE2_DIR, check_bundle_files, is_local_folder, load_bundle_spec
from service.engines.constraints import groups_by_ban
from service.engines.neural import GenerationSettings, NeuralEngine, load_tokenizer
from service.engines.seq2seq import check_threads, parse_device
from service.errors import BundleError, EngineUnavailableError
from service.options import Limits

log = logging.getLogger(__name__)
CONVERSION_FILE = "arsum-conversion.json"
WEIGHTS_FILE = "model.safetensors"
QUANTIZATIONS = ("int8", "int8_float32", "int8_float16", "int8_bfloat16", "float32", "float16", "bfloat16")


def converted_model_dir(model: str | Path) -> Path | None:
    """`MODEL/ctranslate2` when it holds a converted model, else None (also for hub ids)."""
    if not is_local_folder(model):
        return None
    folder = Path(model).expanduser() / CTRANSLATE2_DIR
    return folder if (folder / "model.bin").is_file() else None


def conversion_info(model: str | Path) -> dict[str, Any]:
    """What `arsum convert` recorded (quantization, ctranslate2 version); empty if unknown."""
    folder = converted_model_dir(model)
    path = folder / CONVERSION_FILE if folder else None
    if path is None or not path.is_file():
        return {}
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return {}


class CTranslate2Engine(NeuralEngine):
    """ctranslate2.Translator over the converted bundle; one translate_batch call per task."""

    name = "ctranslate2"

    def __init__(self, model: str | Path, limits: Limits | None = None, device: str = "cpu",
                 threads: int | None = None, compute_type: str = "default") -> None:
        kind, index = parse_device(device)
        check_threads(threads)
        folder = converted_model_dir(model)
        if folder is None:
            raise BundleError(f"no CTranslate2 model in {str(model)!r}: convert the local bundle first with "
                              f"`arsum convert {model} --quantization int8`")
        super().__init__(model, load_bundle_spec(model), load_tokenizer(model), limits or Limits())
        self.translator = load_translator(folder, kind, index, threads, compute_type)
        self.quantization = conversion_info(model).get("quantization")
        log.info("ctranslate2 engine: %s on %s (%s, compute %s)", folder, kind, self.quantization,
                 self.translator.compute_type)

    def generate(self, batch: list[list[int]], settings: GenerationSettings,
                 banned: list[list[int]] | None = None) -> list[list[int]]:
        """One translate_batch call, or one per group of inputs with the same banned ids (`suppress_sequences`
        applies to a whole call)."""
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in batch]
        if banned is None:
            return self._translate(tokens, settings, None)
        outputs: list[list[int]] = [[] for _ in batch]
        for ids, rows in groups_by_ban(banned).items():
            suppress = [[piece] for piece in self.tokenizer.convert_ids_to_tokens(list(ids))] or None
            translated = self._translate([tokens[row] for row in rows], settings, suppress)
            for row, output in zip(rows, translated, strict=True):
                outputs[row] = output
        return outputs

    def _translate(self, tokens: list[list[str]], settings: GenerationSettings,
                   suppress: list[list[str]] | None) -> list[list[int]]:
        results = self.translator.translate_batch(
            tokens, beam_size=settings.num_beams, length_penalty=settings.length_penalty,
            no_repeat_ngram_size=settings.no_repeat_ngram_size, max_decoding_length=settings.max_new_tokens,
            min_decoding_length=settings.min_new_tokens, max_input_length=0, suppress_sequences=suppress,
        )
        return [self.tokenizer.convert_tokens_to_ids(result.hypotheses[0]) for result in results]

    def close(self) -> None:
        self.translator = None


def load_translator(folder: Path, kind: str, index: int, threads: int | None, compute_type: str) -> Any:
    import ctranslate2

    if kind == "cuda" and ctranslate2.get_cuda_device_count() <= index:
        raise EngineUnavailableError(f"device cuda:{index} was asked for, but CTranslate2 sees "
                                     f"{ctranslate2.get_cuda_device_count()} CUDA device(s)")
    weights = folder.parent / WEIGHTS_FILE
    if weights.is_file() and weights.stat().st_mtime > (folder / "model.bin").stat().st_mtime:
        log.warning("%s is newer than its CTranslate2 conversion: run `arsum convert %s --force`",
                    weights, folder.parent)
    try:
        return ctranslate2.Translator(str(folder), device=kind, device_index=index, compute_type=compute_type,
                                      inter_threads=1, intra_threads=threads or 0)
    except (RuntimeError, ValueError) as error:
        raise BundleError(f"cannot load the CTranslate2 model in {folder}: {error}") from None


def weights_digest(folder: Path) -> str | None:
    """sha256 of the bundle's safetensors weights (None for a checkpoint without them)."""
    weights = folder / WEIGHTS_FILE
    if not weights.is_file():
        return None
    digest = hashlib.sha256()
    with weights.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def conversion_is_stale(model: str | Path) -> bool:
    """Whether `MODEL/ctranslate2/` was made from other weights than the bundle's current ones."""
    folder = converted_model_dir(model)
    if folder is None:
        return False
    recorded = conversion_info(model).get("weights_sha256")
    if recorded is None:  # converted before the digest was recorded: fall back to the files' times
        weights = folder.parent / WEIGHTS_FILE
        return weights.is_file() and weights.stat().st_mtime > (folder / "model.bin").stat().st_mtime
    return recorded != weights_digest(folder.parent)


def t5_converter(base: type) -> type:
    """CTranslate2's converter, told whether a T5 scales its decoder outputs.

    It scales when `config.tie_word_embeddings` is set, but transformers 5 sets that on every T5 and mT5 config;
    the real switch is `scale_decoder_outputs` (T5 v1.0 only; mT5 and AraT5 never scale). Without this, untied
    models converted with flatter probabilities than the seq2seq engine computes.
    """

    class T5AwareConverter(base):
        def load_model(self, model_class: Any, model_name_or_path: str, **kwargs: Any) -> Any:
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            if model.config.model_type in ("t5", "mt5"):
                model.config.tie_word_embeddings = bool(getattr(model.config, "scale_decoder_outputs", False))
            return model

    return T5AwareConverter


def convert_bundle(model: str | Path, quantization: str = "int8", force: bool = False) -> Path:
    """Write `MODEL/ctranslate2/` (CTranslate2 weights in `quantization`) next to the bundle's own files.

    Works for an arsum bundle and for a plain local Hugging Face T5/mT5 checkpoint folder. An existing
    conversion is replaced when `force` is set or when it was made from older weights (a stale fast model
    must never be served).
    """
    from importlib import metadata

    from ctranslate2.converters import TransformersConverter

    if quantization not in QUANTIZATIONS:
        raise BundleError(f"unknown quantization {quantization!r}; choose from: {', '.join(QUANTIZATIONS)}")
    if not is_local_folder(model):
        raise BundleError(f"{str(model)!r} is not a local folder; download the checkpoint (save_pretrained) first")
    folder = Path(model).expanduser()
    spec = load_bundle_spec(folder)
    check_bundle_files(folder)
    output = folder / CTRANSLATE2_DIR
    if output.exists() and not force:
        if not conversion_is_stale(folder):
            raise BundleError(f"{output} exists; pass --force to replace it")
        log.info("%s was made from older weights: replacing it", output)
    try:
        t5_converter(TransformersConverter)(str(folder)).convert(str(output), quantization=quantization, force=True)
    except (OSError, ValueError, KeyError, NotImplementedError) as error:
        raise BundleError(f"cannot convert {folder} to CTranslate2: {error}") from None
    record = {"quantization": quantization, "ctranslate2": metadata.version("ctranslate2"),
              "bundle_format_version": spec.format_version, "base_model": spec.base_model,
              "weights_sha256": weights_digest(folder)}
    (output / CONVERSION_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    log.info("converted %s to %s (%s)", folder, output, quantization)
    return output


def refresh_conversion(model: str | Path) -> Path | None:
    """After a bundle's weights were rewritten: convert again (same quantization) where a conversion existed,
    or remove it when ctranslate2 is not installed. Returns the refreshed folder, or None."""
    from service.engines import engine_packages_installed

    folder = Path(model).expanduser() / CTRANSLATE2_DIR
    if not folder.exists() or not conversion_is_stale(model):
        return None
    if not engine_packages_installed("ctranslate2"):
        shutil.rmtree(folder)
        log.warning("removed %s: it was made from older weights and ctranslate2 is not installed to redo it", folder)
        return None
    return convert_bundle(model, quantization=conversion_info(model).get("quantization") or "int8", force=True)
