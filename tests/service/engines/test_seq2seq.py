"""The seq2seq engine on the tiny random bundle: full Digests in one batch, selection, options, clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from service.article import prepare_article
from service.bundle import load_bundle_spec
from service.digest import Digest, Task
from service.engines import load_engine
from service.engines.neural import deduplicate, resolve_settings, trim_summary
from service.engines.seq2seq import Seq2SeqEngine
from service.errors import BadOptionError, BundleError, EngineUnavailableError
from service.options import DecodingOptions, Limits, SummaryOptions, build_options
from service.pipeline import summarize_texts
from tests.arabic_samples import ARTICLES, ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT


def long_article(min_words: int) -> str:
    """A long report made of the sample articles' paragraphs, each numbered so none repeats exactly."""
    paragraphs = [line for text in (ECONOMY, HEALTH_WITH_SECTIONS, SPORTS_SHORT)
                  for line in text.splitlines() if len(line.split()) > 8]
    lines, count = [], 0
    while count < min_words:
        line = f"{paragraphs[len(lines) % len(paragraphs)]} وهذه الفقرة رقم {len(lines) + 1} من التقرير."
        lines.append(line)
        count += len(line.split())
    return "\n".join(lines)


@pytest.fixture(scope="module")
def engine(tiny_bundle: Path) -> Seq2SeqEngine:
    return Seq2SeqEngine(tiny_bundle, threads=1)


def broken_copy(tiny_bundle: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(tiny_bundle, tmp_path / "bundle"))


def test_full_digests_for_several_articles_in_one_call_per_task(engine: Seq2SeqEngine) -> None:
    calls: list[int] = []
    original = engine.generate
    engine.generate = lambda batch, settings: calls.append(len(batch)) or original(batch, settings)  # type: ignore
    try:
        results = summarize_texts(engine, list(ARTICLES.values()), SummaryOptions())
    finally:
        del engine.generate
    assert len(calls) == 3  # headline, summary, bullets: each one batch across the four articles
    assert calls[0] == calls[1] == len(ARTICLES)
    for digest in results:
        assert isinstance(digest, Digest)
        assert digest.engine == "seq2seq" and digest.model == Path(engine.source).name
        assert digest.headline and digest.summary and 1 <= len(digest.bullets or []) <= 4
        assert {"select", "headline", "summary", "bullets"} <= set(digest.timings_ms)
        assert digest.input.source_tokens and digest.input.source_tokens <= 96
    assert len(ARTICLES) < calls[2] <= 4 * len(ARTICLES)  # bullet rows: one per section of every article


def test_outputs_are_deterministic_and_differ_between_articles(engine: Seq2SeqEngine) -> None:
    texts = [ECONOMY, SPORTS_SHORT]
    first = summarize_texts(engine, texts, SummaryOptions())
    second = summarize_texts(engine, texts, SummaryOptions())
    assert [d.to_dict() | {"timings_ms": {}} for d in first] == [d.to_dict() | {"timings_ms": {}} for d in second]
    assert first[0].headline != first[1].headline


def test_five_thousand_words_are_selected_not_cut(engine: Seq2SeqEngine) -> None:
    article = prepare_article(long_article(5000), Limits())
    assert article.info.words >= 5000
    digest = engine.summarize([article], SummaryOptions())[0]
    assert digest.input.truncated is True
    assert 0 < (digest.input.source_tokens or 0) <= load_bundle_spec(engine.source).tasks[Task.HEADLINE].max_source_tokens
    assert digest.headline and digest.summary


def test_short_article_is_not_truncated(engine: Seq2SeqEngine) -> None:
    article = prepare_article("ارتفعت أسعار الذهب في الأسواق المحلية بنسبة ثلاثة في المئة.", Limits())
    digest = engine.summarize([article], SummaryOptions(tasks=frozenset({Task.HEADLINE})))[0]
    assert digest.input.truncated is False
    assert digest.bullets is None and digest.summary is None and digest.headline


def test_client_decoding_options_are_clamped(engine: Seq2SeqEngine) -> None:
    spec = load_bundle_spec(engine.source).tasks[Task.SUMMARY]
    limits = Limits(max_beams=2, max_new_tokens=8)
    settings = resolve_settings(spec, DecodingOptions(num_beams=64, max_new_tokens=5000), limits)
    assert (settings.num_beams, settings.max_new_tokens) == (2, 8)
    assert resolve_settings(spec, DecodingOptions(), Limits()).num_beams == spec.num_beams
    options = build_options(Limits(), tasks=["summary"], decoding={"num_beams": 99, "max_new_tokens": 3})
    used = []
    original = engine.generate
    engine.generate = lambda batch, settings: used.append(settings) or original(batch, settings)  # type: ignore
    try:
        digest = summarize_texts(engine, [ECONOMY], options)[0]
    finally:
        del engine.generate
    assert (used[0].num_beams, used[0].max_new_tokens) == (Limits().max_beams, 3)
    assert isinstance(digest, Digest) and len((digest.summary or "").split()) <= 3


