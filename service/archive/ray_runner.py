"""The same archive job on Ray Data: read units -> `map_batches` over an actor pool (one engine per actor) -> the
driver writes through the same sink as the local run, so the rows, resume and crash safety are the same.

Workers read the input files themselves (paths must be reachable from every node, as for any Ray reader)
and must have arsum installed. Records and rows travel as one JSON string column, which keeps Arrow from
guessing schemas for nested or optional fields.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from service.archive.progress import Progress
from service.archive.readers import FieldMap, ReadUnit, read_unit, read_units
from service.archive.records import OutcomeCache, SourceRecord, summarise_records
from service.archive.runner import ArchiveJob, ArchiveReport, ArchiveSink, check_job
from service.engines.base import Summariser
from service.errors import ArsumError
from service.options import SummaryOptions
from service.pipeline import check_options
from service.rows import chunked

logger = logging.getLogger(__name__)
LOCAL = "local"
BLOCK_BYTES = 1 << 20


class EngineStartError(ArsumError):
    """A Ray actor could not load its engine (the message is the engine's own)."""

    code = "engine_unavailable"


@dataclass(frozen=True)
class RaySettings:
    address: str = LOCAL  # "local": start Ray in this process with `cpus`; else a cluster address ("auto", ...)
    cpus: int | None = None  # CPUs of a local Ray (default: all of this machine's)
    actors: int | None = None  # actor pool size (default: the cluster's CPUs / cpus_per_actor)
    cpus_per_actor: float = 1.0
    gpus_per_actor: float = 0.0


def _read_stage(
    batch: dict[str, Any], fields: FieldMap, done: list[Any], chunk_size: int
) -> Iterator[dict[str, Any]]:
    """Read units -> record batches; records whose id is already in the output are only marked as skipped."""
    import ray

    done_ids: frozenset[str] = ray.get(done[0])
    for unit in batch["unit"]:
        for records in chunked(read_unit(ReadUnit.from_json(str(unit)), fields), chunk_size):
            yield {"record": [r.to_json() if r.id not in done_ids else json.dumps({"id": r.id}) for r in records],
                   "skip": [r.id in done_ids for r in records]}


class SummariserActor:
    """Holds one engine for its lifetime; turns a batch of records into output rows (JSON, "" for skipped).

    An engine that fails to load is not raised here (Ray would bury the message in its own errors): the
    actor answers with a `fatal` message instead, and the driver stops with it.
    """

    def __init__(self, engine_factory: Callable[[], Summariser], options: SummaryOptions, batch_size: int) -> None:
        self.engine: Summariser | None = None
        self.error: ArsumError | None = None
        try:
            self.engine = engine_factory()
            check_options(self.engine, options)
        except ArsumError as error:  # reported through the first batch: the driver stops with this message
            if self.engine is not None:
                self.engine.close()
            self.engine, self.error = None, error
        self.options = options
        self.batch_size = batch_size
        self.cache = OutcomeCache()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        if self.engine is None:
            return {"id": [""], "row": [""], "fatal": [self.error.message if self.error else "no engine"]}
        skips = [bool(skip) for skip in batch["skip"]]
        records = [SourceRecord.from_json(str(line)) for line in batch["record"]]
        live = [record for record, skip in zip(records, skips, strict=True) if not skip]
        rows = iter(summarise_records(self.engine, live, self.options, self.batch_size, self.cache))
        return {"id": [record.id for record in records],
                "row": ["" if skip else json.dumps(next(rows), ensure_ascii=False) for skip in skips],
                "fatal": [""] * len(records)}


def start_ray(settings: RaySettings) -> bool:
    """Connect to (or start) Ray; True when this call started it and must shut it down."""
    import ray

    if ray.is_initialized():
        return False
    if settings.address == LOCAL:
        os.environ.setdefault("RAY_AUTH_MODE", "disabled")
        ray.init(num_cpus=settings.cpus or os.cpu_count(), include_dashboard=False, logging_level=logging.WARNING,
                 configure_logging=False)
    else:
        ray.init(address=settings.address, logging_level=logging.WARNING, configure_logging=False)
    return True


def _pool_size(settings: RaySettings) -> int:
    import ray

    if settings.actors:
        return settings.actors
    by_cpu = int(ray.cluster_resources().get("CPU", 1) // max(settings.cpus_per_actor, 1e-9))
    if settings.gpus_per_actor:
        by_gpu = int(ray.cluster_resources().get("GPU", 0) // settings.gpus_per_actor)
        return max(1, min(by_cpu, by_gpu))
    return max(1, by_cpu)


def build_dataset(job: ArchiveJob, settings: RaySettings, done_ids: frozenset[str]) -> Any:
    import ray
    from ray.data import ActorPoolStrategy

    units = [{"unit": unit.to_json()} for unit in read_units(list(job.inputs))]
    dataset: ray.data.Dataset = ray.data.from_items(units, override_num_blocks=max(1, len(units)))
    # Reading holds no CPU reservation: the actors may hold every CPU, and reading must still go on.
    dataset = dataset.map_batches(
        _read_stage,  # type: ignore[arg-type]  # ray's stub wants fn(batch); fn_kwargs supply the rest
        batch_size=1, num_cpus=0, batch_format="numpy",
        fn_kwargs={"fields": job.fields, "done": [ray.put(done_ids)], "chunk_size": job.chunk_size},
    )
    return dataset.map_batches(
        SummariserActor, batch_size=job.chunk_size, batch_format="numpy",
        compute=ActorPoolStrategy(size=_pool_size(settings)),
        fn_constructor_kwargs={"engine_factory": job.engine_factory, "options": job.options,
                               "batch_size": job.batch_size},
        num_cpus=settings.cpus_per_actor, num_gpus=settings.gpus_per_actor or None,
    )


@contextlib.contextmanager
def data_context() -> Iterator[None]:
    """Ray Data settings for the datasets built inside (each dataset keeps a copy); restored after."""
    from ray.data import DataContext

    if not logging.getLogger().isEnabledFor(logging.INFO):  # Ray Data's plan and stage logs only with -v
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    context = DataContext.get_current()
    changes = {
        "enable_progress_bars": False, "enable_operator_progress_bars": False,  # the sink draws the one display
        # Ray packs a task's output into blocks of up to 128 MB and one block goes to one actor: small
        # blocks give every actor work, even from a single input file.
        "target_max_block_size": BLOCK_BYTES,
    }
    saved = {name: getattr(context, name) for name in changes}
    for name, value in changes.items():
        setattr(context, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(context, name, value)


def write_batches(batches: Iterable[dict[str, Any]], sink: ArchiveSink) -> None:
    for batch in batches:
        failures = [str(message) for message in batch["fatal"] if message]
        if failures:
            raise EngineStartError(failures[0])
        rows = []
        for record_id, row in zip(batch["id"], batch["row"], strict=True):
            if sink.claim(str(record_id)) and row:  # an empty row: already written, counted by claim()
                rows.append(json.loads(str(row)))
        sink.write(rows)


def run_on_ray(job: ArchiveJob, settings: RaySettings, progress: Progress | None = None) -> ArchiveReport:
    """Summarise on Ray Data; rows arrive at the driver in chunks and are written as in the local run."""
    import ray

    check_job(job)
    progress = progress or Progress(enabled=False)
    started_here = start_ray(settings)
    try:
        sink = ArchiveSink(job, progress)
        try:
            with data_context():
                dataset = build_dataset(job, settings, sink.previous)
            write_batches(dataset.iter_batches(batch_size=job.chunk_size, batch_format="numpy"), sink)
        finally:
            report = sink.close()
    finally:
        if started_here:
            ray.shutdown()
    return report
