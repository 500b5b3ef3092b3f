"""Rows of data files: JSON Lines and CSV (each plain or gzip-compressed, told by the first bytes) and Parquet.

The one reader behind archives (`arsum batch`), training corpora (`arsum-train prepare`, `evaluate`) and the
benchmarks. Rows stream one at a time (constant memory). A line that is not a row (bad JSON, not an object,
broken CSV) is a `Row` with a `problem` and its place (`file:line`); only a file that cannot be read at all, or a
CSV/Parquet file without a column that was asked for, stops the reading.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import hashlib
import io
import json
import logging
import math
import os
import re
import sys
import zlib
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence, TypeVar, cast

from service.errors import InputError

logger = logging.getLogger(__name__)

ROW_FORMATS = ("jsonl", "csv", "parquet")
STDIN = "-"
CSV_FIELD_LIMIT = 1 << 30
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
             ".pq": "parquet"}
_SURROGATES = re.compile("[\ud800-\udfff]")
T = TypeVar("T")


class RowsError(InputError):
    """A data file cannot be read as rows: unreadable Parquet, a column that was asked for is missing."""

    code = "bad_input_file"


@dataclass(frozen=True)
class FieldMap:
    """Which field of a row holds what; dotted names reach into nested objects (`meta.body`).

    `id=None`: the row's `id` field when it has one, else the content id. Other roles left None are not read:
    archives read text, id and (optionally) a title to put before the text; training also reads the targets.
    """

    text: str = "text"
    id: str | None = None
    title: str | None = None
    summary: str | None = None
    source: str | None = None
    bullets: str | None = None


@dataclass(frozen=True)
class Row:
    """One row (`values`), or the `problem` with a line that is not one; `where` is `file:line`."""

    where: str
    values: Mapping[str, Any] | None = None
    problem: str | None = None


def format_of(path: str) -> str | None:
    """`jsonl`, `csv` or `parquet` from the file name (`.gz` is looked through); None when the name does not say."""
    return _SUFFIXES.get(os.path.splitext(path.lower().removesuffix(".gz"))[1])


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """The file (or stdin for `-`) as bytes, gunzipped when it starts with the gzip magic number."""
    name = "stdin" if path == STDIN else path
    with contextlib.ExitStack() as stack:
        raw: IO[bytes] = sys.stdin.buffer if path == STDIN else stack.enter_context(open(path, "rb"))
        buffered = _peekable(raw)
        stream: IO[bytes] = buffered
        if buffered.peek(2)[:2] == b"\x1f\x8b":
            # typeshed does not declare GzipFile an IO[bytes], though it is a binary file object
            stream = cast(IO[bytes], stack.enter_context(gzip.GzipFile(fileobj=buffered, mode="rb")))
        try:
            yield stream
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise OSError(f"{name} is truncated or corrupt ({exc})") from None


def _peekable(raw: IO[bytes]) -> io.BufferedReader:
    """`raw` itself when it can peek (a file, stdin's buffer), else wrapped in a BufferedReader (a BytesIO)."""
    if hasattr(raw, "peek"):
        return cast(io.BufferedReader, raw)
    # typeshed wants a raw stream with readinto, which IO[bytes] does not declare (BytesIO has it)
    return io.BufferedReader(cast(io.RawIOBase, raw))


def _jsonl_rows(stream: IO[bytes], name: str) -> Iterator[Row]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(line.decode("utf-8", "surrogateescape"))
        except ValueError as exc:
            yield Row(where, problem=f"{where} is not valid JSON: {exc}")
            continue
        yield Row(where, data) if isinstance(data, dict) else Row(where, problem=f"{where} is not a JSON object")


def _csv_reader(stream: IO[bytes]) -> Any:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    return csv.reader(text, strict=False)


def check_columns(name: str, columns: Sequence[str], required: Mapping[str, str]) -> None:
    """Every required column (`{role: name}`, a dotted name by its first part) is there, or a RowsError that
    says which option names another one."""
    for role, wanted in required.items():
        if wanted.split(".")[0] not in columns:
            raise RowsError(f"{name} has no column {wanted!r} (columns: {', '.join(map(str, columns)) or 'none'}); "
                            f"choose the {role} column with --{role}-field")


def _csv_rows(stream: IO[bytes], name: str, required: Mapping[str, str]) -> Iterator[Row]:
    reader = _csv_reader(stream)
    header = next(reader, None) or []
    check_columns(name, header, required)
    while True:
        where = f"{name}:{reader.line_num + 1}"
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Row(where, problem=f"{where} is not valid CSV: {exc}")
            if f"{name}:{reader.line_num + 1}" == where:
                return  # the reader cannot move past this point
            continue
        if values:
            yield Row(where, dict(zip(header, values, strict=False)))  # a short or long row keeps what pairs up


def _parquet_rows(path: str, required: Mapping[str, str], columns: Sequence[str] | None) -> Iterator[Row]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, ValueError, OSError) as exc:
        raise RowsError(f"{path} is not a readable Parquet file ({exc})") from None
    names = parquet.schema_arrow.names
    check_columns(path, names, required)
    if columns is not None:
        columns = [name for name in dict.fromkeys(column.split(".")[0] for column in columns) if name in names]
    number = 0
    for batch in parquet.iter_batches(batch_size=512, columns=columns):
        for values in batch.to_pylist():
            number += 1
            yield Row(f"{path}:{number}", values)


