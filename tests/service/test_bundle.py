"""bundle.json: round trip, validation errors that name the field, defaults for plain checkpoints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from service.bundle import (
    BUNDLE_FORMAT_VERSION,
    BundleSpec,
    TaskSpec,
    default_tasks,
    load_bundle_spec,
)
from service.digest import Task
from service.errors import BadOptionError, BundleError
from service.text import NORMALISATION_SPEC


def spec_dict(**changes: object) -> dict:
    data = BundleSpec(base_model="UBC-NLP/AraT5v2-base-1024", training={"corpus": "أخبار"}).to_dict()
    data.update(changes)
    return data


def test_round_trip_keeps_every_field() -> None:
    spec = BundleSpec(base_model="google/mt5-small", tasks={Task.HEADLINE: TaskSpec(prefix="عنوان: ", num_beams=2)},
                      training={"examples": 1200}, evaluation={"rouge1": 41.2})
    again = BundleSpec.from_json(spec.to_json())
    assert again == spec
    assert json.loads(spec.to_json())["format_version"] == BUNDLE_FORMAT_VERSION
    assert json.loads(spec.to_json())["normalisation_spec"] == NORMALISATION_SPEC


@pytest.mark.parametrize(("change", "named"), [
    ({"format_version": 99}, "format_version"),
    ({"normalisation_spec": "other-text-7"}, "normalisation_spec"),
    ({"colour": "blue"}, "colour"),
    ({"tasks": {"translate": {"prefix": "x", "max_source_tokens": 64, "max_target_tokens": 8}}}, "translate"),
    ({"tasks": {"headline": {"prefix": "x", "max_target_tokens": 8}}}, "tasks.headline.max_source_tokens"),
    ({"tasks": {"headline": {"prefix": "x", "max_source_tokens": 64, "max_target_tokens": 8, "beams": 2}}},
     "tasks.headline.beams"),
    ({"tasks": {"headline": {"prefix": "x", "max_source_tokens": 64, "max_target_tokens": 8, "num_beams": 0}}},
     "tasks.headline.num_beams"),
    ({"tasks": {}}, "tasks"),
    ({"base_model": ""}, "base_model"),
])
def test_invalid_bundle_json_names_the_field(change: dict, named: str) -> None:
    with pytest.raises(BundleError, match=named.replace(".", r"\.")):
        BundleSpec.from_dict(spec_dict(**change))


def test_missing_field_is_named() -> None:
    data = spec_dict()
    del data["tasks"]
    with pytest.raises(BundleError, match="missing field 'tasks'"):
        BundleSpec.from_dict(data)


def test_malformed_json_is_a_bundle_error(tmp_path: Path) -> None:
    (tmp_path / "bundle.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(BundleError, match="not valid JSON"):
        load_bundle_spec(tmp_path)


def test_plain_checkpoint_gets_documented_defaults(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    spec = load_bundle_spec(tmp_path)
    assert spec.tasks == default_tasks()
    assert spec.base_model == tmp_path.name


def test_hub_id_gets_defaults_without_network() -> None:
    spec = load_bundle_spec("UBC-NLP/AraT5v2-base-1024")
    assert spec.base_model == "UBC-NLP/AraT5v2-base-1024"
    assert spec.task_spec(Task.SUMMARY).prefix == "summarize: "


def test_missing_folder_and_empty_folder_are_clear(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="does not exist"):
        load_bundle_spec(tmp_path / "no" / "such")
    with pytest.raises(BundleError, match="neither an arsum bundle"):
        load_bundle_spec(tmp_path)


def test_bullets_fall_back_to_headline_and_missing_task_is_refused() -> None:
    spec = BundleSpec(base_model="m", tasks={Task.HEADLINE: TaskSpec(prefix="headline: ")})
    assert spec.task_spec(Task.BULLETS) == spec.tasks[Task.HEADLINE]
    with pytest.raises(BadOptionError, match="summary"):
        spec.task_spec(Task.SUMMARY)


def test_saved_bundle_has_all_parts(tiny_bundle: Path) -> None:
    names = {path.name for path in tiny_bundle.iterdir()}
    assert {"bundle.json", "config.json", "generation_config.json", "model.safetensors", "spiece.model"} <= names
    assert load_bundle_spec(tiny_bundle).tasks[Task.HEADLINE].prefix == "headline: "


def test_unknown_format_version_on_disk_is_refused(tiny_bundle: Path, tmp_path: Path) -> None:
    copy = Path(shutil.copytree(tiny_bundle, tmp_path / "bundle"))
    data = json.loads((copy / "bundle.json").read_text(encoding="utf-8"))
    data["format_version"] = 2
    (copy / "bundle.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BundleError, match="unknown format_version 2"):
        load_bundle_spec(copy)
