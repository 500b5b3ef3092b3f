"""`arsum-train trim-vocab`: a bundle whose vocabulary holds only the SentencePiece pieces a corpus needs.

The kept pieces (see `training.vocabulary`) keep their order, so the special tokens keep their ids. The
SentencePiece model (its protobuf), `tokenizer.json` and `tokenizer_config.json` are rewritten with the same
normalisation and scores, and the embedding and `lm_head` rows of the kept pieces are sliced out.

What stays the same: a unigram tokenizer picks the best-scoring segmentation among those its vocabulary allows;
removing pieces the best one does not use leaves it the best, so every text the corpus encodes gets the same
pieces. The network is unchanged apart from the rows, so the logits over the kept pieces are the original's, and
the trimmed model decodes as the original does when that is restricted to the kept pieces (greedy: the same
argmax; beam search: the same beams once scores are renormalised over the kept pieces, as the trimmed softmax is;
tests check both). Where the original's output uses kept pieces only and the dropped ones carry next to no
probability, as in a model fine-tuned on that corpus, the outputs are the original's.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from service.archive.progress import Progress
from service.bundle import BUNDLE_FILE, WEIGHT_FILES, BundleSpec, load_bundle_spec, save_bundle
from service.errors import ArsumError
from training.tokenizer import SPIECE_FILE
from training.vocabulary import PieceCounts, always_kept, choose_pieces, count_pieces, coverage

logger = logging.getLogger(__name__)

TOKENIZER_JSON = "tokenizer.json"
TOKENIZER_CONFIG = "tokenizer_config.json"
GENERATION_IDS = ("decoder_start_token_id", "pad_token_id", "eos_token_id", "bos_token_id", "forced_bos_token_id",
                  "forced_eos_token_id")


class TrimError(ArsumError):
    code = "trim_failed"


@dataclass(frozen=True)
class TrimPlan:
    """The ids kept (old ids, ascending) and the corpus statistics behind the choice."""

    kept: list[int]
    pieces_before: int
    counts: PieceCounts

    @property
    def new_id(self) -> dict[int, int]:
        return {old: new for new, old in enumerate(self.kept)}


def unigram_model(tokenizer: Any) -> dict[str, Any]:
    """The tokenizer's `tokenizer.json` as a dict; only SentencePiece unigram models (T5, mT5, AraT5) qualify."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    data = json.loads(backend.to_str()) if backend is not None else {}
    if data.get("model", {}).get("type") != "Unigram":
        raise TrimError("only SentencePiece unigram tokenizers (T5, mT5, AraT5) can be trimmed; this one is "
                        f"{data.get('model', {}).get('type') or type(tokenizer).__name__}")
    return data


def plan_trim(tokenizer: Any, lines: Iterable[str], prefixes: Iterable[str], keep: int | None,
              progress: Progress | None = None) -> TrimPlan:
    """Count the corpus's pieces and choose the kept ids (required ones first, see `training.vocabulary`)."""
    data = unigram_model(tokenizer)
    vocabulary = [piece for piece, _ in data["model"]["vocab"]]
    required = always_kept(vocabulary, (token["id"] for token in data.get("added_tokens", [])),
                           bool(data["model"].get("byte_fallback")))
    required.update(tokenizer.all_special_ids)
    for prefix in prefixes:
        required.update(tokenizer(prefix, add_special_tokens=False)["input_ids"])
    counts = count_pieces(tokenizer, lines, progress)
    return TrimPlan(kept=choose_pieces(counts, required, keep), pieces_before=len(vocabulary), counts=counts)


def trimmed_tokenizer_json(data: dict[str, Any], plan: TrimPlan) -> dict[str, Any]:
    """`tokenizer.json` with the kept pieces only; added tokens and post-processor ids renumbered."""
    new_id = plan.new_id
    vocabulary = data["model"]["vocab"]
    model = {**data["model"], "vocab": [vocabulary[old] for old in plan.kept if old < len(vocabulary)]}
    if model.get("unk_id") is not None:
        model["unk_id"] = new_id[model["unk_id"]]
    added = [{**token, "id": new_id[token["id"]]} for token in data.get("added_tokens", [])]
    return {**data, "model": model, "added_tokens": added,
            "post_processor": _renumber_post_processor(data.get("post_processor"), new_id)}


def _renumber_post_processor(node: Any, new_id: dict[int, int]) -> Any:
    """Template post-processors name their special tokens' ids (`</s>` -> [1]); renumber them anywhere inside."""
    if isinstance(node, list):
        return [_renumber_post_processor(item, new_id) for item in node]
    if not isinstance(node, dict):
        return node
    renumbered = {key: _renumber_post_processor(value, new_id) for key, value in node.items()}
    if isinstance(node.get("ids"), list) and "tokens" in node:
        renumbered["ids"] = [new_id[old] for old in node["ids"]]
    return renumbered


def trimmed_sentencepiece(model_file: Path, plan: TrimPlan, vocabulary: list[str]) -> bytes:
    """The SentencePiece protobuf with the kept pieces only (same normaliser, scores and special ids)."""
    from sentencepiece import sentencepiece_model_pb2

    proto = sentencepiece_model_pb2.ModelProto()  # type: ignore[attr-defined]  # generated protobuf code, no stub
    proto.ParseFromString(model_file.read_bytes())
    pieces = list(proto.pieces)
    if [piece.piece for piece in pieces] != vocabulary[:len(pieces)]:
        raise TrimError(f"{model_file} does not match the tokenizer's vocabulary; cannot trim both consistently")
    del proto.pieces[:]
    proto.pieces.extend(pieces[old] for old in plan.kept if old < len(pieces))
    new_id = plan.new_id
    spec = proto.trainer_spec
    for name in ("unk_id", "bos_id", "eos_id", "pad_id"):
        old = getattr(spec, name)
        if old >= 0:
            setattr(spec, name, new_id.get(old, -1))
    spec.vocab_size = len(proto.pieces)
    return proto.SerializeToString()


