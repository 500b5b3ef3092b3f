"""Request options and server limits, validated in one place for every way in (Python, CLI, HTTP, archive)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from service.digest import ALL_TASKS, Task
from service.errors import BadOptionError


@dataclass(frozen=True)
class Limits:
    """Server-side bounds. Client options above a bound are clamped; nonsense values are refused."""

    max_chars: int = 200_000
    min_arabic_ratio: float = 0.5
    min_arabic_letters: int = 20
    max_bullets: int = 5
    max_beams: int = 4
    max_new_tokens: int = 128
    max_summary_words: int = 120


@dataclass(frozen=True)
class DecodingOptions:
    """Neural decoding knobs; None means the bundle's default for the task."""

    num_beams: int | None = None
    max_new_tokens: int | None = None
    length_penalty: float | None = None
    no_repeat_ngram_size: int | None = None
    constrain_numbers: bool = False  # ban pieces writing digits the article does not write (neural engines)

    def clamped(self, limits: Limits) -> DecodingOptions:
        beams = None if self.num_beams is None else min(self.num_beams, limits.max_beams)
        tokens = None if self.max_new_tokens is None else min(self.max_new_tokens, limits.max_new_tokens)
        return replace(self, num_beams=beams, max_new_tokens=tokens)


# What happens to text the article does not support (see service.faithfulness): report it, replace it with
# the extractive engine's text for that slot, or refuse the article.
FLAG, REPAIR, REFUSE = "flag", "repair", "refuse"
FAITHFULNESS_POLICIES = (FLAG, REPAIR, REFUSE)


@dataclass(frozen=True)
class SummaryOptions:
    tasks: frozenset[Task] = ALL_TASKS
    max_bullets: int = 4
    summary_sentences: int | None = None  # None: as few as make a full summary (1-3)
    summary_words: int = 60
    decoding: DecodingOptions = field(default_factory=DecodingOptions)
    faithfulness: str = FLAG


def parse_policy(name: Any) -> str:
    """A faithfulness policy name; anything else is a BadOptionError naming the choices."""
    policy = str(name).strip().lower()
    if policy not in FAITHFULNESS_POLICIES:
        raise BadOptionError(f"unknown faithfulness policy {name!r}; choose from: {', '.join(FAITHFULNESS_POLICIES)}")
    return policy


def parse_tasks(names: Iterable[str] | None) -> frozenset[Task]:
    """Turn task names into the closed enum; unknown names are a BadOptionError naming them."""
    if names is None:
        return ALL_TASKS
    tasks = set()
    for name in names:
        try:
            tasks.add(Task(str(name).strip().lower()))
        except ValueError:
            allowed = ", ".join(t.value for t in Task)
            raise BadOptionError(f"unknown task {name!r}; choose from: {allowed}") from None
    if not tasks:
        raise BadOptionError("at least one task is needed")
    return frozenset(tasks)


def _int_option(name: str, value: Any, low: int, high: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise BadOptionError(f"{name} must be a whole number, got {value!r}")
    number = int(value)
    if number < low:
        raise BadOptionError(f"{name} must be at least {low}, got {number}")
    return number if high is None else min(number, high)


def _bool_option(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadOptionError(f"{name} must be true or false, got {value!r}")
    return value


def _float_option(name: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= float(value) <= high:
        raise BadOptionError(f"{name} must be a number between {low} and {high}, got {value!r}")
    return float(value)


def build_options(
    limits: Limits,
    tasks: Iterable[str] | None = None,
    max_bullets: Any = None,
    summary_sentences: Any = None,
    summary_words: Any = None,
    decoding: dict[str, Any] | None = None,
    faithfulness: Any = None,
) -> SummaryOptions:
    """Validate raw client values into SummaryOptions: refuse nonsense, clamp the too-large."""
    defaults = SummaryOptions()
    return SummaryOptions(
        tasks=parse_tasks(tasks),
        max_bullets=defaults.max_bullets if max_bullets is None
        else _int_option("max_bullets", max_bullets, 1, limits.max_bullets),
        summary_sentences=defaults.summary_sentences if summary_sentences is None
        else _int_option("summary_sentences", summary_sentences, 1, 3),
        summary_words=defaults.summary_words if summary_words is None
        else _int_option("summary_words", summary_words, 5, limits.max_summary_words),
        decoding=parse_decoding(decoding or {}, limits),
        faithfulness=defaults.faithfulness if faithfulness is None else parse_policy(faithfulness),
    )


def parse_decoding(raw: dict[str, Any], limits: Limits) -> DecodingOptions:
    known = {"num_beams", "max_new_tokens", "length_penalty", "no_repeat_ngram_size", "constrain_numbers"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise BadOptionError(f"unknown decoding option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    options = DecodingOptions(
        num_beams=None if raw.get("num_beams") is None else _int_option("num_beams", raw["num_beams"], 1, None),
        max_new_tokens=None if raw.get("max_new_tokens") is None
        else _int_option("max_new_tokens", raw["max_new_tokens"], 1, None),
        length_penalty=None if raw.get("length_penalty") is None
        else _float_option("length_penalty", raw["length_penalty"], -5.0, 5.0),
        no_repeat_ngram_size=None if raw.get("no_repeat_ngram_size") is None
        else _int_option("no_repeat_ngram_size", raw["no_repeat_ngram_size"], 0, 10),
        constrain_numbers=_bool_option("constrain_numbers", raw.get("constrain_numbers", False)),
    )
    return options.clamped(limits)
