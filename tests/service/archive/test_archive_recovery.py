"""What an archive run leaves after a crash or a full disk, what it refuses up front, and --retry-failed."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from service.archive import read_rows
from service.cli import main
from tests.service.archive.samples import make_articles, write_jsonl


def run_batch(*args: str) -> int:
    return main(["batch", *args, "--quiet"])


def ids_in(output: Path) -> list[str]:
    return [row["id"] for row in read_rows(output)]


def test_a_parquet_part_cut_short_is_skipped_by_readers_of_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", make_articles(4))
    output = tmp_path / "out.parquet"
    real_write = pq.write_table
    parts = []

    def killed_during_the_second_part(table: Any, where: Any, **options: Any) -> None:
        parts.append(table)
        if len(parts) == 2:
            where.write(b"PAR1 half a part")  # what SIGKILL or a full disk leaves in the middle of a write
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(table, where, **options)

    monkeypatch.setattr(pq, "write_table", killed_during_the_second_part)
    assert run_batch(str(source), "-o", str(output), "--chunk-size", "2") == 2
    left = sorted(path.name for path in output.iterdir())
    assert left == ["part-000000.parquet"]  # the in-flight part is removed when the write fails
    (output / ".part-000001.parquet.tmp").write_bytes(b"PAR1 half a part")  # ... or left by a SIGKILL
    assert pq.read_table(output).num_rows == 2  # pyarrow (and pandas, Spark) skip hidden files
    monkeypatch.setattr(pq, "write_table", real_write)
    assert run_batch(str(source), "-o", str(output), "--chunk-size", "2") == 0
    assert sorted(ids_in(output)) == [f"n{index:05d}" for index in range(4)]
    assert not list(output.glob(".*"))


@pytest.mark.parametrize(("out_name", "fsyncs_per_chunk"), [("out.jsonl", 1), ("out.csv", 1), ("out.parquet", 2)])
def test_a_full_disk_says_which_file_what_is_safe_and_that_a_rerun_resumes(
        tmp_path: Path, out_name: str, fsyncs_per_chunk: int, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", make_articles(7))
    output = tmp_path / out_name
    real_fsync, calls = os.fsync, []

    def disk_full_after_two_chunks(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 2 * fsyncs_per_chunk:  # Parquet fsyncs the part and its folder
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_full_after_two_chunks)
    assert run_batch(str(source), "-o", str(output), "--chunk-size", "2") == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "No space left on device" in error and str(output) in error
    assert "4 rows (4 from this run) are safely in" in error and "rerun the same command" in error
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert run_batch(str(source), "-o", str(output), "--chunk-size", "2") == 0
    assert sorted(ids_in(output)) == [f"n{index:05d}" for index in range(7)]


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_retry_failed_summarises_the_failed_ids_again(tmp_path: Path, out_name: str) -> None:
    articles = make_articles(3)
    broken = [*articles[:2], {"id": "late", "text": "the text was not ready yet"}]
    output = tmp_path / out_name
    assert run_batch(str(write_jsonl(tmp_path / "first.jsonl", broken)), "-o", str(output)) == 0
    fixed = write_jsonl(tmp_path / "fixed.jsonl", [*articles[:2], {"id": "late", "text": articles[2]["text"]}])
    assert run_batch(str(fixed), "-o", str(output)) == 0  # a plain rerun keeps the failed row: its id is done
    assert {row["id"]: row["error"] is None for row in read_rows(output)}["late"] is False
    assert run_batch(str(fixed), "-o", str(output), "--retry-failed") == 0
    rows = {row["id"]: row for row in read_rows(output)}
    assert len(rows) == len(list(read_rows(output))) == 3  # one row per id
    assert all(row["error"] is None for row in rows.values()) and rows["late"]["headline"]


def test_tasks_the_model_was_not_trained_for_are_refused_before_any_row(
        tmp_path: Path, tiny_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = Path(shutil.copytree(tiny_bundle, tmp_path / "bundle"))
    spec = json.loads((bundle / "bundle.json").read_text())
    spec["tasks"] = {task: value for task, value in spec["tasks"].items() if task == "headline"}
    (bundle / "bundle.json").write_text(json.dumps(spec))
    output = tmp_path / "out.jsonl"
    code = run_batch(str(write_jsonl(tmp_path / "in.jsonl", make_articles(3))), "-o", str(output),
                     "--engine", "seq2seq", "--model", str(bundle), "--tasks", "headline,summary")
    error = capsys.readouterr().err
    assert code == 2 and "not trained for the task 'summary'" in error and "Traceback" not in error
    assert not output.exists() or ids_in(output) == []
