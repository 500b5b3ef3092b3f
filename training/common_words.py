"""The common-word list of the faithfulness check, built from a news corpus (words only, never text).

A clitic-free word form (`service.faithfulness.words.word_core`) is common when it occurs in at least
`min_documents` articles and inflects like an ordinary Arabic word: it is seen both with and without the
article, or with pronoun suffixes, plural or feminine endings, perfect-verb endings, or as an imperfect verb
with the other person prefixes (يبحث/تبحث/نبحث). An inflected form (عاما، جديدة، المواطنين) is common when
its base is. Names seldom inflect (ترامب، موسكو، إسرائيل never take the article or a pronoun suffix), so
they stay out and the check can call them name-like; names shaped like adjectives (الحوثي) do get in.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from service.faithfulness.words import word_core
from service.text import normalize_for_metrics

ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
MIN_COUNT = 3
MIN_SHARE = 0.01  # an inflected variant counts when it is at least this share of the word's uses
PRONOUNS = ("ه", "ها", "هم", "هما", "كم", "نا", "ني")
PERSON_PREFIXES = "يتن"
INFLECTIONS = ("ه", "ها", "هم", "ون", "ين", "ات", "ت", "وا", "ا", "ان")


@dataclass
class WordCounts:
    """Occurrences of clitic-free forms: in all, with the article, and in how many documents."""

    total: Counter[str] = field(default_factory=Counter)
    definite: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)
    articles: int = 0

    def add(self, text: str) -> None:
        cores: set[str] = set()
        for token in ARABIC_WORD.findall(normalize_for_metrics(text)):
            core = word_core(token)
            self.total[core] += 1
            without_conjunction = token[1:] if len(token) >= 4 and token[0] in "وف" else token
            if core != without_conjunction:
                self.definite[core] += 1
            cores.add(core)
        self.documents.update(cores)
        self.articles += 1


def inflection_classes(counts: WordCounts, core: str) -> set[str]:
    """Which kinds of inflection a form is seen with, each above MIN_COUNT and MIN_SHARE of its uses."""
    total = counts.total
    least = max(MIN_COUNT, MIN_SHARE * total[core])
    seen: set[str] = set()
    definite = counts.definite[core]
    if definite >= least and total[core] - definite >= least:
        seen.add("article")
    stem = core[:-1] + "ت" if core.endswith("ه") else core  # حكومه -> حكومتها
    if sum(total[stem + pronoun] for pronoun in PRONOUNS) >= least:
        seen.add("pronoun")
    plurals = ("ات",) if core.endswith("ه") else ("ون", "ين", "ات")
    if sum(total[core[:-1] + ending if core.endswith("ه") else core + ending] for ending in plurals) >= least:
        seen.add("plural")
    if not core.endswith("ه") and total[core + "ه"] >= least:
        seen.add("feminine")
    if not core.endswith("ه") and sum(total[core + ending] for ending in ("ت", "وا", "تم")) >= least:
        seen.add("verb")
    if len(core) >= 4 and core[0] in PERSON_PREFIXES:
        others = sorted((total[prefix + core[1:]] for prefix in PERSON_PREFIXES if prefix != core[0]), reverse=True)
        if others[0] >= least and others[1] >= 1:
            seen.add("imperfect")
    return seen


def is_common(counts: WordCounts, core: str) -> bool:
    """Inflects itself, or is an inflected form (more rarely used than its base) of a word that does."""
    if inflection_classes(counts, core):
        return True
    for ending in INFLECTIONS:
        base = core[: -len(ending)]
        if core.endswith(ending) and len(base) >= 2:
            # سوريا is not the accusative of سوري: an accusative is rarer than its base
            needed = counts.total[core] if ending == "ا" else counts.total[core] / 4
            if counts.total[base] >= needed and inflection_classes(counts, base):
                return True
    return False


def common_words(counts: WordCounts, min_documents: int) -> list[str]:
    return sorted(core for core, documents in counts.documents.items()
                  if documents >= min_documents and len(core) >= 2 and is_common(counts, core))


def count_corpus(records: Iterable[dict[str, Any]]) -> WordCounts:
    counts = WordCounts()
    for record in records:
        counts.add(f"{record.get('title') or ''}\n{record.get('text') or ''}")
    return counts


def write_word_list(path: Path, words: list[str], header: list[str]) -> None:
    """One word a line after `#` header lines, gzip-compressed (reproducibly: no timestamp)."""
    lines = [f"# {line}" for line in header] + words
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
