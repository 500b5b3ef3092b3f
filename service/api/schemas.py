"""Request and response bodies of the HTTP API (they also make the OpenAPI page at /docs)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, StrictStr, field_validator

from service.digest import Digest, Task
from service.options import Limits, SummaryOptions, build_options

EXAMPLE_ARTICLE = (
    "افتتاح محطة جديدة لتحلية المياه بالطاقة الشمسية\n"
    "افتتح وزير المياه اليوم محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية على ساحل البحر الأحمر. "
    "وتنتج المحطة 300 ألف متر مكعب يوميا تكفي لنحو مليون نسمة.\n"
    "وقال مدير المشروع إن الطاقة الشمسية تغطي ثلثي احتياجات التشغيل."
)


def _not_a_boolean(value: Any) -> Any:
    """JSON `true` would otherwise become 1 (and `false` 0) in a number field."""
    if isinstance(value, bool):
        raise ValueError("a number is needed, not true or false")
    return value


WholeNumber = Annotated[int, BeforeValidator(_not_a_boolean)]
Number = Annotated[float, BeforeValidator(_not_a_boolean)]


class DecodingRequest(BaseModel):
    """Neural decoding knobs; values above the server's limits are lowered to them."""

    model_config = ConfigDict(extra="forbid")

    # The bounds below are checked by `build_options` (422 bad_option, the same for every way in); the schema
    # states them so that generated clients know them. Values above a server limit are lowered, not refused.
    num_beams: WholeNumber | None = Field(None, description="beam size (clamped to the server's max_beams)",
                                  json_schema_extra={"minimum": 1})
    max_new_tokens: WholeNumber | None = Field(None, description="generation length cap (clamped to max_new_tokens)",
                                       json_schema_extra={"minimum": 1})
    length_penalty: Number | None = Field(None, description="between -5 and 5",
                                         json_schema_extra={"minimum": -5, "maximum": 5})
    no_repeat_ngram_size: WholeNumber | None = Field(None, description="0 or more (above 10 is lowered to 10)",
                                             json_schema_extra={"minimum": 0})
    constrain_numbers: StrictBool | None = Field(
        None, description="ban digits the article does not write while generating (fewer invented numbers)")


class TaskRequest(BaseModel):
    """What to produce; every field is optional."""

    model_config = ConfigDict(extra="forbid")

    tasks: list[Task] | None = Field(None, description="any of headline, bullets, summary (default: all three)",
                                     json_schema_extra={"minItems": 1})
    max_bullets: WholeNumber | None = Field(None,
                                            description="teaser bullets, 1 to the server's max_bullets (default 4)",
                                            json_schema_extra={"minimum": 1})
    summary_sentences: WholeNumber | None = Field(None, description="summary sentences, 1-3 (more are lowered to 3)",
                                          json_schema_extra={"minimum": 1})
    summary_words: WholeNumber | None = Field(None, description="summary word budget, at least 5",
                                      json_schema_extra={"minimum": 5})
    engine: str | None = Field(None, description="a loaded engine (see /v1/info); default: the server's")
    options: DecodingRequest | None = Field(None, description="decoding options for neural engines")
    faithfulness: Literal["flag", "repair", "refuse"] | None = Field(
        None, description="text the article does not support: flag (report it in `checks`), repair (the "
                          "extractive engine's text for that slot, listed in `repaired`) or refuse (422 "
                          "unsupported_output); default: the server's (see /v1/info)")

    def summary_options(self, limits: Limits, faithfulness: str) -> SummaryOptions:
        """Validated against the server limits: nonsense is a BadOptionError (422), too-large is clamped.
        `faithfulness` is the server's policy, used when the request names none."""
        return build_options(
            limits, tasks=None if self.tasks is None else [task.value for task in self.tasks],
            max_bullets=self.max_bullets, summary_sentences=self.summary_sentences,
            summary_words=self.summary_words,
            decoding=None if self.options is None else self.options.model_dump(exclude_none=True),
            faithfulness=self.faithfulness or faithfulness,
        )


class SummarizeRequest(TaskRequest):
    text: str = Field(..., description="the article: plain text or HTML, up to the server's max_chars",
                      examples=[EXAMPLE_ARTICLE])


class BatchItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: StrictStr | StrictInt = Field(..., description="your identifier (a string or a whole number), returned "
                                      "with the item's result")
    text: str = Field(..., description="the article: plain text or HTML; an empty one, or one over the server's "
                      "max_chars, gets its own error in the results (the other items are served)")

    @field_validator("id")
    @classmethod
    def _valid_unicode(cls, value: str | int) -> str | int:
        """The id is echoed back: a lone surrogate could not be written as UTF-8 JSON."""
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("the id is not valid Unicode (it holds a lone surrogate)") from None
        return value


class BatchRequest(TaskRequest):
    items: list[BatchItem] = Field(..., min_length=1, description="articles sharing the same options")


class ErrorDetail(BaseModel):
    code: str = Field(..., description="stable machine-readable code, e.g. not_arabic, overloaded")
    message: str = Field(..., description="what went wrong, readable by a person")
    request_id: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


class ItemResult(BaseModel):
    id: str | int
    digest: Digest | None = None
    error: ErrorDetail | None = None


class BatchResponse(BaseModel):
    results: list[ItemResult]


class HealthResponse(BaseModel):
    status: str


class ReadyResponse(BaseModel):
    status: str = Field(..., description="ready, or degraded when an engine failed to load (the others serve)")
    engines: list[str] = Field(..., description="engines loaded and serving")
    default_engine: str = Field(..., description="the engine of requests that name none")
    failed: dict[str, str] = Field(default_factory=dict, description="engines that failed to load, and why")


def state_server_limits(document: dict[str, Any], max_chars: int, max_batch_items: int) -> dict[str, Any]:
    """The OpenAPI document with the limits this server enforces from its settings (article length, items per
    batch), so that generated clients do not send what is refused. (A batch item's text is not limited here:
    a bad item gets its own error and the others are served.)"""
    schemas = document["components"]["schemas"]
    schemas["SummarizeRequest"]["properties"]["text"].update(minLength=1, maxLength=max_chars)
    schemas["BatchRequest"]["properties"]["items"]["maxItems"] = max_batch_items
    return document


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer."""
    return {status: {"model": ErrorResponse} for status in statuses}
