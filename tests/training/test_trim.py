"""`arsum-train trim-vocab`: a smaller vocabulary that encodes the corpus and scores the kept pieces as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.bundle import load_bundle_spec
from service.digest import Digest
from service.engines import load_engine
from service.options import Limits, SummaryOptions, build_options
from service.pipeline import summarize_texts
from tests.arabic_samples import ECONOMY
from tests.conftest import TOKENIZER_SENTENCES
from tests.training.samples import FESTIVAL, RECORDS, SCHOOLS, STORM, WATER, write_jsonl
from training.cli import main
from training.random_bundle import RandomT5Shape, build_random_bundle
from training.tokenizer import training_lines
from training.trim import trim_bundle

# An untied T5 whose tokenizer has 3,000 pieces: about 700 learnt from Arabic text, the rest from other scripts.
SHAPE = RandomT5Shape(d_model=32, d_ff=64, d_kv=8, num_heads=4, num_layers=2, num_decoder_layers=2,
                      tie_word_embeddings=False, feed_forward_proj="gated-gelu", initializer_factor=1.0, pieces=3000)
CORPUS_RECORDS = RECORDS[:4]  # water, schools, festival, storm; the economy article stays outside


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sentences = [line for record in RECORDS for line in record["text"].split("\n") if line.strip()]
    return build_random_bundle(tmp_path_factory.mktemp("original"), sentences + TOKENIZER_SENTENCES, SHAPE,
                               sp_vocab_size=700)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "news.jsonl", CORPUS_RECORDS)


@pytest.fixture(scope="module")
def trimmed(original: Path, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("trimmed") / "bundle"
    trim_bundle(str(original), training_lines([corpus]), output)
    return output


def tokenizers(original: Path, trimmed: Path) -> tuple:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(original)), AutoTokenizer.from_pretrained(str(trimmed))


def models(original: Path, trimmed: Path) -> tuple:
    from transformers import AutoModelForSeq2SeqLM

    return (AutoModelForSeq2SeqLM.from_pretrained(str(original)).eval(),
            AutoModelForSeq2SeqLM.from_pretrained(str(trimmed)).eval())


def kept_ids(before, after) -> list[int]:  # noqa: ANN001 - tokenizers
    """Old id of every new id (the trimmed vocabulary keeps the original order)."""
    return before.convert_tokens_to_ids(after.convert_ids_to_tokens(list(range(len(after)))))


def test_covered_text_gets_the_same_pieces_and_specials_keep_their_ids(original: Path, trimmed: Path,
                                                                        corpus: Path) -> None:
    import sentencepiece

    before, after = tokenizers(original, trimmed)
    assert len(after) < len(before) / 2
    assert (after.pad_token_id, after.eos_token_id, after.unk_token_id) == (0, 1, 2)
    lines = list(training_lines([corpus]))
    assert lines
    processor = sentencepiece.SentencePieceProcessor(model_file=str(trimmed / "spiece.model"))
    assert processor.get_piece_size() == len(after)
    for line in ["headline: " + lines[0], "summarize: " + lines[1], *lines]:
        assert after.tokenize(line) == before.tokenize(line) == processor.encode(line, out_type=str)
        assert after(line)["input_ids"][-1] == after.eos_token_id


def test_the_embedding_and_lm_head_shrink_and_the_report_says_so(original: Path, trimmed: Path) -> None:
    import torch

    before, after = models(original, trimmed)
    before_tok, after_tok = tokenizers(original, trimmed)
    pieces, kept = len(after_tok), kept_ids(before_tok, after_tok)
    assert after.get_input_embeddings().weight.shape == (pieces, SHAPE.d_model)
    assert after.get_output_embeddings().weight.shape == (pieces, SHAPE.d_model)
    assert before.get_output_embeddings().weight.shape[0] == 3000
    for model in (before, after):  # untied, as mT5 and AraT5 are
        assert model.get_output_embeddings().weight.data_ptr() != model.get_input_embeddings().weight.data_ptr()
    assert torch.equal(after.get_output_embeddings().weight, before.get_output_embeddings().weight[kept])
    assert torch.equal(after.get_input_embeddings().weight, before.get_input_embeddings().weight[kept])
    report = load_bundle_spec(trimmed).training["vocabulary_trim"]
    assert (report["pieces_before"], report["pieces_after"], report["rows_after"]) == (3000, pieces, pieces)
    assert report["token_coverage"] == 1.0 and report["line_coverage"] == 1.0
    assert report["bytes_after"] < report["bytes_before"] / 2
    assert report["parameters_after"] < report["parameters_before"]


def test_logits_over_the_kept_pieces_are_the_originals(original: Path, trimmed: Path) -> None:
    import torch

    before_tok, after_tok = tokenizers(original, trimmed)
    before, after = models(original, trimmed)
    kept = kept_ids(before_tok, after_tok)
    source, target = "headline: " + WATER.split("\n")[0], "افتتاح محطة لتحلية مياه البحر"
    with torch.no_grad():
        old = before(**before_tok(source, return_tensors="pt"), labels=before_tok(text_target=target,
                                                                                   return_tensors="pt")["input_ids"])
        new = after(**after_tok(source, return_tensors="pt"), labels=after_tok(text_target=target,
                                                                                return_tensors="pt")["input_ids"])
    assert torch.allclose(new.logits, old.logits[..., kept], atol=1e-5)


def test_decoding_is_the_originals_restricted_to_the_kept_pieces(original: Path, trimmed: Path) -> None:
    """Greedy and beam search: the original with the dropped pieces suppressed (scores renormalised over what is
    left, as the trimmed model's softmax is) writes exactly what the trimmed model writes."""
    import torch

    before_tok, after_tok = tokenizers(original, trimmed)
    before, after = models(original, trimmed)
    kept = kept_ids(before_tok, after_tok)
    dropped = sorted(set(range(len(before_tok))) - set(kept))
    for text, beams in ((SCHOOLS, 1), (SCHOOLS, 3), (STORM, 4)):
        source = "headline: " + text.split("\n")[1]
        settings = {"num_beams": beams, "max_new_tokens": 12, "min_new_tokens": 12, "do_sample": False,
                    "renormalize_logits": True}
        with torch.no_grad():
            restricted = before.generate(**before_tok(source, return_tensors="pt"), suppress_tokens=dropped,
                                         **settings)[0].tolist()
            output = after.generate(**after_tok(source, return_tensors="pt"), **settings)[0].tolist()
        assert [kept[new] for new in output] == restricted
        assert before_tok.decode(restricted) == after_tok.decode(output)


def test_text_outside_the_corpus_falls_back_to_smaller_pieces_never_unk(original: Path, trimmed: Path) -> None:
    before, after = tokenizers(original, trimmed)
    for text in (ECONOMY.split("\n")[0], ECONOMY.split("\n")[1] + " (2025) «نعم»؛ ٣٪"):
        old = before(text, add_special_tokens=False)["input_ids"]
        new = after(text, add_special_tokens=False)["input_ids"]
        assert new.count(after.unk_token_id) == old.count(before.unk_token_id)  # only characters it never had
        assert after.decode(new) == before.decode(old)
        assert len(old) < len(new) <= 2 * len(old)
    assert after.unk_token_id not in after(ECONOMY.split("\n")[0])["input_ids"]


def test_the_trimmed_bundle_serves_in_both_engines(trimmed: Path, tmp_path: Path) -> None:
    import shutil

    from service.engines.ct2 import convert_bundle

    bundle = shutil.copytree(trimmed, tmp_path / "bundle")
    convert_bundle(bundle, quantization="int8")
    for engine_name in ("seq2seq", "ctranslate2"):
        digest = summarize_texts(load_engine(engine_name, model=bundle), [FESTIVAL, ECONOMY], SummaryOptions())[0]
        assert isinstance(digest, Digest) and digest.engine == engine_name and digest.headline is not None


def test_the_command_reports_coverage_and_keep_caps_the_corpus_pieces(original: Path, corpus: Path, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trim-vocab", str(original), "--corpus", str(corpus), "-o", str(tmp_path / "top"),
                 "--keep", "40"]) == 0
    out = capsys.readouterr().out
    assert "3,000 ->" in out and "coverage" in out and "arsum-train export" in out
    report = json.loads((tmp_path / "top" / "bundle.json").read_text(encoding="utf-8"))["training"]["vocabulary_trim"]
    assert report["keep"] == 40 and report["token_coverage"] < 1.0 and report["line_coverage"] < 1.0
    before, after = tokenizers(original, tmp_path / "top")
    line = next(iter(training_lines([corpus])))
    assert after.unk_token_id not in after(line)["input_ids"]
    assert after.decode(after(line)["input_ids"], skip_special_tokens=True) == \
        before.decode(before(line)["input_ids"], skip_special_tokens=True)


