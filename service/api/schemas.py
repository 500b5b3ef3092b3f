"""Request and response bodies of the HTTP API (they also make the OpenAPI page at /docs)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from service.digest import Digest, Task
from service.options import Limits, SummaryOptions, build_options

EXAMPLE_ARTICLE = (
    "افتتاح محطة جديدة لتحلية المياه بالطاقة الشمسية\n"
    "افتتح وزير المياه اليوم محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية على ساحل البحر الأحمر. "
    "وتنتج المحطة 300 ألف متر مكعب يوميا تكفي لنحو مليون نسمة.\n"
    "وقال مدير المشروع إن الطاقة الشمسية تغطي ثلثي احتياجات التشغيل."
)


class DecodingRequest(BaseModel):
    """Neural decoding knobs; values above the server's limits are lowered to them."""

    model_config = ConfigDict(extra="forbid")

    num_beams: int | None = Field(None, description="beam size (clamped to the server's max_beams)")
    max_new_tokens: int | None = Field(None, description="generation length cap (clamped to max_new_tokens)")
    length_penalty: float | None = Field(None, description="between -5 and 5")
    no_repeat_ngram_size: int | None = Field(None, description="between 0 and 10")


class TaskRequest(BaseModel):
    """What to produce; every field is optional."""

    model_config = ConfigDict(extra="forbid")

    tasks: list[Task] | None = Field(None, description="any of headline, bullets, summary (default: all three)")
    max_bullets: int | None = Field(None, description="teaser bullets, 1 to the server's max_bullets (default 4)")
    summary_sentences: int | None = Field(None, description="summary sentences, 1-3")
    summary_words: int | None = Field(None, description="summary word budget")
    engine: str | None = Field(None, description="a loaded engine (see /v1/info); default: the server's")
    options: DecodingRequest | None = Field(None, description="decoding options for neural engines")

    def summary_options(self, limits: Limits) -> SummaryOptions:
        """Validated against the server limits: nonsense is a BadOptionError (422), too-large is clamped."""
        return build_options(
            limits, tasks=None if self.tasks is None else [task.value for task in self.tasks],
            max_bullets=self.max_bullets, summary_sentences=self.summary_sentences,
            summary_words=self.summary_words,
            decoding=None if self.options is None else self.options.model_dump(exclude_none=True),
        )


class SummarizeRequest(TaskRequest):
    text: str = Field(..., description="the article: plain text or HTML, up to the server's max_chars",
                      examples=[EXAMPLE_ARTICLE])


class BatchItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | int = Field(..., description="your identifier, returned with the item's result")
    text: str


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
    status: str
    engines: list[str]


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer."""
    return {status: {"model": ErrorResponse} for status in statuses}
