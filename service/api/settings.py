"""Server settings: code defaults < configs/serve.yaml < ARSUM_* environment variables < explicit overrides.

Settings are built by `ServeSettings.load()` when a server starts (never at import time) and passed to
`create_app(settings)`.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from dataclasses import fields
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings import YamlConfigSettingsSource

from service.errors import ArsumError
from service.logs import LOG_FORMATS
from service.options import FAITHFULNESS_POLICIES, FLAG, Limits

DEFAULT_CONFIG = Path("configs/serve.yaml")
CONFIG_ENV = "ARSUM_CONFIG"
_CONFIG_FILE: ContextVar[Path | None] = ContextVar("arsum_serve_config", default=None)


class SettingsError(ArsumError):
    code = "bad_settings"


class ServeSettings(BaseSettings):
    """Everything the HTTP service can be told. Each field is also the env var `ARSUM_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="ARSUM_", extra="forbid", validate_default=True)

    host: str = Field("127.0.0.1", description="interface to listen on")
    port: int = Field(8000, ge=1, le=65535, description="TCP port")
    engine: str = Field("extractive", description="extractive, seq2seq, ctranslate2 or auto (auto needs model)")
    model: str | None = Field(None, description="bundle folder (or hub id) for neural engines")
    device: str = Field("cpu", description="cpu, cuda or cuda:N for neural engines")
    threads: int | None = Field(None, ge=1, description="CPU threads for a neural engine")
    writer_model: str | None = Field(None, description="the extractive engine's writer model file (default: shipped)")
    max_batch_size: int = Field(8, ge=1, le=256, description="articles per engine call")
    max_wait_ms: float = Field(5.0, ge=0, le=1000,
                               description="how long a neural batch waits to fill up (extractive: 0)")
    max_queue: int = Field(64, ge=1, description="articles waiting per engine before 503")
    request_timeout_s: float = Field(30.0, gt=0, description="a request still unanswered after this gets 504")
    header_timeout_s: float = Field(10.0, gt=0, description="a request's headers must arrive within this: 408 "
                                    "(an idle new connection is closed)")
    body_timeout_s: float = Field(30.0, gt=0, description="a request's body must arrive within this: 408")
    retry_after_s: int = Field(1, ge=1, description="Retry-After seconds sent with 503")
    max_body_bytes: int = Field(1_000_000, ge=1024, description="request bodies above this get 413")
    max_batch_items: int = Field(64, ge=1, description="items in one /v1/summarize/batch request")
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, description="accepted API keys, comma-separated; empty: no key needed")
    api_key_header: str = Field("X-API-Key", description="header carrying the API key")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="origins allowed by CORS, comma-separated; empty: CORS closed")
    log_level: str = Field("info", description="debug, info, warning or error")
    log_format: str = Field("text", description="text, or json: one JSON object per line, for every logger")
    access_log: bool = Field(True, description="one JSON line per request on the arsum.access logger")
    max_chars: int = Field(Limits.max_chars, ge=1, description="longest article accepted, in characters")
    min_arabic_ratio: float = Field(Limits.min_arabic_ratio, ge=0, le=1, description="share of Arabic letters")
    min_arabic_letters: int = Field(Limits.min_arabic_letters, ge=1, description="fewest Arabic letters")
    max_bullets: int = Field(Limits.max_bullets, ge=1, le=5, description="client max_bullets is clamped to this")
    max_beams: int = Field(Limits.max_beams, ge=1, le=16, description="client num_beams is clamped to this")
    max_new_tokens: int = Field(Limits.max_new_tokens, ge=1, description="client max_new_tokens is clamped")
    max_summary_words: int = Field(Limits.max_summary_words, ge=5, description="client summary_words is clamped")
    faithfulness: str = Field(FLAG, description="text the article does not support: flag (report it in checks), "
                              "repair (extractive text instead) or refuse (422); a request may choose its own")

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("faithfulness")
    @classmethod
    def _known_policy(cls, value: str) -> str:
        if value.lower() not in FAITHFULNESS_POLICIES:
            raise ValueError(f"faithfulness must be one of {', '.join(FAITHFULNESS_POLICIES)}")
        return value.lower()

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.lower() not in {"debug", "info", "warning", "error"}:
            raise ValueError("log_level must be debug, info, warning or error")
        return value.lower()

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value.lower() not in LOG_FORMATS:
            raise ValueError(f"log_format must be {' or '.join(LOG_FORMATS)}")
        return value.lower()

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        config = _CONFIG_FILE.get()
        if config is None:
            return init_settings, env_settings
        return init_settings, env_settings, YamlConfigSettingsSource(settings_cls, yaml_file=config)

    @classmethod
    def load(cls, config: str | Path | None = None, **overrides: Any) -> ServeSettings:
        """Settings from `config` (else $ARSUM_CONFIG, else ./configs/serve.yaml if present), the environment
        and `overrides` (None values are ignored, so CLI flags left unset do not hide the file or env)."""
        path = resolve_config(config)
        given = {key: value for key, value in overrides.items() if value is not None}
        token = _CONFIG_FILE.set(path)
        try:
            return cls(**given)
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(part) for part in item['loc']) or 'settings'}"
                f"{setting_source(str(item['loc'][0]), given, path) if item['loc'] else ''}: {item['msg']}"
                for item in error.errors())
            raise SettingsError(f"invalid settings: {problems}") from None
        finally:
            _CONFIG_FILE.reset(token)

    @model_validator(mode="after")
    def _batch_fits_queue(self) -> ServeSettings:
        if self.max_batch_items > self.max_queue:
            raise ValueError(f"max_batch_items ({self.max_batch_items}) must not exceed max_queue ({self.max_queue})")
        return self

    def limits(self) -> Limits:
        return Limits(**{item.name: getattr(self, item.name) for item in fields(Limits)})

    def api_key_values(self) -> list[bytes]:
        return [key.get_secret_value().encode("utf-8") for key in self.api_keys]


def setting_source(name: str, overrides: dict[str, Any], config: Path | None) -> str:
    """Where a setting's value came from, by precedence: " (from ...)", so an error blames the right place."""
    variable = f"ARSUM_{name.upper()}"
    if name in overrides:
        return " (from the command line)"
    if any(key.upper() == variable for key in os.environ):
        return f" (from the environment variable {variable})"
    if config is not None and name in _yaml_keys(config):
        return f" (from {config})"
    return ""


def _yaml_keys(config: Path) -> set[str]:
    import yaml

    try:
        loaded = yaml.safe_load(config.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return set()
    return set(loaded) if isinstance(loaded, dict) else set()


def resolve_config(config: str | Path | None) -> Path | None:
    """The YAML file to read; an explicitly named file that does not exist is an error."""
    named = config or os.environ.get(CONFIG_ENV)
    if named:
        path = Path(named)
        if not path.is_file():
            raise SettingsError(f"settings file not found: {path}")
        return path
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None