def test_an_existing_output_folder_is_refused(original: Path, corpus: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["trim-vocab", str(original), "--corpus", str(corpus), "-o", str(tmp_path / "out")]) == 2
    assert "not empty" in capsys.readouterr().err
    assert (tmp_path / "out" / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_a_recipe_trims_its_base_before_fine_tuning_and_the_bundle_serves(original: Path, tmp_path: Path) -> None:
    from service.engines.ct2 import convert_bundle
    from training.config import config_from_dict
    from training.fit import fit
    from training.prepare import PrepareOptions, prepare

    prepare([write_jsonl(tmp_path / "news.jsonl", CORPUS_RECORDS)], tmp_path / "data", PrepareOptions(0.0, 0.0))
    config = config_from_dict({
        "name": "trimmed", "output": str(tmp_path / "run"), "data": {"dir": str(tmp_path / "data")},
        "model": {"base": str(original), "trim_vocab": True},
        "tasks": {"headline": {"prefix": "عنوان: ", "max_source_tokens": 48, "max_target_tokens": 24,
                               "decoding": {"num_beams": 2, "max_new_tokens": 8}}},
        "training": {"learning_rate": 0.01, "batch_size": 4, "max_steps": 3, "eval_steps": 3, "save_steps": 3,
                     "logging_steps": 1, "threads": 1},
    })
    result = fit(config)
    spec = load_bundle_spec(result.bundle)
    report = spec.training["vocabulary_trim"]
    assert report["pieces_before"] == 3000 and report["pieces_after"] < 1000 and spec.base_model == str(original)
    before, after = tokenizers(original, result.bundle)
    assert after.tokenize("عنوان: " + FESTIVAL) == before.tokenize("عنوان: " + FESTIVAL)  # the recipe's prefix too
    assert models(original, result.bundle)[1].get_input_embeddings().weight.shape[0] == len(after)
    assert (tmp_path / "run" / "base-trimmed" / "bundle.json").is_file()
    convert_bundle(result.bundle)
    for engine_name in ("seq2seq", "ctranslate2"):
        digest = summarize_texts(load_engine(engine_name, model=result.bundle), [WATER],
                                 build_options(Limits(), ["headline"]))[0]
        assert isinstance(digest, Digest) and digest.headline is not None and digest.engine == engine_name


def test_a_tied_model_stays_tied_and_scores_the_kept_pieces_as_before(tiny_bundle: Path, corpus: Path,
                                                                      tmp_path: Path) -> None:
    import torch

    trim_bundle(str(tiny_bundle), training_lines([corpus]), tmp_path / "tied")
    before_tok, after_tok = tokenizers(tiny_bundle, tmp_path / "tied")
    before, after = models(tiny_bundle, tmp_path / "tied")
    assert after.get_output_embeddings().weight.data_ptr() == after.get_input_embeddings().weight.data_ptr()
    kept = kept_ids(before_tok, after_tok)
    assert len(kept) < len(before_tok)
    source = "headline: " + FESTIVAL.split("\n")[0]
    with torch.no_grad():
        old = before(**before_tok(source, return_tensors="pt"), decoder_input_ids=torch.tensor([[0, 5]])).logits
        new = after(**after_tok(source, return_tensors="pt"),
                    decoder_input_ids=torch.tensor([[0, kept.index(5)]])).logits
    assert torch.allclose(new, old[..., kept], atol=1e-5)
