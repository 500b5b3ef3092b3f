"""Raw corpus records from JSONL (.gz), CSV, Parquet or a saved Hugging Face `datasets` folder."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

from service.errors import InputError
from training.corpus import read_jsonl

logger = logging.getLogger(__name__)


class CorpusError(InputError):
    """A corpus file cannot be read (unknown format, missing field mapping, unreadable file)."""

    code = "bad_corpus"


@dataclass(frozen=True)
class FieldMap:
    """Which column holds what. `bullets` may be a list of strings or one string with a line per bullet."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    summary: str = "summary"
    source: str = "source"
    bullets: str = "bullets"


@dataclass(frozen=True)
class RawRecord:
    id: str
    text: str
    title: str | None = None
    summary: str | None = None
    source: str = ""
    bullets: list[str] = field(default_factory=list)
    meta: Mapping[str, Any] = field(default_factory=dict)


def detect_format(path: Path) -> str:
    if path.is_dir():
        if (path / "dataset_dict.json").exists() or (path / "state.json").exists():
            return "hf"
        raise CorpusError(f"{path}: a folder must be a saved Hugging Face dataset (save_to_disk)")
    name = path.name.lower().removesuffix(".gz")
    for suffix, kind in ((".jsonl", "jsonl"), (".json", "jsonl"), (".csv", "csv"), (".parquet", "parquet")):
        if name.endswith(suffix):
            return kind
    raise CorpusError(f"{path}: unknown corpus format; use .jsonl[.gz], .csv[.gz], .parquet or a datasets folder")


def _open_csv(path: Path) -> io.TextIOBase:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace", newline="")
    return open(path, encoding="utf-8", errors="replace", newline="")


def _csv_rows(path: Path) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(2**31 - 1)
    with _open_csv(path) as handle:
        yield from csv.DictReader(handle)


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        yield from batch.to_pylist()


def _hf_rows(path: Path) -> Iterator[dict[str, Any]]:
    from datasets import Dataset, load_from_disk

    loaded = load_from_disk(str(path))
    parts = [loaded] if isinstance(loaded, Dataset) else list(loaded.values())  # in the order saved
    for part in parts:
        yield from part


ROW_READERS = {"jsonl": read_jsonl, "csv": _csv_rows, "parquet": _parquet_rows, "hf": _hf_rows}


def _text_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # NaN from pandas-written files
        return None
    text = str(value).strip()
    return text or None


def _bullet_list(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).split("\n")
    return [text for text in (_text_or_none(item) for item in items) if text]


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def to_record(row: Mapping[str, Any], fields: FieldMap, default_source: str) -> RawRecord | None:
    """A RawRecord, or None when the row has no text."""
    text = _text_or_none(row.get(fields.text))
    if text is None:
        return None
    record_id = _text_or_none(row.get(fields.id)) or content_id(text)
    meta = row.get("meta")
    return RawRecord(
        id=record_id, text=text, title=_text_or_none(row.get(fields.title)),
        summary=_text_or_none(row.get(fields.summary)),
        source=_text_or_none(row.get(fields.source)) or default_source,
        bullets=_bullet_list(row.get(fields.bullets)), meta=meta if isinstance(meta, dict) else {},
    )


def check_fields(path: Path, row: Mapping[str, Any], fields: FieldMap) -> None:
    """The first row must have the text field and at least one target field, or the mapping is wrong."""
    if fields.text not in row:
        raise CorpusError(f"{path}: no field {fields.text!r} (fields: {', '.join(map(str, row))}); "
                          "map the text column with --text-field")
    if not any(name in row for name in (fields.title, fields.summary, fields.bullets)):
        raise CorpusError(f"{path}: none of the target fields {fields.title!r}, {fields.summary!r}, "
                          f"{fields.bullets!r}; map them with --title-field/--summary-field/--bullets-field")


def read_records(paths: list[Path], fields: FieldMap = FieldMap()) -> Iterator[RawRecord]:
    """Records of every input in order; rows without text are skipped with a log line."""
    for path in paths:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        kind = detect_format(path)
        skipped = 0
        for index, row in enumerate(ROW_READERS[kind](path)):
            if index == 0:
                check_fields(path, row, fields)
            record = to_record(row, fields, default_source=path.name)
            if record is None:
                skipped += 1
            else:
                yield record
        if skipped:
            logger.warning("%s: skipped %d rows without text", path, skipped)
