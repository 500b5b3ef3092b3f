"""Engines behind one interface. Importing this package imports neither torch nor FastAPI."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from service.engines.base import Summariser
from service.errors import EngineUnavailableError
from service.options import Limits

log = logging.getLogger(__name__)
ENGINE_NAMES = ("extractive", "seq2seq", "ctranslate2")
AUTO = "auto"
PACKAGE_HINTS = {"seq2seq": "pip install 'arsum[neural]'", "ctranslate2": "pip install 'arsum[fast]'"}


def engine_packages_installed(name: str) -> bool:
    """Whether the Python packages an engine needs are importable (without importing them)."""
    needs = {"extractive": [], "seq2seq": ["torch", "transformers"], "ctranslate2": ["ctranslate2", "transformers"]}
    return all(importlib.util.find_spec(module) is not None for module in needs[name])


def choose_engine(model: str | Path | None) -> str:
    """What `auto` means for a model: ctranslate2 (converted bundle) > seq2seq > extractive."""
    from service.engines.ct2 import converted_model_dir

    if model is None:
        return "extractive"
    if engine_packages_installed("ctranslate2") and converted_model_dir(model) is not None:
        return "ctranslate2"
    if engine_packages_installed("seq2seq"):
        return "seq2seq"
    log.warning("model %s given, but neither ctranslate2 (converted) nor torch+transformers is available: "
                "using the extractive engine", model)
    return "extractive"


def load_engine(name: str = "extractive", model: str | Path | None = None, limits: Limits | None = None,
                **engine_options: object) -> Summariser:
    """Load an engine by name (or `auto`). Neural engines need `model` (a bundle folder or a hub id) and take
    `device` ("cpu", "cuda", "cuda:N") and `threads`; the extractive engine ignores them and takes
    `writer_model` (a writer model file, or a folder holding `writer-model.json.gz`; default: the shipped one)."""
    limits = limits or Limits()
    if name == AUTO:
        name = choose_engine(model)
    if name not in ENGINE_NAMES:
        raise EngineUnavailableError(f"unknown engine {name!r}; choose from: {', '.join((AUTO, *ENGINE_NAMES))}")
    if name == "extractive":
        from service.engines.extractive import ExtractiveEngine

        writer_model = engine_options.get("writer_model")
        return ExtractiveEngine(limits=limits, writer_model=writer_model)  # type: ignore[arg-type]
    if model is None:
        raise EngineUnavailableError(f"the {name} engine needs a model: a bundle folder or hub id (--model)")
    if not engine_packages_installed(name):
        raise EngineUnavailableError(f"the {name} engine needs packages that are not installed: {PACKAGE_HINTS[name]}")
    options = {key: value for key, value in engine_options.items() if value is not None and key != "writer_model"}
    if name == "seq2seq":
        from service.engines.seq2seq import Seq2SeqEngine

        return Seq2SeqEngine(model, limits=limits, **options)  # type: ignore[arg-type]
    from service.engines.ct2 import CTranslate2Engine

    return CTranslate2Engine(model, limits=limits, **options)  # type: ignore[arg-type]
