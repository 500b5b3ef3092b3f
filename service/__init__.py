"""arsum's runtime: the text core, the engines, and the ways in (CLI, HTTP API, archives)."""

from __future__ import annotations

from importlib import metadata


def package_version() -> str:
    """The installed arsum version; "0+unknown" when this checkout is imported without being installed."""
    try:
        return metadata.version("arsum")
    except metadata.PackageNotFoundError:
        return "0+unknown"
