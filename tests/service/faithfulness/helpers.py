"""An engine that invents details (for the policy, API, CLI and archive tests of the faithfulness guard)."""

from __future__ import annotations

from typing import Sequence

from service.article import Article
from service.digest import Digest, Task
from service.options import Limits, SummaryOptions
from service.text import first_words

INVENTED_NAME = "بوتين"
INVENTED_NUMBER = "77%"


class InventingEngine:
    """Writes from the article's sentences, but the headline names someone the article does not, the second
    bullet has a percentage it does not, and the summary ends with an invented quote."""

    name = "inventing"
    model = "inventing-test"

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()

    def summarize(self, articles: Sequence[Article], options: SummaryOptions) -> list[Digest]:
        return [self._digest(article, options) for article in articles]

    def _digest(self, article: Article, options: SummaryOptions) -> Digest:
        sentences = article.sentences
        bullets = [first_words(sentence, 8) for sentence in sentences[1:4]]
        bullets[1:2] = [f"ارتفاع الأسعار بنسبة {INVENTED_NUMBER} خلال الشهر الماضي"]
        return Digest(
            headline=f"{INVENTED_NAME} يعلن: {first_words(sentences[0], 6)}" if Task.HEADLINE in options.tasks else None,
            bullets=bullets if Task.BULLETS in options.tasks else None,
            summary=f"{sentences[0]} وقال {INVENTED_NAME} إن الخطة ستنجح." if Task.SUMMARY in options.tasks else None,
            engine=self.name, model=self.model, input=article.info, timings_ms={"generate": 1.0},
        )

    def close(self) -> None:
        """Nothing to release."""