def test_task_missing_from_bundle_is_a_clear_option_error(tiny_bundle: Path, tmp_path: Path) -> None:
    copy = broken_copy(tiny_bundle, tmp_path)
    data = json.loads((copy / "bundle.json").read_text(encoding="utf-8"))
    del data["tasks"]["summary"]
    (copy / "bundle.json").write_text(json.dumps(data), encoding="utf-8")
    engine = Seq2SeqEngine(copy)
    article = prepare_article(ECONOMY, Limits())
    assert engine.summarize([article], SummaryOptions(tasks=frozenset({Task.HEADLINE})))[0].headline
    with pytest.raises(BadOptionError, match="not trained for the task 'summary'"):
        engine.summarize([article], SummaryOptions())


def test_missing_tokenizer_is_a_bundle_error(tiny_bundle: Path, tmp_path: Path) -> None:
    copy = broken_copy(tiny_bundle, tmp_path)
    for name in ("spiece.model", "tokenizer.json", "tokenizer_config.json"):
        (copy / name).unlink()
    with pytest.raises(BundleError, match="no tokenizer files"):
        load_engine("seq2seq", model=copy)


def test_missing_weights_is_a_bundle_error(tiny_bundle: Path, tmp_path: Path) -> None:
    copy = broken_copy(tiny_bundle, tmp_path)
    (copy / "model.safetensors").unlink()
    with pytest.raises(BundleError, match="no model weights"):
        load_engine("seq2seq", model=copy)


def test_unknown_format_version_and_wrong_task_are_refused_at_load(tiny_bundle: Path, tmp_path: Path) -> None:
    copy = broken_copy(tiny_bundle, tmp_path)
    data = json.loads((copy / "bundle.json").read_text(encoding="utf-8"))
    (copy / "bundle.json").write_text(json.dumps({**data, "format_version": 0}), encoding="utf-8")
    with pytest.raises(BundleError, match="format_version"):
        load_engine("seq2seq", model=copy)
    data["tasks"]["translate"] = data["tasks"]["headline"]
    (copy / "bundle.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BundleError, match="unknown task 'translate'"):
        load_engine("seq2seq", model=copy)


@pytest.mark.parametrize(("options", "message"), [
    ({"device": "tpu"}, "unknown device"),
    ({"threads": 0}, "threads"),
])
def test_bad_engine_options_are_refused(tiny_bundle: Path, options: dict, message: str) -> None:
    with pytest.raises(EngineUnavailableError, match=message):
        load_engine("seq2seq", model=tiny_bundle, **options)


def test_cuda_without_a_device_is_refused_clearly(tiny_bundle: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("a CUDA device is present")
    with pytest.raises(EngineUnavailableError, match="no CUDA device"):
        load_engine("seq2seq", model=tiny_bundle, device="cuda")


def test_neural_engine_without_model_is_refused() -> None:
    with pytest.raises(EngineUnavailableError, match="needs a model"):
        load_engine("seq2seq")


def test_auto_picks_seq2seq_for_an_unconverted_bundle(tiny_bundle: Path) -> None:
    assert load_engine("auto", model=tiny_bundle, device="cpu", threads=None).name == "seq2seq"
    assert load_engine("auto", device="cpu").name == "extractive"


def test_bullets_are_deduplicated_against_each_other_and_the_headline() -> None:
    lines = ["ارتفاع أسعار الذهب محليا", "", "ارتفاع أسعار الذهب محليا", "البنك المركزي يثبت الفائدة",
             "افتتاح مستشفى الأطفال الجديد"]
    assert deduplicate(lines, "البنك المركزي يثبت سعر الفائدة") == [
        "ارتفاع أسعار الذهب محليا", "افتتاح مستشفى الأطفال الجديد"]
    assert deduplicate(["البنك المركزي يثبت الفائدة"], "البنك المركزي يثبت الفائدة") == ["البنك المركزي يثبت الفائدة"]


def test_summary_is_trimmed_to_the_requested_sentences_and_words() -> None:
    text = "أعلن البنك تثبيت الفائدة. وارتفعت الأسهم بعد القرار. وتراجع الذهب قليلا."
    assert trim_summary(text, 1, 60) == "أعلن البنك تثبيت الفائدة."
    assert trim_summary(text, None, 60) == text
    assert trim_summary(text, 3, 5) == "أعلن البنك تثبيت الفائدة. وارتفعت"


def test_importing_service_does_not_import_torch() -> None:
    code = ("import sys, service, service.engines, service.bundle, service.engines.seq2seq, service.engines.ct2, "
            "service.commands.convert; "
            "print(sorted(m for m in ('torch', 'transformers', 'ctranslate2', 'fastapi') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.gpu
def test_cuda_runs_in_bfloat16(tiny_bundle: Path) -> None:
    import torch

    engine = Seq2SeqEngine(tiny_bundle, device="cuda")
    assert engine.network.dtype == torch.bfloat16
    digest = summarize_texts(engine, [ECONOMY], SummaryOptions())[0]
    assert isinstance(digest, Digest) and digest.headline
