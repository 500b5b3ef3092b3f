import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli import main
from tests.arabic_samples import ECONOMY, NEWS_PAGE


def run_cli(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_summarize_file_prints_a_digest_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(NEWS_PAGE, encoding="utf-8")
    assert main(["summarize", str(article)]) == 0
    digest = json.loads(capsys.readouterr().out)
    assert digest["engine"] == "extractive" and digest["headline"] and 3 <= len(digest["bullets"]) <= 5
    assert set(digest) == {"headline", "bullets", "summary", "engine", "model", "input", "timings_ms", "checks",
                           "repaired"}
    assert digest["checks"] == [] and digest["repaired"] == []


def test_summarize_stdin_as_text() -> None:
    result = run_cli(["summarize", "-", "--format", "text", "--tasks", "headline,summary"], ECONOMY.encode())
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "العنوان:" in out and "الملخص:" in out and "أبرز النقاط:" not in out


@pytest.mark.parametrize(
    ("stdin", "args", "message"),
    [
        (b"", [], "empty"),
        (b"Only English words in this article, nothing else.", [], "does not look like Arabic"),
        (b"\xd8\xa7\xff\xfe", [], "not valid UTF-8"),
        (ECONOMY.encode(), ["--tasks", "title"], "unknown task"),
        (ECONOMY.encode(), ["--max-bullets", "0"], "max_bullets must be at least 1"),
        (ECONOMY.encode(), ["--beams", "-1"], "num_beams must be at least 1"),
    ],
)
def test_errors_are_one_clear_line_and_exit_2(stdin: bytes, args: list[str], message: str) -> None:
    result = run_cli(["summarize", "-", *args], stdin)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_file_exits_1_without_traceback(tmp_path: Path) -> None:
    result = run_cli(["summarize", str(tmp_path / "missing.txt")])
    assert result.returncode == 1 and "No such file" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_info_lists_engines_and_limits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["engines"]["extractive"] is True and info["limits"]["max_chars"] > 0
    assert info["default_engine"] == "extractive"


def test_usage_error_exits_2() -> None:
    assert run_cli(["summarize"]).returncode == 2


@pytest.mark.timeout(120)
def test_an_endless_input_is_refused_without_reading_it_whole() -> None:
    result = run_cli(["summarize", "/dev/zero"])  # it once read until killed (300 MB took 610 MB of memory)
    assert result.returncode == 2 and "the input is over 800,003 bytes" in result.stderr.decode()


BLOCK_AND_RUN = ("import sys; sys.modules.update(dict.fromkeys(sys.argv[1].split(','))); "
                 "from {module} import main; sys.exit(main(sys.argv[2:]))")


@pytest.mark.parametrize(("blocked", "cli", "args", "extra"), [
    ("uvicorn,fastapi", "service.cli", ["serve", "--port", "1"], "serve"),
    ("pyarrow", "service.cli", ["batch", "IN", "-o", "OUT/out.parquet", "--quiet"], "parquet"),
    ("ray", "service.cli", ["batch", "IN", "-o", "OUT/out.jsonl", "--quiet", "--ray"], "distributed"),
    ("sacrebleu", "training.cli", ["evaluate", "--data", "IN"], "train"),
])
def test_a_missing_extra_is_one_line_naming_it(tmp_path: Path, blocked: str, cli: str, args: list[str],
                                               extra: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ECONOMY, "title": "عنوان", "summary": "ملخص"}) + "\n")
    args = [arg.replace("IN", str(source)).replace("OUT", str(tmp_path)) for arg in args]
    result = subprocess.run([sys.executable, "-c", BLOCK_AND_RUN.format(module=cli), blocked, *args],
                            capture_output=True, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1, err
    assert f"pip install 'arsum[{extra}]'" in err and "Traceback" not in err


def test_faithfulness_policies_on_a_random_bundle(tmp_path: Path, tiny_bundle: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ECONOMY, encoding="utf-8")
    model = ["--engine", "seq2seq", "--model", str(tiny_bundle), "--threads", "1"]
    assert main(["summarize", str(article), *model, "--format", "text"]) == 0
    assert "غير مدعوم في المقال:" in capsys.readouterr().out  # flag (the default) lists the findings
    assert main(["summarize", str(article), *model, "--format", "text", "--faithfulness", "repair"]) == 0
    out = capsys.readouterr().out
    assert "استبدل بنص المقال: headline" in out and "غير مدعوم في المقال:" not in out
    assert main(["summarize", str(article), *model, "--faithfulness", "refuse"]) == 2
    assert "arsum: error: the generated text is not supported by the article: headline:" in capsys.readouterr().err
