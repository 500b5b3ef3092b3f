"""Archive rows: what readers produce (SourceRecord), what writers store (the output row), and the step between.

The step between, `summarise_records`, is shared by the local runner and the Ray actors so both give the
same rows: records that already carry an error become error rows, identical texts are summarised once,
the rest are grouped by length into engine batches.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Sequence, Union

from service.digest import Digest
from service.engines.base import Summariser
from service.errors import ArsumError, InputError
from service.options import SummaryOptions
from service.pipeline import ENGINE_ERROR, EngineFailure, summarize_isolated

logger = logging.getLogger(__name__)

OUTPUT_FIELDS = ("id", "headline", "bullets", "summary", "engine", "model", "input", "timings_ms", "checks", "repaired",
                 "error")
DIGEST_FIELDS = OUTPUT_FIELDS[1:-1]

# Error codes of the archive itself (engine input errors keep their own codes: empty_input, not_arabic, ...).
MALFORMED_ROW = "malformed_row"
MISSING_TEXT = "missing_text"

Row = dict[str, Any]


class ArchiveError(ArsumError):
    """An archive job cannot run as asked: unknown format, missing column, unusable output."""

    code = "archive_error"


@dataclass(frozen=True)
class RowError:
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


Outcome = Union[Digest, RowError]


@dataclass(frozen=True)
class SourceRecord:
    """One input item. `text` is bytes only when the input was not valid UTF-8 (the engine gate reports it)."""

    id: str
    text: str | bytes | None = None
    error: RowError | None = None

    def to_json(self) -> str:
        """A lossless single-string form, to ship records through Ray blocks as one string column."""
        data: dict[str, Any] = {"id": self.id}
        if isinstance(self.text, bytes):
            data["raw"] = base64.b64encode(self.text).decode("ascii")
        elif self.text is not None:
            data["text"] = self.text
        if self.error is not None:
            data["error"] = self.error.to_dict()
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> SourceRecord:
        data = json.loads(line)
        text = base64.b64decode(data["raw"]) if "raw" in data else data.get("text")
        error = RowError(**data["error"]) if data.get("error") else None
        return cls(id=data["id"], text=text, error=error)


def text_bytes(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")


def output_row(record_id: str, outcome: Outcome) -> Row:
    if isinstance(outcome, RowError):
        row: Row = dict.fromkeys(OUTPUT_FIELDS)
        row.update(id=record_id, error=outcome.to_dict())
        return row
    return {"id": record_id, **outcome.to_dict(), "error": None}


def row_failed(row: Row) -> bool:
    return row.get("error") is not None


class OutcomeCache:
    """A bounded LRU of outcomes by text hash: identical texts across chunks are summarised once."""

    def __init__(self, max_entries: int = 1024) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, Outcome] = OrderedDict()

    def get(self, key: bytes) -> Outcome | None:
        outcome = self._entries.get(key)
        if outcome is not None:
            self._entries.move_to_end(key)
        return outcome

    def put(self, key: bytes, outcome: Outcome) -> None:
        if isinstance(outcome, RowError) and outcome.code == ENGINE_ERROR:
            return  # may be transient: do not reuse
        self._entries[key] = outcome
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


def _text_key(text: str | bytes) -> bytes:
    return hashlib.blake2b(text_bytes(text), digest_size=16).digest()


def summarise_batch(engine: Summariser, texts: Sequence[str | bytes], options: SummaryOptions) -> list[Outcome]:
    """One outcome per text. An engine failure on a batch is retried item by item, so it costs one row."""
    return [RowError(ENGINE_ERROR, result.message) if isinstance(result, EngineFailure)
            else RowError(result.code, result.message) if isinstance(result, InputError) else result
            for result in summarize_isolated(engine, texts, options)]


def summarise_records(
    engine: Summariser, records: Sequence[SourceRecord], options: SummaryOptions, batch_size: int,
    cache: OutcomeCache | None = None,
) -> list[Row]:
    """Output rows for `records`, in their order."""
    cache = cache if cache is not None else OutcomeCache()
    outcomes: list[Outcome | None] = [None] * len(records)
    pending: dict[bytes, list[int]] = {}
    for index, record in enumerate(records):
        if record.error is not None or record.text is None:
            outcomes[index] = record.error or RowError(MISSING_TEXT, "the record has no text")
            continue
        key = _text_key(record.text)
        outcomes[index] = cache.get(key)
        if outcomes[index] is None:
            pending.setdefault(key, []).append(index)
    keys = sorted(pending, key=lambda k: len(records[pending[k][0]].text or ""))
    for start in range(0, len(keys), batch_size):
        batch = keys[start:start + batch_size]
        texts = [records[pending[key][0]].text or "" for key in batch]
        for key, outcome in zip(batch, summarise_batch(engine, texts, options), strict=True):
            cache.put(key, outcome)
            for index in pending[key]:
                outcomes[index] = outcome
    return [output_row(record.id, outcome) for record, outcome in zip(records, outcomes, strict=True)
            if outcome is not None]
