"""The embedded default engine: headline, teaser bullets and summary written from the article's own sentences.

A learned compressive writer (`service.engines.writer`) chooses what to keep of the lead sentences for the
headline and of each paragraph group's salient sentences for the bullets; the summary is the most salient
sentences in article order, the lead one without its dateline or opener. No torch, no network: the model is a
small JSON file shipped with the package (or trained on your own archive with `arsum-train headline-model`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Sequence

from service.article import Article
from service.digest import Digest, Task
from service.engines.planning import Unit, article_units, bullet_groups, repeats
from service.engines.writer import ArticleWriter, WriterModel, load_writer_model
from service.options import Limits, SummaryOptions
from service.text import first_words, word_count

SUMMARY_MIN_WORDS = 10
LEAD_MIN_WORDS = 5  # a lead statement this long still opens the summary, the next sentence completing it
BULLET_SENTENCES = 2
FALLBACK_HEADLINE_WORDS = 14
MAX_BULLET_TRIES = 40  # sentences tried per article: a page of 1,000 repeated lines must not try them all


def make_bullets(writer: ArticleWriter, units: list[Unit], count: int, headline: str | None) -> list[str]:
    """One statement per paragraph group (or section), topped up from the whole article to three if possible.

    A group's bullet is written from its most salient sentence, or from the next (up to BULLET_SENTENCES) when
    that one gives none: writing both and keeping the better-scored, as before, took a fifth of the engine's
    time and, read side by side on the dev sets, gave no better teasers.
    """
    shown = [headline] if headline else []
    bullets: list[str] = []

    def avoid(text: str) -> bool:
        return repeats(text, shown + bullets)

    position = {id(unit): index for index, unit in enumerate(units)}
    used: set[int] = set()
    tries = 0
    for group in bullet_groups(units, count):
        best = sorted(group, key=lambda unit: -unit.score)[:BULLET_SENTENCES]
        tries += len(best)
        bullet = next(filter(None, (writer.bullet(position[id(unit)], avoid) for unit in best)), None)
        if bullet is not None:
            bullets.append(bullet)
            used.update(id(unit) for unit in best)
    for unit in sorted(units, key=lambda unit: -unit.score):
        if len(bullets) >= min(3, count) or tries >= MAX_BULLET_TRIES:
            break
        tries += 1
        bullet = None if id(unit) in used else writer.bullet(position[id(unit)], avoid)
        if bullet is not None:
            bullets.append(bullet)
    return bullets[:count]


def make_summary(writer: ArticleWriter, units: list[Unit], sentences: int | None, words: int) -> str:
    """The lead sentence and the most salient others, in original order within the word budget, the first
    as a statement (no dateline or opener, subject-first where safe).

    The lead comes first whenever it is a statement of at least LEAD_MIN_WORDS words: editors' standfirsts
    restate it far more often than the sentence salience prefers, and a later sentence alone may not say who
    («يطأطئن رؤوسهن ...» after «سارت عشرات النساء ...»). With `sentences` None, as few as make
    SUMMARY_MIN_WORDS (at most three): editors' standfirsts are usually one sentence.
    """
    ranked = sorted(range(len(units)), key=lambda i: (-units[i].score, i))
    if word_count(units[0].text) >= LEAD_MIN_WORDS and writer.is_statement(0):
        ranked = [0] + [index for index in ranked if index != 0]
    wanted = sentences or 3
    chosen: list[int] = []
    spent = 0
    for index in ranked:
        if len(chosen) >= wanted or (sentences is None and spent >= SUMMARY_MIN_WORDS):
            break
        size = word_count(units[index].text)
        if not chosen or spent + size <= words:
            chosen.append(index)
            spent += size
    order = sorted(chosen)
    texts = [writer.statement(order[0])] + [units[i].text for i in order[1:]]
    return first_words(" ".join(texts), words)


class ExtractiveEngine:
    """Deterministic, no neural weights: writes from the article's own sentences with the learned writer."""

    name = "extractive"
    model: str | None = None

    def __init__(self, limits: Limits | None = None, writer_model: str | Path | WriterModel | None = None) -> None:
        self.limits = limits or Limits()
        self.writer_model = (writer_model if isinstance(writer_model, WriterModel)
                             else load_writer_model(writer_model))
        if writer_model is not None and not isinstance(writer_model, WriterModel):
            self.model = str(writer_model)

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        return [self._digest(article, options) for article in articles]

    def _digest(self, article: Article, options: SummaryOptions) -> Digest:
        started = time.perf_counter()
        units = article_units(article)
        writer = ArticleWriter(self.writer_model, [unit.text for unit in units],
                               frozenset(index for index, unit in enumerate(units) if not unit.opens_statement),
                               frozenset(index for index, unit in enumerate(units) if unit.after_comma))
        timings = {"select": (time.perf_counter() - started) * 1000}
        headline = bullets = summary = None
        if Task.HEADLINE in options.tasks or Task.BULLETS in options.tasks:
            headline = writer.headline() or first_words(units[0].text, FALLBACK_HEADLINE_WORDS)
        if Task.BULLETS in options.tasks:
            bullets = make_bullets(writer, units, options.max_bullets, headline)
        if Task.SUMMARY in options.tasks:
            summary = make_summary(writer, units, options.summary_sentences, options.summary_words)
        if Task.HEADLINE not in options.tasks:
            headline = None
        timings["generate"] = (time.perf_counter() - started) * 1000 - timings["select"]
        return Digest(headline=headline, bullets=bullets, summary=summary, engine=self.name, model=self.model,
                      input=article.info, timings_ms={k: round(v, 2) for k, v in timings.items()})

    def close(self) -> None:
        """Nothing to release."""
