"""`arsum batch` end to end: formats in and out, bad rows, --fail-fast, exit codes, resume, duplicates, stdin."""

from __future__ import annotations

import csv
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Sequence

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from service.archive import ArchiveJob, FieldMap, detect_input, read_rows, run_local
from service.archive.records import OUTPUT_FIELDS
from service.article import Article
from service.cli import main
from service.digest import Digest
from service.engines.extractive import ExtractiveEngine
from service.options import SummaryOptions
from service.pipeline import summarize_text
from tests.service.archive.samples import make_articles, write_jsonl


def without_timings(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != "timings_ms"}


def written(err: str) -> int:
    """The row count of the final summary line."""
    return int(re.search(r"^([\d,]+) rows written", err, re.M).group(1).replace(",", ""))  # type: ignore[union-attr]


def rows_by_id(path: Path) -> dict[str, dict[str, Any]]:
    rows = list(read_rows(path))
    assert len({row["id"] for row in rows}) == len(rows), "an id was written twice"
    return {row["id"]: without_timings(row) for row in rows}


def expected_row(record_id: str, text: str) -> dict[str, Any]:
    digest = summarize_text(ExtractiveEngine(), text, SummaryOptions())
    return without_timings({"id": record_id, **digest.to_dict(), "error": None})


def write_inputs(folder: Path, articles: list[dict[str, str]]) -> dict[str, Path]:
    """The same articles as JSONL.gz, CSV (other column names), Parquet and a folder of .txt files."""
    folder.mkdir()
    jsonl = folder / "news.jsonl.gz"
    jsonl.write_bytes(gzip.compress(write_jsonl(folder / "plain.jsonl", articles).read_bytes()))
    with open(folder / "news.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc", "body"])
        writer.writerows([article["id"], article["text"]] for article in articles)
    pq.write_table(pa.Table.from_pylist(articles), folder / "news.parquet")
    (folder / "txt").mkdir()
    for article in articles:
        (folder / "txt" / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    return {"jsonl": jsonl, "csv": folder / "news.csv", "parquet": folder / "news.parquet", "txt": folder / "txt"}


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_every_input_format_gives_the_python_api_digests_in_every_output_format(
    tmp_path: Path, articles: list[dict[str, str]], out_name: str
) -> None:
    inputs = write_inputs(tmp_path / "in", articles)
    expected = {a["id"]: expected_row(a["id"], a["text"]) for a in articles}
    for fmt, path in inputs.items():
        output = tmp_path / fmt / out_name
        mapping = ["--text-field", "body", "--id-field", "doc"] if fmt == "csv" else []
        assert main(["batch", str(path), "-o", str(output), "--quiet", *mapping]) == 0
        got = rows_by_id(output)
        if fmt == "txt":
            got = {key.removesuffix(".txt"): {**row, "id": key.removesuffix(".txt")} for key, row in got.items()}
        assert got == expected, fmt


def test_bad_rows_are_recorded_with_their_error_and_the_run_goes_on(tmp_path: Path, articles: list[dict]) -> None:
    path = tmp_path / "mixed.jsonl"
    bad = [b"{broken", json.dumps({"id": "empty", "text": "   "}).encode(),
           json.dumps({"id": "english", "text": "The minister opened a new bridge over the river today."}).encode(),
           json.dumps({"id": "notext", "title": "عنوان فقط"}).encode(), b"\xff\xfe{}"]
    good = [json.dumps(a, ensure_ascii=False).encode() for a in articles[:2]]
    path.write_bytes(b"\n".join([good[0], *bad, good[1]]) + b"\n")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(path), "-o", str(output), "--quiet"]) == 0
    rows = {row["id"]: row for row in read_rows(output)}
    errors = {key: row["error"]["code"] for key, row in rows.items() if row["error"]}
    assert errors == {f"{path}:2": "malformed_row", "empty": "empty_input", "english": "not_arabic",
                      "notext": "missing_text", f"{path}:6": "malformed_row"}
    assert all(rows[a["id"]]["headline"] and rows[a["id"]]["error"] is None for a in articles[:2])
    assert all(set(row) == set(OUTPUT_FIELDS) for row in rows.values())


def test_fail_fast_stops_at_the_first_bad_row_and_keeps_the_rows_before(
    tmp_path: Path, articles: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*articles[:3], {"id": "english", "text": "Only English here, nothing Arabic at all."}, *articles[3:5]]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(path), "-o", str(output), "--quiet", "--fail-fast"]) == 2
    assert "stopped at id 'english': not_arabic" in capsys.readouterr().err
    assert list(rows_by_id(output)) == ["n00000", "n00001", "n00002"]
    assert main(["batch", str(path), "-o", str(output), "--quiet"]) == 0
    assert sorted(rows_by_id(output)) == sorted(row["id"] for row in rows)


