"""`arsum info`: engines available here, package versions and limits, as JSON."""

from __future__ import annotations

import argparse
import json
import platform
from dataclasses import asdict
from importlib import metadata

from service.engines import ENGINE_NAMES, engine_packages_installed
from service.options import Limits
from service.text import NORMALISATION_SPEC

PACKAGES = ("arsum", "torch", "transformers", "ctranslate2", "fastapi", "ray")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("info", help="engines available, versions and limits")
    parser.set_defaults(func=run)


def package_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def collect_info() -> dict[str, object]:
    return {
        "engines": {name: engine_packages_installed(name) for name in ENGINE_NAMES},
        "default_engine": "extractive",
        "normalisation_spec": NORMALISATION_SPEC,
        "python": platform.python_version(),
        "versions": package_versions(),
        "limits": asdict(Limits()),
    }


def run(args: argparse.Namespace) -> int:
    print(json.dumps(collect_info(), ensure_ascii=False, indent=2))
    return 0
