"""Archive rows carry the faithfulness checks in every output format, and `--faithfulness` applies per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.archive import ArchiveJob, FieldMap, detect_input, read_rows, run_local
from service.cli import main
from service.options import Limits, build_options
from tests.service.archive.samples import make_articles, write_jsonl
from tests.service.faithfulness.helpers import INVENTED_NAME, INVENTED_NUMBER, InventingEngine


def run_job(tmp_path: Path, out_name: str, policy: str) -> dict[str, dict]:
    tmp_path.mkdir()
    path = write_jsonl(tmp_path / "in.jsonl", make_articles(3))
    output = tmp_path / out_name
    job = ArchiveJob(inputs=(detect_input(str(path)),), output=output, output_format=out_name.split(".")[-1],
                     options=build_options(Limits(), faithfulness=policy), engine_factory=InventingEngine,
                     fields=FieldMap())
    run_local(job)
    return {row["id"]: row for row in read_rows(output)}


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_rows_carry_the_checks_and_the_repaired_slots(tmp_path: Path, out_name: str) -> None:
    flagged = run_job(tmp_path / "flag", out_name, "flag")
    for row in flagged.values():
        assert {"field": "headline", "index": None, "kind": "name", "text": INVENTED_NAME} in row["checks"]
        assert {"field": "bullets", "index": 1, "kind": "number", "text": INVENTED_NUMBER} in row["checks"]
        assert list(row["repaired"]) == []
    repaired = run_job(tmp_path / "repair", out_name, "repair")
    for row in repaired.values():
        assert list(row["checks"]) == [] and "headline" in row["repaired"] and "bullets[1]" in row["repaired"]
        assert INVENTED_NAME not in row["headline"]


def test_refuse_makes_each_unsupported_row_an_error_row(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         tiny_bundle: Path) -> None:
    rows = [*make_articles(2), {"id": "english", "text": "Not Arabic at all, just a short English line."}]
    output = tmp_path / "out.jsonl"
    args = ["batch", str(write_jsonl(tmp_path / "in.jsonl", rows)), "-o", str(output), "--quiet",
            "--engine", "seq2seq", "--model", str(tiny_bundle), "--threads", "1", "--faithfulness", "refuse"]
    assert main(args) == 1  # nothing succeeded: the random model's text is never supported
    got = {row["id"]: row["error"]["code"] for row in read_rows(output)}
    assert got == {"n00000": "unsupported_output", "n00001": "unsupported_output", "english": "not_arabic"}
    assert "unsupported_output 2" in capsys.readouterr().err
