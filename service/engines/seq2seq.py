"""The `seq2seq` engine: a bundle (or plain AraT5/mT5 checkpoint, or hub id) run with transformers.

CPU in float32 or CUDA in bfloat16 (T5 overflows in float16, so float16 is never used). torch and
transformers are imported when an engine is created, not when this module is imported.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from service.bundle import load_bundle_spec
from service.engines.neural import GenerationSettings, NeuralEngine, load_tokenizer
from service.errors import BundleError, EngineUnavailableError
from service.hub import local_files_only
from service.options import Limits

log = logging.getLogger(__name__)


def parse_device(device: str) -> tuple[str, int]:
    """`cpu`, `cuda` or `cuda:N` -> (kind, index); anything else is an EngineUnavailableError."""
    kind, _, index = device.strip().lower().partition(":")
    if kind not in ("cpu", "cuda") or (index and not index.isdigit()) or (kind == "cpu" and index):
        raise EngineUnavailableError(f"unknown device {device!r}; use cpu, cuda or cuda:N")
    return kind, int(index or 0)


def check_threads(threads: int | None) -> None:
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
        raise EngineUnavailableError(f"threads must be a whole number >= 1, got {threads!r}")


class Seq2SeqEngine(NeuralEngine):
    """AutoModelForSeq2SeqLM + the bundle's tokenizer; one batched `generate` per task."""

    name = "seq2seq"

    def __init__(self, model: str | Path, limits: Limits | None = None, device: str = "cpu",
                 threads: int | None = None) -> None:
        import torch

        kind, index = parse_device(device)
        check_threads(threads)
        if kind == "cuda" and not torch.cuda.is_available():
            raise EngineUnavailableError("device cuda was asked for, but torch sees no CUDA device")
        local_only = local_files_only(model)  # a hub id: one quick look at the hub, not a minute of retries
        super().__init__(model, load_bundle_spec(model), load_tokenizer(model, local_only), limits or Limits())
        if threads:
            torch.set_num_threads(threads)
        self.device = torch.device(kind, index) if kind == "cuda" else torch.device("cpu")
        self.dtype = torch.bfloat16 if kind == "cuda" else torch.float32
        self.network = load_network(self.source, self.dtype, local_only).to(self.device)
        log.info("seq2seq engine: %s on %s (%s)", self.source, self.device, self.dtype)

    def generate(self, batch: list[list[int]], settings: GenerationSettings,
                 banned: list[list[int]] | None = None) -> list[list[int]]:
        import torch

        padded = self.tokenizer.pad({"input_ids": batch}, return_tensors="pt")
        with torch.inference_mode():
            output = self.network.generate(
                input_ids=padded["input_ids"].to(self.device),
                attention_mask=padded["attention_mask"].to(self.device),
                generation_config=generation_config(self.network, settings),
                logits_processor=None if banned is None else banned_tokens_processor(banned),
            )
        return output.tolist()

    def close(self) -> None:
        self.network = None


def load_network(source: str, dtype: Any, local_only: bool = False) -> Any:
    """The model in eval mode; any loading failure becomes a BundleError naming the model."""
    from transformers import AutoModelForSeq2SeqLM

    try:
        network = AutoModelForSeq2SeqLM.from_pretrained(source, dtype=dtype, local_files_only=local_only)
    except (OSError, ValueError, KeyError, RuntimeError) as error:
        raise BundleError(f"cannot load a seq2seq model from {source!r}: {error}") from None
    # Bundles written before arsum cleared them carry max_length 20: beside the engine's max_new_tokens,
    # transformers would warn at every generate call.
    network.generation_config.max_length = network.generation_config.min_length = None
    return network.eval()


def banned_tokens_processor(banned: list[list[int]]) -> Any:
    """A logits processor that gives -inf to each input's banned ids, in all its beams (beam rows are grouped
    by input, so the per-input mask is repeated for each beam)."""
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList

    class BanPerInput(LogitsProcessor):
        def __init__(self) -> None:
            self.mask: Any = None

        def __call__(self, input_ids: Any, scores: Any) -> Any:
            if self.mask is None or self.mask.shape != scores.shape:
                mask = torch.zeros((len(banned), scores.shape[-1]), dtype=torch.bool, device=scores.device)
                for row, ids in enumerate(banned):
                    mask[row, [index for index in ids if index < scores.shape[-1]]] = True
                self.mask = mask.repeat_interleave(scores.shape[0] // len(banned), dim=0)
            return scores.masked_fill(self.mask, float("-inf"))

    return LogitsProcessorList([BanPerInput()])


def generation_config(network: Any, settings: GenerationSettings) -> Any:
    """A complete GenerationConfig (the checkpoint's own generation_config.json cannot add surprises)."""
    from transformers import GenerationConfig

    config = network.config
    start = network.generation_config.decoder_start_token_id
    beams = settings.num_beams
    return GenerationConfig(
        do_sample=False, num_beams=beams, early_stopping=beams > 1, max_new_tokens=settings.max_new_tokens,
        min_new_tokens=settings.min_new_tokens, length_penalty=settings.length_penalty,
        no_repeat_ngram_size=settings.no_repeat_ngram_size,
        decoder_start_token_id=config.decoder_start_token_id if start is None else start,
        eos_token_id=config.eos_token_id, pad_token_id=config.pad_token_id,
    )
