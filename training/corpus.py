"""Reading evaluation/training corpora: JSON Lines, optionally gzip-compressed, one record a line."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path
from typing import IO, Any, Iterator

logger = logging.getLogger(__name__)


def open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def read_jsonl(path: str | Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Records of a .jsonl/.jsonl.gz file; malformed lines are logged and skipped."""
    count = 0
    with open_text(Path(path)) as handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                logger.warning("%s:%d: skipped malformed JSON (%s)", path, number, error.msg)
                continue
            if isinstance(record, dict):
                count += 1
                yield record
