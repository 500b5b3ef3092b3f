"""Archive inputs: JSONL, CSV (plain or gzip) and Parquet through the shared row reader (`service.rows`), `.txt`
files and folders, stdin.

Every reader yields SourceRecords one at a time (constant memory). A row that cannot be read becomes a
record carrying its error; only a file that cannot be read at all stops the run.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Generator, Iterator, Mapping

from service.archive.records import MALFORMED_ROW, MISSING_TEXT, ArchiveError, RowError, SourceRecord
from service.rows import (
    ROW_FORMATS,
    STDIN,
    FieldMap,
    Row,
    RowsError,
    as_read,
    content_id,
    count_rows,
    field_value,
    format_of,
    given_id,
    read_rows,
)

INPUT_FORMATS = (*ROW_FORMATS, "txt")
READ_ERROR = "read_error"


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
    fmt = "txt" if path.lower().removesuffix(".gz").endswith(".txt") else format_of(path)
    if fmt is None:
        raise ArchiveError(f"cannot tell the format of {path} from its name; use --input-format "
                           f"({', '.join(INPUT_FORMATS)})")
    return InputSource(path, fmt)


def mapped_record(row: Mapping[str, Any], where: str, fields: FieldMap) -> SourceRecord:
    """A record from a parsed row: text (with the title as its first line), id or the text's content id."""
    text = field_value(row, fields.text)
    record_id = given_id(row, fields)
    if text is None:
        return SourceRecord(record_id or where, error=RowError(MISSING_TEXT, f"no {fields.text!r} field in {where}"))
    if not isinstance(text, (str, bytes)):
        return SourceRecord(record_id or where, error=RowError(
            MALFORMED_ROW, f"the {fields.text!r} field in {where} holds {type(text).__name__}, not text"))
    title = field_value(row, fields.title) if fields.title else None
    record_id = record_id or content_id(text)
    if isinstance(title, str) and title.strip() and isinstance(text, str):
        text = f"{title.strip()}\n{text}"
    return SourceRecord(record_id, as_read(text) if isinstance(text, str) else text)


def row_record(row: Row, fields: FieldMap) -> SourceRecord:
    if row.values is None:
        return SourceRecord(row.where, error=RowError(MALFORMED_ROW, row.problem or f"{row.where} is not a row"))
    return mapped_record(row.values, row.where, fields)


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


def required_columns(fields: FieldMap) -> dict[str, str]:
    """The columns a CSV or Parquet input must have: the text, and the id and title when they were named."""
    named = {"text": fields.text, "id": fields.id, "title": fields.title}
    return {role: column for role, column in named.items() if column}


def read_records(source: InputSource, fields: FieldMap) -> Generator[SourceRecord, None, None]:
    if source.format == "txt":
        yield from _txt_records(source)
        return
    wanted = [fields.text, fields.id or "id", *([fields.title] if fields.title else [])]
    try:
        for row in read_rows(source.path, source.format, required_columns(fields), columns=wanted):
            yield row_record(row, fields)
    except RowsError as error:
        raise ArchiveError(error.message) from None


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
    if source.format == "txt":
        return sum(1 for _ in txt_files(source.path)) if os.path.isdir(source.path) else 1
    return count_rows(source.path, source.format)