def read_rows(path: str, fmt: str, required: Mapping[str, str] | None = None,
              columns: Sequence[str] | None = None) -> Iterator[Row]:
    """Rows of a `jsonl`, `csv` or `parquet` file (`-`: stdin, not for Parquet). `required` (`{role: column}`)
    is checked against the header of CSV and the schema of Parquet; `columns` limits what Parquet reads to
    those of them that exist (None: all)."""
    required = required or {}
    if fmt == "parquet":
        if path == STDIN:
            raise RowsError("Parquet cannot be read from stdin; pass the file")
        yield from _parquet_rows(path, required, columns)
        return
    name = "stdin" if path == STDIN else path
    with open_binary(path) as stream:
        yield from (_jsonl_rows(stream, name) if fmt == "jsonl" else _csv_rows(stream, name, required))


def count_rows(path: str, fmt: str) -> int:
    """How many rows a file holds (for a progress ETA); reads it once."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    with open_binary(path) as stream:
        if fmt == "jsonl":
            return sum(1 for line in stream if line.strip())
        return max(0, sum(1 for values in _csv_reader(stream) if values) - 1)


def read_dicts(path: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The rows of a data file as dicts, the format from its name; lines that are not rows are logged and
    skipped. For evaluation sets and benchmarks."""
    fmt = format_of(path)
    if fmt is None:
        raise RowsError(f"cannot tell the format of {path} from its name; use .jsonl[.gz], .csv[.gz] or .parquet")
    taken = 0
    for row in read_rows(path, fmt):
        if limit is not None and taken >= limit:
            return
        if row.values is None:
            logger.warning("skipped: %s", row.problem)
            continue
        taken += 1
        yield dict(row.values)


def field_value(row: Mapping[str, Any], name: str) -> Any:
    """`row[name]`, or a nested value for a dotted name (`meta.body`); None when absent."""
    if name in row:
        return row[name]
    value: Any = row
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def is_blank(value: Any) -> bool:
    """None, an empty or blank string, or NaN (what pandas writes for a missing cell)."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and not value.strip())


def readable(text: str) -> str:
    """Text with undecodable bytes (kept as surrogates by the readers) shown as U+FFFD."""
    if not _SURROGATES.search(text):
        return text
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def as_read(text: str) -> str | bytes:
    """A string with undecodable bytes (kept as surrogates) back as the bytes that were read, so the input gate
    can name the bad byte's offset; other strings as they are."""
    if not _SURROGATES.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate written as a JSON escape (\\ud800)
        return text.encode("utf-8", "surrogatepass")


def content_id(text: str | bytes) -> str:
    """The id of a row that has none: `sha1:` and 16 hex digits of its text's bytes, so reruns find it again.

    >>> content_id("خبر")
    'sha1:86b5489e33e6a1e7'
    """
    raw = as_read(text) if isinstance(text, str) else text
    return "sha1:" + hashlib.sha1(raw if isinstance(raw, bytes) else raw.encode("utf-8")).hexdigest()[:16]


def given_id(row: Mapping[str, Any], fields: FieldMap) -> str | None:
    """The row's id field as text (its `id` field when `fields.id` is None); None when blank or absent."""
    value = field_value(row, fields.id or "id")
    return None if is_blank(value) else readable(str(value))


def row_id(row: Mapping[str, Any], fields: FieldMap, text: str | bytes) -> str:
    """The row's id, else the content id of `text` (its text field as read): archives and training give the
    same row the same id."""
    return given_id(row, fields) or content_id(text)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last may be shorter), streamed."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
