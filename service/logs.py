"""Logging for every way in (`arsum`, `arsum-train`, `arsum serve`): plain text lines, or one JSON object per line
for log collectors. The format applies to every logger of the process (arsum's, uvicorn's, libraries')."""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from typing import Any

from service.errors import BadOptionError

LOG_FORMATS = ("text", "json")
LOG_FORMAT_ENV = "ARSUM_LOG_FORMAT"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """`{"time", "level", "logger", "message", ...}` on one line. A record logged with `extra={"fields": {...}}`
    (the access log) carries those fields instead of its message; a traceback goes to "exception"."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name,
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        else:
            entry["message"] = record.getMessage()
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def log_format_from(flag: str | None) -> str:
    """The `--log-format` flag, else $ARSUM_LOG_FORMAT, else text."""
    chosen = (flag or os.environ.get(LOG_FORMAT_ENV) or "text").strip().lower()
    if chosen not in LOG_FORMATS:
        raise BadOptionError(f"log format {chosen!r} (from --log-format or {LOG_FORMAT_ENV}); "
                             f"choose from: {', '.join(LOG_FORMATS)}")
    return chosen


def configure_logging(level: int | str, log_format: str = "text", replace: bool = False) -> None:
    """One stderr handler on the root logger with the chosen format. `replace` drops handlers set up before
    (the server re-configures once its settings are known); otherwise existing handlers are kept."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=level.upper() if isinstance(level, str) else level, handlers=[handler], force=replace)
