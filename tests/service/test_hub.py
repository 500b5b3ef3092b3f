"""A hub id when the hub cannot be reached: one line within seconds, or the local cache when the model is there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.arabic_samples import NEWS_PAGE

UNREACHABLE_HUB = "http://127.0.0.1:9"  # nothing listens on the discard port: connections are refused at once


def summarise_with_hub_id(model: str, hf_home: Path) -> tuple[subprocess.CompletedProcess[bytes], float]:
    env = {**os.environ, "HF_HOME": str(hf_home), "HF_ENDPOINT": UNREACHABLE_HUB}
    env.pop("HF_HUB_OFFLINE", None)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "service.cli", "summarize", "-", "--engine", "seq2seq",
                             "--model", model, "--tasks", "headline"], input=NEWS_PAGE.encode(), env=env,
                            capture_output=True, timeout=120)
    return result, time.monotonic() - started


def test_an_unreachable_hub_fails_in_seconds_with_one_line(tmp_path: Path) -> None:
    result, seconds = summarise_with_hub_id("arsum-tests/no-such-model", tmp_path / "hf")
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1, err
    assert "cannot reach the Hugging Face hub" in err and "'arsum-tests/no-such-model'" in err
    assert "Retrying" not in err and "Traceback" not in err
    assert seconds < 40  # imports of torch and transformers included; the hub is asked once, no retries


@pytest.mark.slow  # a second process importing torch and transformers: ~45 s on a busy 2-core machine
def test_a_cached_hub_model_loads_from_the_cache_when_the_hub_is_unreachable(tmp_path: Path,
                                                                           tiny_bundle: Path) -> None:
    snapshot = tmp_path / "hf" / "hub" / "models--arsum-tests--tiny" / "snapshots" / "0123abcd"
    shutil.copytree(tiny_bundle, snapshot)
    (snapshot.parents[1] / "refs").mkdir()
    (snapshot.parents[1] / "refs" / "main").write_text("0123abcd")
    result, _ = summarise_with_hub_id("arsum-tests/tiny", tmp_path / "hf")
    assert result.returncode == 0, result.stderr.decode()
    digest = json.loads(result.stdout)
    assert digest["engine"] == "seq2seq" and digest["model"] == "arsum-tests/tiny"
    assert "Retrying" not in result.stderr.decode()
