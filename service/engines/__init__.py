"""Engines behind one interface. Importing this package imports neither torch nor FastAPI."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from service.engines.base import Summariser
from service.errors import EngineUnavailableError
from service.options import Limits

ENGINE_NAMES = ("extractive", "seq2seq", "ctranslate2")
AUTO = "auto"


def engine_packages_installed(name: str) -> bool:
    """Whether the Python packages an engine needs are importable (without importing them)."""
    needs = {"extractive": [], "seq2seq": ["torch", "transformers"], "ctranslate2": ["ctranslate2", "transformers"]}
    return all(importlib.util.find_spec(module) is not None for module in needs[name])


def load_engine(name: str = "extractive", model: str | Path | None = None, limits: Limits | None = None,
                **engine_options: object) -> Summariser:
    """Load an engine by name. Neural engines need `model` (a bundle folder or a hub id)."""
    limits = limits or Limits()
    if name not in ENGINE_NAMES:
        raise EngineUnavailableError(f"unknown engine {name!r}; choose from: {', '.join(ENGINE_NAMES)}")
    if name == "extractive":
        from service.engines.extractive import ExtractiveEngine

        return ExtractiveEngine(limits=limits)
    raise EngineUnavailableError(f"engine {name!r} is not available in this build")
