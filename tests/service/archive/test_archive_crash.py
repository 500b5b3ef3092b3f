"""Crash safety: `arsum batch` killed with SIGKILL mid-run, then rerun, yields every input id exactly once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from service.archive import read_rows
from tests.service.archive.samples import make_articles, write_jsonl

ARTICLES = 1500
KILLS = 3


def output_size(path: Path) -> int:
    if path.is_dir():
        return sum(size_or_zero(part) for part in path.iterdir())
    return size_or_zero(path)


def size_or_zero(path: Path) -> int:
    """A part being written may be renamed between listing and stat."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def assert_no_torn_or_repeated_row(path: Path) -> None:
    """What a killed run leaves: whole rows, each id once; at most one torn JSONL tail (cut on resume)."""
    if path.suffix == ".jsonl" and path.exists():
        lines = path.read_bytes().split(b"\n")
        ids = [json.loads(line)["id"] for line in lines[:-1]]
        assert len(ids) == len(set(ids))
    elif path.is_dir():
        ids = [row["id"] for row in read_rows(path)]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.parquet"])
def test_sigkill_at_random_moments_then_resume_gives_every_id_once(tmp_path: Path, out_name: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", make_articles(ARTICLES))
    output = tmp_path / out_name
    command = [sys.executable, "-m", "service.cli", "batch", str(source), "-o", str(output), "--quiet",
               "--chunk-size", "12"]
    chance = random.Random(7)
    kills = 0
    for _ in range(KILLS + 1):
        before = output_size(output)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if kills < KILLS:
            deadline = time.monotonic() + 60
            while output_size(output) <= before and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)  # wait until this run has written something, then kill it soon after
            time.sleep(chance.uniform(0, 0.05))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                kills += 1
        _, err = process.communicate(timeout=120)
        assert_no_torn_or_repeated_row(output)
        if process.returncode == 0:
            break
        assert process.returncode == -signal.SIGKILL, err.decode()
    assert kills >= 1, "the run finished before it could be killed: make the input larger"
    ids = Counter(row["id"] for row in read_rows(output))
    assert ids == Counter(article["id"] for article in make_articles(ARTICLES))
    assert all(row["error"] is None and row["headline"] for row in read_rows(output))
