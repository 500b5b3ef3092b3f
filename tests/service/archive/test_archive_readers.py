"""Readers: every input format, field mapping, derived ids, and bad rows turned into error records."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from service.archive import ArchiveError, FieldMap, detect_input, read_records
from service.archive.records import MALFORMED_ROW, MISSING_TEXT
from service.rows import content_id
from tests.service.archive.samples import write_jsonl


def records(path: Path | str, fields: FieldMap = FieldMap(), forced: str | None = None) -> list:
    return list(read_records(detect_input(str(path), forced), fields))


def test_jsonl_plain_and_gzip_read_the_same(tmp_path: Path, articles: list[dict]) -> None:
    plain = write_jsonl(tmp_path / "news.jsonl", articles)
    zipped = tmp_path / "news.jsonl.gz"
    zipped.write_bytes(gzip.compress(plain.read_bytes()))
    assert [(r.id, r.text) for r in records(plain)] == [(a["id"], a["text"]) for a in articles]
    assert records(zipped) == records(plain)


def test_field_mapping_nested_text_explicit_id_and_title(tmp_path: Path, articles: list[dict]) -> None:
    rows = [{"key": 7, "body": {"text": articles[0]["text"]}, "headline": "عنوان الصحيفة الأصلي"}]
    path = write_jsonl(tmp_path / "mapped.jsonl", rows)
    [record] = records(path, FieldMap(text="body.text", id="key", title="headline"))
    assert record.id == "7"
    assert record.text == "عنوان الصحيفة الأصلي\n" + articles[0]["text"]


def test_missing_ids_come_from_the_content_and_are_stable(tmp_path: Path, articles: list[dict]) -> None:
    path = write_jsonl(tmp_path / "noid.jsonl", [{"text": a["text"]} for a in articles[:3]])
    first, second = records(path), records(path)
    assert [r.id for r in first] == [content_id(a["text"]) for a in articles[:3]]
    assert [r.id for r in first] == [r.id for r in second]


def test_bad_jsonl_rows_become_error_records_and_reading_goes_on(tmp_path: Path, articles: list[dict]) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [json.dumps(articles[0], ensure_ascii=False).encode(), b"{not json", b"[1, 2]",
             json.dumps({"id": "no-text"}).encode(), json.dumps({"id": "num", "text": 5}).encode(),
             b'{"id": "latin1", "text": "caf\xe9 \xe9t\xe9"}', b"",
             json.dumps(articles[1], ensure_ascii=False).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    got = records(path)
    assert [r.id for r in got] == ["n00000", f"{path}:2", f"{path}:3", "no-text", "num", "latin1", "n00001"]
    assert [r.error.code if r.error else None for r in got] == [
        None, MALFORMED_ROW, MALFORMED_ROW, MISSING_TEXT, MALFORMED_ROW, None, None]
    assert got[5].text == "caf\xe9 \xe9t\xe9".encode("latin-1")  # invalid UTF-8 goes on as bytes, for the gate


def test_csv_with_bom_multiline_cells_and_field_mapping(tmp_path: Path, articles: list[dict]) -> None:
    path = tmp_path / "news.csv"
    text = articles[0]["text"].replace('"', '""')
    path.write_bytes(("\ufeffdoc,body,extra\n" f'd1,"{text}",x\n' "d2,,y\n").encode())
    got = records(path, FieldMap(text="body", id="doc"))
    assert [(r.id, r.text) for r in got] == [("d1", articles[0]["text"]), ("d2", "")]


def test_csv_without_the_text_column_is_refused_up_front(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,body\n1,نص\n", encoding="utf-8")
    with pytest.raises(ArchiveError, match="no column 'text'.*--text-field"):
        records(path)


def test_parquet_with_integer_ids(tmp_path: Path, articles: list[dict]) -> None:
    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({"num": [1, 2], "content": [articles[0]["text"], None]}), path)
    got = records(path, FieldMap(text="content", id="num"))
    assert [r.id for r in got] == ["1", "2"]
    assert got[0].text == articles[0]["text"]
    assert got[1].error is not None and got[1].error.code == MISSING_TEXT


def test_txt_folder_is_read_recursively_with_path_ids(tmp_path: Path, articles: list[dict]) -> None:
    (tmp_path / "2024" / "05").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(articles[0]["text"], encoding="utf-8")
    (tmp_path / "2024" / "05" / "b.TXT").write_text(articles[1]["text"], encoding="utf-8")
    (tmp_path / "2024" / "notes.md").write_text("not an article", encoding="utf-8")
    got = records(tmp_path)
    assert [(r.id, r.text) for r in got] == [("a.txt", articles[0]["text"]), ("2024/05/b.TXT", articles[1]["text"])]


def test_unknown_extension_names_the_override(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text("<x/>", encoding="utf-8")
    with pytest.raises(ArchiveError, match="--input-format"):
        detect_input(str(path))
