"""What the seq2seq and ctranslate2 engines share: planning sources, batching per task, de-duplication, Digests.

An engine subclass only loads its model and implements `generate(batch, settings) -> token ids`; the rest
(source selection, one batched call per task across all articles, post-processing) is the same code, so
both engines give the same Digest for the same token ids.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

from service.article import Article
from service.bundle import BundleSpec, TaskSpec, check_bundle_files, is_local_folder
from service.digest import Digest, Task
from service.engines.constraints import NumberPieces
from service.engines.planning import repeats
from service.engines.source import TokenCounter, build_bullet_sources, build_source, encode_source, token_counter
from service.errors import BundleError
from service.options import DecodingOptions, Limits, SummaryOptions
from service.text import first_words, normalize_for_metrics, split_sentences

TASK_ORDER = (Task.HEADLINE, Task.SUMMARY, Task.BULLETS)
MAX_SUMMARY_SENTENCES = 3


@dataclass(frozen=True)
class GenerationSettings:
    """Resolved decoding settings for one generate call (bundle defaults, client options, server limits)."""

    num_beams: int
    max_new_tokens: int
    min_new_tokens: int
    length_penalty: float
    no_repeat_ngram_size: int


def resolve_settings(spec: TaskSpec, requested: DecodingOptions, limits: Limits) -> GenerationSettings:
    """Client options override the bundle's defaults; both are clamped to the server limits."""
    merged = DecodingOptions(
        num_beams=requested.num_beams or spec.num_beams,
        max_new_tokens=requested.max_new_tokens or spec.max_new_tokens,
        length_penalty=spec.length_penalty if requested.length_penalty is None else requested.length_penalty,
        no_repeat_ngram_size=spec.no_repeat_ngram_size if requested.no_repeat_ngram_size is None
        else requested.no_repeat_ngram_size,
    ).clamped(limits)
    max_new = int(merged.max_new_tokens or spec.max_new_tokens)
    return GenerationSettings(num_beams=int(merged.num_beams or 1), max_new_tokens=max_new,
                              min_new_tokens=min(spec.min_new_tokens, max_new),
                              length_penalty=float(merged.length_penalty or 0.0),
                              no_repeat_ngram_size=int(merged.no_repeat_ngram_size or 0))


@dataclass
class _Plan:
    """The sources of one article: task -> list of (token ids, truncated); and the token ids it may not
    generate (`constrain_numbers`: digits the article does not write)."""

    sources: dict[Task, list[tuple[list[int], bool]]]
    banned: list[int] = field(default_factory=list)

    def input_report(self) -> tuple[bool, int]:
        main = [s for task in (Task.HEADLINE, Task.SUMMARY) for s in self.sources.get(task, [])]
        considered = main or self.sources.get(Task.BULLETS, [])
        return any(cut for _, cut in considered), max((len(ids) for ids, _ in considered), default=0)


def load_tokenizer(source: str | Path, local_only: bool = False) -> Any:
    """The bundle's tokenizer, with a BundleError (not a transformers traceback) when it cannot be loaded.
    `local_only`: a hub id read from the local cache alone (`service.hub.local_files_only`)."""
    from transformers import AutoTokenizer

    if is_local_folder(source):
        check_bundle_files(Path(source).expanduser())
    try:
        return AutoTokenizer.from_pretrained(str(source), local_files_only=local_only)
    except (OSError, ValueError, TypeError) as error:
        raise BundleError(f"cannot load the tokenizer of {str(source)!r}: {error}") from None


def model_name(source: str | Path) -> str:
    """What the Digest names as its model: the bundle folder's name (the run's name for `RUN/bundle`, as
    `arsum-train fit` writes it), or the hub id."""
    if not is_local_folder(source):
        return str(source)
    folder = Path(source).expanduser().resolve()
    return folder.parent.name if folder.name == "bundle" and folder.parent.name else folder.name


def clean_line(text: str) -> str:
    """One line, single spaces, no trailing full stop (headline style)."""
    return " ".join(text.split()).strip().rstrip(".").strip()


def trim_summary(text: str, sentences: int | None, words: int) -> str:
    """At most `sentences` (None: 3) sentences and `words` words of a generated summary."""
    return first_words(" ".join(split_sentences(" ".join(text.split()))[:sentences or MAX_SUMMARY_SENTENCES]), words)


def deduplicate(lines: list[str], headline: str | None) -> list[str]:
    """Drop empty lines and lines repeating an earlier one or the headline; keeps at least one line if any."""
    kept: list[str] = []
    seen = [headline] if headline else []
    for line in lines:
        if not line:
            continue
        same = any(normalize_for_metrics(line) == normalize_for_metrics(other) for other in seen) or repeats(line, seen)
        if not same:
            kept.append(line)
            seen.append(line)
    if not kept:
        kept = [line for line in lines if line][:1]
    return kept


