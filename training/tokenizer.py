"""`arsum-train tokenizer`: a SentencePiece unigram model for from-scratch models, saved as a Hugging Face folder.

The folder holds `spiece.model` and the converted tokenizer files and loads with
`AutoTokenizer.from_pretrained(folder)` (in transformers 5, `T5Tokenizer(vocab_file=...)` ignores the file).
Ids follow T5: pad 0, eos 1, unk 2, no bos (the decoder starts from pad).
"""

from __future__ import annotations

import io
import json
import logging
import random
from pathlib import Path
from typing import Any, Iterable, Iterator

from service.errors import InputError
from service.text import normalize_for_model, split_paragraphs
from service.rows import FieldMap
from training.records import CORPUS_FIELDS, read_records

logger = logging.getLogger(__name__)

SPIECE_FILE = "spiece.model"


def prepared_lines(folder: Path, split: str = "train") -> Iterator[str]:
    """Paragraphs of the sources and the targets of a `prepare` output."""
    with open(folder / f"{split}.jsonl", encoding="utf-8") as handle:
        for line in handle:
            example = json.loads(line)
            yield from split_paragraphs(example["text"])
            yield example["target"]


def corpus_lines(paths: list[Path], fields: FieldMap = CORPUS_FIELDS) -> Iterator[str]:
    """Paragraphs, titles and summaries of raw corpora, model-normalised as the service will see them."""
    for record in read_records(paths, fields):
        for text in (record.text, record.title, record.summary, *record.bullets):
            if text:
                yield from split_paragraphs(normalize_for_model(text))


def training_lines(inputs: list[Path], fields: FieldMap = CORPUS_FIELDS, extra: Iterable[str] = ()) -> Iterator[str]:
    """Lines from `prepare` folders (their train split) and raw corpus files alike, then `extra` lines
    (the task prefixes, so each becomes a few whole pieces)."""
    for path in inputs:
        if path.is_dir() and (path / "train.jsonl").exists():
            yield from prepared_lines(path)
        else:
            yield from corpus_lines([path], fields)
    for line in extra:
        yield from [line] * 100


def sample_lines(lines: Iterable[str], size: int, seed: int = 0) -> list[str]:
    """A uniform sample of at most `size` non-empty lines (reservoir sampling: memory bounded by `size`).

    Corpora are often sorted by source; a prefix would train the tokenizer on one outlet only.
    """
    chooser = random.Random(seed)
    sample: list[str] = []
    for seen, line in enumerate(line for line in lines if line.strip()):
        if seen < size:
            sample.append(line)
        else:
            slot = chooser.randint(0, seen)
            if slot < size:
                sample[slot] = line
    return sample


def train_sentencepiece(sentences: Iterable[str], folder: Path, vocab_size: int, character_coverage: float = 1.0,
                        num_threads: int = 1) -> Path:
    """A unigram SentencePiece model saved as `folder/spiece.model` (T5 ids: pad 0, eos 1, unk 2, no bos).

    The trainer behind `arsum-train tokenizer` (which samples the sentences first) and behind the random
    bundles of tests and benchmarks (`training.random_bundle`).
    """
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(list(sentences)), model_writer=model, vocab_size=vocab_size,
        hard_vocab_limit=False, model_type="unigram", character_coverage=character_coverage, pad_id=0, eos_id=1,
        unk_id=2, bos_id=-1, num_threads=num_threads, minloglevel=2,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SPIECE_FILE
    path.write_bytes(model.getvalue())
    return path


def train_tokenizer(lines: Iterable[str], folder: Path, vocab_size: int = 8000, character_coverage: float = 0.9995,
                    max_sentences: int = 300_000, model_max_length: int = 512) -> Any:
    """Train the unigram model into `folder` and return the loaded Hugging Face tokenizer."""
    sample = sample_lines(lines, max_sentences)
    if not sample:
        raise InputError("no text to train the tokenizer on")
    train_sentencepiece(sample, folder, vocab_size, character_coverage=character_coverage, num_threads=2)
    tokenizer = load_tokenizer(folder, model_max_length)
    tokenizer.save_pretrained(str(folder))
    logger.info("tokenizer with %d pieces from %d lines written to %s", len(tokenizer), len(sample), folder)
    return tokenizer


def load_tokenizer(folder: Path | str, model_max_length: int = 512) -> Any:
    """A tokenizer folder written by `train_tokenizer` (or any Hugging Face tokenizer folder or hub id)."""
    from transformers import AutoTokenizer, T5Tokenizer

    path = Path(folder)
    if path.is_dir() and (path / SPIECE_FILE).exists() and not (path / "tokenizer_config.json").exists():
        return T5Tokenizer.from_pretrained(str(path), model_max_length=model_max_length, extra_ids=0)
    return AutoTokenizer.from_pretrained(str(folder), model_max_length=model_max_length)
