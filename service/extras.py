"""Optional dependencies: which extra of the package brings a missing module, so that a command says what to
install (one line, exit 2) instead of a ModuleNotFoundError traceback."""

from __future__ import annotations

from typing import Mapping

from service.errors import ArsumError

# What `arsum` needs beyond the standard library, by top-level module.
SERVICE_EXTRAS: Mapping[str, str] = {
    **dict.fromkeys(("fastapi", "fastapi_offline", "starlette", "uvicorn", "pydantic", "pydantic_settings",
                     "prometheus_client", "yaml", "h11"), "serve"),
    "pyarrow": "parquet",
    "ray": "distributed",
    **dict.fromkeys(("torch", "transformers", "sentencepiece", "safetensors", "google"), "neural"),
    "ctranslate2": "fast",
}
# `arsum-train` needs the `train` extra for all of it.
TRAINING_EXTRAS: Mapping[str, str] = {
    **dict.fromkeys(SERVICE_EXTRAS, "train"),
    **dict.fromkeys(("accelerate", "datasets", "sacrebleu", "matplotlib"), "train"),
}


class MissingExtraError(ArsumError):
    code = "missing_extra"


def missing_extra(error: ModuleNotFoundError, extras: Mapping[str, str], what: str) -> MissingExtraError | None:
    """The one-line error for a module an extra provides; None for any other module (a real bug: re-raise).

    >>> missing_extra(ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn"), SERVICE_EXTRAS,
    ...               "arsum serve").message
    "arsum serve needs the 'serve' extra (the package uvicorn is not installed): pip install 'arsum[serve]'"
    """
    module = (error.name or "").split(".")[0]
    extra = extras.get(module)
    if extra is None:
        return None
    return MissingExtraError(f"{what} needs the '{extra}' extra (the package {module} is not installed): "
                             f"pip install 'arsum[{extra}]'")
