"""Streaming readers: JSONL (plain or gzip), CSV (plain or gzip), Parquet, `.txt` files and folders, stdin.

Every reader yields SourceRecords one at a time (constant memory). A row that cannot be read becomes a
record carrying its error; only a file that cannot be read at all stops the run.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import re
import sys
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Mapping

from service.archive.records import MALFORMED_ROW, MISSING_TEXT, ArchiveError, RowError, SourceRecord, content_id

INPUT_FORMATS = ("jsonl", "csv", "parquet", "txt")
STDIN = "-"
READ_ERROR = "read_error"
CSV_FIELD_LIMIT = 1 << 30
_SURROGATES = re.compile("[\ud800-\udfff]")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
             ".pq": "parquet", ".txt": "txt"}


@dataclass(frozen=True)
class FieldMap:
    """Where the text, id and optional title are in a row. `id=None`: use an `id` field when there is one."""

    text: str = "text"
    id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class InputSource:
    path: str
    format: str

    @property
    def name(self) -> str:
        return "stdin" if self.path == STDIN else self.path


@dataclass(frozen=True)
class ReadUnit:
    """A piece of an input that one worker reads: a whole file, or a group of files of a `.txt` folder."""

    source: InputSource
    files: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ReadUnit:
        data = json.loads(text)
        return cls(InputSource(**data["source"]), tuple(data["files"]))


def detect_input(path: str, forced: str | None = None) -> InputSource:
    """The format from `forced`, else from the name (a folder is `.txt` files; `.gz` is looked through)."""
    if forced:
        if forced not in INPUT_FORMATS:
            raise ArchiveError(f"unknown input format {forced!r}; choose from: {', '.join(INPUT_FORMATS)}")
        return InputSource(path, forced)
    if path == STDIN:
        return InputSource(path, "jsonl")
    if not os.path.exists(path):
        raise ArchiveError(f"input not found: {path}")
    if os.path.isdir(path):
        return InputSource(path, "txt")
    name = path.lower().removesuffix(".gz")
    fmt = _SUFFIXES.get(os.path.splitext(name)[1])
    if fmt is None:
        raise ArchiveError(f"cannot tell the format of {path} from its name; use --input-format "
                           f"({', '.join(INPUT_FORMATS)})")
    return InputSource(path, fmt)


@contextlib.contextmanager
def open_binary(source: InputSource) -> Iterator[IO[bytes]]:
    """The input as bytes, gunzipped when it starts with the gzip magic number; stdin for `-`."""
    with contextlib.ExitStack() as stack:
        raw = sys.stdin.buffer if source.path == STDIN else stack.enter_context(open(source.path, "rb"))
        buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
        if buffered.peek(2)[:2] == b"\x1f\x8b":
            buffered = stack.enter_context(gzip.GzipFile(fileobj=buffered, mode="rb"))  # type: ignore[assignment]
        try:
            yield buffered
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise OSError(f"{source.name} is truncated or corrupt ({exc})") from None


def clean_text(value: str) -> str | bytes:
    """A string with undecodable bytes (kept as surrogates) goes back to bytes, so the gate names the offset."""
    if not _SURROGATES.search(value):
        return value
    try:
        return value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")


def clean_id(value: Any) -> str:
    text = str(value)
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if _SURROGATES.search(text) else text


def _field(row: Mapping[str, Any], name: str) -> Any:
    """`row[name]`, or a nested value for a dotted name (`meta.body`)."""
    if name in row:
        return row[name]
    value: Any = row
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def mapped_record(row: Mapping[str, Any], where: str, fields: FieldMap) -> SourceRecord:
    """A record from a parsed row: text (with the title as its first line), id or a derived one."""
    raw_id = _field(row, fields.id or "id")
    text = _field(row, fields.text)
    title = _field(row, fields.title) if fields.title else None
    record_id = clean_id(raw_id) if raw_id not in (None, "") else None
    if text is None:
        return SourceRecord(record_id or where, error=RowError(MISSING_TEXT, f"no {fields.text!r} field in {where}"))
    if not isinstance(text, (str, bytes)):
        return SourceRecord(record_id or where, error=RowError(
            MALFORMED_ROW, f"the {fields.text!r} field in {where} holds {type(text).__name__}, not text"))
    if isinstance(title, str) and title.strip() and isinstance(text, str):
        text = f"{title.strip()}\n{text}"
    cleaned = clean_text(text) if isinstance(text, str) else text
    return SourceRecord(record_id or content_id(cleaned), cleaned)


def _jsonl_records(stream: IO[bytes], name: str, fields: FieldMap) -> Iterator[SourceRecord]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(line.decode("utf-8", "surrogateescape"))
        except ValueError as exc:
            yield SourceRecord(where, error=RowError(MALFORMED_ROW, f"{where} is not valid JSON: {exc}"))
            continue
        if not isinstance(data, dict):
            yield SourceRecord(where, error=RowError(MALFORMED_ROW, f"{where} is not a JSON object"))
            continue
        yield mapped_record(data, where, fields)


def _csv_reader(stream: IO[bytes]) -> Any:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    return csv.reader(text, strict=False)


def _csv_records(stream: IO[bytes], name: str, fields: FieldMap) -> Iterator[SourceRecord]:
    reader = _csv_reader(stream)
    header = next(reader, None) or []
    for wanted in (fields.text, fields.id, fields.title):
        if wanted and wanted not in header:
            raise ArchiveError(f"{name} has no column {wanted!r} (columns: {', '.join(header) or 'none'}); "
                               "choose one with --text-field/--id-field/--title-field")
    while True:
        where = f"{name}:{reader.line_num + 1}"
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield SourceRecord(where, error=RowError(MALFORMED_ROW, f"{where} is not valid CSV: {exc}"))
            if f"{name}:{reader.line_num + 1}" == where:
                return  # the reader cannot move past this point
            continue
        if values:
            yield mapped_record(dict(zip(header, values)), where, fields)


def _parquet_records(source: InputSource, fields: FieldMap) -> Iterator[SourceRecord]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source.path)
    except (pa.ArrowException, ValueError) as exc:
        raise ArchiveError(f"{source.name} is not a readable Parquet file ({exc})") from None
    names = parquet.schema_arrow.names
    columns = []
    for wanted in (fields.text, fields.id or ("id" if "id" in names else None), fields.title):
        if wanted and wanted.split(".")[0] not in names:
            raise ArchiveError(f"{source.name} has no column {wanted!r} (columns: {', '.join(names)}); "
                               "choose one with --text-field/--id-field/--title-field")
        if wanted and wanted.split(".")[0] not in columns:
            columns.append(wanted.split(".")[0])
    number = 0
    for batch in parquet.iter_batches(batch_size=512, columns=columns):
        values = {column: batch.column(column).to_pylist() for column in columns}
        for index in range(batch.num_rows):
            number += 1
            row = {column: values[column][index] for column in columns}
            yield mapped_record(row, f"{source.name}:{number}", fields)


def txt_files(folder: str) -> Iterator[str]:
    """Paths of the `.txt` files under `folder`, relative to it, in a stable order (streamed, not listed)."""
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".txt"):
                yield Path(top, name).relative_to(folder).as_posix()


def txt_record(path: Path, record_id: str) -> SourceRecord:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SourceRecord(record_id, error=RowError(READ_ERROR, f"cannot read {path}: {exc.strerror or exc}"))
    try:
        return SourceRecord(record_id, data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return SourceRecord(record_id, data)


def _txt_records(source: InputSource) -> Iterator[SourceRecord]:
    if source.path == STDIN:
        yield SourceRecord("stdin", sys.stdin.buffer.read())
    elif os.path.isdir(source.path):
        for relative in txt_files(source.path):
            yield txt_record(Path(source.path, relative), relative)
    else:
        yield txt_record(Path(source.path), source.path)


def read_records(source: InputSource, fields: FieldMap) -> Iterator[SourceRecord]:
    if source.format == "txt":
        yield from _txt_records(source)
    elif source.format == "parquet":
        if source.path == STDIN:
            raise ArchiveError("Parquet cannot be read from stdin; pass the file")
        yield from _parquet_records(source, fields)
    else:
        with open_binary(source) as stream:
            read = _jsonl_records if source.format == "jsonl" else _csv_records
            yield from read(stream, source.name, fields)


def read_units(sources: list[InputSource], files_per_unit: int = 256) -> Iterator[ReadUnit]:
    """Split inputs for parallel reading: one unit per file, `.txt` folders in groups of files."""
    for source in sources:
        if source.path == STDIN:
            raise ArchiveError("stdin cannot be read by Ray workers; pass files")
        if source.format != "txt" or not os.path.isdir(source.path):
            yield ReadUnit(source)
            continue
        group: list[str] = []
        for relative in txt_files(source.path):
            group.append(relative)
            if len(group) == files_per_unit:
                yield ReadUnit(source, tuple(group))
                group = []
        if group:
            yield ReadUnit(source, tuple(group))


def read_unit(unit: ReadUnit, fields: FieldMap) -> Iterator[SourceRecord]:
    if not unit.files:
        yield from read_records(unit.source, fields)
        return
    for relative in unit.files:
        yield txt_record(Path(unit.source.path, relative), relative)


def count_records(source: InputSource) -> int | None:
    """How many records an input holds (for the progress ETA); None for stdin. Reads the input once."""
    if source.path == STDIN:
        return None
    if source.format == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(source.path).metadata.num_rows)
    if source.format == "txt":
        return sum(1 for _ in txt_files(source.path)) if os.path.isdir(source.path) else 1
    with open_binary(source) as stream:
        if source.format == "jsonl":
            return sum(1 for line in stream if line.strip())
        return max(0, sum(1 for values in _csv_reader(stream) if values) - 1)
