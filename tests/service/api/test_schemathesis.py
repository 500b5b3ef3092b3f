"""Schemathesis (`--checks all`) against a live server finds nothing: no 5xx, every answer as the schema says,
every schema-violating request refused. Slow (a minute or two) and needs `pip install schemathesis`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.service.api.helpers import live_server, make_settings

REPO = Path(__file__).resolve().parents[3]
SCHEMATHESIS = shutil.which("schemathesis", path=str(Path(sys.executable).parent))


@pytest.mark.slow
@pytest.mark.skipif(SCHEMATHESIS is None, reason="schemathesis not installed (pip install schemathesis)")
def test_schemathesis_finds_no_failure() -> None:
    with live_server(make_settings()) as base:
        result = subprocess.run([str(SCHEMATHESIS), "run", f"{base}/openapi.json", "--checks", "all",
                                 "--max-examples", "200", "--seed", "11"],
                                cwd=REPO, capture_output=True, text=True, timeout=1200)  # reads schemathesis.toml
    assert result.returncode == 0, result.stdout[-5000:]