def write_tokenizer(tokenizer: Any, source: Path | None, plan: TrimPlan, folder: Path) -> Any:
    """Write the trimmed tokenizer files into `folder` and load them back with transformers."""
    from transformers import AutoTokenizer

    tokenizer.save_pretrained(str(folder))
    data = unigram_model(tokenizer)
    vocabulary = [piece for piece, _ in data["model"]["vocab"]]
    (folder / TOKENIZER_JSON).write_text(json.dumps(trimmed_tokenizer_json(data, plan), ensure_ascii=False),
                                         encoding="utf-8")
    model_file = next((path for path in (folder / SPIECE_FILE, source / SPIECE_FILE if source else None)
                       if path is not None and path.is_file()), None)
    if model_file is not None:
        (folder / SPIECE_FILE).write_bytes(trimmed_sentencepiece(model_file, plan, vocabulary))
    config_file = folder / TOKENIZER_CONFIG
    if config_file.is_file():
        config = json.loads(config_file.read_text(encoding="utf-8"))
        decoder = config.get("added_tokens_decoder")
        if isinstance(decoder, dict):
            config["added_tokens_decoder"] = {str(plan.new_id[int(old)]): token for old, token in decoder.items()}
        if isinstance(config.get("unk_id"), int):
            config["unk_id"] = plan.new_id[config["unk_id"]]
        config_file.write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return AutoTokenizer.from_pretrained(str(folder))


def slice_model(model: Any, plan: TrimPlan) -> Any:
    """Keep the embedding and `lm_head` rows of the kept pieces (one matrix when they are tied, two otherwise,
    as in mT5 and AraT5); ids in the configs renumbered."""
    import torch

    embedding, head = model.get_input_embeddings(), model.get_output_embeddings()
    if plan.kept[-1] >= embedding.weight.shape[0]:
        raise TrimError(f"the tokenizer has ids up to {plan.kept[-1]} but the model only "
                        f"{embedding.weight.shape[0]} embedding rows")
    tied = head.weight.data_ptr() == embedding.weight.data_ptr()
    index = torch.tensor(plan.kept, dtype=torch.long)
    with torch.no_grad():
        model.set_input_embeddings(torch.nn.Embedding.from_pretrained(embedding.weight[index].clone(), freeze=False))
        new_head = torch.nn.Linear(head.in_features, len(plan.kept), bias=False)
        if tied:
            new_head.weight = model.get_input_embeddings().weight
        else:
            new_head.weight = torch.nn.Parameter(head.weight[index].clone())
    model.set_output_embeddings(new_head)
    model.config.vocab_size = len(plan.kept)
    renumber_ids(model.config, plan.new_id)
    renumber_ids(model.generation_config, plan.new_id)
    return model


def renumber_ids(config: Any, new_id: dict[int, int]) -> None:
    for name in GENERATION_IDS:
        value = getattr(config, name, None)
        if isinstance(value, int) and value in new_id:
            setattr(config, name, new_id[value])
        elif isinstance(value, list):
            setattr(config, name, [new_id[item] for item in value if item in new_id])


def weights_bytes(folder: Path) -> int:
    return sum((folder / name).stat().st_size for name in WEIGHT_FILES if (folder / name).is_file())


def trim_bundle(source: str, lines: Iterable[str], output: Path, keep: int | None = None,
                prefixes: Iterable[str] = (), progress: Progress | None = None) -> dict[str, Any]:
    """Trim `source` (a bundle, a plain checkpoint folder or a hub id) to the pieces `lines` need, keeping
    those of `prefixes` and of the bundle's task prefixes; write a bundle to `output`; return the report (also
    stored in its bundle.json under `training.vocabulary_trim`)."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    if output.exists() and any(output.iterdir()):
        raise TrimError(f"{output} exists and is not empty; choose a new folder")
    spec = load_bundle_spec(source)
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    plan = plan_trim(tokenizer, lines, {*prefixes, *(task.prefix for task in spec.tasks.values())}, keep, progress)
    model = AutoModelForSeq2SeqLM.from_pretrained(str(source))
    local = Path(source).expanduser() if Path(source).expanduser().is_dir() else None
    report: dict[str, Any] = {
        "source": str(source), "keep": keep, "pieces_before": plan.pieces_before,
        "rows_before": model.get_input_embeddings().weight.shape[0],
        "parameters_before": sum(p.numel() for p in model.parameters()),
        "bytes_before": weights_bytes(local) if local else None, **coverage(plan.counts, plan.kept),
    }
    with tempfile.TemporaryDirectory() as work:
        trimmed_tokenizer = write_tokenizer(tokenizer, local, plan, Path(work))
        model = slice_model(model, plan)
        save_bundle(output, model, trimmed_tokenizer, spec)
        if (Path(work) / SPIECE_FILE).is_file():  # save_pretrained writes tokenizer.json only
            shutil.copyfile(Path(work) / SPIECE_FILE, output / SPIECE_FILE)
    report.update(pieces_after=len(plan.kept), rows_after=len(plan.kept),
                  parameters_after=sum(p.numel() for p in model.parameters()), bytes_after=weights_bytes(output))
    spec_file = output / BUNDLE_FILE
    written = BundleSpec.from_json(spec_file.read_text(encoding="utf-8"))
    spec_file.write_text(replace(written, training={**written.training, "vocabulary_trim": report}).to_json(),
                         encoding="utf-8")
    logger.info("trimmed %s: %d -> %d pieces, written to %s", source, plan.pieces_before, len(plan.kept), output)
    return report
