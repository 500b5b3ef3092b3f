"""Crash-safe writers: JSONL and CSV append whole rows and fsync per chunk; Parquet writes one part file per chunk.

A SIGKILL or a full disk can at worst leave a torn last row in a JSONL/CSV file (a write cut short) or an
in-flight `.part-NNNNNN.parquet.tmp` (a hidden name that pyarrow, pandas and Spark skip when reading the folder);
`existing_ids()` repairs that before a resumed run appends, so no torn or duplicated row survives.
`drop_failed_rows()` takes the error rows out (rewriting atomically), so that a rerun retries them.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import dataclasses
import io
import json
import os
import re
from pathlib import Path
from typing import IO, Any, Iterator, Protocol, Sequence

from service.archive.records import OUTPUT_FIELDS, ArchiveError, Row
from service.digest import InputInfo

OUTPUT_FORMATS = ("jsonl", "csv", "parquet")
JSON_COLUMNS = ("bullets", "input", "timings_ms", "checks", "repaired", "error")  # nested: JSON text in CSV
_PART = re.compile(r"part-\d{6,}\.parquet")
_ARROW_TYPES = {"int": "int64", "float": "float64", "bool": "bool_", "str": "string", "int | None": "int64"}


class RowWriter(Protocol):
    path: Path

    def existing_ids(self) -> Iterator[str]:
        """Ids already in the output, after removing whatever a crash left half-written."""
        ...

    def write_rows(self, rows: Sequence[Row]) -> None:
        """Append rows; they are on disk when this returns."""
        ...

    def drop_failed_rows(self) -> int:
        """Remove the rows that hold an error, so that a resumed run retries them; how many were removed."""
        ...

    def close(self) -> None: ...


def detect_output_format(path: str, forced: str | None = None) -> str:
    if forced:
        if forced not in OUTPUT_FORMATS:
            raise ArchiveError(f"unknown output format {forced!r}; choose from: {', '.join(OUTPUT_FORMATS)}")
        return forced
    suffix = Path(path).suffix.lower()
    formats = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}
    if suffix in formats:
        return formats[suffix]
    if Path(path).is_dir():
        return "parquet"
    raise ArchiveError(f"cannot tell the output format of {path} from its name (.jsonl, .csv or .parquet); "
                       "use --output-format")


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def in_flight_name(path: Path) -> Path:
    """Where a file is written before it is renamed into place: hidden, so that readers of the folder skip it."""
    return path.with_name(f".{path.name}.tmp")


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[IO[bytes]]:
    """A file that replaces `path` atomically (written, fsynced, renamed) when the block ends without error.
    A write error names `path`: the file the user knows, not its in-flight name."""
    temporary = in_flight_name(path)
    try:
        with open(temporary, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _fsync_dir(path.parent)
    except OSError as error:
        error.filename = error.filename or str(path)
        raise
    finally:
        temporary.unlink(missing_ok=True)


class _AppendWriter:
    """Shared by JSONL and CSV: one append-only file, one write + flush + fsync per chunk."""

    def __init__(self, path: Path, overwrite: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if overwrite and path.exists():
            path.unlink()
        in_flight_name(path).unlink(missing_ok=True)  # left by a rerun with --retry-failed that was killed
        self._file: IO[bytes] | None = None

    def _append(self, data: bytes) -> None:
        if self._file is None:
            self._file = open(self.path, "ab")
        try:
            self._file.write(data)
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as error:  # a full disk: the torn row is repaired by the next run's existing_ids()
            self._discard()
            error.filename = error.filename or str(self.path)
            raise

    def _discard(self) -> None:
        """Close after a failed write, dropping what is still buffered (closing would try to write it again)."""
        handle, self._file = self._file, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()

    def _repair(self) -> None:
        collections.deque(self.existing_ids(), maxlen=0)  # type: ignore[attr-defined]

    def _truncate(self, size: int) -> None:
        if size < self.path.stat().st_size:
            with open(self.path, "r+b") as handle:
                handle.truncate(size)
                os.fsync(handle.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class JsonlWriter(_AppendWriter):
    def existing_ids(self) -> Iterator[str]:
        if not self.path.exists():
            return
        with open(self.path, "rb") as handle:
            data_end = handle.seek(0, os.SEEK_END)
            end = data_end
            while end > 0:  # find the last newline: everything after it is a torn row
                start = max(0, end - 65536)
                handle.seek(start)
                found = handle.read(end - start).rfind(b"\n")
                if found >= 0:
                    end = start + found + 1
                    break
                end = start
        self._truncate(end)
        with open(self.path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    yield str(json.loads(line)["id"])
                except (ValueError, KeyError, TypeError):
                    raise ArchiveError(f"{self.path} line {number} is not an arsum row; "
                                       "use --overwrite or another output") from None

    def write_rows(self, rows: Sequence[Row]) -> None:
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        self._append(lines.encode("utf-8", "backslashreplace"))

    def drop_failed_rows(self) -> int:
        if not self.path.exists():
            return 0
        self._repair()
        dropped = 0
        with replacing(self.path) as output, open(self.path, "rb") as handle:
            for line in handle:
                if json.loads(line).get("error") is None:
                    output.write(line)
                else:
                    dropped += 1
        return dropped


def _csv_value(row: Row, column: str) -> str:
    value = row.get(column)
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if column in JSON_COLUMNS else str(value)


class CsvWriter(_AppendWriter):
    """Nested fields (bullets, input, timings_ms, error) are JSON text in their cells."""

    def existing_ids(self) -> Iterator[str]:
        if not self.path.exists():
            return
        ids, end = self._complete_rows()
        self._truncate(end)
        yield from ids

    def _complete_rows(self) -> tuple[list[str], int]:
        """Ids of the whole rows and the byte offset where they end (a row may span lines)."""
        consumed = [0, True]  # bytes read so far; whether the last line read ended with a newline

        def lines(handle: IO[bytes]) -> Iterator[str]:
            for line in handle:
                consumed[0] += len(line)
                consumed[1] = line.endswith(b"\n")
                yield line.decode("utf-8", "surrogateescape")

        ids: list[str] = []
        end = 0
        with open(self.path, "rb") as handle:
            reader = csv.reader(lines(handle), strict=True)
            try:
                for values in reader:
                    if not consumed[1] or len(values) != len(OUTPUT_FIELDS):
                        break
                    if end == 0 and values != list(OUTPUT_FIELDS):
                        raise ArchiveError(f"{self.path} is not an arsum CSV output (its header differs); "
                                           "use --overwrite or another output")
                    if end:
                        ids.append(values[0])
                    end = int(consumed[0])
            except csv.Error:
                pass
        return ids, end

    def write_rows(self, rows: Sequence[Row]) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if self._file is None and (not self.path.exists() or self.path.stat().st_size == 0):
            writer.writerow(OUTPUT_FIELDS)
        writer.writerows([_csv_value(row, column) for column in OUTPUT_FIELDS] for row in rows)
        self._append(buffer.getvalue().encode("utf-8", "backslashreplace"))

    def drop_failed_rows(self) -> int:
        if not self.path.exists():
            return 0
        self._repair()
        error_column = OUTPUT_FIELDS.index("error")
        dropped = 0
        with replacing(self.path) as output, open(self.path, encoding="utf-8", newline="") as handle:
            text = io.TextIOWrapper(output, encoding="utf-8", newline="")
            writer = csv.writer(text, lineterminator="\n")  # as written: the kept rows keep their bytes
            for number, values in enumerate(csv.reader(handle)):
                if number and values[error_column]:
                    dropped += 1
                else:
                    writer.writerow(values)
            text.flush()
            text.detach()
        return dropped


def parquet_parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if _PART.fullmatch(p.name))


def parquet_schema() -> Any:
    import pyarrow as pa

    info = [(f.name, getattr(pa, _ARROW_TYPES[str(f.type)])()) for f in dataclasses.fields(InputInfo)]
    return pa.schema([
        ("id", pa.string()), ("headline", pa.string()), ("bullets", pa.list_(pa.string())),
        ("summary", pa.string()), ("engine", pa.string()), ("model", pa.string()), ("input", pa.struct(info)),
        ("timings_ms", pa.map_(pa.string(), pa.float64())),
        ("checks", pa.list_(pa.struct([("field", pa.string()), ("index", pa.int64()), ("kind", pa.string()),
                                       ("text", pa.string())]))),
        ("repaired", pa.list_(pa.string())),
        ("error", pa.struct([("code", pa.string()), ("message", pa.string())])),
    ])


class ParquetPartsWriter:
    """A folder of `part-NNNNNN.parquet` files, each written under a hidden in-flight name, fsynced, then renamed
    into place.

    Read the whole output with `pyarrow.parquet.read_table(folder)` (or pandas, DuckDB, Spark): in-flight files
    start with a dot, which they skip, even right after a crash or a full disk.
    """

    def __init__(self, path: Path, overwrite: bool) -> None:
        self.path = path
        if path.exists() and not path.is_dir():
            raise ArchiveError(f"Parquet output {path} must be a folder of part files, and a file is there")
        self._schema = parquet_schema()  # pyarrow missing: the error comes before any folder is made
        path.mkdir(parents=True, exist_ok=True)
        if overwrite:
            for part in self._parts():
                part.unlink()
        for stale in [*path.glob(".part-*.parquet.tmp"), *path.glob("part-*.parquet.tmp")]:  # (older releases)
            stale.unlink()
        self._next = max((self._number(part) + 1 for part in self._parts()), default=0)

    def _parts(self) -> list[Path]:
        return parquet_parts(self.path)

    @staticmethod
    def _number(part: Path) -> int:
        return int(part.name[len("part-"):-len(".parquet")])

    def existing_ids(self) -> Iterator[str]:
        import pyarrow.parquet as pq

        for part in self._parts():
            yield from (str(i) for i in pq.read_table(part, columns=["id"]).column("id").to_pylist())

    def write_rows(self, rows: Sequence[Row]) -> None:
        import pyarrow as pa

        if not rows:
            return
        self._write(self.path / f"part-{self._next:06d}.parquet", pa.Table.from_pylist(list(rows), schema=self._schema))
        self._next += 1

    def drop_failed_rows(self) -> int:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        dropped = 0
        for part in self._parts():
            table = pq.read_table(part, schema=self._schema)
            failed = table.column("error").is_valid()
            count = int(pc.sum(failed).as_py() or 0)
            if count:
                self._write(part, table.filter(pc.invert(failed)))
                dropped += count
        return dropped

    @staticmethod
    def _write(part: Path, table: Any) -> None:
        import pyarrow.parquet as pq

        with replacing(part) as handle:
            pq.write_table(table, handle, compression="zstd")

    def close(self) -> None:
        return None


def open_writer(path: str | Path, fmt: str, overwrite: bool = False) -> RowWriter:
    path = Path(path)
    if fmt == "parquet":
        return ParquetPartsWriter(path, overwrite)
    if path.is_dir():
        raise ArchiveError(f"output {path} is a folder; name a .{fmt} file")
    return JsonlWriter(path, overwrite) if fmt == "jsonl" else CsvWriter(path, overwrite)


def read_rows(path: str | Path, fmt: str | None = None) -> Iterator[Row]:
    """Rows of an archive output as Python values, whatever its format (JSON cells of CSV decoded)."""
    path = Path(path)
    fmt = fmt or detect_output_format(str(path))
    if fmt == "parquet":
        import pyarrow.parquet as pq

        for part in parquet_parts(path):
            table = pq.read_table(part)
            columns = {name: table.column(name).to_pylist(maps_as_pydicts="strict") for name in table.column_names}
            for index in range(table.num_rows):
                yield {name: columns[name][index] for name in OUTPUT_FIELDS}
    elif fmt == "csv":
        with open(path, encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                yield {name: (json.loads(value) if name in JSON_COLUMNS else value) if value != "" else None
                       for name, value in record.items()}
    else:
        with open(path, encoding="utf-8") as handle:
            yield from (json.loads(line) for line in handle if line.strip())
