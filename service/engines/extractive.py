"""The embedded default engine: headline, teaser bullets and summary from the article's own sentences."""

from __future__ import annotations

import time
from typing import Sequence

from service.article import Article
from service.digest import Digest, Task
from service.engines.compress import compress_to_headline
from service.engines.planning import Unit, article_units, bullet_groups, repeats
from service.options import Limits, SummaryOptions
from service.text import first_words, word_count

HEADLINE_CANDIDATES = 3
LEAD_OVERRIDE = 2.0
SUMMARY_MIN_WORDS = 10
BULLET_MAX_WORDS = 12
BULLET_MIN_WORDS = 3
MAX_BULLET_TRIES = 40  # compressions tried per article: a page of 1,000 repeated lines must not try them all


def make_headline(units: list[Unit]) -> str:
    """Compress the lead sentence, or an early sentence that is far more central than the lead."""
    best = units[0]
    for unit in units[1:HEADLINE_CANDIDATES]:
        if unit.score > LEAD_OVERRIDE * best.score:
            best = unit
    return compress_to_headline(best.text)


def _bullet_for(unit: Unit, shown: list[str]) -> str | None:
    bullet = compress_to_headline(unit.text, BULLET_MAX_WORDS, cut_window=BULLET_MAX_WORDS)
    return bullet if word_count(bullet) >= BULLET_MIN_WORDS and not repeats(bullet, shown) else None


def make_bullets(units: list[Unit], count: int, headline: str | None) -> list[str]:
    """The best new line of each group, topped up from the whole article to at least three when possible."""
    shown = [headline] if headline else []
    bullets: list[str] = []
    used: set[int] = set()
    tries = 0
    for group in bullet_groups(units, count):
        for unit in sorted(group, key=lambda u: -u.score)[:MAX_BULLET_TRIES // max(count, 1)]:
            tries += 1
            bullet = _bullet_for(unit, shown + bullets)
            if bullet is not None:
                bullets.append(bullet)
                used.add(id(unit))
                break
    for unit in sorted(units, key=lambda u: -u.score):
        if len(bullets) >= min(3, count) or tries >= MAX_BULLET_TRIES:
            break
        tries += 1
        bullet = None if id(unit) in used else _bullet_for(unit, shown + bullets)
        if bullet is not None:
            bullets.append(bullet)
    return bullets[:count]


def make_summary(units: list[Unit], sentences: int | None, words: int) -> str:
    """The most salient sentences in original order within the word budget.

    With `sentences` None, as few as make SUMMARY_MIN_WORDS (at most three): editors' standfirsts are
    usually one sentence.
    """
    ranked = sorted(range(len(units)), key=lambda i: (-units[i].score, i))
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
    return first_words(" ".join(units[i].text for i in sorted(chosen)), words)


class ExtractiveEngine:
    """Deterministic, weight-free: picks and compresses the article's own sentences."""

    name = "extractive"
    model: str | None = None

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        return [self._digest(article, options) for article in articles]

    def _digest(self, article: Article, options: SummaryOptions) -> Digest:
        started = time.perf_counter()
        units = article_units(article)
        timings = {"select": (time.perf_counter() - started) * 1000}
        headline = bullets = summary = None
        if Task.HEADLINE in options.tasks or Task.BULLETS in options.tasks:
            headline = make_headline(units)
        if Task.BULLETS in options.tasks:
            bullets = make_bullets(units, options.max_bullets, headline)
        if Task.SUMMARY in options.tasks:
            summary = make_summary(units, options.summary_sentences, options.summary_words)
        if Task.HEADLINE not in options.tasks:
            headline = None
        timings["generate"] = (time.perf_counter() - started) * 1000 - timings["select"]
        return Digest(headline=headline, bullets=bullets, summary=summary, engine=self.name, model=None,
                      input=article.info, timings_ms={k: round(v, 2) for k, v in timings.items()})

    def close(self) -> None:
        """Nothing to release."""
