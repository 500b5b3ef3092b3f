"""An archive job, the sink both backends write through (ids, durability, counts, --fail-fast), and the local run."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from service.archive.progress import Progress
from service.archive.readers import STDIN, FieldMap, InputSource, count_records, read_records
from service.archive.records import ArchiveError, OutcomeCache, Row, SourceRecord, row_failed, summarise_records
from service.archive.writers import open_writer
from service.engines.base import Summariser
from service.options import SummaryOptions
from service.pipeline import check_options
from service.rows import chunked

logger = logging.getLogger(__name__)
MAX_DUPLICATE_WARNINGS = 5
T = TypeVar("T")


@dataclass(frozen=True)
class ArchiveJob:
    inputs: tuple[InputSource, ...]
    output: Path
    output_format: str
    options: SummaryOptions
    engine_factory: Callable[[], Summariser]
    fields: FieldMap = field(default_factory=FieldMap)
    chunk_size: int = 256  # rows per durable write (and per Ray batch)
    batch_size: int = 16  # articles per engine call, grouped by length
    overwrite: bool = False
    fail_fast: bool = False
    retry_failed: bool = False  # take the output's error rows out first, so that their ids are summarised again


@dataclass
class ArchiveReport:
    output: str
    written: int = 0
    failed: int = 0
    retried: int = 0
    skipped_done: int = 0
    skipped_duplicate: int = 0
    seconds: float = 0.0
    error_codes: Counter[str] = field(default_factory=Counter)

    @property
    def succeeded(self) -> int:
        return self.written - self.failed

    def summary(self) -> str:
        codes = ", ".join(f"{code} {count:,}" for code, count in self.error_codes.most_common())
        rate = self.written / self.seconds if self.seconds else 0.0
        retried = f" ({self.retried:,} failed before and retried)" if self.retried else ""
        return (f"{self.written:,} rows written to {self.output}{retried} ({self.succeeded:,} summarised, "
                f"{self.failed:,} failed{': ' + codes if codes else ''}); skipped {self.skipped_done:,} already "
                f"written, {self.skipped_duplicate:,} duplicate ids; {self.seconds:.1f} s, {rate:.1f} rows/s")


class FailFastStop(ArchiveError):
    code = "fail_fast"


class ArchiveSink:
    """Where rows go, for both backends: claims each id once, writes durably, counts, stops on --fail-fast."""

    def __init__(self, job: ArchiveJob, progress: Progress) -> None:
        self.writer = open_writer(job.output, job.output_format, job.overwrite)
        self.report = ArchiveReport(output=str(job.output))
        self.previous: frozenset[str] = frozenset()
        if job.retry_failed:
            self.report.retried = self._guarded(self.writer.drop_failed_rows)
            logger.info("retrying: %s failed rows taken out of %s", f"{self.report.retried:,}", job.output)
        self.previous = frozenset(self.writer.existing_ids())
        if self.previous:
            logger.info("resuming: %s ids already in %s are skipped", f"{len(self.previous):,}", job.output)
        self.claimed: set[str] = set()
        self.progress = progress
        self.fail_fast = job.fail_fast
        self.started = time.monotonic()

    def claim(self, record_id: str) -> bool:
        """True the first time an id is seen and it is not in the output yet."""
        if record_id in self.previous:
            self.report.skipped_done += 1
        elif record_id in self.claimed:
            self.report.skipped_duplicate += 1
            if self.report.skipped_duplicate <= MAX_DUPLICATE_WARNINGS:
                logger.warning("duplicate id %r: only its first row is kept%s", record_id,
                               " (further duplicates are only counted)"
                               if self.report.skipped_duplicate == MAX_DUPLICATE_WARNINGS else "")
        else:
            self.claimed.add(record_id)
            return True
        self.progress.update(skipped=1)
        return False

    def write(self, rows: Sequence[Row]) -> None:
        stop = None
        if self.fail_fast:
            bad = next((index for index, row in enumerate(rows) if row_failed(row)), None)
            if bad is not None:
                stop, rows = rows[bad], rows[:bad]
        if rows:
            self._guarded(lambda: self.writer.write_rows(rows))
            failed = [row["error"]["code"] for row in rows if row_failed(row)]
            self.report.written += len(rows)
            self.report.failed += len(failed)
            self.report.error_codes.update(failed)
            self.progress.update(written=len(rows), failed=len(failed))
        if stop is not None:
            raise FailFastStop(f"stopped at id {stop['id']!r}: {stop['error']['code']}: {stop['error']['message']} "
                               f"(--fail-fast; the {self.report.written:,} rows before it are written)")

    def _guarded(self, write: Callable[[], T]) -> T:
        """Run a write; an OSError (a full disk) becomes one message: which file, what is safe, how to go on."""
        try:
            return write()
        except OSError as error:
            safe = len(self.previous) + self.report.written
            raise ArchiveError(
                f"cannot write {error.filename or self.writer.path}: {error.strerror or error}. "
                f"{safe:,} row{'' if safe == 1 else 's'} ({self.report.written:,} from this run) are safely in "
                f"{self.report.output}; free some space (or fix the cause) and rerun the same command: it resumes "
                "after them") from None

    def close(self) -> ArchiveReport:
        self.writer.close()
        self.progress.close()
        self.report.seconds = time.monotonic() - self.started
        return self.report


def check_job(job: ArchiveJob) -> None:
    if job.chunk_size < 1 or job.batch_size < 1:
        raise ArchiveError("--chunk-size and --batch-size must be at least 1")
    if [source.path for source in job.inputs].count(STDIN) > 1:
        raise ArchiveError("stdin (-) can be read only once")
    for source in job.inputs:
        if source.path != STDIN and job.output.exists() and os.path.samefile(source.path, job.output):
            raise ArchiveError(f"the output {job.output} is also an input")
        if source.path != STDIN and source.format != "txt":  # a missing column or a corrupt file, before any work
            records = read_records(source, job.fields)
            next(records, None)
            records.close()


def count_in_background(sources: Iterable[InputSource], progress: Progress) -> None:
    """Count the input rows for the ETA without delaying the start (one extra read of the inputs)."""
    def count() -> None:
        try:
            totals = [count_records(source) for source in sources]
        except Exception:  # noqa: BLE001 - best effort: the run reports its own read errors
            logger.debug("could not count the input rows", exc_info=True)
            return
        if None not in totals:
            progress.set_total(sum(t for t in totals if t is not None))

    threading.Thread(target=count, name="arsum-count-rows", daemon=True).start()


def job_records(job: ArchiveJob) -> Iterator[SourceRecord]:
    for source in job.inputs:
        yield from read_records(source, job.fields)


def run_local(job: ArchiveJob, progress: Progress | None = None) -> ArchiveReport:
    """Stream the inputs in chunks through one engine in this process; each chunk is on disk before the next."""
    check_job(job)
    progress = progress or Progress(enabled=False)
    engine = job.engine_factory()
    try:
        check_options(engine, job.options)  # a task the model cannot do: exit 2 now, not one error row per article
        sink = ArchiveSink(job, progress)
        try:
            cache = OutcomeCache()
            records = (record for record in job_records(job) if sink.claim(record.id))
            for chunk in chunked(records, job.chunk_size):
                sink.write(summarise_records(engine, chunk, job.options, job.batch_size, cache))
        finally:
            report = sink.close()
    finally:
        engine.close()
    return report
