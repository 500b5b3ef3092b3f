"""Settings: code defaults < YAML file < ARSUM_* environment < explicit overrides; never built at import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from service.api.settings import ServeSettings, SettingsError
from service.options import Limits

REPO = Path(__file__).resolve().parents[3]
SERVE_YAML = REPO / "configs" / "serve.yaml"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith("ARSUM_")]:
        monkeypatch.delenv(name)


def test_shipped_yaml_names_every_setting_with_the_code_defaults() -> None:
    data = yaml.safe_load(SERVE_YAML.read_text(encoding="utf-8"))
    assert set(data) == set(ServeSettings.model_fields)
    assert ServeSettings.load(SERVE_YAML) == ServeSettings()
    assert ServeSettings().limits() == Limits()


def test_yaml_then_environment_then_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "serve.yaml"
    config.write_text("port: 9001\nmax_batch_size: 4\nmax_beams: 2\ncors_origins: [https://a.example]\n")
    settings = ServeSettings.load(config)
    assert (settings.port, settings.max_batch_size, settings.cors_origins) == (9001, 4, ["https://a.example"])
    assert settings.limits().max_beams == 2
    monkeypatch.setenv("ARSUM_PORT", "9002")
    monkeypatch.setenv("ARSUM_API_KEYS", "k1, k2")
    settings = ServeSettings.load(config, port=None, host="127.0.0.2")
    assert (settings.port, settings.host, settings.max_batch_size) == (9002, "127.0.0.2", 4)
    assert settings.api_key_values() == [b"k1", b"k2"] and "k1" not in repr(settings)
    assert ServeSettings.load(config, port=9003).port == 9003


def test_config_file_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "other.yaml"
    config.write_text("engine: seq2seq\nmodel: /models/news\n")
    monkeypatch.setenv("ARSUM_CONFIG", str(config))
    settings = ServeSettings.load()
    assert (settings.engine, settings.model) == ("seq2seq", "/models/news")


@pytest.mark.parametrize(("content", "words"), [
    ("port: 99999\n", "port"),
    ("max_batch_size: 0\n", "max_batch_size"),
    ("max_bach_size: 4\n", "max_bach_size"),
    ("log_level: chatty\n", "log_level"),
    ("max_queue: 8\nmax_batch_items: 9\n", "max_batch_items"),
])
def test_bad_settings_are_one_clear_error(tmp_path: Path, content: str, words: str) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text(content)
    with pytest.raises(SettingsError, match=words):
        ServeSettings.load(config)


def test_a_bad_value_is_blamed_on_where_it_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "serve.yaml"
    config.write_text("port: 8100\nmax_batch_size: 0\n")
    monkeypatch.setenv("ARSUM_MAX_QUEUE", "many")
    with pytest.raises(SettingsError) as caught:
        ServeSettings.load(config, threads=0)
    message = caught.value.message
    assert "max_queue (from the environment variable ARSUM_MAX_QUEUE)" in message
    assert f"max_batch_size (from {config})" in message and "threads (from the command line)" in message
    assert f"max_queue (from {config})" not in message


def test_a_named_settings_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        ServeSettings.load(tmp_path / "missing.yaml")


def test_importing_the_cli_and_the_api_builds_nothing_and_service_stays_light() -> None:
    code = ("import sys, service.cli, service.engines, service.pipeline; "
            "assert 'fastapi' not in sys.modules and 'torch' not in sys.modules, 'heavy import'; "
            "import service.api; assert 'torch' not in sys.modules; "
            "from service.api import create_app, ServeSettings; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "ARSUM_PORT": "not-a-number"}, cwd=REPO)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_readme_settings_table_lists_every_setting() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("<!-- section: http -->"):readme.index("<!-- /section: http -->")]
    missing = [name for name in ServeSettings.model_fields if f"| `{name}` | `ARSUM_{name.upper()}` |" not in section]
    assert not missing, f"settings missing from the README's HTTP section: {missing}"
