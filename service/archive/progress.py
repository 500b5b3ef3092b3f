"""Progress of a long run (an archive, a corpus being prepared or scored): a bar (rows, rows/s, ETA) on a
terminal, a log line now and then otherwise."""

from __future__ import annotations

import logging
import time
from typing import Any, TextIO

logger = logging.getLogger("service.archive.progress")


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h{rest // 60:02d}m" if hours else f"{rest // 60}m{rest % 60:02d}s"


class Progress:
    """Counts rows handled (written or skipped) and failed. `total` may arrive later, from another thread."""

    def __init__(self, stream: TextIO | None = None, tty: bool = False, log_every_s: float = 30.0,
                 enabled: bool = True, unit: str = "rows") -> None:
        self.stream = stream
        self.unit = unit
        self.tty = tty and stream is not None
        self.log_every_s = log_every_s
        self.enabled = enabled
        self.total: int | None = None
        self.handled = self.written = self.failed = 0
        self.started = time.monotonic()
        self._last_shown = self.started
        self._bar: Any = None
        self._bar_tried = False

    def set_total(self, total: int | None) -> None:
        self.total = total  # one attribute assignment: safe from a counting thread

    def update(self, written: int = 0, failed: int = 0, skipped: int = 0) -> None:
        self.handled += written + skipped
        self.written += written
        self.failed += failed
        if not self.enabled:
            return
        if self.tty:
            self._update_bar(written + skipped)
        elif time.monotonic() - self._last_shown >= self.log_every_s:
            self._last_shown = time.monotonic()
            logger.info("%s", self.status_line())

    @property
    def rate(self) -> float:
        return self.written / max(time.monotonic() - self.started, 1e-9)

    def eta_s(self) -> float | None:
        if self.total is None or self.rate <= 0:
            return None
        return max(self.total - self.handled, 0) / self.rate

    def status_line(self) -> str:
        done = f"{self.handled:,}" + (f"/{self.total:,} ({self.handled / self.total:.0%})" if self.total else "")
        eta = self.eta_s()
        return (f"{done} {self.unit}, {self.rate:.1f} {self.unit}/s, {self.failed:,} failed"
                + (f", ETA {format_duration(eta)}" if eta is not None else ""))

    def _update_bar(self, step: int) -> None:
        if not self._bar_tried:
            self._bar, self._bar_tried = _make_bar(self.stream, self.unit), True
        if self._bar is not None:
            if self._bar.total != self.total:
                self._bar.total = self.total
            self._bar.set_postfix_str(f"{self.failed:,} failed", refresh=False)
            self._bar.update(step)
        elif time.monotonic() - self._last_shown >= 0.2:
            self._last_shown = time.monotonic()
            self.stream.write(f"\r{self.status_line()}\033[K")  # type: ignore[union-attr]
            self.stream.flush()  # type: ignore[union-attr]

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.tty and self.enabled and self.handled:
            self.stream.write(f"\r{self.status_line()}\033[K\n")  # type: ignore[union-attr]


def terminal_progress(unit: str, log_every_s: float = 30.0) -> Progress:
    """Progress on stderr: a bar on a terminal, else an INFO log line every `log_every_s` seconds."""
    import sys

    logger.setLevel(logging.INFO)
    return Progress(stream=sys.stderr, tty=sys.stderr.isatty(), log_every_s=log_every_s, unit=unit)


def _make_bar(stream: TextIO | None, unit: str) -> Any:
    """A tqdm bar when tqdm is installed, else None (Progress then draws a one-line status itself)."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=None, unit=unit, file=stream, dynamic_ncols=True, smoothing=0.1, mininterval=0.2)
