"""One reading stack: archives, training and evaluation read the same files the same way and give a row the
same id (tests/service/archive and tests/training cover each side's own handling of rows)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from service.archive import FieldMap as ArchiveFieldMap
from service.archive import detect_input, read_records
from service.rows import FieldMap, chunked, content_id, read_dicts, read_rows
from tests.training.samples import RECORDS, write_csv
from training.evaluate import evaluate
from training.records import CORPUS_FIELDS
from training.records import read_records as read_corpus


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_archives_and_training_share_one_field_map() -> None:
    assert ArchiveFieldMap is FieldMap and type(CORPUS_FIELDS) is FieldMap


def test_a_row_without_an_id_gets_the_same_id_in_archives_and_training(tmp_path: Path) -> None:
    rows = [{"title": record["title"] or "عنوان", "text": record["text"]} for record in RECORDS[:3]]
    path = write_jsonl(tmp_path / "no-ids.jsonl", rows)
    archive_ids = [record.id for record in read_records(detect_input(str(path)), FieldMap())]
    training_ids = [record.id for record in read_corpus([path])]
    assert archive_ids == training_ids == [content_id(row["text"]) for row in rows]
    assert all(record_id.startswith("sha1:") and len(record_id) == 21 for record_id in archive_ids)


def test_ids_given_in_the_data_are_kept_as_they_are(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "ids.jsonl", [{"id": 7, "title": "عنوان الخبر", "text": RECORDS[0]["text"]}])
    assert [r.id for r in read_records(detect_input(str(path)), FieldMap())] == ["7"]
    assert [r.id for r in read_corpus([path])] == ["7"]


@pytest.mark.parametrize("name", ["plain-but-named.jsonl.gz", "gzipped-but-named.jsonl"])
def test_gzip_is_told_by_its_first_bytes_not_by_the_name(tmp_path: Path, name: str) -> None:
    data = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in RECORDS).encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.startswith("gzipped") else data)
    assert [record.id for record in read_corpus([path])] == [record["id"] for record in RECORDS]
    assert [record.id for record in read_records(detect_input(str(path)), FieldMap())] == [
        record["id"] for record in RECORDS]


def test_gzipped_csv_reads_like_plain_csv(tmp_path: Path) -> None:
    plain = write_csv(tmp_path / "c.csv", RECORDS)
    zipped = tmp_path / "c.csv.gz"
    zipped.write_bytes(gzip.compress(plain.read_bytes()))
    assert list(read_corpus([zipped])) == list(read_corpus([plain]))


def test_training_reads_nested_fields_by_dotted_names(tmp_path: Path) -> None:
    rows = [{"doc": {"id": r["id"], "body": r["text"]}, "meta": {"headline": r["title"]}} for r in RECORDS[:2]]
    path = write_jsonl(tmp_path / "nested.jsonl", rows)
    fields = FieldMap(id="doc.id", text="doc.body", title="meta.headline")
    records = list(read_corpus([path], fields))
    assert [(r.id, r.title) for r in records] == [(r["id"], r["title"]) for r in RECORDS[:2]]


def test_lines_that_are_not_rows_are_reported_with_their_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "نص"}\n{broken\n[1]\n', encoding="utf-8")
    rows = list(read_rows(str(path), "jsonl"))
    assert [row.values is not None for row in rows] == [True, False, False]
    assert rows[1].where == f"{path}:2" and "not valid JSON" in (rows[1].problem or "")
    assert list(read_dicts(str(path))) == [{"id": "a", "text": "نص"}]


def test_evaluation_data_can_be_parquet(tmp_path: Path) -> None:
    from service.engines import load_engine
    from service.options import Limits, build_options

    path = tmp_path / "dev.parquet"
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in ("id", "title", "text")} for r in RECORDS[:3]]), path)
    evaluation = evaluate(load_engine("extractive"), read_dicts(str(path)),
                          build_options(Limits(), tasks=["headline"]))
    assert {row["system"] for row in evaluation.board.rows()} >= {"extractive"}
    assert all(row["n"] == 3 for row in evaluation.board.rows())


def test_chunked_streams_lists_of_the_size_asked() -> None:
    assert list(chunked(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []
