"""Writers: the same rows back from every format, and what a crash leaves behind repaired before resuming."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.archive import ArchiveError, RowError, open_writer, read_rows
from service.archive.records import output_row
from service.digest import Digest, InputInfo

DIGEST = Digest(
    headline="افتتاح جسر جديد يربط شطري المدينة", bullets=["الجسر بطول ثمانمئة متر", "قال المدير: \"سيخفف الازدحام\""],
    summary="افتتح رئيس البلدية الجسر الجديد.\nويضم أربعة مسارات.", engine="extractive", model=None,
    input=InputInfo(chars=120, words=20, sentences=2, paragraphs=1, sections=0, arabic_ratio=0.98),
    timings_ms={"select": 0.5, "generate": 1.25},
)
ROWS = [output_row("a", DIGEST), output_row("b,\"quoted\"", RowError("not_arabic", "النص ليس عربيا")),
        output_row("c", DIGEST)]


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv", "out.parquet"])
def test_rows_read_back_identically_from_every_format(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    writer = open_writer(path, name.split(".")[1])
    writer.write_rows(ROWS[:2])
    writer.write_rows(ROWS[2:])
    writer.close()
    assert list(read_rows(path)) == ROWS


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_a_torn_last_row_is_cut_before_resuming(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    writer = open_writer(path, name.split(".")[1])
    writer.write_rows(ROWS[:2])
    writer.close()
    whole = path.read_bytes()
    writer = open_writer(path, name.split(".")[1])
    writer.write_rows(ROWS[2:])
    writer.close()
    # Cut the last row inside its multi-line summary: what a write killed half-way leaves.
    cut = path.read_bytes().index("ويضم".encode(), len(whole))
    path.write_bytes(path.read_bytes()[:cut])

    resumed = open_writer(path, name.split(".")[1])
    assert list(resumed.existing_ids()) == ["a", "b,\"quoted\""]
    assert path.read_bytes() == whole
    resumed.write_rows(ROWS[2:])
    resumed.close()
    assert list(read_rows(path)) == ROWS


def test_parquet_leftover_temporary_part_is_ignored_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    writer = open_writer(path, "parquet")
    writer.write_rows(ROWS[:2])
    (path / "part-000001.parquet.tmp").write_bytes(b"PAR1 half a file")
    resumed = open_writer(path, "parquet")
    assert list(resumed.existing_ids()) == ["a", "b,\"quoted\""]
    resumed.write_rows(ROWS[2:])
    assert sorted(p.name for p in path.iterdir()) == ["part-000000.parquet", "part-000001.parquet"]
    assert list(read_rows(path)) == ROWS


def test_an_existing_file_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(ArchiveError, match="not an arsum row"):
        list(open_writer(path, "jsonl").existing_ids())
    assert path.read_text(encoding="utf-8") == "just some notes\n"
