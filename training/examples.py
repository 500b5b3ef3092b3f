"""From one corpus record to task examples (headline, summary, bullets), with the reasons others are skipped.

Every text goes through `service.article.prepare_article` (the service's one input gate), so an example's
`text` is exactly what the service would accept and format for the model.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from typing import Any

from service.article import Article, prepare_article
from service.digest import Task
from service.errors import InputError
from service.options import Limits
from service.text import (
    arabic_ratio,
    metric_tokens,
    normalize_for_model,
    remove_markup,
    split_paragraphs,
    split_sentences,
    word_count,
)
from service.text.stem import light_stem
from training.records import RawRecord

HEADLINE_WORDS = (3, 25)
SUMMARY_WORDS = (8, 80)
LEAD_SENTENCE_WORDS = (8, 60)
BULLET_WORDS = (2, 16)
MIN_SOURCE_WORDS = 30
MIN_SECTION_WORDS = 15
MIN_TARGET_ARABIC = 0.5
LEAD_COPY_MATCH = 0.9
TEASER_OVERLAP = 0.3
# Lines that end like these introduce a list or a quote ("... على ما يلي:"), they are not section headings.
LEAD_IN_ENDINGS = frozenset(
    "يلي منها من يقول قال قائلا أقول نقول الآتي التالي التالية الآتية وهي وهو فيه يأتي أن إن".split())
LEAD_COPY_MODES = ("lead", "drop")
_ENUMERATOR = re.compile(r"^(?:[-–—•*·]+|\(?[0-9٠-٩]{1,2}\s*[).\-–:]|[0-9٠-٩]{1,2}\s*[-–])\s*")


@dataclass(frozen=True)
class TaskExample:
    id: str
    article_id: str
    task: str
    text: str
    target: str
    origin: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def words_between(text: str, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= word_count(text) <= bounds[1]


def clean_target(text: str) -> str:
    """Targets are cleaned like sources (markup, normalisation), on one line.

    >>> clean_target("  العنوان\\n  &quot;الثاني&quot; ")
    'العنوان "الثاني"'
    """
    return " ".join(normalize_for_model(remove_markup(text)[0]).split())


def bullet_target(line: str) -> str:
    """A teaser or heading line without its list marker or number.

    >>> bullet_target("3- حجج الجمهور")
    'حجج الجمهور'
    """
    return _ENUMERATOR.sub("", clean_target(line)).strip()


def target_problem(target: str, bounds: tuple[int, int]) -> str | None:
    if not words_between(target, bounds):
        return "target_length"
    if arabic_ratio(target) < MIN_TARGET_ARABIC:
        return "target_not_arabic"
    return None


def is_lead_copy(summary: str, text: str) -> bool:
    """Whether a summary is the article's own opening (an RSS abstract cut from the text).

    Compared on metric tokens, so hashtags (`#كاظم_الساهر`) and letter variants do not hide a copy; the
    summary's last token may be cut mid-word, and a word or two may differ (a one-word edit of the lead is still
    the lead). An editor's paraphrase is not a copy.

    >>> is_lead_copy("قال الوزير إن الميناء سيفتح أبوابه في الربي",
    ...              "قال الوزير إن الميناء سيفتح أبوابه في الربيع. وأضاف")
    True
    >>> is_lead_copy("افتتاح الميناء في الربيع", "قال الوزير إن الميناء سيفتح أبوابه في الربيع.")
    False
    """
    summary_tokens = metric_tokens(summary)[:-1]
    if not summary_tokens:
        return False
    text_tokens = metric_tokens(text)[: len(summary_tokens) + 10]
    if text_tokens[: len(summary_tokens)] == summary_tokens:
        return True
    matcher = SequenceMatcher(a=summary_tokens, b=text_tokens, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(summary_tokens) >= LEAD_COPY_MATCH


def complete_sentences(summary: str) -> str | None:
    """An abstract cut at a character limit, back to its last complete sentence (None if there is none)."""
    text = clean_target(summary)
    if text.endswith((".", "!", "?", "؟", "…", '"', "»")):
        return text
    sentences = split_sentences(text)
    kept = " ".join(sentences[:-1])
    return kept if len(sentences) > 1 else None


class ExampleBuilder:
    """Builds the examples of one record and counts why candidates were skipped (per task and reason)."""

    def __init__(self, limits: Limits | None = None, lead_copy: str = "lead") -> None:
        if lead_copy not in LEAD_COPY_MODES:
            raise ValueError(f"lead_copy must be one of {LEAD_COPY_MODES}")
        self.limits = limits or Limits()
        self.lead_copy = lead_copy
        self.skipped: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self._prepared: dict[str, Article | InputError] = {}

    def skip(self, task: Task, reason: str) -> None:
        self.skipped[f"{task.value}:{reason}"] += 1

    def article(self, text: str, task: Task, count: bool = True) -> Article | None:
        """The prepared article, or None (counted as a skip with the service's error code)."""
        if text not in self._prepared:
            try:
                self._prepared[text] = prepare_article(text, self.limits)
            except InputError as error:
                self._prepared[text] = error
        article = self._prepared[text]
        if isinstance(article, InputError):
            reason = article.code
        elif task is not Task.BULLETS and word_count(article.body) < MIN_SOURCE_WORDS:
            reason = "source_too_short"
        else:
            return article
        if count:
            self.skip(task, reason)
        return None

    def example(self, record: RawRecord, task: Task, article: Article, target: str, kind: str,
                number: int | None = None) -> TaskExample:
        self.kinds[f"{task.value}:{kind}"] += 1
        suffix = "" if number is None else f":{number}"
        return TaskExample(id=f"{record.id}:{task.value}{suffix}", article_id=record.id, task=task.value,
                           text=article.text, target=target, origin=record.source, kind=kind)

    def build(self, record: RawRecord) -> list[TaskExample]:
        self._prepared = {}  # the texts of one record are prepared once each
        summary = self.summary(record) if record.summary else []
        return [*self.headline(record), *summary, *self.bullets(record)]

    def headline(self, record: RawRecord) -> list[TaskExample]:
        """The title field, or else the headline line of a raw news page."""
        title, kind = record.title, "title"
        if not title:
            full = self.article(record.text, Task.HEADLINE, count=False)
            title, kind = (full.page.headline, "page_headline") if full else (None, "")
            if not title:
                return []
        target = clean_target(title)
        problem = target_problem(target, HEADLINE_WORDS)
        if problem:
            self.skip(Task.HEADLINE, problem)
            return []
        article = self.article(drop_leading_copy(record.text, target), Task.HEADLINE)
        return [self.example(record, Task.HEADLINE, article, target, kind)] if article else []

    def summary(self, record: RawRecord) -> list[TaskExample]:
        declared = record.meta.get("abstract_is_text_prefix") is True
        if declared or is_lead_copy(record.summary or "", record.text):
            return self.lead_sentence(record)
        target = complete_sentences(record.summary or "")
        if target is None:
            self.skip(Task.SUMMARY, "summary_cut_mid_sentence")
            return []
        problem = target_problem(target, SUMMARY_WORDS)
        if problem:
            self.skip(Task.SUMMARY, problem)
            return []
        article = self.article(record.text, Task.SUMMARY)
        return [self.example(record, Task.SUMMARY, article, target, "editor_summary")] if article else []

    def lead_sentence(self, record: RawRecord) -> list[TaskExample]:
        """A lead-copy summary: dropped, or the first sentence becomes the target of the text without it."""
        if self.lead_copy == "drop":
            self.skip(Task.SUMMARY, "lead_copy_dropped")
            return []
        full = self.article(record.text, Task.SUMMARY)
        if full is None:
            return []
        lead, rest = remove_lead_sentence(full.body)
        problem = target_problem(lead, LEAD_SENTENCE_WORDS)
        if problem:
            self.skip(Task.SUMMARY, f"lead_{problem}")
            return []
        article = self.article(rest, Task.SUMMARY)
        return [self.example(record, Task.SUMMARY, article, clean_target(lead), "lead_sentence")] if article else []

    def bullets(self, record: RawRecord) -> list[TaskExample]:
        """Teaser lines (a bullets field or a `-`-separated teaser list) or real section headings."""
        if record.bullets:
            pairs, kind = teaser_pairs(record.bullets, record.text), "teaser"
        else:
            full = self.article(record.text, Task.BULLETS, count=False)
            if full is None:
                return []
            if full.page.teasers:
                pairs, kind = teaser_pairs(full.page.teasers, full.body), "teaser"
            else:
                pairs, kind = section_pairs(full), "section_heading"
        examples = []
        for number, (source, target) in enumerate(pairs):
            problem = target_problem(target, BULLET_WORDS)
            if problem:
                self.skip(Task.BULLETS, problem)
                continue
            article = self.article(source, Task.BULLETS)
            if article:
                examples.append(self.example(record, Task.BULLETS, article, target, kind, number))
        return examples


def drop_leading_copy(text: str, headline: str) -> str:
    """Remove a first line that repeats the headline, so the model cannot copy its target."""
    paragraphs = split_paragraphs(text)
    if paragraphs and metric_tokens(paragraphs[0]) == metric_tokens(headline):
        return "\n".join(paragraphs[1:])
    return text


def remove_lead_sentence(body: str) -> tuple[str, str]:
    """(first sentence, the rest of the text in its paragraphs).

    >>> remove_lead_sentence("افتتح الميناء. وحضر الوزير.\\nوقال إن العمل بدأ.")
    ('افتتح الميناء.', 'وحضر الوزير.\\nوقال إن العمل بدأ.')
    """
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        return "", ""
    first = split_sentences(paragraphs[0])
    rest_of_first = " ".join(first[1:])
    remaining = ([rest_of_first] if rest_of_first else []) + paragraphs[1:]
    return (first[0] if first else ""), "\n".join(remaining)


def stems(text: str) -> list[str]:
    return [light_stem(token) for token in metric_tokens(text) if len(token) > 2]


def teaser_pairs(teasers: list[str], text: str) -> list[tuple[str, str]]:
    """Each teaser with the paragraph that shares most of its word stems (teasers nothing supports are dropped)."""
    paragraphs = [p for p in split_paragraphs(normalize_for_model(text)) if word_count(p) >= 12]
    stem_sets = [set(stems(p)) for p in paragraphs]
    pairs = []
    for teaser in teasers:
        target = bullet_target(teaser)
        words = stems(target)
        if not words or not paragraphs:
            continue
        scores = [sum(word in found for word in words) / len(words) for found in stem_sets]
        best = max(range(len(paragraphs)), key=scores.__getitem__)
        if scores[best] >= TEASER_OVERLAP:
            pairs.append((paragraphs[best], target))
    return pairs


def is_real_heading(heading: str, body: str) -> bool:
    """A section heading over a real section, not a lead-in line ("وتنص المادة على ما يلي:", "وقال الوزير:").

    >>> is_real_heading("مشروعات الطاقة الشمسية", "أطلقت الحكومة مشروعات الطاقة الشمسية في الجنوب " * 4)
    True
    >>> is_real_heading("وأوضح الوزير ما يلي", "أطلقت الحكومة مشروعات الطاقة الشمسية في الجنوب " * 4)
    False
    """
    words = heading.split()
    if not 2 <= len(words) <= 12 or words[-1] in LEAD_IN_ENDINGS or words[0].startswith(("و", "ف", "«", '"')):
        return False  # a lead-in ("... وتتكون من:") or a quotation, not a heading
    return "،" not in heading and word_count(body) >= MIN_SECTION_WORDS


def section_pairs(article: Article) -> list[tuple[str, str]]:
    """(section body, heading) for articles with at least two real section headings."""
    pairs = [("\n".join(s.paragraphs), bullet_target(s.heading)) for s in article.page.sections
             if s.heading and is_real_heading(s.heading, " ".join(s.paragraphs))]
    return pairs if len(pairs) >= 2 else []
