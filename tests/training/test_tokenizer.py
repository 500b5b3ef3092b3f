"""`arsum-train tokenizer`: a SentencePiece unigram model in a folder that transformers loads, T5 ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.samples import RECORDS, WATER, write_jsonl
from training.cli import main
from training.prepare import PrepareOptions, prepare
from training.tokenizer import load_tokenizer, sample_lines, train_tokenizer, training_lines


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("tok") / "corpus.jsonl", RECORDS)


def test_the_folder_loads_with_transformers_and_round_trips_arabic(corpus: Path, tmp_path: Path) -> None:
    from transformers import AutoTokenizer

    train_tokenizer(training_lines([corpus], extra=["headline: "]), tmp_path / "tok", vocab_size=300)
    assert {"spiece.model", "tokenizer_config.json"} <= {path.name for path in (tmp_path / "tok").iterdir()}
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "tok")
    assert (tokenizer.pad_token_id, tokenizer.eos_token_id, tokenizer.unk_token_id) == (0, 1, 2)
    assert 100 < len(tokenizer) <= 300
    sentence = "headline: " + WATER.split("\n")[1]
    ids = tokenizer(sentence)["input_ids"]
    assert ids[-1] == 1 and 2 not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == sentence
    assert len(tokenizer(WATER.split("\n")[1])["input_ids"]) < len(WATER.split("\n")[1].split()) * 3


def test_a_prepared_folder_and_raw_files_are_both_inputs(corpus: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    prepare([corpus], tmp_path / "prepared", PrepareOptions(validation=0.0, test=0.0))
    prepared_lines = list(training_lines([tmp_path / "prepared"]))
    assert "افتتاح محطة لتحلية مياه البحر بالطاقة الشمسية" in prepared_lines  # targets too
    assert main(["tokenizer", str(tmp_path / "prepared"), str(corpus), "-o", str(tmp_path / "tok"),
                 "--vocab-size", "250", "--prefix", "summarize: "]) == 0
    pieces = len(load_tokenizer(tmp_path / "tok"))
    assert f"({pieces} pieces)" in capsys.readouterr().out and pieces <= 250


def test_bad_options_exit_with_a_message(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokenizer", str(corpus), "-o", str(tmp_path / "tok"), "--vocab-size", "3"]) == 2
    assert "--vocab-size" in capsys.readouterr().err


def test_sampling_is_bounded_deterministic_and_reaches_the_end() -> None:
    lines = [f"سطر {n}" for n in range(1000)]
    sample = sample_lines(lines, 50, seed=3)
    assert len(sample) == 50 and sample == sample_lines(lines, 50, seed=3)
    assert max(int(line.split()[1]) for line in sample) > 500
    assert sample_lines(["أ", " ", "ب"], 10) == ["أ", "ب"]
