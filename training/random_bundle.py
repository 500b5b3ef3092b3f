"""Randomly initialised T5 bundles for tests and benchmarks (no network, no downloaded weights).

`build_random_bundle` trains a SentencePiece model on the given sentences, initialises a T5 of the given
shape and saves both as an arsum bundle with `save_bundle`. `PUBLISHED_SHAPES` are the exact shapes of t5-small,
mT5-small and AraT5v2-base-1024 (activation, tying, embedding rows); their tokenizer is a news-trained
SentencePiece model filled up to the published number of pieces with pieces of scripts an Arabic corpus never uses
(a stand-in for a multilingual vocabulary, so trimming has the work a real mT5 gives it). Outputs of such a model
are meaningless text; it exercises every code path (tokenisation, selection, batching, decoding, conversion)
exactly as a trained model would. torch, transformers and sentencepiece are imported only when called.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from service.bundle import BundleSpec, TaskSpec, save_bundle
from service.digest import Task
from training.tokenizer import SPIECE_FILE, train_sentencepiece


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
    feed_forward_proj: str = "relu"
    pieces: int | None = None  # None: the pieces trained; more: filler pieces of other scripts up to this many


PUBLISHED_SHAPES = {
    "t5-small": RandomT5Shape(d_model=512, d_ff=2048, d_kv=64, num_heads=8, num_layers=6, num_decoder_layers=6,
                              vocab_size=32128, tie_word_embeddings=True, relative_attention_num_buckets=32,
                              initializer_factor=1.0, feed_forward_proj="relu", pieces=32000),
    "mt5-small": RandomT5Shape(d_model=512, d_ff=1024, d_kv=64, num_heads=6, num_layers=8, num_decoder_layers=8,
                               vocab_size=250112, tie_word_embeddings=False, relative_attention_num_buckets=32,
                               initializer_factor=1.0, feed_forward_proj="gated-gelu", pieces=250100),
    "arat5v2-base": RandomT5Shape(d_model=768, d_ff=2048, d_kv=64, num_heads=12, num_layers=12,
                                  num_decoder_layers=12, vocab_size=110208, tie_word_embeddings=False,
                                  relative_attention_num_buckets=32, initializer_factor=1.0,
                                  feed_forward_proj="gated-gelu", pieces=110208),
}


TINY_TASKS = {
    Task.HEADLINE: TaskSpec(prefix="headline: ", max_source_tokens=96, max_target_tokens=16, num_beams=2,
                            no_repeat_ngram_size=3, max_new_tokens=12),
    Task.BULLETS: TaskSpec(prefix="headline: ", max_source_tokens=48, max_target_tokens=16, num_beams=2,
                           no_repeat_ngram_size=3, max_new_tokens=10),
    Task.SUMMARY: TaskSpec(prefix="summarize: ", max_source_tokens=96, max_target_tokens=32, num_beams=2,
                           no_repeat_ngram_size=3, max_new_tokens=20),
}


def filler_pieces() -> Iterator[str]:
    """Pieces no Arabic text contains: CJK ideographs, Hangul syllables, then pairs of ideographs."""
    ideographs = [chr(code) for code in range(0x4E00, 0xA000)]
    yield from ideographs
    yield from (chr(code) for code in range(0xAC00, 0xD7A4))
    yield from (first + second for first in ideographs for second in ideographs)


def fill_sentencepiece(model_file: Path, pieces: int) -> None:
    """Append filler pieces (scored below every trained piece) until the model has `pieces` pieces."""
    from sentencepiece import sentencepiece_model_pb2

    proto = sentencepiece_model_pb2.ModelProto()  # type: ignore[attr-defined]  # generated protobuf code, no stub
    proto.ParseFromString(model_file.read_bytes())
    present = {piece.piece for piece in proto.pieces}
    floor = min(piece.score for piece in proto.pieces) - 10.0
    fillers = (piece for piece in filler_pieces() if piece not in present)
    for _ in range(pieces - len(proto.pieces)):
        proto.pieces.add(piece=next(fillers), score=floor)
    proto.trainer_spec.vocab_size = len(proto.pieces)
    model_file.write_bytes(proto.SerializeToString())


def build_random_bundle(folder: str | Path, sentences: Iterable[str] = (), shape: RandomT5Shape = RandomT5Shape(),
                        tasks: dict[Task, TaskSpec] | None = None, sp_vocab_size: int = 200,
                        seed: int = 0, base_model: str = "random-t5", spiece: Path | None = None) -> Path:
    """Train a tokenizer on `sentences` (or copy the SentencePiece model `spiece`), initialise a random T5 of
    `shape`, save both as a bundle."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    path = Path(folder)
    if spiece is None:
        train_sentencepiece(sentences, path, sp_vocab_size)
    else:
        path.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(spiece, path / SPIECE_FILE)
    if shape.pieces:
        fill_sentencepiece(path / SPIECE_FILE, shape.pieces)
    tokenizer = T5Tokenizer.from_pretrained(path, extra_ids=0, model_max_length=4096)
    # transformers' T5Config.__init__ declares only some of the PretrainedConfig kwargs it accepts
    config = T5Config(  # type: ignore[call-arg]
        vocab_size=shape.vocab_size or len(tokenizer), d_model=shape.d_model, d_ff=shape.d_ff, d_kv=shape.d_kv,
        num_heads=shape.num_heads, num_layers=shape.num_layers, num_decoder_layers=shape.num_decoder_layers,
        relative_attention_num_buckets=shape.relative_attention_num_buckets,
        tie_word_embeddings=shape.tie_word_embeddings, initializer_factor=shape.initializer_factor,
        feed_forward_proj=shape.feed_forward_proj, dropout_rate=0.0,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
    )
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config).eval()
    if not shape.tie_word_embeddings:  # transformers 5 ties T5 at creation; an untied checkpoint loads untied
        head = torch.empty_like(model.lm_head.weight).normal_(0.0, shape.initializer_factor)
        model.lm_head.weight = torch.nn.Parameter(head)
    spec = BundleSpec(base_model=base_model, tasks=dict(tasks or TINY_TASKS),
                      training={"note": "random initialisation, untrained", "seed": seed})
    return save_bundle(path, model, tokenizer, spec)
