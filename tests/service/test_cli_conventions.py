"""What a shell user expects of `arsum` and `arsum-train`: --version, quiet pipes, stdout for data only, JSON logs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from service import package_version
from service.cli import BROKEN_PIPE_EXIT
from tests.arabic_samples import ECONOMY


def run(module: str, args: list[str], **options: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, timeout=120, **options)


@pytest.mark.parametrize(("module", "prog"), [("service.cli", "arsum"), ("training.cli", "arsum-train")])
def test_version(module: str, prog: str) -> None:
    result = run(module, ["--version"])
    assert result.returncode == 0 and result.stdout.decode().strip() == f"{prog} {package_version()}"


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    """`arsum info | head -1`: here the reader is gone before the first write, so every run hits the closed pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([sys.executable, "-m", "service.cli", "info"], stdout=write_end,
                                stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write_end)
    assert result.returncode == BROKEN_PIPE_EXIT and result.stderr == b""


def test_info_piped_into_head_prints_its_first_line_without_an_error() -> None:
    result = subprocess.run(f"'{sys.executable}' -m service.cli info | head -1", shell=True, capture_output=True,
                            timeout=120)
    assert result.stdout.decode().strip() == "{" and result.stderr == b""


def test_text_format_keeps_its_footer_on_stderr() -> None:
    result = run("service.cli", ["summarize", "-", "--format", "text"], input=ECONOMY.encode())
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 0 and out.startswith("العنوان:\n") and out.rstrip().splitlines()[-1]
    assert "[extractive" not in out and "ms]" not in out
    assert err.startswith("[extractive, ") and err.rstrip().endswith(" ms]")


def test_json_logs_for_the_cli(tmp_path: object) -> None:
    env = {**os.environ, "ARSUM_LOG_FORMAT": "json"}
    result = run("service.cli", ["-v", "batch", "-", "-o", f"{tmp_path}/out.jsonl", "--log-every", "0"],
                 input=json.dumps({"id": "a", "text": ECONOMY}, ensure_ascii=False).encode(), env=env)
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stderr.decode().splitlines() if line.startswith("{")]
    assert records and all({"time", "level", "logger", "message"} <= set(record) for record in records)


def test_an_unknown_log_format_in_the_environment_is_one_line() -> None:
    result = run("service.cli", ["info"], env={**os.environ, "ARSUM_LOG_FORMAT": "xml"})
    err = result.stderr.decode()
    assert result.returncode == 2 and "ARSUM_LOG_FORMAT" in err and len(err.strip().splitlines()) == 1
