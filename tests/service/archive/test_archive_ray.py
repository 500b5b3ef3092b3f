"""The Ray Data backend gives the same rows as the local run (one test: starting Ray takes a few seconds)."""

from __future__ import annotations

import json
from pathlib import Path

from service.archive import ArchiveJob, FieldMap, detect_input, read_rows, run_local
from service.archive.ray_runner import RaySettings, run_on_ray
from service.engines import load_engine
from service.options import SummaryOptions
from tests.service.archive.samples import make_articles, write_jsonl


def digests(path: Path) -> dict[str, dict]:
    rows = list(read_rows(path))
    assert len(rows) == len({row["id"] for row in rows})
    return {row["id"]: {key: value for key, value in row.items() if key != "timings_ms"} for row in rows}


def test_local_ray_with_two_cpus_gives_the_same_ids_and_digests_as_the_local_run(tmp_path: Path) -> None:
    articles = make_articles(40)
    rows = [*articles, {"id": "english", "text": "No Arabic here at all, only English words."},
            {"id": "copy", "text": articles[0]["text"]}, {"id": "n00001", "text": "duplicate id, dropped"}]
    jsonl = tmp_path / "in.jsonl"
    write_jsonl(jsonl, rows)
    with open(jsonl, "a", encoding="utf-8") as handle:
        handle.write("{broken line\n" + json.dumps({"id": "notext"}) + "\n")
    folder = tmp_path / "txt"
    folder.mkdir()
    for article in articles[:5]:
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe not utf-8")

    def job(output: str) -> ArchiveJob:
        return ArchiveJob(inputs=(detect_input(str(jsonl)), detect_input(str(folder))), output=tmp_path / output,
                          output_format="jsonl", options=SummaryOptions(), engine_factory=load_engine,
                          fields=FieldMap(), chunk_size=8)

    local = run_local(job("local.jsonl"))
    distributed = run_on_ray(job("ray.jsonl"), RaySettings(cpus=2))
    assert digests(tmp_path / "ray.jsonl") == digests(tmp_path / "local.jsonl")
    assert (distributed.written, distributed.failed, distributed.skipped_duplicate) == (
        local.written, local.failed, local.skipped_duplicate) == (50, 4, 1)
