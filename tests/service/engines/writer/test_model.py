"""The shipped writer model: small, generic (words and weights, no sentence of any article), loadable with the
serve extra alone (no numpy, scipy or torch), and a broken model file is a clear error."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from service.engines.extractive import ExtractiveEngine
from service.engines.writer import load_writer_model
from service.engines.writer.model import SHIPPED_MODEL, WriterModel
from service.errors import BundleError

SHIPPED = resources.files("service.engines.writer").joinpath(SHIPPED_MODEL)


def test_the_shipped_model_is_small_and_records_where_it_came_from() -> None:
    raw = SHIPPED.read_bytes()
    assert len(raw) < 5_000_000
    model = load_writer_model()
    provenance = model.provenance
    assert provenance["data"] == ["train.jsonl.gz"] and provenance["titled"] > 60_000
    assert model.weights and len(model.lexicon.verbs) > 100 and model.lexicon.keep_rate


def test_the_shipped_model_holds_words_and_numbers_only() -> None:
    data = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    lexicon = data["lexicon"]
    keys = [key for table in ("keep_rate", "frequency", "definite_share", "verbs") for key in lexicon[table]]
    keys += list(lexicon["verbs"].values()) + lexicon["plural_heads"]
    assert keys and all(" " not in key for key in keys)  # single words: no sentence of any article
    assert all(isinstance(value, (int, float)) for value in data["weights"].values())


def test_the_extractive_engine_needs_no_numeric_or_neural_package() -> None:
    code = ("import sys; from service.pipeline import summarize_text; "
            "from service.engines.extractive import ExtractiveEngine; from service.options import SummaryOptions; "
            "from tests.arabic_samples import ECONOMY; "
            "digest = summarize_text(ExtractiveEngine(), ECONOMY, SummaryOptions()); assert digest.headline; "
            "print(sorted(m for m in ('numpy', 'scipy', 'torch', 'transformers', 'sklearn') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parents[4])
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("content", [b"", b"not json", b'{"format": "something-else"}',
                                     b'{"format": "arsum-writer-1", "weights": {"a": "b"}}',
                                     gzip.compress(b"[1, 2]")])
def test_a_broken_model_file_is_one_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "model.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match="writer model"):
        ExtractiveEngine(writer_model=path)


def test_a_missing_model_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="missing.json"):
        load_writer_model(tmp_path / "missing.json")


def test_a_bundle_folder_with_a_writer_model_is_accepted(tmp_path: Path) -> None:
    (tmp_path / SHIPPED_MODEL).write_bytes(SHIPPED.read_bytes())
    assert load_writer_model(tmp_path).weights == load_writer_model().weights


def test_a_model_is_written_the_same_whatever_order_its_tables_were_built_in(tmp_path: Path) -> None:
    """Training runs fill the lexicon's tables in a different order (hashing differs per process) and leave weights
    that round to nothing; the same content must give the same file, and the same file the same outputs."""
    data = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    shuffled = json.loads(json.dumps(data))
    data["weights"]["length=99"] = -1e-9
    for table, values in shuffled["lexicon"].items():
        if isinstance(values, dict):
            shuffled["lexicon"][table] = dict(reversed(list(values.items())))
    first, second = tmp_path / "first.json.gz", tmp_path / "second.json.gz"
    WriterModel.from_dict(data, "first").save(first)
    WriterModel.from_dict(shuffled, "second").save(second)
    assert first.read_bytes() == second.read_bytes()
