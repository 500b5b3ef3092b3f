"""Randomly initialised T5 bundles for tests and benchmarks (no network, no downloaded weights).

`build_random_bundle` trains a SentencePiece model on the given sentences, initialises a T5 of the given
shape and saves both as an arsum bundle with `save_bundle`. Outputs of such a model are meaningless text;
it exercises every code path (tokenisation, selection, batching, decoding, conversion) exactly as a
trained model would. torch, transformers and sentencepiece are imported only when called.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from service.bundle import BundleSpec, TaskSpec, save_bundle
from service.digest import Task


@dataclass(frozen=True)
class RandomT5Shape:
    d_model: int = 16
    d_ff: int = 32
    d_kv: int = 8
    num_heads: int = 2
    num_layers: int = 1
    num_decoder_layers: int = 1
    vocab_size: int | None = None  # None: exactly the tokenizer's size; larger pads the embedding
    tie_word_embeddings: bool = True
    relative_attention_num_buckets: int = 8
    initializer_factor: float = 3.0  # wide random weights: outputs differ from article to article


TINY_TASKS = {
    Task.HEADLINE: TaskSpec(prefix="headline: ", max_source_tokens=96, max_target_tokens=16, num_beams=2,
                            no_repeat_ngram_size=3, max_new_tokens=12),
    Task.BULLETS: TaskSpec(prefix="headline: ", max_source_tokens=48, max_target_tokens=16, num_beams=2,
                           no_repeat_ngram_size=3, max_new_tokens=10),
    Task.SUMMARY: TaskSpec(prefix="summarize: ", max_source_tokens=96, max_target_tokens=32, num_beams=2,
                           no_repeat_ngram_size=3, max_new_tokens=20),
}


def train_sentencepiece(sentences: Iterable[str], folder: Path, vocab_size: int, character_coverage: float = 1.0,
                        num_threads: int = 1) -> Path:
    """A unigram SentencePiece model saved as `folder/spiece.model` (T5 ids: pad 0, eos 1, unk 2, no bos).

    Also the trainer behind `arsum-train tokenizer` (which samples the sentences first).
    """
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(list(sentences)), model_writer=model, vocab_size=vocab_size,
        hard_vocab_limit=False, model_type="unigram", character_coverage=character_coverage, pad_id=0, eos_id=1,
        unk_id=2, bos_id=-1, num_threads=num_threads, minloglevel=2,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "spiece.model"
    path.write_bytes(model.getvalue())
    return path


def build_random_bundle(folder: str | Path, sentences: Iterable[str], shape: RandomT5Shape = RandomT5Shape(),
                        tasks: dict[Task, TaskSpec] | None = None, sp_vocab_size: int = 200,
                        seed: int = 0, base_model: str = "random-t5") -> Path:
    """Train a tokenizer on `sentences`, initialise a random T5 of `shape`, save both as a bundle."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    path = Path(folder)
    train_sentencepiece(sentences, path, sp_vocab_size)
    tokenizer = T5Tokenizer.from_pretrained(path, extra_ids=0, model_max_length=4096)
    config = T5Config(
        vocab_size=shape.vocab_size or len(tokenizer), d_model=shape.d_model, d_ff=shape.d_ff, d_kv=shape.d_kv,
        num_heads=shape.num_heads, num_layers=shape.num_layers, num_decoder_layers=shape.num_decoder_layers,
        relative_attention_num_buckets=shape.relative_attention_num_buckets,
        tie_word_embeddings=shape.tie_word_embeddings, initializer_factor=shape.initializer_factor,
        feed_forward_proj="relu", dropout_rate=0.0,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
    )
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config).eval()
    spec = BundleSpec(base_model=base_model, tasks=dict(tasks or TINY_TASKS),
                      training={"note": "random initialisation, untrained", "seed": seed})
    return save_bundle(path, model, tokenizer, spec)
