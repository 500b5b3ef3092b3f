"""Raw corpus records from JSONL (.gz), CSV (.gz), Parquet (the service's row reader, `service.rows`) or a saved
Hugging Face `datasets` folder. Ids are the service's: a row's id field, else the content id of its text."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

from service.errors import InputError
from service.rows import FieldMap, Row, RowsError, field_value, format_of, is_blank, read_rows, readable, row_id

logger = logging.getLogger(__name__)

# Where a corpus keeps what training reads: the article and its targets. `bullets` may be a list of strings or
# one string with a line per bullet.
CORPUS_FIELDS = FieldMap(title="title", summary="summary", source="source", bullets="bullets")


class CorpusError(InputError):
    """A corpus file cannot be read (unknown format, missing field mapping, unreadable file)."""

    code = "bad_corpus"


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
    kind = format_of(str(path))
    if kind is None:
        raise CorpusError(f"{path}: unknown corpus format; use .jsonl[.gz], .csv[.gz], .parquet or a datasets folder")
    return kind


def _hf_rows(path: Path) -> Iterator[Row]:
    from datasets import Dataset, load_from_disk

    loaded = load_from_disk(str(path))
    parts = [loaded] if isinstance(loaded, Dataset) else list(loaded.values())  # in the order saved
    number = 0
    for part in parts:
        for values in part:
            number += 1
            yield Row(f"{path}:{number}", values)


def corpus_rows(path: Path, fields: FieldMap) -> Iterator[Row]:
    kind = detect_format(path)
    if kind == "hf":
        return _hf_rows(path)
    return read_rows(str(path), kind, required={"text": fields.text})


def _text_or_none(value: Any) -> str | None:
    if is_blank(value):
        return None
    return readable(str(value)).strip() or None


def _bullet_list(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).split("\n")
    return [text for text in (_text_or_none(item) for item in items) if text]


def _read(row: Mapping[str, Any], name: str | None) -> Any:
    return field_value(row, name) if name else None


def to_record(row: Mapping[str, Any], fields: FieldMap, default_source: str) -> RawRecord | None:
    """A RawRecord, or None when the row has no text."""
    value = field_value(row, fields.text)
    text = _text_or_none(value)
    if text is None:
        return None
    meta = row.get("meta")
    return RawRecord(
        id=row_id(row, fields, value if isinstance(value, str) else str(value)), text=text,
        title=_text_or_none(_read(row, fields.title)), summary=_text_or_none(_read(row, fields.summary)),
        source=_text_or_none(_read(row, fields.source)) or default_source,
        bullets=_bullet_list(_read(row, fields.bullets)), meta=meta if isinstance(meta, dict) else {},
    )


def check_fields(path: Path, row: Mapping[str, Any], fields: FieldMap) -> None:
    """The first row must have the text field and at least one target field, or the mapping is wrong."""
    if fields.text.split(".")[0] not in row:
        raise CorpusError(f"{path}: no field {fields.text!r} (fields: {', '.join(map(str, row))}); "
                          "choose the text column with --text-field")
    targets = [name for name in (fields.title, fields.summary, fields.bullets) if name]
    if not any(name.split(".")[0] in row for name in targets):
        raise CorpusError(f"{path}: none of the target fields {', '.join(map(repr, targets))}; "
                          "map them with --title-field/--summary-field/--bullets-field")


def read_records(paths: list[Path], fields: FieldMap = CORPUS_FIELDS) -> Iterator[RawRecord]:
    """Records of every input in order; rows without text, and lines that are not rows, are skipped with a
    log line."""
    for path in paths:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        skipped, checked = 0, False
        try:
            for row in corpus_rows(path, fields):
                if row.values is None:
                    logger.warning("skipped: %s", row.problem)
                    continue
                if not checked:
                    check_fields(path, row.values, fields)
                    checked = True
                record = to_record(row.values, fields, default_source=path.name)
                if record is None:
                    skipped += 1
                else:
                    yield record
        except RowsError as error:
            raise CorpusError(error.message) from None
        if skipped:
            logger.warning("%s: skipped %d rows without text", path, skipped)