def test_exit_code_is_nonzero_when_nothing_succeeded(tmp_path: Path) -> None:
    english = write_jsonl(tmp_path / "en.jsonl", [{"id": "1", "text": "Hello world, this is not Arabic news."}])
    assert main(["batch", str(english), "-o", str(tmp_path / "a.jsonl"), "--quiet"]) == 1
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert main(["batch", str(empty), "-o", str(tmp_path / "b.jsonl"), "--quiet"]) == 1
    assert main(["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "c.jsonl"), "--quiet"]) == 2


def test_a_missing_column_in_any_input_is_refused_before_anything_is_written(
    tmp_path: Path, articles: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", articles)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,body\n1,نص الخبر\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(good), str(wrong), "-o", str(output), "--quiet"]) == 2
    assert "wrong.csv has no column 'text'" in capsys.readouterr().err
    assert not output.exists()


def test_rerun_resumes_and_overwrite_starts_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = make_articles(10)
    output = tmp_path / "out.csv"
    assert main(["batch", str(write_jsonl(tmp_path / "part.jsonl", articles[:4])), "-o", str(output), "--quiet"]) == 0
    full = write_jsonl(tmp_path / "full.jsonl", articles)
    capsys.readouterr()
    assert main(["batch", str(full), "-o", str(output), "--quiet"]) == 0
    assert written(capsys.readouterr().err) == 6
    assert main(["batch", str(full), "-o", str(output), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert written(err) == 0 and "skipped 10 already written" in err
    assert main(["batch", str(full), "-o", str(output), "--quiet", "--overwrite"]) == 0
    assert written(capsys.readouterr().err) == 10
    assert list(rows_by_id(output)) == [a["id"] for a in articles]


class CountingEngine(ExtractiveEngine):
    """The extractive engine, recording every article text it is given."""

    seen: list[str] = []

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        CountingEngine.seen.extend(article.text for article in articles)
        return super().summarize(articles, options)


def test_identical_texts_are_summarised_once_and_duplicate_ids_kept_once(tmp_path: Path) -> None:
    articles = make_articles(3)
    rows = [{"id": f"copy{k}", "text": articles[k % 3]["text"]} for k in range(9)] + [{"id": "copy0", "text": "x"}]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    CountingEngine.seen = []
    job = ArchiveJob(inputs=(detect_input(str(path)),), output=tmp_path / "out.jsonl", output_format="jsonl",
                     options=SummaryOptions(), engine_factory=CountingEngine, fields=FieldMap(), chunk_size=4)
    report = run_local(job)
    assert len(CountingEngine.seen) == 3 and len(set(CountingEngine.seen)) == 3
    assert report.written == 9 and report.skipped_duplicate == 1
    got = rows_by_id(tmp_path / "out.jsonl")
    assert got["copy0"]["headline"] == got["copy3"]["headline"] == got["copy6"]["headline"]


def test_stdin_with_progress_log_lines_when_not_a_terminal(tmp_path: Path) -> None:
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in make_articles(5)).encode()
    output = tmp_path / "out.parquet"
    result = subprocess.run([sys.executable, "-m", "service.cli", "batch", "-", "-o", str(output),
                             "--log-every", "0", "--chunk-size", "2"], input=data, capture_output=True, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "rows/s" in err and "INFO service.archive.progress" in err
    assert written(err) == 5 and "(5 summarised, 0 failed)" in err
    assert len(rows_by_id(output)) == 5 and len(list(output.glob("part-*.parquet"))) == 3


def test_neural_engine_rows_on_the_tiny_bundle(tmp_path: Path, tiny_bundle: Path) -> None:
    rows = [*make_articles(3), {"id": "english", "text": "Not Arabic at all, just a short English line."}]
    output = tmp_path / "out.jsonl"
    args = ["batch", str(write_jsonl(tmp_path / "in.jsonl", rows)), "-o", str(output), "--quiet",
            "--engine", "seq2seq", "--model", str(tiny_bundle), "--threads", "1", "--batch-size", "2"]
    assert main(args) == 0
    got = rows_by_id(output)
    assert {key: row["engine"] for key, row in got.items()} == {
        "n00000": "seq2seq", "n00001": "seq2seq", "n00002": "seq2seq", "english": None}
    assert got["english"]["error"]["code"] == "not_arabic"
    assert all(isinstance(got[key]["bullets"], list) for key in ("n00000", "n00001", "n00002"))
