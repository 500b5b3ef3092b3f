"""The ctranslate2 engine: `arsum convert`, greedy parity with seq2seq, auto selection, clear errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from service.cli import main
from service.digest import Digest
from service.engines import load_engine
from service.engines.ct2 import CTranslate2Engine, conversion_info, convert_bundle
from service.engines.seq2seq import Seq2SeqEngine
from service.errors import BundleError, EngineUnavailableError
from service.options import Limits, build_options
from service.pipeline import summarize_texts
from tests.arabic_samples import ARTICLES, ECONOMY


@pytest.fixture(scope="module")
def converted(tiny_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the tiny bundle with a float32 CTranslate2 model (exact arithmetic for the parity test)."""
    copy = Path(shutil.copytree(tiny_bundle, tmp_path_factory.mktemp("ct2") / "bundle"))
    convert_bundle(copy, quantization="float32")
    return copy


def comparable(digest: Digest | Exception) -> dict:
    assert isinstance(digest, Digest)
    return {key: value for key, value in digest.to_dict().items() if key not in ("engine", "timings_ms")}


def test_greedy_outputs_equal_the_seq2seq_engine(converted: Path) -> None:
    options = build_options(Limits(), decoding={"num_beams": 1})
    texts = list(ARTICLES.values())
    fast = summarize_texts(CTranslate2Engine(converted, threads=1), texts, options)
    reference = summarize_texts(Seq2SeqEngine(converted, threads=1), texts, options)
    assert [comparable(d) for d in fast] == [comparable(d) for d in reference]
    assert all(isinstance(d, Digest) and d.engine == "ctranslate2" for d in fast)


def test_an_untied_model_mt5_style_converts_to_the_same_probabilities(tmp_path: Path) -> None:
    """mT5 and AraT5 have a separate lm_head and no output scaling; transformers 5 reports every T5 config as
    tied, which made CTranslate2 scale the decoder outputs of such models (flatter probabilities: beam search
    and length penalties then rank other outputs than the seq2seq engine)."""
    import torch

    from tests.conftest import TOKENIZER_SENTENCES
    from training.random_bundle import RandomT5Shape, build_random_bundle

    shape = RandomT5Shape(tie_word_embeddings=False, feed_forward_proj="gated-gelu", initializer_factor=1.0)
    bundle = build_random_bundle(tmp_path / "untied", TOKENIZER_SENTENCES, shape)
    convert_bundle(bundle, quantization="float32")
    fast, reference = CTranslate2Engine(bundle, threads=1), Seq2SeqEngine(bundle, threads=1)
    source = reference.tokenizer("headline: " + ECONOMY.split("\n")[0])["input_ids"]
    target = reference.tokenizer(text_target=TOKENIZER_SENTENCES[3])["input_ids"]
    scored = fast.translator.score_batch([fast.tokenizer.convert_ids_to_tokens(source)],
                                         [fast.tokenizer.convert_ids_to_tokens(target[:-1])])[0].log_probs  # </s> added
    with torch.no_grad():
        logits = reference.network(input_ids=torch.tensor([source]), labels=torch.tensor([target])).logits[0]
    expected = torch.log_softmax(logits, -1).gather(1, torch.tensor(target)[:, None])[:, 0]
    assert torch.allclose(torch.tensor(scored), expected, atol=1e-3)


def test_auto_prefers_the_converted_model(converted: Path) -> None:
    engine = load_engine("auto", model=converted, device="cpu", threads=1)
    assert engine.name == "ctranslate2"


def test_int8_conversion_serves_full_digests(tiny_bundle: Path, tmp_path: Path) -> None:
    copy = Path(shutil.copytree(tiny_bundle, tmp_path / "bundle"))
    assert main(["convert", str(copy), "--quantization", "int8"]) == 0
    assert conversion_info(copy)["quantization"] == "int8"
    digest = summarize_texts(load_engine("ctranslate2", model=copy), [ECONOMY], build_options(Limits()))[0]
    assert isinstance(digest, Digest) and digest.headline and digest.summary and digest.bullets


def test_convert_refuses_to_overwrite_without_force(converted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(converted)]) == 2
    assert "--force" in capsys.readouterr().err


def test_convert_needs_a_local_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "UBC-NLP/AraT5v2-base-1024"]) == 2
    assert "not a local folder" in capsys.readouterr().err


def test_cuda_without_a_device_is_refused_clearly(converted: Path) -> None:
    import ctranslate2

    if ctranslate2.get_cuda_device_count():
        pytest.skip("a CUDA device is present")
    with pytest.raises(EngineUnavailableError, match="cuda"):
        load_engine("ctranslate2", model=converted, device="cuda")


def test_unconverted_bundle_names_the_convert_command(tiny_bundle: Path) -> None:
    with pytest.raises(BundleError, match="arsum convert"):
        load_engine("ctranslate2", model=tiny_bundle)


def test_summarize_command_with_model_uses_the_fast_engine(converted: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ECONOMY, encoding="utf-8")
    assert main(["summarize", str(article), "--model", str(converted), "--threads", "1"]) == 0
    digest = json.loads(capsys.readouterr().out)
    assert digest["engine"] == "ctranslate2" and digest["headline"] and digest["input"]["source_tokens"]


def test_bad_bundle_through_the_command_line_is_one_clear_line(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ECONOMY, encoding="utf-8")
    (tmp_path / "model").mkdir()
    assert main(["summarize", str(article), "--model", str(tmp_path / "model"), "--engine", "seq2seq"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("arsum: error:") and "Traceback" not in error
