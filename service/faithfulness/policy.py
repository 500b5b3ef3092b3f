"""The faithfulness policy, applied by the pipeline to every Digest of every engine.

`flag` reports the findings in `Digest.checks`; `repair` replaces an unsupported headline or bullet with the
extractive engine's for that slot, drops unsupported summary sentences (the extractive summary stands in when
none is left) and lists the slots in `Digest.repaired`; `refuse` turns the article's result into an
`UnsupportedOutputError`. `checks` always describes the text that is returned.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Final

from service.article import Article
from service.digest import Digest, Finding
from service.engines.base import Summariser
from service.engines.planning import repeats
from service.errors import UnsupportedOutputError
from service.faithfulness.check import check_digest, summary_sentences
from service.faithfulness.evidence import ArticleEvidence
from service.options import REFUSE, REPAIR, Limits, SummaryOptions

MAX_DESCRIBED: Final = 5


def describe(findings: list[Finding]) -> str:
    """The refusal message: which slots hold which unsupported words.

    >>> describe([Finding("headline", None, "number", "51%"), Finding("bullets", 1, "name", "ترامب")])
    'the generated text is not supported by the article: headline: number «51%»; bullets[1]: name «ترامب»'
    """
    parts = [f"{finding.slot}: {finding.kind} «{finding.text}»" for finding in findings[:MAX_DESCRIBED]]
    more = f" (and {len(findings) - MAX_DESCRIBED} more)" if len(findings) > MAX_DESCRIBED else ""
    return "the generated text is not supported by the article: " + "; ".join(parts) + more


class FaithfulnessGuard:
    """Checks Digests against their articles and applies each request's policy.

    The extractive engine that `repair` falls back on is created on first need (it has no weights).
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._fallback: Summariser | None = None

    def apply(self, article: Article, digest: Digest, options: SummaryOptions) -> Digest | UnsupportedOutputError:
        started = time.perf_counter()
        evidence = ArticleEvidence(article.text)
        findings = check_digest(evidence, digest)
        repaired: list[str] = []
        if findings and options.faithfulness == REPAIR:
            digest, repaired = self._repair(article, digest, evidence, findings, options)
            findings = check_digest(evidence, digest) if repaired else findings
        if findings and options.faithfulness == REFUSE:
            return UnsupportedOutputError(describe(findings))
        return digest.checked(findings, repaired, round((time.perf_counter() - started) * 1000, 2))

    def _extractive(self) -> Summariser:
        if self._fallback is None:
            from service.engines.extractive import ExtractiveEngine

            self._fallback = ExtractiveEngine(limits=self.limits)
        return self._fallback

    def _repair(self, article: Article, digest: Digest, evidence: ArticleEvidence, findings: list[Finding],
                options: SummaryOptions) -> tuple[Digest, list[str]]:
        """The digest with every slot that has findings replaced or dropped, and the slots changed."""
        fallback = self._extractive().summarize([article], options)[0]
        slots = {finding.slot for finding in findings}
        repaired: list[str] = []
        headline = digest.headline
        if "headline" in slots and fallback.headline != headline:
            headline = fallback.headline
            repaired.append("headline")
        bullets = digest.bullets
        if digest.bullets is not None and any(slot.startswith("bullets[") for slot in slots):
            bullets = self._repair_bullets(digest.bullets, fallback.bullets or [], slots, headline, repaired)
        summary = digest.summary
        if digest.summary and "summary" in slots:
            kept = [sentence for sentence, found in summary_sentences(evidence, digest.summary) if not found]
            summary = " ".join(kept) or fallback.summary
            if summary != digest.summary:
                repaired.append("summary")
        return replace(digest, headline=headline, bullets=bullets, summary=summary), repaired

    @staticmethod
    def _repair_bullets(bullets: list[str], fallback: list[str], slots: set[str], headline: str | None,
                        repaired: list[str]) -> list[str]:
        """Each flagged bullet becomes the extractive bullet of the same position, or goes when that one is
        missing or repeats a line already shown."""
        kept: list[str] = []
        for index, bullet in enumerate(bullets):
            slot = f"bullets[{index}]"
            if slot not in slots:
                kept.append(bullet)
                continue
            replacement = fallback[index] if index < len(fallback) else None
            if replacement == bullet:
                kept.append(bullet)
                continue
            shown = kept + bullets[index + 1:] + ([headline] if headline else [])
            if replacement and not repeats(replacement, shown):
                kept.append(replacement)
            repaired.append(slot)
        return kept