class NeuralEngine:
    """Base of the seq2seq and ctranslate2 engines; subclasses set `name` and implement `generate`."""

    name = "neural"

    def __init__(self, source: str | Path, spec: BundleSpec, tokenizer: Any, limits: Limits) -> None:
        self.source = str(source)
        self.spec = spec
        self.tokenizer = tokenizer
        self.limits = limits
        self.model: str | None = model_name(source)
        self._number_pieces: NumberPieces | None = None

    def generate(self, batch: list[list[int]], settings: GenerationSettings,
                 banned: list[list[int]] | None = None) -> list[list[int]]:
        """Output token ids (special tokens allowed) for a batch of input ids, in order; `banned`: per input,
        token ids it must not generate."""
        raise NotImplementedError

    def check_options(self, options: SummaryOptions) -> None:
        """BadOptionError for a task the bundle was not trained for, before any article is read."""
        for task in options.tasks:
            self.spec.task_spec(task)

    def banned_ids(self, article: Article) -> list[int]:
        """Pieces writing digits that the article's numbers do not contain (the vocabulary is scanned once)."""
        if self._number_pieces is None:
            self._number_pieces = NumberPieces(self.tokenizer)
        return self._number_pieces.banned_ids(article.text)

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        started = time.perf_counter()
        tasks = [task for task in TASK_ORDER if task in options.tasks]
        specs = {task: self.spec.task_spec(task) for task in tasks}
        count = token_counter(self.tokenizer)
        plans = [self._plan(article, specs, count, options.max_bullets) for article in articles]
        if options.decoding.constrain_numbers:
            for plan, article in zip(plans, articles, strict=True):
                plan.banned = self.banned_ids(article)
        timings = {"select": _ms_since(started)}
        outputs: dict[Task, list[list[str]]] = {}
        for task in tasks:
            started = time.perf_counter()
            settings = resolve_settings(specs[task], options.decoding, self.limits)
            outputs[task] = self._generate_task(plans, task, settings)
            timings[task.value] = _ms_since(started)
        return [self._digest(article, plan, index, outputs, options, timings)
                for index, (article, plan) in enumerate(zip(articles, plans, strict=True))]

    def _plan(self, article: Article, specs: dict[Task, TaskSpec], count: TokenCounter, max_bullets: int) -> _Plan:
        sources: dict[Task, list[tuple[list[int], bool]]] = {}
        for task, spec in specs.items():
            texts = (build_bullet_sources(article, spec, count, max_bullets) if task is Task.BULLETS
                     else [build_source(article, task, spec, count)])
            sources[task] = []
            for text, dropped in texts:
                ids, cut = encode_source(self.tokenizer, text, spec.max_source_tokens)
                sources[task].append((ids, dropped or cut))
        return _Plan(sources)

    def _generate_task(self, plans: list[_Plan], task: Task, settings: GenerationSettings) -> list[list[str]]:
        """One generate call for all sources of a task across the articles; decoded lines per article."""
        batch = [ids for plan in plans for ids, _ in plan.sources[task]]
        banned = [plan.banned for plan in plans for _ in plan.sources[task]]
        generated = self.generate(batch, settings, banned) if any(banned) else self.generate(batch, settings)
        decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
        lines: list[list[str]] = []
        position = 0
        for plan in plans:
            size = len(plan.sources[task])
            lines.append(decoded[position:position + size])
            position += size
        return lines

    def _digest(self, article: Article, plan: _Plan, index: int, outputs: dict[Task, list[list[str]]],
                options: SummaryOptions, timings: dict[str, float]) -> Digest:
        headline = clean_line(outputs[Task.HEADLINE][index][0]) if Task.HEADLINE in outputs else None
        bullets = summary = None
        if Task.BULLETS in outputs:
            bullets = deduplicate([clean_line(line) for line in outputs[Task.BULLETS][index]], headline)
        if Task.SUMMARY in outputs:
            summary = trim_summary(outputs[Task.SUMMARY][index][0], options.summary_sentences, options.summary_words)
        truncated, source_tokens = plan.input_report()
        info = replace(article.info, truncated=truncated, source_tokens=source_tokens)
        return Digest(headline=headline, bullets=bullets, summary=summary, engine=self.name, model=self.model,
                      input=info, timings_ms=dict(timings))

    def close(self) -> None:
        """Release the model; subclasses drop their references."""


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
